/* SPDX-License-Identifier: MIT */
/* test_nl_req.c - the dump requests the protocol table's rows build
 * (nl_req_build(), the rows' nl_req), byte for byte against the kernel's uapi
 * structs: the netlink header, then unix_diag_req, inet_diag_req_v2 (raw's
 * protocol in its pad byte, MPTCP's in an attribute), TCP's one-walk
 * inet_diag_req, and the bytecode attribute; and the requests refused. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>

#include <cmocka.h>
#include <libmnl/libmnl.h>
#include <linux/inet_diag.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <netinet/in.h>

#include "sockls/nl.h"
#include "sockls/proto.h"
#include "sockls/query.h"
#include "sockls/sock.h"

#define EXT_BITS (1u << (INET_DIAG_INFO - 1) | 1u << (INET_DIAG_CONG - 1))

static union {
	uint8_t b[1024];
	struct nlmsghdr h;
} req;

static int build(unsigned int proto, unsigned int family, const struct query *q,
		 const uint8_t *bc, size_t bc_len)
{
	memset(&req, 0xa5, sizeof(req)); /* every byte of the request is written */
	return nl_req_build(req.b, sizeof(req), proto_get(proto), family, q, bc, bc_len);
}

static void check_header(int len, uint16_t type)
{
	assert_int_equal(req.h.nlmsg_len, len);
	assert_int_equal(req.h.nlmsg_type, type);
	assert_int_equal(req.h.nlmsg_flags, NLM_F_REQUEST | NLM_F_DUMP);
	assert_int_equal(req.h.nlmsg_seq, 0);
	assert_int_equal(req.h.nlmsg_pid, 0);
}

/* unix_diag_req: family at 0, states at 4, show at 12 (linux/unix_diag.h). */
static void test_unix(void **state)
{
	struct query q = { .states = STATE_BIT(ST_LISTEN) | STATE_BIT(ST_ESTABLISHED),
			   .ext = EXT_MEMORY };
	struct unix_diag_req want = {
		.sdiag_family = AF_UNIX, .udiag_states = q.states,
		.udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_PEER | UDIAG_SHOW_RQLEN |
			      UDIAG_SHOW_UID | UDIAG_SHOW_MEMINFO,
	};
	int len;

	(void)state;
	len = build(PROTO_UNIX, AF_UNIX, &q, NULL, 0);
	assert_int_equal(len, 16 + 24);
	assert_int_equal(sizeof(want), 24);
	check_header(len, SOCK_DIAG_BY_FAMILY);
	assert_memory_equal(req.b + 16, &want, sizeof(want));
	assert_int_equal(req.b[16], AF_UNIX);
	assert_memory_equal(req.b + 16 + 4, &q.states, 4);
	assert_int_equal(offsetof(struct unix_diag_req, udiag_show), 12);
}

/* inet_diag_req_v2 for one family: family, protocol, ext at 0-2, states at
 * 4, a zero socket id; raw's IPPROTO_RAW in the pad byte at 3. */
static void test_inet(void **state)
{
	struct query q = { .states = STATES_ALL, .ext = EXT_INFO,
			   .counted_states = STATE_BIT(ST_TIME_WAIT) };
	struct inet_diag_req_v2 want = { .sdiag_family = AF_INET6, .sdiag_protocol = IPPROTO_TCP,
					 .idiag_ext = EXT_BITS,
					 .idiag_states = STATES_ALL & ~STATE_BIT(ST_TIME_WAIT) };
	int len;

	(void)state;
	len = build(PROTO_TCP, AF_INET6, &q, NULL, 0);
	assert_int_equal(len, 16 + 56);
	check_header(len, SOCK_DIAG_BY_FAMILY);
	assert_memory_equal(req.b + 16, &want, sizeof(want));
	assert_int_equal(offsetof(struct inet_diag_req_v2, idiag_states), 4);
	/* --watch's byte counters: tcp_info without the congestion name */
	q.ext = EXT_BYTES;
	len = build(PROTO_TCP, AF_INET6, &q, NULL, 0);
	assert_int_equal(req.b[16 + offsetof(struct inet_diag_req_v2, idiag_ext)],
			 1u << (INET_DIAG_INFO - 1));
	q.ext = EXT_BYTES | EXT_INFO;
	len = build(PROTO_TCP, AF_INET6, &q, NULL, 0);
	assert_int_equal(req.b[16 + offsetof(struct inet_diag_req_v2, idiag_ext)], EXT_BITS);
	q.ext = EXT_INFO;
	/* UDP is not counted by -s: every state asked is asked of the kernel */
	len = build(PROTO_UDP, AF_INET, &q, NULL, 0);
	want = (struct inet_diag_req_v2){ .sdiag_family = AF_INET, .sdiag_protocol = IPPROTO_UDP,
					  .idiag_ext = EXT_BITS, .idiag_states = STATES_ALL };
	assert_int_equal(len, 16 + 56);
	assert_memory_equal(req.b + 16, &want, sizeof(want));
	len = build(PROTO_RAW, AF_INET, &q, NULL, 0);
	want.sdiag_protocol = IPPROTO_RAW;
	assert_int_equal(len, 16 + 56);
	assert_int_equal(req.b[16 + offsetof(struct inet_diag_req_raw, sdiag_raw_protocol)],
			 IPPROTO_RAW);
	assert_int_equal(offsetof(struct inet_diag_req_raw, sdiag_raw_protocol), 3);
	want.pad = IPPROTO_RAW; /* the v2 struct's pad is raw's protocol */
	assert_memory_equal(req.b + 16, &want, sizeof(want));
}

/* TCP for both families: the compat TCPDIAG_GETSOCK with struct inet_diag_req
 * (family, src_len, dst_len, ext, the socket id, states at 52, dbs). */
static void test_tcp_one_walk(void **state)
{
	struct query q = { .states = STATE_BIT(ST_LISTEN) };
	struct inet_diag_req want = { .idiag_family = AF_INET, .idiag_states = q.states };
	int len;

	(void)state;
	len = build(PROTO_TCP, AF_UNSPEC, &q, NULL, 0);
	assert_int_equal(len, 16 + 60);
	check_header(len, TCPDIAG_GETSOCK);
	assert_memory_equal(req.b + 16, &want, sizeof(want));
	assert_int_equal(offsetof(struct inet_diag_req, idiag_states), 52);
	/* only a row with one_walk asks for both families at once */
	assert_int_equal(build(PROTO_UDP, AF_UNSPEC, &q, NULL, 0), -EINVAL);
}

/* Attributes after the body: MPTCP's protocol (262 does not fit the byte),
 * and the bytecode. */
static void test_attributes(void **state)
{
	static const uint8_t bc[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
	struct query q = { .states = STATE_BIT(ST_LISTEN) };
	const struct nlattr *a;
	int len;

	(void)state;
	len = build(PROTO_MPTCP, AF_INET, &q, NULL, 0);
	assert_int_equal(len, 16 + 56 + 8);
	assert_int_equal(req.b[16 + 1], 0); /* sdiag_protocol */
	a = (const struct nlattr *)(const void *)(req.b + 16 + 56);
	assert_int_equal(a->nla_type, INET_DIAG_REQ_PROTOCOL);
	assert_int_equal(a->nla_len, 8);
	assert_int_equal(mnl_attr_get_u32(a), 262);
	len = build(PROTO_TCP, AF_INET, &q, bc, sizeof(bc));
	assert_int_equal(len, 16 + 56 + 4 + 8);
	a = (const struct nlattr *)(const void *)(req.b + 16 + 56);
	assert_int_equal(a->nla_type, INET_DIAG_REQ_BYTECODE);
	assert_int_equal(a->nla_len, 4 + sizeof(bc));
	assert_memory_equal(mnl_attr_get_payload(a), bc, sizeof(bc));
}

/* The row's operation builds it, and none is guessed: a row without one, an
 * unknown kind, too little room, bytecode past nla_len's 16 bits. */
static void test_refused(void **state)
{
	struct query q = { .states = STATE_BIT(ST_LISTEN) };
	struct proto_desc row = *proto_get(PROTO_TCP);

	(void)state;
	row.nl_req = proto_get(PROTO_UNIX)->nl_req;
	assert_int_equal(nl_req_build(req.b, sizeof(req), &row, AF_INET, &q, NULL, 0), 16 + 24);
	assert_int_equal(req.b[16], AF_UNIX);
	row.nl_req = NULL;
	assert_int_equal(nl_req_build(req.b, sizeof(req), &row, AF_INET, &q, NULL, 0),
			 -EPROTONOSUPPORT);
	assert_int_equal(nl_req_build(req.b, sizeof(req), NULL, AF_INET, &q, NULL, 0),
			 -EPROTONOSUPPORT);
	assert_int_equal(nl_req_build(req.b, 100, proto_get(PROTO_TCP), AF_INET, &q, NULL, 0),
			 -ENOSPC);
	assert_int_equal(nl_req_build(req.b, sizeof(req), proto_get(PROTO_TCP), AF_INET, &q,
				      req.b, 70000), -E2BIG);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unix),
		cmocka_unit_test(test_inet),
		cmocka_unit_test(test_tcp_one_walk),
		cmocka_unit_test(test_attributes),
		cmocka_unit_test(test_refused),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
