/* SPDX-License-Identifier: MIT */
/* snap.c - the sockets of the last two dumps. One entry per socket, kept
 * from dump to dump and updated in place; an index of the entries by key;
 * per dump the list of its entries in dump order (then the closed ones still
 * shown) and of those not SNAP_SAME (what a diff prints).
 *
 * A dump lists the sockets nearly in the order of the one before (the kernel
 * walks the same hash tables), so each row first tries the entry after the
 * last one found in the previous list: a socket that is still there costs a
 * comparison of keys, the index is probed only when that guess fails, and
 * nothing is copied. Texts (the live view) are formatted again only when
 * what they show may have changed. */
#include <errno.h>
#include <linux/tcp.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/hash.h"
#include "sockls/htab.h"
#include "sockls/snap.h"
#include "sockls/tcpinfo.h"

struct list {
	uint32_t *id;      /* entry numbers in dump order, then the closed ones */
	size_t n, cap;
	uint32_t *marked;  /* those not SNAP_SAME, in the same order */
	size_t n_marked, cap_marked;
	uint64_t ms;
};

struct snap {
	struct snap_ent *v;   /* the entries; the free ones are on free_id */
	size_t nv, capv;
	uint32_t *free_id;
	size_t n_free, cap_free;
	struct htab idx;      /* by key, of entry numbers */
	struct list l[2];     /* l[cur]: the dump being filled / filled last */
	unsigned int cur;
	uint32_t dump;        /* dumps begun: an entry's listed is the last that listed it */
	size_t guess;         /* the position in the previous list tried first */
	size_t found_prev;    /* entries of the previous list found again */
	size_t added, changed;
	bool started, open;
};

static bool key_eq(const void *ctx, uint32_t idx, const void *key)
{
	const struct snap *s = ctx;

	return s->v[idx].key == *(const uint64_t *)key;
}

/* Without a cookie (/proc) the tuple and inode name a socket well enough. */
static uint64_t rec_key(const struct sock_rec *rec)
{
	uint64_t h;

	if (rec->have & HAVE_COOKIE)
		return rec->cookie;
	h = hash_fnv(hash_sock_tuple(rec), &rec->inode, 8);
	return h | 1ULL << 63;
}

/* Room for need items of size bytes in *p (cap items now). 0 or -ENOMEM. */
static int grow(void *pp, size_t *cap, size_t need, size_t size)
{
	void **p = pp;
	size_t c = *cap ? *cap : 256;
	void *q;

	if (need <= *cap)
		return 0;
	while (c < need)
		c *= 2;
	if (c > SIZE_MAX / size || !(q = realloc(*p, c * size)))
		return -ENOMEM;
	*p = q;
	*cap = c;
	return 0;
}

struct snap *snap_new(void)
{
	struct snap *s = calloc(1, sizeof(struct snap));

	if (s)
		htab_init(&s->idx, HTAB_MAX);
	return s;
}

void snap_free(struct snap *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->nv; i++)
		free(s->v[i].text); /* NULL in a free entry */
	free(s->v);
	free(s->free_id);
	htab_fini(&s->idx);
	for (int i = 0; i < 2; i++) {
		free(s->l[i].id);
		free(s->l[i].marked);
	}
	free(s);
}

/* The facts of row in e (not its key, history or texts). */
static void ent_set(struct snap_ent *e, const struct sock_row *row)
{
	const struct sock_rec *rec = row->rec;
	struct tcp_info ti;

	e->have_cookie = rec->have & HAVE_COOKIE;
	e->cookie = rec->cookie;
	e->proto = rec->proto;
	e->family = rec->family;
	e->state = rec->state;
	e->local = rec->local;
	e->remote = rec->remote;
	e->have_uid = rec->have & HAVE_UID;
	e->uid = rec->uid;
	e->have_bytes = TCPINFO_FIELD(rec, tcpi_bytes_acked, ti.tcpi_bytes_acked) &&
			TCPINFO_FIELD(rec, tcpi_bytes_received, ti.tcpi_bytes_received);
	e->acked = e->have_bytes ? ti.tcpi_bytes_acked : 0;
	e->received = e->have_bytes ? ti.tcpi_bytes_received : 0;
	e->have_rtt = TCPINFO_FIELD(rec, tcpi_rtt, ti.tcpi_rtt);
	e->rtt_us = e->have_rtt ? ti.tcpi_rtt : 0;
	e->retrans = TCPINFO_FIELD(rec, tcpi_total_retrans, ti.tcpi_total_retrans) ?
		     ti.tcpi_total_retrans : 0;
	e->have_owner = row->n_owners > 0;
	e->pid = e->have_owner ? row->owners[0].pid : 0;
	memset(e->comm, 0, sizeof(e->comm));
	if (e->have_owner)
		memcpy(e->comm, row->owners[0].comm, sizeof(e->comm) - 1);
}

void snap_ent_fill(struct snap_ent *e, const struct sock_row *row)
{
	memset(e, 0, sizeof(*e));
	e->text = NULL;
	e->netid = NULL;
	e->key = rec_key(row->rec);
	ent_set(e, row);
	e->prev_state = e->state;
}

/* A socket not listed before (or closed and back with the same key). */
static void ent_start(struct snap_ent *e, const struct sock_row *row, uint64_t now_ms)
{
	ent_set(e, row);
	e->first_ms = now_ms;
	e->prev_state = e->state;
	e->mark = SNAP_NEW;
	e->ttl = 0;
	e->tx_bps = e->rx_bps = 0;
}

/* The same socket again: its facts now, what changed since, its rates. */
static void ent_update(struct snap_ent *e, const struct sock_row *row, uint64_t dt_ms)
{
	uint64_t acked = e->acked, received = e->received;
	bool had_bytes = e->have_bytes;
	uint8_t state = e->state;

	ent_set(e, row);
	e->prev_state = state;
	e->mark = e->state != state ? SNAP_CHANGED : SNAP_SAME;
	e->tx_bps = e->rx_bps = 0;
	if (!e->have_bytes || !had_bytes)
		return;
	if (e->acked != acked || e->received != received)
		e->mark = SNAP_CHANGED;
	if (dt_ms && e->acked >= acked)
		e->tx_bps = (double)(e->acked - acked) * 1000.0 / (double)dt_ms;
	if (dt_ms && e->received >= received)
		e->rx_bps = (double)(e->received - received) * 1000.0 / (double)dt_ms;
}

static bool end_eq(const struct sock_endpoint *a, const struct sock_endpoint *b)
{
	return a->port == b->port && a->ifindex == b->ifindex && a->id == b->id &&
	       memcmp(a->addr, b->addr, sizeof(a->addr)) == 0;
}

/* Whether e's texts still show row: the same kind and endpoints, and the
 * same tag for the rest of what they read. */
static bool texts_hold(const struct snap_ent *e, const struct sock_row *row,
		       const struct snap_text *t)
{
	const struct sock_rec *rec = row->rec;

	return e->text && !t->always && e->text_tag == t->tag && e->mark < SNAP_CLOSED &&
	       e->proto == rec->proto && e->family == rec->family &&
	       end_eq(&e->local, &rec->local) && end_eq(&e->remote, &rec->remote);
}

static int text_set(struct snap_ent *e, const char *local, const char *peer)
{
	size_t a = strlen(local) + 1, b = strlen(peer) + 1;
	char *t = realloc(e->text, a + b);

	if (!t)
		return -ENOMEM;
	memcpy(t, local, a);
	memcpy(t + a, peer, b);
	e->text = t;
	return 0;
}

/* The texts of row: kept when they still hold, else formatted (t->fmt). */
static int ent_texts(struct snap_ent *e, const struct sock_row *row, const struct snap_text *t,
		     bool hold)
{
	const char *local, *peer;

	e->netid = t ? t->netid : NULL;
	if (!t || !t->fmt) {
		free(e->text);
		e->text = NULL;
		return 0;
	}
	if (hold)
		return 0;
	t->fmt(row, t->ctx, &local, &peer);
	e->text_tag = t->tag;
	return text_set(e, local, peer);
}

/* Puts entry i at the end of list g. 0 or -ENOMEM. */
static int list_put(struct snap *s, struct list *g, uint32_t i)
{
	struct snap_ent *e = &s->v[i];

	if (grow(&g->id, &g->cap, g->n + 1, sizeof(*g->id)) < 0)
		return -ENOMEM;
	if (e->mark != SNAP_SAME) {
		if (grow(&g->marked, &g->cap_marked, g->n_marked + 1, sizeof(*g->marked)) < 0)
			return -ENOMEM;
		g->marked[g->n_marked++] = i;
	}
	e->listed = s->dump;
	e->pos = (uint32_t)g->n;
	g->id[g->n++] = i;
	return 0;
}

/* A free entry for key, indexed: its number in *out. 0 or -ENOMEM. */
static int ent_new(struct snap *s, uint64_t key, uint32_t *out)
{
	uint32_t i;
	int ret;

	if (s->n_free) {
		i = s->free_id[--s->n_free];
	} else {
		if (s->nv >= HTAB_MAX || grow(&s->v, &s->capv, s->nv + 1, sizeof(*s->v)) < 0)
			return -ENOMEM;
		i = (uint32_t)s->nv++;
	}
	memset(&s->v[i], 0, sizeof(s->v[i]));
	s->v[i].text = NULL;
	s->v[i].key = key;
	ret = htab_add(&s->idx, hash_u64(key), key_eq, s, &key, i, NULL);
	if (ret != 0) {
		s->free_id[s->n_free++] = i; /* room: it came from there or is new */
		return ret < 0 ? ret : -EEXIST;
	}
	*out = i;
	return 0;
}

/* Gives entry i back: out of the index, its texts freed. */
static void ent_drop(struct snap *s, uint32_t i)
{
	struct snap_ent *e = &s->v[i];

	htab_del(&s->idx, hash_u64(e->key), key_eq, s, &e->key);
	free(e->text);
	e->text = NULL;
	s->free_id[s->n_free++] = i; /* free_id has room for every entry */
}

/* The entry of key: the guess first, then the index. */
static uint32_t lookup(const struct snap *s, uint64_t key)
{
	const struct list *p = &s->l[s->cur ^ 1];

	if (s->guess < p->n && s->v[p->id[s->guess]].key == key)
		return p->id[s->guess];
	return htab_find(&s->idx, hash_u64(key), key_eq, s, &key);
}

static int add(struct snap *s, const struct sock_row *row, const struct snap_text *t)
{
	struct list *g = &s->l[s->cur], *p = &s->l[s->cur ^ 1];
	uint64_t key = rec_key(row->rec);
	uint32_t i = lookup(s, key);
	struct snap_ent *e;
	bool hold = false;

	if (i == HTAB_NONE) {
		if (grow(&s->free_id, &s->cap_free, s->nv + 1, sizeof(*s->free_id)) < 0 ||
		    ent_new(s, key, &i) < 0)
			return -ENOMEM;
		ent_start(e = &s->v[i], row, g->ms);
	} else if ((e = &s->v[i])->listed == s->dump) {
		return 0; /* a repeated key: the first one counts */
	} else {
		s->found_prev++; /* every entry not listed now is in the previous list */
		s->guess = e->pos + 1;
		hold = t && texts_hold(e, row, t);
		if (e->mark >= SNAP_CLOSED)
			ent_start(e, row, g->ms); /* closed and back: a new socket */
		else
			ent_update(e, row, g->ms - p->ms);
	}
	if (ent_texts(e, row, t, hold) < 0 || list_put(s, g, i) < 0)
		return -ENOMEM;
	s->added += e->mark == SNAP_NEW;
	s->changed += e->mark == SNAP_CHANGED;
	return 0;
}

/* The texts given: formats nothing, returns them. */
static void given(const struct sock_row *row, void *ctx, const char **local, const char **peer)
{
	const char *const *t = ctx;

	(void)row;
	*local = t[0];
	*peer = t[1];
}

int snap_add(struct snap *s, const struct sock_row *row)
{
	return add(s, row, NULL);
}

int snap_add_text(struct snap *s, const struct sock_row *row, const char *netid,
		  const char *local, const char *peer)
{
	const char *texts[2] = { local, peer };
	struct snap_text t = { .netid = netid, .fmt = local && peer ? given : NULL, .ctx = texts,
			       .always = true };

	return add(s, row, &t);
}

int snap_add_lazy(struct snap *s, const struct sock_row *row, const struct snap_text *t)
{
	return add(s, row, t);
}

void snap_begin(struct snap *s, uint64_t now_ms)
{
	struct list *g;

	if (s->open)
		snap_end(s, 1, NULL); /* a dump cut short: what it saw stands */
	if (s->started)
		s->cur ^= 1;
	s->started = s->open = true;
	g = &s->l[s->cur];
	g->n = g->n_marked = 0;
	g->ms = now_ms;
	s->dump++;
	s->guess = s->found_prev = s->added = s->changed = 0;
}

/* The entries of the previous list not found again: closed (counted), then
 * gone for keep refreshes in all, listed after this dump's own. */
static int carry(struct snap *s, unsigned int keep, struct snap_counts *c)
{
	const struct list *p = &s->l[s->cur ^ 1];
	struct list *g = &s->l[s->cur];

	for (size_t k = 0; k < p->n; k++) {
		uint32_t i = p->id[k];
		struct snap_ent *e = &s->v[i];
		if (e->listed == s->dump)
			continue;
		if (e->mark < SNAP_CLOSED) {
			e->mark = SNAP_CLOSED;
			e->ttl = (uint8_t)(keep ? (keep > 255 ? 255 : keep) : 1);
			e->tx_bps = e->rx_bps = 0;
			c->removed++;
		} else {
			e->mark = SNAP_GONE;
			if (--e->ttl == 0) {
				ent_drop(s, i);
				continue;
			}
		}
		if (list_put(s, g, i) < 0)
			return -ENOMEM;
	}
	return 0;
}

int snap_end(struct snap *s, unsigned int keep, struct snap_counts *c)
{
	struct snap_counts local;

	if (!c)
		c = &local;
	memset(c, 0, sizeof(*c));
	c->added = s->added;
	c->changed = s->changed;
	c->open = s->l[s->cur].n;
	s->open = false;
	/* every entry of the previous list found again: none closed */
	if (s->found_prev == s->l[s->cur ^ 1].n)
		return 0;
	return carry(s, keep, c);
}

size_t snap_count(const struct snap *s)
{
	return s->l[s->cur].n;
}

const struct snap_ent *snap_at(const struct snap *s, size_t i)
{
	return &s->v[s->l[s->cur].id[i]];
}

size_t snap_marked_count(const struct snap *s)
{
	return s->l[s->cur].n_marked;
}

const struct snap_ent *snap_marked_at(const struct snap *s, size_t i)
{
	return &s->v[s->l[s->cur].marked[i]];
}

const struct snap_ent *snap_find(const struct snap *s, uint64_t cookie)
{
	uint32_t i = htab_find(&s->idx, hash_u64(cookie), key_eq, s, &cookie);

	return i != HTAB_NONE && s->v[i].listed == s->dump ? &s->v[i] : NULL;
}

const char *snap_local_text(const struct snap *s, const struct snap_ent *e)
{
	(void)s;
	return e->text;
}

const char *snap_peer_text(const struct snap *s, const struct snap_ent *e)
{
	const char *l = snap_local_text(s, e);

	return l ? l + strlen(l) + 1 : NULL;
}

uint64_t snap_interval_ms(const struct snap *s)
{
	const struct list *p = &s->l[s->cur ^ 1];

	return p->ms && s->l[s->cur].ms > p->ms ? s->l[s->cur].ms - p->ms : 0;
}
