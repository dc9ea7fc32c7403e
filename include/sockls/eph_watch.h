/* SPDX-License-Identifier: MIT */
/* eph_watch.h - the --ephemeral report over time (--ephemeral --watch): the
 * reports of the last two refreshes and the sockets of each by identity, so
 * a refresh says how many sockets are new since the one before (churn
 * included: a socket opened and another closed is one new, not zero) and how
 * fast the ports in use grow, per destination and for the namespace.
 * Memory: two reports (bounded, see ephemeral.h) and two sets of 8 bytes per
 * TCP/UDP socket on an ephemeral port. */
#ifndef SOCKLS_EPH_WATCH_H
#define SOCKLS_EPH_WATCH_H

#include <stdbool.h>
#include <stdint.h>

#include "sockls/ephemeral.h"
#include "sockls/sock.h"

/* One refresh against the previous one. */
struct eph_rate {
	bool known;            /* false on the first refresh, or when the range changed */
	unsigned long fresh;   /* sockets new since the previous refresh */
	unsigned int in_use;   /* ports in use now */
	unsigned int headroom; /* ports still free for it */
	double new_per_s;      /* fresh / interval (known) */
	double growth_per_s;   /* (in use now - in use before) / interval (known) */
	bool exhausting;       /* known and growth_per_s > 0 */
	double exhaustion_s;   /* headroom / growth_per_s (exhausting) */
};

/* Pure: the rate of fresh sockets and of the ports in use (now, then) over
 * interval_s seconds, and the time until headroom is used up at that rate. */
void eph_rate_compute(struct eph_rate *r, bool known, unsigned long fresh, unsigned int now,
		      unsigned int then, unsigned int headroom, double interval_s);

struct eph_watch;

struct eph_watch *eph_watch_new(void); /* NULL with errno ENOMEM */
void eph_watch_free(struct eph_watch *w);

/* A refresh starts at now_ms (monotonic ms) in a namespace whose range is r;
 * s (may be NULL) are its settings. The last complete refresh becomes the
 * previous one. 0 or -ENOMEM. */
int eph_watch_begin(struct eph_watch *w, const struct eph_range *r, const struct eph_settings *s,
		    uint64_t now_ms);
/* One socket of the refresh (anything but TCP/UDP on an ephemeral port is
 * ignored). A socket is new unless the previous refresh had its 4-tuple; one
 * that was in TIME_WAIT there and is not now is a new connection on the
 * same tuple. 0 or -ENOMEM. */
int eph_watch_add(struct eph_watch *w, const struct sock_rec *rec);

/* The report of the current refresh (NULL before the first begin). */
const struct eph_report *eph_watch_report(const struct eph_watch *w);
/* Refreshes begun so far (1 on the first). */
uint64_t eph_watch_generation(const struct eph_watch *w);
/* Seconds between the starts of the last two refreshes; 0 on the first. */
double eph_watch_interval_s(const struct eph_watch *w);
/* Whether rates are known: a previous refresh over the same range. */
bool eph_watch_known(const struct eph_watch *w);

/* A destination of the current report: its new sockets, the growth of its
 * count and the time until its headroom is gone. */
void eph_watch_dest_rate(const struct eph_watch *w, const struct eph_dest *d, struct eph_rate *r);
/* The namespace, PROTO_TCP or PROTO_UDP: new connections (TCP, sockets with
 * a destination) or sockets (UDP), the growth of the distinct ports in use
 * and the time until no usable port is free (usable - in use). */
void eph_watch_total_rate(const struct eph_watch *w, unsigned int proto, struct eph_rate *r);

/* The order of destinations: ports in use (the report's order), new
 * sockets per second, or the soonest exhaustion (then ports). */
enum eph_sort { EPH_SORT_PORTS, EPH_SORT_NEW, EPH_SORT_EXHAUSTION, EPH_SORT_MAX };
const char *eph_sort_name(enum eph_sort k);

struct eph_wdest {
	struct eph_dest d;
	struct eph_rate r;
	size_t rank;           /* its place by ports in use, 0 first */
};

/* The destinations of the current refresh with their rates in the order k,
 * the first n of them (0: every one), in a new array *out (free() it; NULL
 * when there are none). Returns the count, or -ENOMEM. */
long eph_watch_dests(const struct eph_watch *w, enum eph_sort k, size_t n, struct eph_wdest **out);

#endif
