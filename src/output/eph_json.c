/* eph_json.c - the --ephemeral report as JSON (the table form is eph_report_print). */
#include <sys/socket.h>

#include "sockls/addr.h"
#include "sockls/eph_json.h"
#include "sockls/jsonw.h"
#include "sockls/services.h"

#define EPH_JSON_TOP 10

static int dest_json(struct jsonw *jw, const struct eph_dest *d)
{
	char addr[ADDR_TEXT_MAX];

	jsonw_obj_begin(jw);
	jsonw_key_str(jw, "proto", sock_proto_name(d->proto));
	jsonw_key_str(jw, "family", d->family == AF_INET ? "inet" : "inet6");
	addr_format(addr, sizeof(addr), d->family, d->local_addr);
	jsonw_key_str(jw, "local_addr", addr);
	addr_format(addr, sizeof(addr), d->family, d->remote_addr);
	jsonw_key_str(jw, "remote_addr", addr);
	jsonw_key_uint(jw, "remote_port", d->remote_port);
	jsonw_key_str(jw, "service", svc_name(d->proto, d->remote_port));
	jsonw_key_uint(jw, "count", d->count);
	jsonw_key_double(jw, "pct", d->pct);
	return jsonw_obj_end(jw);
}

int eph_report_json(struct jsonw *jw, const struct eph_report *rep, double warn_pct)
{
	struct eph_dest top[EPH_JSON_TOP];
	struct eph_totals t;
	size_t n = eph_report_top(rep, top, EPH_JSON_TOP);
	bool warn;

	eph_report_totals(rep, &t);
	warn = t.pct[PROTO_TCP] > warn_pct || t.pct[PROTO_UDP] > warn_pct;
	for (size_t i = 0; i < n; i++)
		warn = warn || top[i].pct > warn_pct;
	jsonw_obj_begin(jw);
	jsonw_key_uint(jw, "size", t.size);
	jsonw_key_uint(jw, "usable", t.usable);
	jsonw_key_uint(jw, "reserved_in_range", t.reserved_in_range);
	jsonw_key(jw, "in_use");
	jsonw_obj_begin(jw);
	jsonw_key_uint(jw, "tcp", t.in_use[PROTO_TCP]);
	jsonw_key_uint(jw, "udp", t.in_use[PROTO_UDP]);
	jsonw_obj_end(jw);
	jsonw_key(jw, "in_use_pct");
	jsonw_obj_begin(jw);
	jsonw_key_double(jw, "tcp", t.pct[PROTO_TCP]);
	jsonw_key_double(jw, "udp", t.pct[PROTO_UDP]);
	jsonw_obj_end(jw);
	jsonw_key_uint(jw, "time_wait", t.time_wait);
	jsonw_key_uint(jw, "sockets", t.sockets);
	jsonw_key_uint(jw, "untracked", t.untracked);
	jsonw_key_double(jw, "warn_pct", warn_pct);
	jsonw_key_bool(jw, "warning", warn);
	jsonw_key(jw, "top");
	jsonw_arr_begin(jw);
	for (size_t i = 0; i < n; i++)
		dest_json(jw, &top[i]);
	jsonw_arr_end(jw);
	return jsonw_obj_end(jw);
}
