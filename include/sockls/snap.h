/* SPDX-License-Identifier: MIT */
/* snap.h - sockets over time: one entry per socket keyed by socket cookie,
 * kept and updated in place from dump to dump, and what changed since the
 * previous dump (new, closed, changed, byte rates). Memory is the entries of
 * the sockets listed and two lists of entry numbers, nothing more. */
#ifndef SOCKLS_SNAP_H
#define SOCKLS_SNAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sockls/row.h"
#include "sockls/sock.h"

enum snap_mark {
	SNAP_SAME,     /* seen in both dumps, nothing changed */
	SNAP_NEW,      /* not in the previous dump */
	SNAP_CHANGED,  /* state or byte counters changed */
	SNAP_CLOSED,   /* in the previous dump, gone from this one */
	SNAP_GONE,     /* closed earlier, still shown for a refresh or more */
};

struct snap_ent {
	uint64_t key;             /* the cookie, else a hash of the tuple and inode */
	uint64_t cookie;          /* with have_cookie */
	uint64_t first_ms;        /* when sockls first saw it (monotonic ms) */
	uint64_t acked, received; /* tcp_info bytes_acked, bytes_received (have_bytes) */
	double tx_bps, rx_bps;    /* bytes per second since the previous dump */
	struct sock_endpoint local, remote;
	uint32_t uid, rtt_us, retrans; /* with have_uid, have_rtt; retrans: tcpi_total_retrans */
	int32_t pid;              /* first owner with have_owner */
	char comm[16];            /* its raw name: escape before printing */
	uint8_t proto, family, state, prev_state;
	uint8_t mark;             /* enum snap_mark */
	uint8_t ttl;              /* SNAP_CLOSED/GONE: refreshes it stays listed */
	bool have_cookie, have_bytes, have_uid, have_rtt, have_owner;
	const char *netid;        /* with texts: the table's Netid ("u_str", "nl"), or NULL */
	char *text;               /* internal: "local NUL peer NUL", or NULL */
	uint32_t listed, pos;     /* internal: the dump that listed it last, where in its list */
	uint32_t text_tag;        /* internal: snap_text.tag of the texts */
};

struct snap_counts {
	size_t added, removed, changed, open;
};

struct snap;

struct snap *snap_new(void); /* NULL with errno ENOMEM */
void snap_free(struct snap *s);

/* A new dump starts at now_ms (monotonic); the last one becomes "previous". */
void snap_begin(struct snap *s, uint64_t now_ms);
/* One socket of the dump. 0 or -ENOMEM. A repeated key is ignored. */
int snap_add(struct snap *s, const struct sock_row *row);
/* The same, keeping what the live view shows of it as the table prints it:
 * netid (a static string) and the Local and Peer texts, escaped already
 * (a UNIX path and inode, "nl" and "rtnl:kernel", "*:22"). Texts are kept
 * for the dump and the next ones while the socket is listed. */
int snap_add_text(struct snap *s, const struct sock_row *row, const char *netid,
		  const char *local, const char *peer);
/* What the live view shows of a row besides its facts, formatted only when
 * the socket is new or what the texts read may have changed: fmt points
 * *local and *peer at the row's Local and Peer texts (as snap_add_text
 * takes them; they may be fmt's own buffers, copied before the next call).
 * The texts are taken to read the entry's kind, family and endpoints and
 * what tag sums up of the rest (say the dual-stack wildcard); always: they
 * read more than that (a path, an interface name), formatted every dump. */
struct snap_text {
	const char *netid;   /* a static string */
	void (*fmt)(const struct sock_row *row, void *ctx, const char **local, const char **peer);
	void *ctx;
	uint32_t tag;
	bool always;
};
int snap_add_lazy(struct snap *s, const struct sock_row *row, const struct snap_text *t);
/* Those texts of an entry of the last dump, or NULL without them. */
const char *snap_local_text(const struct snap *s, const struct snap_ent *e);
const char *snap_peer_text(const struct snap *s, const struct snap_ent *e);
/* The dump is complete: sockets of the previous dump not seen again are
 * listed as SNAP_CLOSED, then SNAP_GONE, for keep (>= 1) refreshes in all. */
int snap_end(struct snap *s, unsigned int keep, struct snap_counts *c);

/* The entries of the last dump, closed ones included, in dump order. */
size_t snap_count(const struct snap *s);
const struct snap_ent *snap_at(const struct snap *s, size_t i);
/* The entries of the last dump that are not SNAP_SAME, in the same order:
 * what a diff prints, without a look at the others. */
size_t snap_marked_count(const struct snap *s);
const struct snap_ent *snap_marked_at(const struct snap *s, size_t i);
/* The entry with this cookie in the last dump, or NULL. */
const struct snap_ent *snap_find(const struct snap *s, uint64_t cookie);
/* Milliseconds between the last two dumps (0 after the first). */
uint64_t snap_interval_ms(const struct snap *s);

/* Fills an entry from a row (no history): what events use for a record. */
void snap_ent_fill(struct snap_ent *e, const struct sock_row *row);

#endif
