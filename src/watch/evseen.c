/* evseen.c - two generations of sightings, each an array with an
 * open-addressing index by cookie; a poll fills the new one, inheriting
 * first-seen times from the old one. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/evseen.h"

#define IDX_EMPTY UINT32_MAX
#define IDX_MIN 1024u

struct seen_gen {
	struct ev_sighting *v;
	size_t n, cap;
	uint32_t *idx;   /* positions in v, IDX_EMPTY for a free slot */
	size_t idx_cap;  /* a power of two, at least twice n */
};

struct evseen {
	struct seen_gen g[2];
	unsigned int cur;  /* g[cur] is filled by the current (or last) poll */
};

static size_t slot_of(uint64_t cookie, size_t cap)
{
	cookie ^= cookie >> 33;
	cookie *= 0xff51afd7ed558ccdULL;
	cookie ^= cookie >> 33;
	return (size_t)cookie & (cap - 1);
}

struct evseen *evseen_new(void)
{
	return calloc(1, sizeof(struct evseen));
}

void evseen_free(struct evseen *s)
{
	if (!s)
		return;
	for (int i = 0; i < 2; i++) {
		free(s->g[i].v);
		free(s->g[i].idx);
	}
	free(s);
}

/* The index slot holding cookie, or the free slot where it would go. */
static size_t find_slot(const struct seen_gen *g, uint64_t cookie)
{
	size_t h = slot_of(cookie, g->idx_cap);

	while (g->idx[h] != IDX_EMPTY && g->v[g->idx[h]].cookie != cookie)
		h = (h + 1) & (g->idx_cap - 1);
	return h;
}

static int grow_index(struct seen_gen *g)
{
	size_t cap = g->idx_cap ? g->idx_cap * 2 : IDX_MIN;
	uint32_t *idx = malloc(cap * sizeof(*idx));

	if (!idx)
		return -ENOMEM;
	memset(idx, 0xff, cap * sizeof(*idx));
	free(g->idx);
	g->idx = idx;
	g->idx_cap = cap;
	for (size_t i = 0; i < g->n; i++)
		g->idx[find_slot(g, g->v[i].cookie)] = (uint32_t)i;
	return 0;
}

static const struct ev_sighting *gen_find(const struct seen_gen *g, uint64_t cookie)
{
	size_t h;

	if (!g->idx_cap)
		return NULL;
	h = find_slot(g, cookie);
	return g->idx[h] == IDX_EMPTY ? NULL : &g->v[g->idx[h]];
}

void evseen_begin(struct evseen *s)
{
	struct seen_gen *g;

	s->cur ^= 1;
	g = &s->g[s->cur];
	g->n = 0;
	if (g->idx)
		memset(g->idx, 0xff, g->idx_cap * sizeof(*g->idx));
}

static void fill(struct ev_sighting *e, const struct sock_row *row)
{
	const struct sock_rec *rec = row->rec;

	memset(e, 0, sizeof(*e));
	e->cookie = rec->cookie;
	e->state = rec->state;
	e->have_uid = rec->have & HAVE_UID;
	e->uid = rec->uid;
	e->have_cgroup = rec->have & HAVE_CGROUP;
	e->cgroup_id = rec->cgroup_id;
	e->have_owner = row->n_owners > 0;
	if (e->have_owner) {
		e->pid = row->owners[0].pid;
		memcpy(e->comm, row->owners[0].comm, sizeof(e->comm));
		e->comm[sizeof(e->comm) - 1] = '\0';
	}
}

int evseen_add(struct evseen *s, const struct sock_row *row)
{
	struct seen_gen *g = &s->g[s->cur];
	const struct ev_sighting *old;
	size_t h;

	if (!(row->rec->have & HAVE_COOKIE))
		return 0;
	if ((g->n + 1) * 2 > g->idx_cap && grow_index(g) < 0)
		return -ENOMEM;
	h = find_slot(g, row->rec->cookie);
	if (g->idx[h] != IDX_EMPTY)
		return 0;
	if (g->n == g->cap) {
		size_t cap = g->cap ? g->cap * 2 : 256;
		struct ev_sighting *v = realloc(g->v, cap * sizeof(*v));
		if (!v)
			return -ENOMEM;
		g->v = v;
		g->cap = cap;
	}
	fill(&g->v[g->n], row);
	if ((old = gen_find(&s->g[s->cur ^ 1], row->rec->cookie)) && old->dated) {
		g->v[g->n].first_ms = old->first_ms;
		g->v[g->n].first_wall = old->first_wall;
		g->v[g->n].dated = true;
	}
	g->idx[h] = (uint32_t)g->n++;
	return 0;
}

void evseen_end(struct evseen *s, uint64_t now_ms, double wall)
{
	struct seen_gen *g = &s->g[s->cur];

	for (size_t i = 0; i < g->n; i++) {
		if (g->v[i].dated)
			continue;
		g->v[i].first_ms = now_ms;
		g->v[i].first_wall = wall;
		g->v[i].dated = true;
	}
}

const struct ev_sighting *evseen_find(const struct evseen *s, uint64_t cookie)
{
	const struct ev_sighting *e = gen_find(&s->g[s->cur], cookie);

	if (!e)
		e = gen_find(&s->g[s->cur ^ 1], cookie);
	return e && e->dated ? e : NULL;
}

size_t evseen_count(const struct evseen *s)
{
	return s->g[s->cur].n;
}
