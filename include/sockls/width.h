/* SPDX-License-Identifier: MIT */
/* width.h - how many terminal columns text takes (wcwidth-like, locale-free):
 * the live views cut and pad their escaped text by columns, not bytes. */
#ifndef SOCKLS_WIDTH_H
#define SOCKLS_WIDTH_H

#include <stddef.h>
#include <stdint.h>

/* Columns of one code point: 0 for combining marks and other zero-width
 * characters (they join the one before), 2 for East Asian wide and
 * fullwidth characters and emoji shown as pictures, 1 otherwise. A table of
 * sockls's own (Unicode 15 ranges), so the answer does not depend on the
 * locale; terminals differ on rare characters. */
unsigned int width_cp(uint32_t cp);

/* Columns of s[0..len). A byte that is not valid UTF-8 counts 1 (escaped
 * text has none). */
size_t width_str(const char *s, size_t len);

/* Bytes of the longest start of s[0..len) that fits in cols columns: never
 * half a UTF-8 sequence, never half a wide character, and the zero-width
 * characters after the last one kept stay with it. *used (may be NULL) gets
 * its columns. */
size_t width_cut(const char *s, size_t len, size_t cols, size_t *used);

/* Bytes to skip from the start of s[0..len) so that what is left takes at
 * most cols columns (the end of the text kept whole, as width_cut keeps the
 * start). *used (may be NULL) gets the columns left. */
size_t width_cut_tail(const char *s, size_t len, size_t cols, size_t *used);

#endif
