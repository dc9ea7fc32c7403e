/* SPDX-License-Identifier: MIT */
/* htab.c - linear probing over (hash, entry number) slots, at most two
 * thirds full; a hash maps to its home slot by a multiply-shift, so the
 * table need not be a power of two (htab_reserve sizes it to the entries).
 * Deletion shifts the rest of a run back, so no tombstones. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/htab.h"

#define HTAB_MIN_SLOTS 256u

static size_t home(const struct htab *t, uint32_t h)
{
	return (size_t)(((uint64_t)h * t->size) >> 32);
}

static size_t next(const struct htab *t, size_t i)
{
	return i + 1 < t->size ? i + 1 : 0;
}

/* Whether n entries fit size slots: at most two thirds full. */
static bool fits(size_t n, size_t size)
{
	return n <= size / 3 * 2;
}

void htab_init(struct htab *t, size_t max)
{
	memset(t, 0, sizeof(*t));
	t->max = max < HTAB_MAX ? max : HTAB_MAX;
}

static size_t cap_of(const struct htab *t)
{
	return t->max ? t->max : HTAB_MAX;
}

void htab_init_fixed(struct htab *t, struct htab_slot *slot, size_t n_slots)
{
	memset(t, 0, sizeof(*t));
	t->slot = slot;
	t->size = n_slots;
	t->max = n_slots / 3 * 2;
	t->fixed = true;
	htab_clear(t);
}

void htab_fini(struct htab *t)
{
	if (!t->fixed)
		free(t->slot);
	t->slot = NULL;
	t->size = t->n = 0;
}

void htab_clear(struct htab *t)
{
	if (t->slot)
		memset(t->slot, 0, t->size * sizeof(*t->slot));
	t->n = 0;
}

/* The slot of key, or the free slot that ends its run. */
static size_t probe(const struct htab *t, uint32_t h, htab_eq_fn *eq, const void *ctx,
		    const void *key)
{
	size_t i = home(t, h);

	for (;; i = next(t, i)) {
		const struct htab_slot *s = &t->slot[i];
		if (!s->ref || (s->hash == h && eq(ctx, s->ref - 1, key)))
			return i;
	}
}

uint32_t htab_find(const struct htab *t, uint64_t h, htab_eq_fn *eq, const void *ctx,
		   const void *key)
{
	size_t i;

	if (!t->slot)
		return HTAB_NONE;
	i = probe(t, (uint32_t)h, eq, ctx, key);
	return t->slot[i].ref ? t->slot[i].ref - 1 : HTAB_NONE;
}

/* n slots, every entry placed again by its kept hash. */
static int resize(struct htab *t, size_t n)
{
	struct htab old = *t;
	struct htab_slot *s;

	if (t->fixed)
		return -ENOSPC;
	if (n > SIZE_MAX / sizeof(*s) || !(s = calloc(n, sizeof(*s))))
		return -ENOMEM;
	t->slot = s;
	t->size = n;
	for (size_t k = 0; k < old.size; k++) {
		size_t i;
		if (!old.slot[k].ref)
			continue;
		for (i = home(t, old.slot[k].hash); s[i].ref; i = next(t, i))
			;
		s[i] = old.slot[k];
	}
	free(old.slot);
	return 0;
}

int htab_reserve(struct htab *t, size_t n)
{
	if (n > cap_of(t))
		n = cap_of(t);
	if (t->slot && fits(n, t->size))
		return 0;
	return resize(t, n + n / 2 + 2);
}

int htab_add(struct htab *t, uint64_t h, htab_eq_fn *eq, const void *ctx, const void *key,
	     uint32_t idx, uint32_t *found)
{
	uint32_t h32 = (uint32_t)h;
	size_t i;
	int err;

	if (t->slot) {
		i = probe(t, h32, eq, ctx, key);
		if (t->slot[i].ref) {
			if (found)
				*found = t->slot[i].ref - 1;
			return 1;
		}
	}
	if (t->n >= cap_of(t) || idx == HTAB_NONE)
		return -ENOSPC;
	if (!t->slot || !fits(t->n + 1, t->size)) {
		if ((err = resize(t, t->slot ? 2 * t->size : HTAB_MIN_SLOTS)) < 0)
			return err;
	}
	for (i = home(t, h32); t->slot[i].ref; i = next(t, i))
		;
	t->slot[i] = (struct htab_slot){ .hash = h32, .ref = idx + 1 };
	t->n++;
	return 0;
}

bool htab_del(struct htab *t, uint64_t h, htab_eq_fn *eq, const void *ctx, const void *key)
{
	size_t i, j, size = t->size;

	if (!t->slot || !size)
		return false;
	i = probe(t, (uint32_t)h, eq, ctx, key);
	if (!t->slot[i].ref)
		return false;
	/* Moves back each later slot of the run whose home is not between the
	 * hole and it (cyclically), so every probe still reaches its entry. */
	for (j = next(t, i); t->slot[j].ref; j = next(t, j)) {
		size_t at = home(t, t->slot[j].hash);
		if ((j + size - at) % size >= (j + size - i) % size) {
			t->slot[i] = t->slot[j];
			i = j;
		}
	}
	t->slot[i] = (struct htab_slot){ 0 };
	t->n--;
	return true;
}

size_t htab_bytes(const struct htab *t)
{
	return t->slot ? t->size * sizeof(*t->slot) : 0;
}
