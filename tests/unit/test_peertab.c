/* SPDX-License-Identifier: MIT */
/* test_peertab.c - the tuple -> inode table of local connections: both ends
 * of a pair find each other, IPv4 and v4-mapped IPv6 are one key, TCP and UDP
 * apart, a tuple held twice answers nothing, and 6000 random tuples agree
 * with a plain search. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "sockls/peertab.h"
#include "testrow.h"

static struct sock_rec conn(unsigned int proto, unsigned int family, const char *la,
			    uint16_t lp, const char *ra, uint16_t rp, uint64_t ino)
{
	struct sock_rec r = testrec_inet(proto, family, ST_ESTABLISHED, la, lp, ra, rp);

	r.inode = ino;
	r.have |= HAVE_INODE;
	return r;
}

static void test_pair(void **state)
{
	struct peertab *t = peertab_new();
	struct sock_rec a = conn(PROTO_TCP, AF_INET, "127.0.0.1", 40000, "127.0.0.1", 80, 11);
	struct sock_rec b = conn(PROTO_TCP, AF_INET, "127.0.0.1", 80, "127.0.0.1", 40000, 22);
	struct sock_rec c = conn(PROTO_TCP, AF_INET, "127.0.0.1", 40001, "127.0.0.1", 80, 33);

	(void)state;
	assert_int_equal(peertab_add(t, &a), 0);
	assert_int_equal(peertab_add(t, &b), 0);
	assert_int_equal(peertab_add(t, &c), 0);
	assert_int_equal(peertab_peer(t, &a), 0); /* not sealed yet */
	peertab_seal(t);
	assert_int_equal(peertab_peer(t, &a), 22);
	assert_int_equal(peertab_peer(t, &b), 11);
	assert_int_equal(peertab_peer(t, &c), 0); /* its other end is not there */
	assert_int_equal(peertab_count(t), 3);
	peertab_clear(t);
	assert_int_equal(peertab_count(t), 0);
	assert_int_equal(peertab_peer(t, &a), 0);
	peertab_free(t);
}

/* A v4 client of a dual-stack server: the accepted socket is IPv6, v4-mapped. */
static void test_v4_mapped(void **state)
{
	struct peertab *t = peertab_new();
	struct sock_rec a = conn(PROTO_TCP, AF_INET, "127.0.0.1", 40000, "127.0.0.1", 80, 11);
	struct sock_rec b = conn(PROTO_TCP, AF_INET6, "::ffff:127.0.0.1", 80, "::ffff:127.0.0.1",
				 40000, 22);
	struct sock_rec c = conn(PROTO_TCP, AF_INET6, "::1", 80, "::1", 40000, 44);
	struct sock_rec d = conn(PROTO_TCP, AF_INET6, "::1", 40000, "::1", 80, 55);

	(void)state;
	peertab_add(t, &a);
	peertab_add(t, &b);
	peertab_add(t, &c);
	peertab_add(t, &d);
	peertab_seal(t);
	assert_int_equal(peertab_peer(t, &a), 22);
	assert_int_equal(peertab_peer(t, &b), 11);
	assert_int_equal(peertab_peer(t, &c), 55);
	assert_int_equal(peertab_peer(t, &d), 44);
	peertab_free(t);
}

static void test_protocols_apart(void **state)
{
	struct peertab *t = peertab_new();
	struct sock_rec tcp = conn(PROTO_TCP, AF_INET, "127.0.0.1", 5000, "127.0.0.1", 6000, 11);
	struct sock_rec udp = conn(PROTO_UDP, AF_INET, "127.0.0.1", 6000, "127.0.0.1", 5000, 22);
	struct sock_rec udp2 = conn(PROTO_UDP, AF_INET, "127.0.0.1", 5000, "127.0.0.1", 6000, 33);

	(void)state;
	peertab_add(t, &tcp);
	peertab_add(t, &udp);
	peertab_seal(t);
	assert_int_equal(peertab_peer(t, &tcp), 0); /* the reversed tuple is UDP's */
	assert_int_equal(peertab_peer(t, &udp2), 22);
	peertab_free(t);
}

/* Two UDP sockets with one tuple (SO_REUSEPORT): which one is the peer is not known. */
static void test_ambiguous(void **state)
{
	struct peertab *t = peertab_new();
	struct sock_rec a = conn(PROTO_UDP, AF_INET, "127.0.0.1", 5000, "127.0.0.1", 6000, 11);
	struct sock_rec a2 = conn(PROTO_UDP, AF_INET, "127.0.0.1", 5000, "127.0.0.1", 6000, 12);
	struct sock_rec b = conn(PROTO_UDP, AF_INET, "127.0.0.1", 6000, "127.0.0.1", 5000, 22);
	struct sock_rec same = conn(PROTO_TCP, AF_INET, "127.0.0.1", 1, "127.0.0.1", 2, 7);
	struct sock_rec other = conn(PROTO_TCP, AF_INET, "127.0.0.1", 2, "127.0.0.1", 1, 8);

	(void)state;
	peertab_add(t, &a);
	peertab_add(t, &b);
	peertab_add(t, &a2);
	peertab_add(t, &same);
	peertab_add(t, &same); /* a repeat of one socket is no ambiguity */
	peertab_add(t, &other);
	peertab_seal(t);
	assert_int_equal(peertab_peer(t, &b), 0);
	assert_int_equal(peertab_peer(t, &a), 22);
	assert_int_equal(peertab_peer(t, &other), 7);
	assert_int_equal(peertab_count(t), 6); /* repeats are kept, answered once */
	peertab_free(t);
}

static void test_not_kept(void **state)
{
	struct peertab *t = peertab_new();
	struct sock_rec r = conn(PROTO_TCP, AF_INET, "127.0.0.1", 80, NULL, 0, 5);

	(void)state;
	assert_int_equal(peertab_add(t, &r), 1); /* no remote port: a listener */
	r = conn(PROTO_TCP, AF_INET, "127.0.0.1", 80, "127.0.0.1", 9, 0);
	assert_int_equal(peertab_add(t, &r), 1); /* no inode: a mini-socket */
	r.inode = 0xffffffffull;
	assert_int_equal(peertab_add(t, &r), 1);
	r.inode = 5;
	r.have &= ~(uint32_t)HAVE_INODE;
	assert_int_equal(peertab_add(t, &r), 1);
	r = conn(PROTO_RAW, AF_INET, "127.0.0.1", 1, "127.0.0.1", 1, 5);
	assert_int_equal(peertab_add(t, &r), 1);
	r = conn(PROTO_UNIX, AF_UNIX, NULL, 0, NULL, 0, 5);
	assert_int_equal(peertab_add(t, &r), 1);
	peertab_seal(t);
	assert_int_equal(peertab_peer(t, &r), 0);
	assert_int_equal(peertab_peer(NULL, &r), 0);
	peertab_free(t);
}

#define MANY 6000

/* Few addresses and ports, so that keys collide in every field. */
static struct sock_rec random_rec(unsigned int *seed, uint64_t ino)
{
	char la[32], ra[32];
	bool v6 = rand_r(seed) % 4 == 0;
	unsigned int proto = rand_r(seed) % 2 ? PROTO_UDP : PROTO_TCP;

	if (v6) {
		snprintf(la, sizeof(la), "fd00::%x", rand_r(seed) % 5);
		snprintf(ra, sizeof(ra), "fd00::%x", rand_r(seed) % 5);
	} else {
		snprintf(la, sizeof(la), "127.0.%u.%u", rand_r(seed) % 3, rand_r(seed) % 3);
		snprintf(ra, sizeof(ra), "127.0.%u.%u", rand_r(seed) % 3, rand_r(seed) % 3);
	}
	return conn(proto, v6 ? AF_INET6 : AF_INET, la, (uint16_t)(1 + rand_r(seed) % 12), ra,
		    (uint16_t)(1 + rand_r(seed) % 12), ino);
}

static bool same_tuple(const struct sock_rec *a, const struct sock_rec *b, bool reversed)
{
	const struct sock_endpoint *bl = reversed ? &b->remote : &b->local;
	const struct sock_endpoint *br = reversed ? &b->local : &b->remote;

	return a->proto == b->proto && a->family == b->family &&
	       memcmp(a->local.addr, bl->addr, 16) == 0 && a->local.port == bl->port &&
	       memcmp(a->remote.addr, br->addr, 16) == 0 && a->remote.port == br->port;
}

/* What the table must answer, by looking at every record. */
static uint64_t model_peer(const struct sock_rec *v, size_t n, const struct sock_rec *q)
{
	uint64_t found = 0;

	for (size_t i = 0; i < n; i++) {
		if (!same_tuple(&v[i], q, true))
			continue;
		if (found && found != v[i].inode)
			return 0;
		found = v[i].inode;
	}
	return found;
}

static void test_random_against_model(void **state)
{
	struct sock_rec *v = calloc(MANY, sizeof(*v));
	struct peertab *t = peertab_new();
	unsigned int seed = 1234;
	size_t hits = 0;

	(void)state;
	assert_non_null(v);
	assert_int_equal(peertab_reserve(t, false, 1), 0); /* fewer than come: it grows */
	assert_int_equal(peertab_reserve(t, true, 5000), 0);
	for (size_t i = 0; i < MANY; i++) {
		v[i] = random_rec(&seed, 1 + i % (MANY - 100)); /* some repeats of one inode */
		assert_int_equal(peertab_add(t, &v[i]), 0);
	}
	peertab_seal(t);
	for (size_t i = 0; i < MANY; i++) {
		uint64_t want = model_peer(v, MANY, &v[i]);
		assert_int_equal(peertab_peer(t, &v[i]), want);
		hits += want != 0;
	}
	assert_true(hits > 100); /* the model is not trivially all zeros */
	assert_true(peertab_bytes(t) > 0);
	peertab_free(t);
	free(v);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pair),
		cmocka_unit_test(test_v4_mapped),
		cmocka_unit_test(test_protocols_apart),
		cmocka_unit_test(test_ambiguous),
		cmocka_unit_test(test_not_kept),
		cmocka_unit_test(test_random_against_model),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
