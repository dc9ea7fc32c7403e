/* SPDX-License-Identifier: MIT */
/* doctor_checks.c - the checks of --doctor over the numbers of two samples:
 * listeners (accept and SYN queues), the namespace's counters, host limits,
 * stalled connections, datagram drops. Pure: numbers in, findings out. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "sockls/addr.h"
#include "sockls/doctor.h"

static void what_endpoint(struct doc_finding *x, unsigned int family, const uint8_t addr[16],
			  uint16_t port)
{
	struct sock_endpoint ep = { .port = port };

	memcpy(ep.addr, addr, 16);
	addr_format_endpoint(x->what, sizeof(x->what), family, &ep, NULL);
}

uint32_t doc_syn_limit(const struct doc_listener *l, const struct doc_ns_facts *ns)
{
	uint32_t lim = l->backlog;

	if (!l->have_backlog)
		return 0;
	/* the queue is full from the backlog on (6.x admits one more request,
	 * as for the accept queue: either way at or beyond it is the limit);
	 * without syncookies the last quarter of max_syn_backlog is kept for
	 * peers proven alive: others are dropped from there on */
	if (ns->syncookies == 0 && ns->max_syn_backlog > 0) {
		int64_t m = ns->max_syn_backlog - (ns->max_syn_backlog >> 2);
		if (m < (int64_t)lim)
			lim = (uint32_t)m;
	}
	return lim;
}

static void listener_subject(struct doc_finding *x, const struct doc_listener *l)
{
	what_endpoint(x, l->family, l->addr, l->port);
	x->inode = l->inode;
	x->uid = l->uid;
	x->have_uid = l->have_uid;
	memcpy(x->cg, l->cg, sizeof(x->cg));
}

static bool check_accept(const struct doc_listener *l, struct doc_ns_facts *ns,
			 const struct doc_thresholds *t, struct doc_findings *out)
{
	/* the kernel's sk_acceptq_is_full(): more waiting than the backlog */
	bool full = l->recv_q_max > l->backlog;
	double pct = l->backlog ? 100.0 * l->recv_q_max / l->backlog : (full ? 100.0 : 0);
	uint64_t ov = 0, dr = 0;
	bool hov = doc_delta(ns, "TcpExt", "ListenOverflows", &ov);
	bool hdr = doc_delta(ns, "TcpExt", "ListenDrops", &dr);
	struct doc_finding *x;

	if (pct > ns->accept_max_pct)
		ns->accept_max_pct = pct;
	if (!full && (pct < t->v[THR_ACCEPT_PCT] || !l->recv_q_max))
		return false;
	if (!(x = doc_add(out, DOC_CHK_ACCEPT, full ? DOC_CRITICAL : DOC_WARNING,
			  DOC_SUBJ_LISTENER, l->ns)))
		return full;
	listener_subject(x, l);
	x->title = full ? "accept queue full: connections are dropped or delayed"
			: "accept queue nearly full";
	x->advice = "accept() faster (more workers), or raise the listen() backlog and "
		    "net.core.somaxconn";
	doc_ev_u(x, "recv_q", true, l->recv_q_max);
	doc_ev_u(x, "backlog", true, l->backlog);
	doc_ev_d(x, "fill_pct", true, pct);
	/* the namespace's counters grew while this listener was full */
	doc_ev_u(x, "listen_overflows_delta", full && hov, ov);
	doc_ev_u(x, "listen_drops_delta", full && hdr, dr);
	return full;
}

static bool check_syn(const struct doc_listener *l, struct doc_ns_facts *ns,
		      const struct doc_thresholds *t, struct doc_findings *out)
{
	uint32_t lim = doc_syn_limit(l, ns);
	bool full = l->syn_recv_max && l->syn_recv_max >= lim;
	double pct = lim ? 100.0 * l->syn_recv_max / lim : (full ? 100.0 : 0);
	uint64_t drop = 0, ck = 0;
	bool hdrop = doc_delta(ns, "TcpExt", "TCPReqQFullDrop", &drop);
	bool hck = doc_delta(ns, "TcpExt", "TCPReqQFullDoCookies", &ck);
	struct doc_finding *x;

	if (pct > ns->syn_max_pct)
		ns->syn_max_pct = pct;
	if (!l->syn_recv_max || (!full && pct < t->v[THR_SYN_PCT]))
		return false;
	if (!(x = doc_add(out, DOC_CHK_SYN, full ? DOC_CRITICAL : DOC_WARNING, DOC_SUBJ_LISTENER,
			  l->ns)))
		return full;
	listener_subject(x, l);
	x->title = full ? "SYN queue at its limit: new connections get cookies or are dropped"
			: "SYN queue nearly full";
	x->advice = "a SYN flood or slow handshakes: keep net.ipv4.tcp_syncookies on, raise "
		    "the backlog and tcp_max_syn_backlog";
	doc_ev_u(x, "syn_recv", true, l->syn_recv_max);
	doc_ev_u(x, "limit", true, lim);
	doc_ev_u(x, "syncookies", ns->syncookies >= 0, (uint64_t)ns->syncookies);
	doc_ev_u(x, "reqq_full_drop_delta", full && hdrop, drop);
	doc_ev_u(x, "reqq_full_do_cookies_delta", full && hck, ck);
	return full;
}

unsigned int doc_check_listener(const struct doc_listener *l, struct doc_ns_facts *ns,
				const struct doc_thresholds *t, struct doc_findings *out)
{
	unsigned int bits = 0;

	if (!l->have_backlog)
		return 0;
	if (check_accept(l, ns, t, out))
		bits |= 1;
	if (check_syn(l, ns, t, out))
		bits |= 2;
	return bits;
}

static struct doc_finding *host_finding(struct doc_findings *out, unsigned int check,
					unsigned int sev, const struct doc_ns_facts *ns,
					unsigned int nsi)
{
	struct doc_finding *x = doc_add(out, check, sev, DOC_SUBJ_HOST, nsi);

	if (x)
		snprintf(x->what, sizeof(x->what), "%s", ns->tag ? ns->tag : "host");
	return x;
}

/* A counter that grew with no subject of the check to blame. */
static void counter_finding(struct doc_ns_facts *ns, unsigned int check, unsigned int sev,
			    const char *group, const char *field, const char *ev, const char *title,
			    const char *advice, struct doc_findings *out)
{
	uint64_t d;
	struct doc_finding *x;

	if (!doc_delta(ns, group, field, &d) || !d)
		return;
	if (!(x = host_finding(out, check, sev, ns, ns->index)))
		return;
	x->title = title;
	x->advice = advice;
	doc_ev_u(x, ev, true, d);
}

void doc_check_counters(struct doc_ns_facts *ns, unsigned int full, unsigned int syn_full,
			struct doc_findings *out)
{
	uint64_t rb = 0, ie = 0;

	if (!full)
		counter_finding(ns, DOC_CHK_ACCEPT, DOC_WARNING, "TcpExt", "ListenOverflows",
				"listen_overflows_delta",
				"accept queues overflowed during the sample; no listed listener was "
				"seen full", "sample again with a shorter --interval, or look at "
				"listeners the filter left out", out);
	if (!syn_full) {
		counter_finding(ns, DOC_CHK_SYN, DOC_CRITICAL, "TcpExt", "TCPReqQFullDrop",
				"reqq_full_drop_delta", "SYNs dropped: a SYN queue was full and "
				"syncookies are off", "turn net.ipv4.tcp_syncookies on; raise the "
				"backlog and tcp_max_syn_backlog", out);
		counter_finding(ns, DOC_CHK_SYN, DOC_WARNING, "TcpExt", "TCPReqQFullDoCookies",
				"reqq_full_do_cookies_delta", "SYN cookies sent: a SYN queue was full",
				"a SYN flood or more new connections than the backlog holds", out);
	}
	counter_finding(ns, DOC_CHK_DROPS, DOC_WARNING, "Udp", "RcvbufErrors",
			"udp_rcvbuf_errors_delta", "UDP datagrams dropped for full receive buffers",
			"read faster or raise SO_RCVBUF (net.core.rmem_max)", out);
	/* InErrors counts the full buffers too: only errors beyond those are news */
	if (!doc_delta(ns, "Udp", "RcvbufErrors", &rb) || !doc_delta(ns, "Udp", "InErrors", &ie) ||
	    ie > rb)
		counter_finding(ns, DOC_CHK_DROPS, DOC_WARNING, "Udp", "InErrors",
				"udp_in_errors_delta", "UDP datagrams received in error beyond full "
				"buffers (bad checksums, short packets)", "check checksums and "
				"senders on the path", out);
	counter_finding(ns, DOC_CHK_HOST, DOC_CRITICAL, "TcpExt", "TCPTimeWaitOverflow",
			"time_wait_overflow_delta", "TIME_WAIT sockets not created: "
			"tcp_max_tw_buckets reached", "raise net.ipv4.tcp_max_tw_buckets or reuse "
			"connections", out);
}

/* v of max at or above pct percent: a finding of sev. */
static void limit_finding(struct doc_ns_facts *ns, unsigned int nsi, int64_t v, int64_t max,
			  double pct, const char *vn, const char *mn, const char *title,
			  const char *advice, struct doc_findings *out)
{
	struct doc_finding *x;
	double p;

	if (v < 0 || max <= 0)
		return;
	p = 100.0 * (double)v / (double)max;
	if (p < pct)
		return;
	if (!(x = host_finding(out, DOC_CHK_HOST, v >= max ? DOC_CRITICAL : DOC_WARNING, ns, nsi)))
		return;
	x->title = title;
	x->advice = advice;
	doc_ev_u(x, vn, true, (uint64_t)v);
	doc_ev_u(x, mn, true, (uint64_t)max);
	doc_ev_d(x, "pct", true, p);
}

static void check_tcp_mem(struct doc_ns_facts *ns, unsigned int nsi, struct doc_findings *out)
{
	static const char *const titles[3] = {
		"TCP memory above tcp_mem's low mark",
		"TCP memory under pressure: buffers are being trimmed",
		"TCP memory exhausted: allocations fail, sockets are dropped",
	};
	struct doc_finding *x;
	int level = -1;

	if (ns->mem_pages < 0)
		return;
	for (int i = 0; i < 3; i++)
		if (ns->tcp_mem[i] > 0 && ns->mem_pages >= ns->tcp_mem[i])
			level = i;
	if (level < 0 || !(x = host_finding(out, DOC_CHK_HOST, (unsigned int)level, ns, nsi)))
		return;
	x->title = titles[level];
	x->advice = "find the sockets with large queues (sockls -tm); raise net.ipv4.tcp_mem "
		    "only with memory to spare";
	doc_ev_u(x, "mem_pages", true, (uint64_t)ns->mem_pages);
	doc_ev_u(x, "tcp_mem_min_pages", ns->tcp_mem[0] >= 0, (uint64_t)ns->tcp_mem[0]);
	doc_ev_u(x, "tcp_mem_pressure_pages", ns->tcp_mem[1] >= 0, (uint64_t)ns->tcp_mem[1]);
	doc_ev_u(x, "tcp_mem_max_pages", ns->tcp_mem[2] >= 0, (uint64_t)ns->tcp_mem[2]);
}

void doc_check_host(struct doc_ns_facts *ns, const struct doc_thresholds *t,
		    struct doc_findings *out)
{
	unsigned int nsi = ns->index;

	if (ns->host_global) {
		limit_finding(ns, nsi, ns->orphans, ns->max_orphans, t->v[THR_ORPHANS_PCT],
			      "orphans", "tcp_max_orphans", "orphaned TCP sockets near "
			      "tcp_max_orphans", "applications close sockets with unsent data; "
			      "find them (sockls -to state fin-wait-1) or raise the limit", out);
		check_tcp_mem(ns, nsi, out);
	}
	limit_finding(ns, nsi, ns->tw, ns->max_tw_buckets, t->v[THR_TW_PCT], "time_wait",
		      "tcp_max_tw_buckets", "TIME_WAIT sockets near tcp_max_tw_buckets",
		      "reuse connections (keep-alive, pools) or raise the limit", out);
}
