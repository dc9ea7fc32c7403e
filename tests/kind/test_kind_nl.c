/* SPDX-License-Identifier: MIT */
/* test_kind_nl.c - the fixture's sock_diag kind (xdp.h) through the netlink
 * source's own dispatch: replies this test builds, read by nl_parse_buf() as
 * a dump's are (the row's nl_parse), and the request nl_req_build() makes
 * from the row (nl_req), against the kernel's uapi structs. The controls
 * take the row's operations away, or give it another kind's: no rows. Built
 * and run by `make kind-check` with the fixture build's library. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>

#include <cmocka.h>
#include <libmnl/libmnl.h>
#include <linux/sock_diag.h>
#include <linux/xdp_diag.h>

#include "sockls/nl.h"
#include "sockls/proto.h"
#include "sockls/sock.h"

#define TESTCOLLECT_MAX 4

#include "../unit/testcollect.h"

/* Aligned as a receive buffer is. */
static union {
	uint8_t b[1024];
	struct nlmsghdr h;
} dump;

/* One xdp_diag_msg with its XDP_DIAG_INFO and XDP_DIAG_UID at p. */
static size_t put_xdp(uint8_t *p, uint32_t ino, uint32_t ifindex, uint32_t queue, uint32_t uid)
{
	struct nlmsghdr *nlh = mnl_nlmsg_put_header(p);
	struct xdp_diag_msg *m = mnl_nlmsg_put_extra_header(nlh, sizeof(*m));
	struct xdp_diag_info info = { .ifindex = ifindex, .queue_id = queue };

	nlh->nlmsg_type = SOCK_DIAG_BY_FAMILY;
	nlh->nlmsg_flags = NLM_F_MULTI;
	m->xdiag_family = AF_XDP;
	m->xdiag_type = SOCK_RAW;
	m->xdiag_ino = ino;
	m->xdiag_cookie[0] = ino;
	m->xdiag_cookie[1] = 1;
	mnl_attr_put(nlh, XDP_DIAG_INFO, sizeof(info), &info);
	mnl_attr_put_u32(nlh, XDP_DIAG_UID, uid);
	return NLMSG_ALIGN(nlh->nlmsg_len);
}

/* Two XDP sockets and NLMSG_DONE, as xsk_diag would answer. */
static size_t build_dump(void)
{
	size_t len = 0;
	struct nlmsghdr *done;

	memset(&dump, 0, sizeof(dump));
	len += put_xdp(dump.b + len, 4242, 1, 3, 1000);
	len += put_xdp(dump.b + len, 4343, 7, 0, 0);
	done = mnl_nlmsg_put_header(dump.b + len);
	done->nlmsg_type = NLMSG_DONE;
	done->nlmsg_flags = NLM_F_MULTI;
	*(int *)mnl_nlmsg_put_extra_header(done, sizeof(int)) = 0;
	return len + done->nlmsg_len;
}

static int replay(const struct proto_desc *kind, struct collect *c)
{
	size_t len = build_dump();
	struct nl_run run = { .proto = PROTO_XDP, .kind = kind, .cb = collect_cb, .data = c };

	memset(c, 0, sizeof(*c));
	return nl_parse_buf(dump.b, len, &run);
}

/* The rows, read by the row's parser through the source's dispatch. */
static void test_xdp_rows(void **state)
{
	struct collect c;
	char buf[64];

	(void)state;
	assert_int_equal(replay(NULL, &c), 1);
	assert_int_equal(c.n, 2);
	assert_int_equal(c.rec[0].proto, PROTO_XDP);
	assert_int_equal(c.rec[0].family, AF_XDP);
	assert_int_equal(c.rec[0].state, ST_CLOSE);
	assert_int_equal(c.rec[0].inode, 4242);
	assert_true(c.rec[0].cookie == ((uint64_t)1 << 32 | 4242));
	assert_int_equal(c.rec[0].local.ifindex, 1);
	assert_int_equal(c.rec[0].local.id, 3);
	assert_true(c.rec[0].have & HAVE_UID);
	assert_int_equal(c.rec[0].uid, 1000);
	assert_int_equal(c.rec[1].inode, 4343);
	assert_int_equal(c.rec[1].uid, 0);
	assert_string_equal(proto_netid(&c.rec[0]), "xdp");
	proto_endpoint(buf, sizeof(buf), &c.rec[0], true, "lo");
	assert_string_equal(buf, "lo:q3");
	proto_endpoint(buf, sizeof(buf), &c.rec[1], true, NULL);
	assert_string_equal(buf, "7:q0");
	proto_endpoint(buf, sizeof(buf), &c.rec[1], false, NULL);
	assert_string_equal(buf, "*");
	/* nl_parse_msg(), as the destroy-event source calls it, takes the row too */
	assert_int_equal(nl_parse_msg(&dump.h, PROTO_XDP, &c.rec[2]), 0);
	assert_int_equal(c.rec[2].inode, 4242);
}

/* Controls: the same buffer without the row's parser, or with another
 * kind's, gives no rows but an error; a damaged message is one too. */
static void test_xdp_controls(void **state)
{
	struct proto_desc row = *proto_get(PROTO_XDP);
	struct collect c;

	(void)state;
	row.nl_parse = NULL;
	assert_int_equal(replay(&row, &c), -EBADMSG);
	assert_int_equal(c.n, 0);
	row.nl_parse = proto_get(PROTO_PACKET)->nl_parse;
	assert_int_equal(replay(&row, &c), -EBADMSG);
	assert_int_equal(c.n, 0);
	assert_int_equal(nl_parse_msg(&dump.h, PROTO_DUMMY, &c.rec[0]), -EINVAL);
	/* the row as the table has it reads it */
	assert_int_equal(replay(&*proto_get(PROTO_XDP), &c), 1);
	assert_int_equal(c.n, 2);
	dump.h.nlmsg_len = NLMSG_HDRLEN + sizeof(struct xdp_diag_msg) - 1;
	assert_int_equal(nl_parse_msg(&dump.h, PROTO_XDP, &c.rec[0]), -EINVAL);
}

/* The request: a SOCK_DIAG_BY_FAMILY dump with the struct xdp_diag_req of
 * linux/xdp_diag.h: family AF_XDP (44) at byte 0 of the body, show at 8. */
static void test_xdp_request(void **state)
{
	struct query q = { .states = STATES_ALL };
	struct xdp_diag_req want = { .sdiag_family = AF_XDP, .xdiag_show = XDP_SHOW_INFO };
	struct proto_desc row = *proto_get(PROTO_XDP);
	union {
		uint8_t b[512];
		struct nlmsghdr h;
	} req;
	int len;

	(void)state;
	memset(&req, 0xa5, sizeof(req));
	len = nl_req_build(req.b, sizeof(req), proto_get(PROTO_XDP), AF_XDP, &q, NULL, 0);
	assert_int_equal(len, NLMSG_HDRLEN + sizeof(struct xdp_diag_req));
	assert_int_equal(len, 16 + 20);
	assert_int_equal(req.h.nlmsg_len, len);
	assert_int_equal(req.h.nlmsg_type, SOCK_DIAG_BY_FAMILY);
	assert_int_equal(req.h.nlmsg_flags, NLM_F_REQUEST | NLM_F_DUMP);
	assert_memory_equal(req.b + NLMSG_HDRLEN, &want, sizeof(want));
	assert_int_equal(req.b[NLMSG_HDRLEN], 44);
	assert_int_equal(req.b[NLMSG_HDRLEN + offsetof(struct xdp_diag_req, xdiag_show)], 1);
	assert_int_equal(offsetof(struct xdp_diag_req, xdiag_show), 8);
	/* without the row's request, or for the /proc-only kind: no request */
	row.nl_req = NULL;
	assert_int_equal(nl_req_build(req.b, sizeof(req), &row, AF_XDP, &q, NULL, 0),
			 -EPROTONOSUPPORT);
	assert_int_equal(nl_req_build(req.b, sizeof(req), proto_get(PROTO_DUMMY), 0, &q, NULL, 0),
			 -EPROTONOSUPPORT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_xdp_rows),
		cmocka_unit_test(test_xdp_controls),
		cmocka_unit_test(test_xdp_request),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
