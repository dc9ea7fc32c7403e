/* SPDX-License-Identifier: MIT */
/* tally.h - counts of byte-string keys (uniq -c), then sorted as sort -rn
 * would put them, with one stable order for equal counts. Pure. */
#ifndef SOCKLS_TALLY_H
#define SOCKLS_TALLY_H

#include <stddef.h>
#include <stdint.h>

#define TALLY_KEY_MAX 4096 /* longest key tally_add() takes */

struct tally; /* opaque */

struct tally_entry {
	const uint8_t *key;
	size_t len;
	uint64_t count;
};

/* NULL with errno ENOMEM. */
struct tally *tally_new(void);
void tally_free(struct tally *t);

/* One more of key (len bytes, may be 0). 0, -ENOMEM, or -E2BIG (len over TALLY_KEY_MAX). */
int tally_add(struct tally *t, const void *key, size_t len);

/* Distinct keys, and the sum of every count. */
size_t tally_groups(const struct tally *t);
uint64_t tally_total(const struct tally *t);

/* Every key with its count, largest count first; equal counts by key bytes
 * ascending (memcmp; a key that is a prefix of another first). The array and
 * keys are the tally's, valid until the next tally_add() or tally_free().
 * 0 or -ENOMEM. */
int tally_sorted(struct tally *t, const struct tally_entry **out, size_t *n);

/* The order of tally_sorted(), for callers that sort entries themselves. */
int tally_cmp(const struct tally_entry *a, const struct tally_entry *b);

#endif
