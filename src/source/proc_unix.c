/* SPDX-License-Identifier: MIT */
/* proc_unix.c - what /proc/net/unix cannot say without ambiguity. The kernel
 * prints a socket's name raw, so a name holding a newline can carry text in
 * the form of a record: a line is the tail of the name before it or a socket
 * of its own, and the format cannot tell which. The file is read twice: the
 * first read counts each inode; in the second such a line is believed only
 * if the first read had that same line alone with its inode and no more
 * sockets than the kernel counts (UNIX and UNIX-STREAM in /proc/net/protocols,
 * before and after); otherwise it is left out and counted as ambiguous (man
 * page, THE TWO SOURCES). Every other line is a socket, as before. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/file.h"
#include "sockls/hash.h"
#include "sockls/num.h"
#include "sockls/proc.h"
#include "sockls/proc_unix.h"

#define GUARD_MIN 1024u

int unix_guard_init(struct unix_guard *g, const char *proc_root)
{
	memset(g, 0, sizeof(*g));
	g->budget = -1;
	g->cap = GUARD_MIN;
	htab_init(&g->idx, HTAB_MAX);
	if (!(g->v = malloc(g->cap * sizeof(*g->v))) || htab_reserve(&g->idx, GUARD_MIN) < 0) {
		unix_guard_free(g);
		return -ENOMEM;
	}
	g->inuse_before = proc_unix_inuse(proc_root);
	return 0;
}

void unix_guard_free(struct unix_guard *g)
{
	free(g->v);
	htab_fini(&g->idx);
	memset(g, 0, sizeof(*g));
}

static bool ino_eq(const void *ctx, uint32_t idx, const void *key)
{
	const struct unix_guard *g = ctx;

	return g->v[idx].ino == *(const uint64_t *)key;
}

static const struct unix_guard_ent *find(const struct unix_guard *g, uint64_t ino)
{
	uint32_t i = htab_find(&g->idx, hash_u64(ino), ino_eq, g, &ino);

	return i == HTAB_NONE ? NULL : &g->v[i];
}

int unix_guard_count(struct unix_guard *g, uint64_t ino, uint32_t tail)
{
	struct unix_guard_ent *e;
	uint32_t i;
	int ret;

	if (ino == 0) {
		g->sockets++; /* an embryo: a socket of its own, counted by the kernel */
		return 0;
	}
	if (g->n == g->cap) {
		size_t cap = g->cap * 2;
		struct unix_guard_ent *v = realloc(g->v, cap * sizeof(*v));
		if (!v)
			return -ENOMEM;
		g->v = v;
		g->cap = cap;
	}
	if ((ret = htab_add(&g->idx, hash_u64(ino), ino_eq, g, &ino, (uint32_t)g->n, &i)) < 0)
		return -ENOMEM;
	if (ret == 0) {
		i = (uint32_t)g->n++;
		g->v[i] = (struct unix_guard_ent){ .ino = ino };
		g->sockets++;
	}
	e = &g->v[i];
	if (e->cnt < UINT32_MAX)
		e->cnt++;
	e->tail = tail;
	return 0;
}

bool unix_guard_line(struct unix_guard *g, size_t len, const struct sock_rec *rec)
{
	bool maybe = g->budget >= 0 && (size_t)g->budget >= len + 1;
	long left = maybe ? g->budget - (long)len - 1 : -1;

	/* a name of its own may go on too: the larger room wins */
	if (rec && rec->path_len && SOCK_UNIX_PATH_MAX - (long)rec->path_len > left)
		left = SOCK_UNIX_PATH_MAX - (long)rec->path_len;
	g->budget = left;
	return maybe;
}

void unix_guard_continued(struct unix_guard *g, size_t len)
{
	g->budget = g->budget >= (long)len + 1 ? g->budget - (long)len - 1 : -1;
}

uint32_t unix_guard_hash(const struct sock_rec *rec)
{
	uint64_t h = HASH_FNV_INIT;

	h = hash_fnv(h, &rec->unix_type, sizeof(rec->unix_type));
	h = hash_fnv(h, &rec->state, sizeof(rec->state));
	h = hash_fnv(h, &rec->inode, sizeof(rec->inode));
	h = hash_fnv(h, &rec->path_len, sizeof(rec->path_len));
	h = hash_fnv(h, rec->path, rec->path_len);
	return (uint32_t)(h ^ (h >> 32)) | 1; /* 0: not a possible tail */
}

bool unix_guard_believe(const struct unix_guard *g, const struct sock_rec *rec, uint32_t hash)
{
	long most = g->inuse_before > g->inuse_after ? g->inuse_before : g->inuse_after;
	const struct unix_guard_ent *e;

	if (rec->inode == 0)
		return false;
	e = find(g, rec->inode);
	/* the same line, alone with its inode, when the file was scanned */
	if (!e || e->cnt != 1 || e->tail != hash)
		return false;
	/* more sockets in the file than the kernel counts: some line is forged */
	return most < 0 || g->sockets <= (unsigned long)most;
}

long proc_unix_inuse(const char *proc_root)
{
	char path[FILE_PATH_MAX], buf[8192], *save = NULL;
	size_t len;
	long total = 0;
	bool found = false;

	snprintf(path, sizeof(path), "%s/net/protocols", proc_root ? proc_root : "/proc");
	if (file_read_small(path, buf, sizeof(buf), &len) < 0)
		return -1;
	for (char *l = strtok_r(buf, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
		char *fsave = NULL, *name = strtok_r(l, " ", &fsave);
		char *size = name ? strtok_r(NULL, " ", &fsave) : NULL;
		char *n = size ? strtok_r(NULL, " ", &fsave) : NULL;
		uint64_t v;
		if (!n || (strcmp(name, "UNIX") != 0 && strcmp(name, "UNIX-STREAM") != 0) ||
		    num_parse(n, strlen(n), 10, LONG_MAX / 4, &v) < 0)
			continue;
		total += (long)v;
		found = true;
	}
	return found ? total : -1;
}
