/* SPDX-License-Identifier: MIT */
/* view_line.c - lines of the live views fitted by display columns, and the
 * scrolled window of rows (view_line.h). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "sockls/term.h"
#include "sockls/view_line.h"
#include "sockls/width.h"

size_t vline_width(const char *text)
{
	return width_str(text, strlen(text));
}

static void add_bytes(struct vline *l, const char *s, size_t n)
{
	if (n > VLINE_MAX - 1 - l->len) {
		n = VLINE_MAX - 1 - l->len;
		while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
			n--; /* not half a UTF-8 sequence */
	}
	memcpy(l->buf + l->len, s, n);
	l->len += n;
	l->buf[l->len] = '\0';
}

static void add_spaces(struct vline *l, size_t n)
{
	static const char sp[] = "                                ";

	while (n) {
		size_t k = n < sizeof(sp) - 1 ? n : sizeof(sp) - 1;
		add_bytes(l, sp, k);
		n -= k;
	}
}

void vline_add(struct vline *l, const char *text)
{
	add_bytes(l, text, strlen(text));
}

/* The first and last columns of text around VIEW_ELLIPSIS, w columns in
 * all; the end weighs more (a port, a file name and inode). */
static void add_elided(struct vline *l, const char *text, size_t len, size_t w)
{
	size_t head_w = w / 3, tail_w = w - 1 - head_w, hu, tu;
	size_t head = width_cut(text, len, head_w, &hu);
	size_t skip = width_cut_tail(text, len, tail_w, &tu);

	add_bytes(l, text, head);
	add_bytes(l, VIEW_ELLIPSIS, sizeof(VIEW_ELLIPSIS) - 1);
	add_bytes(l, text + skip, len - skip);
	add_spaces(l, w - 1 - hu - tu); /* a wide character that did not fit */
}

void vline_cell(struct vline *l, const char *text, size_t w, bool right)
{
	size_t len = strlen(text), tw = width_str(text, len);

	if (l->len)
		add_bytes(l, " ", 1);
	if (tw > w) {
		if (w)
			add_elided(l, text, len, w);
		return;
	}
	if (right)
		add_spaces(l, w - tw);
	add_bytes(l, text, len);
	if (!right)
		add_spaces(l, w - tw);
}

void view_put_line(FILE *out, const char *text, unsigned int cols)
{
	fwrite(text, 1, width_cut(text, strlen(text), cols, NULL), out);
	fputs("\x1b[K\r\n", out);
}

int view_scroll_key(int key)
{
	switch (key) {
	case TERM_KEY_UP: case 'k': return VIEW_UP;
	case TERM_KEY_DOWN: case 'j': return VIEW_DOWN;
	case TERM_KEY_PGUP: case 'b' & 0x1f: return VIEW_PAGE_UP;   /* Ctrl-B */
	case TERM_KEY_PGDN: case 'f' & 0x1f: return VIEW_PAGE_DOWN; /* Ctrl-F */
	case TERM_KEY_HOME: case 'g': return VIEW_HOME;
	case TERM_KEY_END: case 'G': return VIEW_END;
	default: return -1;
	}
}

void view_scroll_move(struct view_scroll *sc, enum view_move m)
{
	size_t page = sc->page ? sc->page : 1;

	switch (m) {
	case VIEW_UP: sc->top -= sc->top > 0; break;
	case VIEW_DOWN: sc->top++; break;
	case VIEW_PAGE_UP: sc->top = sc->top > page ? sc->top - page : 0; break;
	case VIEW_PAGE_DOWN: sc->top += page; break;
	case VIEW_HOME: sc->top = 0; break;
	case VIEW_END: sc->top = SIZE_MAX / 2; break;
	}
}

size_t view_scroll_fit(struct view_scroll *sc, size_t total, size_t lines)
{
	size_t fit = total <= lines ? total : lines > 0 ? lines - 1 : 0;

	if (sc->top > total - fit)
		sc->top = total - fit;
	sc->page = fit;
	return fit;
}

void view_scroll_note(const struct view_scroll *sc, size_t total, size_t shown, char *buf,
		      size_t cap)
{
	snprintf(buf, cap, "... %zu more rows (%zu above, %zu below), scroll: Up/Down j/k "
		 "PgUp/PgDn Home/End", total - shown, sc->top, total - shown - sc->top);
}
