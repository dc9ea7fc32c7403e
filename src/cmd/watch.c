/* SPDX-License-Identifier: MIT */
/* watch.c - --watch: the pipeline run once per interval. On a terminal a
 * live view; otherwise (or with --json) one listing per interval, as
 * netstat -c; with --ndjson one diff object per interval. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "sockls/proto.h"
#include "sockls/run.h"
#include "sockls/snap.h"
#include "sockls/table.h"
#include "sockls/term.h"
#include "sockls/watch_out.h"
#include "sockls/writer.h"

#define CLOSED_KEEP 2     /* refreshes a closed socket stays on the screen */

struct watch {
	struct opts dump_o;   /* the options plus tcp_info: byte counters */
	struct snap *snap;
	uint64_t gen;
	bool texts;           /* keep what the live view shows of each row */
	struct writer out;    /* the table's writer of refreshes (WREC_DIFF) */
	struct run_hooks hooks;
	struct run *run;      /* the pipeline, built at the first refresh and kept */
	char local[TABLE_CELL_MAX], peer[TABLE_CELL_MAX]; /* row_texts() */
};

static int write_diff(struct watch *w, const struct view_cfg *view)
{
	struct writer_diff d = { .snap = w->snap, .gen = w->gen - 1, .time = term_wall(), .view = view };

	return w->out.ops->diff(w->out.state, &d);
}

/* The Local and Peer texts of a row as the table prints them (the rows
 * come lean: enriched here, for the rows formatted). */
static void row_texts(const struct sock_row *row, void *ctx, const char **local, const char **peer)
{
	struct watch *w = ctx;
	struct sock_row full = *row;

	run_row_rest(w->run, &full);
	table_endpoint(&full, true, w->local);
	table_endpoint(&full, false, w->peer);
	*local = w->local;
	*peer = w->peer;
}

/* Each row; for the live view with the Netid, Local and Peer texts of the
 * table (the NDJSON diffs do not print them), formatted when the socket is
 * new or what they read changed: an IP socket's texts read its endpoints,
 * the dual-stack wildcard and whether the source knows the interface (the
 * tag); a path, a kind's own columns or an interface name are formatted
 * every dump. */
static int add_row(const struct sock_row *row, void *data)
{
	struct watch *w = data;
	const struct sock_rec *rec = row->rec;
	struct snap_text t;

	if (!w->texts)
		return snap_add(w->snap, row);
	t = (struct snap_text){
		.netid = table_netid(rec), .fmt = row_texts, .ctx = w,
		.tag = (uint32_t)(sock_dual_stack(rec) + 1) | ((rec->have & HAVE_IFINDEX) ? 4u : 0u),
		.always = proto_draw(rec->proto) != PROTO_DRAW_INET || rec->local.ifindex != 0,
	};
	return snap_add_lazy(w->snap, row, &t);
}

static int dump_once(struct watch *w, run_say_fn say, unsigned int keep)
{
	int ret;

	w->hooks = (struct run_hooks){ .row = add_row, .data = w, .lean = true };
	if (!w->run && (ret = run_open(&w->run, &w->dump_o, say, &w->hooks)))
		return ret;
	snap_begin(w->snap, term_now_ms());
	if ((ret = run_pass(w->run)))
		return ret;
	if (snap_end(w->snap, keep, NULL) < 0) {
		say("cannot keep the sockets: %s", strerror(ENOMEM));
		return 1;
	}
	w->gen++;
	return 0;
}

/* Without a terminal, with --json or --output: a full listing per interval.
 * A reader gone away (| head -1) ends it quietly, as it ends one listing:
 * run_listing says nothing and returns 0, and stdout keeps the error. */
static int snapshots(const struct opts *o, run_say_fn say)
{
	struct run *r;
	int ret = run_open(&r, o, say, NULL);

	while (ret == 0 && !term_stop) {
		unsigned long long next = term_now_ms() + o->watch_ms;
		if ((ret = run_pass(r)) || ferror(stdout))
			break;
		if (term_wait_key(next, -1) < 0)
			break;
	}
	run_close(r);
	return ret;
}

static int diffs(struct watch *w, const struct opts *o, run_say_fn say)
{
	int ret = 0, err;

	while (!term_stop) {
		unsigned long long next = term_now_ms() + o->watch_ms;
		if ((ret = dump_once(w, say, 1)))
			break;
		err = write_diff(w, NULL);
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
static bool live_key(int key, struct view_cfg *cfg)
{
	int move = view_scroll_key(key);

	if (move >= 0) {
		view_scroll_move(cfg->scroll, (enum view_move)move);
		return true;
	}
	switch (key) {
	case 'q': case 'Q': case 3: return false;
	case 'p': case ' ': cfg->paused = !cfg->paused; break;
	case 's': cfg->sort = (enum view_sort)((cfg->sort + 1) % VIEW_SORT_MAX); break;
	case 'r': cfg->sort = VIEW_SORT_RATE; break;
	case 't': cfg->sort = VIEW_SORT_STATE; break;
	case 'd': cfg->sort = VIEW_SORT_REMOTE; break;
	case 'o': cfg->sort = VIEW_SORT_OWNER; break;
	default: break;
	}
	return true;
}

struct live {
	struct watch *w;
	struct view_cfg *cfg;
};

static int live_refresh(void *ctx)
{
	struct live *l = ctx;

	return dump_once(l->w, term_hold, CLOSED_KEEP);
}

static int live_draw(void *ctx, bool fresh)
{
	struct live *l = ctx;

	l->cfg->fresh = fresh;
	term_size(STDOUT_FILENO, &l->cfg->rows, &l->cfg->cols);
	return write_diff(l->w, l->cfg);
}

static bool live_keyed(void *ctx, int key)
{
	return live_key(key, ((struct live *)ctx)->cfg);
}

static int live(struct watch *w, const struct opts *o, run_say_fn say)
{
	struct view_scroll scroll = { 0, 0 };
	struct view_cfg cfg = {
		.scroll = &scroll,
		.sort = VIEW_SORT_RATE,
		.owners = o->ext & EXT_PROCESSES,
		.interval_ms = o->watch_ms,
	};
	int ret;

	if (term_open(STDIN_FILENO, STDOUT_FILENO) < 0)
		return snapshots(o, say);
	w->texts = true;
	ret = term_live(&(struct term_live){ .interval_ms = cfg.interval_ms, .paused = &cfg.paused,
					     .refresh = live_refresh, .draw = live_draw,
					     .key = live_keyed, .ctx = &(struct live){ w, &cfg } });
	term_close();
	if (ret < 0)
		ret = run_write_failed(ret, term_hold);
	if (term_held())
		say("%s", term_held());
	return ret;
}

int run_watch(const struct opts *o, run_say_fn say)
{
	const struct writer_entry *e = run_watch_entry(o);
	struct watch w = { .dump_o = *o };
	int ret, err;

	if ((err = term_signals()) < 0) {
		say("cannot handle signals: %s", strerror(-err));
		return 1;
	}
	/* a format without refreshes, a live view without a terminal, or --output
	 * FILE (each refresh replaces FILE): the complete listing per refresh */
	if (!e || o->output_file || (e->terminal && !isatty(STDOUT_FILENO)))
		return snapshots(o, say);
	/* the byte counters of the rates; the diffs and the live view show no
	 * congestion-control name, so it is not asked for */
	w.dump_o.ext |= EXT_BYTES;
	if (!(w.snap = snap_new())) {
		say("cannot keep the sockets: %s", strerror(ENOMEM));
		return 1;
	}
	if ((ret = run_stream_open(o, WREC_DIFF, say, &w.out)) == 0)
		ret = e->terminal ? live(&w, o, say) : diffs(&w, o, say);
	writer_free(&w.out);
	run_close(w.run);
	snap_free(w.snap);
	return ret;
}
