/* SPDX-License-Identifier: MIT */
/* doctor_prom.c - --doctor --prometheus: findings per check and severity,
 * and per-check gauges per namespace; a value the kernel did not give is
 * left out, never written as 0. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "sockls/doctor.h"
#include "sockls/esc.h"

static void head(FILE *f, const char *name, const char *help)
{
	fprintf(f, "# HELP %s %s\n# TYPE %s gauge\n", name, help, name);
}

/* {netns="..."} with --all-netns, else nothing; into buf. */
static const char *ns_label(const struct doc_report *r, const struct doc_ns_facts *ns,
			    char *buf, size_t cap)
{
	char esc[256];

	if (!r->all_netns || !ns->tag) {
		buf[0] = '\0';
		return buf;
	}
	esc_prom_label(ns->tag, strlen(ns->tag), esc, sizeof(esc));
	snprintf(buf, cap, "{netns=\"%s\"}", esc);
	return buf;
}

static void findings(FILE *f, const struct doc_report *r)
{
	size_t n[DOC_CHK_MAX][DOC_SEV_MAX] = { { 0 } };

	for (size_t i = 0; i < r->f->n; i++)
		n[r->f->v[i].check][r->f->v[i].sev]++;
	head(f, "sockls_doctor_findings", "Findings of sockls --doctor by check and severity.");
	for (unsigned int c = 0; c < DOC_CHK_MAX; c++)
		for (unsigned int s = 0; s < DOC_SEV_MAX; s++)
			fprintf(f, "sockls_doctor_findings{check=\"%s\",severity=\"%s\"} %zu\n",
				doc_check_name(c), doc_sev_name(s), n[c][s]);
	head(f, "sockls_doctor_checks_incomplete", "Notes of what a check could not see "
	     "(0: it ran in full).");
	for (unsigned int c = 0; c < DOC_CHK_MAX; c++) {
		size_t k = 0;
		for (size_t i = 0; i < r->n_notes; i++)
			k += r->notes[i].check == c;
		fprintf(f, "sockls_doctor_checks_incomplete{check=\"%s\"} %zu\n", doc_check_name(c), k);
	}
}

/* One gauge over the namespaces; pick returns false when unknown there. */
typedef bool (*pick_fn)(const struct doc_report *r, const struct doc_ns_facts *ns, double *v);

static void gauge(FILE *f, const struct doc_report *r, const char *name, const char *help,
		  pick_fn pick)
{
	char lab[300];
	double v;
	bool first = true;

	for (size_t i = 0; i < r->n_ns; i++) {
		if (!pick(r, &r->ns[i], &v))
			continue;
		if (first)
			head(f, name, help);
		first = false;
		fprintf(f, "%s%s %.17g\n", name, ns_label(r, &r->ns[i], lab, sizeof(lab)), v);
	}
}

static bool delta(const struct doc_ns_facts *ns, const char *g, const char *k, double *v)
{
	uint64_t d;

	if (!doc_delta(ns, g, k, &d))
		return false;
	*v = (double)d;
	return true;
}

#define PICK(fn, expr) \
	static bool fn(const struct doc_report *r, const struct doc_ns_facts *ns, double *v) \
	{ (void)r; return (expr); }

PICK(p_acc, ns->accept_max_pct >= 0 && (*v = ns->accept_max_pct / 100, true))
PICK(p_syn, ns->syn_max_pct >= 0 && (*v = ns->syn_max_pct / 100, true))
PICK(p_full, (*v = ns->full_listeners, true))
PICK(p_ov, delta(ns, "TcpExt", "ListenOverflows", v))
PICK(p_ld, delta(ns, "TcpExt", "ListenDrops", v))
PICK(p_rqd, delta(ns, "TcpExt", "TCPReqQFullDrop", v))
PICK(p_rqc, delta(ns, "TcpExt", "TCPReqQFullDoCookies", v))
PICK(p_cw, (*v = (double)ns->close_wait_held, true))
PICK(p_st, (*v = (double)ns->stalled, true))
PICK(p_dr, (*v = (double)ns->socket_drops, true))
PICK(p_ure, delta(ns, "Udp", "RcvbufErrors", v))
PICK(p_uie, delta(ns, "Udp", "InErrors", v))
PICK(p_orph, ns->host_global && ns->orphans >= 0 && ns->max_orphans > 0 &&
	     (*v = (double)ns->orphans / (double)ns->max_orphans, true))
PICK(p_tw, ns->tw >= 0 && ns->max_tw_buckets > 0 &&
	   (*v = (double)ns->tw / (double)ns->max_tw_buckets, true))
PICK(p_two, delta(ns, "TcpExt", "TCPTimeWaitOverflow", v))
PICK(p_mem, ns->host_global && ns->mem_pages >= 0 && ns->tcp_mem[2] > 0 &&
	    (*v = (double)ns->mem_pages / (double)ns->tcp_mem[2], true))
PICK(p_eph, ns->eph_min_headroom_pct >= 0 && (*v = ns->eph_min_headroom_pct / 100, true))

static const struct {
	const char *name, *help;
	pick_fn pick;
} gauges[] = {
	{ "sockls_doctor_accept_queue_max_ratio", "Fullest accept queue: Recv-Q / backlog.", p_acc },
	{ "sockls_doctor_syn_queue_max_ratio", "Fullest SYN queue: SYN_RECV / its limit.", p_syn },
	{ "sockls_doctor_accept_queue_full_listeners", "Listeners whose accept queue was full.",
	  p_full },
	{ "sockls_doctor_listen_overflows_delta", "ListenOverflows during the sample.", p_ov },
	{ "sockls_doctor_listen_drops_delta", "ListenDrops during the sample.", p_ld },
	{ "sockls_doctor_reqq_full_drop_delta", "TCPReqQFullDrop during the sample.", p_rqd },
	{ "sockls_doctor_reqq_full_do_cookies_delta", "TCPReqQFullDoCookies during the sample.",
	  p_rqc },
	{ "sockls_doctor_close_wait_held_sockets", "CLOSE_WAIT sockets present in both samples.",
	  p_cw },
	{ "sockls_doctor_stalled_sockets", "TCP connections found stalled or struggling.", p_st },
	{ "sockls_doctor_socket_drops_delta", "skmem drops of UDP/RAW sockets during the sample.",
	  p_dr },
	{ "sockls_doctor_udp_rcvbuf_errors_delta", "Udp RcvbufErrors during the sample.", p_ure },
	{ "sockls_doctor_udp_in_errors_delta", "Udp InErrors during the sample.", p_uie },
	{ "sockls_doctor_orphans_ratio", "Orphaned TCP sockets / tcp_max_orphans.", p_orph },
	{ "sockls_doctor_time_wait_ratio", "TIME_WAIT sockets / tcp_max_tw_buckets.", p_tw },
	{ "sockls_doctor_time_wait_overflow_delta", "TCPTimeWaitOverflow during the sample.", p_two },
	{ "sockls_doctor_tcp_mem_ratio", "TCP memory / tcp_mem's maximum.", p_mem },
	{ "sockls_doctor_ephemeral_min_headroom_ratio", "Least ephemeral headroom of a "
	  "destination / usable ports.", p_eph },
};

int doc_print_prom(FILE *out, const struct doc_report *r)
{
	findings(out, r);
	for (size_t i = 0; i < sizeof(gauges) / sizeof(gauges[0]); i++)
		gauge(out, r, gauges[i].name, gauges[i].help, gauges[i].pick);
	return ferror(out) ? -(errno ? errno : EIO) : 0;
}
