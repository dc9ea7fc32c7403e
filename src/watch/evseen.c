/* SPDX-License-Identifier: MIT */
/* evseen.c - three generations of sightings (the poll being filled, the last
 * and the previous one), each an array with an open-addressing index by
 * cookie. Only the polling thread writes; a lock guards the rotation against
 * the thread that looks up. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/evseen.h"
#include "sockls/hash.h"
#include "sockls/htab.h"

struct seen_gen {
	struct ev_sighting *v;
	size_t n, cap;
	struct htab idx; /* by cookie, of positions in v */
	uint64_t begin_ms;
	double begin_wall;
};

struct evseen {
	struct seen_gen g[3];
	unsigned int fill, last, prev;  /* which of g is which */
	pthread_mutex_t lock;
};

static bool cookie_eq(const void *ctx, uint32_t idx, const void *key)
{
	const struct seen_gen *g = ctx;

	return g->v[idx].cookie == *(const uint64_t *)key;
}

struct evseen *evseen_new(void)
{
	struct evseen *s = calloc(1, sizeof(struct evseen));

	if (!s)
		return NULL;
	s->fill = 0;
	s->last = 1;
	s->prev = 2;
	for (int i = 0; i < 3; i++)
		htab_init(&s->g[i].idx, HTAB_MAX);
	if (pthread_mutex_init(&s->lock, NULL) != 0) {
		free(s);
		errno = ENOMEM;
		return NULL;
	}
	return s;
}

void evseen_free(struct evseen *s)
{
	if (!s)
		return;
	for (int i = 0; i < 3; i++) {
		free(s->g[i].v);
		htab_fini(&s->g[i].idx);
	}
	pthread_mutex_destroy(&s->lock);
	free(s);
}

static const struct ev_sighting *gen_find(const struct seen_gen *g, uint64_t cookie)
{
	uint32_t i = htab_find(&g->idx, hash_u64(cookie), cookie_eq, g, &cookie);

	return i == HTAB_NONE ? NULL : &g->v[i];
}

void evseen_begin(struct evseen *s, uint64_t now_ms, double wall)
{
	struct seen_gen *g = &s->g[s->fill];

	g->n = 0;
	g->begin_ms = now_ms;
	g->begin_wall = wall;
	htab_clear(&g->idx);
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

static int gen_append(struct seen_gen *g)
{
	if (g->v && g->n < g->cap)
		return 0;
	size_t cap = g->cap ? g->cap * 2 : 256;
	struct ev_sighting *v = realloc(g->v, cap * sizeof(*v));
	if (!v)
		return -ENOMEM;
	g->v = v;
	g->cap = cap;
	return 0;
}

/* Only this thread rotates the generations, so it reads last and prev
 * without the lock. */
int evseen_add(struct evseen *s, const struct sock_row *row, uint64_t now_ms, double wall)
{
	struct seen_gen *g = &s->g[s->fill];
	const struct ev_sighting *old;
	struct ev_sighting *e;
	uint64_t cookie = row->rec->cookie;

	if (!(row->rec->have & HAVE_COOKIE) || gen_find(g, cookie))
		return 0;
	if (gen_append(g) < 0)
		return -ENOMEM;
	e = &g->v[g->n];
	fill(e, row);
	e->first_ms = now_ms;
	e->first_wall = wall;
	e->alive_ms = g->begin_ms;
	e->alive_wall = g->begin_wall;
	if ((old = gen_find(&s->g[s->last], e->cookie)) ||
	    (old = gen_find(&s->g[s->prev], e->cookie))) {
		e->first_ms = old->first_ms;
		e->first_wall = old->first_wall;
	}
	if (htab_add(&g->idx, hash_u64(cookie), cookie_eq, g, &cookie, (uint32_t)g->n, NULL) < 0)
		return -ENOMEM;
	g->n++;
	return 0;
}

void evseen_end(struct evseen *s)
{
	unsigned int spare = s->prev;

	pthread_mutex_lock(&s->lock);
	s->prev = s->last;
	s->last = s->fill;
	s->fill = spare;
	pthread_mutex_unlock(&s->lock);
}

bool evseen_get(struct evseen *s, uint64_t cookie, struct ev_sighting *out)
{
	const struct ev_sighting *e;

	pthread_mutex_lock(&s->lock);
	if (!(e = gen_find(&s->g[s->last], cookie)))
		e = gen_find(&s->g[s->prev], cookie);
	if (e)
		*out = *e;
	pthread_mutex_unlock(&s->lock);
	return e != NULL;
}

size_t evseen_count(struct evseen *s)
{
	size_t n;

	pthread_mutex_lock(&s->lock);
	n = s->g[s->last].n;
	pthread_mutex_unlock(&s->lock);
	return n;
}
