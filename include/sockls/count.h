/* SPDX-License-Identifier: MIT */
/* count.h - --count-by: the keys a socket is counted by, each socket's key
 * as bytes (the tally's key), and those bytes back as text, JSON or a label. */
#ifndef SOCKLS_COUNT_H
#define SOCKLS_COUNT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sockls/jsonw.h"
#include "sockls/row.h"

enum count_key {
	CK_STATE, CK_KIND,
	CK_LOCAL_ADDR, CK_LOCAL_PORT, CK_REMOTE_ADDR, CK_REMOTE_PORT, CK_REMOTE,
	CK_SERVICE, CK_PROCESS, CK_USER,
	CK_UNIT, CK_CONTAINER, CK_POD,
	CK_NETNS,
	CK_MAX
};

#define COUNT_KEYS_MAX 8
#define COUNT_KEY_BYTES 4096  /* a socket's encoded key (equals TALLY_KEY_MAX) */

struct count_keys {
	uint8_t key[COUNT_KEYS_MAX]; /* enum count_key, in the order given */
	size_t n;
	bool numeric;                /* -n: users as uids */
};

/* "state,remote-addr" -> keys. 0, or -EINVAL with msg naming the bad word. */
int count_keys_parse(const char *list, struct count_keys *out, char *msg, size_t cap);

/* The option's spelling ("remote-addr") and the JSON/Prometheus name ("remote_addr"). */
const char *count_key_name(enum count_key k);
const char *count_key_label(enum count_key k);

/* Whether a key needs the owners (process) or the cgroup index (unit,
 * container, pod; the run reads owners for sockets without a cgroup id). */
bool count_keys_need_owners(const struct count_keys *k);
bool count_keys_need_cgroups(const struct count_keys *k);

/* The key of one row; netns is the tag of a row without one (the namespace of
 * a run without --all-netns). Returns the length written into buf (at most
 * COUNT_KEY_BYTES). */
size_t count_encode(const struct count_keys *k, const struct sock_row *row, const char *netns,
		    uint8_t *buf);

/* One value of an encoded key, as count_decode() splits it. */
enum count_status { CV_KNOWN, CV_NONE, CV_UNKNOWN };
struct count_val {
	uint8_t status;       /* enum count_status: none is "not applicable" ('-') */
	const uint8_t *p;     /* the value's bytes after the status byte */
	size_t len;
};

/* Splits key into one value per key of k; false when the bytes are not a key of k. */
bool count_decode(const struct count_keys *k, const uint8_t *key, size_t len,
		  struct count_val *vals);

/* A value as the table shows it ('-' none, '?' unknown; "comm/pid,..." for
 * process; user names unless -n); term: names escaped for the terminal, else
 * their raw bytes (a Prometheus label escapes them itself). Returns the length
 * written (NUL-terminated, truncated to cap; cap at least 64). */
size_t count_val_text(const struct count_keys *k, enum count_key key, const struct count_val *v,
		      char *buf, size_t cap, bool term);
/* A value as JSON (null for none and unknown; ports integers; process an
 * array of {pid, name}; user {uid, name}). 0 or the jsonw error. */
int count_val_json(struct jsonw *jw, const struct count_keys *k, enum count_key key,
		   const struct count_val *v);

#endif
