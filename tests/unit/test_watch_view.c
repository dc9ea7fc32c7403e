/* SPDX-License-Identifier: MIT */
/* test_watch_view.c - the live view's rows: those of the screen's window in
 * the order of the sort key, whether the window is picked from many sockets
 * (a bounded selection) or all of them are sorted (a window far down). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <cmocka.h>
#include <linux/tcp.h>

#include "sockls/snap.h"
#include "sockls/watch_out.h"
#include "testrow.h"

#define N 400

/* Socket i's rate in the second dump: every one different, in no order. */
static uint64_t rate_of(unsigned int i)
{
	return (uint64_t)((i * 37u) % N) * 10u + 10u;
}

static void add(struct snap *s, unsigned int i, uint64_t acked)
{
	struct sock_rec r = testrec_inet(PROTO_TCP, AF_INET, ST_ESTABLISHED, "10.0.0.1",
					 (uint16_t)(1000 + i), "10.0.0.2", 443);
	struct tcp_info ti;
	struct sock_row row;
	char local[32];

	memset(&ti, 0, sizeof(ti));
	ti.tcpi_bytes_acked = acked;
	r.cookie = i + 1;
	r.have |= HAVE_COOKIE | HAVE_TCP_INFO;
	memcpy(r.tcp_info, &ti, sizeof(ti));
	r.tcp_info_len = sizeof(ti);
	row = testrow_ext(&r, 0);
	snprintf(local, sizeof(local), "L%u", i);
	assert_int_equal(snap_add_text(s, &row, "tcp", local, "P"), 0);
}

/* Two dumps, one second apart: every socket with its own rate. */
static struct snap *dumps(void)
{
	struct snap *s = snap_new();

	assert_non_null(s);
	for (unsigned int d = 0; d < 2; d++) {
		snap_begin(s, 1000u * (d + 1));
		for (unsigned int i = 0; i < N; i++)
			add(s, i, d ? rate_of(i) : 0);
		assert_int_equal(snap_end(s, 2, NULL), 0);
	}
	return s;
}

/* The sockets drawn, top to bottom, by their Local text "L<i>". */
static size_t drawn(struct view *v, const struct snap *s, enum view_sort k, size_t top,
		    unsigned int *out, size_t cap)
{
	struct view_scroll sc = { top, 0 };
	struct view_cfg cfg = { .rows = 24, .cols = 100, .sort = k, .fresh = true, .scroll = &sc };
	char *buf = NULL, *p;
	size_t len = 0, n = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	assert_int_equal(view_render(v, f, s, &cfg), 0);
	assert_int_equal(fclose(f), 0);
	for (p = buf; (p = strstr(p, " L")) && n < cap; p += 2)
		if (p[2] >= '0' && p[2] <= '9') /* not " Local" of the header */
			out[n++] = (unsigned int)strtoul(p + 2, NULL, 10);
	free(buf);
	return n;
}

/* Socket numbers sorted by rate, highest first (the expectation, made here). */
static int by_rate(const void *a, const void *b)
{
	uint64_t x = rate_of(*(const unsigned int *)a), y = rate_of(*(const unsigned int *)b);

	return x < y ? 1 : x > y ? -1 : 0;
}

static void test_window_by_rate(void **st)
{
	struct snap *s = dumps();
	struct view *v = view_new();
	unsigned int want[N], got[64];
	size_t tops[] = { 0, 10, 150, N - 19 }, n;
	(void)st;

	for (unsigned int i = 0; i < N; i++)
		want[i] = i;
	qsort(want, N, sizeof(want[0]), by_rate);
	for (size_t t = 0; t < sizeof(tops) / sizeof(tops[0]); t++) {
		n = drawn(v, s, VIEW_SORT_RATE, tops[t], got, 64);
		assert_int_equal(n, 19); /* 24 lines: title, totals, header, note, one free */
		for (size_t i = 0; i < n; i++)
			assert_int_equal(got[i], want[tops[t] + i]);
	}
	view_free(v);
	snap_free(s);
}

/* Every socket in the same state: ties go by local port, as a full sort has them. */
static void test_window_ties(void **st)
{
	struct snap *s = dumps();
	struct view *v = view_new();
	unsigned int got[64];
	size_t n;
	(void)st;

	n = drawn(v, s, VIEW_SORT_STATE, 5, got, 64);
	assert_int_equal(n, 19);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(got[i], 5 + i);
	view_free(v);
	snap_free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_window_by_rate),
		cmocka_unit_test(test_window_ties),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
