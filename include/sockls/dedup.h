/* SPDX-License-Identifier: MIT */
/* dedup.h - drops a socket that a dump shows twice, in bounded memory.
 *
 * Both sources read the kernel's socket tables in chunks (a netlink skb, a /proc
 * read()), and each chunk resumes its hash bucket by position: a socket added to
 * the bucket meanwhile pushes ones already shown forward, so they come again a
 * little later. (Seen under churn: /proc repeats rows up to ~30 lines and four
 * reads later.) Repeats are close to the first showing, so the keys of the last
 * DEDUP_WINDOW to 2 * DEDUP_WINDOW records are enough. */
#ifndef SOCKLS_DEDUP_H
#define SOCKLS_DEDUP_H

#include <stdbool.h>
#include <stdint.h>

#include "sockls/htab.h"
#include "sockls/sock.h"

#define DEDUP_WINDOW 2048
#define DEDUP_SLOTS (2 * DEDUP_WINDOW)  /* per generation: at most half full */

struct dedup {
	uint64_t key[2][DEDUP_WINDOW];    /* per generation, in the order seen */
	struct htab_slot slot[2][DEDUP_SLOTS];
	struct htab idx[2];               /* fixed tables over slot: no allocation */
	unsigned int cur;
};

void dedup_init(struct dedup *d);
/* True when key was among the last DEDUP_WINDOW..2*DEDUP_WINDOW keys; either way
 * it is now among the most recent. */
bool dedup_seen(struct dedup *d, uint64_t key);
/* The key of a record: its cookie when it has one; a connected TCP socket's
 * 4-tuple (stable across accept() and state changes); an SCTP association's
 * tuple with its socket's cookie and inode; else its inode, or its 4-tuple
 * and state when it has none. */
uint64_t dedup_key(const struct sock_rec *rec);

#endif
