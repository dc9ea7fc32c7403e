/* SPDX-License-Identifier: MIT */
/* query.h - what a run asks the sources for; built once from argv, passed down const. */
#ifndef SOCKLS_QUERY_H
#define SOCKLS_QUERY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sockls/proto.h"
#include "sockls/sock.h"

struct filter;

enum query_ext {
	EXT_INFO = 1u << 0,    /* -i: tcp_info + congestion algorithm */
	EXT_MEMORY = 1u << 1,  /* -m: skmeminfo */
	EXT_TIMERS = 1u << 2,  /* -o */
	EXT_EXTENDED = 1u << 3,/* -e: uid, inode, cookie */
	EXT_PROCESSES = 1u << 4,/* -p */
	EXT_NUMERIC = 1u << 5,  /* -n: no name lookups (user names of -e) */
	EXT_CGROUP = 1u << 6,   /* --cgroup: the cgroup column and JSON object */
	EXT_IANA = 1u << 7,     /* --iana-services: the Service column from IANA's full registry */
	EXT_PEERS = 1u << 8,    /* --peers: the processes at the other end (table column; -p's
				 * JSON has them in their own key) */
	EXT_BYTES = 1u << 9,    /* tcp_info alone, for its byte counters (--watch's rates):
				 * no congestion-control name, which -i adds */
};

enum query_family {
	FAM_INET = 1u << 0,
	FAM_INET6 = 1u << 1,
};

enum src_mode { SRC_AUTO, SRC_NETLINK, SRC_PROC };

struct query {
	uint32_t protos;    /* PROTO_BIT() set */
	uint32_t families;  /* enum query_family bits; UNIX ignores it */
	uint32_t states;    /* STATE_BIT() set; the kernel filters by it, user space rechecks */
	uint32_t ext;       /* enum query_ext bits */
	const struct filter *filter; /* NULL: no expression */
	size_t rcvbuf;      /* netlink receive buffer bytes; 0 = default */
	const char *proc_root; /* "/proc" unless --proc-root */
	enum src_mode source;  /* --source */
	bool kernel_filter;    /* compile the filter to inet_diag bytecode */
	uint32_t counted_states; /* -s: TCP states the summary takes from the kernel's
				  * counters (sockstat), so neither source hands them out */
	bool repeats_ok;    /* a socket handed out twice (a dump resumed under churn)
			     * does no harm: netlink skips its dedup */
};

/* The states to ask for and deliver for one kind: q->states less what -s counts. */
static inline uint32_t query_states_for(const struct query *q, unsigned int proto)
{
	return proto_has(proto, PROTO_F_COUNTED) ? q->states & ~q->counted_states : q->states;
}

#endif
