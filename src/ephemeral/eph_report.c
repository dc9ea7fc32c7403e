/* SPDX-License-Identifier: MIT */
/* eph_report.c - the --ephemeral usage report: ports in use per protocol and per destination, with bounded memory. */
#include <arpa/inet.h>
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/addr.h"
#include "sockls/ephemeral.h"
#include "sockls/hash.h"
#include "sockls/htab.h"

struct dest_ent {
	uint8_t local[16], remote[16];  /* the key: up to count, no padding */
	uint16_t rport;
	uint8_t proto, family;
	uint32_t count;
	uint32_t tw, fresh;
};

#define DEST_KEY_LEN offsetof(struct dest_ent, count)

#define BIT_TEST(map, p) ((map)[(p) >> 3] & (1u << ((p) & 7)))

struct eph_report {
	struct eph_range range;
	unsigned int usable;
	uint8_t in_use[2][65536 / 8];
	unsigned int n_in_use[2];
	uint8_t pin_listen[65536 / 8], pin_bound[65536 / 8];
	unsigned int n_listen, n_bound, n_pinned;
	unsigned long bind_no_port, sockopt_known, fresh[2];
	struct eph_settings set;
	bool bound_unseen;
	uint32_t listed;
	unsigned int time_wait;
	unsigned long sockets, untracked;
	struct dest_ent *dests;
	size_t n_dests, cap;
	struct htab idx; /* by key, of dests */
};

struct eph_report *eph_report_new(const struct eph_range *r)
{
	struct eph_report *rep = calloc(1, sizeof(*rep));
	if (!rep)
		return NULL;
	htab_init(&rep->idx, EPH_REPORT_MAX_DESTS);
	rep->range = *r;
	rep->usable = eph_usable(r);
	rep->set.tcp_tw_reuse = rep->set.tcp_timestamps = -1;
	rep->listed = PROTO_BIT(PROTO_TCP) | PROTO_BIT(PROTO_UDP);
	return rep;
}

void eph_report_set_settings(struct eph_report *rep, const struct eph_settings *s)
{
	rep->set = *s;
}

void eph_report_set_listed(struct eph_report *rep, uint32_t protos)
{
	rep->listed = protos & (PROTO_BIT(PROTO_TCP) | PROTO_BIT(PROTO_UDP));
}

void eph_report_set_bound_unseen(struct eph_report *rep)
{
	rep->bound_unseen = true;
}

void eph_report_free(struct eph_report *rep)
{
	if (!rep)
		return;
	free(rep->dests);
	htab_fini(&rep->idx);
	free(rep);
}

const struct eph_range *eph_report_range(const struct eph_report *rep)
{
	return &rep->range;
}

static bool dest_eq(const void *ctx, uint32_t idx, const void *key)
{
	const struct eph_report *rep = ctx;

	return memcmp(&rep->dests[idx], key, DEST_KEY_LEN) == 0;
}

static uint64_t dest_hash(const struct dest_ent *k)
{
	return hash_fnv(HASH_FNV_INIT, k, DEST_KEY_LEN);
}

static struct dest_ent *dest_find(const struct eph_report *rep, const struct dest_ent *k)
{
	uint32_t i = htab_find(&rep->idx, dest_hash(k), dest_eq, rep, k);

	return i == HTAB_NONE ? NULL : &rep->dests[i];
}

static int dest_grow(struct eph_report *rep)
{
	size_t n = rep->cap ? rep->cap * 2 : 128;
	struct dest_ent *v;

	if (rep->n_dests < rep->cap)
		return 0;
	if (!(v = realloc(rep->dests, n * sizeof(*v))))
		return -ENOMEM;
	rep->dests = v;
	rep->cap = n;
	return 0;
}

/* IPv4-mapped IPv6 sockets share ports with IPv4 ones: count them together. */
static void dest_key(const struct sock_rec *rec, struct dest_ent *k)
{
	memset(k, 0, sizeof(*k));
	k->proto = rec->proto;
	k->rport = rec->remote.port;
	if (rec->family == AF_INET6 && sock_is_v4mapped(rec->remote.addr) &&
	    (sock_is_v4mapped(rec->local.addr) || sock_addr_is_any(AF_INET6, rec->local.addr))) {
		k->family = AF_INET;
		memcpy(k->remote, rec->remote.addr + 12, 4);
		if (sock_is_v4mapped(rec->local.addr))
			memcpy(k->local, rec->local.addr + 12, 4);
		return;
	}
	k->family = rec->family;
	size_t len = rec->family == AF_INET ? 4 : 16;
	memcpy(k->local, rec->local.addr, len);
	memcpy(k->remote, rec->remote.addr, len);
}

static int dest_add(struct eph_report *rep, const struct sock_rec *rec, bool fresh)
{
	struct dest_ent k, *e;
	unsigned int tw = rec->state == ST_TIME_WAIT;
	uint32_t i;
	int ret;

	dest_key(rec, &k);
	if ((ret = dest_grow(rep)) < 0 ||
	    (ret = htab_add(&rep->idx, dest_hash(&k), dest_eq, rep, &k, (uint32_t)rep->n_dests,
			    &i)) < 0) {
		/* past EPH_REPORT_MAX_DESTS (-ENOSPC) is no error: it is counted */
		rep->untracked++;
		return ret == -ENOSPC ? 0 : ret;
	}
	if (ret == 0) {
		i = (uint32_t)rep->n_dests++;
		rep->dests[i] = k;
	}
	e = &rep->dests[i];
	e->count++;
	e->tw += tw;
	e->fresh += fresh;
	return 0;
}

static void pin(struct eph_report *rep, uint16_t port, bool listen)
{
	uint8_t *map = listen ? rep->pin_listen : rep->pin_bound;
	uint8_t bit = (uint8_t)(1u << (port & 7));

	if (map[port >> 3] & bit)
		return;
	if (!BIT_TEST(rep->pin_listen, port) && !BIT_TEST(rep->pin_bound, port))
		rep->n_pinned++;
	map[port >> 3] |= bit;
	if (listen)
		rep->n_listen++;
	else
		rep->n_bound++;
}

int eph_report_add(struct eph_report *rep, const struct sock_rec *rec)
{
	return eph_report_add_fresh(rep, rec, false);
}

int eph_report_add_fresh(struct eph_report *rep, const struct sock_rec *rec, bool fresh)
{
	if ((rec->proto != PROTO_TCP && rec->proto != PROTO_UDP) ||
	    (rec->family != AF_INET && rec->family != AF_INET6))
		return 0;
	uint16_t port = rec->local.port;
	if (!eph_is_ephemeral(&rep->range, port))
		return 0;
	rep->sockets++;
	uint8_t bit = (uint8_t)(1u << (port & 7));
	if (!(rep->in_use[rec->proto][port >> 3] & bit)) {
		rep->in_use[rec->proto][port >> 3] |= bit;
		rep->n_in_use[rec->proto]++;
	}
	if (rec->have & HAVE_SOCKOPT) {
		rep->sockopt_known++;
		rep->bind_no_port += !!(rec->sockopt & SOCKOPT_BIND_NO_PORT);
	}
	if (rec->proto != PROTO_TCP) {
		rep->fresh[PROTO_UDP] += fresh;
		return 0; /* UDP: the namespace as a whole */
	}
	if (rec->state == ST_TIME_WAIT)
		rep->time_wait++;
	/* sock_diag reports bind()-only sockets (asked for as bound-inactive) in CLOSE. */
	if (rec->state == ST_LISTEN || rec->state == ST_BOUND_INACTIVE || rec->state == ST_CLOSE)
		pin(rep, port, rec->state == ST_LISTEN);
	/* Listeners and bind()-only sockets have no destination, and a
	 * connection on a listener's port was accepted: it holds no port of its
	 * own (connect() never picks a port a listener holds). The kernel's dump
	 * and /proc both give a family's listeners before its connections. */
	if (rec->remote.port == 0 || rec->state == ST_LISTEN || BIT_TEST(rep->pin_listen, port))
		return 0;
	rep->fresh[PROTO_TCP] += fresh;
	return dest_add(rep, rec, fresh);
}

unsigned int eph_report_count_of(const struct eph_report *rep, const struct eph_dest *d)
{
	struct dest_ent k;

	memset(&k, 0, sizeof(k));
	k.proto = (uint8_t)d->proto;
	k.family = (uint8_t)d->family;
	k.rport = d->remote_port;
	memcpy(k.local, d->local_addr, 16);
	memcpy(k.remote, d->remote_addr, 16);
	const struct dest_ent *e = dest_find(rep, &k);

	return e ? e->count : 0;
}

static double pct_of(unsigned long n, unsigned int usable)
{
	return usable ? 100.0 * (double)n / (double)usable : 0.0;
}

static bool pinned(const struct eph_report *rep, uint32_t p)
{
	return BIT_TEST(rep->pin_listen, p) || BIT_TEST(rep->pin_bound, p);
}

/* connect() starts on ports of low's parity (inet_hash_connect). */
static void parity_fill(const struct eph_report *rep, struct eph_totals *t)
{
	const struct eph_range *r = &rep->range;
	for (uint32_t p = r->low; p <= r->high; p += 2) {
		if (eph_is_reserved(r, (uint16_t)p) || pinned(rep, p))
			continue;
		t->parity_size++;
		t->parity_used += !!BIT_TEST(rep->in_use[PROTO_TCP], p);
	}
	t->parity_pct = pct_of(t->parity_used, t->parity_size);
}

static unsigned int usable_connect(const struct eph_report *rep)
{
	return rep->usable > rep->n_pinned ? rep->usable - rep->n_pinned : 0;
}

void eph_report_totals(const struct eph_report *rep, struct eph_totals *t)
{
	const struct eph_range *r = &rep->range;
	memset(t, 0, sizeof(*t));
	t->low = r->low;
	t->high = r->high;
	t->size = r->low <= r->high ? (unsigned int)r->high - r->low + 1 : 0;
	t->usable = rep->usable;
	t->reserved_in_range = t->size - t->usable;
	t->n_reserved = r->n_reserved;
	for (int p = 0; p < 2; p++) {
		t->in_use[p] = rep->n_in_use[p];
		t->pct[p] = pct_of(rep->n_in_use[p], rep->usable);
	}
	t->time_wait = rep->time_wait;
	t->sockets = rep->sockets;
	t->n_dests = rep->n_dests;
	t->untracked = rep->untracked;
	t->pinned_listen = rep->n_listen;
	t->pinned_bound = rep->n_bound;
	t->pinned = rep->n_pinned;
	t->usable_connect = usable_connect(rep);
	t->fresh[PROTO_TCP] = rep->fresh[PROTO_TCP];
	t->fresh[PROTO_UDP] = rep->fresh[PROTO_UDP];
	t->bind_no_port = rep->bind_no_port;
	/* a count over UDP alone is not the namespace's: unknown without TCP */
	t->sockopt_known = (rep->listed & PROTO_BIT(PROTO_TCP)) ? rep->sockopt_known : 0;
	t->bound_unseen = rep->bound_unseen;
	t->set = rep->set;
	t->listed = rep->listed;
	parity_fill(rep, t);
}

bool eph_report_collision_next(const struct eph_report *rep, uint32_t *pos, uint16_t *port)
{
	for (uint32_t p = *pos; p < 65536; p++)
		if (BIT_TEST(rep->pin_listen, p)) {
			*port = (uint16_t)p;
			*pos = p + 1;
			return true;
		}
	*pos = 65536;
	return false;
}

static void dest_export(const struct eph_report *rep, const struct dest_ent *e, struct eph_dest *d)
{
	memset(d, 0, sizeof(*d)); /* padding too: callers may compare whole structs */
	d->proto = e->proto;
	d->family = e->family;
	memcpy(d->local_addr, e->local, 16);
	memcpy(d->remote_addr, e->remote, 16);
	d->remote_port = e->rport;
	d->count = e->count;
	d->time_wait = e->tw;
	d->fresh = e->fresh;
	unsigned int u = usable_connect(rep);
	d->headroom = u > e->count ? u - e->count : 0;
	d->pct = pct_of(e->count, u);
}

/* Most sockets first, then a fixed order so output is reproducible. */
static int top_cmp(const struct eph_dest *a, const struct eph_dest *b)
{
	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	if (a->proto != b->proto)
		return a->proto < b->proto ? -1 : 1;
	if (a->family != b->family)
		return a->family < b->family ? -1 : 1;
	int c = memcmp(a->remote_addr, b->remote_addr, 16);
	if (c)
		return c;
	if (a->remote_port != b->remote_port)
		return a->remote_port < b->remote_port ? -1 : 1;
	return memcmp(a->local_addr, b->local_addr, 16);
}

/* Insertion into the sorted window out[0..n): O(dests * n) with no
 * allocation, and n is small (a top-N for people). */
size_t eph_report_top(const struct eph_report *rep, struct eph_dest *out, size_t n)
{
	size_t have = 0;
	if (!n)
		return 0;
	for (size_t i = 0; i < rep->n_dests; i++) {
		const struct dest_ent *e = &rep->dests[i];
		if (have == n && e->count < out[n - 1].count)
			continue;
		struct eph_dest d;
		dest_export(rep, e, &d);
		if (have == n && top_cmp(&d, &out[n - 1]) >= 0)
			continue;
		size_t j = have < n ? have++ : n - 1;
		for (; j > 0 && top_cmp(&d, &out[j - 1]) < 0; j--)
			out[j] = out[j - 1];
		out[j] = d;
	}
	return have;
}


static int top_qsort_cmp(const void *a, const void *b)
{
	return top_cmp(a, b);
}

long eph_report_all(const struct eph_report *rep, struct eph_dest **out)
{
	size_t n = 0;

	*out = NULL;
	if (!rep->n_dests)
		return 0;
	*out = malloc(rep->n_dests * sizeof(**out));
	if (!*out)
		return -ENOMEM;
	for (size_t i = 0; i < rep->n_dests; i++)
		dest_export(rep, &rep->dests[i], &(*out)[n++]);
	qsort(*out, n, sizeof(**out), top_qsort_cmp);
	return (long)n;
}
