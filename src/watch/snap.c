/* SPDX-License-Identifier: MIT */
/* snap.c - two generations of socket entries with an open-addressing index
 * each; a dump fills the new one and marks what it finds in the old one. */
#include <errno.h>
#include <linux/tcp.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/hash.h"
#include "sockls/htab.h"
#include "sockls/snap.h"
#include "sockls/tcpinfo.h"

struct gen {
	struct snap_ent *v;
	size_t n, cap;
	struct htab idx; /* by key, of positions in v */
	uint64_t ms;
	char *text;      /* the texts of snap_add_text: local NUL peer NUL, per entry */
	size_t text_len, text_cap;
};

struct snap {
	struct gen g[2];
	unsigned int cur;  /* g[cur] is being filled / was filled last */
	bool started;
};

static bool key_eq(const void *ctx, uint32_t idx, const void *key)
{
	const struct gen *g = ctx;

	return g->v[idx].key == *(const uint64_t *)key;
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

struct snap *snap_new(void)
{
	struct snap *s = calloc(1, sizeof(struct snap));

	for (int i = 0; s && i < 2; i++)
		htab_init(&s->g[i].idx, HTAB_MAX);
	return s;
}

void snap_free(struct snap *s)
{
	if (!s)
		return;
	for (int i = 0; i < 2; i++) {
		free(s->g[i].v);
		htab_fini(&s->g[i].idx);
		free(s->g[i].text);
	}
	free(s);
}

static struct snap_ent *gen_find(const struct gen *g, uint64_t key)
{
	uint32_t i = htab_find(&g->idx, hash_u64(key), key_eq, g, &key);

	return i == HTAB_NONE ? NULL : &g->v[i];
}

/* Keeps "local NUL peer NUL" in g's arena; the offset, or SNAP_NO_TEXT. */
static int text_put(struct gen *g, const char *local, const char *peer, uint32_t *off)
{
	size_t a = strlen(local) + 1, b = strlen(peer) + 1;

	*off = SNAP_NO_TEXT;
	if (g->text_len + a + b >= SNAP_NO_TEXT)
		return 0; /* 4 GiB of text: the rest without it */
	if (g->text_len + a + b > g->text_cap) {
		size_t cap = g->text_cap ? g->text_cap * 2 : 16384;
		char *t;
		while (cap < g->text_len + a + b)
			cap *= 2;
		if (!(t = realloc(g->text, cap)))
			return -ENOMEM;
		g->text = t;
		g->text_cap = cap;
	}
	memcpy(g->text + g->text_len, local, a);
	memcpy(g->text + g->text_len + a, peer, b);
	*off = (uint32_t)g->text_len;
	g->text_len += a + b;
	return 0;
}

/* An entry of another generation with its texts copied into g's arena. */
static int text_move(struct gen *g, const struct gen *from, struct snap_ent *e)
{
	const char *l;

	if (e->text == SNAP_NO_TEXT)
		return 0;
	l = from->text + e->text;
	return text_put(g, l, l + strlen(l) + 1, &e->text);
}

/* Appends e unless its key is there already (1). 0 or -ENOMEM. */
static int gen_put(struct gen *g, const struct snap_ent *e)
{
	int ret;

	if (g->n == g->cap) {
		size_t cap = g->cap ? g->cap * 2 : 256;
		struct snap_ent *v = realloc(g->v, cap * sizeof(*v));
		if (!v)
			return -ENOMEM;
		g->v = v;
		g->cap = cap;
	}
	g->v[g->n] = *e;
	ret = htab_add(&g->idx, hash_u64(e->key), key_eq, g, &e->key, (uint32_t)g->n, NULL);
	if (ret < 0)
		return -ENOMEM;
	g->n += ret == 0;
	return ret;
}

void snap_begin(struct snap *s, uint64_t now_ms)
{
	struct gen *g;

	if (s->started)
		s->cur ^= 1;
	s->started = true;
	g = &s->g[s->cur];
	g->n = 0;
	g->text_len = 0;
	g->ms = now_ms;
	htab_clear(&g->idx);
}

void snap_ent_fill(struct snap_ent *e, const struct sock_row *row)
{
	const struct sock_rec *rec = row->rec;
	struct tcp_info ti;

	memset(e, 0, sizeof(*e));
	e->text = SNAP_NO_TEXT;
	e->key = rec_key(rec);
	e->have_cookie = rec->have & HAVE_COOKIE;
	e->cookie = rec->cookie;
	e->proto = rec->proto;
	e->family = rec->family;
	e->state = e->prev_state = rec->state;
	e->local = rec->local;
	e->remote = rec->remote;
	e->have_uid = rec->have & HAVE_UID;
	e->uid = rec->uid;
	e->have_bytes = TCPINFO_FIELD(rec, tcpi_bytes_acked, ti.tcpi_bytes_acked) &&
			TCPINFO_FIELD(rec, tcpi_bytes_received, ti.tcpi_bytes_received);
	if (e->have_bytes) {
		e->acked = ti.tcpi_bytes_acked;
		e->received = ti.tcpi_bytes_received;
	}
	e->have_rtt = TCPINFO_FIELD(rec, tcpi_rtt, ti.tcpi_rtt);
	e->rtt_us = e->have_rtt ? ti.tcpi_rtt : 0;
	if (TCPINFO_FIELD(rec, tcpi_total_retrans, ti.tcpi_total_retrans))
		e->retrans = ti.tcpi_total_retrans;
	e->have_owner = row->n_owners > 0;
	if (e->have_owner) {
		e->pid = row->owners[0].pid;
		memcpy(e->comm, row->owners[0].comm, sizeof(e->comm));
		e->comm[sizeof(e->comm) - 1] = '\0';
	}
}

/* Carries the history of the same socket in the previous dump over to e. */
static void inherit(struct snap_ent *e, struct snap_ent *old, uint64_t dt_ms)
{
	old->matched = true;
	e->first_ms = old->first_ms;
	e->prev_state = old->state;
	e->mark = e->state != old->state ? SNAP_CHANGED : SNAP_SAME;
	if (!e->have_bytes || !old->have_bytes)
		return;
	if (e->acked != old->acked || e->received != old->received)
		e->mark = SNAP_CHANGED;
	if (dt_ms && e->acked >= old->acked)
		e->tx_bps = (double)(e->acked - old->acked) * 1000.0 / (double)dt_ms;
	if (dt_ms && e->received >= old->received)
		e->rx_bps = (double)(e->received - old->received) * 1000.0 / (double)dt_ms;
}

int snap_add(struct snap *s, const struct sock_row *row)
{
	return snap_add_text(s, row, NULL, NULL, NULL);
}

int snap_add_text(struct snap *s, const struct sock_row *row, const char *netid,
		  const char *local, const char *peer)
{
	struct gen *g = &s->g[s->cur], *p = &s->g[s->cur ^ 1];
	struct snap_ent e, *old;
	int ret;

	snap_ent_fill(&e, row);
	e.netid = netid;
	if (local && peer && gen_find(g, e.key) == NULL &&
	    text_put(g, local, peer, &e.text) < 0)
		return -ENOMEM;
	e.first_ms = g->ms;
	e.mark = SNAP_NEW;
	old = gen_find(p, e.key);
	if (old && old->mark != SNAP_CLOSED && old->mark != SNAP_GONE)
		inherit(&e, old, g->ms - p->ms);
	else if (old)
		old->matched = true; /* closed and back with the same key: a new socket */
	ret = gen_put(g, &e);
	return ret < 0 ? ret : 0;
}

static void count_open(const struct gen *g, struct snap_counts *c)
{
	for (size_t i = 0; i < g->n; i++) {
		c->added += g->v[i].mark == SNAP_NEW;
		c->changed += g->v[i].mark == SNAP_CHANGED;
	}
	c->open = g->n;
}

int snap_end(struct snap *s, unsigned int keep, struct snap_counts *c)
{
	struct gen *g = &s->g[s->cur], *p = &s->g[s->cur ^ 1];
	struct snap_counts local;

	if (!c)
		c = &local;
	memset(c, 0, sizeof(*c));
	count_open(g, c);
	for (size_t i = 0; i < p->n; i++) {
		struct snap_ent e = p->v[i];
		bool was_open = e.mark != SNAP_CLOSED && e.mark != SNAP_GONE;
		if (e.matched)
			continue;
		if (was_open) {
			e.mark = SNAP_CLOSED;
			e.ttl = (uint8_t)(keep ? (keep > 255 ? 255 : keep) : 1);
			e.tx_bps = e.rx_bps = 0;
			c->removed++;
		} else {
			e.mark = SNAP_GONE;
		}
		if (!was_open && --e.ttl == 0)
			continue;
		if (text_move(g, p, &e) < 0 || gen_put(g, &e) < 0)
			return -ENOMEM;
	}
	for (size_t i = 0; i < g->n; i++)
		g->v[i].matched = false;
	return 0;
}

size_t snap_count(const struct snap *s)
{
	return s->g[s->cur].n;
}

const struct snap_ent *snap_at(const struct snap *s, size_t i)
{
	return &s->g[s->cur].v[i];
}

const struct snap_ent *snap_find(const struct snap *s, uint64_t cookie)
{
	return gen_find(&s->g[s->cur], cookie);
}

const char *snap_local_text(const struct snap *s, const struct snap_ent *e)
{
	return e->text == SNAP_NO_TEXT ? NULL : s->g[s->cur].text + e->text;
}

const char *snap_peer_text(const struct snap *s, const struct snap_ent *e)
{
	const char *l = snap_local_text(s, e);

	return l ? l + strlen(l) + 1 : NULL;
}

uint64_t snap_interval_ms(const struct snap *s)
{
	const struct gen *p = &s->g[s->cur ^ 1];

	return p->ms && s->g[s->cur].ms > p->ms ? s->g[s->cur].ms - p->ms : 0;
}
