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

/* Every key ends in the cookie (the table's key) so the order is stable. */
static int cmp_ent(const void *pa, const void *pb)
{
	const struct snap_ent *a = *(const struct snap_ent *const *)pa;
	const struct snap_ent *b = *(const struct snap_ent *const *)pb;
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

static int sort_entries(struct view *v, const struct snap *s, enum view_sort k)
{
	size_t n = snap_count(s);

	if (n > v->cap) {
		const struct snap_ent **o = realloc(v->order, n * sizeof(const struct snap_ent *));
		if (!o)
			return -ENOMEM;
		v->order = o;
		v->cap = n;
	}
	for (size_t i = 0; i < n; i++)
		v->order[i] = snap_at(s, i);
	sort_key = k;
	qsort(v->order, n, sizeof(const struct snap_ent *), cmp_ent);
	return 0;
}

/* Writes at most cols columns of text and the end of line; never cuts a
 * UTF-8 sequence (esc_term output is printable, one column per character
 * is assumed). */
void view_put_line(FILE *out, const char *text, unsigned int cols)
{
	size_t n = strlen(text), col = 0, i = 0;

	for (; i < n && col < cols; i++)
		col += ((unsigned char)text[i] & 0xc0) != 0x80;
	while (i < n && ((unsigned char)text[i] & 0xc0) == 0x80)
		i++;
	if (col == cols && i < n && ((unsigned char)text[i - 1] & 0x80))
		while (i > 0 && ((unsigned char)text[i - 1] & 0xc0) == 0x80)
			i--;
	fwrite(text, 1, i, out);
	fputs("\x1b[K\r\n", out);
}

static void rate_text(char *buf, size_t cap, const struct snap_ent *e)
{
	double r = e->tx_bps;
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

static void ent_line(char *line, size_t cap, const struct snap_ent *e, bool owners)
{
	static const char marks[] = " + -.";
	char l[ADDR_TEXT_MAX], r[ADDR_TEXT_MAX], tx[16], rx[16];
	char comm[ESC_TERM_SIZE(sizeof(e->comm))];
	struct snap_ent rxe = *e;
	int n;

	addr_format_endpoint(l, sizeof(l), e->family, &e->local, NULL);
	addr_format_endpoint(r, sizeof(r), e->family, &e->remote, NULL);
	rate_text(tx, sizeof(tx), e);
	rxe.tx_bps = e->rx_bps;
	rate_text(rx, sizeof(rx), &rxe);
	n = snprintf(line, cap, "%c %-5s %-11s %-28s %-28s %8s %8s", marks[e->mark],
		     sock_proto_name(e->proto), sock_state_name(e->proto, e->state), l, r, tx, rx);
	if (owners && e->have_owner && n > 0 && (size_t)n < cap) {
		esc_term(e->comm, strnlen(e->comm, sizeof(e->comm)), comm, sizeof(comm));
		snprintf(line + n, cap - (size_t)n, "  %s(%d)", comm, (int)e->pid);
	}
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

int view_render(struct view *v, FILE *out, const struct snap *s, const struct view_cfg *cfg)
{
	char line[LINE_MAX_BYTES];
	size_t n = snap_count(s), shown = 0;
	unsigned int rows = cfg->rows < 4 ? 4 : cfg->rows;

	if (sort_entries(v, s, cfg->sort) < 0)
		return -ENOMEM;
	fputs("\x1b[H", out);
	snprintf(line, sizeof(line), "sockls --watch  every %.1fs  %zu sockets  sort: %s%s%s%s   "
		 "q quit  p pause  s/r/t/d/o sort", cfg->interval_ms / 1000.0, n, view_sort_name(cfg->sort),
		 cfg->paused ? "  [paused]" : "", cfg->note ? "  " : "", cfg->note ? cfg->note : "");
	fputs("\x1b[7m", out);
	view_put_line(out, line, cfg->cols);
	fputs("\x1b[0m", out);
	if (cfg->fresh)
		count_states(v, s);
	totals_line(v, n ? snap_at(s, 0)->proto : PROTO_TCP, line, sizeof(line));
	view_put_line(out, line, cfg->cols);
	snprintf(line, sizeof(line), "  %-5s %-11s %-28s %-28s %8s %8s%s", "Netid", "State",
		 "Local Address:Port", "Peer Address:Port", "Tx B/s", "Rx B/s", cfg->owners ? "  Owner" : "");
	view_put_line(out, line, cfg->cols);
	for (; shown < n && shown + 4 < rows; shown++) {
		ent_line(line, sizeof(line), v->order[shown], cfg->owners);
		view_put_line(out, line, cfg->cols);
	}
	fputs("\x1b[J", out);
	if (fflush(out) != 0 || ferror(out))
		return errno ? -errno : -EIO;
	return 0;
}
