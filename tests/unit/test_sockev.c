/* SPDX-License-Identifier: MIT */
/* test_sockev.c - one captured sock_diag destroy broadcast (what -E reads)
 * against what ss -E printed for it (tests/fixtures/netlink/destroy.ss.txt),
 * and the sightings table that joins a close with what the polls saw. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <linux/tcp.h>
#include <stdio.h>
#include <stdlib.h>

#include "sockls/addr.h"
#include "sockls/evseen.h"
#include "sockls/sockev.h"
#include "sockls/tcpinfo.h"
#include "testrow.h"

#define FIX "tests/fixtures/netlink/"

struct got {
	struct sock_rec rec[4];
	int n;
};

static int got_cb(const struct sock_rec *rec, void *data)
{
	struct got *g = data;

	assert_true(g->n < 4);
	g->rec[g->n++] = *rec;
	return 0;
}

static size_t load(const char *path, uint8_t *buf, size_t cap)
{
	FILE *f = fopen(path, "rb");
	size_t n;

	assert_non_null(f);
	n = fread(buf, 1, cap, f);
	fclose(f);
	assert_true(n > 0 && n < cap);
	return n;
}

/* ss -E -e -i: "UNCONN 0 0 127.0.0.1:40123 127.0.0.1:7400 ino:0 sk:7a20a ...
 * bytes_sent:1000 bytes_acked:1002 bytes_received:100" */
static void test_destroy_message(void **st)
{
	uint8_t buf[8192];
	size_t len = load(FIX "destroy.bin", buf, sizeof(buf));
	struct got g = { .n = 0 };
	struct tcp_info ti;
	char a[ADDR_TEXT_MAX];
	(void)st;

	assert_int_equal(sockev_parse(buf, len, got_cb, &g), 1);
	assert_int_equal(g.n, 1);
	assert_int_equal(g.rec[0].proto, PROTO_TCP);
	assert_int_equal(g.rec[0].family, AF_INET);
	/* the kernel's final state, not the bound-inactive a dump's CLOSE means */
	assert_int_equal(g.rec[0].state, ST_CLOSE);
	assert_string_equal(sock_state_name(g.rec[0].proto, g.rec[0].state), "CLOSE");
	addr_format_endpoint(a, sizeof(a), AF_INET, &g.rec[0].local, NULL);
	assert_string_equal(a, "127.0.0.1:40123");
	addr_format_endpoint(a, sizeof(a), AF_INET, &g.rec[0].remote, NULL);
	assert_string_equal(a, "127.0.0.1:7400");
	assert_true(g.rec[0].have & HAVE_COOKIE);
	assert_int_equal(g.rec[0].cookie, 0x7a20a);
	/* uid 65534 owned it; the message says 0: unknown, never root */
	assert_false(g.rec[0].have & HAVE_UID);
	assert_false(g.rec[0].have & HAVE_INODE);
	assert_true(TCPINFO_FIELD(&g.rec[0], tcpi_bytes_acked, ti.tcpi_bytes_acked));
	assert_int_equal(ti.tcpi_bytes_acked, 1002);
	assert_true(TCPINFO_FIELD(&g.rec[0], tcpi_bytes_received, ti.tcpi_bytes_received));
	assert_int_equal(ti.tcpi_bytes_received, 100);
}

static void test_destroy_truncated(void **st)
{
	uint8_t buf[8192];
	size_t len = load(FIX "destroy.bin", buf, sizeof(buf));
	struct got g = { .n = 0 };
	(void)st;

	assert_int_equal(sockev_parse(buf, len - 1, got_cb, &g), 0);
	assert_int_equal(sockev_parse(buf, 16, got_cb, &g), 0);
	assert_int_equal(g.n, 0);
}

static void sight(struct evseen *s, uint64_t cookie, unsigned int state, uint32_t uid, uint64_t ms)
{
	struct sock_rec r = testrec_inet(PROTO_TCP, AF_INET, state, "10.0.0.1", 40000, "10.0.0.2", 80);
	struct sock_row row;

	r.cookie = cookie;
	r.uid = uid;
	r.have |= HAVE_COOKIE | HAVE_UID;
	row = testrow(&r);
	assert_int_equal(evseen_add(s, &row, ms, (double)ms / 1000.0), 0);
}

/* First seen is when the first poll that listed a socket handed its row on,
 * kept while later polls list it; the last state is the last poll's; a poll
 * counts once complete; a socket stays known one poll after it is gone,
 * then is forgotten. */
static void test_sightings(void **st)
{
	struct evseen *s = evseen_new();
	struct ev_sighting e;
	(void)st;

	assert_non_null(s);
	assert_false(evseen_get(s, 1, &e));
	evseen_begin(s, 0, 0.0);
	sight(s, 1, ST_SYN_SENT, 1000, 1500);
	assert_false(evseen_get(s, 1, &e));        /* not before the poll is complete */
	evseen_end(s);
	evseen_begin(s, 2400, 2.4);
	sight(s, 1, ST_ESTABLISHED, 1000, 2500);
	sight(s, 2, ST_LISTEN, 0, 2501);
	evseen_end(s);
	assert_true(evseen_get(s, 1, &e));
	assert_int_equal(e.first_ms, 1500);
	assert_true(e.first_wall == 1.5);
	assert_int_equal(e.alive_ms, 2400);     /* the last poll that listed it began then */
	assert_true(e.alive_wall == 2.4);
	assert_int_equal(e.state, ST_ESTABLISHED);
	assert_true(e.have_uid);
	assert_int_equal(e.uid, 1000);
	assert_true(evseen_get(s, 2, &e));
	assert_int_equal(e.first_ms, 2501);
	assert_int_equal(evseen_count(s), 2);
	evseen_begin(s, 0, 0.0);
	sight(s, 2, ST_LISTEN, 0, 3500);
	evseen_end(s);
	assert_true(evseen_get(s, 1, &e));         /* gone from this poll, kept one more */
	assert_int_equal(e.state, ST_ESTABLISHED);
	evseen_begin(s, 0, 0.0);
	sight(s, 2, ST_LISTEN, 0, 4500);
	evseen_end(s);
	assert_false(evseen_get(s, 1, &e));
	assert_true(evseen_get(s, 2, &e));
	assert_int_equal(e.first_ms, 2501);
	assert_false(evseen_get(s, 3, &e));
	evseen_free(s);
}

/* Many sockets: the index grows and every one is still found. */
static void test_sightings_grow(void **st)
{
	struct evseen *s = evseen_new();
	struct ev_sighting e;
	(void)st;

	evseen_begin(s, 0, 0.0);
	for (uint64_t c = 1; c <= 5000; c++)
		sight(s, c * 7919, ST_ESTABLISHED, 0, 100);
	sight(s, 7919, ST_CLOSE_WAIT, 0, 100);     /* a repeat is ignored */
	evseen_end(s);
	assert_int_equal(evseen_count(s), 5000);
	for (uint64_t c = 1; c <= 5000; c++)
		assert_true(evseen_get(s, c * 7919, &e));
	assert_true(evseen_get(s, 7919, &e));
	assert_int_equal(e.state, ST_ESTABLISHED);
	evseen_free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_destroy_message),
		cmocka_unit_test(test_destroy_truncated),
		cmocka_unit_test(test_sightings),
		cmocka_unit_test(test_sightings_grow),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
