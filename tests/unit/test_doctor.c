/* SPDX-License-Identifier: MIT */
/* test_doctor.c - --doctor's pure parts with hand-worked numbers: thresholds,
 * the SYN queue limit, each check over two samples, unknown staying unknown. */
#include <errno.h>
#include <linux/sock_diag.h>
#include <linux/tcp.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "sockls/doctor.h"
#include "testrow.h"

static struct doc_thresholds T;

static int setup(void **state)
{
	(void)state;
	doc_thresholds_default(&T);
	return 0;
}

static const struct doc_ev *ev(const struct doc_finding *x, const char *name)
{
	for (unsigned int i = 0; i < x->n_ev; i++)
		if (!strcmp(x->ev[i].name, name))
			return &x->ev[i];
	fail_msg("no evidence %s", name);
	return NULL;
}

static void test_thresholds(void **state)
{
	struct doc_thresholds t;
	char msg[200];

	(void)state;
	doc_thresholds_default(&t);
	assert_true(t.v[THR_ACCEPT_PCT] == 90 && t.v[THR_EPH_HEADROOM_PCT] == 10);
	assert_int_equal(doc_threshold_set(&t, "accept-queue-pct=75.5", msg, sizeof(msg)), 0);
	assert_true(t.v[THR_ACCEPT_PCT] == 75.5);
	assert_int_equal(doc_threshold_set(&t, "close-wait=3", msg, sizeof(msg)), 0);
	assert_true(t.v[THR_CLOSE_WAIT_WARN] == 3);
	assert_int_equal(doc_threshold_set(&t, "nosuch=1", msg, sizeof(msg)), -EINVAL);
	assert_string_equal(msg, "unknown --doctor-threshold 'nosuch' (see 'man sockls': DOCTOR)");
	assert_int_equal(doc_threshold_set(&t, "accept-queue-pct=101", msg, sizeof(msg)), -EINVAL);
	assert_non_null(strstr(msg, "'accept-queue-pct=101'"));
	assert_int_equal(doc_threshold_set(&t, "drops=-1", msg, sizeof(msg)), -EINVAL);
	assert_int_equal(doc_threshold_set(&t, "drops=1e3", msg, sizeof(msg)), -EINVAL);
	assert_int_equal(doc_threshold_set(&t, "drops", msg, sizeof(msg)), -EINVAL);
	assert_int_equal(doc_threshold_set(&t, "drops=", msg, sizeof(msg)), -EINVAL);
	assert_int_equal(doc_sev_parse("critical", false), DOC_CRITICAL);
	assert_int_equal(doc_sev_parse("none", false), -1);
	assert_int_equal(doc_sev_parse("none", true), DOC_FAIL_NONE);
}

/* kstat counters of a namespace: field -> (first, second) */
static void set_counter(struct doc_ns_facts *ns, const char *field, uint64_t a, uint64_t b)
{
	unsigned int n;
	const struct kstat_def *d = kstat_defs(&n);

	for (unsigned int i = 0; i < n; i++)
		if (!strcmp(d[i].field, field)) {
			ns->k[0].v[i] = a;
			ns->k[1].v[i] = b;
			ns->k[0].have |= 1u << i;
			ns->k[1].have |= 1u << i;
			ns->have_k[0] = ns->have_k[1] = true;
			return;
		}
	fail_msg("no counter %s", field);
}

static void test_syn_limit(void **state)
{
	struct doc_ns_facts ns;
	struct doc_listener l = { .have_backlog = true, .backlog = 128 };

	(void)state;
	doc_ns_facts_init(&ns);
	assert_int_equal(doc_syn_limit(&l, &ns), 128);      /* settings unknown: the backlog */
	ns.syncookies = 0;
	ns.max_syn_backlog = 100;                             /* 100 - 100/4 = 75 */
	assert_int_equal(doc_syn_limit(&l, &ns), 75);
	ns.max_syn_backlog = 1024;                            /* 768 > 128 */
	assert_int_equal(doc_syn_limit(&l, &ns), 128);
	ns.syncookies = 1;
	ns.max_syn_backlog = 100;                             /* cookies: the backlog alone */
	assert_int_equal(doc_syn_limit(&l, &ns), 128);
	l.have_backlog = false;
	assert_int_equal(doc_syn_limit(&l, &ns), 0);
}

static void test_accept_queue(void **state)
{
	struct doc_ns_facts ns;
	struct doc_findings f;
	struct doc_listener l = { .have_backlog = true, .backlog = 4, .recv_q_max = 5, .port = 8080,
				  .family = AF_INET, .addr = { 127, 0, 0, 1 } };

	(void)state;
	doc_ns_facts_init(&ns);
	doc_findings_init(&f, 20);
	set_counter(&ns, "ListenOverflows", 10, 47);
	/* 5 waiting, backlog 4: the kernel's "full" is more than the backlog */
	assert_int_equal(doc_check_listener(&l, &ns, &T, &f), 1);
	assert_int_equal(f.n, 1);
	assert_int_equal(f.v[0].sev, DOC_CRITICAL);
	assert_string_equal(f.v[0].what, "127.0.0.1:8080");
	assert_int_equal(ev(&f.v[0], "recv_q")->u, 5);
	assert_true(ev(&f.v[0], "fill_pct")->d == 125.0);
	assert_int_equal(ev(&f.v[0], "listen_overflows_delta")->u, 37);
	/* ListenDrops was not given: unknown, not 0 */
	assert_false(ev(&f.v[0], "listen_drops_delta")->known);
	/* 4 of 4 = 100% >= 90: nearly full, a warning; 3 of 4 = 75%: nothing */
	l.recv_q_max = 4;
	assert_int_equal(doc_check_listener(&l, &ns, &T, &f), 0);
	assert_int_equal(f.n, 2);
	assert_int_equal(f.v[1].sev, DOC_WARNING);
	assert_false(ev(&f.v[1], "listen_overflows_delta")->known);
	l.recv_q_max = 3;
	doc_check_listener(&l, &ns, &T, &f);
	assert_int_equal(f.n, 2);
	assert_true(ns.accept_max_pct == 125.0);
	/* the overflows are blamed on the full listener: no host finding */
	doc_check_counters(&ns, 1, 0, &f);
	assert_int_equal(f.n, 2);
	/* no listener seen full: the namespace gets the finding */
	doc_check_counters(&ns, 0, 0, &f);
	assert_int_equal(f.n, 3);
	assert_int_equal(f.v[2].subject, DOC_SUBJ_HOST);
	assert_int_equal(ev(&f.v[2], "listen_overflows_delta")->u, 37);
	doc_findings_free(&f);
}

static void test_syn_queue(void **state)
{
	struct doc_ns_facts ns;
	struct doc_findings f;
	struct doc_listener l = { .have_backlog = true, .backlog = 128, .syn_recv_max = 75 };

	(void)state;
	doc_ns_facts_init(&ns);
	doc_findings_init(&f, 20);
	ns.syncookies = 0;
	ns.max_syn_backlog = 100;
	set_counter(&ns, "TCPReqQFullDrop", 0, 12);
	assert_int_equal(doc_check_listener(&l, &ns, &T, &f), 2);
	assert_int_equal(f.n, 1);
	assert_int_equal(f.v[0].check, DOC_CHK_SYN);
	assert_int_equal(f.v[0].sev, DOC_CRITICAL);
	assert_int_equal(ev(&f.v[0], "limit")->u, 75);
	assert_int_equal(ev(&f.v[0], "syncookies")->u, 0);
	assert_int_equal(ev(&f.v[0], "reqq_full_drop_delta")->u, 12);
	assert_false(ev(&f.v[0], "reqq_full_do_cookies_delta")->known);
	l.syn_recv_max = 70;              /* 93.3% of 75: a warning */
	doc_check_listener(&l, &ns, &T, &f);
	assert_int_equal(f.n, 2);
	assert_int_equal(f.v[1].sev, DOC_WARNING);
	l.syn_recv_max = 60;              /* 80%: nothing */
	doc_check_listener(&l, &ns, &T, &f);
	assert_int_equal(f.n, 2);
	/* no listener at its limit: the drops are the namespace's, critical */
	doc_check_counters(&ns, 0, 0, &f);
	assert_int_equal(f.n, 3);
	assert_int_equal(f.v[2].sev, DOC_CRITICAL);
	doc_findings_free(&f);
}

/* Udp InErrors counts full buffers too: a finding only for errors beyond them. */
static void test_udp_counters(void **state)
{
	struct doc_ns_facts ns;
	struct doc_findings f;

	(void)state;
	doc_ns_facts_init(&ns);
	doc_findings_init(&f, 20);
	set_counter(&ns, "RcvbufErrors", 10, 59);
	set_counter(&ns, "InErrors", 10, 59);
	doc_check_counters(&ns, 0, 0, &f);
	assert_int_equal(f.n, 1);
	assert_int_equal(ev(&f.v[0], "udp_rcvbuf_errors_delta")->u, 49);
	set_counter(&ns, "InErrors", 10, 64);          /* 5 more than the full buffers */
	doc_check_counters(&ns, 0, 0, &f);
	assert_int_equal(f.n, 3);
	assert_int_equal(ev(&f.v[2], "udp_in_errors_delta")->u, 54);
	doc_findings_free(&f);
}

static void test_host_limits(void **state)
{
	struct doc_ns_facts ns;
	struct doc_findings f;

	(void)state;
	doc_ns_facts_init(&ns);
	doc_findings_init(&f, 20);
	ns.host_global = true;
	ns.orphans = 900;                 /* 90% of 1000 >= 80: warning */
	ns.max_orphans = 1000;
	ns.tw = 100;                      /* tcp_max_tw_buckets unknown: nothing */
	ns.mem_pages = 150;               /* above min 100, below pressure 200: info */
	ns.tcp_mem[0] = 100;
	ns.tcp_mem[1] = 200;
	ns.tcp_mem[2] = 300;
	doc_check_host(&ns, &T, &f);
	assert_int_equal(f.n, 2);
	assert_int_equal(f.v[0].sev, DOC_WARNING);
	assert_true(ev(&f.v[0], "pct")->d == 90.0);
	assert_int_equal(f.v[1].sev, DOC_INFO);
	assert_int_equal(ev(&f.v[1], "mem_pages")->u, 150);
	ns.orphans = 1000;                /* at the limit: critical */
	ns.mem_pages = 300;               /* at max: critical */
	ns.max_tw_buckets = 125;          /* 100 of 125 = 80%: warning */
	doc_check_host(&ns, &T, &f);
	assert_int_equal(f.n, 5);
	assert_int_equal(f.v[2].sev, DOC_CRITICAL);
	assert_int_equal(f.v[3].sev, DOC_CRITICAL);
	assert_int_equal(f.v[4].sev, DOC_WARNING);
	/* another namespace: the host-wide ones are judged once */
	ns.host_global = false;
	doc_check_host(&ns, &T, &f);
	assert_int_equal(f.n, 6);
	doc_findings_free(&f);
}

static struct sock_rec conn(unsigned int state, uint32_t send_q, const struct tcp_info *ti)
{
	struct sock_rec r = testrec_inet(PROTO_TCP, AF_INET, state, "10.0.0.1", 40000,
					 "10.0.0.2", 80);

	r.send_q = send_q;
	r.have |= HAVE_TIMER | HAVE_COOKIE | HAVE_TCP_INFO;
	r.cookie = 7;
	_Static_assert(sizeof(*ti) <= SOCK_TCP_INFO_MAX, "tcp_info fits");
	memcpy(r.tcp_info, ti, sizeof(*ti));
	r.tcp_info_len = sizeof(*ti);
	return r;
}

static void test_stalled(void **state)
{
	struct doc_findings f;
	struct tcp_info ti = { .tcpi_snd_wnd = 0 };
	struct sock_rec r = conn(ST_ESTABLISHED, 1000, &ti);
	struct doc_prev p = { .cookie = 7, .send_q = 100, .have_acked = true };

	(void)state;
	doc_findings_init(&f, 20);
	/* a zero window with 1000 bytes waiting */
	assert_true(doc_check_stalled(&r, NULL, &T, 0, &f));
	assert_int_equal(f.v[0].sev, DOC_WARNING);
	assert_string_equal(f.v[0].what, "tcp 10.0.0.1:40000 -> 10.0.0.2:80");
	assert_int_equal(ev(&f.v[0], "snd_wnd_bytes")->u, 0);
	assert_false(ev(&f.v[0], "send_q_before_bytes")->known);
	/* an open window and nothing else: healthy */
	ti.tcpi_snd_wnd = 65535;
	ti.tcpi_bytes_acked = 5000;
	r = conn(ST_ESTABLISHED, 1000, &ti);
	p.bytes_acked = 1000;       /* 4000 bytes acknowledged since: moving */
	assert_false(doc_check_stalled(&r, &p, &T, 0, &f));
	p.bytes_acked = 5000;       /* 100 -> 1000 bytes and nothing acknowledged */
	assert_true(doc_check_stalled(&r, &p, &T, 0, &f));
	assert_int_equal(ev(&f.v[1], "send_q_before_bytes")->u, 100);
	/* SYN_SENT, 2 unanswered retransmissions, backoff 4: critical */
	memset(&ti, 0, sizeof(ti));
	ti.tcpi_retransmits = 2;
	ti.tcpi_backoff = 4;
	r = conn(ST_SYN_SENT, 1, &ti);
	assert_true(doc_check_stalled(&r, NULL, &T, 0, &f));
	assert_int_equal(f.v[2].sev, DOC_CRITICAL);
	/* rwnd limited 600 ms of 1 s busy = 60% >= 50: info; 0.5 s busy: too short */
	memset(&ti, 0, sizeof(ti));
	ti.tcpi_snd_wnd = 1000;
	ti.tcpi_busy_time = 1000000;
	ti.tcpi_rwnd_limited = 600000;
	r = conn(ST_ESTABLISHED, 0, &ti);
	assert_true(doc_check_stalled(&r, NULL, &T, 0, &f));
	assert_int_equal(f.v[3].sev, DOC_INFO);
	assert_true(ev(&f.v[3], "rwnd_limited_pct")->d == 60.0);
	ti.tcpi_busy_time = 500000;
	r = conn(ST_ESTABLISHED, 0, &ti);
	assert_false(doc_check_stalled(&r, NULL, &T, 0, &f));
	/* a kernel without tcp_info: nothing known, nothing found */
	r.have &= ~HAVE_TCP_INFO;
	r.tcp_info_len = 0;
	r.send_q = 1000;
	assert_false(doc_check_stalled(&r, NULL, &T, 0, &f));
	doc_findings_free(&f);
}

static void test_drops(void **state)
{
	struct doc_findings f;
	struct sock_rec r = testrec_inet(PROTO_UDP, AF_INET, ST_CLOSE, "127.0.0.1", 53, NULL, 0);
	struct doc_prev p = { .cookie = 1, .drops = 10, .have_drops = true };

	(void)state;
	doc_findings_init(&f, 20);
	r.have |= HAVE_MEMINFO;
	r.meminfo[SK_MEMINFO_DROPS] = 35;
	assert_true(doc_check_drops(&r, &p, &T, 0, &f));
	assert_int_equal(ev(&f.v[0], "drops_delta")->u, 25);
	assert_int_equal(f.v[0].sev, DOC_WARNING);
	r.meminfo[SK_MEMINFO_DROPS] = 1010;   /* 1000 in the sample: critical */
	assert_true(doc_check_drops(&r, &p, &T, 0, &f));
	assert_int_equal(f.v[1].sev, DOC_CRITICAL);
	assert_false(doc_check_drops(&r, NULL, &T, 0, &f));  /* new socket: no delta */
	r.meminfo[SK_MEMINFO_DROPS] = 10;
	assert_false(doc_check_drops(&r, &p, &T, 0, &f));
	r.meminfo[SK_MEMINFO_DROPS] = 5;      /* went back: not a delta */
	assert_false(doc_check_drops(&r, &p, &T, 0, &f));
	doc_findings_free(&f);
}

static void test_close_wait(void **state)
{
	struct doc_ns_facts ns[1];
	struct doc_findings f;
	struct doc_cw v[6] = {
		{ .have_owner = true, .owner = { .pid = 10 }, .have_age = true, .age_ms = 100 },
		{ .have_owner = true, .owner = { .pid = 20 }, .have_age = true, .age_ms = 900 },
		{ .have_uid = true, .uid = 1000 },
		{ .have_owner = true, .owner = { .pid = 10 }, .have_age = true, .age_ms = 500 },
		{ .have_uid = true, .uid = 1000 },
		{ .have_owner = true, .owner = { .pid = 10 }, .have_age = true, .age_ms = 300 },
	};
	struct doc_thresholds t = T;

	(void)state;
	doc_ns_facts_init(ns);
	doc_findings_init(&f, 20);
	t.v[THR_CLOSE_WAIT_WARN] = 2;
	assert_int_equal(doc_check_close_wait(v, 6, &t, ns, &f), 5);  /* pid 20's one is below */
	assert_int_equal(f.n, 2);
	assert_string_equal(f.v[0].what, "pid 10");
	assert_int_equal(ev(&f.v[0], "close_wait")->u, 3);
	assert_int_equal(ev(&f.v[0], "oldest_ms")->u, 500);
	assert_string_equal(f.v[1].what, "uid 1000 (process not visible)");
	assert_false(ev(&f.v[1], "oldest_ms")->known);
	assert_int_equal(ns[0].close_wait_held, 6);
	doc_findings_free(&f);
}

static void test_limit_and_order(void **state)
{
	struct doc_findings f;

	(void)state;
	doc_findings_init(&f, 2);
	for (int i = 0; i < 5; i++)
		assert_true((doc_add(&f, DOC_CHK_STALLED, DOC_WARNING, DOC_SUBJ_SOCKET, 0) != NULL) ==
			    (i < 2));
	assert_non_null(doc_add(&f, DOC_CHK_HOST, DOC_CRITICAL, DOC_SUBJ_HOST, 0));
	assert_int_equal(f.more[DOC_CHK_STALLED][DOC_WARNING], 3);
	doc_findings_finish(&f);
	assert_int_equal(f.n, 4);
	assert_int_equal(f.v[0].check, DOC_CHK_HOST);      /* critical first */
	assert_string_equal(f.v[3].what, "3 more");
	assert_int_equal(ev(&f.v[3], "more_findings")->u, 3);
	assert_int_equal(doc_worst(&f), DOC_CRITICAL);
	doc_findings_free(&f);
	assert_int_equal(doc_worst(&f), -1);
}

static void test_delta_unknown(void **state)
{
	struct doc_ns_facts ns;
	uint64_t d = 99;

	(void)state;
	doc_ns_facts_init(&ns);
	assert_false(doc_delta(&ns, "TcpExt", "ListenOverflows", &d));
	set_counter(&ns, "ListenOverflows", 50, 40);      /* went back: unknown */
	assert_false(doc_delta(&ns, "TcpExt", "ListenOverflows", &d));
	set_counter(&ns, "ListenOverflows", 40, 50);
	assert_true(doc_delta(&ns, "TcpExt", "ListenOverflows", &d));
	assert_int_equal(d, 10);
	ns.have_k[0] = false;                              /* the first read failed */
	assert_false(doc_delta(&ns, "TcpExt", "ListenOverflows", &d));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_thresholds),
		cmocka_unit_test(test_syn_limit),
		cmocka_unit_test(test_accept_queue),
		cmocka_unit_test(test_syn_queue),
		cmocka_unit_test(test_udp_counters),
		cmocka_unit_test(test_host_limits),
		cmocka_unit_test(test_stalled),
		cmocka_unit_test(test_drops),
		cmocka_unit_test(test_close_wait),
		cmocka_unit_test(test_limit_and_order),
		cmocka_unit_test(test_delta_unknown),
	};
	return cmocka_run_group_tests(tests, setup, NULL);
}
