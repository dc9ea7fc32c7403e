/* SPDX-License-Identifier: MIT */
/* fuzz_view_line.c - libFuzzer target: the live views' cells and lines. A
 * cell of escaped text takes exactly its width in display columns (padded or
 * elided, never half a character), a line never takes more than the
 * terminal's columns and is a start of its text, and the column counting
 * never reads past the text, valid UTF-8 or not. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/esc.h"
#include "sockls/utf8.h"
#include "sockls/view_line.h"
#include "sockls/width.h"

#define TEXT_MAX 256

static void check(bool ok)
{
	if (!ok)
		abort();
}

static bool valid_utf8(const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		int n = utf8_decode((const uint8_t *)s + i, len - i, &cp);
		if (n < 0)
			return false;
		i += (size_t)n;
	}
	return true;
}

static void check_cell(const char *esc, size_t w, bool right)
{
	struct vline l = { .len = 0 };

	l.buf[0] = '\0';
	vline_cell(&l, esc, w, right);
	check(l.len == strlen(l.buf) && l.len < VLINE_MAX);
	check(valid_utf8(l.buf, l.len));
	check(vline_width(l.buf) == w || (w == 0 && l.len == 0));
}

static void check_line(const char *text, size_t len, unsigned int cols)
{
	char *out = NULL;
	size_t n = 0, used;
	FILE *f = open_memstream(&out, &n);

	if (!f)
		return;
	view_put_line(f, text, cols);
	fclose(f);
	check(n >= 5 && memcmp(out + n - 5, "\x1b[K\r\n", 5) == 0);
	n -= 5;
	check(n <= len && memcmp(out, text, n) == 0);
	check(width_str(out, n) <= cols);
	/* the cut is the longest start that fits: the next unit would not */
	check(width_cut(text, len, cols, &used) == n && used == width_str(out, n));
	free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char raw[TEXT_MAX + 1], esc[ESC_TERM_SIZE(TEXT_MAX)];
	size_t len, elen, w, skip, used;
	unsigned int cols;

	if (size < 2)
		return 0;
	w = data[0] % 96;
	cols = data[1];
	len = size - 2 > TEXT_MAX ? TEXT_MAX : size - 2;
	memcpy(raw, data + 2, len);
	raw[len] = '\0';
	/* raw bytes (a NUL ends the C string the line functions take) */
	check(width_cut(raw, len, cols, &used) <= len && used <= cols);
	skip = width_cut_tail(raw, len, cols, &used);
	check(skip <= len && used <= cols && width_str(raw + skip, len - skip) == used);
	check_line(raw, strlen(raw), cols);
	/* escaped text, as the views print it */
	elen = esc_term(raw, len, esc, sizeof(esc));
	check(valid_utf8(esc, elen));
	check_line(esc, elen, cols);
	check_cell(esc, w, data[1] & 1);
	return 0;
}
