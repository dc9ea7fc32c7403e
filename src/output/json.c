/* SPDX-License-Identifier: MIT */
/* json.c - the sockls JSON/NDJSON document (schema: docs/sockls.schema.json) over a jsonw stream. */
#include <linux/mptcp.h>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/ephemeral.h"
#include "sockls/addr.h"
#include "sockls/cgroup.h"
#include "sockls/json.h"
#include "sockls/kindname.h"
#include "sockls/proto.h"
#include "sockls/query.h"
#include "sockls/services.h"
#include "sockls/tcpinfo.h"
#include "sockls/writer.h"
#include "json_int.h"

int json_head(struct jsonw *jw, const char *source, const struct eph_range *eph)
{
	jsonw_obj_begin(jw);
	jsonw_key_uint(jw, "version", json_schema(jw));
	jsonw_key_str(jw, "source", source);
	jsonw_key(jw, "ephemeral");
	if (!eph) {
		jsonw_null(jw);
	} else {
		uint32_t pos = 0;
		uint16_t lo, hi;
		jsonw_obj_begin(jw);
		jsonw_key_uint(jw, "low", eph->low);
		jsonw_key_uint(jw, "high", eph->high);
		jsonw_key(jw, "reserved");
		jsonw_arr_begin(jw);
		while (eph_reserved_next(eph, &pos, &lo, &hi)) {
			jsonw_arr_begin(jw);
			jsonw_uint(jw, lo);
			jsonw_uint(jw, hi);
			jsonw_arr_end(jw);
		}
		jsonw_arr_end(jw);
		jsonw_obj_end(jw);
	}
	return jsonw_error(jw);
}

int json_begin(struct jsonw *jw, const char *source, const struct eph_range *eph)
{
	json_head(jw, source, eph);
	jsonw_key(jw, "sockets");
	return jsonw_arr_begin(jw);
}

void json_netns_tally(struct jsonw *jw, const struct netns_tally *ns)
{
	if (!ns)
		return;
	jsonw_key(jw, "namespaces");
	jsonw_obj_begin(jw);
	jsonw_key_uint(jw, "read", ns->read);
	jsonw_key_uint(jw, "unreadable", netns_unreadable(ns));
	jsonw_obj_end(jw);
}

int json_end(struct jsonw *jw)
{
	jsonw_arr_end(jw);
	jsonw_obj_end(jw);
	return jsonw_flush(jw);
}

int json_status(struct jsonw *jw, const struct writer_status *st)
{
	jsonw_key_bool(jw, "incomplete", st && st->incomplete);
	if (st && st->n_errors) {
		jsonw_key(jw, "errors");
		jsonw_arr_begin(jw);
		for (unsigned int i = 0; i < st->n_errors && i < WRITER_ERRORS_MAX; i++)
			jsonw_str(jw, st->errors[i]);
		jsonw_arr_end(jw);
	}
	if (st && st->kill) {
		const struct writer_kill *k = st->kill;
		jsonw_key(jw, "kill");
		jsonw_obj_begin(jw);
		jsonw_key_bool(jw, "dry_run", k->dry_run);
		jsonw_key_uint(jw, "matched", k->matched);
		jsonw_key_uint(jw, "destroyed", k->destroyed);
		jsonw_key_uint(jw, "refused", k->refused);
		jsonw_key_uint(jw, "listeners_kept", k->listeners_kept);
		jsonw_obj_end(jw);
	}
	return jsonw_error(jw);
}

static void write_addr(struct jsonw *jw, unsigned int family, const uint8_t addr[16])
{
	char buf[ADDR_TEXT_MAX];
	size_t n = addr_format(buf, sizeof(buf), family, addr);

	if (n)
		jsonw_key_strn(jw, "addr", buf, n);
	else
		jsonw_key_null(jw, "addr");
}

/* Service, class and ephemeral flag as enrichment found them (row.h). */
static void write_endpoint(struct jsonw *jw, const char *key, const struct sock_row *row,
			   const struct sock_endpoint *ep, const struct row_end *end, uint32_t ext)
{
	const struct sock_rec *rec = row->rec;

	jsonw_key(jw, key);
	jsonw_obj_begin(jw);
	write_addr(jw, rec->family, ep->addr);
	jsonw_key_uint(jw, "port", ep->port);
	jsonw_key_str(jw, "service", end->service);
	jsonw_key_str(jw, "iana_service", end->iana_service);
	jsonw_key_str(jw, "port_class",
		      end->have_class ? svc_class_name((enum svc_class)end->port_class) : NULL);
	jsonw_key_bool(jw, "ephemeral", end->ephemeral);
	jsonw_key_str(jw, "iface", end->ifname);
	if (ep == &rec->local) {
		int ds = sock_dual_stack(rec);
		jsonw_key(jw, "dual_stack");
		ds < 0 ? jsonw_null(jw) : jsonw_bool(jw, ds == 1);
	} else if ((ext & EXT_PROCESSES) && !json_v1(jw)) {
		json_remote_processes(jw, row);
	}
	jsonw_obj_end(jw);
}

static void write_unix(struct jsonw *jw, const struct sock_rec *rec)
{
	json_unix_path(jw, rec);
	jsonw_key_str(jw, "type", json_unix_type(rec->unix_type));
	jsonw_key(jw, "inode");
	rec->have & HAVE_INODE ? jsonw_uint(jw, rec->inode) : jsonw_null(jw);
	jsonw_key(jw, "peer_inode");
	rec->have & HAVE_PEER_INODE ? jsonw_uint(jw, rec->peer_inode) : jsonw_null(jw);
}

/* A kind drawn by its row (packet, netlink, vsock): the address parts its
 * row names (enum proto_json), named as ss shows them. */
static void write_kind(struct jsonw *jw, const struct sock_row *row)
{
	const struct sock_rec *rec = row->rec;
	const struct proto_desc *d = proto_get(rec->proto);
	uint32_t v;

	jsonw_key_str(jw, "type", json_unix_type(rec->unix_type));
	switch (d ? d->json : PROTO_JSON_NONE) {
	case PROTO_JSON_ETHERTYPE:
		jsonw_key_uint(jw, "ethertype", rec->kind_proto);
		jsonw_key_str(jw, "ethertype_name", kind_ether_name(rec->kind_proto));
		jsonw_key_uint(jw, "ifindex", rec->local.ifindex);
		jsonw_key_str(jw, "iface", row->local.ifname);
		break;
	case PROTO_JSON_PORTID:
		memcpy(&v, rec->remote.addr, sizeof(v));
		jsonw_key_uint(jw, "protocol", rec->kind_proto);
		jsonw_key_str(jw, "protocol_name", kind_netlink_name(rec->kind_proto));
		jsonw_key_uint(jw, "portid", rec->local.id);
		jsonw_key(jw, "portid_process");
		if (row->portid_comm) {
			jsonw_obj_begin(jw);
			jsonw_key_uint(jw, "pid", rec->local.id);
			jsonw_key_str(jw, "comm", row->portid_comm);
			jsonw_obj_end(jw);
		} else {
			jsonw_null(jw);
		}
		jsonw_key_uint(jw, "dst_portid", rec->remote.id);
		jsonw_key_uint(jw, "dst_group", v);
		break;
	case PROTO_JSON_CID:
		memcpy(&v, rec->local.addr, sizeof(v));
		jsonw_key_uint(jw, "local_cid", v);
		jsonw_key_uint(jw, "local_port", rec->local.id);
		memcpy(&v, rec->remote.addr, sizeof(v));
		jsonw_key_uint(jw, "remote_cid", v);
		jsonw_key_uint(jw, "remote_port", rec->remote.id);
		break;
	default: break; /* a kind without extras: its type and inode */
	}
	jsonw_key(jw, "inode");
	rec->have & HAVE_INODE ? jsonw_uint(jw, rec->inode) : jsonw_null(jw);
}

/* An IP socket's endpoints and its kind's extras. */
static void write_inet(struct jsonw *jw, const struct sock_row *row, uint32_t ext)
{
	const struct sock_rec *rec = row->rec;
	const struct proto_desc *d = proto_get(rec->proto);

	write_endpoint(jw, "local", row, &rec->local, &row->local, ext);
	write_endpoint(jw, "remote", row, &rec->remote, &row->remote, ext);
	if (d && d->json == PROTO_JSON_IP_PROTOCOL)
		jsonw_key_uint(jw, "ip_protocol", rec->raw_protocol);
	/* ss prints an association under its socket ("`- ESTAB"); both
	 * rows share the inode, so scripts need to tell them apart */
	if (d && d->json == PROTO_JSON_ASSOCIATION)
		jsonw_key_bool(jw, "association", rec->assoc != 0);
}

/* -e. A unix socket's inode is already part of its identity block. */
static void write_extended(struct jsonw *jw, const struct sock_rec *rec)
{
	enum proto_draw draw = proto_draw(rec->proto);

	jsonw_key(jw, "uid");
	rec->have & HAVE_UID ? jsonw_uint(jw, rec->uid) : jsonw_null(jw);
	/* v1 repeated a packet, netlink or vsock socket's "inode" here (it is
	 * in the kind's block already); v2 gives it once */
	if (draw == PROTO_DRAW_INET || (draw == PROTO_DRAW_OWN && json_v1(jw))) {
		/* an IP socket without a struct socket (TIME_WAIT, a request, an
		 * orphan) has no inode: the kernel's 0 is "none", as its uid 0 is */
		jsonw_key(jw, "inode");
		(rec->have & HAVE_INODE) && rec->inode ? jsonw_uint(jw, rec->inode) : jsonw_null(jw);
	}
	jsonw_key(jw, "cookie");
	rec->have & HAVE_COOKIE ? jsonw_uint(jw, rec->cookie) : jsonw_null(jw);
	if (rec->family == AF_INET6) {
		jsonw_key(jw, "v6only");
		rec->have & HAVE_V6ONLY ? jsonw_bool(jw, rec->v6only != 0) : jsonw_null(jw);
	}
}

static void write_timer(struct jsonw *jw, const struct sock_rec *rec)
{
	static const char *const names[] = {
		[TIMER_OFF] = "off", [TIMER_ON] = "on", [TIMER_KEEPALIVE] = "keepalive",
		[TIMER_TIMEWAIT] = "timewait", [TIMER_PROBE] = "probe", [TIMER_DELACK] = "delack",
	};
	jsonw_key(jw, "timer");
	/* no timer running is null, as ss -o prints nothing for it */
	if (!(rec->have & HAVE_TIMER) || rec->timer == TIMER_OFF ||
	    rec->timer >= sizeof(names) / sizeof(names[0])) {
		jsonw_null(jw);
		return;
	}
	jsonw_obj_begin(jw);
	jsonw_key_str(jw, "name", names[rec->timer]);
	jsonw_key_uint(jw, "expires_ms", rec->expires_ms);
	jsonw_key_uint(jw, "retrans", rec->retrans);
	jsonw_obj_end(jw);
}

/* Fields past what this kernel sent are null, never a made-up 0. */
static void write_ti_field(struct jsonw *jw, const struct tcpinfo_field *f,
			   const struct sock_rec *rec)
{
	uint64_t v = 0;
	uint32_t v32 = 0;
	uint8_t v8 = 0;
	unsigned int kind = f->kind & ~TI_CONN;
	bool have;

	jsonw_key(jw, f->key);
	if ((f->kind & TI_CONN) && rec->state == ST_LISTEN) {
		jsonw_null(jw);
		return;
	}
	if (f->size == 1)
		have = tcpinfo_get(rec, f->off, 1, &v8), v = v8;
	else if (f->size == 4)
		have = tcpinfo_get(rec, f->off, 4, &v32), v = v32;
	else
		have = tcpinfo_get(rec, f->off, 8, &v);
	if (!have)
		jsonw_null(jw);
	else if (kind == TI_US_AS_MS)
		jsonw_double(jw, (double)v / 1000.0);
	else if ((kind == TI_SSTHRESH && v >= 0xffff) || (kind == TI_RATE && v == UINT64_MAX))
		jsonw_null(jw);
	else
		jsonw_uint(jw, v);
}

static void write_ti_head(struct jsonw *jw, const struct sock_rec *rec)
{
	static const char *const ca_names[] = { "open", "disorder", "cwr", "recovery", "loss" };
	static const struct { const char *key; uint8_t bit; } opts[] = {
		{ "ts", TCPI_OPT_TIMESTAMPS }, { "sack", TCPI_OPT_SACK },
		{ "ecn", TCPI_OPT_ECN }, { "ecn_seen", TCPI_OPT_ECN_SEEN },
	};
	struct tcpinfo_head h;

	tcpinfo_head(rec, &h);
	jsonw_key_str(jw, "ca_state", h.have_ca_state && h.ca_state < 5 ? ca_names[h.ca_state] : NULL);
	for (size_t i = 0; i < sizeof(opts) / sizeof(opts[0]); i++) {
		jsonw_key(jw, opts[i].key);
		h.have_options ? jsonw_bool(jw, h.options & opts[i].bit) : jsonw_null(jw);
	}
	jsonw_key(jw, "app_limited");
	h.have_app_limited ? jsonw_bool(jw, h.app_limited) : jsonw_null(jw);
	jsonw_key(jw, "snd_wscale");
	h.have_wscale ? jsonw_uint(jw, h.snd_wscale) : jsonw_null(jw);
	jsonw_key(jw, "rcv_wscale");
	h.have_wscale ? jsonw_uint(jw, h.rcv_wscale) : jsonw_null(jw);
}

static void write_tcp_info(struct jsonw *jw, const struct sock_rec *rec)
{
	jsonw_key(jw, "tcp_info");
	if (!proto_has(rec->proto, PROTO_F_TCPINFO) || !(rec->have & HAVE_TCP_INFO)) {
		jsonw_null(jw);
		return;
	}
	jsonw_obj_begin(jw);
	write_ti_head(jw, rec);
	for (size_t i = 0; i < TIF_N; i++)
		if (tcpinfo_fields[i].key)
			write_ti_field(jw, &tcpinfo_fields[i], rec);
	jsonw_key(jw, "congestion");
	if (rec->have & HAVE_CONG)
		jsonw_strn(jw, rec->cong, strnlen(rec->cong, sizeof(rec->cong)));
	else
		jsonw_null(jw);
	jsonw_obj_end(jw);
}

/* -i for MPTCP: struct mptcp_info's connection-level counters, or null. */
static void write_mptcp_info(struct jsonw *jw, const struct sock_rec *rec)
{
	struct mptcp_info mi;

	jsonw_key(jw, "mptcp_info");
	if (!(rec->have & HAVE_MPTCP_INFO) ||
	    rec->tcp_info_len < offsetof(struct mptcp_info, mptcpi_local_addr_used)) {
		jsonw_null(jw);
		return;
	}
	memset(&mi, 0, sizeof(mi));
	memcpy(&mi, rec->tcp_info, rec->tcp_info_len < sizeof(mi) ? rec->tcp_info_len : sizeof(mi));
	jsonw_obj_begin(jw);
	jsonw_key_uint(jw, "subflows", mi.mptcpi_subflows);
	jsonw_key_uint(jw, "add_addr_signal", mi.mptcpi_add_addr_signal);
	jsonw_key_uint(jw, "add_addr_accepted", mi.mptcpi_add_addr_accepted);
	jsonw_key_uint(jw, "subflows_max", mi.mptcpi_subflows_max);
	jsonw_key_uint(jw, "add_addr_signal_max", mi.mptcpi_add_addr_signal_max);
	jsonw_key_uint(jw, "add_addr_accepted_max", mi.mptcpi_add_addr_accepted_max);
	jsonw_key_uint(jw, "flags", mi.mptcpi_flags);
	jsonw_key_uint(jw, "token", mi.mptcpi_token);
	jsonw_key_uint(jw, "write_seq", mi.mptcpi_write_seq);
	jsonw_key_uint(jw, "snd_una", mi.mptcpi_snd_una);
	jsonw_key_uint(jw, "rcv_nxt", mi.mptcpi_rcv_nxt);
	jsonw_obj_end(jw);
}

/* In the kernel's SK_MEMINFO_* order. */
static void write_memory(struct jsonw *jw, const struct sock_rec *rec)
{
	static const char *const keys[SOCK_MEMINFO_VARS] = {
		"rmem_alloc", "rcvbuf", "wmem_alloc", "sndbuf", "fwd_alloc",
		"wmem_queued", "optmem", "backlog", "drops",
	};
	jsonw_key(jw, "memory");
	if (!(rec->have & HAVE_MEMINFO)) {
		jsonw_null(jw);
		return;
	}
	jsonw_obj_begin(jw);
	for (size_t i = 0; i < SOCK_MEMINFO_VARS; i++)
		jsonw_key_uint(jw, keys[i], rec->meminfo[i]);
	jsonw_obj_end(jw);
}

static void key_str_or_null(struct jsonw *jw, const char *key, const char *s)
{
	jsonw_key_str(jw, key, s && *s ? s : NULL);
}

/* A cgroup removed since the socket was made: the kernel's id, nothing else. */
static void json_cgroup_deleted(struct jsonw *jw, uint64_t id)
{
	static const char *const none[] = { "unit", "delegated_to", "container", "pod" };

	jsonw_obj_begin(jw);
	jsonw_key_null(jw, "path");
	jsonw_key_uint(jw, "id", id);
	for (size_t i = 0; i < sizeof(none) / sizeof(none[0]); i++)
		jsonw_key_null(jw, none[i]);
	jsonw_key_bool(jw, "deleted", true);
	jsonw_obj_end(jw);
}

void json_cgroup(struct jsonw *jw, const struct cg_entry *e)
{
	const struct cg_names *n = e ? e->names : NULL;

	if (!e || !n) {
		jsonw_null(jw);
		return;
	}
	jsonw_obj_begin(jw);
	jsonw_key_str(jw, "path", e->path);
	if (e->id)
		jsonw_key_uint(jw, "id", e->id);
	else
		jsonw_key_null(jw, "id");
	key_str_or_null(jw, "unit", n->unit);
	if (n->delegated)
		jsonw_key_uint(jw, "delegated_to", n->owner_uid);
	else
		jsonw_key_null(jw, "delegated_to");
	jsonw_key(jw, "container");
	if (n->ctr_id[0]) {
		jsonw_obj_begin(jw);
		key_str_or_null(jw, "runtime", n->runtime);
		jsonw_key_str(jw, "id", n->ctr_id);
		key_str_or_null(jw, "name", n->ctr_name);
		jsonw_obj_end(jw);
	} else {
		jsonw_null(jw);
	}
	jsonw_key(jw, "pod");
	if (cg_names_pod(n)) {
		jsonw_obj_begin(jw);
		jsonw_key_str(jw, "uid", n->pod_uid);
		key_str_or_null(jw, "namespace", n->pod_ns);
		key_str_or_null(jw, "name", n->pod_name);
		jsonw_obj_end(jw);
	} else {
		jsonw_null(jw);
	}
	jsonw_obj_end(jw);
}

static void write_cgroup(struct jsonw *jw, const struct sock_row *row)
{
	jsonw_key(jw, "cgroup");
	if (cg_is_deleted(row->cgroup))
		json_cgroup_deleted(jw, row->rec->cgroup_id);
	else
		json_cgroup(jw, row->cgroup);
}

int json_sock(struct jsonw *jw, const struct sock_row *row, uint32_t ext)
{
	const struct sock_rec *rec = row->rec;

	jsonw_obj_begin(jw);
	if (!json_v1(jw) && jsonw_depth(jw) == 1) /* an --ndjson line: says its schema */
		jsonw_key_uint(jw, "version", json_schema(jw));
	jsonw_key_str(jw, "proto", sock_proto_name(rec->proto));
	jsonw_key_str(jw, "family", sock_family_name(rec->family));
	jsonw_key_str(jw, "state", sock_state_name(rec->proto, rec->state));
	jsonw_key(jw, "recv_q");
	rec->have & HAVE_RECV_Q ? jsonw_uint(jw, rec->recv_q) : jsonw_null(jw);
	jsonw_key(jw, "send_q");
	rec->have & HAVE_SEND_Q ? jsonw_uint(jw, rec->send_q) : jsonw_null(jw);
	if (row->netns) {
		jsonw_key_str(jw, "netns", row->netns);
		jsonw_key(jw, "netns_owner");
		json_cgroup(jw, row->netns_owner);
	}
	switch (proto_draw(rec->proto)) {
	case PROTO_DRAW_PATH:
		json_v1(jw) ? write_unix(jw, rec) : json2_unix(jw, row, ext);
		break;
	case PROTO_DRAW_OWN:
		json_v1(jw) ? write_kind(jw, row) : json2_kind(jw, row);
		break;
	case PROTO_DRAW_INET:
		write_inet(jw, row, ext);
		break;
	}
	if (ext & EXT_EXTENDED)
		write_extended(jw, rec);
	if (ext & EXT_TIMERS)
		write_timer(jw, rec);
	if ((ext & EXT_INFO) && proto_has(rec->proto, PROTO_F_MPTCPINFO))
		write_mptcp_info(jw, rec);
	else if (ext & EXT_INFO)
		write_tcp_info(jw, rec);
	if (ext & EXT_MEMORY)
		write_memory(jw, rec);
	if (ext & EXT_PROCESSES) {
		json_owners(jw, "processes", row->owners, row->n_owners);
		if (json_v1(jw))
			json_peers(jw, row, "peer_processes");
	}
	if (ext & EXT_CGROUP)
		write_cgroup(jw, row);
	return jsonw_obj_end(jw);
}
