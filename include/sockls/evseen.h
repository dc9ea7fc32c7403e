/* evseen.h - what -E's periodic poll saw of each TCP/UDP socket, by cookie:
 * the owner, uid, cgroup, last state and when it was first listed. A close
 * event joins with it; the event itself stays the record. Memory is the
 * sockets of the last two polls, nothing more. */
#ifndef SOCKLS_EVSEEN_H
#define SOCKLS_EVSEEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sockls/row.h"

struct ev_sighting {
	uint64_t cookie;
	uint64_t first_ms;    /* monotonic: end of the first poll that listed it */
	double first_wall;    /* the same moment, wall clock */
	uint64_t cgroup_id;   /* with have_cgroup */
	uint32_t uid;         /* with have_uid */
	int32_t pid;          /* first owner, with have_owner */
	char comm[16];        /* its raw name: escape before printing */
	uint8_t state;        /* at the last poll that listed it */
	bool have_uid, have_owner, have_cgroup;
	bool dated;           /* internal: first_ms is set */
};

struct evseen;

struct evseen *evseen_new(void); /* NULL with errno ENOMEM */
void evseen_free(struct evseen *s);

/* A poll starts: the last poll's sightings become the previous ones. */
void evseen_begin(struct evseen *s);
/* One socket of the poll (without a cookie it cannot be joined: ignored).
 * 0 or -ENOMEM. */
int evseen_add(struct evseen *s, const struct sock_row *row);
/* The poll has ended at now_ms/wall: sockets it listed first are dated so. */
void evseen_end(struct evseen *s, uint64_t now_ms, double wall);
/* The sighting of cookie in the last poll, else in the one before; NULL if
 * neither listed it. */
const struct ev_sighting *evseen_find(const struct evseen *s, uint64_t cookie);
/* Sockets the last poll listed. */
size_t evseen_count(const struct evseen *s);

#endif
