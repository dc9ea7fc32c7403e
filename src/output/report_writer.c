/* report_writer.c - -s and --ephemeral as writers: counted while the rows go
 * by, written at the end as a table or as one JSON object under the head. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/eph_json.h"
#include "sockls/ephemeral.h"
#include "sockls/json.h"
#include "sockls/jsonw.h"
#include "sockls/summary.h"
#include "sockls/writer.h"

struct report_state {
	struct writer_ctx ctx;
	bool json;
	struct summary *sum;     /* -s */
	struct eph_report *rep;  /* --ephemeral */
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
	if (!ctx->eph)
		return -EINVAL; /* the caller reads the range first */
	s->rep = eph_report_new(ctx->eph);
	return s->rep ? 0 : -ENOMEM;
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
	return eph_report_add(s->rep, row->rec);
}

/* The common head, then one object under its key. */
static int report_end_json(struct report_state *s)
{
	struct jsonw *jw = jsonw_new(s->ctx.out, false);
	int err;

	if (!jw)
		return errno ? -errno : -ENOMEM;
	json_head(jw, s->ctx.source, s->ctx.eph);
	if (s->sum) {
		jsonw_key(jw, "summary");
		summary_json(jw, s->sum, s->ctx.eph);
	} else {
		jsonw_key(jw, "ephemeral_report");
		eph_report_json(jw, s->rep, s->ctx.warn_pct);
	}
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
		if (s->ctx.tcp_estab_counted)
			(void)summary_count_estab(s->sum); /* run.c checked "inuse" is known */
	}
	if (s->json)
		err = report_end_json(s);
	else if (s->sum)
		err = summary_print(s->ctx.out, s->sum, s->ctx.eph);
	else
		err = eph_report_print(s->ctx.out, s->rep, s->ctx.top_n, s->ctx.warn_pct);
	if (err == 0 && fflush(s->ctx.out) != 0)
		err = errno ? -errno : -EIO;
	return err;
}

static void report_free(void *state)
{
	struct report_state *s = state;

	free(s->sum);
	eph_report_free(s->rep);
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
	.name = "ephemeral", .open = eph_w_open, .row = report_row,
	.end = report_end, .free = report_free,
};

const struct writer_ops eph_json_writer = {
	.name = "ephemeral-json", .open = eph_json_w_open, .row = report_row,
	.end = report_end, .free = report_free,
};
