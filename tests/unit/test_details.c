/* SPDX-License-Identifier: MIT */
/* test_details.c - exact -o -e -m -i -p texts for hand-built records, short tcp_info, unknown facts. */
#include <netinet/in.h>
#include <linux/tcp.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#include <cmocka.h>

#include "sockls/cgroup.h"
#include "sockls/details.h"
#include "sockls/services.h"
#include "sockls/query.h"
#include "sockls/users.h"

#include "testrow.h"

static struct sock_rec tcp_rec(void)
{
	struct sock_rec r;
	memset(&r, 0, sizeof(r));
	r.proto = PROTO_TCP;
	r.family = AF_INET;
	r.state = ST_ESTABLISHED;
	return r;
}

static void expect(const struct sock_rec *r, uint32_t ext, const char *want)
{
	char buf[DETAILS_MAX];
	memset(buf, 'Z', sizeof(buf));
	struct sock_row row = testrow_ext(r, ext);
	size_t n = details_format(&row, ext, buf, sizeof(buf));
	assert_string_equal(buf, want);
	assert_int_equal(n, strlen(want));
}

static void timer_case(unsigned int timer, uint32_t ms, uint8_t retrans, const char *want)
{
	struct sock_rec r = tcp_rec();
	r.have = HAVE_TIMER;
	r.timer = (uint8_t)timer;
	r.expires_ms = ms;
	r.retrans = retrans;
	expect(&r, EXT_TIMERS, want);
}

static void test_timers(void **state)
{
	(void)state;
	timer_case(TIMER_KEEPALIVE, 598000, 0, "timer:(keepalive,9min58sec,0)");
	timer_case(TIMER_ON, 4580, 2, "timer:(on,4.580sec,2)");
	timer_case(TIMER_ON, 200, 0, "timer:(on,200ms,0)");
	timer_case(TIMER_TIMEWAIT, 59000, 0, "timer:(timewait,59sec,0)");
	timer_case(TIMER_PROBE, 605000, 255, "timer:(probe,10min,255)");
	timer_case(TIMER_KEEPALIVE, 60000, 0, "timer:(keepalive,1min,0)");
	timer_case(TIMER_DELACK, 0, 0, "timer:(delack,0ms,0)");
	timer_case(9, 1, 0, "timer:(unknown,1ms,0)");
	timer_case(TIMER_OFF, 0, 0, "");

	struct sock_rec r = tcp_rec();
	r.timer = TIMER_ON; /* no HAVE_TIMER: unknown, not "off" */
	expect(&r, EXT_TIMERS, "timer:?");
	r.proto = PROTO_UDP;
	expect(&r, EXT_TIMERS, "");
}

static void test_extended(void **state)
{
	(void)state;
	struct sock_rec r = tcp_rec();
	expect(&r, EXT_EXTENDED, "uid:? ino:? sk:?"); /* port 0 has no class */
	r.have = HAVE_UID | HAVE_INODE | HAVE_COOKIE;
	r.uid = 1000;
	r.inode = 4294967296ull;
	r.cookie = 0xffff8881deadbeefull;
	r.local.port = 50000; /* RFC 6335: dynamic from 49152 */
	const uint32_t num = EXT_EXTENDED | EXT_NUMERIC;
	expect(&r, num, "uid:1000 ino:4294967296 sk:ffff8881deadbeef class:dynamic");
	r.family = AF_INET6;
	r.v6only = 1;
	expect(&r, num, "uid:1000 ino:4294967296 sk:ffff8881deadbeef class:dynamic");
	r.have |= HAVE_V6ONLY;
	expect(&r, num, "uid:1000 ino:4294967296 sk:ffff8881deadbeef v6only:1 class:dynamic");
	r.v6only = 0;
	r.have = HAVE_INODE;
	r.inode = 0;
	r.local.port = 5000; /* RFC 6335: registered 1024-49151 */
	expect(&r, num, "uid:? ino:0 sk:? class:registered");
	/* Without -n the uid gets its user name; root always resolves. */
	r.have = HAVE_UID;
	r.uid = 0;
	expect(&r, EXT_EXTENDED, "uid:0(root) ino:? sk:? class:registered");
	r.proto = PROTO_UNIX;
	expect(&r, num, "uid:0 ino:? sk:?");
}

static void test_memory(void **state)
{
	(void)state;
	struct sock_rec r = tcp_rec();
	expect(&r, EXT_MEMORY, "skmem:?");
	r.have = HAVE_MEMINFO;
	const uint32_t m[SOCK_MEMINFO_VARS] = { 1, 131072, 2, 2626560, 3, 4, 5, 6, 7 };
	memcpy(r.meminfo, m, sizeof(m));
	expect(&r, EXT_MEMORY, "skmem:(r1,rb131072,t2,tb2626560,f3,w4,o5,bl6,d7)");
	r.state = ST_TIME_WAIT;
	expect(&r, EXT_MEMORY, "");
	r.proto = PROTO_UNIX;
	r.state = ST_ESTABLISHED;
	expect(&r, EXT_MEMORY, "skmem:(r1,rb131072,t2,tb2626560,f3,w4,o5,bl6,d7)");
}

static void test_order_and_truncation(void **state)
{
	(void)state;
	struct sock_rec r = tcp_rec();
	r.have = HAVE_TIMER | HAVE_UID | HAVE_MEMINFO;
	r.timer = TIMER_ON;
	r.expires_ms = 1500;
	r.uid = 0;
	r.local.port = 22;
	expect(&r, EXT_MEMORY | EXT_EXTENDED | EXT_TIMERS | EXT_NUMERIC,
	       "timer:(on,1.500sec,0) uid:0 ino:? sk:? class:well-known "
	       "skmem:(r0,rb0,t0,tb0,f0,w0,o0,bl0,d0)");
	char buf[40];
	/* only whole items: the skmem item does not fit in what is left */
	size_t n = details_format(&(struct sock_row){ .rec = &r }, EXT_TIMERS | EXT_MEMORY, buf, 30);
	assert_string_equal(buf, "timer:(on,1.500sec,0) ");
	assert_int_equal(n, strlen(buf));
	n = details_format(&(struct sock_row){ .rec = &r }, EXT_MEMORY, buf, 10);
	assert_string_equal(buf, "");
	assert_int_equal(n, 0);
	buf[0] = 'x';
	assert_int_equal(details_format(&(struct sock_row){ .rec = &r }, EXT_MEMORY, buf, 0), 0);
	assert_int_equal(buf[0], 'x');
	assert_int_equal(details_format(&(struct sock_row){ .rec = &r }, 0, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "");
}

static struct sock_rec info_rec(size_t len)
{
	struct sock_rec r = tcp_rec();
	struct tcp_info ti;
	memset(&ti, 0, sizeof(ti));
	ti.tcpi_options = TCPI_OPT_TIMESTAMPS | TCPI_OPT_SACK | TCPI_OPT_WSCALE;
	ti.tcpi_snd_wscale = 7;
	ti.tcpi_rcv_wscale = 6;
	ti.tcpi_delivery_rate_app_limited = 1;
	ti.tcpi_rto = 204000;
	ti.tcpi_ato = 40000;
	ti.tcpi_snd_mss = 32768;
	ti.tcpi_rcv_mss = 536;
	ti.tcpi_last_data_sent = 10;
	ti.tcpi_last_data_recv = 20;
	ti.tcpi_last_ack_recv = 30;
	ti.tcpi_pmtu = 65535;
	ti.tcpi_rcv_ssthresh = 65483;
	ti.tcpi_rtt = 50;
	ti.tcpi_rttvar = 25;
	ti.tcpi_snd_ssthresh = 0x7fffffff;
	ti.tcpi_snd_cwnd = 10;
	ti.tcpi_advmss = 65483;
	ti.tcpi_reordering = 3;
	ti.tcpi_rcv_space = 65483;
	ti.tcpi_pacing_rate = 1310720000;
	ti.tcpi_max_pacing_rate = UINT64_MAX;
	ti.tcpi_bytes_acked = 101;
	ti.tcpi_bytes_received = 50;
	ti.tcpi_segs_out = 5;
	ti.tcpi_segs_in = 4;
	ti.tcpi_min_rtt = 50;
	ti.tcpi_data_segs_out = 2;
	ti.tcpi_busy_time = 12000;
	ti.tcpi_bytes_sent = 100;
	ti.tcpi_snd_wnd = 65536;
	memcpy(r.tcp_info, &ti, sizeof(ti));
	r.tcp_info_len = (uint16_t)len;
	r.have = HAVE_TCP_INFO | HAVE_CONG;
	strcpy(r.cong, "cubic");
	return r;
}

static void test_info_full(void **state)
{
	(void)state;
	struct sock_rec r = info_rec(sizeof(struct tcp_info));
	expect(&r, EXT_INFO,
	       "ts sack cubic wscale:7,6 rto:204 rtt:0.05/0.025 ato:40 mss:32768 pmtu:65535"
	       " rcvmss:536 advmss:65483 cwnd:10 bytes_sent:100 bytes_acked:101"
	       " bytes_received:50 segs_out:5 segs_in:4 data_segs_out:2 send 52.4Gbps"
	       " lastsnd:10 lastrcv:20 lastack:30 pacing_rate 10.5Gbps app_limited busy:12ms"
	       " rcv_space:65483 rcv_ssthresh:65483 minrtt:0.05 snd_wnd:65536");
	/* a bogus length beyond our buffer is clamped, never read past */
	r.tcp_info_len = 60000;
	char buf[DETAILS_MAX];
	assert_true(details_format(&(struct sock_row){ .rec = &r }, EXT_INFO, buf, sizeof(buf)) > 0);
}

static void test_info_more(void **state)
{
	(void)state;
	struct sock_rec r = info_rec(sizeof(struct tcp_info));
	struct tcp_info *ti = (struct tcp_info *)(void *)r.tcp_info;
	r.have = HAVE_TCP_INFO; /* no congestion algorithm */
	ti->tcpi_options = TCPI_OPT_ECN | TCPI_OPT_ECN_SEEN | TCPI_OPT_SYN_DATA;
	ti->tcpi_delivery_rate_app_limited = 0;
	ti->tcpi_backoff = 2;
	ti->tcpi_snd_ssthresh = 7;
	ti->tcpi_max_pacing_rate = 2621440000ull;
	ti->tcpi_delivery_rate = 125000;
	ti->tcpi_rwnd_limited = 3000;
	ti->tcpi_retrans = 1;
	ti->tcpi_total_retrans = 4;
	ti->tcpi_reordering = 5;
	ti->tcpi_sacked = 9;
	ti->tcpi_rcv_rtt = 1500;
	memset(&ti->tcpi_bytes_sent, 0, sizeof(ti->tcpi_bytes_sent));
	ti->tcpi_snd_wnd = 0;
	expect(&r, EXT_INFO,
	       "ecn ecnseen fastopen rto:204 backoff:2 rtt:0.05/0.025 ato:40 mss:32768 pmtu:65535"
	       " rcvmss:536 advmss:65483 cwnd:10 ssthresh:7 bytes_acked:101"
	       " bytes_received:50 segs_out:5 segs_in:4 data_segs_out:2 send 52.4Gbps"
	       " lastsnd:10 lastrcv:20 lastack:30 pacing_rate 10.5Gbps/21.0Gbps"
	       " delivery_rate 1.0Mbps busy:12ms rwnd_limited:3ms(25.0%) retrans:1/4"
	       " sacked:9 reordering:5 rcv_rtt:1.5 rcv_space:65483 rcv_ssthresh:65483 minrtt:0.05");
	r.state = ST_LISTEN;
	char buf[DETAILS_MAX];
	details_format(&(struct sock_row){ .rec = &r }, EXT_INFO, buf, sizeof(buf));
	assert_null(strstr(buf, "sacked"));
	/* the kernel's ~0U min_rtt is "no sample yet" (tcp.h: ~0U), not 4294967.295 ms */
	ti->tcpi_min_rtt = UINT32_MAX;
	details_format(&(struct sock_row){ .rec = &r }, EXT_INFO, buf, sizeof(buf));
	assert_null(strstr(buf, "minrtt"));
}

static void test_info_short(void **state)
{
	(void)state;
	/* the tcp_info of old kernels ended before tcpi_rcv_rtt */
	struct sock_rec r = info_rec(offsetof(struct tcp_info, tcpi_rcv_rtt));
	expect(&r, EXT_INFO,
	       "ts sack cubic wscale:7,6 rto:204 rtt:0.05/0.025 ato:40 mss:32768 pmtu:65535"
	       " rcvmss:536 advmss:65483 cwnd:10 send 52.4Gbps lastsnd:10 lastrcv:20 lastack:30"
	       " rcv_ssthresh:65483");
	/* rtt present, rttvar cut off: no half-known rtt */
	r = info_rec(offsetof(struct tcp_info, tcpi_rttvar));
	expect(&r, EXT_INFO,
	       "ts sack cubic wscale:7,6 rto:204 ato:40 mss:32768 pmtu:65535 rcvmss:536"
	       " lastsnd:10 lastrcv:20 lastack:30 rcv_ssthresh:65483");
	r = info_rec(4);
	expect(&r, EXT_INFO, "cubic");
	r = info_rec(0);
	expect(&r, EXT_INFO, "cubic");
}

static void test_info_unknown(void **state)
{
	(void)state;
	struct sock_rec r = info_rec(sizeof(struct tcp_info));
	r.have = 0;
	expect(&r, EXT_INFO, "tcp_info:?");
	r.have = HAVE_CONG;
	expect(&r, EXT_INFO, "tcp_info:? cubic");
	r.state = ST_TIME_WAIT;
	expect(&r, EXT_INFO, "");
	/* a request socket as sock_diag reports it: SYN_RECV (3) with no inode */
	r.state = ST_SYN_RECV;
	r.have = HAVE_INODE;
	expect(&r, EXT_INFO | EXT_MEMORY, "");
	r.inode = 5; /* a full socket in SYN_RECV (TCP Fast Open) has both */
	expect(&r, EXT_INFO | EXT_MEMORY, "skmem:? tcp_info:?");
	r.state = ST_ESTABLISHED;
	r.proto = PROTO_UDP;
	expect(&r, EXT_INFO, "");
}

static void test_owners(void **state)
{
	(void)state;
	struct sock_owner o[3] = {
		{ .pid = 812, .fd = 3, .comm = "sshd" },
		{ .pid = 900, .fd = 3, .comm = "sshd" },
		{ .pid = 1, .fd = 2147483647, .comm = "a\033b\"c\\d\n" },
	};
	struct sock_rec rec = tcp_rec();
	struct sock_row r = testrow(&rec);
	char buf[512];
	assert_int_equal(details_owners(&r, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "");
	r.owners = o;
	r.n_owners = 2;
	const char *two = "users:((\"sshd\",pid=812,fd=3),(\"sshd\",pid=900,fd=3))";
	assert_int_equal(details_owners(&r, buf, sizeof(buf)), strlen(two));
	assert_string_equal(buf, two);
	/* enough room for both and the room a cut marker would need */
	assert_int_equal(details_owners(&r, buf, strlen(two) + 1 + DETAILS_CUT_ROOM), strlen(two));
	assert_string_equal(buf, two);
	/* short: the second owner is left out whole, and the cut is shown */
	details_owners(&r, buf, strlen("users:((\"sshd\",pid=812,fd=3)") + 40);
	assert_string_equal(buf, "users:((\"sshd\",pid=812,fd=3),... +1 more)");
	assert_int_equal(details_owners(&r, buf, 12), 0);
	assert_string_equal(buf, "");

	r.owners = &o[2];
	r.n_owners = 1;
	details_owners(&r, buf, sizeof(buf));
	assert_string_equal(buf, "users:((\"a\\x1bb\\x22c\\\\d\\x0a\",pid=1,fd=2147483647))");
	/* the worst case fits the documented size */
	struct sock_owner worst = { .pid = -2147483647 - 1, .fd = -2147483647 - 1 };
	memset(worst.comm, '\033', 15);
	r.owners = &worst;
	char small[16 + DETAILS_CUT_ROOM + DETAILS_OWNER_MAX];
	assert_true(details_owners(&r, small, sizeof(small)) > 15 * 4);
}

static void test_user(void **state)
{
	(void)state;
	char buf[64];
	assert_string_equal(users_name(0, buf, sizeof(buf)), "root");
	assert_string_equal(users_name(0, buf, sizeof(buf)), "root"); /* cached */
	assert_null(users_name(0, buf, 4));
	assert_null(users_name(4000000000u, buf, sizeof(buf)));
	assert_null(users_name(4000000000u, buf, sizeof(buf)));
}

/* --all-netns: the tag, then the owner's label escaped; cut to the buffer. */
static void test_netns_tag(void **state)
{
	struct cg_names n;
	struct cg_entry e = { 0, (char *)(uintptr_t)"/system.slice/docker-"
			      "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.scope",
			      &n };
	char buf[64];

	(void)state;
	cg_parse_path(e.path, &n);
	assert_int_equal(details_netns("ns:4026532801", NULL, buf, sizeof(buf)), 13);
	assert_string_equal(buf, "ns:4026532801");
	details_netns("ns:4026532801", &e, buf, sizeof(buf));
	assert_string_equal(buf, "ns:4026532801(ctr:docker/0123456789ab)");
	snprintf(n.ctr_name, sizeof(n.ctr_name), "a\x1b[2Jb");
	details_netns("blue", &e, buf, sizeof(buf));
	assert_string_equal(buf, "blue(ctr:docker/a\\x1b[2Jb)");
	assert_int_equal(details_netns("ns:4026532801", &e, buf, 16), 15);
	assert_int_equal(buf[15], '\0');
	assert_int_equal(buf[14], ')');
	assert_int_equal(details_netns("ns:4026532801", &e, buf, 14), 13); /* no room for "(..)" */
	assert_string_equal(buf, "ns:4026532801");
	assert_int_equal(details_netns("x", &e, buf, 0), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_timers),
		cmocka_unit_test(test_extended),
		cmocka_unit_test(test_memory),
		cmocka_unit_test(test_order_and_truncation),
		cmocka_unit_test(test_info_full),
		cmocka_unit_test(test_info_more),
		cmocka_unit_test(test_info_short),
		cmocka_unit_test(test_info_unknown),
		cmocka_unit_test(test_owners),
		cmocka_unit_test(test_user),
		cmocka_unit_test(test_netns_tag),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
