/* SPDX-License-Identifier: MIT */
/* eph_json.h - the --ephemeral report as a JSON object. */
#ifndef SOCKLS_EPH_JSON_H
#define SOCKLS_EPH_JSON_H

#include "sockls/ephemeral.h"

struct jsonw;
struct cg_entry;

/* Writes the report object (sizes, pinned ports, ports in use per protocol,
 * TIME_WAIT, settings, collisions, every destination, warning above warn_pct);
 * netns (may be NULL) is the namespace tag with --all-netns, owner the
 * container or pod holding it ("netns_owner", null when none). Returns the
 * writer's sticky error or -ENOMEM. */
int eph_report_json(struct jsonw *jw, const struct eph_report *rep, double warn_pct,
		    const char *netns, const struct cg_entry *owner);

/* The members of one destination object (proto, family, addresses, remote
 * port, service, count, time_wait, headroom, pct), inside an open object. */
void eph_dest_json_members(struct jsonw *jw, const struct eph_dest *d);

#endif
