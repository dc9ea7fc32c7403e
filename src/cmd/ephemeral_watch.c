/* SPDX-License-Identifier: MIT */
/* ephemeral_watch.c - --ephemeral --watch: the pipeline once per interval into
 * the report over time (ephemeral/eph_watch.c). On a terminal a live view;
 * without one a plain block per refresh; with --ndjson one object per refresh. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "sockls/eph_watch.h"
#include "sockls/proto.h"
#include "sockls/run.h"
#include "sockls/term.h"
#include "sockls/watch_out.h"
#include "sockls/writer.h"

struct ephw {
	struct opts dump_o;     /* the options, TCP and UDP only, no extras */
	struct eph_watch *w;
	struct writer out;      /* the table's writer of the report (WREC_EPH_WATCH) */
	struct run_hooks hooks;
	struct run *run;        /* the pipeline, built at the first refresh and kept */
	unsigned long long now; /* start of the refresh being dumped */
	double wall;
};

static int on_netns(const struct writer_ns *ns, void *data)
{
	struct ephw *e = data;

	if (!ns->eph)
		return -ENOENT; /* run.c refused already: --ephemeral needs the range */
	return eph_watch_begin(e->w, ns->eph, ns->set, e->now);
}

static int on_row(const struct sock_row *row, void *data)
{
	return eph_watch_add(((struct ephw *)data)->w, row->rec);
}

static int refresh(struct ephw *e, run_say_fn say)
{
	int ret;

	e->hooks = (struct run_hooks){ .row = on_row, .netns = on_netns, .data = e };
	if (!e->run && (ret = run_open(&e->run, &e->dump_o, say, &e->hooks)))
		return ret;
	e->now = term_now_ms();
	e->wall = term_wall();
	return run_pass(e->run);
}

static size_t top_n(const struct opts *o, size_t dflt)
{
	return o->top_set ? o->top_n : dflt;
}

static int write_report(struct ephw *e, const struct eph_view_cfg *cfg)
{
	return e->out.ops->eph_tick(e->out.state, e->w, cfg);
}

/* One report per refresh: every destination unless --top (the writer of a
 * plain block shows its default number). */
static int stream(struct ephw *e, const struct opts *o, run_say_fn say)
{
	struct eph_view_cfg cfg = {
		.top_n = top_n(o, EPH_WATCH_ALL),
		.interval_ms = o->watch_ms,
		.protos = e->dump_o.protos,
	};
	int ret = 0, err;

	while (!term_stop) {
		unsigned long long next = term_now_ms() + o->watch_ms;
		if ((ret = refresh(e, say)))
			break;
		cfg.time = e->wall;
		err = write_report(e, &cfg);
		if (err < 0) {
			ret = run_write_failed(err, say);
			break;
		}
		if (term_wait_key(next, -1) < 0)
			break;
	}
	return ret;
}

/* One key of the live view; false to quit. */
static bool live_key(int key, struct eph_view_cfg *cfg)
{
	int move = view_scroll_key(key);

	if (move >= 0) {
		view_scroll_move(cfg->scroll, (enum view_move)move);
		return true;
	}
	switch (key) {
	case 'q': case 'Q': case 3: return false;
	case 'p': case ' ': cfg->paused = !cfg->paused; break;
	case 's': cfg->sort = (enum eph_sort)((cfg->sort + 1) % EPH_SORT_MAX); break;
	case 'u': cfg->sort = EPH_SORT_PORTS; break;
	case 'n': cfg->sort = EPH_SORT_NEW; break;
	case 'e': cfg->sort = EPH_SORT_EXHAUSTION; break;
	default: break;
	}
	return true;
}

struct live {
	struct ephw *e;
	struct eph_view_cfg *cfg;
};

static int live_refresh(void *ctx)
{
	struct live *l = ctx;
	int ret = refresh(l->e, term_hold);

	l->cfg->time = l->e->wall;
	return ret;
}

static int live_draw(void *ctx, bool fresh)
{
	struct live *l = ctx;

	(void)fresh;
	term_size(STDOUT_FILENO, &l->cfg->rows, &l->cfg->cols);
	return write_report(l->e, l->cfg);
}

static bool live_keyed(void *ctx, int key)
{
	return live_key(key, ((struct live *)ctx)->cfg);
}

static int live(struct ephw *e, const struct opts *o, run_say_fn say)
{
	struct view_scroll scroll = { 0, 0 };
	struct eph_view_cfg cfg = {
		.live = true,
		.scroll = &scroll,
		.top_n = top_n(o, EPH_WATCH_ALL), /* every one, scrolled; or --top */
		.interval_ms = o->watch_ms,
		.protos = e->dump_o.protos,
	};
	int ret;

	if (term_open(STDIN_FILENO, STDOUT_FILENO) < 0)
		return stream(e, o, say);
	ret = term_live(&(struct term_live){ .interval_ms = cfg.interval_ms, .paused = &cfg.paused,
					     .refresh = live_refresh, .draw = live_draw,
					     .key = live_keyed, .ctx = &(struct live){ e, &cfg } });
	term_close();
	if (ret < 0)
		ret = run_write_failed(ret, term_hold);
	if (term_held())
		say("%s", term_held());
	return ret;
}

int run_eph_watch(const struct opts *o, run_say_fn say)
{
	const struct writer_entry *out = writer_pick(writer_format(o), WREC_EPH_WATCH);
	uint32_t inet = proto_set(PROTO_F_EPHEMERAL);
	struct ephw e = { .dump_o = *o };
	int ret, err;

	if ((err = term_signals()) < 0) {
		say("cannot handle signals: %s", strerror(-err));
		return 1;
	}
	/* only TCP and UDP hold ephemeral ports; owners, tcp_info and the like
	 * are not shown (as the report without --watch) */
	if (o->protos & inet)
		e.dump_o.protos = o->protos & inet;
	e.dump_o.ext &= EXT_NUMERIC;
	if (!(e.w = eph_watch_new())) {
		say("cannot keep the report: %s", strerror(ENOMEM));
		return 1;
	}
	/* a live view where the writer draws one and stdout is a terminal */
	if ((ret = run_stream_open(o, WREC_EPH_WATCH, say, &e.out)) == 0)
		ret = out->terminal && isatty(STDOUT_FILENO) ? live(&e, o, say) : stream(&e, o, say);
	writer_free(&e.out);
	run_close(e.run);
	eph_watch_free(e.w);
	return ret;
}
