/* SPDX-License-Identifier: MIT */
/* test_proc_parse.c - field-by-field checks of the /proc/net line parsers, good lines and hostile ones. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#include <cmocka.h>

#include "sockls/proc.h"

static int inet(const char *line, unsigned int proto, unsigned int family, struct sock_rec *r)
{
	return proc_parse_inet_line(line, strlen(line), proto, family, r);
}

static int unx(const char *line, struct sock_rec *r)
{
	return proc_parse_unix_line(line, strlen(line), r);
}

static void assert_v4(const struct sock_rec *r, int local, uint8_t a, uint8_t b, uint8_t c,
		      uint8_t d, uint16_t port)
{
	const struct sock_endpoint *ep = local ? &r->local : &r->remote;
	const uint8_t want[16] = { a, b, c, d };
	assert_memory_equal(ep->addr, want, 16);
	assert_int_equal(ep->port, port);
}

#define TAIL " 1 0000000000000000 20 4 30 10 -1"

/* A real LISTEN line from a captured /proc/net/tcp, trailing padding included. */
static void test_tcp_listen(void **st)
{
	(void)st;
	struct sock_rec r;
	const char *l = "   1: 0100007F:1388 00000000:0000 0A 00000000:00000001 00:00000000 "
			"00000000     0        0 400076 2 0000000039ac781c 100 0 0 10 0          \n";
	assert_int_equal(inet(l, PROTO_TCP, AF_INET, &r), 0);
	assert_int_equal(r.proto, PROTO_TCP);
	assert_int_equal(r.family, AF_INET);
	assert_int_equal(r.state, ST_LISTEN);
	assert_v4(&r, 1, 127, 0, 0, 1, 5000);
	assert_v4(&r, 0, 0, 0, 0, 0, 0);
	assert_int_equal(r.recv_q, 1); /* accept queue */
	assert_int_equal(r.timer, TIMER_OFF);
	assert_int_equal(r.expires_ms, 0);
	assert_int_equal(r.uid, 0);
	assert_int_equal(r.inode, 400076);
	/* tx_queue of a listener is not its backlog: Send-Q unknown */
	assert_int_equal(r.have, HAVE_UID | HAVE_INODE | HAVE_TIMER | HAVE_RECV_Q);
}

static void test_tcp_timers_queues(void **st)
{
	(void)st;
	struct sock_rec r;
	const char *l = "   4: 0100007F:E04E 0100007F:138D 04 00001401:000000FF 04:0000001D "
			"000000C8  1000        0 400093" TAIL;
	assert_int_equal(inet(l, PROTO_TCP, AF_INET, &r), 0);
	assert_int_equal(r.state, ST_FIN_WAIT1);
	assert_v4(&r, 1, 127, 0, 0, 1, 0xE04E);
	assert_v4(&r, 0, 127, 0, 0, 1, 0x138D);
	assert_int_equal(r.send_q, 0x1401);
	assert_int_equal(r.recv_q, 0xFF);
	assert_int_equal(r.timer, TIMER_PROBE);
	assert_int_equal(r.expires_ms, 290); /* 0x1D clock ticks at USER_HZ 100 */
	/* probe timer: sock_diag's count is the unanswered probes ("timeout"
	 * column, 0 here), not icsk_retransmits (0xC8) */
	assert_int_equal(r.retrans, 0);
	assert_int_equal(r.uid, 1000);
	l = "   4: 0100007F:E04E 0100007F:138D 01 00000000:00000000 02:0000001D "
	    "000000C8  1000        7 400093" TAIL;
	assert_int_equal(inet(l, PROTO_TCP, AF_INET, &r), 0);
	assert_int_equal(r.retrans, 7); /* keepalive: probes too */
	l = "   4: 0100007F:E04E 0100007F:138D 01 00000000:00000000 00:00000000 "
	    "000000C8  1000        7 400093" TAIL;
	assert_int_equal(inet(l, PROTO_TCP, AF_INET, &r), 0);
	assert_int_equal(r.retrans, 0); /* no timer: 0 as in sock_diag */
	/* TIME_WAIT (and any uid 0 without an inode): uid unknown, not root */
	l = "   4: 0100007F:E04E 0100007F:138D 06 00000000:00000000 03:0000001D "
	    "00000000     0        0 0" TAIL;
	assert_int_equal(inet(l, PROTO_TCP, AF_INET, &r), 0);
	assert_int_equal(r.have & HAVE_UID, 0);
	l = "   4: 0100007F:E04E 0100007F:138D 03 00000000:00000000 01:0000001D "
	    "00000000 65534        0 0" TAIL;
	assert_int_equal(inet(l, PROTO_TCP, AF_INET, &r), 0);
	assert_int_equal(r.have & HAVE_UID, HAVE_UID); /* SYN_RECV: the listener's uid */
	assert_int_equal(r.uid, 65534);
	/* retransmits above 255 saturate instead of wrapping */
	l = "   4: 0100007F:E04E 0100007F:138D 01 00000000:00000000 01:FFFFFFFFFF 00000123  1000        0 5" TAIL;
	assert_int_equal(inet(l, PROTO_TCP, AF_INET, &r), 0);
	assert_int_equal(r.retrans, 255);
	assert_int_equal(r.timer, TIMER_ON);
	assert_int_equal(r.expires_ms, UINT32_MAX);
}

/* Every state /proc can print, by number; 0C, 0D, 00 and beyond are refused. */
static void test_tcp_every_state(void **st)
{
	(void)st;
	char line[256];
	struct sock_rec r;
	for (unsigned int s = 0; s <= 0xFF; s++) {
		snprintf(line, sizeof(line), "   0: 0100007F:0016 0100007F:A000 %02X 00000000:00000000 "
			 "00:00000000 00000000     0        0 1" TAIL, s);
		int rc = inet(line, PROTO_TCP, AF_INET, &r);
		if (s >= ST_ESTABLISHED && s <= ST_CLOSING) {
			assert_int_equal(rc, 0);
			assert_int_equal(r.state, s);
		} else {
			assert_int_equal(rc, -EINVAL);
		}
	}
}

static void test_tcp_short_lines(void **st)
{
	(void)st;
	struct sock_rec r;
	const char *tw = "  12: 0100007F:DEDA 0100007F:138C 06 00000000:00000000 03:00001744 "
			 "00000000     0        0 0 3 00000000fbad76e2";
	assert_int_equal(inet(tw, PROTO_TCP, AF_INET, &r), 0);
	assert_int_equal(r.state, ST_TIME_WAIT);
	assert_int_equal(r.timer, TIMER_TIMEWAIT);
	assert_int_equal(r.expires_ms, 0x1744 * 10);
	assert_int_equal(r.inode, 0);
	assert_v4(&r, 1, 127, 0, 0, 1, 0xDEDA);
	const char *sr = "   9: 0100007F:1389 0100007F:80E8 03 00000000:00000000 01:00000030 "
			 "00000002  1000        0 0 0 00000000e6ff14b3";
	assert_int_equal(inet(sr, PROTO_TCP, AF_INET, &r), 0);
	assert_int_equal(r.state, ST_SYN_RECV);
	assert_int_equal(r.timer, TIMER_ON);
	assert_int_equal(r.expires_ms, 480);
	assert_int_equal(r.retrans, 2);
	assert_int_equal(r.uid, 1000);
	assert_int_equal(r.inode, 0);
}

static void test_big_inodes_and_slots(void **st)
{
	(void)st;
	struct sock_rec r;
	const char *a = "10000: 00000000:0016 00000000:0000 0A 00000000:00000000 00:00000000 "
			"00000000 4294967295        0 2147483649" TAIL;
	assert_int_equal(inet(a, PROTO_TCP, AF_INET, &r), 0);
	assert_int_equal(r.inode, 2147483649ULL);
	assert_int_equal(r.uid, 4294967295U);
	const char *b = "123456: 0100007F:1388 0100007F:0035 01 00000100:00000200 00:00000000 "
			"00000000 123456        0 4294967301 2 0000000000000000 5";
	assert_int_equal(inet(b, PROTO_UDP, AF_INET, &r), 0);
	assert_int_equal(r.inode, 4294967301ULL);
	assert_int_equal(r.state, ST_ESTABLISHED);
	assert_int_equal(r.send_q, 256);
	assert_int_equal(r.recv_q, 512);
	const char *c = "    1: 00000000:0035 00000000:0000 07 00000000:00000000 00:00000000 "
			"00000000     0        0 18446744073709551615 2 0 0";
	assert_int_equal(inet(c, PROTO_UDP, AF_INET, &r), 0);
	assert_true(r.inode == UINT64_MAX);
	const char *d = "    1: 00000000:0035 00000000:0000 07 00000000:00000000 00:00000000 "
			"00000000     0        0 18446744073709551616 2 0 0";
	assert_int_equal(inet(d, PROTO_UDP, AF_INET, &r), -EINVAL);
	const char *e = "    1: 00000000:0035 00000000:0000 07 00000000:00000000 00:00000000 "
			"00000000 4294967296        0 1 2 0 0";
	assert_int_equal(inet(e, PROTO_UDP, AF_INET, &r), -EINVAL);
}

static void test_tcp6_and_mapped(void **st)
{
	(void)st;
	struct sock_rec r;
	const char *l = "   2: 00000000000000000000000001000000:D2F2 00000000000000000000000001000000:1772 "
			"01 00000000:00000007 00:00000000 00000000     0        0 400106 2 0 20 4 30 10 -1";
	assert_int_equal(inet(l, PROTO_TCP, AF_INET6, &r), 0);
	static const uint8_t lo6[16] = { [15] = 1 };
	assert_int_equal(r.family, AF_INET6);
	assert_memory_equal(r.local.addr, lo6, 16);
	assert_memory_equal(r.remote.addr, lo6, 16);
	assert_int_equal(r.local.port, 0xD2F2);
	assert_int_equal(r.remote.port, 6002);
	assert_int_equal(r.recv_q, 7);
	const char *m = "   3: 0000000000000000FFFF00000100007F:1771 0000000000000000FFFF00000100007F:9106 "
			"01 00000000:00000000 00:00000000 00000000     0        0 400104 1 0 20 0 0 10 -1";
	assert_int_equal(inet(m, PROTO_TCP, AF_INET6, &r), 0);
	static const uint8_t mapped[16] = { [10] = 0xff, [11] = 0xff, [12] = 127, [15] = 1 };
	assert_memory_equal(r.local.addr, mapped, 16);
	assert_true(sock_is_v4mapped(r.local.addr));
	assert_int_equal(r.local.port, 6001);
	/* widths must match the family */
	assert_int_equal(inet(m, PROTO_TCP, AF_INET, &r), -EINVAL);
	const char *v4 = "   0: 0100007F:1388 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 1";
	assert_int_equal(inet(v4, PROTO_TCP, AF_INET6, &r), -EINVAL);
}

static void test_udp_raw(void **st)
{
	(void)st;
	struct sock_rec r;
	const char *u = "12092: 0100007F:14E9 00000000:0000 07 00000000:00000340 00:00000000 "
			"00000000     0        0 400108 2 00000000ac9b8eb2 0        ";
	assert_int_equal(inet(u, PROTO_UDP, AF_INET, &r), 0);
	assert_int_equal(r.proto, PROTO_UDP);
	assert_int_equal(r.state, ST_CLOSE);
	assert_string_equal(sock_state_name(r.proto, r.state), "UNCONN");
	assert_int_equal(r.local.port, 5353);
	assert_int_equal(r.recv_q, 832);
	const char *w = "  66: 0100007F:00FF 0100007F:0000 01 00000000:00000000 00:00000000 "
			"00000000     0        0 400114 2 00000000269c402b 0";
	assert_int_equal(inet(w, PROTO_RAW, AF_INET, &r), 0);
	assert_int_equal(r.proto, PROTO_RAW);
	assert_int_equal(r.raw_protocol, 255);
	assert_int_equal(r.local.port, 255); /* ss shows the protocol as the port */
	assert_int_equal(r.remote.port, 0);
	assert_int_equal(r.state, ST_ESTABLISHED);
	const char *w6 = "  171: 00000000000000000000000000000000:003A 00000000000000000000000000000000:0000 "
			 "07 00000000:00000000 00:00000000 00000000     0        0 400115 2 0 0";
	assert_int_equal(inet(w6, PROTO_RAW, AF_INET6, &r), 0);
	assert_int_equal(r.raw_protocol, 58);
	assert_true(sock_addr_is_any(AF_INET6, r.local.addr));
	const char *big = "  1: 00000000:0106 00000000:0000 07 00000000:00000000 00:00000000 "
			  "00000000     0        0 9 2 0 0";
	assert_int_equal(inet(big, PROTO_RAW, AF_INET, &r), 0);
	assert_int_equal(r.local.port, 262);
	assert_int_equal(r.raw_protocol, 0); /* does not fit; the port keeps it */
}

static void test_headers(void **st)
{
	(void)st;
	struct sock_rec r;
	assert_int_equal(inet("  sl  local_address rem_address   st tx_queue rx_queue tr tm->when "
			      "retrnsmt   uid  timeout inode     \n", PROTO_TCP, AF_INET, &r),
			 PROC_PARSE_HEADER);
	assert_int_equal(inet("   sl  local_address rem_address", PROTO_UDP, AF_INET, &r),
			 PROC_PARSE_HEADER);
	assert_int_equal(unx("Num       RefCount Protocol Flags    Type St Inode Path\n", &r),
			 PROC_PARSE_HEADER);
	assert_int_equal(inet("slx local", PROTO_TCP, AF_INET, &r), -EINVAL);
	assert_int_equal(unx("Numb", &r), -EINVAL);
}

static void test_inet_garbage(void **st)
{
	(void)st;
	struct sock_rec r;
	static const char *const bad[] = {
		"",
		"\n",
		"     ",
		"   1:",
		"   1: 0100007F:1388 00000000:0000 0A 0000",
		"   1 0100007F:1388 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 1",
		"  x1: 0100007F:1388 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 1",
		"   1: 0100007G:1388 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 1",
		"   1: 0100007F:138 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 1",
		"   1: 0100007F1388 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 1",
		"   1: 0100007F:1388 00000000:0000 A 00000000:00000000x 00:00000000 00000000 0 0 1",
		"   1: 0100007F:1388 00000000:0000 0A 000000000:00000000 00:00000000 00000000 0 0 1",
		"   1: 0100007F:1388 00000000:0000 0A 00000000-00000000 00:00000000 00000000 0 0 1",
		"   1: 0100007F:1388 00000000:0000 0A 00000000:00000000 06:00000000 00000000 0 0 1",
		"   1: 0100007F:1388 00000000:0000 0A 00000000:00000000 00:00000000 000000000 0 0 1",
		"   1: 0100007F:1388 00000000:0000 0A 00000000:00000000 00:00000000 00000000 -1 0 1",
		"   1: 0100007F:1388 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 x 1",
		"   1: 0100007F:1388 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 1x",
		"   1: 0100007F:1388 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0",
		"   1: 0100007F:1388 00000000:0000 ZZ 00000000:00000000 00:00000000 00000000 0 0 1",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		if (inet(bad[i], PROTO_TCP, AF_INET, &r) != -EINVAL)
			fail_msg("accepted: \"%s\"", bad[i]);
	}
	const char *ok = "   1: 0100007F:1388 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 -3 1";
	assert_int_equal(inet(ok, PROTO_TCP, AF_INET, &r), 0);
	/* len, not the NUL, bounds the line: a cut in the middle of the inode */
	assert_int_equal(proc_parse_inet_line(ok, strlen(ok) - 1, PROTO_TCP, AF_INET, &r), -EINVAL);
	assert_int_equal(inet(ok, PROTO_UNIX, AF_INET, &r), -EINVAL);
	assert_int_equal(inet(ok, PROTO_TCP, AF_UNIX, &r), -EINVAL);
	assert_int_equal(proc_parse_inet_line(NULL, 0, PROTO_TCP, AF_INET, &r), -EINVAL);
}

#define UNIX_HEAD "00000000f9095e96: 00000002 00000000 "

static void test_unix_lines(void **st)
{
	(void)st;
	struct sock_rec r;
	assert_int_equal(unx(UNIX_HEAD "00010000 0001 01 400116 /tmp/x/with space.sock\n", &r), 0);
	assert_int_equal(r.proto, PROTO_UNIX);
	assert_int_equal(r.family, AF_UNIX);
	assert_int_equal(r.unix_type, SOCK_STREAM);
	assert_int_equal(r.state, ST_LISTEN);
	assert_int_equal(r.inode, 400116);
	assert_int_equal(r.path_len, 22);
	assert_string_equal(r.path, "/tmp/x/with space.sock");
	assert_int_equal(r.have, HAVE_INODE);

	assert_int_equal(unx(UNIX_HEAD "00010000 0005 01 400118 @sockls@abstract", &r), 0);
	assert_int_equal(r.unix_type, SOCK_SEQPACKET);
	assert_int_equal(r.path_len, 16);
	assert_memory_equal(r.path, "\0sockls@abstract", 16);

	assert_int_equal(unx(UNIX_HEAD "00000000 0001 03 400120", &r), 0);
	assert_int_equal(r.state, ST_ESTABLISHED);
	assert_int_equal(r.path_len, 0);
	assert_int_equal(r.path[0], '\0');

	/* St 02: an unaccepted connection, ESTABLISHED to the kernel (as unix_diag says) */
	assert_int_equal(unx(UNIX_HEAD "00000000 0001 02     0 /run/l.sock", &r), 0);
	assert_int_equal(r.state, ST_ESTABLISHED);
	assert_int_equal(r.inode, 0);
	assert_int_equal(unx(UNIX_HEAD "00000000 0002 01 4294967301  two  spaces ", &r), 0);
	assert_int_equal(r.unix_type, SOCK_DGRAM);
	assert_int_equal(r.state, ST_CLOSE);
	assert_string_equal(sock_state_name(r.proto, r.state), "UNCONN");
	assert_int_equal(r.inode, 4294967301ULL);
	assert_string_equal(r.path, " two  spaces ");
	assert_int_equal(unx(UNIX_HEAD "00000000 0001 04 7 /o", &r), 0);
	assert_int_equal(r.state, ST_CLOSE);
}

static void test_unix_path_limits(void **st)
{
	(void)st;
	struct sock_rec r;
	char line[512], path[SOCK_UNIX_PATH_MAX + 2];
	memset(path, 'p', sizeof(path));
	path[0] = '/';
	path[SOCK_UNIX_PATH_MAX] = '\0';
	snprintf(line, sizeof(line), UNIX_HEAD "00000000 0001 01 5 %s", path);
	assert_int_equal(unx(line, &r), 0);
	assert_int_equal(r.path_len, 108);
	assert_int_equal(r.path[108], '\0');
	assert_memory_equal(r.path, path, 108);
	path[SOCK_UNIX_PATH_MAX] = 'p';
	path[SOCK_UNIX_PATH_MAX + 1] = '\0';
	snprintf(line, sizeof(line), UNIX_HEAD "00000000 0001 01 5 %s", path);
	assert_int_equal(unx(line, &r), -EINVAL);
	/* ESC and other bytes stay as they are: escaping is the writers' job */
	assert_int_equal(unx(UNIX_HEAD "00000000 0001 01 5 /a\x1b[2Jb", &r), 0);
	assert_int_equal(r.path_len, 7);
	assert_memory_equal(r.path, "/a\x1b[2Jb", 7);
}

static void test_unix_garbage(void **st)
{
	(void)st;
	struct sock_rec r;
	static const char *const bad[] = {
		"",
		"0000: 00000002",
		"line",
		"00000000f9095e96 00000002 00000000 00000000 0001 01 5",
		"0000000g: 00000002 00000000 00000000 0001 01 5",
		"00000000000000000: 00000002 00000000 00000000 0001 01 5",
		UNIX_HEAD "00000000 0003 01 5 /raw-type",
		UNIX_HEAD "00000000 0001 05 5 /st5",
		UNIX_HEAD "00000000 0001 00 5",
		UNIX_HEAD "00000000 0001 01",
		UNIX_HEAD "00000000 0001 01 x5",
		UNIX_HEAD "00000000 0001 01 5 ",
		UNIX_HEAD "00000000 0001 01 5\t/tab",
		UNIX_HEAD "000000000 0001 01 5",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		if (unx(bad[i], &r) != -EINVAL)
			fail_msg("accepted: \"%s\"", bad[i]);
	}
	static const char nul[] = "00000000\0: 00000002 00000000 00000000 0001 01 5";
	assert_int_equal(proc_parse_unix_line(nul, sizeof(nul) - 1, &r), -EINVAL);
	assert_int_equal(proc_parse_unix_line(NULL, 0, &r), -EINVAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tcp_listen),
		cmocka_unit_test(test_tcp_timers_queues),
		cmocka_unit_test(test_tcp_every_state),
		cmocka_unit_test(test_tcp_short_lines),
		cmocka_unit_test(test_big_inodes_and_slots),
		cmocka_unit_test(test_tcp6_and_mapped),
		cmocka_unit_test(test_udp_raw),
		cmocka_unit_test(test_headers),
		cmocka_unit_test(test_inet_garbage),
		cmocka_unit_test(test_unix_lines),
		cmocka_unit_test(test_unix_path_limits),
		cmocka_unit_test(test_unix_garbage),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
