/* SPDX-License-Identifier: MIT */
/* test_view_line.c - the live views' lines: display columns of UTF-8 text
 * (wide and combining characters), cutting and eliding by columns, and the
 * scrolled window of rows with its note. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sockls/term.h"
#include "sockls/view_line.h"
#include "sockls/width.h"

#define NIHON "\xe6\x97\xa5\xe6\x9c\xac"         /* U+65E5 U+672C: two wide characters */
#define ACUTE "\xcc\x81"                          /* U+0301 COMBINING ACUTE ACCENT */

static void test_widths(void **st)
{
	(void)st;
	assert_int_equal(width_cp('a'), 1);
	assert_int_equal(width_cp(0xe9), 1);
	assert_int_equal(width_cp(0x65e5), 2);
	assert_int_equal(width_cp(0xff21), 2);    /* fullwidth A */
	assert_int_equal(width_cp(0x1f600), 2);   /* an emoji */
	assert_int_equal(width_cp(0x301), 0);
	assert_int_equal(width_cp(0x200b), 0);
	assert_int_equal(width_cp(0x2026), 1);    /* the ellipsis the views use */
	assert_int_equal(width_str(NIHON "x", 7), 5);
	assert_int_equal(width_str("e" ACUTE, 3), 1);
	assert_int_equal(width_str("\xff" "a", 2), 2); /* a bad byte counts one */
}

static void test_cut(void **st)
{
	size_t used;
	(void)st;
	/* a wide character that would straddle the edge stays out whole */
	assert_int_equal(width_cut(NIHON, 6, 3, &used), 3);
	assert_int_equal(used, 2);
	assert_int_equal(width_cut(NIHON, 6, 1, &used), 0);
	assert_int_equal(width_cut(NIHON, 6, 4, &used), 6);
	/* a combining mark stays with its letter */
	assert_int_equal(width_cut("e" ACUTE "x", 4, 1, &used), 3);
	assert_int_equal(used, 1);
	/* from the end: the last character whole, no orphan mark in front */
	assert_int_equal(width_cut_tail(NIHON, 6, 3, &used), 3);
	assert_int_equal(used, 2);
	assert_int_equal(width_cut_tail("ae" ACUTE, 4, 1, &used), 1);
	assert_int_equal(used, 1);
}

/* view_put_line into a string. */
static char *put(const char *text, unsigned int cols)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	view_put_line(f, text, cols);
	fclose(f);
	return buf;
}

static void test_put_line(void **st)
{
	char *s;
	(void)st;
	/* five columns hold two wide characters, not five */
	s = put(NIHON NIHON NIHON, 5);
	assert_string_equal(s, NIHON "\x1b[K\r\n");
	free(s);
	s = put("abc" NIHON, 4);
	assert_string_equal(s, "abc\x1b[K\r\n");
	free(s);
	s = put("e" ACUTE "e" ACUTE "e", 2);
	assert_string_equal(s, "e" ACUTE "e" ACUTE "\x1b[K\r\n");
	free(s);
}

static void test_cells(void **st)
{
	struct vline l = { .len = 0 };
	(void)st;
	vline_cell(&l, "ab", 4, false);
	vline_cell(&l, "7", 3, true);
	vline_cell(&l, "/run/abcdef 4242", 10, false);
	assert_string_equal(l.buf, "ab     7 /ru" VIEW_ELLIPSIS "f 4242");
	assert_int_equal(vline_width(l.buf), 4 + 1 + 3 + 1 + 10);
	/* wide text elided: whole characters only, a space for the odd column */
	l.len = 0;
	l.buf[0] = '\0';
	vline_cell(&l, NIHON NIHON NIHON, 6, false);
	assert_int_equal(vline_width(l.buf), 6);
	assert_string_equal(l.buf, "\xe6\x97\xa5" VIEW_ELLIPSIS "\xe6\x9c\xac ");
}

static void test_scroll(void **st)
{
	struct view_scroll sc = { 0, 0 };
	char note[160];
	(void)st;
	/* everything fits: no note, nothing to scroll */
	assert_int_equal(view_scroll_fit(&sc, 10, 20), 10);
	view_scroll_move(&sc, VIEW_END);
	assert_int_equal(view_scroll_fit(&sc, 10, 20), 10);
	assert_int_equal(sc.top, 0);
	/* 34 rows in 20 lines: 19 and the note */
	assert_int_equal(view_scroll_fit(&sc, 34, 20), 19);
	view_scroll_note(&sc, 34, 19, note, sizeof(note));
	assert_non_null(strstr(note, "15 more rows (0 above, 15 below)"));
	view_scroll_move(&sc, VIEW_DOWN);
	view_scroll_move(&sc, VIEW_PAGE_DOWN);
	assert_int_equal(view_scroll_fit(&sc, 34, 20), 19);
	assert_int_equal(sc.top, 15); /* clamped: the last page */
	view_scroll_note(&sc, 34, 19, note, sizeof(note));
	assert_non_null(strstr(note, "15 more rows (15 above, 0 below)"));
	view_scroll_move(&sc, VIEW_PAGE_UP);
	assert_int_equal(sc.top, 0);
	view_scroll_move(&sc, VIEW_UP);
	assert_int_equal(sc.top, 0);
	/* the list shrinks under a scrolled window */
	view_scroll_move(&sc, VIEW_END);
	view_scroll_fit(&sc, 34, 20);
	assert_int_equal(view_scroll_fit(&sc, 25, 20), 19);
	assert_int_equal(sc.top, 6);
	/* keys */
	assert_int_equal(view_scroll_key('j'), VIEW_DOWN);
	assert_int_equal(view_scroll_key(TERM_KEY_PGDN), VIEW_PAGE_DOWN);
	assert_int_equal(view_scroll_key(TERM_KEY_HOME), VIEW_HOME);
	assert_int_equal(view_scroll_key('G'), VIEW_END);
	assert_int_equal(view_scroll_key('q'), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_widths),
		cmocka_unit_test(test_cut),
		cmocka_unit_test(test_put_line),
		cmocka_unit_test(test_cells),
		cmocka_unit_test(test_scroll),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
