/* SPDX-License-Identifier: MIT */
/* test_nl_kinds.c - packet, netlink, MPTCP, vsock and SCTP replies: captured
 * dumps (tests/fixtures/netlink/README.md) and hand-built messages. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <cmocka.h>
#include <arpa/inet.h>
#include <libmnl/libmnl.h>
#include <linux/inet_diag.h>
#include <linux/sock_diag.h>
#include <linux/vm_sockets_diag.h>

#include "sockls/dedup.h"
#include "sockls/kindname.h"
#include "sockls/proto.h"
#include "sockls/nl.h"

#define TESTCOLLECT_MAX 32
#define FIX "tests/fixtures/netlink/"

#include "testcollect.h"

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
	proto_endpoint(buf, 64, r, true, ifname);
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
	assert_string_equal(proto_netid(&c.rec[0]), "p_raw");
	assert_string_equal(local_text(&c.rec[0], NULL, buf), "*:*");
	assert_string_equal(proto_netid(&c.rec[1]), "p_dgr");
	assert_string_equal(local_text(&c.rec[1], "lo", buf), "arp:lo");
	assert_string_equal(local_text(&c.rec[2], "lo", buf), "LLDP:lo");
	assert_int_equal(c.rec[1].inode, 2110651);
	assert_int_equal(c.rec[2].local.ifindex, 1);
	assert_int_equal(c.rec[0].state, ST_CLOSE);
	proto_endpoint(buf, sizeof(buf), &c.rec[0], false, NULL);
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
		assert_string_equal(proto_netid(&c.rec[i]), "nl");
		assert_true(c.rec[i].have & HAVE_MEMINFO);
	}
	assert_int_equal(uevent_4242, 2);
	assert_int_equal(kernel, 8);
	assert_string_equal(local_text(&c.rec[0], NULL, buf), "rtnl:kernel");
	/* ss named port id 24922 after the process of that pid (netlink.ss.txt) */
	for (size_t i = 0; i < c.n; i++)
		if (c.rec[i].local.id == 24922)
			assert_string_equal(local_text(&c.rec[i], "python3", buf),
					    c.rec[i].kind_proto == 0 ? "rtnl:python3/24922" :
								       "genl:python3/24922");
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
	assert_string_equal(proto_netid(&rec), "v_str");
	assert_int_equal(rec.state, ST_LISTEN);
	proto_endpoint(buf, sizeof(buf), &rec, true, NULL);
	assert_string_equal(buf, "*:1234");
	proto_endpoint(buf, sizeof(buf), &rec, false, NULL);
	assert_string_equal(buf, "*:*");
	b.m.v.vdiag_src_cid = 3;
	b.m.v.vdiag_src_port = 1025;
	b.m.v.vdiag_dst_cid = 2;
	b.m.v.vdiag_dst_port = 1234;
	b.m.v.vdiag_state = ST_ESTABLISHED;
	assert_int_equal(nl_parse_msg(&b.nlh, PROTO_VSOCK, &rec), 0);
	proto_endpoint(buf, sizeof(buf), &rec, true, NULL);
	assert_string_equal(buf, "3:1025");
	proto_endpoint(buf, sizeof(buf), &rec, false, NULL);
	assert_string_equal(buf, "2:1234");
	b.nlh.nlmsg_len = NLMSG_LENGTH(sizeof(struct vsock_diag_msg) - 1);
	assert_int_equal(nl_parse_msg(&b.nlh, PROTO_VSOCK, &rec), -EINVAL);
	b.nlh.nlmsg_len = NLMSG_LENGTH(sizeof(struct vsock_diag_msg));
	b.m.v.vdiag_family = AF_INET;
	assert_int_equal(nl_parse_msg(&b.nlh, PROTO_VSOCK, &rec), -EINVAL);
}

/* One sctp_diag message as net/sctp/diag.c (inet_sctp_diag_fill) builds it:
 * an endpoint has INET_DIAG_LOCALS only, an association INET_DIAG_PEERS too;
 * both carry their socket's cookie and inode. Appended at *off in buf. */
static void put_sctp(uint8_t *buf, size_t *off, uint8_t state, uint16_t sport, uint16_t dport,
		     uint32_t dst, bool assoc)
{
	struct nlmsghdr *nlh = mnl_nlmsg_put_header(buf + *off);
	struct inet_diag_msg *m = mnl_nlmsg_put_extra_header(nlh, sizeof(*m));
	struct sockaddr_storage sa[2];

	nlh->nlmsg_type = SOCK_DIAG_BY_FAMILY;
	nlh->nlmsg_flags = NLM_F_MULTI;
	m->idiag_family = AF_INET;
	m->idiag_state = state;
	m->id.idiag_sport = htons(sport);
	m->id.idiag_dport = htons(dport);
	m->id.idiag_src[0] = htonl(0x0a000001);
	m->id.idiag_dst[0] = htonl(dst);
	m->id.idiag_cookie[0] = sport; /* one socket per local port here */
	m->idiag_inode = 40000u + sport;
	m->idiag_rqueue = assoc ? 12 : 0;
	m->idiag_wqueue = assoc ? 34 : 128;
	memset(sa, 0, sizeof(sa));
	mnl_attr_put(nlh, INET_DIAG_LOCALS, sizeof(sa), sa);
	if (assoc)
		mnl_attr_put(nlh, INET_DIAG_PEERS, sizeof(sa[0]), sa);
	*off += NLMSG_ALIGN(nlh->nlmsg_len);
}

/* Hand-built (SCTP is not loaded here), a dump as sctp_diag sends it for a
 * one-to-many listener with two associations: the endpoint walk, then the
 * association walk, which repeats the endpoint before its associations.
 * Associations have SCTP states (an idle one has no timer running) and share
 * the socket's cookie: the repeat goes, both associations stay. */
static void test_sctp_dump(void **state)
{
	static uint8_t buf[4096];
	static struct dedup seen;
	struct collect c = { .n = 0 };
	struct nl_run run = { .proto = PROTO_SCTP, .cb = collect_cb, .data = &c, .dedup = &seen };
	size_t off = 0;

	(void)state;
	dedup_init(&seen);
	put_sctp(buf, &off, 10, 5000, 0, 0, false);              /* TCP_LISTEN */
	put_sctp(buf, &off, 10, 5000, 0, 0, false);
	put_sctp(buf, &off, 3, 5000, 40000, 0x0a000002, true);   /* SCTP_STATE_ESTABLISHED */
	put_sctp(buf, &off, 1, 5000, 40001, 0x0a000003, true);   /* COOKIE_WAIT */
	put_sctp(buf, &off, 6, 5000, 40002, 0x0a000003, true);   /* SHUTDOWN_RECEIVED */
	put_sctp(buf, &off, 99, 5000, 40003, 0x0a000003, true);
	assert_int_equal(nl_parse_buf(buf, off, &run), 0);
	assert_int_equal(c.n, 5);
	assert_int_equal(run.repeated, 1);
	assert_int_equal(c.rec[0].state, ST_LISTEN);
	assert_int_equal(c.rec[0].assoc, 0);
	assert_int_equal(c.rec[1].state, ST_ESTABLISHED);
	assert_int_equal(c.rec[1].assoc, 1);
	assert_int_equal(c.rec[1].remote.port, 40000);
	assert_int_equal(c.rec[1].recv_q, 12);
	assert_int_equal(c.rec[1].send_q, 34);
	assert_int_equal(c.rec[1].inode, 45000);
	assert_int_equal(c.rec[2].state, ST_SYN_SENT);
	assert_int_equal(c.rec[3].state, ST_CLOSE_WAIT);
	assert_int_equal(c.rec[4].state, ST_UNKNOWN);
	/* an endpoint's state is its socket's, whatever the number */
	off = 0;
	c.n = 0;
	dedup_init(&seen);
	put_sctp(buf, &off, 1, 5001, 40000, 0x0a000002, false);  /* one-to-one, TCP_ESTABLISHED */
	put_sctp(buf, &off, 7, 5002, 0, 0, false);                /* TCP_CLOSE */
	assert_int_equal(nl_parse_buf(buf, off, &run), 0);
	assert_int_equal(c.n, 2);
	assert_int_equal(c.rec[0].state, ST_ESTABLISHED);
	assert_int_equal(c.rec[1].state, ST_CLOSE);
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
		cmocka_unit_test(test_sctp_dump),
		cmocka_unit_test(test_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
