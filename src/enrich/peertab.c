/* SPDX-License-Identifier: MIT */
/* peertab.c - 4-tuple -> inode of the local connections of one namespace:
 * four arrays (TCP, UDP; IPv4, IPv6), appended during one dump, then grouped
 * in place by a hash of the tuple. 16 bytes an IPv4 socket and 1 of index:
 * memory follows the number of local connections only. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/peertab.h"
#include "sockls/proto.h"

#define PT_MANY 0xffffffffu /* not kept: a kernel inode is 32 bits and never this */

struct pt_v4 {
	uint32_t laddr, raddr; /* as their bytes are in memory */
	uint16_t lport, rport;
	uint32_t ino;
};

struct pt_v6 {
	uint8_t key[36]; /* local, remote, local port, remote port */
	uint32_t ino;
};

struct pt_arr {
	void *v;
	size_t n, cap;
	uint32_t *start;  /* the seal's: bucket b is entries [start[b], start[b + 1]) */
	size_t nb;
};

struct peertab {
	struct pt_arr a[PROTO_EPH_MAX][2]; /* [kind][v6] */
	bool sealed;
};

struct peertab *peertab_new(void)
{
	return calloc(1, sizeof(struct peertab));
}

void peertab_free(struct peertab *t)
{
	if (!t)
		return;
	for (int p = 0; p < 2; p++)
		for (int v = 0; v < 2; v++) {
			free(t->a[p][v].v);
			free(t->a[p][v].start);
		}
	free(t);
}

void peertab_clear(struct peertab *t)
{
	for (int p = 0; p < 2; p++)
		for (int v = 0; v < 2; v++)
			t->a[p][v].n = 0;
	t->sealed = false;
}

static size_t esize(int v6)
{
	return v6 ? sizeof(struct pt_v6) : sizeof(struct pt_v4);
}

/* An endpoint's IPv4 address (AF_INET, or v4-mapped in IPv6) as a number. */
static uint32_t addr4(const struct sock_rec *rec, const struct sock_endpoint *ep)
{
	uint32_t a;

	memcpy(&a, rec->family == AF_INET ? ep->addr : ep->addr + 12, 4);
	return a;
}

/* Fills the entry for rec's tuple (swapped when reversed); -1 for what no
 * table keeps, else whether it is an IPv6 one. */
static int make_entry(const struct sock_rec *rec, bool reversed, struct pt_v4 *e4,
		      struct pt_v6 *e6)
{
	const struct sock_endpoint *a = reversed ? &rec->remote : &rec->local;
	const struct sock_endpoint *b = reversed ? &rec->local : &rec->remote;

	if (!proto_has(rec->proto, PROTO_F_EPHEMERAL) || rec->proto >= PROTO_EPH_MAX ||
	    !rec->remote.port)
		return -1;
	if (rec->family == AF_INET ||
	    (rec->family == AF_INET6 && sock_is_v4mapped(a->addr) && sock_is_v4mapped(b->addr))) {
		e4->laddr = addr4(rec, a);
		e4->raddr = addr4(rec, b);
		e4->lport = a->port;
		e4->rport = b->port;
		return 0;
	}
	if (rec->family != AF_INET6)
		return -1;
	memcpy(e6->key, a->addr, 16);
	memcpy(e6->key + 16, b->addr, 16);
	memcpy(e6->key + 32, &a->port, 2);
	memcpy(e6->key + 34, &b->port, 2);
	return 1;
}

static int pt_grow(struct pt_arr *x, int v6, size_t cap)
{
	void *nv;

	if (cap <= x->cap)
		return 0;
	if (cap > SIZE_MAX / esize(v6) || !(nv = realloc(x->v, cap * esize(v6))))
		return -ENOMEM;
	x->v = nv;
	x->cap = cap;
	return 0;
}

int peertab_reserve(struct peertab *t, bool udp, size_t n)
{
	return pt_grow(&t->a[udp][0], 0, n);
}

int peertab_add(struct peertab *t, const struct sock_rec *rec)
{
	struct pt_v4 e4;
	struct pt_v6 e6;
	struct pt_arr *x;
	int v6;

	if (!(rec->have & HAVE_INODE) || rec->inode == 0 || rec->inode >= PT_MANY ||
	    (v6 = make_entry(rec, false, &e4, &e6)) < 0)
		return 1;
	x = &t->a[rec->proto][v6];
	if (x->n == x->cap && pt_grow(x, v6, x->cap < 256 ? 256 : x->cap + x->cap / 2) < 0)
		return -ENOMEM;
	e4.ino = e6.ino = (uint32_t)rec->inode;
	memcpy((uint8_t *)x->v + x->n++ * esize(v6), v6 ? (void *)&e6 : (void *)&e4, esize(v6));
	t->sealed = false;
	return 0;
}

static uint8_t *entry_at(const struct pt_arr *x, int v6, size_t i)
{
	return (uint8_t *)x->v + i * esize(v6);
}

/* Key bytes: 12 of an IPv4 entry (addresses, ports), 36 of an IPv6 one. */
static size_t klen(int v6)
{
	return v6 ? 36 : 12;
}

static uint32_t ino_of(const uint8_t *e, int v6)
{
	uint32_t ino;

	memcpy(&ino, e + klen(v6), sizeof(ino));
	return ino;
}

static size_t bucket_of(const uint8_t *k, size_t len, size_t nb)
{
	uint64_t h = 0x243F6A8885A308D3ull;

	for (size_t i = 0; i < len; i += 4) {
		uint32_t w;
		memcpy(&w, k + i, sizeof(w));
		h = (h ^ w) * 0x9E3779B97F4A7C15ull;
		h ^= h >> 29;
	}
	return (size_t)(((h >> 32) * (uint64_t)nb) >> 32);
}

static void swap_entries(uint8_t *a, uint8_t *b, size_t n)
{
	uint8_t t[sizeof(struct pt_v6)];

	memcpy(t, a, n);
	memcpy(a, b, n);
	memcpy(b, t, n);
}

/* Groups the entries by a hash of their key, in place (each moves once to
 * its bucket, as a counting sort), and keeps where each bucket starts: about
 * four entries a bucket, 4 bytes of index for them. */
static int seal_one(struct pt_arr *x, int v6)
{
	size_t nb = x->n / 4 + 1, es = esize(v6);
	uint32_t *next;

	free(x->start);
	x->nb = nb;
	if (x->n > UINT32_MAX - 1 || !(x->start = calloc(nb + 1, sizeof(uint32_t))))
		return -ENOMEM;
	if (!(next = malloc(nb * sizeof(uint32_t))))
		return -ENOMEM;
	for (size_t i = 0; i < x->n; i++)
		x->start[bucket_of(entry_at(x, v6, i), klen(v6), nb) + 1]++;
	for (size_t b = 0; b < nb; b++) {
		x->start[b + 1] += x->start[b];
		next[b] = x->start[b];
	}
	for (size_t b = 0; b < nb; b++)
		while (next[b] < x->start[b + 1]) {
			uint8_t *e = entry_at(x, v6, next[b]);
			size_t to = bucket_of(e, klen(v6), nb);
			if (to == b)
				next[b]++;
			else
				swap_entries(e, entry_at(x, v6, next[to]++), es);
		}
	free(next);
	return 0;
}

int peertab_seal(struct peertab *t)
{
	int err = 0;

	for (int p = 0; p < 2; p++)
		for (int v = 0; v < 2; v++)
			if (seal_one(&t->a[p][v], v) < 0)
				err = -ENOMEM;
	t->sealed = err == 0;
	return err;
}

uint64_t peertab_peer(const struct peertab *t, const struct sock_rec *rec)
{
	struct pt_v4 e4;
	struct pt_v6 e6;
	const struct pt_arr *x;
	const uint8_t *k;
	uint32_t found = 0;
	size_t b;
	int v6;

	if (!t || !t->sealed || (v6 = make_entry(rec, true, &e4, &e6)) < 0)
		return 0;
	x = &t->a[rec->proto][v6];
	if (!x->n)
		return 0;
	k = v6 ? e6.key : (const uint8_t *)&e4;
	b = bucket_of(k, klen(v6), x->nb);
	/* a tuple two sockets hold (or one, seen twice) is in one bucket */
	for (uint32_t i = x->start[b]; i < x->start[b + 1]; i++) {
		const uint8_t *e = entry_at(x, v6, i);
		if (memcmp(e, k, klen(v6)) != 0)
			continue;
		if (found && found != ino_of(e, v6))
			return 0;
		found = ino_of(e, v6);
	}
	return found;
}

size_t peertab_count(const struct peertab *t)
{
	size_t n = 0;

	for (int p = 0; p < 2; p++)
		for (int v = 0; v < 2; v++)
			n += t->a[p][v].n;
	return n;
}

size_t peertab_bytes(const struct peertab *t)
{
	size_t n = sizeof(*t);

	for (int p = 0; p < 2; p++)
		for (int v = 0; v < 2; v++)
			n += t->a[p][v].cap * esize(v) + (t->a[p][v].nb + 1) * sizeof(uint32_t);
	return n;
}
