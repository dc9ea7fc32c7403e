/* SPDX-License-Identifier: MIT */
/* report_writer.c - -s and --ephemeral as writers: counted while the rows go
 * by, written at the end as a table or as one JSON object under the head. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/details.h"
#include "sockls/eph_json.h"
#include "sockls/ephemeral.h"
#include "sockls/json.h"
#include "sockls/jsonw.h"
#include "sockls/summary.h"
#include "sockls/writer.h"

/* --ephemeral: one report per namespace (the range is per namespace). */
struct eph_ns {
	struct eph_report *rep;  /* NULL: the range could not be read there */
	char *tag;               /* NULL without --all-netns */
	const struct cg_entry *owner; /* its container or pod; lives as long as the run */
};

struct report_state {
	struct writer_ctx ctx;
	bool json;
	struct summary *sum;     /* -s */
	struct eph_ns *ns;       /* --ephemeral */
	size_t n_ns;
};

static int report_open(const struct writer_ctx *ctx, void **state, bool json, bool summary)
{
	struct report_state *s = calloc(1, sizeof(*s));

	if (!s)
		return -ENOMEM;
	s->ctx = *ctx;
	s->json = json;
	*state = s;
	if (summary) {
		s->sum = malloc(sizeof(*s->sum));
		if (s->sum)
			summary_init(s->sum);
		return s->sum ? 0 : -ENOMEM;
	}
	return 0;
}

static int report_netns(void *state, const struct writer_ns *ns)
{
	struct report_state *s = state;
	struct eph_ns *v, *e;

	if (s->sum)
		return 0;
	v = realloc(s->ns, (s->n_ns + 1) * sizeof(*v));
	if (!v)
		return -ENOMEM;
	s->ns = v;
	e = &v[s->n_ns];
	memset(e, 0, sizeof(*e));
	if (ns->tag && !(e->tag = strdup(ns->tag)))
		return -ENOMEM;
	e->owner = ns->owner;
	if (ns->eph && !(e->rep = eph_report_new(ns->eph))) {
		free(e->tag);
		return -ENOMEM;
	}
	if (e->rep && ns->set)
		eph_report_set_settings(e->rep, ns->set);
	if (e->rep) {
		eph_report_set_listed(e->rep, s->ctx.protos);
		if (s->ctx.bound_unseen)
			eph_report_set_bound_unseen(e->rep);
	}
	s->n_ns++;
	return 0;
}

static int summary_w_open(const struct writer_ctx *ctx, void **state)
{
	return report_open(ctx, state, false, true);
}

static int summary_json_w_open(const struct writer_ctx *ctx, void **state)
{
	return report_open(ctx, state, true, true);
}

static int eph_w_open(const struct writer_ctx *ctx, void **state)
{
	return report_open(ctx, state, false, false);
}

static int eph_json_w_open(const struct writer_ctx *ctx, void **state)
{
	return report_open(ctx, state, true, false);
}

static int report_row(void *state, const struct sock_row *row)
{
	struct report_state *s = state;

	if (s->sum) {
		summary_add(s->sum, row->rec);
		return 0;
	}
	if (!s->n_ns || !s->ns[s->n_ns - 1].rep)
		return 0;
	return eph_report_add(s->ns[s->n_ns - 1].rep, row->rec);
}

static void eph_ns_json(struct jsonw *jw, const struct report_state *s, const struct eph_ns *e)
{
	if (e->rep) {
		eph_report_json(jw, e->rep, s->ctx.warn_pct, e->tag, e->owner);
		return;
	}
	jsonw_obj_begin(jw);
	if (e->tag) {
		jsonw_key_str(jw, "netns", e->tag);
		jsonw_key(jw, "netns_owner");
		json_cgroup(jw, e->owner);
	}
	jsonw_key_null(jw, "low");
	jsonw_key_null(jw, "high");
	jsonw_obj_end(jw);
}

static void eph_json_all(struct jsonw *jw, const struct report_state *s)
{
	if (!s->ctx.netns_column) {
		jsonw_key(jw, "ephemeral_report");
		if (s->n_ns)
			eph_ns_json(jw, s, &s->ns[0]);
		else
			jsonw_null(jw);
		return;
	}
	jsonw_key(jw, "ephemeral_reports");
	jsonw_arr_begin(jw);
	for (size_t i = 0; i < s->n_ns; i++)
		eph_ns_json(jw, s, &s->ns[i]);
	jsonw_arr_end(jw);
}

static int eph_print_all(const struct report_state *s)
{
	int err = 0;

	for (size_t i = 0; i < s->n_ns && !err; i++) {
		const struct eph_ns *e = &s->ns[i];
		char tag[2400]; /* the tag whole (NETNS_TAG_MAX) and its owner */
		if (e->tag && details_netns(e->tag, e->owner, tag, sizeof(tag)))
			fprintf(s->ctx.out, "%sNamespace: %s\n", i ? "\n" : "", tag);
		if (e->rep)
			err = eph_report_print(s->ctx.out, e->rep, s->ctx.top_n, s->ctx.warn_pct);
		else
			fprintf(s->ctx.out, "Ephemeral port range: ? (ip_local_port_range unreadable)\n");
	}
	return err ? err : ferror(s->ctx.out) ? -EIO : 0;
}

/* The common head, then one object under its key. */
static int report_end_json(struct report_state *s)
{
	struct jsonw *jw = jsonw_new(s->ctx.out, false);
	int err;

	if (!jw)
		return errno ? -errno : -ENOMEM;
	jsonw_set_schema(jw, s->ctx.json_version);
	json_head(jw, s->ctx.source, s->ctx.eph);
	if (s->sum) {
		jsonw_key(jw, "summary");
		summary_json(jw, s->sum, s->ctx.eph);
	} else {
		eph_json_all(jw, s);
	}
	json_netns_tally(jw, s->ctx.netns);
	json_status(jw, s->ctx.status); /* a source that gave up says so here too */
	jsonw_obj_end(jw);
	err = jsonw_flush(jw);
	jsonw_free(jw);
	return err;
}

static int report_end(void *state)
{
	struct report_state *s = state;
	int err;

	if (s->sum && s->ctx.kernel) {
		memcpy(s->sum->sockstat, s->ctx.kernel->sockstat, sizeof(s->sum->sockstat));
		s->sum->sockstat_have = s->ctx.kernel->sockstat_have;
		s->sum->asked_protos = s->ctx.protos;
		s->sum->asked_fams = s->ctx.families;
		if (s->ctx.tcp_counted)
			(void)summary_count_tcp(s->sum); /* run.c checked "inuse" is known */
	}
	if (s->json)
		err = report_end_json(s);
	else if (s->sum)
		err = summary_print(s->ctx.out, s->sum, s->ctx.eph);
	else
		err = eph_print_all(s);
	if (err == 0 && fflush(s->ctx.out) != 0)
		err = errno ? -errno : -EIO;
	return err;
}

static void report_free(void *state)
{
	struct report_state *s = state;

	free(s->sum);
	for (size_t i = 0; i < s->n_ns; i++) {
		eph_report_free(s->ns[i].rep);
		free(s->ns[i].tag);
	}
	free(s->ns);
	free(s);
}

const struct writer_ops summary_writer = {
	.name = "summary", .open = summary_w_open, .row = report_row,
	.end = report_end, .free = report_free,
};

const struct writer_ops summary_json_writer = {
	.name = "summary-json", .open = summary_json_w_open, .row = report_row,
	.end = report_end, .free = report_free,
};

const struct writer_ops eph_writer = {
	.name = "ephemeral", .open = eph_w_open, .netns = report_netns, .row = report_row,
	.end = report_end, .free = report_free,
};

const struct writer_ops eph_json_writer = {
	.name = "ephemeral-json", .open = eph_json_w_open, .netns = report_netns, .row = report_row,
	.end = report_end, .free = report_free,
};
