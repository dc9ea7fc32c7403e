/* SPDX-License-Identifier: MIT */
/* tally.c - counts of byte-string keys: an open-addressing table of indexes
 * into one array of groups, the key bytes in one arena (offsets, so the arena
 * may move as it grows). Memory is one group per distinct key. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/hash.h"
#include "sockls/tally.h"

struct group {
	size_t off;     /* key bytes in the arena */
	uint32_t len;
	uint32_t hash;
	uint64_t count;
};

struct tally {
	uint32_t *slots;   /* group index + 1; 0 empty */
	size_t n_slots;    /* a power of two */
	struct group *groups;
	size_t n, cap;
	uint8_t *arena;
	size_t used, room;
	struct tally_entry *sorted;
	uint64_t total;
};

struct tally *tally_new(void)
{
	return calloc(1, sizeof(struct tally));
}

void tally_free(struct tally *t)
{
	if (!t)
		return;
	free(t->slots);
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

static size_t find(const struct tally *t, const void *key, size_t len, uint32_t h)
{
	size_t mask = t->n_slots - 1, i = h & mask;

	for (;; i = (i + 1) & mask) {
		const struct group *g;
		if (!t->slots[i])
			return i;
		g = &t->groups[t->slots[i] - 1];
		if (g->hash == h && g->len == len && !memcmp(t->arena + g->off, key, len))
			return i;
	}
}

/* Load at most one half: twice the slots, every group placed again. */
static int rehash(struct tally *t)
{
	size_t n = t->n_slots ? t->n_slots * 2 : 256;
	uint32_t *s = calloc(n, sizeof(*s));

	if (!s || t->n >= UINT32_MAX) {
		free(s);
		return -ENOMEM;
	}
	free(t->slots);
	t->slots = s;
	t->n_slots = n;
	for (size_t k = 0; k < t->n; k++) {
		const struct group *g = &t->groups[k];
		s[find(t, t->arena + g->off, g->len, g->hash)] = (uint32_t)(k + 1);
	}
	return 0;
}

int tally_add(struct tally *t, const void *key, size_t len)
{
	uint32_t h;
	size_t i;

	if (len > TALLY_KEY_MAX)
		return -E2BIG;
	if ((t->n + 1) * 2 > t->n_slots && rehash(t) < 0)
		return -ENOMEM;
	h = (uint32_t)hash_fnv(HASH_FNV_INIT, key, len);
	i = find(t, key, len, h);
	if (!t->slots[i]) {
		if (grow((void **)&t->groups, &t->cap, t->n + 1, sizeof(*t->groups)) < 0 ||
		    grow((void **)&t->arena, &t->room, t->used + len + 1, 1) < 0)
			return -ENOMEM;
		if (len)
			memcpy(t->arena + t->used, key, len);
		t->groups[t->n] = (struct group){ .off = t->used, .len = (uint32_t)len, .hash = h };
		t->used += len;
		t->slots[i] = (uint32_t)++t->n;
	}
	t->groups[t->slots[i] - 1].count++;
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
