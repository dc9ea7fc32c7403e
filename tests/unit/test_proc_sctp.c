/* SPDX-License-Identifier: MIT */
/* test_proc_sctp.c - /proc/net/sctp/eps and /proc/net/sctp/assocs lines.
 *
 * The fixture (tests/fixtures/proc/sctp/net/sctp/{eps,assocs}) is written by
 * tests/fixtures/proc/sctp/make_sctp.py with the kernel's own seq_printf
 * formats: net/sctp/proc.c, sctp_eps_seq_show() ("%8p %8p %-3d %-3d %-4d %-5d
 * %5u %5llu " then each local address) and sctp_assocs_seq_show() ("%8p %8p
 * %-3d %-3d %-2d %-4d %4d %8d %8d %7u %5llu %-5d %5d ", " ", the local
 * addresses, "<-> ", the remote ones, then "\t%8lu %5d %5d %4d %4d %4d %8d %8d
 * %8d %8d %8d"); an address is "%pI4 " (net/sctp/protocol.c) or "%pI6 "
 * (net/sctp/ipv6.c), '*' first for the primary path's. The lines below are
 * built the same way by hand. Every expected value is computed by hand from
 * those formats, not taken from sockls. */
#include <arpa/inet.h>
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

#include "sockls/proc.h"
#include "testproc.h"

#define FIX "tests/fixtures/proc/sctp"

static void assert_addr(const struct sock_endpoint *ep, int family, const char *text,
			uint16_t port)
{
	uint8_t want[16] = { 0 };

	assert_int_equal(inet_pton(family, text, want), 1);
	assert_memory_equal(ep->addr, want, 16);
	assert_int_equal(ep->port, port);
}

static void test_eps_file(void **state)
{
	struct sock_rec r[8];

	(void)state;
	assert_int_equal(testproc_parse_file(FIX "/net/sctp/eps", proc_parse_sctp_ep_line, r, 8), 4);
	for (int i = 0; i < 4; i++) {
		assert_int_equal(r[i].proto, PROTO_SCTP);
		assert_int_equal(r[i].state, ST_LISTEN);
		assert_int_equal(r[i].assoc, 0);
		/* the accept backlog and its limit are not in the file */
		assert_int_equal(r[i].have, HAVE_UID | HAVE_INODE | HAVE_TIMER);
		assert_int_equal(r[i].timer, TIMER_OFF);
	}
	assert_int_equal(r[0].family, AF_INET);
	assert_addr(&r[0].local, AF_INET, "0.0.0.0", 5000);
	assert_addr(&r[0].remote, AF_INET, "0.0.0.0", 0);
	assert_int_equal(r[0].inode, 30001);
	assert_int_equal(r[0].uid, 0);
	/* multihomed: the first address, as sctp_diag's idiag_src */
	assert_addr(&r[1].local, AF_INET, "10.0.0.1", 5001);
	assert_int_equal(r[1].uid, 1000);
	assert_int_equal(r[2].family, AF_INET6);
	assert_addr(&r[2].local, AF_INET6, "::", 5002);
	assert_int_equal(r[3].family, AF_INET6);
	assert_addr(&r[3].local, AF_INET6, "fe80::1", 5003);
	assert_int_equal(r[3].inode, 30004);
	assert_int_equal(r[3].uid, 1001);
}

static void test_assocs_file(void **state)
{
	struct sock_rec r[8];

	(void)state;
	assert_int_equal(testproc_parse_file(FIX "/net/sctp/assocs", proc_parse_sctp_assoc_line, r, 8), 5);
	for (int i = 0; i < 5; i++) {
		assert_int_equal(r[i].proto, PROTO_SCTP);
		assert_int_equal(r[i].assoc, 1);
		/* T3-rtx running or not is not in the file: the timer is unknown */
		assert_int_equal(r[i].have, HAVE_UID | HAVE_INODE | HAVE_RECV_Q | HAVE_SEND_Q);
	}
	/* SCTP_STATE_ESTABLISHED; the first local address, the starred peer */
	assert_int_equal(r[0].state, ST_ESTABLISHED);
	assert_int_equal(r[0].family, AF_INET);
	assert_addr(&r[0].local, AF_INET, "10.0.0.1", 5000);
	assert_addr(&r[0].remote, AF_INET, "10.0.0.2", 40000);
	assert_int_equal(r[0].inode, 30001);
	/* SHUTDOWN_PENDING; the primary path is the second pair: the first local
	 * address all the same (sctp_diag's), the starred peer; TX_QUEUE 1500 is
	 * the send queue, RX_QUEUE 200 the receive queue */
	assert_int_equal(r[1].state, ST_FIN_WAIT1);
	assert_addr(&r[1].local, AF_INET, "10.0.0.1", 5000);
	assert_addr(&r[1].remote, AF_INET, "192.168.1.3", 40001);
	assert_int_equal(r[1].send_q, 1500);
	assert_int_equal(r[1].recv_q, 200);
	/* COOKIE_WAIT, IPv6 */
	assert_int_equal(r[2].state, ST_SYN_SENT);
	assert_int_equal(r[2].family, AF_INET6);
	assert_addr(&r[2].local, AF_INET6, "2001:db8::2", 45000);
	assert_addr(&r[2].remote, AF_INET6, "2001:db8::1", 5002);
	assert_int_equal(r[2].uid, 1000);
	assert_int_equal(r[2].inode, 30010);
	/* SHUTDOWN_ACK_SENT; an IPv6 first local address and an IPv4 primary
	 * peer: an IPv6 row, the peer v4-mapped */
	assert_int_equal(r[3].state, ST_LAST_ACK);
	assert_int_equal(r[3].family, AF_INET6);
	assert_addr(&r[3].local, AF_INET6, "2001:db8::1", 5002);
	assert_addr(&r[3].remote, AF_INET6, "::ffff:10.0.0.9", 40002);
	assert_int_equal(r[3].recv_q, 4096);
	/* SHUTDOWN_RECEIVED */
	assert_int_equal(r[4].state, ST_CLOSE_WAIT);
	assert_addr(&r[4].remote, AF_INET, "192.168.1.7", 40003);
}

#define P "000000001f2e4e5d 000000001f2e5f6e "
#define TAIL "\t   30000    10    10   10    0    0        0        1        0   212992   212992"
#define AHEAD P "0   10  3  0       3        0        0       0 30001 5000  40000  "

static void test_assoc_edges(void **state)
{
	struct sock_rec r;
	char line[8192];
	size_t n;

	(void)state;
	/* SCTP_STATE_CLOSED is UNCONN; no starred peer: the first */
	const char *closed = P "0   7   0  0       3        0        0       0 30001 5000  40000  "
		"10.0.0.1 <-> 10.0.0.5 10.0.0.6 " TAIL "\n";
	assert_int_equal(proc_parse_sctp_assoc_line(closed, strlen(closed), &r), 0);
	assert_int_equal(r.state, ST_CLOSE);
	assert_addr(&r.remote, AF_INET, "10.0.0.5", 40000);
	/* all zeros under kptr_restrict; no newline at the end */
	const char *zeros = "0000000000000000 0000000000000000 0   10  3  0       3        0"
		"        0       0 30001 5000  40000  *10.0.0.1 <-> *10.0.0.2 " TAIL;
	assert_int_equal(proc_parse_sctp_assoc_line(zeros, strlen(zeros), &r), 0);
	/* sixty IPv6 addresses at each end: a line far past PROC_LINE_MAX */
	n = (size_t)snprintf(line, sizeof(line), "%s", AHEAD);
	for (int side = 0; side < 2; side++) {
		for (int i = 0; i < 60; i++)
			n += (size_t)snprintf(line + n, sizeof(line) - n,
					      "%s2001:0db8:0000:0000:0000:0000:%04x:0001 ",
					      i == 59 ? "*" : "", side * 100 + i);
		if (side == 0)
			n += (size_t)snprintf(line + n, sizeof(line) - n, "<-> ");
	}
	n += (size_t)snprintf(line + n, sizeof(line) - n, "%s\n", TAIL);
	assert_true(n > PROC_LINE_MAX);
	assert_int_equal(proc_parse_sctp_assoc_line(line, n, &r), 0);
	assert_addr(&r.local, AF_INET6, "2001:db8::1", 5000);
	assert_addr(&r.remote, AF_INET6, "2001:db8::9f:1", 40000); /* 100 + 59 = 0x9f */
}

static void test_bad_lines(void **state)
{
	static const char *const eps_bad[] = {
		"",
		"   ",
		P "0   10  29   5000      0 30001 ",                   /* no address */
		P "0   10  29   5000      0 ",                         /* a field short */
		P "3   10  29   5000      0 30001 0.0.0.0 ",           /* STY 3 */
		P "0   3   29   5000      0 30001 0.0.0.0 ",           /* SST SYN_RECV */
		P "0   12  29   5000      0 30001 0.0.0.0 ",           /* SST 12 */
		P "0   10  29   65536     0 30001 0.0.0.0 ",           /* port */
		P "0   10  29   5000  4294967296 30001 0.0.0.0 ",      /* uid */
		P "0   10  -1   5000      0 30001 0.0.0.0 ",           /* negative */
		P "0   10  29   5000      0 30001 *0.0.0.0 ",          /* no primary in eps */
		P "0   10  29   5000      0 30001 0.0.0.0\t",          /* a tab */
		P "0   10  29   5000      0 30001 256.0.0.1 ",
		P "0   10  29   5000      0 30001 10.0.0.01 ",         /* %pI4 has no leading 0 */
		P "0   10  29   5000      0 30001 10.0.0 ",
		P "0   10  29   5000      0 30001 10.0.0.1.2 ",
		P "0   10  29   5000      0 30001 10.0.0.1 x ",
		P "0   10  29   5000      0 30001 2001:db8::1 ",       /* %pI6 is not compressed */
		P "0   10  29   5000      0 30001 2001:0db8:0000:0000:0000:0000:0000 ",
		P "0   10  29   5000      0 30001 2001:0db8:0000:0000:0000:0000:0000:000g ",
		P "0   10  29   5000      0 30001 2001:0db8:0000:0000:0000:0000:0000:0001: ",
		P "0   10  29   5000      0 30001 \x1b[31m10.0.0.1 ",   /* a terminal escape */
		"000000001f2e4e5d0 000000001f2e5f6e 0   10  29   5000      0 30001 0.0.0.0 ",
		"-00000001f2e4e5d 000000001f2e5f6e 0   10  29   5000      0 30001 0.0.0.0 ",
	};
	static const char *const assocs_bad[] = {
		AHEAD "*10.0.0.1 <-> *10.0.0.2 ",                     /* no tail */
		AHEAD "*10.0.0.1 <-> *10.0.0.2 " TAIL "\t",           /* two tabs */
		AHEAD "*10.0.0.1 *10.0.0.2 " TAIL,                     /* no "<->" */
		AHEAD "<-> *10.0.0.2 " TAIL,                           /* no local address */
		AHEAD "*10.0.0.1 <-> " TAIL,                           /* no peer */
		AHEAD "*10.0.0.1 <-> *10.0.0.2 <-> 10.0.0.3 " TAIL,
		AHEAD "*10.0.0.1 <-> *10.0.0.2 *10.0.0.3 " TAIL,      /* two primaries */
		AHEAD "*10.0.0.1 *10.0.0.4 <-> *10.0.0.2 " TAIL,
		AHEAD "**10.0.0.1 <-> *10.0.0.2 " TAIL,
		AHEAD "*10.0.0.1 <-> *10.0.0.2 \t 1 2 3 4 5 6 7 8 9 10",        /* 10 numbers */
		AHEAD "*10.0.0.1 <-> *10.0.0.2 \t 1 2 3 4 5 6 7 8 9 10 11 12",  /* 12 */
		AHEAD "*10.0.0.1 <-> *10.0.0.2 \t 1 2 3 4 5 6 7 8 9 10 -11",
		P "0   10  8  0       3        0        0       0 30001 5000  40000  "
			"*10.0.0.1 <-> *10.0.0.2 " TAIL,               /* ST 8 */
		P "0   10  3  0       3       -1        0       0 30001 5000  40000  "
			"*10.0.0.1 <-> *10.0.0.2 " TAIL,               /* negative queue */
		P "0   10  3  0       3        0        0       0 30001 5000  70000  "
			"*10.0.0.1 <-> *10.0.0.2 " TAIL,               /* port */
		P "0   10  3  0       3        0        0       0 30001 5000  "
			"*10.0.0.1 <-> *10.0.0.2 " TAIL,               /* a field short */
	};
	struct sock_rec rec;

	(void)state;
	for (size_t i = 0; i < sizeof(eps_bad) / sizeof(eps_bad[0]); i++) {
		int rc = proc_parse_sctp_ep_line(eps_bad[i], strlen(eps_bad[i]), &rec);
		if (rc != -EINVAL)
			fail_msg("eps line %zu: %d", i, rc);
	}
	for (size_t i = 0; i < sizeof(assocs_bad) / sizeof(assocs_bad[0]); i++) {
		int rc = proc_parse_sctp_assoc_line(assocs_bad[i], strlen(assocs_bad[i]), &rec);
		if (rc != -EINVAL)
			fail_msg("assocs line %zu: %d", i, rc);
	}
	/* a NUL inside the line: the length says where it ends, the NUL is no blank */
	static const char nul[] = P "0   10  29   5000      0 30001 0.0.0.0\0 ";
	assert_int_equal(proc_parse_sctp_ep_line(nul, sizeof(nul) - 1, &rec), -EINVAL);
	/* an eps line is not an assocs line, nor the other way round */
	const char *ep = P "0   10  29   5000      0 30001 0.0.0.0 ";
	assert_int_equal(proc_parse_sctp_ep_line(ep, strlen(ep), &rec), 0);
	assert_int_equal(proc_parse_sctp_assoc_line(ep, strlen(ep), &rec), -EINVAL);
	const char *as = AHEAD "*10.0.0.1 <-> *10.0.0.2 " TAIL;
	assert_int_equal(proc_parse_sctp_assoc_line(as, strlen(as), &rec), 0);
	assert_int_equal(proc_parse_sctp_ep_line(as, strlen(as), &rec), -EINVAL);
	assert_int_equal(proc_parse_sctp_ep_line(NULL, 0, &rec), -EINVAL);
	assert_int_equal(proc_parse_sctp_assoc_line("x", 1, NULL), -EINVAL);
	/* the column titles, only as the kernel's first word */
	assert_int_equal(proc_parse_sctp_ep_line(" ENDPT     SOCK", 15, &rec), PROC_PARSE_HEADER);
	assert_int_equal(proc_parse_sctp_assoc_line(" ASSOC     SOCK", 15, &rec), PROC_PARSE_HEADER);
	assert_int_equal(proc_parse_sctp_assoc_line(" ENDPT     SOCK", 15, &rec), -EINVAL);
}

#define TESTCOLLECT_MAX 16
#include "testcollect.h"

/* The reader: each file lists both families and is read for each; the
 * associations of one socket all stay (they share its inode). */
static void test_reader(void **state)
{
	struct query q = { .states = STATES_ALL };
	struct proc_stats st;
	struct collect c = { .n = 0 };
	char path[256];

	(void)state;
	assert_int_equal(proc_file_count(PROTO_SCTP), 2);
	assert_int_equal(proc_file_count(PROTO_TCP), 1);
	assert_int_equal(proc_file_count(PROTO_VSOCK), 0);
	assert_int_equal(proc_path(path, sizeof(path), "/x", PROTO_SCTP, AF_INET6, 0), 0);
	assert_string_equal(path, "/x/net/sctp/eps");
	assert_int_equal(proc_path(path, sizeof(path), "/x", PROTO_SCTP, AF_INET, 1), 0);
	assert_string_equal(path, "/x/net/sctp/assocs");
	assert_int_equal(proc_path(path, sizeof(path), "/x", PROTO_SCTP, AF_INET, 2), -EINVAL);
	assert_int_equal(proc_path(path, sizeof(path), "/x", PROTO_TCP, AF_INET, 1), -EINVAL);

	assert_int_equal(proc_source_dump(FIX, PROTO_SCTP, AF_INET, 1, &q, collect_cb, &c, &st), 0);
	assert_int_equal(st.lines, 5);
	assert_int_equal(st.records, 5);
	assert_int_equal(st.matched, 3);
	assert_int_equal(st.repeated, 0);
	assert_int_equal(c.n, 3);
	assert_int_equal(c.rec[0].inode, 30001);
	assert_int_equal(c.rec[1].inode, 30001);
	assert_int_equal(proc_source_dump(FIX, PROTO_SCTP, AF_INET6, 1, &q, collect_cb, &c, &st), 0);
	assert_int_equal(st.matched, 2);
	assert_int_equal(proc_source_dump(FIX, PROTO_SCTP, AF_INET6, 0, &q, collect_cb, &c, &st), 0);
	assert_int_equal(st.matched, 2);
	assert_int_equal(c.n, 7);
	/* the state mask applies after the family */
	q.states = STATE_BIT(ST_ESTABLISHED);
	c.n = 0;
	assert_int_equal(proc_source_dump(FIX, PROTO_SCTP, AF_INET, 1, &q, collect_cb, &c, &st), 0);
	assert_int_equal(c.n, 1);
	/* which file the netlink source's walks would read */
	assert_true(proc_file_wanted(PROTO_SCTP, 0, STATE_BIT(ST_LISTEN)));
	assert_false(proc_file_wanted(PROTO_SCTP, 1, STATES_LISTENING));
	assert_false(proc_file_wanted(PROTO_SCTP, 0, STATES_CONNECTED));
	assert_true(proc_file_wanted(PROTO_SCTP, 1, STATE_BIT(ST_CLOSE_WAIT)));
	assert_true(proc_file_wanted(PROTO_TCP, 0, STATE_BIT(ST_LISTEN)));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_eps_file),
		cmocka_unit_test(test_assocs_file),
		cmocka_unit_test(test_assoc_edges),
		cmocka_unit_test(test_bad_lines),
		cmocka_unit_test(test_reader),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
