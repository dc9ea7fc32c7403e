/* SPDX-License-Identifier: MIT */
/* summary.h - the -s summary: counts of the listed sockets plus the kernel's /proc/net/sockstat. */
#ifndef SOCKLS_SUMMARY_H
#define SOCKLS_SUMMARY_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "sockls/counters.h"
#include "sockls/ephemeral.h"
#include "sockls/file.h"
#include "sockls/sock.h"

struct jsonw;

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
	/* -s without -a: only listening TCP sockets were dumped, the rest comes
	 * from the kernel's counters (summary_count_tcp). */
	bool tcp_counted;
	uint32_t tcp_unknown;                 /* STATE_BIT(st): tcp_states[st] is not known */
	uint32_t unknown;                     /* SUM_UNK_* bits */
	uint64_t grp_est_cw, grp_other;       /* tcp_counted: the groups' counts */
	uint64_t grp_tw;                      /* tcp_counted: TIME_WAIT + orphaned FIN_WAIT2 (sockstat tw) */
	/* What was asked for (-t, -4, ...): a kind or family not asked is unknown,
	 * not 0. Zero means every kind / both families (a summary built by hand). */
	uint32_t asked_protos;
	unsigned int asked_fams;              /* bit 0: IPv4, bit 1: IPv6 (FAM_INET, FAM_INET6) */
};

/* Parts of struct summary that may be unknown after summary_count_tcp(). */
#define SUM_UNK_TCP_TOTAL  (1u << 0)  /* by_proto[PROTO_TCP] (and so total) */
#define SUM_UNK_TCP_FAMILY (1u << 1)  /* by_proto_family[PROTO_TCP][*] */
#define SUM_UNK_EST_CW     (1u << 2)  /* the ESTABLISHED + CLOSE_WAIT group */
#define SUM_UNK_OTHER      (1u << 3)  /* the SYN_SENT..CLOSING group */

/* The TCP states summed in summary_group(): ESTABLISHED + CLOSE_WAIT (what
 * snmp's CurrEstab counts) and the other states of connected, hashed sockets. */
#define SUM_GRP_EST_CW (STATE_BIT(ST_ESTABLISHED) | STATE_BIT(ST_CLOSE_WAIT))
#define SUM_GRP_OTHER  (STATE_BIT(ST_SYN_SENT) | STATE_BIT(ST_FIN_WAIT1) | \
			STATE_BIT(ST_FIN_WAIT2) | STATE_BIT(ST_LAST_ACK) | STATE_BIT(ST_CLOSING))

void summary_init(struct summary *s);
void summary_add(struct summary *s, const struct sock_rec *rec);

/* Parses the text of sockstat or sockstat6 (buf need not be NUL-terminated).
 * Every "PROTO: key value ..." pair it recognises sets that value and its
 * have-bit; a malformed value, a key without value or an unknown line leaves
 * the value as it was (unknown, unless set before). Returns how many values
 * were set. Pure: no I/O. */
size_t summary_parse_sockstat(const char *buf, size_t len, struct summary *s);

/* Reads <proc_root>/net/sockstat and sockstat6 (proc_root
 * NULL = "/proc") through file_read_small(). A missing file leaves its values
 * unknown. Returns 0 when each file was read or is missing and at least one
 * was read; -ENOENT when both sockstat files are missing; another negative errno (see
 * file.h: -ENODEV a FIFO/device, -EFBIG above 16383 bytes, ...) when a file is
 * there but cannot be read, with *ff (may be NULL) naming it. */
int summary_read_sockstat(const char *proc_root, struct summary *s, struct file_fail *ff);

/* Reads <proc_root>/net/snmp's CurrEstab the same way (-s). 0 when read or
 * missing (the value stays unknown), else a negative errno with *ff set. */
int summary_read_snmp(const char *proc_root, struct summary *s, struct file_fail *ff);

/* Parses the text of /proc/net/snmp (a "Tcp:" line of names, then one of
 * values) for CurrEstab. Returns 1 when it was found, else 0. Pure. */
int summary_parse_snmp(const char *buf, size_t len, struct summary *s);

/* -s with only the listening TCP sockets dumped (the established hash is the
 * cost of a dump at any size, whatever the states asked): the rest comes from
 * the kernel's counters, as ss -s does. TIME_WAIT is sockstat's "tw"; the
 * hashed connected sockets per family are "inuse" (sockstat, sockstat6) less
 * the listeners added; of those, CurrEstab are ESTABLISHED or CLOSE_WAIT and
 * the rest SYN_SENT..CLOSING. Each other state, the per-family TCP counts and
 * the ports in use become unknown (SYN_RECV requests are in no counter).
 * -ENODATA, changing nothing, when sockstat gave no TCP "inuse". Call once,
 * after the last summary_add(). */
int summary_count_tcp(struct summary *s);

/* The ESTABLISHED + CLOSE_WAIT count (grp SUM_GRP_EST_CW) or the SYN_SENT..
 * CLOSING one (SUM_GRP_OTHER): summed from the states, or counted. -ENODATA
 * when unknown. */
int summary_group(const struct summary *s, uint32_t grp, uint64_t *v);

/* Whether tcp_states[st] is known (not counted away by summary_count_tcp),
 * and whether -s shows the state at all (the kernel-internal ones only when
 * some socket is in them). */
bool summary_state_known(const struct summary *s, unsigned int st);
/* Whether the sockets of kind proto (and, for fam SUM_FAM_INET/INET6, of that
 * family) were asked for, so that their count is known. fam SUM_FAM_MAX: any. */
bool summary_asked(const struct summary *s, unsigned int proto, unsigned int fam);
bool summary_state_shown(const struct summary *s, unsigned int st);

/* Distinct TCP local ports that are ephemeral in eph (in range, not reserved). */
unsigned int summary_eph_in_use(const struct summary *s, const struct eph_range *eph);

/* The human summary; eph NULL prints the ephemeral line as unknown.
 * Returns 0 or -errno (-EIO if stdio left errno unset) from the stream. */
int summary_print(FILE *out, const struct summary *s, const struct eph_range *eph);

/* The same as one JSON object ({"listed": ..., "tcp_states": ..., "kernel":
 * ..., "ephemeral": ...}); unknown values are null. Returns the writer's error. */
int summary_json(struct jsonw *jw, const struct summary *s, const struct eph_range *eph);

#endif
