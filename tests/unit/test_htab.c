/* SPDX-License-Identifier: MIT */
/* test_htab.c - the one hash table: collisions, growth, its cap, deletion,
 * a fixed table, and the one hash function. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sockls/hash.h"
#include "sockls/htab.h"

#define N 5000

static uint64_t keys[N];

static bool eq_u64(const void *ctx, uint32_t idx, const void *key)
{
	const uint64_t *v = ctx;

	return v[idx] == *(const uint64_t *)key;
}

/* A hash that puts every key in one run: only eq() tells them apart. */
static uint64_t bad_hash(uint64_t k)
{
	(void)k;
	return 7;
}

static int add(struct htab *t, uint64_t (*hf)(uint64_t), uint32_t idx)
{
	return htab_add(t, hf(keys[idx]), eq_u64, keys, &keys[idx], idx, NULL);
}

static uint32_t find(const struct htab *t, uint64_t (*hf)(uint64_t), uint64_t key)
{
	return htab_find(t, hf(key), eq_u64, keys, &key);
}

static void test_add_find_grow(void **state)
{
	struct htab t;
	uint32_t found = 0;

	(void)state;
	htab_init(&t, N);
	assert_int_equal(find(&t, hash_u64, 1), HTAB_NONE);
	for (uint32_t i = 0; i < N; i++) {
		keys[i] = (uint64_t)i * 1000003u;
		assert_int_equal(add(&t, hash_u64, i), 0);
	}
	assert_int_equal(t.n, N);
	/* grown by doubling, never more than two thirds full */
	assert_true(htab_bytes(&t) >= 3 * N / 2 * sizeof(struct htab_slot));
	assert_true(htab_bytes(&t) <= 4 * N * sizeof(struct htab_slot));
	for (uint32_t i = 0; i < N; i++)
		assert_int_equal(find(&t, hash_u64, keys[i]), i);
	assert_int_equal(find(&t, hash_u64, 12345), HTAB_NONE);
	/* a key already there is found, not added twice */
	assert_int_equal(htab_add(&t, hash_u64(keys[17]), eq_u64, keys, &keys[17], 99, &found), 1);
	assert_int_equal(found, 17);
	assert_int_equal(t.n, N);
	htab_fini(&t);
}

static void test_collisions(void **state)
{
	struct htab t;

	(void)state;
	htab_init(&t, 300);
	for (uint32_t i = 0; i < 300; i++) {
		keys[i] = i + 1;
		assert_int_equal(add(&t, bad_hash, i), 0);
	}
	for (uint32_t i = 0; i < 300; i++)
		assert_int_equal(find(&t, bad_hash, i + 1), i);
	assert_int_equal(find(&t, bad_hash, 1000), HTAB_NONE);
	htab_fini(&t);
}

static void test_cap(void **state)
{
	struct htab t;

	(void)state;
	htab_init(&t, 10);
	for (uint32_t i = 0; i < 11; i++)
		keys[i] = i;
	for (uint32_t i = 0; i < 10; i++)
		assert_int_equal(add(&t, hash_u64, i), 0);
	assert_int_equal(add(&t, hash_u64, 10), -ENOSPC);
	/* at the cap a key there is still found */
	assert_int_equal(add(&t, hash_u64, 3), 1);
	assert_int_equal(find(&t, hash_u64, 10), HTAB_NONE);
	htab_fini(&t);
}

static void test_delete(void **state)
{
	struct htab t;
	uint64_t (*hfs[2])(uint64_t) = { hash_u64, bad_hash };

	(void)state;
	for (int f = 0; f < 2; f++) {
		htab_init(&t, 1000);
		for (uint32_t i = 0; i < 1000; i++) {
			keys[i] = i * 7 + 1;
			assert_int_equal(add(&t, hfs[f], i), 0);
		}
		/* every third one goes: the rest of each run must stay reachable */
		for (uint32_t i = 0; i < 1000; i += 3)
			assert_true(htab_del(&t, hfs[f](keys[i]), eq_u64, keys, &keys[i]));
		assert_false(htab_del(&t, hfs[f](keys[0]), eq_u64, keys, &keys[0]));
		for (uint32_t i = 0; i < 1000; i++)
			assert_int_equal(find(&t, hfs[f], keys[i]), i % 3 ? i : HTAB_NONE);
		assert_int_equal(t.n, 1000 - 334);
		/* and its place can be taken again */
		assert_int_equal(add(&t, hfs[f], 0), 0);
		assert_int_equal(find(&t, hfs[f], keys[0]), 0);
		htab_fini(&t);
	}
}

static void test_fixed(void **state)
{
	struct htab_slot slots[12];
	struct htab t;

	(void)state;
	htab_init_fixed(&t, slots, 12);
	assert_int_equal(htab_reserve(&t, 20), 0); /* the cap: what it holds already */
	for (uint32_t i = 0; i < 9; i++)
		keys[i] = i + 100;
	for (uint32_t i = 0; i < 8; i++)
		assert_int_equal(add(&t, hash_u64, i), 0);
	assert_int_equal(add(&t, hash_u64, 8), -ENOSPC);
	assert_int_equal(htab_bytes(&t), sizeof(slots));
	htab_clear(&t);
	assert_int_equal(find(&t, hash_u64, 100), HTAB_NONE);
	assert_int_equal(add(&t, hash_u64, 8), 0);
	assert_int_equal(find(&t, hash_u64, 108), 8);
	htab_fini(&t);
}

static void test_reserve(void **state)
{
	struct htab t;
	size_t bytes;

	(void)state;
	htab_init(&t, N);
	for (uint32_t i = 0; i < 10; i++) {
		keys[i] = i * 3;
		assert_int_equal(add(&t, hash_u64, i), 0);
	}
	/* sized to the entries, not to a power of two; what was there stays */
	assert_int_equal(htab_reserve(&t, 3000), 0);
	bytes = htab_bytes(&t);
	assert_true(bytes >= 4500 * sizeof(struct htab_slot));
	assert_true(bytes < 4600 * sizeof(struct htab_slot));
	for (uint32_t i = 0; i < 10; i++)
		assert_int_equal(find(&t, hash_u64, keys[i]), i);
	for (uint32_t i = 10; i < 3000; i++) {
		keys[i] = i * 3;
		assert_int_equal(add(&t, hash_u64, i), 0);
	}
	assert_int_equal(htab_bytes(&t), bytes); /* no growth */
	/* never past the cap */
	assert_int_equal(htab_reserve(&t, 100000), 0);
	assert_true(htab_bytes(&t) < N * 2 * sizeof(struct htab_slot));
	for (uint32_t i = 0; i < 3000; i++)
		assert_int_equal(find(&t, hash_u64, keys[i]), i);
	htab_fini(&t);
}

static void test_hash(void **state)
{
	(void)state;
	/* FNV-1a's published values */
	assert_true(hash_fnv(HASH_FNV_INIT, "", 0) == 0xcbf29ce484222325ULL);
	assert_true(hash_fnv(HASH_FNV_INIT, "a", 1) == 0xaf63dc4c8601ec8cULL);
	assert_true(hash_fnv(HASH_FNV_INIT, "foobar", 6) == 0x85944171f73967e8ULL);
	assert_true(hash_u64(1) != hash_u64(2));
	assert_true((uint32_t)hash_u64(1) != (uint32_t)hash_u64(2));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_add_find_grow),
		cmocka_unit_test(test_collisions),
		cmocka_unit_test(test_cap),
		cmocka_unit_test(test_delete),
		cmocka_unit_test(test_fixed),
		cmocka_unit_test(test_reserve),
		cmocka_unit_test(test_hash),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
