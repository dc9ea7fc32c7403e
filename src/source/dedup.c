/* SPDX-License-Identifier: MIT */
/* dedup.c - the two-generation window of recent keys behind dedup_seen(). */
#include <string.h>

#include "sockls/dedup.h"

void dedup_init(struct dedup *d)
{
	memset(d->tab, 0, sizeof(d->tab));
	d->n[0] = d->n[1] = 0;
	d->cur = 0;
}

/* The older generation is forgotten and becomes the new current one. */
static void rotate(struct dedup *d)
{
	unsigned int t = d->cur ^ 1;

	for (unsigned int i = 0; i < d->n[t]; i++)
		d->tab[t][d->used[t][i]] = 0;
	d->n[t] = 0;
	d->cur = t;
}

static uint64_t mix(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	x *= 0xc4ceb9fe1a85ec53ULL;
	return x ^ (x >> 33);
}

/* Found, or the empty slot where key would go. */
static bool lookup(const struct dedup *d, unsigned int t, uint64_t key, unsigned int *slot)
{
	unsigned int i = (unsigned int)mix(key) & (DEDUP_SLOTS - 1);

	while (d->tab[t][i]) {
		if (d->tab[t][i] == key)
			return true;
		i = (i + 1) & (DEDUP_SLOTS - 1);
	}
	*slot = i;
	return false;
}

bool dedup_seen(struct dedup *d, uint64_t key)
{
	unsigned int slot;
	bool old;

	if (key == 0)
		key = 1; /* 0 marks an empty slot */
	if (lookup(d, d->cur, key, &slot))
		return true;
	old = lookup(d, d->cur ^ 1, key, &(unsigned int){ 0 });
	/* Keep it among the recent keys either way, so a socket repeated more
	 * than once is caught every time. */
	if (d->n[d->cur] == DEDUP_WINDOW) {
		rotate(d);
		lookup(d, d->cur, key, &slot);
	}
	d->tab[d->cur][slot] = key;
	d->used[d->cur][d->n[d->cur]++] = (uint16_t)slot;
	return old;
}

uint64_t dedup_key(const struct sock_rec *rec)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	const uint8_t *parts[2] = { rec->local.addr, rec->remote.addr };

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
	for (int p = 0; p < 2; p++)
		for (int i = 0; i < 16; i++)
			h = (h ^ parts[p][i]) * 0x100000001b3ULL;
	h = (h ^ rec->local.port) * 0x100000001b3ULL;
	h = (h ^ rec->remote.port) * 0x100000001b3ULL;
	if (assoc)
		h = ((h ^ rec->cookie) * 0x100000001b3ULL ^ rec->inode) * 0x100000001b3ULL;
	else if (!tcp_conn)
		h = (h ^ rec->state) * 0x100000001b3ULL;
	return (h ^ rec->family) * 0x100000001b3ULL;
}
