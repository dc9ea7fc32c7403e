/* SPDX-License-Identifier: MIT */
/* dedup.c - the two-generation window of recent keys behind dedup_seen(). */
#include <string.h>

#include "sockls/dedup.h"
#include "sockls/hash.h"

void dedup_init(struct dedup *d)
{
	for (int t = 0; t < 2; t++)
		htab_init_fixed(&d->idx[t], d->slot[t], DEDUP_SLOTS);
	d->cur = 0;
}

static bool key_eq(const void *ctx, uint32_t idx, const void *key)
{
	const uint64_t *v = ctx;

	return v[idx] == *(const uint64_t *)key;
}

static bool in_gen(const struct dedup *d, unsigned int t, uint64_t key, uint64_t h)
{
	return htab_find(&d->idx[t], h, key_eq, d->key[t], &key) != HTAB_NONE;
}

bool dedup_seen(struct dedup *d, uint64_t key)
{
	uint64_t h = hash_u64(key);
	struct htab *cur = &d->idx[d->cur];
	bool old;

	if (in_gen(d, d->cur, key, h))
		return true;
	old = in_gen(d, d->cur ^ 1, key, h);
	/* Keep it among the recent keys either way, so a socket repeated more
	 * than once is caught every time. The older generation is forgotten
	 * and becomes the new current one. */
	if (cur->n == DEDUP_WINDOW) {
		d->cur ^= 1;
		cur = &d->idx[d->cur];
		htab_clear(cur);
	}
	d->key[d->cur][cur->n] = key;
	htab_add(cur, h, key_eq, d->key[d->cur], &key, (uint32_t)cur->n, NULL);
	return old;
}

uint64_t dedup_key(const struct sock_rec *rec)
{
	uint64_t h;

	/* A connected TCP socket is its 4-tuple (no two share one): /proc shows
	 * a connection waiting in the accept queue with inode 0 and again, after
	 * accept(), with its inode; and its state may change between two reads. */
	bool tcp_conn = rec->proto == PROTO_TCP && rec->remote.port != 0;
	/* An SCTP association shares its socket's cookie and inode with the
	 * socket's own row and its other associations: those plus its tuple. */
	bool assoc = rec->proto == PROTO_SCTP && rec->assoc;

	if (!assoc && (rec->have & HAVE_COOKIE) && rec->cookie)
		return rec->cookie;
	if (!tcp_conn && !assoc && (rec->have & HAVE_INODE) && rec->inode)
		return rec->inode;
	/* Inode 0 (TIME_WAIT, request sockets) or a TCP connection: the tuple. */
	h = hash_sock_tuple(rec);
	if (assoc) {
		h = hash_fnv(h, &rec->cookie, sizeof(rec->cookie));
		h = hash_fnv(h, &rec->inode, sizeof(rec->inode));
	} else if (!tcp_conn) {
		h = hash_fnv(h, &rec->state, sizeof(rec->state));
	}
	return h;
}
