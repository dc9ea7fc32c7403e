/* SPDX-License-Identifier: MIT */
/* test_eph_watch.c - the --ephemeral report over time: new sockets by
 * identity (churn, TIME_WAIT reuse), growth of the ports in use, time to
 * exhaustion, unknown on the first refresh, and what the view and NDJSON say. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <cmocka.h>

#include "sockls/eph_watch.h"
#include "sockls/jsonw.h"
#include "sockls/watch_out.h"
#include "testrow.h"

#define assert_near(a, b) assert_true((double)(a) - (double)(b) < 1e-9 && (double)(b) - (double)(a) < 1e-9)

static struct eph_range *range(unsigned int low, unsigned int high)
{
	static struct eph_range r;

	memset(&r, 0, sizeof(r));
	r.low = (uint16_t)low;
	r.high = (uint16_t)high;
	return &r;
}

static struct sock_rec conn(const char *raddr, uint16_t lport, unsigned int state)
{
	return testrec_inet(PROTO_TCP, AF_INET, state, "10.0.0.1", lport, raddr, 5432);
}

/* A refresh at ms with the connections to raddr on ports [from, to). */
static void refresh(struct eph_watch *w, uint64_t ms, const char *raddr, uint16_t from, uint16_t to)
{
	assert_int_equal(eph_watch_begin(w, range(40000, 40099), NULL, ms), 0);
	for (uint16_t p = from; p < to; p++) {
		struct sock_rec r = conn(raddr, p, ST_ESTABLISHED);
		assert_int_equal(eph_watch_add(w, &r), 0);
	}
}

static void add(struct eph_watch *w, const char *raddr, uint16_t lport, unsigned int state)
{
	struct sock_rec r = conn(raddr, lport, state);

	assert_int_equal(eph_watch_add(w, &r), 0);
}

static void test_rate_compute(void **st)
{
	struct eph_rate r;
	(void)st;

	eph_rate_compute(&r, false, 5, 10, 0, 90, 1.0);
	assert_false(r.known);
	assert_int_equal(r.in_use, 10);
	assert_int_equal(r.headroom, 90);
	eph_rate_compute(&r, true, 5, 10, 0, 90, 0.0); /* no interval: unknown */
	assert_false(r.known);
	eph_rate_compute(&r, true, 6, 16, 10, 84, 2.0);
	assert_true(r.known);
	assert_near(r.new_per_s, 3.0);
	assert_near(r.growth_per_s, 3.0);
	assert_true(r.exhausting);
	assert_near(r.exhaustion_s, 28.0);
	eph_rate_compute(&r, true, 6, 10, 10, 90, 2.0); /* churn, no growth */
	assert_near(r.new_per_s, 3.0);
	assert_near(r.growth_per_s, 0.0);
	assert_false(r.exhausting);
	eph_rate_compute(&r, true, 0, 8, 10, 92, 1.0);
	assert_near(r.growth_per_s, -2.0);
	assert_false(r.exhausting);
	eph_rate_compute(&r, true, 1, 100, 99, 0, 1.0); /* full already */
	assert_true(r.exhausting);
	assert_near(r.exhaustion_s, 0.0);
}

/* Five open, two closed and two opened: two new, no growth, never. */
static void test_churn_counts_new(void **st)
{
	struct eph_watch *w = eph_watch_new();
	struct eph_wdest *v;
	struct eph_rate r;
	(void)st;

	refresh(w, 1000, "10.0.0.2", 40000, 40005);
	eph_watch_total_rate(w, PROTO_TCP, &r);
	assert_false(r.known);
	assert_false(eph_watch_known(w));
	refresh(w, 1500, "10.0.0.2", 40002, 40007);
	assert_near(eph_watch_interval_s(w), 0.5);
	assert_int_equal(eph_watch_dests(w, EPH_SORT_PORTS, 0, &v), 1);
	assert_int_equal(v[0].d.count, 5);
	assert_int_equal(v[0].d.fresh, 2);
	assert_true(v[0].r.known);
	assert_near(v[0].r.new_per_s, 4.0);
	assert_near(v[0].r.growth_per_s, 0.0);
	assert_false(v[0].r.exhausting);
	free(v);
	eph_watch_total_rate(w, PROTO_TCP, &r);
	assert_int_equal(r.fresh, 2);
	assert_int_equal(r.in_use, 5);
	assert_int_equal(r.headroom, 95);
	/* Growth: ten more in 2 s, 5/s; 85 left of the 100 for this destination. */
	refresh(w, 3500, "10.0.0.2", 40002, 40017);
	assert_int_equal(eph_watch_dests(w, EPH_SORT_PORTS, 0, &v), 1);
	assert_int_equal(v[0].d.fresh, 10);
	assert_near(v[0].r.growth_per_s, 5.0);
	assert_true(v[0].r.exhausting);
	assert_near(v[0].r.exhaustion_s, 85.0 / 5.0);
	free(v);
	eph_watch_free(w);
}

/* A connection that goes to TIME_WAIT is not new; a new connection on a
 * tuple that was in TIME_WAIT (tcp_tw_reuse) is. */
static void test_time_wait_identity(void **st)
{
	struct eph_watch *w = eph_watch_new();
	struct eph_wdest *v;
	(void)st;

	assert_int_equal(eph_watch_begin(w, range(40000, 40099), NULL, 0), 0);
	add(w, "10.0.0.2", 40000, ST_ESTABLISHED);
	add(w, "10.0.0.2", 40001, ST_TIME_WAIT);
	assert_int_equal(eph_watch_begin(w, range(40000, 40099), NULL, 1000), 0);
	add(w, "10.0.0.2", 40000, ST_TIME_WAIT);
	add(w, "10.0.0.2", 40001, ST_ESTABLISHED);
	add(w, "10.0.0.2", 40001, ST_ESTABLISHED); /* the same socket twice: once */
	assert_int_equal(eph_watch_dests(w, EPH_SORT_PORTS, 0, &v), 1);
	assert_int_equal(v[0].d.count, 2);
	assert_int_equal(v[0].d.fresh, 1);
	assert_int_equal(v[0].d.time_wait, 1);
	free(v);
	eph_watch_free(w);
}

/* Outside the range, other kinds, and a changed range (unknown again). */
static void test_range_and_kinds(void **st)
{
	struct eph_watch *w = eph_watch_new();
	struct sock_rec udp = testrec_inet(PROTO_UDP, AF_INET, ST_CLOSE, "10.0.0.1", 40050, NULL, 0);
	struct sock_rec out = conn("10.0.0.2", 50000, ST_ESTABLISHED);
	struct eph_rate r;
	(void)st;

	refresh(w, 0, "10.0.0.2", 40000, 40001);
	refresh(w, 1000, "10.0.0.2", 40000, 40001);
	assert_int_equal(eph_watch_add(w, &udp), 0);
	assert_int_equal(eph_watch_add(w, &out), 0);
	eph_watch_total_rate(w, PROTO_UDP, &r);
	assert_true(r.known);
	assert_int_equal(r.fresh, 1);
	assert_int_equal(r.in_use, 1);
	assert_near(r.growth_per_s, 1.0);
	eph_watch_total_rate(w, PROTO_TCP, &r);
	assert_int_equal(r.fresh, 0);
	assert_int_equal(r.in_use, 1);
	assert_int_equal(eph_watch_begin(w, range(40000, 40199), NULL, 2000), 0);
	assert_false(eph_watch_known(w));
	eph_watch_total_rate(w, PROTO_TCP, &r);
	assert_false(r.known);
	assert_int_equal(eph_watch_generation(w), 3);
	eph_watch_free(w);
}

/* Sorted by new per second, and by the soonest exhaustion. */
static void test_sorts(void **st)
{
	struct eph_watch *w = eph_watch_new();
	struct eph_wdest *v;
	(void)st;

	assert_int_equal(eph_watch_begin(w, range(40000, 40099), NULL, 0), 0);
	for (uint16_t p = 40000; p < 40030; p++)
		add(w, "10.0.0.2", p, ST_ESTABLISHED); /* many, steady */
	for (uint16_t p = 40000; p < 40002; p++)
		add(w, "10.0.0.3", p, ST_ESTABLISHED); /* few, churning */
	assert_int_equal(eph_watch_begin(w, range(40000, 40099), NULL, 1000), 0);
	for (uint16_t p = 40000; p < 40030; p++)
		add(w, "10.0.0.2", p, ST_ESTABLISHED);
	for (uint16_t p = 40010; p < 40015; p++)
		add(w, "10.0.0.3", p, ST_ESTABLISHED); /* 5 new, +3 */
	for (uint16_t p = 40000; p < 40010; p++)
		add(w, "10.0.0.4", p, ST_ESTABLISHED); /* 10 new, +10 */
	assert_int_equal(eph_watch_dests(w, EPH_SORT_PORTS, 0, &v), 3);
	assert_int_equal(v[0].d.count, 30);
	assert_int_equal(v[0].rank, 0);
	free(v);
	assert_int_equal(eph_watch_dests(w, EPH_SORT_NEW, 2, &v), 2);
	assert_int_equal(v[0].d.fresh, 10);
	assert_int_equal(v[1].d.fresh, 5);
	free(v);
	assert_int_equal(eph_watch_dests(w, EPH_SORT_EXHAUSTION, 0, &v), 3);
	assert_near(v[0].r.exhaustion_s, 90.0 / 10.0);
	assert_near(v[1].r.exhaustion_s, 95.0 / 3.0);
	assert_false(v[2].r.exhausting);
	free(v);
	assert_int_equal(eph_watch_dests(w, EPH_SORT_PORTS, 1, &v), 1);
	assert_int_equal(v[0].d.count, 30);
	free(v);
	assert_string_equal(eph_sort_name(EPH_SORT_EXHAUSTION), "exhaustion");
	eph_watch_free(w);
}

/* 5000 sockets then 10: the sets shrink back; rates stay right across it. */
static void test_burst(void **st)
{
	struct eph_watch *w = eph_watch_new();
	struct eph_rate r;
	(void)st;

	assert_int_equal(eph_watch_begin(w, range(1024, 65535), NULL, 0), 0);
	for (unsigned int i = 0; i < 5000; i++)
		add(w, "10.0.0.2", (uint16_t)(2000 + i), ST_ESTABLISHED);
	for (int k = 1; k <= 3; k++) {
		assert_int_equal(eph_watch_begin(w, range(1024, 65535), NULL, 1000u * k), 0);
		for (unsigned int i = 0; i < 10; i++)
			add(w, "10.0.0.2", (uint16_t)(2000 + i), ST_ESTABLISHED);
	}
	eph_watch_total_rate(w, PROTO_TCP, &r);
	assert_int_equal(r.fresh, 0);
	assert_near(r.growth_per_s, 0.0);
	eph_watch_free(w);
}

static char *capture(const struct eph_watch *w, bool json)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct eph_view_cfg cfg = {
		.top_n = 10,
		.interval_ms = 1000,
		.protos = PROTO_BIT(PROTO_TCP) | PROTO_BIT(PROTO_UDP),
	};

	assert_non_null(f);
	if (json) {
		struct jsonw *jw = jsonw_new(f, false);
		assert_int_equal(eph_watch_json(jw, w, EPH_WATCH_ALL, PROTO_BIT(PROTO_TCP) | PROTO_BIT(PROTO_UDP), 1.5), 0);
		jsonw_free(jw);
	} else {
		assert_int_equal(eph_view_render(f, w, &cfg), 0);
	}
	fclose(f);
	return buf;
}

static void test_outputs(void **st)
{
	struct eph_watch *w = eph_watch_new();
	char *s;
	(void)st;

	refresh(w, 0, "10.0.0.2", 40000, 40004);
	s = capture(w, true);
	assert_non_null(strstr(s, "\"generation\":1,\"interval_ms\":null"));
	assert_non_null(strstr(s, "\"new\":null,\"new_per_s\":null,\"growth_per_s\":null,"
				  "\"exhausting\":null,\"exhaustion_s\":null"));
	free(s);
	s = capture(w, false);
	assert_non_null(strstr(s, "refresh 1  interval ?"));
	assert_non_null(strstr(s, "        ?          ?             ?\n")); /* New/s .. Exhausted in */
	free(s);
	refresh(w, 2000, "10.0.0.2", 40000, 40010);
	s = capture(w, true);
	assert_non_null(strstr(s, "\"interval_ms\":2000"));
	assert_non_null(strstr(s, "\"count\":10,\"time_wait\":0,\"headroom\":90,\"pct\":10,\"new\":6,"
				  "\"new_per_s\":3,\"growth_per_s\":3,\"exhausting\":true,\"exhaustion_s\":30}"));
	free(s);
	{
		char *buf = NULL;
		size_t len = 0;
		FILE *f = open_memstream(&buf, &len);
		struct jsonw *jw = jsonw_new(f, false);
		/* --top 0, -t: no destination, UDP unknown */
		assert_int_equal(eph_watch_json(jw, w, 0, PROTO_BIT(PROTO_TCP), 1.5), 0);
		jsonw_free(jw);
		fclose(f);
		assert_non_null(strstr(buf, "\"udp\":null,\"destinations\":[]}"));
		free(buf);
	}
	s = capture(w, false);
	assert_non_null(strstr(s, "10.0.0.2:5432"));
	assert_non_null(strstr(s, "      3.0       +3.0         30.0s\n"));
	assert_non_null(strstr(s, "udp          0     0.0%      100      0.0       +0.0         never\n"));
	free(s);
	eph_watch_free(w);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rate_compute),
		cmocka_unit_test(test_churn_counts_new),
		cmocka_unit_test(test_time_wait_identity),
		cmocka_unit_test(test_range_and_kinds),
		cmocka_unit_test(test_sorts),
		cmocka_unit_test(test_burst),
		cmocka_unit_test(test_outputs),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
