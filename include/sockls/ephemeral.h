/* SPDX-License-Identifier: MIT */
/* ephemeral.h - the ephemeral port range of a network namespace and a report of how much of it is in use. */
#ifndef SOCKLS_EPHEMERAL_H
#define SOCKLS_EPHEMERAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "sockls/file.h"

#include "sockls/sock.h"

/* net.ipv4.ip_local_port_range plus net.ipv4.ip_local_reserved_ports. */
struct eph_range {
	uint16_t low, high;
	unsigned int n_reserved;          /* reserved ports anywhere, not only in the range */
	uint8_t reserved[65536 / 8];      /* bit p set: port p is reserved */
};

/* "32768\t60999\n" -> low/high (reserved set untouched). -EINVAL for
 * malformed (or NULL) text or low > high, -ERANGE for a value above 65535. */
int eph_parse_range(const char *text, struct eph_range *r);
/* "8000-8010,9000\n" or "" / "\n" -> reserved set, replacing the old one.
 * -EINVAL for malformed text or a reversed range, -ERANGE above 65535; on
 * error the reserved set is left empty. */
int eph_parse_reserved(const char *text, struct eph_range *r);
/* Reads <proc_root>/sys/net/ipv4/ip_local_port_range (missing: -ENOENT) and
 * ip_local_reserved_ports (missing: none reserved) through file_read_small().
 * proc_root NULL = "/proc". Returns 0 or a negative errno: -EINVAL malformed,
 * or a file.h error (-ENODEV a FIFO/device, -EFBIG above 63 bytes for the
 * range or 1 MiB for the reserved ports, ...). On error *ff (may be NULL)
 * names the file that failed and the limit; ff->err is 0 on success. */
int eph_read(const char *proc_root, struct eph_range *r, struct file_fail *ff);

bool eph_is_reserved(const struct eph_range *r, uint16_t port);
/* In [low, high] and not reserved: a port the kernel may pick for connect()/bind(0). */
bool eph_is_ephemeral(const struct eph_range *r, uint16_t port);
/* high - low + 1 minus the reserved ports inside the range. */
unsigned int eph_usable(const struct eph_range *r);
/* Walks the reserved ports as maximal runs: start with *pos = 0, then each
 * call stores the next run in *lo..*hi and returns true; false when done. */
bool eph_reserved_next(const struct eph_range *r, uint32_t *pos, uint16_t *lo, uint16_t *hi);

/* Settings that change the answer, -1 when unknown: net.ipv4.tcp_tw_reuse
 * (0 off, 1 on, 2 loopback only) and net.ipv4.tcp_timestamps. */
struct eph_settings {
	int tcp_tw_reuse;
	int tcp_timestamps;
};
/* Reads both from <proc_root>/sys/net/ipv4 (proc_root NULL = "/proc"); a file
 * that is missing or unreadable leaves its value -1. Never fails. */
void eph_read_settings(const char *proc_root, struct eph_settings *s);

/* --ephemeral report. Memory is bounded: at most EPH_REPORT_MAX_DESTS
 * destinations are tracked; sockets to further ones are only counted in
 * eph_totals.untracked. */
#define EPH_REPORT_MAX_DESTS (1u << 18)

struct eph_report;

/* One destination: sockets of one protocol from one local address to one
 * remote address:port, each holding an ephemeral local port. IPv4-mapped
 * IPv6 addresses are folded into AF_INET (they share the IPv4 4-tuple space). */
struct eph_dest {
	unsigned int proto, family;       /* PROTO_TCP/PROTO_UDP, AF_INET/AF_INET6 */
	uint8_t local_addr[16], remote_addr[16]; /* network order, IPv4 in the first 4 bytes */
	uint16_t remote_port;
	unsigned int count;               /* sockets (= ephemeral local ports) */
	unsigned int time_wait;           /* of which in TIME_WAIT */
	unsigned int headroom;            /* usable_connect - count, at least 0 */
	double pct;                       /* count / usable_connect * 100; 0 if nothing is usable */
	unsigned int fresh;               /* of count, sockets added with fresh set (--watch: new) */
};

struct eph_totals {
	uint16_t low, high;
	unsigned int size;                /* high - low + 1 */
	unsigned int usable;              /* eph_usable() */
	unsigned int reserved_in_range;
	unsigned int n_reserved;          /* reserved ports anywhere */
	unsigned int in_use[2];           /* [PROTO_TCP], [PROTO_UDP]: distinct ephemeral local ports */
	double pct[2];                    /* in_use / usable * 100 */
	unsigned int time_wait;           /* TCP TIME_WAIT sockets on an ephemeral local port */
	unsigned long sockets;            /* TCP/UDP inet sockets on an ephemeral local port */
	size_t n_dests;                   /* destinations tracked */
	unsigned long untracked;          /* sockets whose destination did not fit */
	/* TCP ports of the usable range pinned for every destination: listeners
	 * and bind()-only sockets (state bound-inactive); pinned is their union. */
	unsigned int pinned_listen, pinned_bound, pinned;
	unsigned int usable_connect;      /* usable - pinned: what connect() can pick from */
	/* connect() tries ports of low's parity first: how many of them are free to
	 * it (usable, not pinned) and how many of those are in use. */
	unsigned int parity_size, parity_used;
	double parity_pct;
	unsigned long fresh[2];           /* sockets added with fresh set: [PROTO_TCP] connections
					   * (a destination), [PROTO_UDP] every socket */
	unsigned long bind_no_port;       /* sockets with IP_BIND_ADDRESS_NO_PORT */
	unsigned long sockopt_known;      /* sockets whose kernel said (INET_DIAG_SOCKOPT) */
	struct eph_settings set;          /* as given to eph_report_set_settings, else -1 */
	bool bound_unseen;                /* pinned_bound (so pinned, usable_connect, parity) unknown */
	uint32_t listed;                  /* PROTO_BIT(PROTO_TCP/UDP): kinds whose sockets were
					   * listed; the counts of the others are unknown */
};

/* What a report's totals know: PROTO_BIT(PROTO_TCP/UDP) of the kinds listed,
 * and EPH_KNOWN_BOUND when bind()-only TCP sockets were seen. A figure that
 * needs a bit that is not there is unknown. */
#define EPH_KNOWN_BOUND (1u << 31)
static inline uint32_t eph_totals_known(const struct eph_totals *t)
{
	return t->listed | (t->bound_unseen ? 0 : EPH_KNOWN_BOUND);
}

/* Copies *r. NULL with errno ENOMEM. */
struct eph_report *eph_report_new(const struct eph_range *r);
void eph_report_set_settings(struct eph_report *rep, const struct eph_settings *s);
/* Which of TCP and UDP the dump asked for (PROTO_BIT; both unless set): the
 * report's counts of the other are unknown, not 0 (-t, -u). */
void eph_report_set_listed(struct eph_report *rep, uint32_t protos);
/* The source could not see bind()-only TCP sockets (/proc, a kernel before
 * 6.8): their count, the pinned total and what connect() can use are unknown. */
void eph_report_set_bound_unseen(struct eph_report *rep);
void eph_report_free(struct eph_report *rep);
/* Counts one record; anything but a TCP/UDP AF_INET/AF_INET6 socket on an
 * ephemeral local port is ignored. Only TCP is counted per destination (UDP
 * ports are taken for the namespace as a whole). Returns 0, or -ENOMEM (the record is then
 * counted in totals but not per destination). */
int eph_report_add(struct eph_report *rep, const struct sock_rec *rec);
/* The same, and a socket --watch saw for the first time (fresh) is counted
 * as such for its destination and its protocol (eph_dest.fresh, eph_totals.fresh). */
int eph_report_add_fresh(struct eph_report *rep, const struct sock_rec *rec, bool fresh);
/* The count of d's destination (proto, family, addresses, remote port) in
 * rep: 0 when rep has none. --watch compares two refreshes with it. */
unsigned int eph_report_count_of(const struct eph_report *rep, const struct eph_dest *d);
const struct eph_range *eph_report_range(const struct eph_report *rep);
void eph_report_totals(const struct eph_report *rep, struct eph_totals *t);
/* The n destinations with the most sockets, most first (ties in a fixed
 * order: proto, family, remote address, remote port, local address).
 * Returns how many were stored in out. */
size_t eph_report_top(const struct eph_report *rep, struct eph_dest *out, size_t n);
/* Every destination in that order into a new array (*out, free() it; NULL
 * when there are none). Returns the count, or -ENOMEM. */
long eph_report_all(const struct eph_report *rep, struct eph_dest **out);
/* TCP listeners inside the range on a port not reserved (a collision):
 * start with *pos = 0; stores the next port and returns true, false when done. */
bool eph_report_collision_next(const struct eph_report *rep, uint32_t *pos, uint16_t *port);
/* The human table (eph_print.c): range, reserved and pinned ports, use per
 * protocol, settings, top_n destinations, a WARNING line for each protocol or
 * destination above warn_pct percent and for each collision. 0 or -errno (-EIO) from the stream. */
int eph_report_print(FILE *out, const struct eph_report *rep, size_t top_n, double warn_pct);

#endif
