/* SPDX-License-Identifier: MIT */
/* jsonw.h - a small streaming JSON writer on a FILE*, with bounded memory and safe strings. */
#ifndef SOCKLS_JSONW_H
#define SOCKLS_JSONW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Deepest nesting of objects and arrays; one more begin returns -EOVERFLOW. */
#define JSONW_MAX_DEPTH 32

struct jsonw;

/*
 * Error model: every call returns 0 or a negative errno, and the first error
 * is sticky (later calls write nothing and return it again), so a caller may
 * check only at the end of a record:
 *   -EINVAL     misuse: a value in an object without a key, a key outside an
 *               object, a mismatched end
 *   -EOVERFLOW  nesting deeper than JSONW_MAX_DEPTH
 *   -errno      the stream failed to write (-EPIPE on a closed pipe), -EIO if
 *               stdio left errno unset
 *
 * Layout: compact mode writes no whitespace at all; pretty mode indents by two
 * spaces and writes ": " after keys. In both modes a newline follows every
 * completed top-level value, so a sequence of top-level objects in compact
 * mode is NDJSON.
 *
 * Strings: arbitrary bytes in, valid UTF-8 JSON out. '"' and '\\' are escaped,
 * \b \f \n \r \t use their short forms, other C0 controls, DEL, the C1
 * controls U+0080-U+009F and U+2028/U+2029 are written as \u00XX / \u20XX
 * (so the text is also safe to paste into JavaScript and to view on a
 * terminal), NUL becomes \u0000, and every maximal ill-formed UTF-8
 * subsequence (bad lead, missing continuation, overlong, surrogate,
 * > U+10FFFF, truncated at the end) becomes one U+FFFD.
 */
struct jsonw *jsonw_new(FILE *out, bool pretty); /* NULL with errno on failure */
void jsonw_free(struct jsonw *jw);                 /* does not close the stream */
int jsonw_error(const struct jsonw *jw);
int jsonw_flush(struct jsonw *jw);                 /* fflush, then the sticky error */
/* The schema version the stream's documents follow (--json-version), carried
 * for the writers of those documents; 0 (the default) is theirs to choose. */
void jsonw_set_schema(struct jsonw *jw, unsigned int version);
unsigned int jsonw_schema(const struct jsonw *jw);
/* Objects and arrays open: 0 between top-level values. */
unsigned int jsonw_depth(const struct jsonw *jw);

int jsonw_obj_begin(struct jsonw *jw);
int jsonw_obj_end(struct jsonw *jw);
int jsonw_arr_begin(struct jsonw *jw);
int jsonw_arr_end(struct jsonw *jw);

/* Keys are written verbatim, unescaped: pass only the program's own plain
 * ASCII names (no '"', '\\' or control bytes), never data. */
int jsonw_key(struct jsonw *jw, const char *key);
int jsonw_str(struct jsonw *jw, const char *s);    /* NULL writes null */
int jsonw_strn(struct jsonw *jw, const char *s, size_t len);
int jsonw_uint(struct jsonw *jw, uint64_t v);
int jsonw_int(struct jsonw *jw, int64_t v);
int jsonw_bool(struct jsonw *jw, bool v);
int jsonw_null(struct jsonw *jw);
/* Shortest of %.15g/%.17g that reads back equal; NaN and infinities write null. */
int jsonw_double(struct jsonw *jw, double v);

/* Key plus value in one call, for the common object member. */
int jsonw_key_str(struct jsonw *jw, const char *key, const char *s);
int jsonw_key_strn(struct jsonw *jw, const char *key, const char *s, size_t len);
int jsonw_key_uint(struct jsonw *jw, const char *key, uint64_t v);
int jsonw_key_int(struct jsonw *jw, const char *key, int64_t v);
int jsonw_key_bool(struct jsonw *jw, const char *key, bool v);
int jsonw_key_null(struct jsonw *jw, const char *key);
int jsonw_key_double(struct jsonw *jw, const char *key, double v);

#endif
