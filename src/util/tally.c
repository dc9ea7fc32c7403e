/* SPDX-License-Identifier: MIT */
/* tally.c - counts of byte-string keys: one array of groups indexed by the
 * hash table, the key bytes in one arena (offsets, so the arena may move as
 * it grows). Memory is one group per distinct key. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/hash.h"
#include "sockls/htab.h"
#include "sockls/tally.h"

struct group {
	size_t off;     /* key bytes in the arena */
	uint32_t len;
	uint64_t count;
};

struct tally {
	struct htab idx;   /* by key, of groups */
	struct group *groups;
	size_t n, cap;
	uint8_t *arena;
	size_t used, room;
	struct tally_entry *sorted;
	uint64_t total;
};

struct tally *tally_new(void)
{
	struct tally *t = calloc(1, sizeof(struct tally));

	if (t)
		htab_init(&t->idx, HTAB_MAX);
	return t;
}

void tally_free(struct tally *t)
{
	if (!t)
		return;
	htab_fini(&t->idx);
	free(t->groups);
	free(t->arena);
	free(t->sorted);
	free(t);
}

static int grow(void **p, size_t *cap, size_t need, size_t elem)
{
	size_t n = *cap ? *cap : 64;
	void *q;

	while (n < need)
		n *= 2;
	if (n == *cap)
		return 0;
	if (n > SIZE_MAX / elem || !(q = realloc(*p, n * elem)))
		return -ENOMEM;
	*p = q;
	*cap = n;
	return 0;
}

struct tally_key {
	const void *p;
	size_t len;
};

static bool key_eq(const void *ctx, uint32_t idx, const void *key)
{
	const struct tally *t = ctx;
	const struct tally_key *k = key;
	const struct group *g = &t->groups[idx];

	return g->len == k->len && !memcmp(t->arena + g->off, k->p, k->len);
}

int tally_add(struct tally *t, const void *key, size_t len)
{
	struct tally_key k = { key, len };
	uint32_t i;
	int ret;

	if (len > TALLY_KEY_MAX)
		return -E2BIG;
	/* room for a new group first, so one probe finds or adds */
	if (t->n >= UINT32_MAX - 1 ||
	    grow((void **)&t->groups, &t->cap, t->n + 1, sizeof(*t->groups)) < 0 ||
	    grow((void **)&t->arena, &t->room, t->used + len + 1, 1) < 0)
		return -ENOMEM;
	ret = htab_add(&t->idx, hash_fnv(HASH_FNV_INIT, key, len), key_eq, t, &k, (uint32_t)t->n,
		       &i);
	if (ret < 0)
		return -ENOMEM;
	if (ret == 0) {
		if (len)
			memcpy(t->arena + t->used, key, len);
		t->groups[t->n] = (struct group){ .off = t->used, .len = (uint32_t)len };
		t->used += len;
		i = (uint32_t)t->n++;
	}
	t->groups[i].count++;
	t->total++;
	return 0;
}

size_t tally_groups(const struct tally *t)
{
	return t->n;
}

uint64_t tally_total(const struct tally *t)
{
	return t->total;
}

int tally_cmp(const struct tally_entry *a, const struct tally_entry *b)
{
	size_t n = a->len < b->len ? a->len : b->len;
	int c;

	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	if ((c = n ? memcmp(a->key, b->key, n) : 0) != 0)
		return c;
	return a->len < b->len ? -1 : a->len > b->len;
}

static int cmp_cb(const void *a, const void *b)
{
	return tally_cmp(a, b);
}

int tally_sorted(struct tally *t, const struct tally_entry **out, size_t *n)
{
	struct tally_entry *v = realloc(t->sorted, (t->n ? t->n : 1) * sizeof(*v));

	*out = NULL;
	*n = 0;
	if (!v)
		return -ENOMEM;
	t->sorted = v;
	for (size_t k = 0; k < t->n; k++)
		v[k] = (struct tally_entry){ t->arena + t->groups[k].off, t->groups[k].len,
					     t->groups[k].count };
	qsort(v, t->n, sizeof(*v), cmp_cb);
	*out = v;
	*n = t->n;
	return 0;
}
