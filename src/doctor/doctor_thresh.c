/* SPDX-License-Identifier: MIT */
/* doctor_thresh.c - --doctor's names (checks, severities, subjects), its
 * thresholds with their defaults, and the list of findings. Pure. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/doctor.h"

static const struct {
	const char *name;
	double def, max;
} thr_table[THR_MAX] = {
	[THR_ACCEPT_PCT] = { "accept-queue-pct", 90, 100 },
	[THR_SYN_PCT] = { "syn-queue-pct", 90, 100 },
	[THR_CLOSE_WAIT_WARN] = { "close-wait", 1, 1e9 },
	[THR_CLOSE_WAIT_CRIT] = { "close-wait-critical", 100, 1e9 },
	[THR_RETRANS_WARN] = { "retransmits", 1, 255 },
	[THR_BACKOFF_CRIT] = { "backoff-critical", 4, 255 },
	[THR_SENDQ_GROWTH] = { "sendq-growth-bytes", 1, 4e9 },
	[THR_LIMITED_PCT] = { "limited-pct", 50, 100 },
	[THR_LIMITED_MIN_MS] = { "limited-min-busy-ms", 1000, 1e9 },
	[THR_DROPS_WARN] = { "drops", 1, 4e9 },
	[THR_DROPS_CRIT] = { "drops-critical", 1000, 4e9 },
	[THR_ORPHANS_PCT] = { "orphans-pct", 80, 100 },
	[THR_TW_PCT] = { "time-wait-pct", 80, 100 },
	[THR_EPH_HEADROOM_PCT] = { "ephemeral-headroom-pct", 10, 100 },
	[THR_PER_CHECK] = { "per-check", 20, 100000 },
};

static const char *const sev_names[DOC_SEV_MAX] = { "info", "warning", "critical" };
static const char *const check_names[DOC_CHK_MAX] = {
	"accept-queue", "syn-queue", "close-wait", "stalled", "drops", "host-limits", "ephemeral",
};
static const char *const subj_names[DOC_SUBJ_MAX] = {
	"socket", "listener", "process", "destination", "host",
};

void doc_thresholds_default(struct doc_thresholds *t)
{
	for (unsigned int i = 0; i < THR_MAX; i++)
		t->v[i] = thr_table[i].def;
}

const char *doc_threshold_name(unsigned int i)
{
	return i < THR_MAX ? thr_table[i].name : NULL;
}

/* A plain non-negative decimal: digits with at most one dot. */
static int parse_value(const char *s, double max, double *v)
{
	char *end;
	size_t dots = 0;

	if (!*s)
		return -EINVAL;
	for (const char *p = s; *p; p++) {
		if (*p == '.')
			dots++;
		else if (*p < '0' || *p > '9')
			return -EINVAL;
	}
	if (dots > 1 || strlen(s) > 20)
		return -EINVAL;
	errno = 0;
	*v = strtod(s, &end);
	if (errno || *end || !isfinite(*v) || *v > max)
		return -ERANGE;
	return 0;
}

int doc_threshold_set(struct doc_thresholds *t, const char *arg, char *msg, size_t cap)
{
	const char *eq = strchr(arg, '=');
	size_t nl = eq ? (size_t)(eq - arg) : strlen(arg);
	double v;

	for (unsigned int i = 0; i < THR_MAX; i++) {
		if (strlen(thr_table[i].name) != nl || memcmp(thr_table[i].name, arg, nl) != 0)
			continue;
		if (!eq || parse_value(eq + 1, thr_table[i].max, &v) < 0) {
			snprintf(msg, cap, "invalid --doctor-threshold '%s' (%s=NUMBER, 0 to %g)", arg,
				 thr_table[i].name, thr_table[i].max);
			return -EINVAL;
		}
		t->v[i] = v;
		return 0;
	}
	snprintf(msg, cap, "unknown --doctor-threshold '%.*s' (see 'man sockls': DOCTOR)",
		 (int)(nl > 64 ? 64 : nl), arg);
	return -EINVAL;
}

int doc_sev_parse(const char *s, bool allow_none)
{
	for (int i = 0; i < DOC_SEV_MAX; i++)
		if (!strcmp(s, sev_names[i]))
			return i;
	if (allow_none && !strcmp(s, "none"))
		return DOC_FAIL_NONE;
	return -1;
}

const char *doc_sev_name(unsigned int sev)
{
	return sev < DOC_SEV_MAX ? sev_names[sev] : "none";
}

const char *doc_check_name(unsigned int check)
{
	/* DOC_CHK_MAX: a note about the samples themselves */
	return check < DOC_CHK_MAX ? check_names[check] : "sample";
}

const char *doc_subject_name(unsigned int subj)
{
	return subj < DOC_SUBJ_MAX ? subj_names[subj] : "?";
}

void doc_findings_init(struct doc_findings *f, size_t limit)
{
	memset(f, 0, sizeof(*f));
	f->limit = limit;
}

void doc_findings_free(struct doc_findings *f)
{
	free(f->v);
	memset(f, 0, sizeof(*f));
}

struct doc_finding *doc_add(struct doc_findings *f, unsigned int check, unsigned int sev,
			    unsigned int subject, unsigned int ns)
{
	struct doc_finding *x;

	if (check >= DOC_CHK_MAX || sev >= DOC_SEV_MAX)
		return NULL;
	/* bounded: sockets, listeners and destinations may be many */
	bool capped = subject != DOC_SUBJ_HOST && subject != DOC_SUBJ_PROCESS;

	if (capped && f->listed[check] >= f->limit) {
		f->more[check][sev]++;
		return NULL;
	}
	if (f->n == f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 16;
		struct doc_finding *v = realloc(f->v, cap * sizeof(*v));
		if (!v)
			return NULL;
		f->v = v;
		f->cap = cap;
	}
	if (capped)
		f->listed[check]++;
	x = &f->v[f->n++];
	memset(x, 0, sizeof(*x));
	x->check = (uint8_t)check;
	x->sev = (uint8_t)sev;
	x->subject = (uint8_t)subject;
	x->ns = (uint16_t)ns;
	return x;
}

void doc_ev_u(struct doc_finding *x, const char *name, bool known, uint64_t v)
{
	if (x->n_ev < DOC_EV_MAX)
		x->ev[x->n_ev++] = (struct doc_ev){ .name = name, .known = known, .u = known ? v : 0 };
}

void doc_ev_d(struct doc_finding *x, const char *name, bool known, double v)
{
	if (x->n_ev < DOC_EV_MAX)
		x->ev[x->n_ev++] = (struct doc_ev){ .name = name, .known = known, .real = true,
						    .d = known ? v : 0 };
}

static int cmp_finding(const void *a, const void *b)
{
	const struct doc_finding *x = a, *y = b;

	if (x->sev != y->sev)
		return x->sev > y->sev ? -1 : 1;
	if (x->check != y->check)
		return x->check < y->check ? -1 : 1;
	if (x->ns != y->ns)
		return x->ns < y->ns ? -1 : 1;
	return strcmp(x->what, y->what);
}

void doc_findings_finish(struct doc_findings *f)
{
	for (unsigned int c = 0; c < DOC_CHK_MAX; c++) {
		for (unsigned int s = DOC_SEV_MAX; s-- > 0;) {
			size_t n = f->more[c][s];
			struct doc_finding *x;
			if (!n)
				continue;
			f->limit = (size_t)-1;  /* the summary itself is always kept */
			if (!(x = doc_add(f, c, s, DOC_SUBJ_HOST, 0)))
				continue;
			snprintf(x->what, sizeof(x->what), "%zu more", n);
			x->title = "more findings like those listed (raise per-check to list them)";
			x->advice = "see the findings of this check above";
			doc_ev_u(x, "more_findings", true, n);
		}
	}
	if (f->n > 1)
		qsort(f->v, f->n, sizeof(f->v[0]), cmp_finding);
}

int doc_worst(const struct doc_findings *f)
{
	int worst = -1;

	for (size_t i = 0; i < f->n; i++)
		if ((int)f->v[i].sev > worst)
			worst = f->v[i].sev;
	return worst;
}

void doc_ns_facts_init(struct doc_ns_facts *ns)
{
	memset(ns, 0, sizeof(*ns));
	ns->somaxconn = ns->syncookies = ns->max_syn_backlog = -1;
	ns->max_tw_buckets = ns->max_orphans = -1;
	ns->tcp_mem[0] = ns->tcp_mem[1] = ns->tcp_mem[2] = -1;
	ns->orphans = ns->tw = ns->mem_pages = -1;
	ns->accept_max_pct = ns->syn_max_pct = ns->eph_min_headroom_pct = -1;
}

bool doc_delta(const struct doc_ns_facts *ns, const char *group, const char *field, uint64_t *d)
{
	unsigned int n;
	const struct kstat_def *defs = kstat_defs(&n);

	if (!ns->have_k[0] || !ns->have_k[1])
		return false;
	for (unsigned int i = 0; i < n; i++) {
		if (strcmp(defs[i].group, group) != 0 || strcmp(defs[i].field, field) != 0)
			continue;
		if (!(ns->k[0].have & ns->k[1].have & (1u << i)))
			return false;
		/* a counter never goes back; if it did (wrapped), say nothing */
		if (ns->k[1].v[i] < ns->k[0].v[i])
			return false;
		*d = ns->k[1].v[i] - ns->k[0].v[i];
		return true;
	}
	return false;
}
