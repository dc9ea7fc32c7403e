/* SPDX-License-Identifier: MIT */
/* eph_watch_out.c - what --ephemeral --watch writes: the live screen (or a
 * plain block per refresh without a terminal) and the NDJSON object, from
 * the report of the last refresh and its rates (ephemeral/eph_watch.c). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "sockls/addr.h"
#include "sockls/eph_json.h"
#include "sockls/json.h"
#include "sockls/proto.h"
#include "sockls/view_line.h"
#include "sockls/watch_out.h"

#define LINE_BYTES 512

static void emit(FILE *out, const struct eph_view_cfg *cfg, const char *line)
{
	if (cfg->live)
		view_put_line(out, line, cfg->cols);
	else
		fprintf(out, "%s\n", line);
}

/* "12.5s", "4m05s", "2h10m", "3d04h"; ">999d" past that. */
static void duration_text(char *buf, size_t cap, double s)
{
	unsigned long long t = (unsigned long long)(s + 0.5);

	if (s < 60)
		snprintf(buf, cap, "%.1fs", s);
	else if (t < 3600)
		snprintf(buf, cap, "%llum%02llus", t / 60, t % 60);
	else if (t < 86400)
		snprintf(buf, cap, "%lluh%02llum", t / 3600, t / 60 % 60);
	else if (t < 1000ULL * 86400)
		snprintf(buf, cap, "%llud%02lluh", t / 86400, t / 3600 % 24);
	else
		snprintf(buf, cap, ">999d");
}

/* New/s, Growth/s, Exhausted in: "?" until there is a previous refresh,
 * "never" when the ports in use do not grow. */
struct rate_cells {
	char fresh[24], growth[24], eta[24];
};

static void rate_cells(struct rate_cells *c, const struct eph_rate *r)
{
	if (!r->known) {
		snprintf(c->fresh, sizeof(c->fresh), "?");
		snprintf(c->growth, sizeof(c->growth), "?");
		snprintf(c->eta, sizeof(c->eta), "?");
		return;
	}
	snprintf(c->fresh, sizeof(c->fresh), "%.1f", r->new_per_s);
	snprintf(c->growth, sizeof(c->growth), "%+.1f", r->growth_per_s);
	if (r->exhausting)
		duration_text(c->eta, sizeof(c->eta), r->exhaustion_s);
	else
		snprintf(c->eta, sizeof(c->eta), "never");
}

static void setting_text(char *buf, size_t cap, int v)
{
	if (v < 0)
		snprintf(buf, cap, "?");
	else
		snprintf(buf, cap, "%d", v);
}

static void range_text(char *line, size_t cap, const struct eph_totals *t)
{
	snprintf(line, cap, "Range %u-%u: usable %u, pinned %u (listeners %u, bind()-only %u), "
		 "usable for connect() %u", t->low, t->high, t->usable, t->pinned, t->pinned_listen,
		 t->pinned_bound, t->usable_connect);
}

/* The live title, with the keys when they fit. */
static void live_title(char *line, size_t cap, const struct eph_watch *w,
		       const struct eph_view_cfg *cfg)
{
	static const char keys[] = "   q quit  p pause  s/u/n/e sort  j/k scroll";
	int n = snprintf(line, cap, "sockls --ephemeral --watch  every %.1fs  refresh %llu  "
			 "sort: %s%s", cfg->interval_ms / 1000.0,
			 (unsigned long long)eph_watch_generation(w), eph_sort_name(cfg->sort),
			 cfg->paused ? "  [paused]" : "");

	if (n > 0 && (size_t)n + sizeof(keys) <= cap && (size_t)n + sizeof(keys) - 1 <= cfg->cols)
		memcpy(line + n, keys, sizeof(keys));
	else if (n > 0 && (size_t)n + sizeof("   q quit") <= cap &&
		 (size_t)n + sizeof("   q quit") - 1 <= cfg->cols)
		memcpy(line + n, "   q quit", sizeof("   q quit"));
}

static void head_lines(FILE *out, const struct eph_watch *w, const struct eph_view_cfg *cfg,
		       const struct eph_totals *t)
{
	char line[LINE_BYTES], reuse[16], ts[16], clk[16] = "?";
	time_t secs = (time_t)cfg->time;
	struct tm tm;

	if (localtime_r(&secs, &tm))
		strftime(clk, sizeof(clk), "%H:%M:%S", &tm);
	if (cfg->live)
		live_title(line, sizeof(line), w, cfg);
	else if (eph_watch_generation(w) > 1)
		snprintf(line, sizeof(line), "%s  refresh %llu  interval %.2fs", clk,
			 (unsigned long long)eph_watch_generation(w), eph_watch_interval_s(w));
	else
		snprintf(line, sizeof(line), "%s  refresh 1  interval ?", clk);
	if (cfg->live)
		fputs("\x1b[7m", out);
	emit(out, cfg, line);
	if (cfg->live)
		fputs("\x1b[0m", out);
	range_text(line, sizeof(line), t);
	if (cfg->live && vline_width(line) > cfg->cols) {
		/* two lines: "Range ...(listeners 0, bind()-only 1)," and the rest */
		char *cut = strstr(line, "), ");
		if (cut) {
			cut[2] = '\0';
			emit(out, cfg, line);
			memmove(line + 2, cut + 3, strlen(cut + 3) + 1);
			line[0] = line[1] = ' ';
		}
	}
	emit(out, cfg, line);
	setting_text(reuse, sizeof(reuse), t->set.tcp_tw_reuse);
	setting_text(ts, sizeof(ts), t->set.tcp_timestamps);
	snprintf(line, sizeof(line), "Settings: tcp_tw_reuse %s, tcp_timestamps %s; TIME_WAIT %u",
		 reuse, ts, t->time_wait);
	emit(out, cfg, line);
}

static void total_lines(FILE *out, const struct eph_watch *w, const struct eph_view_cfg *cfg,
			const struct eph_totals *t)
{
	char line[LINE_BYTES];
	struct rate_cells c;
	struct eph_rate r;

	emit(out, cfg, "");
	snprintf(line, sizeof(line), "%-5s  %7s  %7s  %7s  %7s  %9s  %12s", "Proto", "In use",
		 "%Usable", "Free", "New/s", "Growth/s", "Exhausted in");
	emit(out, cfg, line);
	for (unsigned int p = 0; p < PROTO_EPH_MAX; p++) {
		if (!(cfg->protos & PROTO_BIT(p))) {
			snprintf(line, sizeof(line), "%-5s  %7s  %7s  %7s  %7s  %9s  %12s  (not listed)",
				 sock_proto_name(p), "?", "?", "?", "?", "?", "?");
			emit(out, cfg, line);
			continue;
		}
		eph_watch_total_rate(w, p, &r);
		rate_cells(&c, &r);
		snprintf(line, sizeof(line), "%-5s  %7u  %6.1f%%  %7u  %7s  %9s  %12s",
			 sock_proto_name(p), r.in_use, t->pct[p], r.headroom, c.fresh, c.growth, c.eta);
		emit(out, cfg, line);
	}
	emit(out, cfg, "");
}

#define ADDR_W ADDR_TEXT_MAX

static void dest_addrs(const struct eph_dest *d, char *local, char *remote)
{
	struct sock_endpoint ep = { .port = d->remote_port };
	unsigned int af = d->family == AF_INET ? AF_INET : AF_INET6;

	memcpy(ep.addr, d->remote_addr, sizeof(ep.addr));
	addr_format(local, ADDR_W, af, d->local_addr);
	addr_format_endpoint(remote, ADDR_W, af, &ep, NULL);
}

static void dest_lines(FILE *out, const struct eph_view_cfg *cfg, const struct eph_wdest *v,
		       size_t n)
{
	char line[LINE_BYTES], local[ADDR_W], remote[ADDR_W];
	int wl = 5, wr = 6;
	struct rate_cells c;

	for (size_t i = 0; i < n; i++) {
		dest_addrs(&v[i].d, local, remote);
		wl = wl > (int)strlen(local) ? wl : (int)strlen(local);
		wr = wr > (int)strlen(remote) ? wr : (int)strlen(remote);
	}
	snprintf(line, sizeof(line), "%-5s  %-*s  %-*s  %5s  %9s  %8s  %7s  %7s  %9s  %12s", "Proto",
		 wl, "Local", wr, "Remote", "Ports", "TIME_WAIT", "Headroom", "%Usable", "New/s",
		 "Growth/s", "Exhausted in");
	emit(out, cfg, line);
	for (size_t i = 0; i < n; i++) {
		dest_addrs(&v[i].d, local, remote);
		rate_cells(&c, &v[i].r);
		snprintf(line, sizeof(line), "%-5s  %-*s  %-*s  %5u  %9u  %8u  %6.1f%%  %7s  %9s  %12s",
			 sock_proto_name(v[i].d.proto), wl, local, wr, remote, v[i].d.count,
			 v[i].d.time_wait, v[i].d.headroom, v[i].d.pct, c.fresh, c.growth, c.eta);
		emit(out, cfg, line);
	}
}

/* The live view's destinations: the columns fitted to the terminal (two
 * spaces between them, then one, then short headers, then the addresses
 * elided, the local one first), the window of rows the screen holds. */
#define DCOLS 10
static const char *const dest_head[2][DCOLS] = {
	{ "Proto", "Local", "Remote", "Ports", "TIME_WAIT", "Headroom", "%Usable", "New/s",
	  "Growth/s", "Exhausted in" },
	{ "Proto", "Local", "Remote", "Ports", "TW", "Free", "%Use", "New/s", "Growth/s",
	  "Exhausted in" },
};

struct dest_fit {
	size_t w[DCOLS], sep;
	int heads; /* 0 long, 1 short */
};

static void dest_cells(char c[DCOLS][ADDR_W], const struct eph_wdest *v)
{
	struct rate_cells r;

	rate_cells(&r, &v->r);
	snprintf(c[0], ADDR_W, "%s", sock_proto_name(v->d.proto));
	dest_addrs(&v->d, c[1], c[2]);
	snprintf(c[3], ADDR_W, "%u", v->d.count);
	snprintf(c[4], ADDR_W, "%u", v->d.time_wait);
	snprintf(c[5], ADDR_W, "%u", v->d.headroom);
	snprintf(c[6], ADDR_W, "%.1f%%", v->d.pct);
	snprintf(c[7], ADDR_W, "%s", r.fresh);
	snprintf(c[8], ADDR_W, "%s", r.growth);
	snprintf(c[9], ADDR_W, "%s", r.eta);
}

static size_t fit_total(struct dest_fit *f, const size_t data[DCOLS])
{
	size_t total = f->sep * (DCOLS - 1);

	for (int i = 0; i < DCOLS; i++) {
		size_t h = strlen(dest_head[f->heads][i]);
		f->w[i] = data[i] > h ? data[i] : h;
		total += f->w[i];
	}
	return total;
}

static void dest_fit(struct dest_fit *f, const struct eph_wdest *v, size_t n, size_t cols)
{
	static const size_t min_w[3] = { 0, 5, 9 }; /* Local, Remote at least */
	char c[DCOLS][ADDR_W];
	size_t data[DCOLS] = { 0 }, total = 0;

	for (size_t i = 0; i < n; i++) {
		dest_cells(c, &v[i]);
		for (int k = 0; k < DCOLS; k++)
			if (vline_width(c[k]) > data[k])
				data[k] = vline_width(c[k]);
	}
	for (int variant = 0; variant < 3; variant++) {
		f->sep = variant ? 1 : 2;
		f->heads = variant == 2;
		if ((total = fit_total(f, data)) <= cols)
			return;
	}
	for (int k = 1; k <= 2 && total > cols; k++) {
		size_t take = f->w[k] > min_w[k] ? f->w[k] - min_w[k] : 0;
		take = take < total - cols ? take : total - cols;
		f->w[k] -= take;
		total -= take;
	}
}

static void dest_row(FILE *out, const struct dest_fit *f, const char *const c[DCOLS], size_t cols)
{
	struct vline l = { .len = 0 };

	for (int k = 0; k < DCOLS; k++) {
		if (k && f->sep > 1)
			vline_add(&l, " ");
		vline_cell(&l, c[k], f->w[k], k > 2);
	}
	view_put_line(out, l.buf, (unsigned int)cols);
}

static void dest_window(FILE *out, const struct eph_view_cfg *cfg, const struct eph_wdest *v,
			size_t n, size_t lines)
{
	struct view_scroll none = { 0, 0 }, *sc = cfg->scroll ? cfg->scroll : &none;
	size_t shown = view_scroll_fit(sc, n, lines);
	char c[DCOLS][ADDR_W], note[160];
	const char *cells[DCOLS];
	struct dest_fit f;

	dest_fit(&f, v + sc->top, shown, cfg->cols);
	dest_row(out, &f, dest_head[f.heads], cfg->cols);
	for (int k = 0; k < DCOLS; k++)
		cells[k] = c[k];
	for (size_t i = sc->top; i < sc->top + shown; i++) {
		dest_cells(c, &v[i]);
		dest_row(out, &f, cells, cfg->cols);
	}
	if (shown < n) {
		view_scroll_note(sc, n, shown, note, sizeof(note));
		view_put_line(out, note, cfg->cols);
	}
}

/* Lines above the destinations in the live view (title, range, settings,
 * the totals block): the range line goes on two when the terminal is narrow. */
static size_t live_head_lines(const struct eph_view_cfg *cfg, const struct eph_totals *t)
{
	char line[LINE_BYTES];

	range_text(line, sizeof(line), t);
	return 8 + (vline_width(line) > cfg->cols);
}

int eph_view_render(FILE *out, const struct eph_watch *w, const struct eph_view_cfg *cfg)
{
	const struct eph_report *rep = eph_watch_report(w);
	struct eph_wdest *v = NULL;
	struct eph_totals t;
	size_t n = cfg->top_n, lines = 0;
	long got = 0;

	if (!rep)
		return 0;
	eph_report_totals(rep, &t);
	if (cfg->live) {
		/* the rows above, the header, the note on untracked sockets and
		 * an empty last line */
		size_t above = live_head_lines(cfg, &t) + 1 + (t.untracked > 0) + 1;
		lines = cfg->rows > above ? cfg->rows - above : 0;
	}
	if (n && (got = eph_watch_dests(w, cfg->sort, n == EPH_WATCH_ALL ? 0 : n, &v)) < 0)
		return (int)got;
	n = (size_t)got;
	if (cfg->live)
		fputs("\x1b[H", out);
	head_lines(out, w, cfg, &t);
	total_lines(out, w, cfg, &t);
	if (!t.n_dests)
		emit(out, cfg, "Destinations: none");
	else if (n && cfg->live && lines)
		dest_window(out, cfg, v, n, lines);
	else if (n)
		dest_lines(out, cfg, v, n);
	if (t.untracked) {
		char line[96];
		snprintf(line, sizeof(line), "(%lu sockets to further destinations not tracked)",
			 t.untracked);
		emit(out, cfg, line);
	}
	fputs(cfg->live ? "\x1b[J" : "\n", out);
	free(v);
	if (fflush(out) != 0 || ferror(out))
		return errno ? -errno : -EIO;
	return 0;
}

/* new, new_per_s, growth_per_s, exhausting, exhaustion_s: null until known. */
static void rate_json(struct jsonw *jw, const struct eph_rate *r)
{
	if (!r->known) {
		static const char *const keys[] = { "new", "new_per_s", "growth_per_s", "exhausting",
						    "exhaustion_s" };
		for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
			jsonw_key_null(jw, keys[i]);
		return;
	}
	jsonw_key_uint(jw, "new", r->fresh);
	jsonw_key_double(jw, "new_per_s", r->new_per_s);
	jsonw_key_double(jw, "growth_per_s", r->growth_per_s);
	jsonw_key_bool(jw, "exhausting", r->exhausting);
	if (r->exhausting)
		jsonw_key_double(jw, "exhaustion_s", r->exhaustion_s);
	else
		jsonw_key_null(jw, "exhaustion_s");
}

static void setting_json(struct jsonw *jw, const char *key, int v)
{
	if (v < 0)
		jsonw_key_null(jw, key);
	else
		jsonw_key_uint(jw, key, (unsigned int)v);
}

static void totals_json(struct jsonw *jw, const struct eph_watch *w, const struct eph_totals *t,
			uint32_t protos)
{
	struct eph_rate r;

	jsonw_key_uint(jw, "low", t->low);
	jsonw_key_uint(jw, "high", t->high);
	jsonw_key_uint(jw, "usable", t->usable);
	jsonw_key(jw, "pinned");
	jsonw_obj_begin(jw);
	jsonw_key_uint(jw, "total", t->pinned);
	jsonw_key_uint(jw, "listeners", t->pinned_listen);
	jsonw_key_uint(jw, "bound_inactive", t->pinned_bound);
	jsonw_obj_end(jw);
	jsonw_key_uint(jw, "usable_connect", t->usable_connect);
	jsonw_key_uint(jw, "time_wait", t->time_wait);
	jsonw_key_uint(jw, "untracked", t->untracked);
	jsonw_key(jw, "settings");
	jsonw_obj_begin(jw);
	setting_json(jw, "tcp_tw_reuse", t->set.tcp_tw_reuse);
	setting_json(jw, "tcp_timestamps", t->set.tcp_timestamps);
	jsonw_obj_end(jw);
	for (unsigned int p = 0; p < PROTO_EPH_MAX; p++) {
		if (!(protos & PROTO_BIT(p))) {
			jsonw_key_null(jw, sock_proto_name(p)); /* not dumped: unknown */
			continue;
		}
		eph_watch_total_rate(w, p, &r);
		jsonw_key(jw, sock_proto_name(p));
		jsonw_obj_begin(jw);
		jsonw_key_uint(jw, "in_use", r.in_use);
		jsonw_key_double(jw, "in_use_pct", t->pct[p]);
		jsonw_key_uint(jw, "headroom", r.headroom);
		rate_json(jw, &r);
		jsonw_obj_end(jw);
	}
}

int eph_watch_json(struct jsonw *jw, const struct eph_watch *w, size_t top_n, uint32_t protos,
		   double time)
{
	const struct eph_report *rep = eph_watch_report(w);
	struct eph_wdest *v = NULL;
	struct eph_totals t;
	long n = 0;

	if (!rep)
		return 0;
	if (top_n && (n = eph_watch_dests(w, EPH_SORT_PORTS, top_n == EPH_WATCH_ALL ? 0 : top_n,
					  &v)) < 0)
		return (int)n;
	eph_report_totals(rep, &t);
	jsonw_obj_begin(jw);
	json_line_version(jw);
	jsonw_key_str(jw, "event", "ephemeral");
	jsonw_key_double(jw, "time", time);
	jsonw_key_uint(jw, "generation", eph_watch_generation(w));
	if (eph_watch_generation(w) > 1)
		jsonw_key_uint(jw, "interval_ms", (uint64_t)(eph_watch_interval_s(w) * 1000 + 0.5));
	else
		jsonw_key_null(jw, "interval_ms");
	totals_json(jw, w, &t, protos);
	jsonw_key(jw, "destinations");
	jsonw_arr_begin(jw);
	for (long i = 0; i < n; i++) {
		jsonw_obj_begin(jw);
		eph_dest_json_members(jw, &v[i].d);
		rate_json(jw, &v[i].r);
		jsonw_obj_end(jw);
	}
	jsonw_arr_end(jw);
	jsonw_obj_end(jw);
	free(v);
	return jsonw_flush(jw);
}
