/* SPDX-License-Identifier: MIT */
/* prom.c - --prometheus: the Prometheus text exposition format (version 0.0.4).
 * Counts while the rows go by, writes every metric family at the end (a family's
 * samples must be together, and --all-netns gives them per namespace). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "sockls/addr.h"
#include "sockls/cgroup.h"
#include "sockls/ephemeral.h"
#include "sockls/esc.h"
#include "sockls/hash.h"
#include "sockls/kstat.h"
#include "sockls/proto.h"
#include "sockls/writer.h"

struct prom_ns {
	char *tag;                          /* NULL without --all-netns: no netns label */
	char *owner;                        /* its container or pod; NULL: no netns_owner label */
	unsigned long count[PROTO_MAX][ST_MAX];
	struct eph_report *rep;             /* NULL when the range is unknown */
	struct eph_dest *top;               /* filled at the end */
	size_t n_top;
	struct eph_totals t;
	struct kstat kstat;
	bool have_kstat;
	uint32_t answered;                  /* PROTO_BIT()s whose dump was answered */
};

struct prom_state {
	struct writer_ctx ctx;
	struct prom_ns *ns;
	size_t n_ns;
	char **listen;                      /* label sets of listening sockets */
	size_t n_listen, cap_listen;
};

/*
 * A label value keeps at most PROM_VALUE_MAX bytes once escaped. A longer one
 * is cut at a character boundary before escaping (never inside an escape) and
 * ends in "...~" and 16 hex digits of the FNV-1a hash of the whole value, so
 * two long values stay two series (man page, PROMETHEUS).
 */
#define PROM_VALUE_MAX 256
#define PROM_MARK_LEN 20 /* "...~" + 16 hex digits */
#define PROM_LABELS_MAX 8 /* netns, netns_owner, proto, address, port, service, unit, process */
#define PROM_KEY_MAX 16

/* A label set being built: key="value",... (values escaped); room for every
 * label at its longest, so none is ever dropped or cut. */
struct labels {
	char s[PROM_LABELS_MAX * (PROM_KEY_MAX + PROM_VALUE_MAX + 4) + 1];
	size_t n;
};

static void prom_value(const char *val, char *out)
{
	size_t len = strlen(val);

	if (esc_prom_label_len(val, len) <= PROM_VALUE_MAX) {
		esc_prom_label(val, len, out, PROM_VALUE_MAX + 1);
		return;
	}
	size_t w = esc_prom_label(val, len, out, PROM_VALUE_MAX - PROM_MARK_LEN + 1);
	snprintf(out + w, PROM_MARK_LEN + 1, "...~%016llx",
		 (unsigned long long)hash_fnv(HASH_FNV_INIT, val, len));
}

static void lb_add(struct labels *lb, const char *key, const char *val)
{
	char esc[PROM_VALUE_MAX + 1];
	size_t room = sizeof(lb->s) - lb->n;

	prom_value(val, esc);
	/* cannot happen (the size above); a cut label would break the file */
	if (strlen(key) > PROM_KEY_MAX || strlen(esc) + strlen(key) + 4 >= room)
		abort();
	lb->n += (size_t)snprintf(lb->s + lb->n, room, "%s%s=\"%s\"", lb->n ? "," : "", key, esc);
}

static void lb_netns(struct labels *lb, const struct prom_ns *ns)
{
	lb->n = 0;
	lb->s[0] = '\0';
	if (ns->tag)
		lb_add(lb, "netns", ns->tag);
	if (ns->owner)
		lb_add(lb, "netns_owner", ns->owner);
}

static void head(FILE *f, const char *name, const char *type, const char *help)
{
	fprintf(f, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

static void sample(FILE *f, const char *name, const struct labels *lb, unsigned long v)
{
	if (lb->n)
		fprintf(f, "%s{%s} %lu\n", name, lb->s, v);
	else
		fprintf(f, "%s %lu\n", name, v);
}

static int prom_open(const struct writer_ctx *ctx, void **state)
{
	struct prom_state *s = calloc(1, sizeof(*s));

	if (!s)
		return -ENOMEM;
	s->ctx = *ctx;
	*state = s;
	return 0;
}

static int prom_netns(void *state, const struct writer_ns *w)
{
	struct prom_state *s = state;
	struct prom_ns *v;

	if (s->n_ns && s->ctx.answered) /* the previous namespace's dump is over */
		s->ns[s->n_ns - 1].answered = *s->ctx.answered;
	v = realloc(s->ns, (s->n_ns + 1) * sizeof(*v));

	if (!v)
		return -ENOMEM;
	s->ns = v;
	struct prom_ns *ns = &v[s->n_ns];
	memset(ns, 0, sizeof(*ns));
	char label[1024];
	if (w->tag && !(ns->tag = strdup(w->tag)))
		return -ENOMEM;
	if (w->owner && cg_label(w->owner, label, sizeof(label)) && !(ns->owner = strdup(label))) {
		free(ns->tag);
		return -ENOMEM;
	}
	if (w->eph && !(ns->rep = eph_report_new(w->eph))) {
		free(ns->tag);
		free(ns->owner);
		return -ENOMEM;
	}
	if (ns->rep && w->set)
		eph_report_set_settings(ns->rep, w->set);
	if (ns->rep) {
		eph_report_set_listed(ns->rep, s->ctx.protos);
		if (s->ctx.bound_unseen)
			eph_report_set_bound_unseen(ns->rep);
	}
	if (w->kstat) {
		ns->kstat = *w->kstat;
		ns->have_kstat = true;
	}
	s->n_ns++;
	return 0;
}

static bool is_listener(const struct sock_rec *rec)
{
	if (rec->family != AF_INET && rec->family != AF_INET6)
		return false;
	return (rec->proto == PROTO_TCP && rec->state == ST_LISTEN) ||
	       (rec->proto == PROTO_UDP && rec->state == ST_CLOSE && rec->local.port);
}

/* Label set of a listening socket; equal sets (SO_REUSEPORT groups) are merged at the end. */
static int add_listener(struct prom_state *s, const struct prom_ns *ns, const struct sock_row *row)
{
	const struct sock_rec *rec = row->rec;
	struct labels lb;
	char addr[ADDR_TEXT_MAX], port[8];

	if (s->n_listen == s->cap_listen) {
		size_t cap = s->cap_listen ? 2 * s->cap_listen : 64;
		char **v = realloc(s->listen, cap * sizeof(*v));
		if (!v)
			return -ENOMEM;
		s->listen = v;
		s->cap_listen = cap;
	}
	lb_netns(&lb, ns);
	lb_add(&lb, "proto", sock_proto_name(rec->proto));
	addr_format(addr, sizeof(addr), rec->family, rec->local.addr);
	lb_add(&lb, "address", addr);
	snprintf(port, sizeof(port), "%u", rec->local.port);
	lb_add(&lb, "port", port);
	lb_add(&lb, "service", row->service ? row->service : "");
	/* the systemd unit of its cgroup; no label at all when unknown */
	if (row->cgroup && row->cgroup->names && row->cgroup->names->unit[0])
		lb_add(&lb, "unit", row->cgroup->names->unit);
	if (row->n_owners) {
		char comm[sizeof(row->owners[0].comm) + 1] = { 0 };
		memcpy(comm, row->owners[0].comm, sizeof(row->owners[0].comm));
		lb_add(&lb, "process", comm);
	}
	if (!(s->listen[s->n_listen] = strdup(lb.s)))
		return -ENOMEM;
	s->n_listen++;
	return 0;
}

static int prom_row(void *state, const struct sock_row *row)
{
	struct prom_state *s = state;
	const struct sock_rec *rec = row->rec;

	if (!s->n_ns)
		return 0;
	struct prom_ns *ns = &s->ns[s->n_ns - 1];
	unsigned int st = rec->state == ST_NEW_SYN_RECV ? ST_SYN_RECV : rec->state;
	if (rec->proto < PROTO_MAX && st < ST_MAX)
		ns->count[rec->proto][st]++;
	if (is_listener(rec)) {
		int err = add_listener(s, ns, row);
		if (err)
			return err;
	}
	return ns->rep ? eph_report_add(ns->rep, rec) : 0;
}

/* A count the dump knows: the kind and state were asked for, the kind has
 * that state, and (bound-inactive) the source can see it. 0 is then a fact. */
static bool count_known(const struct prom_state *s, const struct prom_ns *ns, unsigned int p,
			unsigned int st)
{
	const struct proto_desc *d = proto_get(p);

	if (!d || !(ns->answered & PROTO_BIT(p)) || !(d->states & STATE_BIT(st)) ||
	    !(s->ctx.states & STATE_BIT(st)) || st == ST_NEW_SYN_RECV || st == ST_UNKNOWN)
		return false;
	return st != ST_BOUND_INACTIVE || !s->ctx.bound_unseen;
}

static void write_sockets(FILE *f, const struct prom_state *s)
{
	struct labels lb;

	head(f, "sockls_sockets", "gauge",
	     "Sockets by protocol and state (0 where none; left out where not known).");
	for (size_t i = 0; i < s->n_ns; i++)
		for (unsigned int p = 0; p < PROTO_MAX; p++)
			for (unsigned int st = 0; st < ST_MAX; st++) {
				if (!s->ns[i].count[p][st] && !count_known(s, &s->ns[i], p, st))
					continue;
				lb_netns(&lb, &s->ns[i]);
				lb_add(&lb, "proto", sock_proto_name(p));
				lb_add(&lb, "state", sock_state_name(p, st));
				sample(f, "sockls_sockets", &lb, s->ns[i].count[p][st]);
			}
}

#define PROM_LISTEN_CAP 1000 /* sockls_listening_info series without --top (man page) */

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void write_listeners(FILE *f, struct prom_state *s)
{
	head(f, "sockls_listening_info", "gauge",
	     "A listening TCP or bound unconnected UDP socket (1); unit when known, process with -p.");
	size_t shown = 0, left = 0, cap = s->ctx.listen_cap_set ? s->ctx.listen_cap : PROM_LISTEN_CAP;

	if (s->n_listen)
		qsort(s->listen, s->n_listen, sizeof(*s->listen), str_cmp);
	/* bounded cardinality: the first listen_cap label sets in sorted order */
	for (size_t i = 0; i < s->n_listen; i++) {
		if (i > 0 && strcmp(s->listen[i], s->listen[i - 1]) == 0)
			continue;
		if (shown < cap) {
			fprintf(f, "sockls_listening_info{%s} 1\n", s->listen[i]);
			shown++;
		} else {
			left++;
		}
	}
	head(f, "sockls_listening_info_omitted", "gauge",
	     "Listener label sets left out of sockls_listening_info (past --top, 1000 by default).");
	fprintf(f, "sockls_listening_info_omitted %zu\n", left);
}

struct eph_metric {
	const char *name, *help;
	size_t off;    /* offset of an unsigned int in struct eph_totals */
	uint32_t needs; /* PROTO_BIT of the kind that must have been listed (-t, -u) */
};

#define TCP_ PROTO_BIT(PROTO_TCP)
#define UDP_ PROTO_BIT(PROTO_UDP)
#define BND_ EPH_KNOWN_BOUND /* needs bind()-only sockets seen */
#define EM(n, field, k, h) { "sockls_ephemeral_" n, h, offsetof(struct eph_totals, field), k }
static const struct eph_metric eph_metrics[] = {
	EM("range_ports", size, 0, "Ports in net.ipv4.ip_local_port_range."),
	EM("reserved_ports", reserved_in_range, 0, "Ports of the range in ip_local_reserved_ports."),
	EM("usable_ports", usable, 0, "Ports of the range not reserved."),
	EM("pinned_ports", pinned, TCP_ | BND_,
	   "Usable TCP ports pinned for every destination (listeners, bind()-only)."),
	EM("pinned_listen_ports", pinned_listen, TCP_, "Usable TCP ports held by listeners (collisions)."),
	EM("pinned_bound_ports", pinned_bound, TCP_ | BND_, "Usable TCP ports held by bind()-only sockets."),
	EM("connect_usable_ports", usable_connect, TCP_ | BND_,
	   "Usable ports minus pinned: what connect() can pick."),
	EM("tcp_in_use_ports", in_use[PROTO_TCP], TCP_, "Usable ports held by TCP sockets."),
	EM("udp_in_use_ports", in_use[PROTO_UDP], UDP_,
	   "Usable ports held by UDP sockets (the namespace as a whole)."),
	EM("time_wait_sockets", time_wait, TCP_, "TCP sockets in TIME_WAIT on a usable port."),
	EM("parity_ports", parity_size, TCP_ | BND_, "Ports of the parity connect() tries first, free to it."),
	EM("parity_in_use_ports", parity_used, TCP_ | BND_, "Of those, ports in use."),
};

static void write_eph_totals(FILE *f, const struct prom_state *s)
{
	struct labels lb;

	for (size_t m = 0; m < sizeof(eph_metrics) / sizeof(eph_metrics[0]); m++) {
		head(f, eph_metrics[m].name, "gauge", eph_metrics[m].help);
		for (size_t i = 0; i < s->n_ns; i++) {
			/* a kind that was not listed (-t, -u) is unknown: no sample */
			if (!s->ns[i].rep || (eph_metrics[m].needs & ~eph_totals_known(&s->ns[i].t)))
				continue;
			lb_netns(&lb, &s->ns[i]);
			const char *base = (const char *)&s->ns[i].t;
			unsigned int v;
			memcpy(&v, base + eph_metrics[m].off, sizeof(v));
			sample(f, eph_metrics[m].name, &lb, v);
		}
	}
}

/* The settings that change the answer; unknown ones are left out. */
static void write_settings(FILE *f, const struct prom_state *s)
{
	struct labels lb;

	head(f, "sockls_tcp_tw_reuse", "gauge", "net.ipv4.tcp_tw_reuse (0 off, 1 on, 2 loopback only).");
	for (size_t i = 0; i < s->n_ns; i++)
		if (s->ns[i].rep && s->ns[i].t.set.tcp_tw_reuse >= 0) {
			lb_netns(&lb, &s->ns[i]);
			sample(f, "sockls_tcp_tw_reuse", &lb, (unsigned long)s->ns[i].t.set.tcp_tw_reuse);
		}
	head(f, "sockls_tcp_timestamps", "gauge", "net.ipv4.tcp_timestamps.");
	for (size_t i = 0; i < s->n_ns; i++)
		if (s->ns[i].rep && s->ns[i].t.set.tcp_timestamps >= 0) {
			lb_netns(&lb, &s->ns[i]);
			sample(f, "sockls_tcp_timestamps", &lb, (unsigned long)s->ns[i].t.set.tcp_timestamps);
		}
	head(f, "sockls_bind_address_no_port_sockets", "gauge",
	     "Sockets with IP_BIND_ADDRESS_NO_PORT (left out when the kernel does not say).");
	for (size_t i = 0; i < s->n_ns; i++)
		if (s->ns[i].rep && s->ns[i].t.sockopt_known) {
			lb_netns(&lb, &s->ns[i]);
			sample(f, "sockls_bind_address_no_port_sockets", &lb, s->ns[i].t.bind_no_port);
		}
}

static void dest_labels(struct labels *lb, const struct prom_ns *ns, const struct eph_dest *d)
{
	char addr[ADDR_TEXT_MAX], port[8];

	lb_netns(lb, ns);
	addr_format(addr, sizeof(addr), d->family, d->local_addr);
	lb_add(lb, "local", addr);
	addr_format(addr, sizeof(addr), d->family, d->remote_addr);
	lb_add(lb, "remote", addr);
	snprintf(port, sizeof(port), "%u", d->remote_port);
	lb_add(lb, "remote_port", port);
}

static void write_dests(FILE *f, const struct prom_state *s)
{
	static const char *const names[3] = {
		"sockls_ephemeral_destination_ports", "sockls_ephemeral_destination_time_wait_sockets",
		"sockls_ephemeral_destination_headroom_ports",
	};
	static const char *const helps[3] = {
		"Ephemeral ports held towards one destination (top N by ports).",
		"Of those, sockets in TIME_WAIT.",
		"Ports connect() could still pick for this destination.",
	};
	struct labels lb;

	for (int m = 0; m < 3; m++) {
		head(f, names[m], "gauge", helps[m]);
		for (size_t i = 0; i < s->n_ns; i++)
			for (size_t j = 0; j < s->ns[i].n_top; j++) {
				const struct eph_dest *d = &s->ns[i].top[j];
				dest_labels(&lb, &s->ns[i], d);
				sample(f, names[m], &lb, m == 0 ? d->count : m == 1 ? d->time_wait : d->headroom);
			}
	}
}

static void write_kstat(FILE *f, const struct prom_state *s)
{
	unsigned int n;
	const struct kstat_def *defs = kstat_defs(&n);
	struct labels lb;

	for (unsigned int k = 0; k < n; k++) {
		head(f, defs[k].metric, "counter", defs[k].help);
		for (size_t i = 0; i < s->n_ns; i++)
			if (s->ns[i].have_kstat && (s->ns[i].kstat.have & (1u << k))) {
				lb_netns(&lb, &s->ns[i]);
				sample(f, defs[k].metric, &lb, (unsigned long)s->ns[i].kstat.v[k]);
			}
	}
}

/* How the run went: the namespaces read and not (--all-netns), and when. */
static void write_run(FILE *f, const struct prom_state *s)
{
	const struct netns_tally *t = s->ctx.netns;
	struct labels none = { .n = 0 };

	if (t) {
		head(f, "sockls_netns_read", "gauge", "Network namespaces listed by --all-netns.");
		sample(f, "sockls_netns_read", &none, t->read);
		head(f, "sockls_netns_unreadable", "gauge", "Network namespaces that could not be read "
		     "(not entered: CAP_SYS_ADMIN; held only by processes not inspectable: "
		     "CAP_SYS_PTRACE); when not 0 sockls exits with status 1.");
		sample(f, "sockls_netns_unreadable", &none, netns_unreadable(t));
	}
	head(f, "sockls_last_success_timestamp_seconds", "gauge", "When sockls wrote this "
	     "exposition (Unix time); a run that fails leaves the previous --output file.");
	fprintf(f, "sockls_last_success_timestamp_seconds %lld\n", (long long)time(NULL));
}

static int prom_end(void *state)
{
	struct prom_state *s = state;
	FILE *f = s->ctx.out;

	if (s->n_ns && s->ctx.answered)
		s->ns[s->n_ns - 1].answered = *s->ctx.answered;
	for (size_t i = 0; i < s->n_ns; i++) {
		struct prom_ns *ns = &s->ns[i];
		if (!ns->rep)
			continue;
		eph_report_totals(ns->rep, &ns->t);
		size_t n = s->ctx.top_n < ns->t.n_dests ? s->ctx.top_n : ns->t.n_dests;
		if (n && !(ns->top = calloc(n, sizeof(*ns->top))))
			return -ENOMEM;
		ns->n_top = n ? eph_report_top(ns->rep, ns->top, n) : 0;
	}
	write_sockets(f, s);
	write_listeners(f, s);
	write_eph_totals(f, s);
	write_settings(f, s);
	write_dests(f, s);
	write_kstat(f, s);
	write_run(f, s);
	if (fflush(f) != 0 || ferror(f))
		return errno ? -errno : -EIO;
	return 0;
}

static void prom_free(void *state)
{
	struct prom_state *s = state;

	for (size_t i = 0; i < s->n_ns; i++) {
		free(s->ns[i].tag);
		free(s->ns[i].owner);
		free(s->ns[i].top);
		eph_report_free(s->ns[i].rep);
	}
	for (size_t i = 0; i < s->n_listen; i++)
		free(s->listen[i]);
	free(s->listen);
	free(s->ns);
	free(s);
}

const struct writer_ops prom_writer = {
	.name = "prometheus", .open = prom_open, .netns = prom_netns, .row = prom_row,
	.end = prom_end, .free = prom_free,
};
