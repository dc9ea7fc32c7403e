/* SPDX-License-Identifier: MIT */
/* json_writer.c - the --json document and the --ndjson stream as writers. */
#include <errno.h>
#include <stdlib.h>

#include "sockls/json.h"
#include "sockls/jsonw.h"
#include "sockls/writer.h"

struct json_state {
	struct jsonw *jw;
	FILE *out;
	uint32_t ext;
	bool document;  /* --json: one document; --ndjson: a line per socket */
	const struct netns_tally *ns; /* --all-netns: the namespaces read and not */
	const struct writer_status *status;
};

static int open_common(const struct writer_ctx *ctx, void **state, bool document)
{
	struct json_state *s = calloc(1, sizeof(*s));

	if (!s)
		return -ENOMEM;
	s->jw = jsonw_new(ctx->out, false);
	if (!s->jw) {
		int err = errno ? -errno : -ENOMEM;
		free(s);
		return err;
	}
	jsonw_set_schema(s->jw, ctx->json_version);
	s->out = ctx->out;
	s->ext = ctx->ext;
	s->document = document;
	s->ns = ctx->netns;
	s->status = ctx->status;
	*state = s;
	if (!document)
		return 0;
	/* With --all-netns each namespace has its own range: the head has none. */
	return json_begin(s->jw, ctx->source, ctx->eph_in_head ? ctx->eph : NULL);
}

static int json_w_open(const struct writer_ctx *ctx, void **state)
{
	return open_common(ctx, state, true);
}

static int ndjson_w_open(const struct writer_ctx *ctx, void **state)
{
	return open_common(ctx, state, false);
}

static int json_w_row(void *state, const struct sock_row *row)
{
	struct json_state *s = state;

	return json_sock(s->jw, row, s->ext);
}

static int json_w_end(void *state)
{
	struct json_state *s = state;
	const struct writer_status *st = s->status;
	int err = 0;

	/* --json: the document says how the run went; --ndjson: a last line
	 * does, when a source gave up or -K ran */
	if (s->document) {
		jsonw_arr_end(s->jw);
		json_status(s->jw, st);
		json_netns_tally(s->jw, s->ns);
		jsonw_obj_end(s->jw);
		err = jsonw_flush(s->jw);
	} else if (st && (st->incomplete || st->kill)) {
		jsonw_obj_begin(s->jw);
		if (!json_v1(s->jw))
			jsonw_key_uint(s->jw, "version", json_schema(s->jw));
		json_status(s->jw, st);
		err = jsonw_obj_end(s->jw);
	}

	if (err == 0)
		err = jsonw_flush(s->jw);
	if (err == 0 && fflush(s->out) != 0)
		err = errno ? -errno : -EIO;
	return err;
}

static void json_w_free(void *state)
{
	struct json_state *s = state;

	jsonw_free(s->jw);
	free(s);
}

const struct writer_ops json_writer = {
	.name = "json",
	.open = json_w_open,
	.row = json_w_row,
	.end = json_w_end,
	.free = json_w_free,
};

const struct writer_ops ndjson_writer = {
	.name = "ndjson",
	.open = ndjson_w_open,
	.row = json_w_row,
	.end = json_w_end,
	.free = json_w_free,
};
