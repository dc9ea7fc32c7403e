/* SPDX-License-Identifier: MIT */
/* test_snap.c - the table of sockets over time: new, same, changed, closed
 * for exactly the refreshes asked, rates from byte counters. */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <setjmp.h>
#include <cmocka.h>
#include <linux/tcp.h>

#include "sockls/snap.h"
#include "testrow.h"

static struct sock_rec conn(uint64_t cookie, uint16_t port, uint64_t acked)
{
	struct sock_rec r = testrec_inet(PROTO_TCP, AF_INET, ST_ESTABLISHED, "10.0.0.1", port,
					 "10.0.0.2", 443);
	struct tcp_info ti;

	memset(&ti, 0, sizeof(ti));
	ti.tcpi_bytes_acked = acked;
	r.cookie = cookie;
	r.have |= HAVE_COOKIE | HAVE_TCP_INFO;
	memcpy(r.tcp_info, &ti, sizeof(ti));
	r.tcp_info_len = sizeof(ti);
	return r;
}

static void add(struct snap *s, struct sock_rec r)
{
	struct sock_row row = testrow_ext(&r, 0);
	assert_int_equal(snap_add(s, &row), 0);
}

static const struct snap_ent *find(const struct snap *s, uint64_t cookie)
{
	return snap_find(s, cookie);
}

static void test_lifecycle(void **st)
{
	struct snap *s = snap_new();
	struct snap_counts c;
	(void)st;

	snap_begin(s, 1000);
	add(s, conn(1, 40000, 0));
	add(s, conn(2, 40001, 0));
	assert_int_equal(snap_end(s, 2, &c), 0);
	assert_int_equal(c.added, 2);
	snap_begin(s, 2000);
	add(s, conn(1, 40000, 5000));
	add(s, conn(3, 40002, 0));
	assert_int_equal(snap_end(s, 2, &c), 0);
	assert_int_equal(c.added, 1);
	assert_int_equal(c.removed, 1);
	assert_int_equal(c.changed, 1);
	assert_int_equal(find(s, 1)->mark, SNAP_CHANGED);
	assert_true(find(s, 1)->tx_bps > 4999.0 && find(s, 1)->tx_bps < 5001.0);
	assert_int_equal(find(s, 1)->first_ms, 1000);
	assert_int_equal(find(s, 2)->mark, SNAP_CLOSED);
	assert_int_equal(find(s, 3)->mark, SNAP_NEW);
	snap_begin(s, 3000);
	add(s, conn(1, 40000, 5000));
	assert_int_equal(snap_end(s, 2, &c), 0);
	assert_int_equal(find(s, 1)->mark, SNAP_SAME);
	assert_int_equal(find(s, 2)->mark, SNAP_GONE);
	assert_int_equal(find(s, 3)->mark, SNAP_CLOSED);
	snap_begin(s, 4000);
	add(s, conn(1, 40000, 5000));
	assert_int_equal(snap_end(s, 2, &c), 0);
	assert_null(find(s, 2));
	assert_int_equal(snap_count(s), 2); /* 1 open, 3 gone */
	snap_free(s);
}

static void test_many(void **st)
{
	struct snap *s = snap_new();
	struct snap_counts c;
	(void)st;

	for (int round = 0; round < 3; round++) {
		snap_begin(s, 1000u * (unsigned)(round + 1));
		for (uint64_t i = 1; i <= 5000; i++)
			add(s, conn(i + (uint64_t)round * 2500, (uint16_t)i, 0));
		assert_int_equal(snap_end(s, 1, &c), 0);
		assert_int_equal(c.added, round ? 2500 : 5000);
		assert_int_equal(c.removed, round ? 2500 : 0);
	}
	snap_free(s);
}

static void add_text(struct snap *s, struct sock_rec r, const char *local)
{
	struct sock_row row = testrow_ext(&r, 0);
	assert_int_equal(snap_add_text(s, &row, "u_str", local, "* 0"), 0);
}

/* The live view's texts follow a socket from dump to dump, and a closed one
 * keeps its own while it is still listed. */
static void test_texts(void **st)
{
	struct snap *s = snap_new();
	const struct snap_ent *e;
	char name[64];
	(void)st;

	for (int round = 0; round < 3; round++) {
		snap_begin(s, 1000u * (unsigned)(round + 1));
		for (uint64_t i = 1; i <= 3000; i++) {
			if (round == 2 && i % 2)
				continue; /* the odd ones close */
			snprintf(name, sizeof(name), "/run/s%llu %llu", (unsigned long long)i,
				 (unsigned long long)i);
			add_text(s, conn(i, (uint16_t)i, 0), name);
		}
		assert_int_equal(snap_end(s, 2, NULL), 0);
	}
	assert_int_equal(snap_count(s), 3000);
	for (uint64_t i = 1; i <= 3000; i++) {
		assert_non_null(e = find(s, i));
		assert_int_equal(e->mark, i % 2 ? SNAP_CLOSED : SNAP_SAME);
		snprintf(name, sizeof(name), "/run/s%llu %llu", (unsigned long long)i,
			 (unsigned long long)i);
		assert_string_equal(snap_local_text(s, e), name);
		assert_string_equal(snap_peer_text(s, e), "* 0");
		assert_string_equal(e->netid, "u_str");
	}
	snap_begin(s, 9000);
	add(s, conn(2, 2, 0)); /* without texts */
	assert_int_equal(snap_end(s, 2, NULL), 0);
	assert_null(snap_local_text(s, find(s, 2)));
	assert_string_equal(snap_local_text(s, find(s, 1)), "/run/s1 1"); /* gone, still shown */
	snap_begin(s, 10000);
	{
		struct sock_rec r = conn(2, 2, 0);
		struct sock_row row = testrow_ext(&r, 0);
		assert_int_equal(snap_add_text(s, &row, "u_str", NULL, NULL), 0); /* a Netid, no texts */
	}
	assert_int_equal(snap_end(s, 2, NULL), 0);
	assert_null(snap_local_text(s, find(s, 2)));
	assert_string_equal(find(s, 2)->netid, "u_str");
	snap_free(s);
}

/* A steady dump costs a guess per socket: the socket changed in the middle
 * of an unchanged dump is still reported (with its rate), the others are
 * not (the control), and a dump in another order finds every socket again
 * (none new, none closed). A repeated key counts once. */
static void test_steady_order(void **st)
{
	struct snap *s = snap_new();
	struct snap_counts c;
	(void)st;

	for (int round = 0; round < 4; round++) {
		snap_begin(s, 1000u * (unsigned)(round + 1));
		for (uint64_t i = 1; i <= 1000; i++) {
			uint64_t k = round == 3 ? 1001 - i : i; /* the last dump backwards */
			add(s, conn(k, (uint16_t)k, round == 2 && k == 500 ? 3000 : 0));
		}
		if (round == 1)
			add(s, conn(7, 7, 9999)); /* repeated: ignored */
		assert_int_equal(snap_end(s, 1, &c), 0);
		if (round == 1) {
			assert_int_equal(c.changed, 0);
			assert_int_equal(find(s, 7)->acked, 0);
		}
	}
	assert_int_equal(c.added, 0);
	assert_int_equal(c.removed, 0);
	assert_int_equal(c.changed, 1); /* 500 again at 0: its counter went back */
	assert_int_equal(snap_count(s), 1000);
	assert_int_equal(snap_at(s, 0)->key, 1000);
	snap_free(s);
	s = snap_new();
	for (int round = 0; round < 3; round++) {
		snap_begin(s, 1000u * (unsigned)(round + 1));
		for (uint64_t i = 1; i <= 1000; i++)
			add(s, conn(i, (uint16_t)i, round == 2 && i == 500 ? 3000 : 0));
		assert_int_equal(snap_end(s, 1, &c), 0);
	}
	assert_int_equal(c.changed, 1);
	assert_int_equal(find(s, 500)->mark, SNAP_CHANGED);
	assert_true(find(s, 500)->tx_bps > 2999.0 && find(s, 500)->tx_bps < 3001.0);
	assert_int_equal(find(s, 499)->mark, SNAP_SAME);
	assert_int_equal(find(s, 501)->mark, SNAP_SAME);
	assert_int_equal(snap_marked_count(s), 1);
	assert_ptr_equal(snap_marked_at(s, 0), find(s, 500));
	snap_free(s);
}

/* The entries not SNAP_SAME, in dump order, closed ones after. */
static void test_marked(void **st)
{
	struct snap *s = snap_new();
	(void)st;

	snap_begin(s, 1000);
	for (uint64_t i = 1; i <= 5; i++)
		add(s, conn(i, (uint16_t)i, 0));
	assert_int_equal(snap_end(s, 1, NULL), 0);
	assert_int_equal(snap_marked_count(s), 5);
	snap_begin(s, 2000);
	add(s, conn(5, 5, 100));
	add(s, conn(1, 1, 0));
	add(s, conn(6, 6, 0));
	add(s, conn(3, 3, 0));
	assert_int_equal(snap_end(s, 1, NULL), 0);
	assert_int_equal(snap_marked_count(s), 4); /* 5 changed, 6 new, 2 and 4 closed */
	assert_int_equal(snap_marked_at(s, 0)->key, 5);
	assert_int_equal(snap_marked_at(s, 0)->mark, SNAP_CHANGED);
	assert_int_equal(snap_marked_at(s, 1)->key, 6);
	assert_int_equal(snap_marked_at(s, 1)->mark, SNAP_NEW);
	assert_int_equal(snap_marked_at(s, 2)->key, 2);
	assert_int_equal(snap_marked_at(s, 2)->mark, SNAP_CLOSED);
	assert_int_equal(snap_marked_at(s, 3)->key, 4);
	assert_int_equal(snap_count(s), 6);
	snap_begin(s, 3000);
	assert_int_equal(snap_end(s, 1, NULL), 0); /* all closed; 2 and 4 gone for good */
	assert_int_equal(snap_count(s), 4);
	assert_int_equal(snap_marked_count(s), 4);
	assert_null(find(s, 2));
	snap_free(s);
}

static unsigned int fmt_calls;

static void fmt_port(const struct sock_row *row, void *ctx, const char **local, const char **peer)
{
	char *buf = ctx;

	fmt_calls++;
	snprintf(buf, 32, "10.0.0.1:%u", row->rec->local.port);
	*local = buf;
	*peer = "10.0.0.2:443";
}

static void add_lazy(struct snap *s, struct sock_rec r, uint32_t tag, bool always)
{
	static char buf[32];
	struct sock_row row = testrow_ext(&r, 0);
	struct snap_text t = { .netid = "tcp", .fmt = fmt_port, .ctx = buf, .tag = tag,
			       .always = always };
	assert_int_equal(snap_add_lazy(s, &row, &t), 0);
}

/* The live view's texts are formatted for a new socket and when what they
 * read changed (an endpoint, the tag), not for a socket seen again as it
 * was; with always, every dump (the control). */
static void test_lazy_texts(void **st)
{
	struct snap *s = snap_new();
	struct sock_rec moved;
	(void)st;

	fmt_calls = 0;
	for (int round = 0; round < 3; round++) {
		snap_begin(s, 1000u * (unsigned)(round + 1));
		for (uint64_t i = 1; i <= 100; i++)
			add_lazy(s, conn(i, (uint16_t)(1000 + i), (uint64_t)round), 0, false);
		assert_int_equal(snap_end(s, 2, NULL), 0);
	}
	assert_int_equal(fmt_calls, 100); /* the first dump's, then none: bytes are no text */
	assert_string_equal(snap_local_text(s, find(s, 7)), "10.0.0.1:1007");
	snap_begin(s, 4000);
	moved = conn(7, 2007, 0);   /* its port changed */
	add_lazy(s, moved, 0, false);
	add_lazy(s, conn(8, 1008, 0), 1, false); /* the tag changed */
	add_lazy(s, conn(9, 1009, 0), 0, true);  /* always */
	add_lazy(s, conn(10, 1010, 0), 0, false); /* the control: as it was */
	assert_int_equal(snap_end(s, 2, NULL), 0);
	assert_int_equal(fmt_calls, 103);
	assert_string_equal(snap_local_text(s, find(s, 7)), "10.0.0.1:2007");
	assert_string_equal(snap_peer_text(s, find(s, 7)), "10.0.0.2:443");
	assert_string_equal(snap_local_text(s, find(s, 10)), "10.0.0.1:1010");
	assert_string_equal(snap_local_text(s, find(s, 11)), "10.0.0.1:1011"); /* closed */
	assert_string_equal(find(s, 10)->netid, "tcp");
	snap_free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lifecycle),
		cmocka_unit_test(test_many),
		cmocka_unit_test(test_texts),
		cmocka_unit_test(test_steady_order),
		cmocka_unit_test(test_marked),
		cmocka_unit_test(test_lazy_texts),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
