/* SPDX-License-Identifier: MIT */
/* doctor_out.c - the writers of --doctor's report (WREC_DOCTOR): a table for
 * people (findings by severity, with owner, unit/container/pod and
 * namespace), one JSON document (typed evidence: numbers or null), and the
 * Prometheus text of doctor_prom.c. Outside strings (process names, labels,
 * namespace tags) are escaped here, once. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/doctor.h"
#include "sockls/json.h"
#include "sockls/esc.h"
#include "sockls/jsonw.h"
#include "sockls/writer.h"

static const char *term(const char *s, char *buf, size_t cap)
{
	esc_term(s, strlen(s), buf, cap);
	return buf;
}

static void print_evidence(FILE *out, const struct doc_finding *x)
{
	fputs("    ", out);
	for (unsigned int i = 0; i < x->n_ev; i++) {
		const struct doc_ev *e = &x->ev[i];
		fprintf(out, "%s%s=", i ? " " : "", e->name);
		if (!e->known)
			fputc('?', out);
		else if (e->real)
			fprintf(out, "%.1f", e->d);
		else
			fprintf(out, "%llu", (unsigned long long)e->u);
	}
	fputc('\n', out);
}

static void print_who(FILE *out, const struct doc_report *r, const struct doc_finding *x)
{
	char buf[ESC_TERM_SIZE(96)], comm[ESC_TERM_SIZE(16)];
	const struct doc_ns_facts *ns = x->ns < r->n_ns ? &r->ns[x->ns] : NULL;

	if (x->have_owner) {
		esc_term(x->owner.comm, strnlen(x->owner.comm, sizeof(x->owner.comm)), comm,
			 sizeof(comm));
		fprintf(out, "  owner %s/%d", comm, x->owner.pid);
	} else if (x->have_uid) {
		fprintf(out, "  uid %u", x->uid);
	}
	if (x->cg[0] && strcmp(x->cg, "/") != 0)   /* the root cgroup names nothing */
		fprintf(out, "  %s", term(x->cg, buf, sizeof(buf)));
	if (ns && ns->tag) {
		fprintf(out, "  netns %s", term(ns->tag, buf, sizeof(buf)));
		if (ns->owner[0])
			fprintf(out, " (%s)", term(ns->owner, buf, sizeof(buf)));
	}
}

static void print_finding(FILE *out, const struct doc_report *r, const struct doc_finding *x)
{
	char what[ESC_TERM_SIZE(DOC_WHAT_MAX)];

	fprintf(out, "%-8s %-12s %s", doc_sev_name(x->sev), doc_check_name(x->check),
		doc_subject_name(x->subject));
	if (strcmp(x->what, doc_subject_name(x->subject)) != 0)
		fprintf(out, " %s", term(x->what, what, sizeof(what)));
	print_who(out, r, x);
	fprintf(out, "\n    %s\n", x->title ? x->title : "");
	print_evidence(out, x);
	fprintf(out, "    do: %s\n", x->advice ? x->advice : "");
}

static int print_table(FILE *out, const struct doc_report *r)
{
	size_t by[DOC_SEV_MAX] = { 0 };
	char buf[ESC_TERM_SIZE(96)];

	for (size_t i = 0; i < r->f->n; i++) {
		print_finding(out, r, &r->f->v[i]);
		by[r->f->v[i].sev]++;
	}
	if (r->f->n)
		fprintf(out, "%zu finding%s: %zu critical, %zu warning, %zu info (sample of %u.%03u s)\n",
			r->f->n, r->f->n == 1 ? "" : "s", by[DOC_CRITICAL], by[DOC_WARNING],
			by[DOC_INFO], r->interval_ms / 1000, r->interval_ms % 1000);
	else
		fprintf(out, "no findings (%d checks over a sample of %u.%03u s)\n", DOC_CHK_MAX,
			r->interval_ms / 1000, r->interval_ms % 1000);
	for (size_t i = 0; i < r->n_notes; i++) {
		const struct doc_note *n = &r->notes[i];
		const char *tag = n->ns < r->n_ns ? r->ns[n->ns].tag : NULL;
		fprintf(out, "not checked: %s%s%s: %s\n", doc_check_name(n->check), tag ? " in " : "",
			tag ? term(tag, buf, sizeof(buf)) : "", n->why);
	}
	return ferror(out) ? -(errno ? errno : EIO) : 0;
}

static void json_evidence(struct jsonw *jw, const struct doc_finding *x)
{
	jsonw_key(jw, "evidence");
	jsonw_obj_begin(jw);
	for (unsigned int i = 0; i < x->n_ev; i++) {
		const struct doc_ev *e = &x->ev[i];
		if (!e->known)
			jsonw_key_null(jw, e->name);
		else if (e->real)
			jsonw_key_double(jw, e->name, e->d);
		else
			jsonw_key_uint(jw, e->name, e->u);
	}
	jsonw_obj_end(jw);
}

static void json_finding(struct jsonw *jw, const struct doc_report *r, const struct doc_finding *x)
{
	const struct doc_ns_facts *ns = x->ns < r->n_ns ? &r->ns[x->ns] : NULL;

	jsonw_obj_begin(jw);
	jsonw_key_str(jw, "check", doc_check_name(x->check));
	jsonw_key_str(jw, "severity", doc_sev_name(x->sev));
	jsonw_key_str(jw, "subject", doc_subject_name(x->subject));
	jsonw_key_str(jw, "what", x->what);
	jsonw_key_str(jw, "title", x->title);
	jsonw_key_str(jw, "advice", x->advice);
	jsonw_key_str(jw, "netns", ns ? ns->tag : NULL);
	jsonw_key_str(jw, "netns_owner", ns && ns->owner[0] ? ns->owner : NULL);
	jsonw_key(jw, "owner");
	if (x->have_owner) {
		jsonw_obj_begin(jw);
		jsonw_key_int(jw, "pid", x->owner.pid);
		jsonw_key_int(jw, "fd", x->owner.fd);
		jsonw_key_strn(jw, "comm", x->owner.comm, strnlen(x->owner.comm, sizeof(x->owner.comm)));
		jsonw_obj_end(jw);
	} else {
		jsonw_null(jw);
	}
	if (x->have_uid)
		jsonw_key_uint(jw, "uid", x->uid);
	else
		jsonw_key_null(jw, "uid");
	jsonw_key_str(jw, "cgroup", x->cg[0] ? x->cg : NULL);
	json_evidence(jw, x);
	jsonw_obj_end(jw);
}

static int print_json(FILE *out, const struct doc_report *r, unsigned int version)
{
	struct jsonw *jw = jsonw_new(out, true); /* one document, indented */
	size_t by[DOC_SEV_MAX] = { 0 };
	int err;

	if (!jw)
		return -errno;
	for (size_t i = 0; i < r->f->n; i++)
		by[r->f->v[i].sev]++;
	jsonw_obj_begin(jw);
	jsonw_set_schema(jw, version);
	jsonw_key_uint(jw, "version", json_schema(jw));
	jsonw_key(jw, "doctor");
	jsonw_obj_begin(jw);
	jsonw_key_uint(jw, "interval_ms", r->interval_ms);
	jsonw_key_str(jw, "fail_on", doc_sev_name((unsigned int)r->fail_on));
	jsonw_key(jw, "counts");
	jsonw_obj_begin(jw);
	for (unsigned int s = 0; s < DOC_SEV_MAX; s++)
		jsonw_key_uint(jw, doc_sev_name(s), by[s]);
	jsonw_obj_end(jw);
	jsonw_key(jw, "findings");
	jsonw_arr_begin(jw);
	for (size_t i = 0; i < r->f->n; i++)
		json_finding(jw, r, &r->f->v[i]);
	jsonw_arr_end(jw);
	jsonw_key(jw, "not_checked");
	jsonw_arr_begin(jw);
	for (size_t i = 0; i < r->n_notes; i++) {
		const struct doc_note *n = &r->notes[i];
		jsonw_obj_begin(jw);
		jsonw_key_str(jw, "check", doc_check_name(n->check));
		jsonw_key_str(jw, "netns", n->ns < r->n_ns ? r->ns[n->ns].tag : NULL);
		jsonw_key_str(jw, "reason", n->why);
		jsonw_obj_end(jw);
	}
	jsonw_arr_end(jw);
	jsonw_obj_end(jw);
	jsonw_obj_end(jw);
	err = jsonw_flush(jw);
	jsonw_free(jw);
	return err;
}

/* The writers: nothing per row; the report once, then end() flushes. */
struct doctor_w {
	FILE *out;
	unsigned int json_version;
};

static int doctor_open(const struct writer_ctx *ctx, void **state)
{
	struct doctor_w *s = calloc(1, sizeof(*s));

	if (!s)
		return -ENOMEM;
	s->out = ctx->out;
	s->json_version = ctx->json_version;
	*state = s;
	return 0;
}

static int doctor_text(void *state, const struct doc_report *r)
{
	return print_table(((struct doctor_w *)state)->out, r);
}

static int doctor_json(void *state, const struct doc_report *r)
{
	struct doctor_w *s = state;

	return print_json(s->out, r, s->json_version);
}

static int doctor_prom(void *state, const struct doc_report *r)
{
	return doc_print_prom(((struct doctor_w *)state)->out, r);
}

static int doctor_end(void *state)
{
	struct doctor_w *s = state;

	return fflush(s->out) != 0 ? -(errno ? errno : EIO) : 0;
}

static void doctor_free(void *state)
{
	free(state);
}

const struct writer_ops doctor_writer = {
	.name = "doctor", .open = doctor_open, .doctor = doctor_text,
	.end = doctor_end, .free = doctor_free,
};

const struct writer_ops doctor_json_writer = {
	.name = "doctor-json", .open = doctor_open, .doctor = doctor_json,
	.end = doctor_end, .free = doctor_free,
};

const struct writer_ops doctor_prom_writer = {
	.name = "doctor-prometheus", .open = doctor_open, .doctor = doctor_prom,
	.end = doctor_end, .free = doctor_free,
};
