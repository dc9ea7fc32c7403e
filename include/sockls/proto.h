/* SPDX-License-Identifier: MIT */
/* proto.h - the protocol descriptor table: one row per socket kind, read by the
 * options parser, the sources, the summary and the writers. */
#ifndef SOCKLS_PROTO_H
#define SOCKLS_PROTO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct proto_desc {
	unsigned int id;          /* enum sock_proto */
	const char *name;         /* "tcp": Netid, JSON "proto", -A/--proto word */
	uint8_t diag_family;      /* sock_diag family, which also names the reply format:
				   * AF_INET (inet_diag), AF_UNIX, AF_PACKET, AF_NETLINK, AF_VSOCK */
	uint16_t ipproto;         /* inet_diag protocol (MPTCP's 262 goes in an attribute); 0
				   * where not inet */
	bool inet;                /* -4/-6 apply; addresses and ports */
	bool one_walk;            /* both families in one request (TCPDIAG_GETSOCK) */
	bool by_default;          /* listed when no kind is asked for, as ss lists it */
	const char *proc_file[2]; /* /proc/net files for inet, inet6 (one-family kinds: both
				   * the same); NULL: the kind has no /proc file. With
				   * proc_mixed: files that each list both families
				   * (sctp/eps, sctp/assocs), every one read */
	bool proc_mixed;          /* the family is read from each line, not from the file */
	uint32_t states;          /* STATE_BIT()s this kind can be in */
	const char *diag_module;  /* the kernel module serving its sock_diag requests */
	uint8_t n_netids;         /* Netid values it shows (u_str/u_dgr/u_seq: 3); 0 means 1 */
};

/* The rows in listing order (TCP, UDP, RAW, UNIX, PACKET, NETLINK, MPTCP, SCTP,
 * VSOCK) and their count. */
extern const struct proto_desc proto_table[];
extern const size_t proto_count;

/* The row of an enum sock_proto value, or NULL for an unknown one: never a guess. */
const struct proto_desc *proto_get(unsigned int id);
/* The row named name (case-sensitive, as ss), or NULL. */
const struct proto_desc *proto_by_name(const char *name);
/* PROTO_BIT()s of the rows with by_default set: what a listing without -t/-u/-A shows. */
uint32_t proto_default_set(void);

#endif
