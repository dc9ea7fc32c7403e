/* SPDX-License-Identifier: MIT */
/* table.c - the human table: every row is formatted once and held until the
 * column widths are known, so the table is straight however long it is. A
 * held row starts with its length, so nothing scans for its end. At most
 * ARENA_SIZE bytes (or cfg.lookahead rows) stay in memory; the rest wait in
 * an unlinked temporary file (spill.c) and are read back at the end. Lines
 * are gathered into large writes. Only when no temporary file can be made do
 * the widths freeze at what was seen. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/addr.h"
#include "sockls/details.h"
#include "sockls/esc.h"
#include "sockls/spill.h"
#include "sockls/query.h"
#include "sockls/proto.h"
#include "sockls/table.h"
#include "sockls/writer.h"

enum col {
	COL_NETNS,
	COL_NETID,
	COL_STATE,
	COL_RECVQ,
	COL_SENDQ,
	COL_LOCAL,
	COL_PEER,
	COL_SERVICE,
	COL_TAIL,   /* process and detail text: unaligned, last */
	COL_NEXT,   /* continuation line (-i), may be empty */
	NCOLS
};
#define NALIGNED COL_TAIL

static const char *const headers[NALIGNED] = {
	"Netns", "Netid", "State", "Recv-Q", "Send-Q",
	"Local Address:Port", "Peer Address:Port", "Service",
};

#define TABLE_LOOKAHEAD ((size_t)-1) /* rows in memory: bounded by ARENA_SIZE only */
#define ARENA_SIZE (512u * 1024)   /* fits a cache: read back while still warm */
#define CELL_MAX TABLE_CELL_MAX       /* bytes of one cell, NUL included */
#define ROW_MAX (NCOLS * CELL_MAX)    /* one formatted row */
#define HELD_HDR 2                    /* a held row: length of its cells (u16), then they */
#define LINE_MAX_LEN (NCOLS * (CELL_MAX + 2) + 8) /* cells, padding, tab, newline */
#define OUT_SIZE (LINE_MAX_LEN * 4)   /* lines gathered for one fwrite() */

#define CUT_MARK "..."                /* a cell cut short ends with it */
#define IF_NAME_MAX 64

struct table {
	FILE *out;
	struct table_cfg cfg;
	size_t width[NALIGNED];
	bool flushed;        /* widths fixed, rows go straight out */
	struct spill *spill; /* rows parked beyond the arena, NULL until needed */
	bool no_spill;       /* no temporary file could be made: stream instead */
	size_t spilled;      /* bytes of whole rows in the temporary file */
	size_t nrows;
	size_t used;
	char *arena;         /* pending rows: HELD_HDR, then NCOLS NUL-terminated cells */
	char *out_buf;       /* OUT_SIZE: lines not yet handed to fwrite() */
	size_t out_len;
	char *rowbuf;        /* ROW_MAX: a row once the widths are fixed */
};

struct table *table_new(FILE *out, const struct table_cfg *cfg)
{
	struct table *t = calloc(1, sizeof(*t));

	if (!t)
		return NULL;
	t->arena = malloc(ARENA_SIZE);
	t->out_buf = malloc(OUT_SIZE);
	t->rowbuf = malloc(ROW_MAX);
	if (!t->arena || !t->out_buf || !t->rowbuf) {
		table_free(t);
		return NULL;
	}
	t->out = out;
	t->cfg = *cfg;
	if (!t->cfg.lookahead)
		t->cfg.lookahead = TABLE_LOOKAHEAD;
	for (int c = 0; c < NALIGNED; c++)
		t->width[c] = cfg->header ? strlen(headers[c]) : 0;
	return t;
}

void table_free(struct table *t)
{
	if (!t)
		return;
	spill_close(t->spill);
	free(t->arena);
	free(t->out_buf);
	free(t->rowbuf);
	free(t);
}

const char *table_netid(const struct sock_rec *rec)
{
	return proto_netid(rec);
}

static size_t fmt_unix_end(char *buf, size_t cap, const struct sock_rec *rec, bool local)
{
	char num[24];
	size_t n = 0, d;

	if (local && rec->path_len) {
		bool abstract = rec->path[0] == '\0';
		if (abstract)
			buf[n++] = '@';
		n += esc_term(rec->path + abstract, rec->path_len - abstract, buf + n, cap - n - 24);
	} else {
		buf[n++] = '*';
	}
	{
		/* Like ss, the peer column always has an inode (0: no peer), so the
		 * column count is the same on every row for awk; "?" when the
		 * source cannot know the peer (/proc). */
		bool known = local ? (rec->have & HAVE_INODE) : (rec->have & HAVE_PEER_INODE);
		d = known ? addr_utoa(num, local ? rec->inode : rec->peer_inode) : 1;
		if (!known)
			num[0] = '?';
		buf[n++] = ' ';
		memcpy(buf + n, num, d);
		n += d;
	}
	buf[n] = '\0';
	return n;
}

/* Copies text into one cell of at most CELL_MAX bytes (NUL included); a
 * longer text is cut visibly, at a UTF-8 boundary, with CUT_MARK. Returns
 * the position after the NUL. */
static char *put_cell(char *p, const char *s, size_t n)
{
	if (n > CELL_MAX - 1) {
		size_t keep = CELL_MAX - 1 - (sizeof(CUT_MARK) - 1);
		while (keep > 0 && ((unsigned char)s[keep] & 0xc0) == 0x80)
			keep--;
		memcpy(p, s, keep);
		memcpy(p + keep, CUT_MARK, sizeof(CUT_MARK));
		return p + keep + sizeof(CUT_MARK);
	}
	memcpy(p, s, n);
	p[n] = '\0';
	return p + n + 1;
}

/* Outside text (a --services name, an interface name) escaped for the terminal. */
static char *put_escaped(char *p, const char *s, size_t n)
{
	char tmp[CELL_MAX + 8];
	size_t w = esc_term(s, n, tmp, sizeof(tmp));

	if (w < esc_term_len(s, n))
		w = sizeof(tmp) - 1; /* let put_cell mark the cut */
	return put_cell(p, tmp, w);
}

/* A dual-stack wildcard is "*" as in ss, local and peer alike; a link-local
 * address whose scope id the source did not give (/proc) ends in "%?". */
static char *put_endpoint(char *p, const struct sock_rec *rec, const struct sock_endpoint *ep,
			  const char *ifname)
{
	char esc[ESC_TERM_SIZE(IF_NAME_MAX)], text[ADDR_TEXT_MAX];
	size_t n;

	if (sock_dual_stack(rec) == 1 && sock_addr_is_any(AF_INET6, ep->addr)) {
		n = (size_t)snprintf(text, sizeof(text), "*:");
		n += ep->port ? addr_utoa(text + n, ep->port) : (size_t)(text[n] = '*', 1);
		return put_cell(p, text, n);
	}
	if (ep == &rec->local && !(rec->have & HAVE_IFINDEX) &&
	    sock_is_linklocal(rec->family, ep->addr))
		ifname = "?";
	if (ifname)
		esc_term(ifname, strnlen(ifname, IF_NAME_MAX), esc, sizeof(esc));
	n = addr_format_endpoint(text, sizeof(text), rec->family, ep, ifname ? esc : NULL);
	return put_cell(p, text, n);
}

/* A kind drawn by its row (packet, netlink, vsock): the columns as ss fills
 * them; the local one names the process of a port id (PROTO_F_PORTID) or the
 * interface. */
static char *put_kind_endpoint(char *p, const struct sock_row *row, bool local)
{
	char esc[ESC_TERM_SIZE(IF_NAME_MAX)], text[ADDR_TEXT_MAX];
	const char *name = NULL;
	size_t n;

	if (local)
		name = proto_has(row->rec->proto, PROTO_F_PORTID) ? row->portid_comm :
								    row->local.ifname;
	if (name)
		esc_term(name, strnlen(name, IF_NAME_MAX), esc, sizeof(esc));
	n = proto_endpoint(text, sizeof(text), row->rec, local, name ? esc : NULL);
	return put_cell(p, text, n);
}

size_t table_endpoint(const struct sock_row *row, bool local, char *buf)
{
	const struct sock_rec *rec = row->rec;

	switch (proto_draw(rec->proto)) {
	case PROTO_DRAW_PATH: return fmt_unix_end(buf, CELL_MAX, rec, local);
	case PROTO_DRAW_OWN: return (size_t)(put_kind_endpoint(buf, row, local) - buf) - 1;
	case PROTO_DRAW_INET: break;
	}
	return (size_t)(put_endpoint(buf, rec, local ? &rec->local : &rec->remote,
				     local ? row->local.ifname : NULL) - buf) - 1;
}

/* The text of -p and -e/-o/-m, then of -i, each one cell. */
static char *put_details(struct table *t, char *p, const struct sock_row *row)
{
	char buf[CELL_MAX];
	size_t n = 0;

	if (t->cfg.ext & EXT_PROCESSES)
		n = details_owners(row, buf, sizeof(buf));
	if ((t->cfg.ext & EXT_PEERS) && row->n_peers && n + 1 < sizeof(buf)) {
		if (n)
			buf[n++] = ' ';
		n += details_peers(row, buf + n, sizeof(buf) - n);
	}
	if ((t->cfg.ext & EXT_CGROUP) && n + 2 < sizeof(buf)) {
		const char *l = row->cg_label ? row->cg_label : "?";
		if (n)
			buf[n++] = ' ';
		n += esc_term(l, strlen(l), buf + n, sizeof(buf) - n); /* a path is outside text */
	}
	if ((t->cfg.ext & (EXT_EXTENDED | EXT_TIMERS | EXT_MEMORY)) && n + 1 < sizeof(buf)) {
		if (n)
			buf[n++] = ' ';
		n += details_format(row, t->cfg.ext & ~(uint32_t)EXT_INFO, buf + n, sizeof(buf) - n);
	}
	p = put_cell(p, buf, n);
	n = 0;
	if ((t->cfg.ext & EXT_INFO) &&
	    (proto_has(row->rec->proto, PROTO_F_TCPINFO) ||
	     proto_has(row->rec->proto, PROTO_F_MPTCPINFO)))
		n = details_format(row, EXT_INFO, buf, sizeof(buf));
	return put_cell(p, buf, n);
}

/* Format one record into the NCOLS cells, each NUL-terminated and at most
 * CELL_MAX bytes, at dst (ROW_MAX bytes). Returns the bytes used. */
static size_t fmt_cells(struct table *t, const struct sock_row *row, char *dst)
{
	const struct sock_rec *rec = row->rec;
	const char *netid = table_netid(rec), *state = sock_state_name(rec->proto, rec->state);
	char num[24], tag[CELL_MAX];
	char *p = dst;
	size_t tn = t->cfg.netns && row->netns ?
		    details_netns(row->netns, row->netns_owner, tag, sizeof(tag)) : 0;

	p = put_cell(p, tag, tn);
	p = put_cell(p, netid, strlen(netid));
	p = put_cell(p, state, strlen(state));
	size_t n = rec->have & HAVE_RECV_Q ? addr_utoa(num, rec->recv_q) : (num[0] = '?', 1);
	p = put_cell(p, num, n);
	n = rec->have & HAVE_SEND_Q ? addr_utoa(num, rec->send_q) : (num[0] = '?', 1);
	p = put_cell(p, num, n);
	switch (proto_draw(rec->proto)) {
	case PROTO_DRAW_PATH:
		p += fmt_unix_end(p, CELL_MAX, rec, true) + 1;
		p += fmt_unix_end(p, CELL_MAX, rec, false) + 1;
		break;
	case PROTO_DRAW_OWN:
		p = put_kind_endpoint(p, row, true);
		p = put_kind_endpoint(p, row, false);
		break;
	case PROTO_DRAW_INET:
		p = put_endpoint(p, rec, &rec->local, row->local.ifname);
		p = put_endpoint(p, rec, &rec->remote, NULL);
		break;
	}
	p = put_escaped(p, row->service ? row->service : "", row->service ? strlen(row->service) : 0);
	p = put_details(t, p, row);
	return (size_t)(p - dst);
}

/* ss's column rules, so awk '{print $4}' is the same column in both tools. */
static bool col_hidden(const struct table_cfg *cfg, int col)
{
	return (col == COL_NETNS && !cfg->netns) || (col == COL_NETID && cfg->no_netid) ||
	       (col == COL_STATE && cfg->no_state);
}

/* The title of the detail text: ss's "Process" with -p, else "Details". */
static const char *tail_header(const struct table_cfg *cfg)
{
	if (cfg->ext & EXT_PROCESSES)
		return "Process";
	return cfg->ext & (EXT_EXTENDED | EXT_TIMERS | EXT_MEMORY) ? "Details" : "";
}

static int out_flush(struct table *t)
{
	size_t n = t->out_len;

	t->out_len = 0;
	if (n && fwrite(t->out_buf, 1, n, t->out) != n)
		return errno ? -errno : -EIO;
	return 0;
}

/* One line into the output buffer; handed to fwrite() when the next might
 * not fit (out_flush() after the last). */
static int put_line(struct table *t, const char *cells)
{
	char *line, *o;
	const char *c = cells;
	int err;

	if (OUT_SIZE - t->out_len < LINE_MAX_LEN && (err = out_flush(t)) < 0)
		return err;
	line = o = t->out_buf + t->out_len;

	for (int i = 0; i < NALIGNED; i++) {
		size_t len = strlen(c);
		if (col_hidden(&t->cfg, i)) {
			c += len + 1;
			continue;
		}
		memcpy(o, c, len); // NOLINT(bugprone-not-null-terminated-result): a line, ended below
		o += len;
		if (i < NALIGNED - 1 || c[len + 1]) {
			size_t pad = t->width[i] > len ? t->width[i] - len : 0;
			memset(o, ' ', pad + 1);
			o += pad + 1;
		}
		c += len + 1;
	}
	o = stpcpy(o, c);
	while (o > line && o[-1] == ' ')
		o--;
	c += strlen(c) + 1;
	if (*c) {
		*o++ = '\n';
		*o++ = '\t';
		o = stpcpy(o, c);
	}
	*o++ = '\n';
	t->out_len += (size_t)(o - line);
	return 0;
}

/* A line written now (the rows that stream once the widths froze). */
static int emit_line(struct table *t, const char *cells)
{
	int err = put_line(t, cells);

	return err < 0 ? err : out_flush(t);
}

static void widen(struct table *t, const char *cells)
{
	for (int i = 0; i < NALIGNED; i++) {
		size_t len = strlen(cells);
		if (len > t->width[i])
			t->width[i] = len;
		cells += len + 1;
	}
}

static int emit_header(struct table *t)
{
	char hdr[NCOLS * 24];
	char *p = hdr;

	if (t->flushed || !t->cfg.header)
		return 0;
	for (int i = 0; i < NALIGNED; i++)
		p = stpcpy(p, headers[i]) + 1;
	p = stpcpy(p, tail_header(&t->cfg)) + 1;
	*p++ = '\0';
	return emit_line(t, hdr);
}

static size_t held_len(const char *c)
{
	uint16_t n;

	memcpy(&n, c, sizeof(n));
	return n;
}

/* The bytes of the whole held rows at the start of c[0..len). */
static size_t whole_rows(const char *c, size_t len, size_t *nrows)
{
	size_t pos = 0;

	*nrows = 0;
	while (len - pos >= HELD_HDR && len - pos - HELD_HDR >= held_len(c + pos)) {
		pos += HELD_HDR + held_len(c + pos);
		(*nrows)++;
	}
	return pos;
}

static int emit_rows(struct table *t, const char *c, size_t nrows)
{
	int err = 0;

	for (size_t r = 0; r < nrows && err == 0; r++) {
		err = put_line(t, c + HELD_HDR);
		c += HELD_HDR + held_len(c);
	}
	return err < 0 ? err : out_flush(t);
}

static int flush_pending(struct table *t)
{
	int err = emit_header(t);

	t->flushed = true;
	if (err == 0)
		err = emit_rows(t, t->arena, t->nrows);
	t->nrows = 0;
	t->used = 0;
	return err;
}

/* Reads back limit bytes of parked rows through buf (ARENA_SIZE) and writes them. */
static int read_back(struct table *t, char *buf, size_t limit)
{
	size_t keep = 0, n;
	long got = 0;
	int err;

	if ((err = spill_rewind(t->spill)) < 0)
		return err;
	while (limit > 0) {
		size_t want = ARENA_SIZE - keep < limit ? ARENA_SIZE - keep : limit;
		if ((got = spill_read(t->spill, buf + keep, want)) <= 0)
			return got < 0 ? (int)got : -EIO;
		limit -= (size_t)got;
		size_t len = keep + (size_t)got, used = whole_rows(buf, len, &n);
		if ((err = emit_rows(t, buf, n)) < 0)
			return err;
		keep = len - used;
		memmove(buf, buf + used, keep);
	}
	return 0;
}

/* No temporary file, or no room in it (a full TMPDIR): the widths freeze at
 * the rows seen so far. Those parked come back through a second buffer (as
 * bounded as the arena), then the arena's; later rows stream. The caller
 * hears why through cfg.spill_err. */
static int spill_failed(struct table *t, int why)
{
	char *buf;
	int err;

	t->no_spill = true;
	if (t->cfg.spill_err)
		*t->cfg.spill_err = why;
	if (!t->spill || !t->spilled) {
		spill_close(t->spill);
		t->spill = NULL;
		return flush_pending(t);
	}
	if (!(buf = malloc(ARENA_SIZE)))
		return -ENOMEM;
	err = emit_header(t);
	t->flushed = true;
	if (err == 0)
		err = read_back(t, buf, t->spilled);
	free(buf);
	spill_close(t->spill);
	t->spill = NULL;
	if (err == 0)
		err = emit_rows(t, t->arena, t->nrows);
	t->nrows = 0;
	t->used = 0;
	return err;
}

/* Parks the arena's rows in the temporary file. */
static int spill_pending(struct table *t)
{
	int err;

	if (t->no_spill)
		return flush_pending(t);
	if (!t->spill && (err = spill_open(&t->spill)) < 0)
		return spill_failed(t, err);
	if ((err = spill_write(t->spill, t->arena, t->used)) < 0)
		return spill_failed(t, err);
	t->spilled += t->used;
	t->nrows = 0;
	t->used = 0;
	return 0;
}

/* The parked rows, read back through the arena, then the ones still in it. */
static int emit_spilled(struct table *t)
{
	int err;

	if ((err = spill_pending(t)) < 0)
		return err;
	if (!t->spill) /* it failed just now: all written already */
		return 0;
	return read_back(t, t->arena, t->spilled);
}

int table_row(struct table *t, const struct sock_row *row)
{
	char *dst;
	uint16_t n;

	if (t->flushed) {
		fmt_cells(t, row, t->rowbuf);
		return emit_line(t, t->rowbuf);
	}
	if (ARENA_SIZE - t->used < HELD_HDR + ROW_MAX || t->nrows >= t->cfg.lookahead) {
		int err = spill_pending(t);
		if (err < 0)
			return err;
		return table_row(t, row);
	}
	dst = t->arena + t->used;
	n = (uint16_t)fmt_cells(t, row, dst + HELD_HDR); /* at most ROW_MAX */
	memcpy(dst, &n, sizeof(n));
	widen(t, dst + HELD_HDR);
	t->used += HELD_HDR + n;
	t->nrows++;
	return 0;
}

int table_end(struct table *t)
{
	int err;

	if (t->spill && !t->flushed) {
		err = emit_header(t);
		t->flushed = true;
		if (err == 0)
			err = emit_spilled(t);
	} else {
		err = flush_pending(t);
	}
	if (err == 0 && fflush(t->out) != 0)
		err = errno ? -errno : -EIO;
	return err;
}

static int table_w_open(const struct writer_ctx *ctx, void **state)
{
	struct table_cfg cfg = {
		.header = ctx->header,
		.netns = ctx->netns_column,
		.no_netid = ctx->no_netid,
		.no_state = ctx->no_state,
		.ext = ctx->ext,
		.spill_err = ctx->status ? &ctx->status->spill_err : NULL,
	};

	*state = table_new(ctx->out, &cfg);
	return *state ? 0 : -ENOMEM;
}

static int table_w_row(void *state, const struct sock_row *row)
{
	return table_row(state, row);
}

static int table_w_end(void *state)
{
	return table_end(state);
}

static void table_w_free(void *state)
{
	table_free(state);
}

const struct writer_ops table_writer = {
	.name = "table",
	.open = table_w_open,
	.row = table_w_row,
	.end = table_w_end,
	.free = table_w_free,
};
