/* SPDX-License-Identifier: MIT */
/* watch_json.c - NDJSON diff objects of --watch and event objects of -E, and
 * the text line of an event (schema: docs/sockls.schema.json). */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "sockls/addr.h"
#include "sockls/esc.h"
#include "sockls/json.h"
#include "sockls/proto.h"
#include "sockls/watch_out.h"

static void watch_end(struct jsonw *jw, const char *key, const struct snap_ent *e,
		     const struct sock_endpoint *ep)
{
	char buf[ADDR_TEXT_MAX];
	enum proto_draw draw = proto_draw(e->proto);
	/* an address only for an IP socket (v1 showed "::" for packet,
	 * netlink and vsock sockets, which have none) */
	size_t n = draw == PROTO_DRAW_INET || (draw == PROTO_DRAW_OWN && json_v1(jw)) ?
		   addr_format(buf, sizeof(buf), e->family, ep->addr) : 0;

	jsonw_key(jw, key);
	jsonw_obj_begin(jw);
	if (n)
		jsonw_key_strn(jw, "addr", buf, n);
	else
		jsonw_key_null(jw, "addr");
	jsonw_key_uint(jw, "port", ep->port);
	jsonw_obj_end(jw);
}

static void key_opt_uint(struct jsonw *jw, const char *key, bool have, uint64_t v)
{
	if (have)
		jsonw_key_uint(jw, key, v);
	else
		jsonw_key_null(jw, key);
}

static void json_owner(struct jsonw *jw, const struct snap_ent *e)
{
	jsonw_key(jw, "owner");
	if (!e->have_owner) {
		jsonw_null(jw);
		return;
	}
	jsonw_obj_begin(jw);
	jsonw_key_int(jw, "pid", e->pid);
	jsonw_key_str(jw, "comm", e->comm);
	jsonw_obj_end(jw);
}

/* The members every conn and event object shares. */
static void json_facts(struct jsonw *jw, const struct snap_ent *e)
{
	jsonw_key_str(jw, "proto", sock_proto_name(e->proto));
	jsonw_key_str(jw, "family", sock_family_name(e->family));
	jsonw_key_str(jw, "state", sock_state_name(e->proto, e->state));
	watch_end(jw, "local", e, &e->local);
	watch_end(jw, "remote", e, &e->remote);
	key_opt_uint(jw, "cookie", e->have_cookie, e->cookie);
	key_opt_uint(jw, "bytes_acked", e->have_bytes, e->acked);
	key_opt_uint(jw, "bytes_received", e->have_bytes, e->received);
	key_opt_uint(jw, "uid", e->have_uid, e->uid);
	json_owner(jw, e);
}

static void json_conn(struct jsonw *jw, const struct snap_ent *e)
{
	jsonw_obj_begin(jw);
	json_facts(jw, e);
	jsonw_key_str(jw, "prev_state", e->mark == SNAP_NEW ? NULL :
					 sock_state_name(e->proto, e->prev_state));
	if (e->have_bytes && e->mark != SNAP_NEW && e->mark != SNAP_CLOSED) {
		jsonw_key_double(jw, "tx_bps", e->tx_bps);
		jsonw_key_double(jw, "rx_bps", e->rx_bps);
	} else {
		jsonw_key_null(jw, "tx_bps");
		jsonw_key_null(jw, "rx_bps");
	}
	jsonw_obj_end(jw);
}

/* The sockets marked m, in dump order: only those not SNAP_SAME are looked at. */
static void json_list(struct jsonw *jw, const char *key, const struct snap *s, enum snap_mark m)
{
	jsonw_key(jw, key);
	jsonw_arr_begin(jw);
	for (size_t i = 0; i < snap_marked_count(s); i++)
		if (snap_marked_at(s, i)->mark == m)
			json_conn(jw, snap_marked_at(s, i));
	jsonw_arr_end(jw);
}

int watch_json_diff(struct jsonw *jw, const struct snap *s, uint64_t generation, double time)
{
	size_t open = snap_count(s);

	for (size_t i = 0; i < snap_marked_count(s); i++)
		open -= snap_marked_at(s, i)->mark >= SNAP_CLOSED;
	jsonw_obj_begin(jw);
	json_line_version(jw);
	jsonw_key_str(jw, "event", "diff");
	jsonw_key_double(jw, "time", time);
	jsonw_key_uint(jw, "generation", generation);
	jsonw_key_uint(jw, "interval_ms", snap_interval_ms(s));
	jsonw_key_uint(jw, "open", open);
	json_list(jw, "added", s, SNAP_NEW);
	json_list(jw, "removed", s, SNAP_CLOSED);
	json_list(jw, "changed", s, SNAP_CHANGED);
	jsonw_obj_end(jw);
	return jsonw_flush(jw);
}

int watch_json_event(struct jsonw *jw, const struct watch_event *ev)
{
	const struct snap_ent *e = &ev->e;

	jsonw_obj_begin(jw);
	json_line_version(jw);
	jsonw_key_str(jw, "event", "close");
	jsonw_key_double(jw, "time", ev->time);
	json_facts(jw, e);
	jsonw_key_str(jw, "last_state", ev->seen ? sock_state_name(e->proto, ev->last_state) : NULL);
	key_opt_uint(jw, "retrans", ev->have_retrans, e->retrans);
	key_opt_uint(jw, "rtt_us", e->have_rtt, e->rtt_us);
	if (ev->seen) {
		jsonw_key_double(jw, "first_seen", ev->first_seen);
		jsonw_key_double(jw, "last_seen", ev->last_seen);
	} else {
		jsonw_key_null(jw, "first_seen");
		jsonw_key_null(jw, "last_seen");
	}
	key_opt_uint(jw, "lifetime_min_ms", ev->seen, ev->lifetime_min_ms);
	return jsonw_obj_end(jw);
}

int watch_json_lost(struct jsonw *jw, uint64_t count, double time)
{
	jsonw_obj_begin(jw);
	json_line_version(jw);
	jsonw_key_str(jw, "event", "lost");
	jsonw_key_double(jw, "time", time);
	jsonw_key_uint(jw, "count", count);
	return jsonw_obj_end(jw);
}

static int put_status(FILE *out)
{
	if (!ferror(out))
		return 0;
	return errno ? -errno : -EIO;
}

static void clock_text(char *buf, size_t cap, double t)
{
	time_t secs = (time_t)t;
	struct tm tm;

	if (!localtime_r(&secs, &tm) || !strftime(buf, cap, "%H:%M:%S", &tm))
		snprintf(buf, cap, "?");
	else
		snprintf(buf + strlen(buf), cap - strlen(buf), ".%03d", (int)((t - (double)secs) * 1000));
}

static void text_opt(char *buf, size_t cap, bool have, uint64_t v)
{
	if (have)
		snprintf(buf, cap, "%llu", (unsigned long long)v);
	else
		snprintf(buf, cap, "?");
}

/* HH:MM:SS.mmm close tcp ESTABLISHED>CLOSE local peer bytes_acked=.. bytes_received=..
 * retrans=.. rtt=..ms uid=.. owner=comm(pid) lifetime>=..s; unknown facts are "?"
 * (lifetime=? for a socket no poll listed). */
int watch_text_event(FILE *out, const struct watch_event *ev)
{
	const struct snap_ent *e = &ev->e;
	char clk[32], l[ADDR_TEXT_MAX], r[ADDR_TEXT_MAX], ack[24], rcv[24], rt[24], uid[24];
	char comm[ESC_TERM_SIZE(sizeof(e->comm))], life[32], rtt[32];

	clock_text(clk, sizeof(clk), ev->time);
	addr_format_endpoint(l, sizeof(l), e->family, &e->local, NULL);
	addr_format_endpoint(r, sizeof(r), e->family, &e->remote, NULL);
	text_opt(ack, sizeof(ack), e->have_bytes, e->acked);
	text_opt(rcv, sizeof(rcv), e->have_bytes, e->received);
	text_opt(rt, sizeof(rt), ev->have_retrans, e->retrans);
	text_opt(uid, sizeof(uid), e->have_uid, e->uid);
	esc_term(e->comm, strnlen(e->comm, sizeof(e->comm)), comm, sizeof(comm));
	if (e->have_rtt)
		snprintf(rtt, sizeof(rtt), "%.3fms", e->rtt_us / 1000.0);
	else
		snprintf(rtt, sizeof(rtt), "?");
	if (ev->seen)
		snprintf(life, sizeof(life), ">=%.3fs", (double)ev->lifetime_min_ms / 1000.0);
	else
		snprintf(life, sizeof(life), "=?");
	fprintf(out, "%s close %s %s>%s %s %s bytes_acked=%s bytes_received=%s retrans=%s rtt=%s uid=%s",
		clk, sock_proto_name(e->proto),
		ev->seen ? sock_state_name(e->proto, ev->last_state) : "?",
		sock_state_name(e->proto, e->state), l, r, ack, rcv, rt, rtt, uid);
	if (e->have_owner)
		fprintf(out, " owner=%s(%d)", comm, (int)e->pid);
	else
		fputs(" owner=?", out);
	fprintf(out, " lifetime%s\n", life);
	return put_status(out);
}

int watch_text_lost(FILE *out, uint64_t count, double time)
{
	char clk[32];

	clock_text(clk, sizeof(clk), time);
	fprintf(out, "%s lost %llu event%s (receive buffer overflow)\n", clk,
		(unsigned long long)count, count == 1 ? "" : "s");
	return put_status(out);
}
