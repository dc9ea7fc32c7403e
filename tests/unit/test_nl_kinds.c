/* test_nl_kinds.c - packet, netlink, MPTCP, vsock and SCTP replies: captured
 * dumps (tests/fixtures/netlink/README.md) and hand-built messages. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <cmocka.h>
#include <linux/inet_diag.h>
#include <linux/sock_diag.h>
#include <linux/vm_sockets_diag.h>

#include "sockls/kindname.h"
#include "sockls/nl.h"

#define MAXREC 32
#define FIX "tests/fixtures/netlink/"

struct collect {
	struct sock_rec rec[MAXREC];
	size_t n;
};

static int collect_cb(const struct sock_rec *rec, void *data)
{
	struct collect *c = data;

	assert_true(c->n < MAXREC);
	c->rec[c->n++] = *rec;
	return 0;
}

static int replay(const char *file, unsigned int proto, struct collect *c)
{
	FILE *f = fopen(file, "rb");
	static uint8_t buf[65536];
	size_t len;
	struct nl_run run = { .proto = proto, .cb = collect_cb, .data = c };

	assert_non_null(f);
	len = fread(buf, 1, sizeof(buf), f);
	fclose(f);
	return nl_parse_buf(buf, len, &run);
}

static const char *local_text(const struct sock_rec *r, const char *ifname, char *buf)
{
	kind_endpoint(buf, 64, r, true, ifname);
	return buf;
}

/* packet.ss.txt: "*:*" raw, "arp:lo" dgram, "LLDP:lo" raw; inodes as ss saw them. */
static void test_packet_capture(void **state)
{
	struct collect c = { .n = 0 };
	char buf[64];

	(void)state;
	assert_int_equal(replay(FIX "packet.bin", PROTO_PACKET, &c), 1);
	assert_int_equal(c.n, 3);
	assert_string_equal(kind_netid(&c.rec[0]), "p_raw");
	assert_string_equal(local_text(&c.rec[0], NULL, buf), "*:*");
	assert_string_equal(kind_netid(&c.rec[1]), "p_dgr");
	assert_string_equal(local_text(&c.rec[1], "lo", buf), "arp:lo");
	assert_string_equal(local_text(&c.rec[2], "lo", buf), "LLDP:lo");
	assert_int_equal(c.rec[1].inode, 2110651);
	assert_int_equal(c.rec[2].local.ifindex, 1);
	assert_int_equal(c.rec[0].state, ST_CLOSE);
	kind_endpoint(buf, sizeof(buf), &c.rec[0], false, NULL);
	assert_string_equal(buf, "*");
}

/* netlink.ss.txt: the same sockets (ss's own tcpdiag socket is nlcapture's there). */
static void test_netlink_capture(void **state)
{
	struct collect c = { .n = 0 };
	char buf[64];
	int uevent_4242 = 0, kernel = 0;

	(void)state;
	assert_int_equal(replay(FIX "netlink.bin", PROTO_NETLINK, &c), 1);
	assert_int_equal(c.n, 13);
	for (size_t i = 0; i < c.n; i++) {
		local_text(&c.rec[i], NULL, buf);
		uevent_4242 += strcmp(buf, "uevent:4242") == 0;
		kernel += strstr(buf, ":kernel") != NULL;
		assert_string_equal(kind_netid(&c.rec[i]), "nl");
		assert_true(c.rec[i].have & HAVE_MEMINFO);
	}
	assert_int_equal(uevent_4242, 2);
	assert_int_equal(kernel, 8);
	assert_string_equal(local_text(&c.rec[0], NULL, buf), "rtnl:kernel");
}

/* mptcp.ss.txt: a listener on 127.0.0.1:5201 and both ends of one connection. */
static void test_mptcp_capture(void **state)
{
	struct collect c = { .n = 0 };
	int listen = 0, estab = 0;

	(void)state;
	assert_int_equal(replay(FIX "mptcp.bin", PROTO_MPTCP, &c), 1);
	assert_int_equal(c.n, 3);
	for (size_t i = 0; i < c.n; i++) {
		assert_int_equal(c.rec[i].proto, PROTO_MPTCP);
		assert_int_equal(c.rec[i].family, AF_INET);
		listen += c.rec[i].state == ST_LISTEN && c.rec[i].local.port == 5201;
		estab += c.rec[i].state == ST_ESTABLISHED;
		/* INET_DIAG_INFO of an MPTCP socket is a struct mptcp_info, not tcp_info */
		assert_false(c.rec[i].have & HAVE_TCP_INFO);
		if (c.rec[i].state == ST_ESTABLISHED)
			assert_true(c.rec[i].have & HAVE_MPTCP_INFO);
	}
	assert_int_equal(listen, 1);
	assert_int_equal(estab, 2);
}

struct msgbuf {
	struct nlmsghdr nlh;
	union {
		struct vsock_diag_msg v;
		struct inet_diag_msg i;
	} m;
};

/* Hand-built (no vsock_diag here): a listener on CID any, port 1234, and a stream
 * from CID 3 port 1025 to CID 2 port 1234. */
static void test_vsock_msg(void **state)
{
	struct msgbuf b = { .nlh = { .nlmsg_len = NLMSG_LENGTH(sizeof(struct vsock_diag_msg)),
				     .nlmsg_type = SOCK_DIAG_BY_FAMILY } };
	struct sock_rec rec;
	char buf[64];

	(void)state;
	b.m.v = (struct vsock_diag_msg){ .vdiag_family = AF_VSOCK, .vdiag_type = SOCK_STREAM,
		.vdiag_state = ST_LISTEN, .vdiag_src_cid = UINT32_MAX, .vdiag_src_port = 1234,
		.vdiag_dst_cid = UINT32_MAX, .vdiag_dst_port = UINT32_MAX, .vdiag_ino = 77 };
	assert_int_equal(nl_parse_msg(&b.nlh, PROTO_VSOCK, &rec), 0);
	assert_string_equal(kind_netid(&rec), "v_str");
	assert_int_equal(rec.state, ST_LISTEN);
	kind_endpoint(buf, sizeof(buf), &rec, true, NULL);
	assert_string_equal(buf, "*:1234");
	kind_endpoint(buf, sizeof(buf), &rec, false, NULL);
	assert_string_equal(buf, "*:*");
	b.m.v.vdiag_src_cid = 3;
	b.m.v.vdiag_src_port = 1025;
	b.m.v.vdiag_dst_cid = 2;
	b.m.v.vdiag_dst_port = 1234;
	b.m.v.vdiag_state = ST_ESTABLISHED;
	assert_int_equal(nl_parse_msg(&b.nlh, PROTO_VSOCK, &rec), 0);
	kind_endpoint(buf, sizeof(buf), &rec, true, NULL);
	assert_string_equal(buf, "3:1025");
	kind_endpoint(buf, sizeof(buf), &rec, false, NULL);
	assert_string_equal(buf, "2:1234");
	b.nlh.nlmsg_len = NLMSG_LENGTH(sizeof(struct vsock_diag_msg) - 1);
	assert_int_equal(nl_parse_msg(&b.nlh, PROTO_VSOCK, &rec), -EINVAL);
	b.nlh.nlmsg_len = NLMSG_LENGTH(sizeof(struct vsock_diag_msg));
	b.m.v.vdiag_family = AF_INET;
	assert_int_equal(nl_parse_msg(&b.nlh, PROTO_VSOCK, &rec), -EINVAL);
}

/* Hand-built (SCTP is not loaded here): an endpoint in LISTEN, and associations
 * whose idiag_state is an SCTP state, marked by the T3-rtx timer. */
static void test_sctp_states(void **state)
{
	struct msgbuf b = { .nlh = { .nlmsg_len = NLMSG_LENGTH(sizeof(struct inet_diag_msg)),
				     .nlmsg_type = SOCK_DIAG_BY_FAMILY } };
	struct sock_rec rec;

	(void)state;
	b.m.i.idiag_family = AF_INET;
	b.m.i.idiag_state = 10; /* TCP_LISTEN */
	assert_int_equal(nl_parse_msg(&b.nlh, PROTO_SCTP, &rec), 0);
	assert_int_equal(rec.state, ST_LISTEN);
	b.m.i.idiag_timer = 4; /* SCTP_EVENT_TIMEOUT_T3_RTX */
	b.m.i.idiag_state = 3; /* SCTP_STATE_ESTABLISHED */
	assert_int_equal(nl_parse_msg(&b.nlh, PROTO_SCTP, &rec), 0);
	assert_int_equal(rec.state, ST_ESTABLISHED);
	b.m.i.idiag_state = 1; /* COOKIE_WAIT */
	assert_int_equal(nl_parse_msg(&b.nlh, PROTO_SCTP, &rec), 0);
	assert_int_equal(rec.state, ST_SYN_SENT);
	b.m.i.idiag_state = 99;
	assert_int_equal(nl_parse_msg(&b.nlh, PROTO_SCTP, &rec), 0);
	assert_int_equal(rec.state, ST_UNKNOWN);
}

static void test_names(void **state)
{
	(void)state;
	assert_string_equal(kind_netlink_name(0), "rtnl");
	assert_string_equal(kind_netlink_name(16), "genl");
	assert_null(kind_netlink_name(200));
	assert_string_equal(kind_ether_name(3), "*");
	assert_null(kind_ether_name(0x1234));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_packet_capture),
		cmocka_unit_test(test_netlink_capture),
		cmocka_unit_test(test_mptcp_capture),
		cmocka_unit_test(test_vsock_msg),
		cmocka_unit_test(test_sctp_states),
		cmocka_unit_test(test_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
