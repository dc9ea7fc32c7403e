/* SPDX-License-Identifier: MIT */
/* view_line.h - the lines of the live views (--watch, --ephemeral --watch)
 * fitted to the terminal: cells padded, cut and elided by display columns,
 * the window of rows the screen holds, and its scrolling. */
#ifndef SOCKLS_VIEW_LINE_H
#define SOCKLS_VIEW_LINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define VLINE_MAX 2048  /* bytes of one line, NUL included */
#define VIEW_ELLIPSIS "\xe2\x80\xa6" /* U+2026, one column: text left out */

struct vline {
	char buf[VLINE_MAX];
	size_t len;
};

/* Columns of escaped text (sockls/width.h). */
size_t vline_width(const char *text);
/* Appends text in exactly w columns: padded with spaces (on the left when
 * right), or, when longer, its middle left out for VIEW_ELLIPSIS (the end
 * of an address, its port or inode, stays). A space goes before every cell
 * but the first. Text must be escaped already. */
void vline_cell(struct vline *l, const char *text, size_t w, bool right);
/* Appends text as it is. */
void vline_add(struct vline *l, const char *text);

/* One line of a live view: at most cols columns of text (cut by display
 * columns, never inside a UTF-8 sequence or a wide character), then clear
 * to the end of the line and a newline. */
void view_put_line(FILE *out, const char *text, unsigned int cols);

/* The rows a live view shows: top is the first, page how many fit. */
struct view_scroll {
	size_t top, page;
};
enum view_move { VIEW_UP, VIEW_DOWN, VIEW_PAGE_UP, VIEW_PAGE_DOWN, VIEW_HOME, VIEW_END };

/* The move a key asks for (Up, Down, PgUp, PgDn, Home, End, j, k, g, G as
 * term_wait_key returns them), or -1. */
int view_scroll_key(int key);
/* Moves the window; the next view_scroll_fit() keeps it in bounds. */
void view_scroll_move(struct view_scroll *sc, enum view_move m);
/* total rows for lines screen lines: all of them, or as many as fit beside
 * the note that says how many are hidden. Keeps top in bounds, sets page;
 * returns how many rows to draw from top. */
size_t view_scroll_fit(struct view_scroll *sc, size_t total, size_t lines);
/* The note under a window that does not show every row:
 * "... 37 more rows (0 above, 37 below), scroll: Up/Down j/k PgUp/PgDn Home/End". */
void view_scroll_note(const struct view_scroll *sc, size_t total, size_t shown, char *buf,
		      size_t cap);

#endif
