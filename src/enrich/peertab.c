/* SPDX-License-Identifier: MIT */
/* peertab.c - 4-tuple -> inode of the local connections of one namespace:
 * four arrays (TCP, UDP; IPv4, IPv6), appended during one dump, then indexed
 * by the hash table at the seal. A tuple held twice maps to nothing. Memory
 * follows the number of local connections only. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/hash.h"
#include "sockls/htab.h"
#include "sockls/peertab.h"
#include "sockls/proto.h"

/* Not kept: a kernel inode is 32 bits and never this. Marks a tuple two
 * sockets hold once sealed. */
#define PT_MANY 0xffffffffu

struct pt_v4 {
	uint8_t key[12]; /* local, remote (4 bytes each), local port, remote port */
	uint32_t ino;
};

struct pt_v6 {
	uint8_t key[36]; /* local, remote, local port, remote port */
	uint32_t ino;
};

struct pt_arr {
	void *v;
	size_t n, cap;
	struct htab idx;  /* the seal's: by key, of the first entry with it */
};

struct peertab {
	struct pt_arr a[PROTO_EPH_MAX][2]; /* [kind][v6] */
	bool sealed;
};

struct peertab *peertab_new(void)
{
	struct peertab *t = calloc(1, sizeof(struct peertab));

	for (int p = 0; t && p < PROTO_EPH_MAX; p++)
		for (int v = 0; v < 2; v++)
			htab_init(&t->a[p][v].idx, HTAB_MAX);
	return t;
}

void peertab_free(struct peertab *t)
{
	if (!t)
		return;
	for (int p = 0; p < PROTO_EPH_MAX; p++)
		for (int v = 0; v < 2; v++) {
			free(t->a[p][v].v);
			htab_fini(&t->a[p][v].idx);
		}
	free(t);
}

void peertab_clear(struct peertab *t)
{
	for (int p = 0; p < PROTO_EPH_MAX; p++)
		for (int v = 0; v < 2; v++)
			t->a[p][v].n = 0;
	t->sealed = false;
}

static size_t esize(int v6)
{
	return v6 ? sizeof(struct pt_v6) : sizeof(struct pt_v4);
}

/* An endpoint's IPv4 address (AF_INET, or v4-mapped in IPv6). */
static const uint8_t *addr4(const struct sock_rec *rec, const struct sock_endpoint *ep)
{
	return rec->family == AF_INET ? ep->addr : ep->addr + 12;
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
		memcpy(e4->key, addr4(rec, a), 4);
		memcpy(e4->key + 4, addr4(rec, b), 4);
		memcpy(e4->key + 8, &a->port, 2);
		memcpy(e4->key + 10, &b->port, 2);
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

struct pt_key {
	const struct pt_arr *x;
	int v6;
};

static bool key_eq(const void *ctx, uint32_t idx, const void *key)
{
	const struct pt_key *c = ctx;

	return memcmp(entry_at(c->x, c->v6, idx), key, klen(c->v6)) == 0;
}

static void set_ino(uint8_t *e, int v6, uint32_t ino)
{
	memcpy(e + klen(v6), &ino, sizeof(ino));
}

/* Indexes each tuple by its first entry; a tuple another inode holds too
 * becomes PT_MANY there. */
static int seal_one(struct pt_arr *x, int v6)
{
	struct pt_key c = { x, v6 };
	uint32_t first;

	htab_clear(&x->idx);
	if (x->n > HTAB_MAX || htab_reserve(&x->idx, x->n) < 0)
		return -ENOMEM;
	for (size_t i = 0; i < x->n; i++) {
		uint8_t *e = entry_at(x, v6, i);
		int ret = htab_add(&x->idx, hash_fnv(HASH_FNV_INIT, e, klen(v6)), key_eq, &c, e,
				   (uint32_t)i, &first);
		if (ret < 0)
			return -ENOMEM;
		if (ret == 1 && ino_of(entry_at(x, v6, first), v6) != ino_of(e, v6))
			set_ino(entry_at(x, v6, first), v6, PT_MANY);
	}
	return 0;
}

int peertab_seal(struct peertab *t)
{
	int err = 0;

	for (int p = 0; p < PROTO_EPH_MAX; p++)
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
	struct pt_key c;
	const uint8_t *k;
	uint32_t i, ino;
	int v6;

	if (!t || !t->sealed || (v6 = make_entry(rec, true, &e4, &e6)) < 0)
		return 0;
	c = (struct pt_key){ &t->a[rec->proto][v6], v6 };
	if (!c.x->n)
		return 0;
	k = v6 ? e6.key : e4.key;
	i = htab_find(&c.x->idx, hash_fnv(HASH_FNV_INIT, k, klen(v6)), key_eq, &c, k);
	if (i == HTAB_NONE || (ino = ino_of(entry_at(c.x, v6, i), v6)) == PT_MANY)
		return 0;
	return ino;
}

size_t peertab_count(const struct peertab *t)
{
	size_t n = 0;

	for (int p = 0; p < PROTO_EPH_MAX; p++)
		for (int v = 0; v < 2; v++)
			n += t->a[p][v].n;
	return n;
}

size_t peertab_bytes(const struct peertab *t)
{
	size_t n = sizeof(*t);

	for (int p = 0; p < PROTO_EPH_MAX; p++)
		for (int v = 0; v < 2; v++)
			n += t->a[p][v].cap * esize(v) + htab_bytes(&t->a[p][v].idx);
	return n;
}
