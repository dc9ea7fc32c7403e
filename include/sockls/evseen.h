/* SPDX-License-Identifier: MIT */
/* evseen.h - what -E's periodic poll saw of each TCP/UDP socket, by cookie:
 * the owner, uid, cgroup, last state and when it was first listed. A close
 * event joins with it; the event itself stays the record. Memory is the
 * sockets of the last two polls and of the one running, nothing more.
 * One thread polls (begin, add, end), another looks up (get): end publishes
 * a poll under the table's lock. */
#ifndef SOCKLS_EVSEEN_H
#define SOCKLS_EVSEEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sockls/row.h"

struct ev_sighting {
	uint64_t cookie;
	uint64_t first_ms;    /* monotonic: when the first poll that listed it handed its row on */
	double first_wall;    /* the same moment, wall clock */
	uint64_t alive_ms;    /* monotonic: start of the last poll that listed it (alive then) */
	double alive_wall;    /* the same moment, wall clock */
	uint64_t cgroup_id;   /* with have_cgroup */
	uint32_t uid;         /* with have_uid */
	int32_t pid;          /* first owner, with have_owner */
	char comm[16];        /* its raw name: escape before printing */
	uint8_t state;        /* at the last poll that listed it */
	bool have_uid, have_owner, have_cgroup;
};

struct evseen;

struct evseen *evseen_new(void); /* NULL with errno ENOMEM */
void evseen_free(struct evseen *s);

/* A poll starts at now_ms/wall (the poll's thread). */
void evseen_begin(struct evseen *s, uint64_t now_ms, double wall);
/* One socket of the poll, its row handled at now_ms/wall: the socket existed
 * then. Without a cookie it cannot be joined: ignored. A socket an earlier
 * poll listed keeps its first sighting. 0 or -ENOMEM. */
int evseen_add(struct evseen *s, const struct sock_row *row, uint64_t now_ms, double wall);
/* The poll is complete: it becomes the last one, the last one the previous. */
void evseen_end(struct evseen *s);
/* Copies the sighting of cookie in the last poll, else in the one before;
 * false if neither listed it. Any thread. */
bool evseen_get(struct evseen *s, uint64_t cookie, struct ev_sighting *out);
/* Sockets the last poll listed. */
size_t evseen_count(struct evseen *s);

#endif
