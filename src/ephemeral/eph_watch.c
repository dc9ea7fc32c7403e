/* SPDX-License-Identifier: MIT */
/* eph_watch.c - the --ephemeral report over time: two reports and two sets of
 * socket identities (a hash of the 4-tuple; TIME_WAIT in the low bit), the
 * current one filled by a refresh and checked against the previous one. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/hash.h"
#include "sockls/eph_watch.h"
#include "sockls/proto.h"

#define IDS_MIN 256u
#define KEY_TW 1ull
#define KEY_SET (1ull << 63) /* never 0: 0 is a free slot */

struct idset {
	uint64_t *k;
	size_t n, cap; /* cap a power of two, at most half full */
};

struct eph_watch {
	struct eph_report *cur, *prev;
	struct idset ids[2];
	unsigned int cur_ids;        /* ids[cur_ids] belongs to cur */
	uint64_t cur_ms, prev_ms, gen;
	bool known;
};

void eph_rate_compute(struct eph_rate *r, bool known, unsigned long fresh, unsigned int now,
		      unsigned int then, unsigned int headroom, double interval_s)
{
	memset(r, 0, sizeof(*r));
	r->in_use = now;
	r->headroom = headroom;
	r->known = known && interval_s > 0;
	if (!r->known)
		return;
	r->fresh = fresh;
	r->new_per_s = (double)fresh / interval_s;
	r->growth_per_s = ((double)now - (double)then) / interval_s;
	r->exhausting = r->growth_per_s > 0;
	if (r->exhausting)
		r->exhaustion_s = (double)headroom / r->growth_per_s;
}

struct eph_watch *eph_watch_new(void)
{
	return calloc(1, sizeof(struct eph_watch));
}

void eph_watch_free(struct eph_watch *w)
{
	if (!w)
		return;
	eph_report_free(w->cur);
	eph_report_free(w->prev);
	free(w->ids[0].k);
	free(w->ids[1].k);
	free(w);
}

/* The 4-tuple names a connection across refreshes: a cookie would not (the
 * TIME_WAIT socket that follows a closed one has a cookie of its own). */
static uint64_t rec_key(const struct sock_rec *rec)
{
	uint64_t h = hash_sock_tuple(rec);

	h ^= h >> 29;
	return (h & ~KEY_TW) | KEY_SET | (rec->state == ST_TIME_WAIT ? KEY_TW : 0);
}

static size_t ids_slot(const struct idset *s, uint64_t key)
{
	size_t i = (size_t)(key >> 1) & (s->cap - 1);

	while (s->k[i] && (s->k[i] ^ key) >> 1)
		i = (i + 1) & (s->cap - 1);
	return i;
}

/* The stored key (with its TIME_WAIT bit), or 0 when absent. */
static uint64_t ids_find(const struct idset *s, uint64_t key)
{
	return s->cap ? s->k[ids_slot(s, key)] : 0;
}

static int ids_resize(struct idset *s, size_t cap)
{
	uint64_t *k = calloc(cap, sizeof(*k));
	struct idset n = { .k = k, .cap = cap };

	if (!k)
		return -ENOMEM;
	for (size_t i = 0; i < s->cap; i++)
		if (s->k[i])
			n.k[ids_slot(&n, s->k[i])] = s->k[i];
	n.n = s->n;
	free(s->k);
	*s = n;
	return 0;
}

/* Adds key; false when its tuple is there already (a repeated record). */
static int ids_put(struct idset *s, uint64_t key)
{
	size_t i;
	int err;

	if (2 * (s->n + 1) > s->cap && (err = ids_resize(s, s->cap ? 2 * s->cap : IDS_MIN)))
		return err;
	i = ids_slot(s, key);
	if (s->k[i])
		return 0;
	s->k[i] = key;
	s->n++;
	return 1;
}

/* Empties a set for a refresh; after a burst its memory shrinks back. */
static int ids_reset(struct idset *s, size_t last_n)
{
	if (s->cap > IDS_MIN && s->cap > 8 * last_n) {
		free(s->k);
		*s = (struct idset){ 0 };
		return ids_resize(s, IDS_MIN);
	}
	if (s->k)
		memset(s->k, 0, s->cap * sizeof(*s->k));
	s->n = 0;
	return 0;
}

static bool same_range(const struct eph_report *a, const struct eph_report *b)
{
	return a && b && memcmp(eph_report_range(a), eph_report_range(b), sizeof(struct eph_range)) == 0;
}

int eph_watch_begin(struct eph_watch *w, const struct eph_range *r, const struct eph_settings *s,
		    uint64_t now_ms)
{
	struct eph_report *rep = eph_report_new(r);
	size_t last_n = w->ids[w->cur_ids].n;

	if (!rep)
		return -ENOMEM;
	if (s)
		eph_report_set_settings(rep, s);
	eph_report_free(w->prev);
	w->prev = w->cur;
	w->cur = rep;
	w->cur_ids ^= 1;
	w->prev_ms = w->cur_ms;
	w->cur_ms = now_ms;
	w->gen++;
	w->known = same_range(w->prev, w->cur);
	return ids_reset(&w->ids[w->cur_ids], last_n);
}

int eph_watch_add(struct eph_watch *w, const struct sock_rec *rec)
{
	uint64_t key, was;
	bool fresh;
	int put;

	if (!w->cur || !proto_has(rec->proto, PROTO_F_EPHEMERAL) ||
	    (rec->family != AF_INET && rec->family != AF_INET6) ||
	    !eph_is_ephemeral(eph_report_range(w->cur), rec->local.port))
		return 0;
	key = rec_key(rec);
	if ((put = ids_put(&w->ids[w->cur_ids], key)) <= 0)
		return put; /* -ENOMEM, or the same socket twice in one dump */
	was = ids_find(&w->ids[w->cur_ids ^ 1], key);
	/* absent before, or TIME_WAIT then and a live connection now (tw reuse) */
	fresh = !was || ((was & KEY_TW) && !(key & KEY_TW));
	return eph_report_add_fresh(w->cur, rec, fresh);
}

const struct eph_report *eph_watch_report(const struct eph_watch *w)
{
	return w->cur;
}

uint64_t eph_watch_generation(const struct eph_watch *w)
{
	return w->gen;
}

double eph_watch_interval_s(const struct eph_watch *w)
{
	return w->gen > 1 ? (double)(w->cur_ms - w->prev_ms) / 1000.0 : 0.0;
}

bool eph_watch_known(const struct eph_watch *w)
{
	return w->known && eph_watch_interval_s(w) > 0;
}

void eph_watch_dest_rate(const struct eph_watch *w, const struct eph_dest *d, struct eph_rate *r)
{
	bool known = eph_watch_known(w);
	unsigned int then = known ? eph_report_count_of(w->prev, d) : 0;

	eph_rate_compute(r, known, d->fresh, d->count, then, d->headroom, eph_watch_interval_s(w));
}

void eph_watch_total_rate(const struct eph_watch *w, unsigned int proto, struct eph_rate *r)
{
	struct eph_totals now, then;
	bool known = eph_watch_known(w);
	unsigned int p = proto < PROTO_EPH_MAX ? proto : 0;

	memset(&then, 0, sizeof(then));
	eph_report_totals(w->cur, &now);
	if (known)
		eph_report_totals(w->prev, &then);
	eph_rate_compute(r, known, now.fresh[p], now.in_use[p], then.in_use[p],
			 now.usable > now.in_use[p] ? now.usable - now.in_use[p] : 0,
			 eph_watch_interval_s(w));
}

const char *eph_sort_name(enum eph_sort k)
{
	static const char *const names[] = { "ports", "new", "exhaustion" };

	return k < EPH_SORT_MAX ? names[k] : "?";
}

/* Ties keep the report's order (the index), so the list is reproducible. */
static int wdest_cmp(const struct eph_wdest *a, const struct eph_wdest *b, enum eph_sort k)
{
	if (k == EPH_SORT_NEW && a->r.new_per_s != b->r.new_per_s)
		return a->r.new_per_s > b->r.new_per_s ? -1 : 1;
	if (k == EPH_SORT_EXHAUSTION && a->r.exhausting != b->r.exhausting)
		return a->r.exhausting ? -1 : 1;
	if (k == EPH_SORT_EXHAUSTION && a->r.exhausting && a->r.exhaustion_s != b->r.exhaustion_s)
		return a->r.exhaustion_s < b->r.exhaustion_s ? -1 : 1;
	return 0;
}

static enum eph_sort sort_key;

static int wdest_qsort_cmp(const void *pa, const void *pb)
{
	const struct eph_wdest *a = pa, *b = pb;
	int c = wdest_cmp(a, b, sort_key);

	return c ? c : a->rank < b->rank ? -1 : a->rank > b->rank;
}

/* Every destination, sorted: ports order first (eph_report_all), then k. */
static long dests_all(const struct eph_watch *w, enum eph_sort k, struct eph_wdest **out)
{
	struct eph_dest *all = NULL;
	long n = eph_report_all(w->cur, &all);

	if (n <= 0)
		return n;
	*out = malloc((size_t)n * sizeof(**out));
	if (!*out) {
		free(all);
		return -ENOMEM;
	}
	for (long i = 0; i < n; i++) {
		(*out)[i].d = all[i];
		(*out)[i].rank = (size_t)i;
		eph_watch_dest_rate(w, &all[i], &(*out)[i].r);
	}
	free(all);
	if (k == EPH_SORT_PORTS)
		return n;
	/* qsort is not stable: the ports order is the last key */
	sort_key = k;
	qsort(*out, (size_t)n, sizeof(**out), wdest_qsort_cmp);
	return n;
}

long eph_watch_dests(const struct eph_watch *w, enum eph_sort k, size_t n, struct eph_wdest **out)
{
	struct eph_dest *top;
	size_t got;
	long all;

	*out = NULL;
	if (!w->cur)
		return 0;
	if (k != EPH_SORT_PORTS || !n) {
		all = dests_all(w, k, out);
		return all > 0 && n && (size_t)all > n ? (long)n : all;
	}
	/* the first n by ports: no array of every destination */
	if (!(top = calloc(n, sizeof(*top))) || !(*out = calloc(n, sizeof(**out)))) {
		free(top);
		return -ENOMEM;
	}
	got = eph_report_top(w->cur, top, n);
	for (size_t i = 0; i < got; i++) {
		(*out)[i].d = top[i];
		(*out)[i].rank = i;
		eph_watch_dest_rate(w, &top[i], &(*out)[i].r);
	}
	free(top);
	return (long)got;
}
