/* SPDX-License-Identifier: MIT */
/* counters.h - the kernel's socket counters read from /proc: sockstat and
 * sockstat6 ("TCP: inuse 5 orphan 0 ..."), and snmp and netstat, files of
 * "Group: names" / "Group: values" line pairs, through one parser each. */
#ifndef SOCKLS_COUNTERS_H
#define SOCKLS_COUNTERS_H

#include <stddef.h>
#include <stdint.h>

#include "sockls/file.h"

/* Values of /proc/net/sockstat and sockstat6 (and snmp's CurrEstab). */
enum sstat_key {
	SSTAT_SOCKETS_USED,
	SSTAT_TCP_INUSE, SSTAT_TCP_ORPHAN, SSTAT_TCP_TW, SSTAT_TCP_ALLOC, SSTAT_TCP_MEM,
	SSTAT_UDP_INUSE, SSTAT_UDP_MEM,
	SSTAT_UDPLITE_INUSE,
	SSTAT_RAW_INUSE,
	SSTAT_FRAG_INUSE, SSTAT_FRAG_MEMORY,
	SSTAT_TCP6_INUSE, SSTAT_UDP6_INUSE, SSTAT_UDPLITE6_INUSE, SSTAT_RAW6_INUSE,
	SSTAT_FRAG6_INUSE, SSTAT_FRAG6_MEMORY,
	SSTAT_TCP_CURR_ESTAB,  /* /proc/net/snmp "Tcp: ... CurrEstab": ESTABLISHED + CLOSE_WAIT */
	SSTAT_MAX
};

#define SSTAT_BIT(k) (1u << (k))

/* The sockstat values read, in file order: "TCP" "inuse" is SSTAT_TCP_INUSE. */
struct sstat_name {
	const char *proto, *key;
	enum sstat_key idx;
};
extern const struct sstat_name sstat_names[];
extern const size_t sstat_names_count;

/* Parses the text of sockstat or sockstat6 (buf need not be NUL-terminated)
 * into v[SSTAT_MAX], setting SSTAT_BIT()s in *have. Returns how many values
 * were set; unknown protocols, keys and values that are no count are skipped. */
size_t counters_parse_sockstat(const char *buf, size_t len, uint64_t *v, uint32_t *have);

/* One counter of a snmp/netstat file: its group ("Tcp", "TcpExt"), its name
 * and its value's text, none NUL-terminated. */
struct counter_field {
	const char *group, *name, *val;
	size_t glen, nlen, vlen;
};
typedef void (*counter_field_cb)(const struct counter_field *f, void *data);

/* Calls cb for each counter of the "Group: names\nGroup: values\n" pairs of
 * buf[0..len), in order. -EINVAL at the first pair whose lines disagree on
 * the group or whose values run short (cb saw the counters before it); a
 * last line without a newline is ignored. 0 otherwise. */
int counters_parse_table(const char *buf, size_t len, counter_field_cb cb, void *data);
/* snmp's "Tcp" "CurrEstab" into v[SSTAT_TCP_CURR_ESTAB]: 1 when set, else 0. */
int counters_parse_curr_estab(const char *buf, size_t len, uint64_t *v, uint32_t *have);

/* Reads <proc_root>/net/<name> (proc_root NULL = "/proc") into buf (cap
 * bytes, NUL-terminated) through file_read_small(); 0 or -errno, with *ff
 * (may be NULL) naming the file on an error. */
int counters_read(const char *proc_root, const char *name, char *buf, size_t cap, size_t *len,
		  struct file_fail *ff);
/* sockstat and sockstat6 into v/have. A missing file leaves its values
 * unknown. 0 when each file was read or is missing and at least one was read;
 * -ENOENT when both are missing; another -errno when one is there but cannot
 * be read, with *ff (may be NULL) naming it. */
int counters_read_sockstat(const char *proc_root, uint64_t *v, uint32_t *have,
			   struct file_fail *ff);
/* snmp's CurrEstab the same way: 0 when read or missing, else -errno and *ff. */
int counters_read_snmp(const char *proc_root, uint64_t *v, uint32_t *have, struct file_fail *ff);

#endif
