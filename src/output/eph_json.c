/* SPDX-License-Identifier: MIT */
/* eph_json.c - the --ephemeral report as JSON (the table form is eph_report_print). */
#include <stdlib.h>
#include <sys/socket.h>

#include "sockls/addr.h"
#include "sockls/eph_json.h"
#include "sockls/json.h"
#include "sockls/jsonw.h"
#include "sockls/services.h"

/* v2: the two ends nested as a socket's: "local": {"addr"}, "remote":
 * {"addr", "port", "service"}. */
static void dest_ends(struct jsonw *jw, const struct eph_dest *d)
{
	char addr[ADDR_TEXT_MAX];

	addr_format(addr, sizeof(addr), d->family, d->local_addr);
	jsonw_key(jw, "local");
	jsonw_obj_begin(jw);
	jsonw_key_str(jw, "addr", addr);
	jsonw_obj_end(jw);
	addr_format(addr, sizeof(addr), d->family, d->remote_addr);
	jsonw_key(jw, "remote");
	jsonw_obj_begin(jw);
	jsonw_key_str(jw, "addr", addr);
	jsonw_key_uint(jw, "port", d->remote_port);
	jsonw_key_str(jw, "service", svc_name(d->proto, d->remote_port));
	jsonw_obj_end(jw);
}

void eph_dest_json_members(struct jsonw *jw, const struct eph_dest *d)
{
	char addr[ADDR_TEXT_MAX];

	jsonw_key_str(jw, "proto", sock_proto_name(d->proto));
	jsonw_key_str(jw, "family", d->family == AF_INET ? "inet" : "inet6");
	if (!json_v1(jw)) {
		dest_ends(jw, d);
	} else {
		addr_format(addr, sizeof(addr), d->family, d->local_addr);
		jsonw_key_str(jw, "local_addr", addr);
		addr_format(addr, sizeof(addr), d->family, d->remote_addr);
		jsonw_key_str(jw, "remote_addr", addr);
		jsonw_key_uint(jw, "remote_port", d->remote_port);
		jsonw_key_str(jw, "service", svc_name(d->proto, d->remote_port));
	}
	jsonw_key_uint(jw, "count", d->count);
	jsonw_key_uint(jw, "time_wait", d->time_wait);
	jsonw_key_uint(jw, "headroom", d->headroom);
	jsonw_key_double(jw, "pct", d->pct);
}

static int dest_json(struct jsonw *jw, const struct eph_dest *d)
{
	jsonw_obj_begin(jw);
	eph_dest_json_members(jw, d);
	return jsonw_obj_end(jw);
}

static void setting_json(struct jsonw *jw, const char *key, int v)
{
	jsonw_key(jw, key);
	if (v < 0)
		jsonw_null(jw);
	else
		jsonw_uint(jw, (unsigned int)v);
}

#define TCP_ PROTO_BIT(PROTO_TCP)
#define UDP_ PROTO_BIT(PROTO_UDP)
#define BND_ EPH_KNOWN_BOUND

/* A count whose kinds were listed (and, with BND_, whose bind()-only sockets
 * were seen), else null (-t, -u, /proc: unknown). */
static void count_json(struct jsonw *jw, const char *key, const struct eph_totals *t,
		       uint32_t needs, uint64_t v)
{
	if (!(needs & ~eph_totals_known(t)))
		jsonw_key_uint(jw, key, v);
	else
		jsonw_key_null(jw, key);
}

static void pct_json(struct jsonw *jw, const char *key, const struct eph_totals *t,
		     uint32_t needs, double v)
{
	if (!(needs & ~eph_totals_known(t)))
		jsonw_key_double(jw, key, v);
	else
		jsonw_key_null(jw, key);
}

static void terms_json(struct jsonw *jw, const struct eph_report *rep, const struct eph_totals *t)
{
	uint32_t pos = 0;
	uint16_t port;

	jsonw_key(jw, "pinned");
	jsonw_obj_begin(jw);
	count_json(jw, "total", t, TCP_ | BND_, t->pinned);
	count_json(jw, "listeners", t, TCP_, t->pinned_listen);
	count_json(jw, "bound_inactive", t, TCP_ | BND_, t->pinned_bound);
	jsonw_obj_end(jw);
	count_json(jw, "usable_connect", t, TCP_ | BND_, t->usable_connect);
	jsonw_key(jw, "settings");
	jsonw_obj_begin(jw);
	setting_json(jw, "tcp_tw_reuse", t->set.tcp_tw_reuse);
	setting_json(jw, "tcp_timestamps", t->set.tcp_timestamps);
	jsonw_key(jw, "bind_address_no_port");
	if (t->sockopt_known)
		jsonw_uint(jw, t->bind_no_port);
	else
		jsonw_null(jw);
	jsonw_obj_end(jw);
	jsonw_key(jw, "parity");
	jsonw_obj_begin(jw);
	count_json(jw, "size", t, TCP_ | BND_, t->parity_size);
	count_json(jw, "in_use", t, TCP_, t->parity_used);
	pct_json(jw, "pct", t, TCP_ | BND_, t->parity_pct);
	jsonw_obj_end(jw);
	jsonw_key(jw, "collisions");
	jsonw_arr_begin(jw);
	while (eph_report_collision_next(rep, &pos, &port))
		jsonw_uint(jw, port);
	jsonw_arr_end(jw);
}

static void counts_json(struct jsonw *jw, const struct eph_totals *t, double warn_pct, bool warn)
{
	jsonw_key_uint(jw, "size", t->size);
	jsonw_key_uint(jw, "usable", t->usable);
	jsonw_key_uint(jw, "reserved_in_range", t->reserved_in_range);
	jsonw_key(jw, "in_use");
	jsonw_obj_begin(jw);
	count_json(jw, "tcp", t, TCP_, t->in_use[PROTO_TCP]);
	count_json(jw, "udp", t, UDP_, t->in_use[PROTO_UDP]);
	jsonw_obj_end(jw);
	jsonw_key(jw, "in_use_pct");
	jsonw_obj_begin(jw);
	pct_json(jw, "tcp", t, TCP_, t->pct[PROTO_TCP]);
	pct_json(jw, "udp", t, UDP_, t->pct[PROTO_UDP]);
	jsonw_obj_end(jw);
	count_json(jw, "time_wait", t, TCP_, t->time_wait);
	jsonw_key_uint(jw, "sockets", t->sockets);
	jsonw_key_uint(jw, "untracked", t->untracked);
	jsonw_key_double(jw, "warn_pct", warn_pct);
	jsonw_key_bool(jw, "warning", warn);
}

/* The report object; netns is its tag with --all-netns, else NULL. Every
 * destination is listed ("destinations"), most used first; "top" is kept as
 * the first ten for readers of 0.1. */
int eph_report_json(struct jsonw *jw, const struct eph_report *rep, double warn_pct, const char *netns,
		    const struct cg_entry *owner)
{
	struct eph_dest *all = NULL;
	struct eph_totals t;
	long n = eph_report_all(rep, &all);
	bool warn;

	if (n < 0)
		return (int)n;
	eph_report_totals(rep, &t);
	warn = t.pct[PROTO_TCP] > warn_pct || t.pct[PROTO_UDP] > warn_pct ||
	       (n > 0 && all[0].pct > warn_pct);
	jsonw_obj_begin(jw);
	if (netns) {
		jsonw_key_str(jw, "netns", netns);
		jsonw_key(jw, "netns_owner");
		json_cgroup(jw, owner);
	}
	jsonw_key_uint(jw, "low", t.low);
	jsonw_key_uint(jw, "high", t.high);
	counts_json(jw, &t, warn_pct, warn);
	terms_json(jw, rep, &t);
	jsonw_key(jw, "top");
	jsonw_arr_begin(jw);
	for (long i = 0; i < n && i < 10; i++)
		dest_json(jw, &all[i]);
	jsonw_arr_end(jw);
	jsonw_key(jw, "destinations");
	jsonw_arr_begin(jw);
	for (long i = 0; i < n; i++)
		dest_json(jw, &all[i]);
	jsonw_arr_end(jw);
	free(all);
	return jsonw_obj_end(jw);
}
