/* SPDX-License-Identifier: MIT */
/* esc.h - escaping of untrusted bytes (process names, unix paths) for one terminal table cell. */
#ifndef SOCKLS_ESC_H
#define SOCKLS_ESC_H

#include <stddef.h>

/* Worst-case output size for len input bytes, NUL included: every byte may become \xHH. */
#define ESC_TERM_SIZE(len) ((len) * 4 + 1)

/*
 * Copies in[0..len) to out so that it can be printed inside one table row:
 * printable ASCII (the space included: unix paths may hold spaces, and the
 * table is for eyes; scripts should use --json) and valid UTF-8 of printable
 * characters pass unchanged; '\\' becomes "\\\\"; the C0 controls, DEL, the
 * C1 controls U+0080-U+009F, the line/paragraph separators U+2028/U+2029 and
 * the bidirectional overrides U+202A-U+202E and U+2066-U+2069 (which could
 * reorder the rest of the row) are written byte by byte as "\xHH" (lower-case
 * hex), and so is every byte that is not part of a valid UTF-8 sequence. The
 * result never holds a raw NL, CR, ESC, BEL or any other control byte, and
 * the escaping is lossless (the input can be recovered).
 *
 * Always NUL-terminates when cap > 0; stops before an escape or a UTF-8
 * sequence that would not fit, never cutting one in half. Returns the number
 * of bytes written, NUL excluded (so the result was truncated when that is
 * less than esc_term_len()).
 */
size_t esc_term(const char *in, size_t len, char *out, size_t cap);

/* Length esc_term() would write with unlimited room, NUL excluded. */
size_t esc_term_len(const char *in, size_t len);

/*
 * A label value of the Prometheus text exposition format: valid UTF-8 passes,
 * '\\' and '"' are backslash-escaped, and each byte of a code point that no
 * output shows raw (utf8_cp_hidden(): controls, newline included, bidi and
 * invisible characters) or of an ill-formed UTF-8 subpart becomes the text
 * \xHH (written "\\xHH" in the file), as in the table; so the value never
 * breaks its line or its quotes. NUL-terminates when cap > 0, never cuts an
 * escape or a sequence; returns the bytes written, NUL excluded.
 */
size_t esc_prom_label(const char *in, size_t len, char *out, size_t cap);

/* Length esc_prom_label() would write with unlimited room, NUL excluded. */
size_t esc_prom_label_len(const char *in, size_t len);

#endif
