/* SPDX-License-Identifier: MIT */
/* doctor_sock.c - the checks of --doctor on single sockets and their owners:
 * stalled TCP connections, datagram drops, CLOSE_WAIT held by a process,
 * ephemeral port headroom. Pure: numbers in, findings out. */
#include <linux/sock_diag.h>
#include <linux/tcp.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/addr.h"
#include "sockls/doctor.h"
#include "sockls/proto.h"
#include "sockls/tcpinfo.h"

static void what_conn(struct doc_finding *x, const struct sock_rec *r)
{
	char l[ADDR_TEXT_MAX], p[ADDR_TEXT_MAX];

	addr_format_endpoint(l, sizeof(l), r->family, &r->local, NULL);
	addr_format_endpoint(p, sizeof(p), r->family, &r->remote, NULL);
	snprintf(x->what, sizeof(x->what), "%s %s -> %s", sock_proto_name(r->proto), l, p);
	x->inode = r->inode;
	x->uid = r->uid;
	x->have_uid = (r->have & HAVE_UID) != 0;
}

/* What tcp_info says of a connection; each fact with whether the kernel gave it. */
struct stall {
	bool h_wnd, h_rtx, h_backoff, h_busy, h_rwnd, h_sndbuf, h_acked;
	uint32_t snd_wnd;
	uint8_t retransmits, backoff;
	uint64_t busy, rwnd, sndbuf, acked;
	bool zero_wnd, probe, rtx, growth, rwnd_lim, sndbuf_lim;
	double rwnd_pct, sndbuf_pct;
};

static void stall_read(const struct sock_rec *r, struct stall *s)
{
	memset(s, 0, sizeof(*s));
	s->h_wnd = TCPINFO_FIELD(r, tcpi_snd_wnd, s->snd_wnd);
	s->h_rtx = TCPINFO_FIELD(r, tcpi_retransmits, s->retransmits);
	s->h_backoff = TCPINFO_FIELD(r, tcpi_backoff, s->backoff);
	s->h_busy = TCPINFO_FIELD(r, tcpi_busy_time, s->busy);
	s->h_rwnd = TCPINFO_FIELD(r, tcpi_rwnd_limited, s->rwnd);
	s->h_sndbuf = TCPINFO_FIELD(r, tcpi_sndbuf_limited, s->sndbuf);
	s->h_acked = TCPINFO_FIELD(r, tcpi_bytes_acked, s->acked);
}

static void stall_judge(const struct sock_rec *r, const struct doc_prev *prev,
			const struct doc_thresholds *t, struct stall *s)
{
	bool hq = (r->have & HAVE_SEND_Q) != 0;

	/* a zero window matters with data waiting for it */
	s->zero_wnd = s->h_wnd && s->snd_wnd == 0 && hq && r->send_q > 0 &&
		      r->state == ST_ESTABLISHED;
	s->probe = (r->have & HAVE_TIMER) && r->timer == TIMER_PROBE;
	/* the backoff of the persist timer is not a retransmission */
	s->rtx = s->h_rtx && s->retransmits >= t->v[THR_RETRANS_WARN] && s->retransmits > 0;
	if (hq && prev && prev->send_q > 0 && r->send_q >= prev->send_q + t->v[THR_SENDQ_GROWTH] &&
	    r->send_q > prev->send_q)
		/* growth with acknowledgements flowing is a busy sender, not a stall */
		s->growth = !(s->h_acked && prev->have_acked && s->acked > prev->bytes_acked);
	if (s->h_busy && s->busy >= t->v[THR_LIMITED_MIN_MS] * 1000 && s->busy > 0) {
		s->rwnd_pct = s->h_rwnd ? 100.0 * (double)s->rwnd / (double)s->busy : 0;
		s->sndbuf_pct = s->h_sndbuf ? 100.0 * (double)s->sndbuf / (double)s->busy : 0;
		s->rwnd_lim = s->h_rwnd && s->rwnd_pct >= t->v[THR_LIMITED_PCT];
		s->sndbuf_lim = s->h_sndbuf && s->sndbuf_pct >= t->v[THR_LIMITED_PCT];
	}
}

static void stall_words(struct doc_finding *x, const struct stall *s)
{
	if (s->rtx && s->backoff >= 1) {
		x->title = "retransmitting: the peer does not answer";
		x->advice = "check the path to the peer (routes, firewalls, the peer itself)";
	} else if (s->zero_wnd || s->probe) {
		x->title = "peer's receive window is zero: the peer does not read";
		x->advice = "the process at the other end is stuck or too slow reading";
	} else if (s->rtx) {
		x->title = "retransmitting";
		x->advice = "loss on the path or an overloaded peer";
	} else if (s->growth) {
		x->title = "Send-Q grew and nothing was acknowledged";
		x->advice = "the peer or the path stopped taking data";
	} else if (s->rwnd_lim) {
		x->title = "mostly limited by the peer's receive window";
		x->advice = "the peer reads slowly or its receive buffer is small (tcp_rmem)";
	} else {
		x->title = "mostly limited by the send buffer";
		x->advice = "raise SO_SNDBUF / net.ipv4.tcp_wmem, or write less at once";
	}
}

bool doc_check_stalled(const struct sock_rec *cur, const struct doc_prev *prev,
		       const struct doc_thresholds *t, unsigned int ns, struct doc_findings *out)
{
	struct stall s;
	struct doc_finding *x;
	unsigned int sev;

	if (!proto_has(cur->proto, PROTO_F_TCPINFO) || cur->state == ST_LISTEN ||
	    sock_is_minisock(cur))
		return false;
	stall_read(cur, &s);
	stall_judge(cur, prev, t, &s);
	if (!s.zero_wnd && !s.probe && !s.rtx && !s.growth && !s.rwnd_lim && !s.sndbuf_lim)
		return false;
	sev = s.rtx && s.backoff >= t->v[THR_BACKOFF_CRIT] ? DOC_CRITICAL : DOC_WARNING;
	if (!(s.zero_wnd || s.probe || s.rtx || s.growth))
		sev = DOC_INFO;   /* limited, yet moving */
	if (!(x = doc_add(out, DOC_CHK_STALLED, sev, DOC_SUBJ_SOCKET, ns)))
		return true;
	what_conn(x, cur);
	stall_words(x, &s);
	doc_ev_u(x, "send_q_bytes", cur->have & HAVE_SEND_Q, cur->send_q);
	doc_ev_u(x, "send_q_before_bytes", prev != NULL, prev ? prev->send_q : 0);
	doc_ev_u(x, "snd_wnd_bytes", s.h_wnd, s.snd_wnd);
	doc_ev_u(x, "persist_timer", cur->have & HAVE_TIMER, s.probe);
	doc_ev_u(x, "retransmits", s.h_rtx, s.retransmits);
	doc_ev_u(x, "backoff", s.h_backoff, s.backoff);
	doc_ev_d(x, "rwnd_limited_pct", s.h_busy && s.h_rwnd && s.busy, s.rwnd_pct);
	doc_ev_d(x, "sndbuf_limited_pct", s.h_busy && s.h_sndbuf && s.busy, s.sndbuf_pct);
	return true;
}

bool doc_check_drops(const struct sock_rec *cur, const struct doc_prev *prev,
		     const struct doc_thresholds *t, unsigned int ns, struct doc_findings *out)
{
	struct doc_finding *x;
	uint32_t d;

	if (!(cur->have & HAVE_MEMINFO) || !prev || !prev->have_drops ||
	    cur->meminfo[SK_MEMINFO_DROPS] < prev->drops)
		return false;
	d = cur->meminfo[SK_MEMINFO_DROPS] - prev->drops;
	if (!d || d < t->v[THR_DROPS_WARN])
		return false;
	x = doc_add(out, DOC_CHK_DROPS, d >= t->v[THR_DROPS_CRIT] ? DOC_CRITICAL : DOC_WARNING,
		    DOC_SUBJ_SOCKET, ns);
	if (!x)
		return true;
	what_conn(x, cur);
	x->title = "datagrams dropped: the receive buffer was full";
	x->advice = "read faster (more threads, recvmmsg) or raise SO_RCVBUF (net.core.rmem_max)";
	doc_ev_u(x, "drops_delta", true, d);
	doc_ev_u(x, "drops_total", true, cur->meminfo[SK_MEMINFO_DROPS]);
	doc_ev_u(x, "rcvbuf_bytes", true, cur->meminfo[SK_MEMINFO_RCVBUF]);
	doc_ev_u(x, "rmem_alloc_bytes", true, cur->meminfo[SK_MEMINFO_RMEM_ALLOC]);
	return true;
}

static int cmp_cw(const void *a, const void *b)
{
	const struct doc_cw *x = a, *y = b;

	if (x->ns != y->ns)
		return x->ns < y->ns ? -1 : 1;
	if (x->have_owner != y->have_owner)
		return x->have_owner ? -1 : 1;
	if (x->have_owner && x->owner.pid != y->owner.pid)
		return x->owner.pid < y->owner.pid ? -1 : 1;
	if (!x->have_owner && x->uid != y->uid)
		return x->uid < y->uid ? -1 : 1;
	return 0;
}

static void cw_finding(const struct doc_cw *g, size_t n, const struct doc_thresholds *t,
		       struct doc_findings *out)
{
	struct doc_finding *x;
	uint32_t oldest = 0;
	bool have_age = false;

	for (size_t i = 0; i < n; i++)
		if (g[i].have_age) {
			have_age = true;
			if (g[i].age_ms > oldest)
				oldest = g[i].age_ms;
		}
	x = doc_add(out, DOC_CHK_CLOSE_WAIT, n >= t->v[THR_CLOSE_WAIT_CRIT] ? DOC_CRITICAL :
		    DOC_WARNING, DOC_SUBJ_PROCESS, g->ns);
	if (!x)
		return;
	x->have_owner = g->have_owner;
	x->owner = g->owner;
	x->have_uid = g->have_uid;
	x->uid = g->uid;
	memcpy(x->cg, g->cg, sizeof(x->cg));
	if (g->have_owner)
		snprintf(x->what, sizeof(x->what), "pid %d", g->owner.pid);
	else if (g->have_uid)
		snprintf(x->what, sizeof(x->what), "uid %u (process not visible)", g->uid);
	else
		snprintf(x->what, sizeof(x->what), "owner unknown");
	x->title = "CLOSE_WAIT held: the peer closed, the process never did";
	x->advice = "the application leaks sockets: close() them when read() returns 0";
	doc_ev_u(x, "close_wait", true, n);
	doc_ev_u(x, "oldest_ms", have_age, oldest);
}

size_t doc_check_close_wait(struct doc_cw *v, size_t n, const struct doc_thresholds *t,
			    struct doc_ns_facts *nss, struct doc_findings *out)
{
	size_t held = 0;

	if (n > 1)
		qsort(v, n, sizeof(*v), cmp_cw);
	for (size_t i = 0; i < n;) {
		size_t j = i + 1;
		while (j < n && !cmp_cw(&v[i], &v[j]))
			j++;
		nss[v[i].ns].close_wait_held += j - i;
		if (j - i >= t->v[THR_CLOSE_WAIT_WARN] && j - i > 0) {
			cw_finding(v + i, j - i, t, out);
			held += j - i;
		}
		i = j;
	}
	return held;
}

static void dest_finding(const struct eph_dest *d, const struct eph_totals *tot,
			 unsigned int ns, struct doc_findings *out)
{
	char l[64], r[ADDR_TEXT_MAX];
	struct sock_endpoint ep = { .port = d->remote_port };
	struct doc_finding *x;

	x = doc_add(out, DOC_CHK_EPHEMERAL, d->headroom ? DOC_WARNING : DOC_CRITICAL,
		    DOC_SUBJ_DESTINATION, ns);
	if (!x)
		return;
	memcpy(ep.addr, d->remote_addr, 16);
	addr_format_endpoint(r, sizeof(r), d->family, &ep, NULL);
	addr_format(l, sizeof(l), d->family, d->local_addr);
	snprintf(x->what, sizeof(x->what), "%s %s from %s", sock_proto_name(d->proto), r, l);
	x->title = d->headroom ? "few ephemeral ports left towards this destination"
			       : "no ephemeral port left towards this destination";
	x->advice = "reuse connections, add local or remote addresses, or widen "
		    "net.ipv4.ip_local_port_range";
	doc_ev_u(x, "connections", true, d->count);
	doc_ev_u(x, "time_wait", true, d->time_wait);
	doc_ev_u(x, "headroom", true, d->headroom);
	doc_ev_u(x, "usable_ports", true, tot->usable_connect);
	doc_ev_d(x, "used_pct", true, d->pct);
}

static void collisions(const struct eph_report *rep, unsigned int ns, struct doc_findings *out)
{
	uint32_t pos = 0;
	uint16_t port;

	while (eph_report_collision_next(rep, &pos, &port)) {
		struct doc_finding *x = doc_add(out, DOC_CHK_EPHEMERAL, DOC_WARNING,
						DOC_SUBJ_LISTENER, ns);
		if (!x)
			return;
		snprintf(x->what, sizeof(x->what), "tcp port %u", port);
		x->title = "listener inside the ephemeral range, port not reserved";
		x->advice = "add the port to net.ipv4.ip_local_reserved_ports, or move the "
			    "listener out of the range";
		doc_ev_u(x, "port", true, port);
	}
}

int doc_check_ephemeral(const struct eph_report *rep, const struct doc_thresholds *t,
			unsigned int ns, struct doc_ns_facts *facts, struct doc_findings *out)
{
	struct eph_totals tot;
	struct eph_dest *all = NULL;
	long n = eph_report_all(rep, &all);

	if (n < 0)
		return (int)n;
	eph_report_totals(rep, &tot);
	for (long i = 0; i < n; i++) {
		double room = tot.usable_connect ? 100.0 * all[i].headroom / tot.usable_connect : 0;
		if (facts->eph_min_headroom_pct < 0 || room < facts->eph_min_headroom_pct)
			facts->eph_min_headroom_pct = room;
		if (tot.usable_connect && room < t->v[THR_EPH_HEADROOM_PCT])
			dest_finding(&all[i], &tot, ns, out);
	}
	free(all);
	collisions(rep, ns, out);
	return 0;
}
