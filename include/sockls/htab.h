/* SPDX-License-Identifier: MIT */
/* htab.h - the one hash table: an open-addressing index over entries the
 * caller owns (an array, a ring, an arena), by entry number.
 *
 * A slot holds 32 bits of the key's hash and the entry's number: a probe
 * compares hashes and asks the caller's eq() only when they agree, so the
 * caller keeps its keys (bytes, a 64-bit number) in its own entries. Hash
 * with hash.h (hash_fnv for bytes, hash_u64 for a number): the low 32 bits
 * are kept and place the key. The table is at most two thirds full, grows
 * by doubling up to a hard cap on entries (or is sized once, htab_reserve),
 * and allocates nothing per entry. A fixed table uses the caller's slots
 * (htab_init_fixed) and never allocates. */
#ifndef SOCKLS_HTAB_H
#define SOCKLS_HTAB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define HTAB_NONE UINT32_MAX    /* no entry */
#define HTAB_MAX (UINT32_MAX / 4) /* the largest cap on entries */

struct htab_slot {
	uint32_t hash;  /* the low 32 bits of the key's hash */
	uint32_t ref;   /* entry number + 1; 0 marks a free slot */
};

struct htab {
	struct htab_slot *slot;
	size_t size;    /* slots, 0 before the first add */
	size_t n;       /* entries indexed */
	size_t max;     /* the cap on n; 0 is HTAB_MAX */
	bool fixed;     /* slot is the caller's and never grows */
};

/* Whether entry number idx holds key (the caller's own comparison). */
typedef bool htab_eq_fn(const void *ctx, uint32_t idx, const void *key);

/* An empty table that grows up to max entries (at most HTAB_MAX; 0 is
 * HTAB_MAX, so a zeroed struct htab is an empty table too). */
void htab_init(struct htab *t, size_t max);
/* A table over the caller's n_slots slots (at least 3): two thirds of
 * them, at most, are entries. */
void htab_init_fixed(struct htab *t, struct htab_slot *slot, size_t n_slots);
void htab_fini(struct htab *t);
/* Room for n entries (at most the cap) without growing: 12 bytes an entry.
 * 0 or -ENOMEM. */
int htab_reserve(struct htab *t, size_t n);
/* Forgets every entry; keeps the slots. */
void htab_clear(struct htab *t);
/* The entry number of key (hash h), or HTAB_NONE. */
uint32_t htab_find(const struct htab *t, uint64_t h, htab_eq_fn *eq, const void *ctx,
		   const void *key);
/* Indexes entry idx under key unless an entry holds key already: 0 when
 * added, 1 when found (its number in *found when found is not NULL),
 * -ENOSPC at the cap, -ENOMEM when the table cannot grow. */
int htab_add(struct htab *t, uint64_t h, htab_eq_fn *eq, const void *ctx, const void *key,
	     uint32_t idx, uint32_t *found);
/* Removes the entry of key; entry numbers of the others do not change.
 * Whether it was there. */
bool htab_del(struct htab *t, uint64_t h, htab_eq_fn *eq, const void *ctx, const void *key);
/* Bytes of slots held. */
size_t htab_bytes(const struct htab *t);

#endif
