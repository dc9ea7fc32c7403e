/* SPDX-License-Identifier: MIT */
/* proto.h - the protocol descriptor table: one row per socket kind, read by the
 * options parser, the sources, the summary and the writers. */
#ifndef SOCKLS_PROTO_H
#define SOCKLS_PROTO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct nlmsghdr;
struct query;
struct sock_rec;

/* What a kind has, for the features that are about one kind by nature: they
 * ask the row (proto_has()) instead of naming the kind. */
enum proto_flag {
	PROTO_F_TCPINFO = 1u << 0,   /* its replies carry a tcp_info: -i text and JSON,
				      * retransmits (-E), doctor's TCP checks, -s's TCP line */
	PROTO_F_MPTCPINFO = 1u << 1, /* its -i is an mptcp_info */
	PROTO_F_EPHEMERAL = 1u << 2, /* binds ports from the ephemeral range (TCP, UDP): the
				      * service names, the ephemeral report, -p's peers */
	PROTO_F_DESTROY = 1u << 3,   /* SOCK_DESTROY can close it (-K), and -E hears it */
	PROTO_F_PATH = 1u << 4,      /* named by a path and an inode (UNIX): no address,
				      * its peer by inode */
	PROTO_F_PORTID = 1u << 5,    /* its local id is a port id that may name a process
				      * (netlink): enrichment looks the process up */
	PROTO_F_COUNTED = 1u << 6,   /* -s may count its states from sockstat (TCP) */
};

/* The kinds with PROTO_F_EPHEMERAL are the first rows, their ids below
 * PROTO_EPH_MAX: the ephemeral report, the server ports and the peer table
 * keep one slot per such kind, indexed by its id (test_proto checks). */
#define PROTO_EPH_MAX 2

/* Where -s shows a kind. PROTO_SUM_NONE: nowhere, not even a JSON key. */
enum proto_sum {
	PROTO_SUM_NONE,
	PROTO_SUM_TRANSPORT, /* the Transport table, beside sockstat's counters */
	PROTO_SUM_LISTED,    /* a line of its own after UNIX, when any was listed */
};

/* How a kind's endpoints are drawn (table, JSON, enrichment): from its row. */
enum proto_draw {
	PROTO_DRAW_OWN,  /* by its endpoint operation ("*" without one): packet, netlink, vsock */
	PROTO_DRAW_INET, /* address and port: the row is inet */
	PROTO_DRAW_PATH, /* a path and an inode: PROTO_F_PATH (UNIX) */
};

/* The extra JSON members of a listing's object, past the endpoints. */
enum proto_json {
	PROTO_JSON_NONE,
	PROTO_JSON_IP_PROTOCOL, /* "ip_protocol" (raw) */
	PROTO_JSON_ASSOCIATION, /* "association" (SCTP: an association or its socket) */
	PROTO_JSON_ETHERTYPE,   /* "ethertype", "ifindex", "iface" (packet) */
	PROTO_JSON_PORTID,      /* "protocol", "portid", "dst_group" (netlink) */
	PROTO_JSON_CID,         /* "local_cid", "local_port", ... (vsock) */
};

/* The small members first, grouped so that a row stays 96 bytes on LP64:
 * proto_get() indexes the table for every row a writer draws (proto.c checks). */
struct proto_desc {
	unsigned int id;          /* enum sock_proto */
	uint8_t diag_family;      /* sock_diag family of its requests (AF_INET for inet_diag,
				   * AF_UNIX, AF_PACKET, ...), with nl_req and nl_parse below;
				   * 0: none, the kind is read from /proc only */
	uint8_t n_netids;         /* Netid values it shows (u_str/u_dgr/u_seq: 3); 0 means 1 */
	uint8_t summary;          /* enum proto_sum */
	uint8_t json;             /* enum proto_json */
	const char *name;         /* "tcp": Netid, JSON "proto", -A/--proto word */
	uint16_t ipproto;         /* inet_diag protocol (MPTCP's 262 goes in an attribute); 0
				   * where not inet */
	bool inet;                /* -4/-6 apply; addresses and ports */
	bool one_walk;            /* both families in one request (TCPDIAG_GETSOCK) */
	bool by_default;          /* listed when no kind is asked for, as ss lists it */
	bool proc_mixed;          /* the family is read from each line, not from the file */
	uint32_t states;          /* STATE_BIT()s this kind can be in */
	uint32_t flags;           /* enum proto_flag */
	const char *proc_file[2]; /* /proc/net files for inet, inet6 (one-family kinds: both
				   * the same); NULL: the kind has no /proc file. With
				   * proc_mixed: files that each list both families
				   * (sctp/eps, sctp/assocs), every one read */
	const char *diag_module;  /* the kernel module serving its sock_diag requests */
	/* Its Netid text (u_str, p_raw, nl, v_str), or NULL: the name. */
	const char *(*netid)(const struct sock_rec *rec);
	/* Local (local true) or Peer text of a kind neither inet nor PROTO_F_PATH
	 * (kindname.h's kind_endpoint() explains name); NULL: "*". Returns the
	 * length written, NUL-terminated, at most cap - 1. */
	size_t (*endpoint)(char *buf, size_t cap, const struct sock_rec *rec, bool local,
			   const char *name);
	/* Its /proc line parser (proc.h), or NULL: proc_parse_inet_line(). file
	 * is the index into proc_file (sctp/eps 0, sctp/assocs 1). */
	int (*proc_line)(const char *line, size_t len, unsigned int family, unsigned int file,
			 struct sock_rec *rec);
	/* With diag_family (nl_ops.h), both or neither: its sock_diag dump
	 * request, the body after the netlink header nlh (type, flags and
	 * sequence are set), for family (AF_UNSPEC: both in one walk, with
	 * one_walk), q's states and extensions and the inet_diag bytecode bc of
	 * bc_len bytes (room checked by the caller); 0 or -errno. */
	int (*nl_req)(struct nlmsghdr *nlh, const struct proto_desc *d, unsigned int family,
		      const struct query *q, const uint8_t *bc, size_t bc_len);
	/* Its reply parser: one message into rec (already reset; rec->proto is
	 * d->id), 0 or -EINVAL for a message too short, of another family or
	 * with malformed attributes. */
	int (*nl_parse)(const struct nlmsghdr *nlh, const struct proto_desc *d,
			struct sock_rec *rec);
};

/* The rows in listing order (TCP, UDP, RAW, UNIX, PACKET, NETLINK, MPTCP, SCTP,
 * VSOCK) and their count. */
extern const struct proto_desc proto_table[];
extern const size_t proto_count;

/* The row of an enum sock_proto value, or NULL for an unknown one: never a
 * guess. Inline, as the flags below: writers ask for every row they draw. */
static inline const struct proto_desc *proto_get(unsigned int id)
{
	if (id < proto_count && proto_table[id].id == id) /* rows are in id order */
		return &proto_table[id];
	for (size_t i = 0; i < proto_count; i++)
		if (proto_table[i].id == id)
			return &proto_table[i];
	return NULL;
}
/* The row named name (case-sensitive, as ss), or NULL. */
const struct proto_desc *proto_by_name(const char *name);
/* PROTO_BIT()s of the rows with by_default set: what a listing without -t/-u/-A shows. */
uint32_t proto_default_set(void);
/* PROTO_BIT()s of the rows with every flag of flags (enum proto_flag). */
uint32_t proto_set(uint32_t flags);
/* Whether the row of id has every flag of flags; false for an unknown id. */
static inline bool proto_has(unsigned int id, uint32_t flags)
{
	const struct proto_desc *d = proto_get(id);

	return d && (d->flags & flags) == flags;
}
/* How the endpoints of kind id are drawn; PROTO_DRAW_OWN for an unknown id
 * (drawn "*", never as an IP socket). */
static inline enum proto_draw proto_draw(unsigned int id)
{
	const struct proto_desc *d = proto_get(id);

	if (d && d->inet)
		return PROTO_DRAW_INET;
	return d && (d->flags & PROTO_F_PATH) ? PROTO_DRAW_PATH : PROTO_DRAW_OWN;
}
/* The Netid text of rec's kind ("tcp", "u_str", "p_raw"; "?" for an unknown kind). */
const char *proto_netid(const struct sock_rec *rec);
/* The Local (local true) or Peer text of a kind drawn by its row's endpoint
 * operation (neither inet nor PROTO_F_PATH): "*" when it has none. Returns
 * the length written (NUL-terminated; truncated to cap). */
size_t proto_endpoint(char *buf, size_t cap, const struct sock_rec *rec, bool local,
		      const char *name);

#endif
