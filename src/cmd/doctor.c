/* SPDX-License-Identifier: MIT */
/* doctor.c - sockls --doctor: two samples --interval apart through the
 * pipeline, the checks over them, the owners of what was found, the report
 * (through the writer table: text, JSON or Prometheus) and the exit status
 * (3: something at or above --fail-on). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "sockls/procmap.h"
#include "sockls/writer.h"

#include "doctor_int.h"

#define EXIT_FOUND 3

static int setup(struct doc_run *d)
{
	char msg[200];

	doc_thresholds_default(&d->t);
	for (size_t i = 0; i < d->o->n_doctor_thr; i++)
		if (doc_threshold_set(&d->t, d->o->doctor_thr[i], msg, sizeof(msg)) < 0) {
			d->say("%s", msg);
			return 2;
		}
	doc_findings_init(&d->f, (size_t)d->t.v[THR_PER_CHECK]);
	return 0;
}

static void sleep_ms(unsigned int ms)
{
	struct timespec ts = { .tv_sec = ms / 1000, .tv_nsec = (long)(ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

static int take_sample(struct doc_run *d, unsigned int sample)
{
	struct opts o = *d->o;
	struct run_hooks h = { .row = doc_row, .netns = doc_netns, .data = d };
	int ret;

	d->sample = sample;
	o.doctor = true;
	o.prometheus = false;
	o.out = OUT_TABLE;
	o.output_file = NULL;
	/* tcp_info (windows, retransmits), skmem (drops), timers; the cgroup
	 * label only for the sample that is judged */
	o.ext |= EXT_INFO | EXT_MEMORY | EXT_TIMERS;
	if (sample == 1)
		o.ext |= EXT_CGROUP;
	ret = run_pipeline(&o, d->say, &h);
	if (ret == 0 && sample == 1 && d->n_ns && doc_end_netns(d) < 0)
		d->nomem = true;
	if (ret == 0 && d->nomem) {
		d->say("--doctor: out of memory while sampling");
		return 1;
	}
	return ret;
}

/* Each listener's SYN_RECV requests: those to its port and (unless it is a
 * wildcard) its address, in the same namespace; the larger sample's count. */
static void attach_synq(struct doc_run *d, struct doc_listener *l)
{
	uint32_t c[2] = { 0, 0 };
	bool any = sock_addr_is_any(l->family, l->addr);

	for (size_t i = 0; i < d->n_sq; i++) {
		const struct doc_synq *q = &d->sq[i];
		if (q->ns != l->ns || q->port != l->port)
			continue;
		if (!any && (q->family != l->family || memcmp(q->addr, l->addr, 16) != 0))
			continue;
		if (any && l->family == AF_INET && q->family != AF_INET)
			continue;
		c[0] += q->count[0];
		c[1] += q->count[1];
	}
	l->syn_recv_max = c[0] > c[1] ? c[0] : c[1];
}

/* Orphans and TCP memory are host-wide, and only the host's namespace shows
 * their limits: judged once, in the first namespace that shows them (or
 * the first, to say they are unknown). */
static void pick_host(struct doc_run *d)
{
	size_t h = 0;

	for (size_t n = 0; n < d->n_ns; n++) {
		d->ns[n].host_global = false;
		if (d->ns[n].max_orphans >= 0 || d->ns[n].tcp_mem[2] >= 0) {
			h = n;
			break;
		}
	}
	if (d->n_ns)
		d->ns[h].host_global = true;
}

static void judge_namespaces(struct doc_run *d)
{
	pick_host(d);
	for (size_t n = 0; n < d->n_ns; n++) {
		struct doc_ns_facts *ns = &d->ns[n];
		unsigned int full = 0, syn_full = 0;
		for (size_t i = 0; i < d->n_ls; i++) {
			if (d->ls[i].ns != n)
				continue;
			attach_synq(d, &d->ls[i]);
			unsigned int bits = doc_check_listener(&d->ls[i], ns, &d->t, &d->f);
			full += bits & 1;
			syn_full += (bits >> 1) & 1;
		}
		ns->full_listeners = full;
		ns->syn_full_listeners = syn_full;
		doc_check_counters(ns, full, syn_full, &d->f);
		doc_check_host(ns, &d->t, &d->f);
		doc_note_counters(d, ns);
		doc_note_settings(d, ns);
	}
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/* The inodes whose owners are wanted, ascending and unique; NULL none. */
static uint64_t *wanted_inodes(const struct doc_run *d, size_t *n)
{
	size_t cap = d->f.n + d->n_cw, k = 0;
	uint64_t *v = cap ? malloc(cap * sizeof(*v)) : NULL;

	*n = 0;
	if (!v)
		return NULL;
	for (size_t i = 0; i < d->f.n; i++)
		if (d->f.v[i].inode)
			v[k++] = d->f.v[i].inode;
	for (size_t i = 0; i < d->n_cw; i++)
		if (d->cw[i].inode)
			v[k++] = d->cw[i].inode;
	qsort(v, k, sizeof(*v), cmp_u64);
	for (size_t i = 0; i < k; i++)
		if (!*n || v[*n - 1] != v[i])
			v[(*n)++] = v[i];
	return v;
}

/* Owners only of what was found: a healthy host costs no /proc scan. */
static void find_owners(struct doc_run *d)
{
	struct procmap *pm = NULL;
	const struct sock_owner *ow;
	size_t n, k;
	uint64_t *in = wanted_inodes(d, &n);

	if (!n || procmap_build_for(d->o->proc_root, in, n, &pm, NULL) < 0) {
		if (n)
			doc_note(d, DOC_CHK_CLOSE_WAIT, 0, "the owners of sockets are unknown: "
				 "%s could not be scanned", d->o->proc_root);
		free(in);
		return;
	}
	for (size_t i = 0; i < d->f.n; i++)
		if ((ow = procmap_lookup(pm, d->f.v[i].inode, &k)) && k) {
			d->f.v[i].owner = ow[0];
			d->f.v[i].have_owner = true;
		}
	for (size_t i = 0; i < d->n_cw; i++)
		if ((ow = procmap_lookup(pm, d->cw[i].inode, &k)) && k) {
			d->cw[i].owner = ow[0];
			d->cw[i].have_owner = true;
		}
	procmap_free(pm);
	free(in);
}

static void note_unseen(struct doc_run *d)
{
	if (geteuid() != 0)
		doc_note(d, DOC_CHK_CLOSE_WAIT, 0, "not root: sockets of other users' processes "
			 "have no owner, and namespaces of others may be out of reach");
	if (d->tcp_conns && !d->tcp_info)
		doc_note(d, DOC_CHK_STALLED, 0, "no connection came with tcp_info (source %s): "
			 "windows and retransmits unknown", d->o->source == SRC_PROC ? "proc" : "?");
	if (d->dgrams && !d->dgram_mem)
		doc_note(d, DOC_CHK_DROPS, 0, "no datagram socket came with skmem: per-socket "
			 "drops unknown");
	if (d->no_backlog)
		doc_note(d, DOC_CHK_ACCEPT, 0, "%lu listener%s without a known backlog "
			 "(/proc does not give it): not judged", d->no_backlog,
			 d->no_backlog == 1 ? "" : "s");
	if (d->no_cookie)
		doc_note(d, DOC_CHK_STALLED, 0, "%lu socket%s without a cookie: not compared "
			 "between the samples", d->no_cookie, d->no_cookie == 1 ? "" : "s");
	if (d->prev.full)
		doc_note(d, DOC_CHK_STALLED, 0, "more sockets than the first sample keeps: "
			 "some were not compared");
}

/* The report through the writer table's WREC_DOCTOR entry of the format
 * (main.c checked there is one), then the exit status of --fail-on. */
static int report(struct doc_run *d)
{
	struct doc_report r = {
		.f = &d->f, .ns = d->ns, .n_ns = d->n_ns, .notes = d->notes,
		.n_notes = d->n_notes, .interval_ms = d->o->interval_ms ? d->o->interval_ms : 1000,
		.fail_on = d->o->fail_on, .all_netns = d->o->all_netns,
	};
	struct writer w;
	int err;

	for (unsigned int c = 0; c < DOC_CHK_MAX; c++)
		r.ran[c] = true;
	if ((err = run_stream_open(d->o, WREC_DOCTOR, d->say, &w)))
		return err;
	err = writer_doctor(&w, &r);
	if (!err)
		err = writer_end(&w);
	writer_free(&w);
	if (err < 0)
		return run_write_failed(err, d->say);
	if (d->o->fail_on < DOC_FAIL_NONE && doc_worst(&d->f) >= d->o->fail_on)
		return EXIT_FOUND;
	return 0;
}

static void free_doc(struct doc_run *d)
{
	for (size_t i = 0; i < d->n_ns; i++)
		free((char *)(uintptr_t)d->ns[i].tag);
	free(d->ns);
	doc_prev_free(&d->prev);
	free(d->ls);
	free(d->sq);
	free(d->cw);
	eph_report_free(d->eph);
	doc_findings_free(&d->f);
}

/* A sample that failed in part (a namespace gone, a kind the kernel would
 * not dump: said already) still gives a report of what was seen; exit 1. */
static int sampled(struct doc_run *d, int ret, bool *partial)
{
	if (ret != 1 || !d->n_ns || d->nomem)
		return ret;
	if (!*partial)
		doc_note(d, DOC_CHK_MAX, 0, "part of a sample failed (said on stderr): the report "
			 "covers what was seen");
	*partial = true;
	return 0;
}

int run_doctor(const struct opts *o, run_say_fn say)
{
	struct doc_run d = { .o = o, .say = say };
	bool partial = false;
	unsigned int ms = o->interval_ms ? o->interval_ms : 1000;
	int ret;

	if ((ret = setup(&d)) || (ret = sampled(&d, take_sample(&d, 0), &partial)))
		goto out;
	if (o->verbose)
		say("--doctor: first sample taken (%lu sockets); the second in %u ms", d.rows[0], ms);
	sleep_ms(ms);
	if ((ret = sampled(&d, take_sample(&d, 1), &partial)))
		goto out;
	if (o->verbose)
		say("--doctor: second sample taken (%lu sockets)", d.rows[1]);
	judge_namespaces(&d);
	find_owners(&d);
	doc_check_close_wait(d.cw, d.n_cw, &d.t, d.ns, &d.f);
	note_unseen(&d);
	doc_findings_finish(&d.f);
	ret = report(&d);
	if (ret == 0 && partial)
		ret = 1;
out:
	free_doc(&d);
	return ret;
}
