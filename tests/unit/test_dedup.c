/* SPDX-License-Identifier: MIT */
/* test_dedup.c - the window of recent socket keys that drops repeated rows. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <cmocka.h>

#include "sockls/dedup.h"

static struct dedup d;

static void test_repeats_within_window(void **state)
{
	(void)state;
	dedup_init(&d);
	for (uint64_t k = 1; k <= 100; k++)
		assert_false(dedup_seen(&d, k));
	for (uint64_t k = 70; k <= 100; k++)
		assert_true(dedup_seen(&d, k));
	/* Zero works as a key (it marks empty slots internally). */
	dedup_init(&d);
	assert_false(dedup_seen(&d, 0));
	assert_true(dedup_seen(&d, 0));
}

static void test_window_slides(void **state)
{
	(void)state;
	dedup_init(&d);
	for (uint64_t k = 1; k <= 3 * DEDUP_WINDOW; k++)
		assert_false(dedup_seen(&d, k));
	/* The most recent DEDUP_WINDOW keys are always remembered ... */
	for (uint64_t k = 2 * DEDUP_WINDOW + 1; k <= 3 * DEDUP_WINDOW; k++)
		assert_true(dedup_seen(&d, k));
	/* ... and the oldest are forgotten: memory stays bounded. */
	assert_false(dedup_seen(&d, 1));
}

static void test_repeated_key_stays_recent(void **state)
{
	(void)state;
	dedup_init(&d);
	assert_false(dedup_seen(&d, 42));
	/* Shown again and again while many others pass: caught every time. */
	for (int round = 0; round < 10; round++) {
		for (uint64_t k = 1000; k < 1000 + DEDUP_WINDOW - 1; k++)
			dedup_seen(&d, k + (uint64_t)round * 100000);
		assert_true(dedup_seen(&d, 42));
	}
}

static void test_keys(void **state)
{
	struct sock_rec a, b;

	(void)state;
	memset(&a, 0, sizeof(a));
	a.family = AF_INET;
	a.state = ST_TIME_WAIT;
	a.local.addr[0] = 127;
	a.local.port = 40000;
	a.remote.port = 80;
	b = a;
	assert_int_equal(dedup_key(&a), dedup_key(&b));
	b.remote.port = 81;
	assert_true(dedup_key(&a) != dedup_key(&b));
	/* A connected TCP socket is its 4-tuple: the same connection read again
	 * in another state, or after accept() gave it an inode, is one socket. */
	b = a;
	b.state = ST_FIN_WAIT2;
	assert_int_equal(dedup_key(&a), dedup_key(&b));
	b.state = ST_ESTABLISHED;
	b.have = HAVE_INODE;
	b.inode = 4242;
	assert_int_equal(dedup_key(&a), dedup_key(&b));
	/* Not TCP, or not connected: the state and the inode tell sockets apart. */
	a.proto = b.proto = PROTO_UDP;
	b.have = 0;
	b.inode = 0;
	b.state = ST_FIN_WAIT2;
	assert_true(dedup_key(&a) != dedup_key(&b));
	/* A cookie, else an inode, names the socket whatever its addresses. */
	a.have = HAVE_INODE;
	a.inode = 77;
	b.have = HAVE_INODE;
	b.inode = 77;
	assert_int_equal(dedup_key(&a), 77);
	assert_int_equal(dedup_key(&b), 77);
	a.proto = PROTO_TCP;
	a.remote.port = 0; /* a listener: its inode */
	assert_int_equal(dedup_key(&a), 77);
	a.have |= HAVE_COOKIE;
	a.cookie = 0x1234;
	assert_int_equal(dedup_key(&a), 0x1234);
}

/* An SCTP association shares its socket's cookie and inode: the socket's row
 * and each association are apart, an association read twice (in another
 * state) is one. */
static void test_sctp_assoc_keys(void **state)
{
	struct sock_rec ep, a1, a2;

	(void)state;
	memset(&ep, 0, sizeof(ep));
	ep.proto = PROTO_SCTP;
	ep.family = AF_INET;
	ep.state = ST_LISTEN;
	ep.local.port = 5000;
	ep.have = HAVE_INODE | HAVE_COOKIE;
	ep.inode = 4711;
	ep.cookie = 0x5c7;
	a1 = ep;
	a1.assoc = 1;
	a1.state = ST_ESTABLISHED;
	a1.remote.addr[0] = 10;
	a1.remote.port = 40000;
	a2 = a1;
	a2.remote.port = 40001;
	assert_int_equal(dedup_key(&ep), 0x5c7);
	assert_true(dedup_key(&a1) != dedup_key(&ep));
	assert_true(dedup_key(&a1) != dedup_key(&a2));
	a2 = a1;
	a2.state = ST_CLOSE_WAIT;
	assert_int_equal(dedup_key(&a1), dedup_key(&a2));
	/* from /proc: no cookie, the inode tells sockets apart */
	a1.have = a2.have = HAVE_INODE;
	a1.cookie = a2.cookie = 0;
	assert_int_equal(dedup_key(&a1), dedup_key(&a2));
	a2.inode = 4712;
	assert_true(dedup_key(&a1) != dedup_key(&a2));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_repeats_within_window),
		cmocka_unit_test(test_window_slides),
		cmocka_unit_test(test_repeated_key_stays_recent),
		cmocka_unit_test(test_keys),
		cmocka_unit_test(test_sctp_assoc_keys),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
