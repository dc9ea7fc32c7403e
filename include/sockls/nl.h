/* SPDX-License-Identifier: MIT */
/* nl.h - the netlink sock_diag source: request/receive (nl_source.c) and the pure
 * reply parser (nl_parse.c) that turns one message into a sock_rec. */
#ifndef SOCKLS_NL_H
#define SOCKLS_NL_H

#include <stddef.h>
#include <stdint.h>

#include <linux/netlink.h>

#include "sockls/dedup.h"
#include "sockls/query.h"
#include "sockls/sock.h"

struct proto_desc;

/* The dump request of the row d for family (AF_UNSPEC: both families in one
 * walk, for a row with one_walk) with q's states and extensions and the
 * inet_diag bytecode bc, built by the row's nl_req into buf of cap bytes
 * (at least NL_REQ_ROOM(bc_len)): a SOCK_DIAG_BY_FAMILY dump (the row may
 * change the type) with sequence 0. Returns its length, or -EPROTONOSUPPORT
 * for a row without sock_diag, -EINVAL for AF_UNSPEC without one_walk,
 * -E2BIG for bytecode over 64 KiB, -ENOSPC for too small a buffer. */
#define NL_REQ_ROOM(bc_len) ((bc_len) + 256)
int nl_req_build(void *buf, size_t cap, const struct proto_desc *d, unsigned int family,
		 const struct query *q, const uint8_t *bc, size_t bc_len);

/* Parse one sock_diag reply to a request of kind proto by its row's nl_parse.
 * Returns 0, or -EINVAL for a kind without one, a message too short, of
 * another family or with malformed attributes. */
int nl_parse_msg(const struct nlmsghdr *nlh, unsigned int proto, struct sock_rec *rec);

/* Parse a whole receive buffer (one or more messages, as recvfrom returned it)
 * with libmnl, calling cb for each socket record. Used by the source and by
 * tests that replay captured bytes. Returns 1 when NLMSG_DONE was seen, 0 when
 * more messages are to come, or a negative errno: the error carried by
 * NLMSG_ERROR or NLMSG_DONE, -EINTR for NLM_F_DUMP_INTR, -EBADMSG for a
 * malformed message, or whatever cb returned. */
struct nl_run {
	unsigned int proto;         /* the kind asked for: its row's nl_parse reads the replies */
	const struct proto_desc *kind; /* or this row's, when set (tests) */
	unsigned int seq, portid;   /* 0 accepts any (replay) */
	uint32_t states;            /* records outside the mask are dropped (0 = keep all) */
	sock_rec_cb cb;
	void *data;
	unsigned long records;      /* records handed to cb */
	struct dedup *dedup;        /* optional: drop repeats across buffers (the source's) */
	unsigned long repeated;     /* records dropped by dedup */
	int cb_err;                 /* the negative value cb returned, if any */
};
int nl_parse_buf(const void *buf, size_t len, struct nl_run *run);

struct nl_source;

/* Opens a NETLINK_SOCK_DIAG socket; rcvbuf 0 = default. -errno on failure. */
int nl_source_open(struct nl_source **out, size_t rcvbuf);
void nl_source_close(struct nl_source *s);

/* Dumps one protocol/family (family ignored for PROTO_UNIX; AF_UNSPEC, for
 * PROTO_TCP only, dumps both families in one request), with the state
 * mask q->states and optional inet_diag bytecode, calling cb for each record.
 * Returns 0, a negative errno from netlink, or cb's negative return (then
 * *cb_failed is set so the caller can tell an output error from a source error).
 * *interrupted is set when the kernel flagged the dump inconsistent and a
 * bounded number of restarts did not help. */
struct nl_dump_result {
	unsigned long records;
	int cb_failed;
	int interrupted;
};
int nl_source_dump(struct nl_source *s, unsigned int proto, unsigned int family,
		   const struct query *q, const uint8_t *bc, size_t bc_len,
		   sock_rec_cb cb, void *data, struct nl_dump_result *res);

/* Whether the kernel serves this protocol/family: an empty dump (no state
 * asked for). 0, or the -errno the real dump would fail with. */
int nl_source_probe(struct nl_source *s, unsigned int proto, unsigned int family);

#endif
