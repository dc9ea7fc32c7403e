/* peertab.c - 4-tuple -> inode of the local connections of one namespace:
 * four arrays (TCP, UDP; IPv4, IPv6), appended during one dump, then sorted
 * once and searched. 16 bytes an IPv4 socket and no hash slack: memory
 * follows the number of local connections only (realloc of a large block
 * moves pages, it does not copy them). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/peertab.h"

#define PT_MANY 0xffffffffu /* two sockets held the tuple: no answer */

struct pt_v4 {
	uint64_t addrs; /* local << 32 | remote, as the 32-bit values of their bytes */
	uint32_t ports; /* local << 16 | remote */
	uint32_t ino;
};

struct pt_v6 {
	uint8_t key[36]; /* local, remote, local port, remote port */
	uint32_t ino;
};

struct pt_arr {
	void *v;
	size_t n, cap;
};

struct peertab {
	struct pt_arr a[2][2]; /* [udp][v6] */
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
		for (int v = 0; v < 2; v++)
			free(t->a[p][v].v);
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

	if ((rec->proto != PROTO_TCP && rec->proto != PROTO_UDP) || !rec->remote.port)
		return -1;
	if (rec->family == AF_INET ||
	    (rec->family == AF_INET6 && sock_is_v4mapped(a->addr) && sock_is_v4mapped(b->addr))) {
		e4->addrs = (uint64_t)addr4(rec, a) << 32 | addr4(rec, b);
		e4->ports = (uint32_t)a->port << 16 | b->port;
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

int peertab_add(struct peertab *t, const struct sock_rec *rec)
{
	struct pt_v4 e4;
	struct pt_v6 e6;
	struct pt_arr *x;
	int v6;

	if (!(rec->have & HAVE_INODE) || rec->inode == 0 || rec->inode >= PT_MANY ||
	    (v6 = make_entry(rec, false, &e4, &e6)) < 0)
		return 1;
	x = &t->a[rec->proto == PROTO_UDP][v6];
	if (x->n == x->cap) {
		size_t cap = x->cap ? x->cap + x->cap / 2 : 256;
		void *nv = cap < SIZE_MAX / esize(v6) ? realloc(x->v, cap * esize(v6)) : NULL;
		if (!nv)
			return -ENOMEM;
		x->v = nv;
		x->cap = cap;
	}
	e4.ino = e6.ino = (uint32_t)rec->inode;
	memcpy((uint8_t *)x->v + x->n++ * esize(v6), v6 ? (void *)&e6 : (void *)&e4, esize(v6));
	t->sealed = false;
	return 0;
}

static int cmp4(const void *a, const void *b)
{
	const struct pt_v4 *x = a, *y = b;

	if (x->addrs != y->addrs)
		return x->addrs < y->addrs ? -1 : 1;
	return (x->ports > y->ports) - (x->ports < y->ports);
}

static bool less4(const struct pt_v4 *x, const struct pt_v4 *y)
{
	return x->addrs < y->addrs || (x->addrs == y->addrs && x->ports < y->ports);
}

static void swap4(struct pt_v4 *x, struct pt_v4 *y)
{
	struct pt_v4 t = *x;

	*x = *y;
	*y = t;
}

static void sift4(struct pt_v4 *v, size_t i, size_t n)
{
	for (size_t c; (c = 2 * i + 1) < n; i = c) {
		if (c + 1 < n && less4(&v[c], &v[c + 1]))
			c++;
		if (!less4(&v[i], &v[c]))
			return;
		swap4(&v[i], &v[c]);
	}
}

static void heapsort4(struct pt_v4 *v, size_t n)
{
	for (size_t i = n / 2; i-- > 0;)
		sift4(v, i, n);
	for (size_t i = n; i-- > 1;) {
		swap4(&v[0], &v[i]);
		sift4(v, 0, i);
	}
}

/* In place (qsort may take a copy of the whole array): quicksort on the
 * median of three, heapsort past a depth bound, insertion sort for short runs. */
static void sort4(struct pt_v4 *v, size_t n, unsigned int depth)
{
	while (n > 16) {
		struct pt_v4 *m = &v[n / 2], *z = &v[n - 1];
		size_t i = 0, j = n - 1;
		if (depth-- == 0) {
			heapsort4(v, n);
			return;
		}
		if (less4(m, v))
			swap4(m, v);
		if (less4(z, m)) {
			swap4(z, m);
			if (less4(m, v))
				swap4(m, v);
		}
		struct pt_v4 p = *m;
		for (;;) {
			while (less4(&v[i], &p))
				i++;
			while (less4(&p, &v[j]))
				j--;
			if (i >= j)
				break;
			swap4(&v[i++], &v[j--]);
		}
		sort4(v, j + 1, depth);
		v += j + 1;
		n -= j + 1;
	}
	for (size_t i = 1; i < n; i++)
		for (size_t k = i; k > 0 && less4(&v[k], &v[k - 1]); k--)
			swap4(&v[k], &v[k - 1]);
}

static const struct pt_v4 *find4(const struct pt_v4 *v, size_t n, const struct pt_v4 *key)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (less4(&v[mid], key))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && !less4(key, &v[lo]) ? &v[lo] : NULL;
}

static int cmp6(const void *a, const void *b)
{
	return memcmp(((const struct pt_v6 *)a)->key, ((const struct pt_v6 *)b)->key, 36);
}

static uint32_t *ino_at(struct pt_arr *x, int v6, size_t i)
{
	return v6 ? &((struct pt_v6 *)x->v)[i].ino : &((struct pt_v4 *)x->v)[i].ino;
}

/* Sorts, and folds repeats of a tuple into one entry (ambiguous when the
 * inodes differ). */
static void seal_one(struct pt_arr *x, int v6)
{
	int (*cmp)(const void *, const void *) = v6 ? cmp6 : cmp4;
	size_t es = esize(v6), kept = 0;
	uint8_t *v = x->v;

	if (x->n < 2)
		return;
	if (v6)
		qsort(v, x->n, es, cmp);
	else
		sort4(x->v, x->n, 64);
	for (size_t i = 1; i < x->n; i++) {
		if (cmp(v + kept * es, v + i * es) == 0) {
			if (*ino_at(x, v6, kept) != *ino_at(x, v6, i))
				*ino_at(x, v6, kept) = PT_MANY;
			continue;
		}
		if (++kept != i)
			memcpy(v + kept * es, v + i * es, es);
	}
	x->n = kept + 1;
}

void peertab_seal(struct peertab *t)
{
	for (int p = 0; p < 2; p++)
		for (int v = 0; v < 2; v++)
			seal_one(&t->a[p][v], v);
	t->sealed = true;
}

uint64_t peertab_peer(const struct peertab *t, const struct sock_rec *rec)
{
	struct pt_v4 e4;
	struct pt_v6 e6;
	const struct pt_arr *x;
	const void *hit;
	int v6;

	if (!t || !t->sealed || (v6 = make_entry(rec, true, &e4, &e6)) < 0)
		return 0;
	x = &t->a[rec->proto == PROTO_UDP][v6];
	if (!x->n)
		return 0;
	hit = v6 ? bsearch(&e6, x->v, x->n, esize(v6), cmp6) : (const void *)find4(x->v, x->n, &e4);
	if (!hit)
		return 0;
	uint32_t ino = v6 ? ((const struct pt_v6 *)hit)->ino : ((const struct pt_v4 *)hit)->ino;
	return ino == PT_MANY ? 0 : ino;
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
			n += t->a[p][v].cap * esize(v);
	return n;
}
