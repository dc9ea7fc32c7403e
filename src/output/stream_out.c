/* SPDX-License-Identifier: MIT */
/* stream_out.c - the writers of records over time: --watch's live view and
 * NDJSON diffs, --ephemeral --watch's screen or block and NDJSON object, and
 * -E's text lines and NDJSON objects. Each is an entry of the writer table
 * (writer.c); the modes call them through it, never by name. */
#include <errno.h>
#include <stdlib.h>

#include "sockls/watch_out.h"
#include "sockls/writer.h"

struct stream {
	FILE *out;
	struct jsonw *jw;     /* the NDJSON writers */
	struct view *view;    /* the live view */
	unsigned int top_n;   /* --top, or the default of a plain block */
};

static int stream_new(const struct writer_ctx *ctx, void **state, bool json, bool view)
{
	struct stream *s = calloc(1, sizeof(*s));

	if (!s)
		return -ENOMEM;
	s->out = ctx->out;
	s->top_n = ctx->top_n;
	if ((json && !(s->jw = jsonw_new(ctx->out, false))) || (view && !(s->view = view_new()))) {
		int err = errno ? -errno : -ENOMEM;
		free(s);
		return err;
	}
	if (s->jw)
		jsonw_set_schema(s->jw, ctx->json_version);
	*state = s;
	return 0;
}

static int open_text(const struct writer_ctx *ctx, void **state)
{
	return stream_new(ctx, state, false, false);
}

static int open_json(const struct writer_ctx *ctx, void **state)
{
	return stream_new(ctx, state, true, false);
}

static int open_view(const struct writer_ctx *ctx, void **state)
{
	return stream_new(ctx, state, false, true);
}

static int flush_text(void *state)
{
	struct stream *s = state;

	if (fflush(s->out) == 0 && !ferror(s->out))
		return 0;
	return errno ? -errno : -EIO;
}

static int flush_json(void *state)
{
	return jsonw_flush(((struct stream *)state)->jw);
}

static void stream_free(void *state)
{
	struct stream *s = state;

	jsonw_free(s->jw);
	view_free(s->view);
	free(s);
}

static int diff_view(void *state, const struct writer_diff *d)
{
	struct stream *s = state;

	return view_render(s->view, s->out, d->snap, d->view);
}

static int diff_json(void *state, const struct writer_diff *d)
{
	return watch_json_diff(((struct stream *)state)->jw, d->snap, d->gen, d->time);
}

/* A plain block shows the default number of destinations unless --top; the
 * live view scrolls through them all. */
static int eph_text(void *state, const struct eph_watch *w, const struct eph_view_cfg *cfg)
{
	struct stream *s = state;
	struct eph_view_cfg c = *cfg;

	if (!c.live)
		c.top_n = s->top_n;
	return eph_view_render(s->out, w, &c);
}

static int eph_json(void *state, const struct eph_watch *w, const struct eph_view_cfg *cfg)
{
	return eph_watch_json(((struct stream *)state)->jw, w, cfg->top_n, cfg->protos, cfg->time);
}

static int event_text(void *state, const struct watch_event *ev)
{
	return watch_text_event(((struct stream *)state)->out, ev);
}

static int lost_text(void *state, uint64_t count, double time)
{
	return watch_text_lost(((struct stream *)state)->out, count, time);
}

static int event_json(void *state, const struct watch_event *ev)
{
	return watch_json_event(((struct stream *)state)->jw, ev);
}

static int lost_json(void *state, uint64_t count, double time)
{
	return watch_json_lost(((struct stream *)state)->jw, count, time);
}

const struct writer_ops view_writer = {
	.name = "live-view", .open = open_view, .end = flush_text, .free = stream_free,
	.diff = diff_view, .flush = flush_text,
};
const struct writer_ops diff_json_writer = {
	.name = "diff-ndjson", .open = open_json, .end = flush_json, .free = stream_free,
	.diff = diff_json, .flush = flush_json,
};
const struct writer_ops eph_view_writer = {
	.name = "ephemeral-view", .open = open_text, .end = flush_text, .free = stream_free,
	.eph_tick = eph_text, .flush = flush_text,
};
const struct writer_ops eph_watch_json_writer = {
	.name = "ephemeral-ndjson", .open = open_json, .end = flush_json, .free = stream_free,
	.eph_tick = eph_json, .flush = flush_json,
};
const struct writer_ops event_text_writer = {
	.name = "event-text", .open = open_text, .end = flush_text, .free = stream_free,
	.event = event_text, .lost = lost_text, .flush = flush_text,
};
const struct writer_ops event_json_writer = {
	.name = "event-ndjson", .open = open_json, .end = flush_json, .free = stream_free,
	.event = event_json, .lost = lost_json, .flush = flush_json,
};
