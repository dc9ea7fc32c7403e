/* SPDX-License-Identifier: MIT */
/* watch_view.c - the --watch screen. Hand-written ANSI/VT100 escapes rather
 * than ncurses: the view needs five sequences every terminal sockls runs in
 * understands (alternate screen, cursor home, clear to end of line/screen,
 * reverse video), it redraws whole lines so ncurses' diffing buys little, and
 * keeping signal handling and terminal restore in our own hands (SIGINT,
 * SIGTERM, SIGWINCH) avoids a second owner of the terminal and a new build
 * dependency. All socket text passes esc_term() first. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/addr.h"
#include "sockls/esc.h"
#include "sockls/proto.h"
#include "sockls/view_line.h"
#include "sockls/watch_out.h"

#define LINE_MAX_BYTES 1024

struct view {
	const struct snap_ent **order;
	size_t cap;
	size_t prev_states[ST_MAX], cur_states[ST_MAX];
	unsigned int dumps;  /* dumps counted so far: a change needs two */
};

struct view *view_new(void)
{
	return calloc(1, sizeof(struct view));
}

void view_free(struct view *v)
{
	if (!v)
		return;
	free(v->order);
	free(v);
}

const char *view_sort_name(enum view_sort k)
{
	static const char *const names[] = { "rate", "state", "remote", "owner" };

	return k < VIEW_SORT_MAX ? names[k] : "?";
}

static int cmp_u64(uint64_t a, uint64_t b)
{
	return a < b ? -1 : a > b;
}

static int cmp_rate(const struct snap_ent *a, const struct snap_ent *b)
{
	double x = a->tx_bps + a->rx_bps, y = b->tx_bps + b->rx_bps;

	return x > y ? -1 : x < y;
}

static int cmp_remote(const struct snap_ent *a, const struct snap_ent *b)
{
	int c = a->family - b->family;

	if (!c)
		c = memcmp(a->remote.addr, b->remote.addr, 16);
	return c ? c : a->remote.port - b->remote.port;
}

static enum view_sort sort_key;

/* Every key ends in the cookie (the table's key) so the order is total. */
static int cmp(const struct snap_ent *a, const struct snap_ent *b)
{
	int c = 0;

	switch (sort_key) {
	case VIEW_SORT_RATE: c = cmp_rate(a, b); break;
	case VIEW_SORT_STATE: c = a->state - b->state; break;
	case VIEW_SORT_REMOTE: c = cmp_remote(a, b); break;
	case VIEW_SORT_OWNER:
		c = (b->have_owner - a->have_owner);
		if (!c)
			c = strcmp(a->comm, b->comm);
		if (!c)
			c = a->pid - b->pid;
		break;
	default: break;
	}
	if (!c)
		c = a->local.port - b->local.port;
	return c ? c : cmp_u64(a->key, b->key);
}

static int cmp_ent(const void *pa, const void *pb)
{
	return cmp(*(const struct snap_ent *const *)pa, *(const struct snap_ent *const *)pb);
}

/* Keeps the heap h[0..n) with its last entry in the order at the root. */
static void sift_down(const struct snap_ent **h, size_t n, size_t i)
{
	for (;;) {
		size_t l = 2 * i + 1, m = i;
		const struct snap_ent *t;
		if (l < n && cmp(h[l], h[m]) > 0)
			m = l;
		if (l + 1 < n && cmp(h[l + 1], h[m]) > 0)
			m = l + 1;
		if (m == i)
			return;
		t = h[i];
		h[i] = h[m];
		h[m] = t;
		i = m;
	}
}

static void sift_up(const struct snap_ent **h, size_t i)
{
	while (i > 0 && cmp(h[(i - 1) / 2], h[i]) < 0) {
		const struct snap_ent *t = h[(i - 1) / 2];
		h[(i - 1) / 2] = h[i];
		h[i] = t;
		i = (i - 1) / 2;
	}
}

/* The first want entries of s in the order of k, sorted, in v->order: a
 * heap of the want first seen so far (n log want, where sorting them all is
 * n log n); a window far down the list sorts them all. */
static int sort_entries(struct view *v, const struct snap *s, enum view_sort k, size_t want)
{
	size_t n = snap_count(s), kept = 0;

	if (n > v->cap) {
		const struct snap_ent **o = realloc(v->order, n * sizeof(const struct snap_ent *));
		if (!o)
			return -ENOMEM;
		v->order = o;
		v->cap = n;
	}
	sort_key = k;
	if (want > n / 8)
		want = n;
	if (!want)
		return 0;
	for (size_t i = 0; i < n; i++) {
		const struct snap_ent *e = snap_at(s, i);
		if (kept < want) {
			v->order[kept] = e;
			sift_up(v->order, kept++);
		} else if (cmp(e, v->order[0]) < 0) {
			v->order[0] = e;
			sift_down(v->order, kept, 0);
		}
	}
	qsort(v->order, kept, sizeof(const struct snap_ent *), cmp_ent);
	return 0;
}

static void rate_text(char *buf, size_t cap, const struct snap_ent *e, double r)
{
	static const char units[] = " KMGT";
	int u = 0;

	if (!e->have_bytes || e->mark == SNAP_NEW || e->mark >= SNAP_CLOSED) {
		snprintf(buf, cap, "-");
		return;
	}
	while (r >= 1000.0 && u < 4) {
		r /= 1000.0;
		u++;
	}
	snprintf(buf, cap, u ? "%.1f%c" : "%.0f", r, units[u]);
}

/* The texts of one row, escaped: as the table prints the Netid, Local and
 * Peer columns (snap_add_text), the rates and the first owner. */
struct ent_cells {
	const char *netid, *state, *local, *peer;
	char lbuf[ADDR_TEXT_MAX], pbuf[ADDR_TEXT_MAX], tx[16], rx[16];
	char owner[ESC_TERM_SIZE(sizeof(((struct snap_ent *)0)->comm)) + 16];
};

static void ent_cells(struct ent_cells *c, const struct snap *s, const struct snap_ent *e,
		      bool owners)
{
	char comm[ESC_TERM_SIZE(sizeof(e->comm))];

	c->netid = e->netid ? e->netid : sock_proto_name(e->proto);
	c->state = sock_state_name(e->proto, e->state);
	c->local = snap_local_text(s, e);
	c->peer = snap_peer_text(s, e);
	if (!c->local) {
		addr_format_endpoint(c->lbuf, sizeof(c->lbuf), e->family, &e->local, NULL);
		addr_format_endpoint(c->pbuf, sizeof(c->pbuf), e->family, &e->remote, NULL);
		c->local = c->lbuf;
		c->peer = c->pbuf;
	}
	rate_text(c->tx, sizeof(c->tx), e, e->tx_bps);
	rate_text(c->rx, sizeof(c->rx), e, e->rx_bps);
	c->owner[0] = '\0';
	if (owners && e->have_owner) {
		esc_term(e->comm, strnlen(e->comm, sizeof(e->comm)), comm, sizeof(comm));
		snprintf(c->owner, sizeof(c->owner), "%s(%d)", comm, (int)e->pid);
	}
}

/* Column widths: what the rows shown need, then the addresses narrowed
 * (their middle elided) until the line fits, the rates and the owner kept. */
struct widths {
	size_t netid, state, local, peer, tx, rx, owner;
};

#define ADDR_MIN 9   /* an address column narrower than this says little */
#define OWNER_MIN 5  /* "Owner" */

static size_t max_sz(size_t a, size_t b)
{
	return a > b ? a : b;
}

static void widen(struct widths *w, const struct ent_cells *c)
{
	w->netid = max_sz(w->netid, vline_width(c->netid));
	w->state = max_sz(w->state, vline_width(c->state));
	w->local = max_sz(w->local, vline_width(c->local));
	w->peer = max_sz(w->peer, vline_width(c->peer));
	w->tx = max_sz(w->tx, strlen(c->tx));
	w->rx = max_sz(w->rx, strlen(c->rx));
	w->owner = max_sz(w->owner, vline_width(c->owner));
}

/* The addresses share room: each its own text when both fit, else the
 * narrower whole (at least ADDR_MIN) and the other the rest; w's widths
 * are the rows' (hw the header's, elided when room is short). */
static void share(size_t *a, size_t *b, size_t ha, size_t hb, size_t room)
{
	size_t half = room / 2;

	*a = max_sz(*a, ADDR_MIN);
	*b = max_sz(*b, ADDR_MIN);
	if (*a + *b <= room) {
		size_t extra = room - *a - *b, ga = ha > *a ? ha - *a : 0, gb = hb > *b ? hb - *b : 0;
		gb = gb < extra ? gb : extra;
		ga = ga < extra - gb ? ga : extra - gb;
		*a += ga;
		*b += gb;
	} else if (*a <= half) {
		*b = max_sz(room - *a, ADDR_MIN);
	} else if (*b <= room - half) {
		*a = max_sz(room - *b, ADDR_MIN);
	} else {
		*a = max_sz(half, ADDR_MIN);
		*b = max_sz(room - half, ADDR_MIN);
	}
}

static void fit(struct widths *w, const struct widths *hw, unsigned int cols, bool owners)
{
	/* mark, then a space before each column (two before the owner) */
	size_t fixed = 1 + 1 + w->netid + 1 + w->state + 1 + 1 + 1 + w->tx + 1 + w->rx;
	size_t room;

	if (owners)
		fixed += 2 + w->owner;
	room = cols > fixed ? cols - fixed : 0;
	if (owners && room < 2 * ADDR_MIN && w->owner > OWNER_MIN) {
		size_t take = 2 * ADDR_MIN - room;
		take = take < w->owner - OWNER_MIN ? take : w->owner - OWNER_MIN;
		w->owner -= take;
		room += take;
	}
	if (max_sz(w->local, hw->local) + max_sz(w->peer, hw->peer) <= room) {
		w->local = max_sz(w->local, hw->local);
		w->peer = max_sz(w->peer, hw->peer);
		return;
	}
	share(&w->local, &w->peer, hw->local, hw->peer, room);
}

static void put_row(FILE *out, const struct widths *w, char mark, const struct ent_cells *c,
		    bool owners, unsigned int cols)
{
	struct vline l = { .len = 0 };
	char m[2] = { mark, '\0' };

	vline_cell(&l, m, 1, false);
	vline_cell(&l, c->netid, w->netid, false);
	vline_cell(&l, c->state, w->state, false);
	vline_cell(&l, c->local, w->local, false);
	vline_cell(&l, c->peer, w->peer, false);
	vline_cell(&l, c->tx, w->tx, true);
	vline_cell(&l, c->rx, w->rx, true);
	if (owners) {
		vline_add(&l, " ");
		vline_cell(&l, c->owner, w->owner, false);
	}
	view_put_line(out, l.buf, cols);
}

/* Open sockets per state of the dump, and of the one before. */
static void count_states(struct view *v, const struct snap *s)
{
	memcpy(v->prev_states, v->cur_states, sizeof(v->cur_states));
	memset(v->cur_states, 0, sizeof(v->cur_states));
	for (size_t i = 0; i < snap_count(s); i++)
		if (snap_at(s, i)->mark <= SNAP_CHANGED && snap_at(s, i)->state < ST_MAX)
			v->cur_states[snap_at(s, i)->state]++;
	v->dumps++;
}

/* "ESTAB 12 (+2)  LISTEN 3 ...": open sockets per state and the change. */
static void totals_line(const struct view *v, unsigned int proto, char *line, size_t cap)
{
	size_t used = 0;

	line[0] = '\0';
	for (unsigned int st = 1; st < ST_MAX && used + 40 < cap; st++) {
		size_t c = v->cur_states[st];
		long d = v->dumps > 1 ? (long)c - (long)v->prev_states[st] : 0;
		if (!c && !d)
			continue;
		used += (size_t)snprintf(line + used, cap - used, d ? "%s %zu (%+ld)  " : "%s %zu  ",
					 sock_state_name(proto, st), c, d);
	}
}

/* The title, with the keys when they fit. */
static void title_line(FILE *out, size_t n, const struct view_cfg *cfg)
{
	struct vline l = { .len = 0 };
	static const char keys[] = "   q quit  p pause  s/r/t/d/o sort  j/k scroll";

	snprintf(l.buf, sizeof(l.buf), "sockls --watch  every %.1fs  %zu sockets  sort: %s%s%s%s",
		 cfg->interval_ms / 1000.0, n, view_sort_name(cfg->sort),
		 cfg->paused ? "  [paused]" : "", cfg->note ? "  " : "", cfg->note ? cfg->note : "");
	l.len = strlen(l.buf);
	if (vline_width(l.buf) + sizeof(keys) - 1 <= cfg->cols)
		vline_add(&l, keys);
	else if (vline_width(l.buf) + sizeof("   q quit") - 1 <= cfg->cols)
		vline_add(&l, "   q quit");
	fputs("\x1b[7m", out);
	view_put_line(out, l.buf, cfg->cols);
	fputs("\x1b[0m", out);
}

int view_render(struct view *v, FILE *out, const struct snap *s, const struct view_cfg *cfg)
{
	static const struct ent_cells head = {
		.netid = "Netid", .state = "State", .local = "Local Address:Port",
		.peer = "Peer Address:Port", .tx = "Tx B/s", .rx = "Rx B/s", .owner = "Owner",
	};
	struct view_scroll none = { 0, 0 }, *sc = cfg->scroll ? cfg->scroll : &none;
	struct widths w = { 0, 0, 0, 0, 0, 0, 0 }, hw = w;
	struct ent_cells c;
	char line[LINE_MAX_BYTES];
	size_t n = snap_count(s), shown;
	unsigned int rows = cfg->rows < 5 ? 5 : cfg->rows;

	/* title, totals and header above; the last line stays empty */
	shown = view_scroll_fit(sc, n, rows - 4);
	if (sort_entries(v, s, cfg->sort, sc->top + shown) < 0)
		return -ENOMEM;
	fputs("\x1b[H", out);
	title_line(out, n, cfg);
	if (cfg->fresh)
		count_states(v, s);
	/* the state names of the first socket's kind (the first row's when none) */
	totals_line(v, n ? snap_at(s, 0)->proto : proto_table[0].id, line, sizeof(line));
	view_put_line(out, line, cfg->cols);
	widen(&hw, &head);
	w = hw;
	w.local = w.peer = 0;
	for (size_t i = sc->top; i < sc->top + shown; i++) {
		ent_cells(&c, s, v->order[i], cfg->owners);
		widen(&w, &c);
	}
	fit(&w, &hw, cfg->cols, cfg->owners);
	put_row(out, &w, ' ', &head, cfg->owners, cfg->cols);
	for (size_t i = sc->top; i < sc->top + shown; i++) {
		static const char marks[] = " + -.";
		ent_cells(&c, s, v->order[i], cfg->owners);
		put_row(out, &w, marks[v->order[i]->mark], &c, cfg->owners, cfg->cols);
	}
	if (shown < n) {
		view_scroll_note(sc, n, shown, line, sizeof(line));
		view_put_line(out, line, cfg->cols);
	}
	fputs("\x1b[J", out);
	if (fflush(out) != 0 || ferror(out))
		return errno ? -errno : -EIO;
	return 0;
}
