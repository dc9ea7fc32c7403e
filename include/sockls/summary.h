/* summary.h - the -s summary: counts of the listed sockets plus the kernel's /proc/net/sockstat. */
#ifndef SOCKLS_SUMMARY_H
#define SOCKLS_SUMMARY_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "sockls/ephemeral.h"
#include "sockls/file.h"
#include "sockls/sock.h"

struct jsonw;

/* Values of /proc/net/sockstat and sockstat6 ("TCP: inuse 5 orphan 0 ..."). */
enum sstat_key {
	SSTAT_SOCKETS_USED,
	SSTAT_TCP_INUSE, SSTAT_TCP_ORPHAN, SSTAT_TCP_TW, SSTAT_TCP_ALLOC, SSTAT_TCP_MEM,
	SSTAT_UDP_INUSE, SSTAT_UDP_MEM,
	SSTAT_UDPLITE_INUSE,
	SSTAT_RAW_INUSE,
	SSTAT_FRAG_INUSE, SSTAT_FRAG_MEMORY,
	SSTAT_TCP6_INUSE, SSTAT_UDP6_INUSE, SSTAT_UDPLITE6_INUSE, SSTAT_RAW6_INUSE,
	SSTAT_FRAG6_INUSE, SSTAT_FRAG6_MEMORY,
	SSTAT_MAX
};

#define SSTAT_BIT(k) (1u << (k))

enum summary_fam {
	SUM_FAM_INET,
	SUM_FAM_INET6,
	SUM_FAM_UNIX,
	SUM_FAM_OTHER,
	SUM_FAM_MAX
};

/* Plain data; zero it (summary_init) before use. About 9 KiB: the TCP port
 * bitmap makes "distinct local ports in use" exact at any socket count. */
struct summary {
	uint64_t total;                       /* records added */
	uint64_t by_proto[PROTO_MAX];
	uint64_t by_family[SUM_FAM_MAX];
	uint64_t by_proto_family[PROTO_MAX][2]; /* [proto][SUM_FAM_INET or SUM_FAM_INET6] */
	uint64_t tcp_states[ST_MAX];          /* NEW_SYN_RECV is counted as SYN_RECV */
	uint64_t sockstat[SSTAT_MAX];
	uint32_t sockstat_have;               /* SSTAT_BIT(k): sockstat[k] was read; else unknown */
	uint64_t tcp_ports[65536 / 64];       /* bit p: some TCP socket has local port p */
	uint64_t tcp_hashed[2];               /* [SUM_FAM_INET/INET6]: TCP sockets added in a
					       * state sockstat's "inuse" counts */
	bool eph_unknown;                     /* tcp_ports lacks sockets counted, not listed */
};

void summary_init(struct summary *s);
void summary_add(struct summary *s, const struct sock_rec *rec);

/* Parses the text of sockstat or sockstat6 (buf need not be NUL-terminated).
 * Every "PROTO: key value ..." pair it recognises sets that value and its
 * have-bit; a malformed value, a key without value or an unknown line leaves
 * the value as it was (unknown, unless set before). Returns how many values
 * were set. Pure: no I/O. */
size_t summary_parse_sockstat(const char *buf, size_t len, struct summary *s);

/* Reads <proc_root>/net/sockstat and <proc_root>/net/sockstat6 (proc_root
 * NULL = "/proc") through file_read_small(). A missing file leaves its values
 * unknown. Returns 0 when each file was read or is missing and at least one
 * was read; -ENOENT when both are missing; another negative errno (see
 * file.h: -ENODEV a FIFO/device, -EFBIG above 4095 bytes, ...) when a file is
 * there but cannot be read, with *ff (may be NULL) naming it. */
int summary_read_sockstat(const char *proc_root, struct summary *s, struct file_fail *ff);

/* -s without a dump of ESTABLISHED TCP sockets: their count per family is the
 * kernel's "inuse" (sockstat, sockstat6: every hashed TCP socket but TIME_WAIT
 * and request sockets) less the hashed ones that were added. Adds them to the
 * counts as if listed and marks the ephemeral port use unknown when there are
 * any (their ports were not seen). -ENODATA, changing nothing, when sockstat
 * gave no TCP "inuse". Call once, after the last summary_add(). */
int summary_count_estab(struct summary *s);

/* Distinct TCP local ports that are ephemeral in eph (in range, not reserved). */
unsigned int summary_eph_in_use(const struct summary *s, const struct eph_range *eph);

/* The human summary; eph NULL prints the ephemeral line as unknown.
 * Returns 0 or -errno (-EIO if stdio left errno unset) from the stream. */
int summary_print(FILE *out, const struct summary *s, const struct eph_range *eph);

/* The same as one JSON object ({"listed": ..., "tcp_states": ..., "kernel":
 * ..., "ephemeral": ...}); unknown values are null. Returns the writer's error. */
int summary_json(struct jsonw *jw, const struct summary *s, const struct eph_range *eph);

#endif
