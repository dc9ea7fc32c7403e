/* SPDX-License-Identifier: MIT */
/* test_jsonw.c - the streaming JSON writer: escaping, UTF-8 repair, layout, numbers, errors. */
#include <errno.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "testskip.h"

#include "sockls/jsonw.h"

struct capture {
	FILE *f;
	char *buf;
	size_t len;
	struct jsonw *jw;
};

static void cap_open(struct capture *c, bool pretty)
{
	memset(c, 0, sizeof(*c));
	c->f = open_memstream(&c->buf, &c->len);
	assert_non_null(c->f);
	c->jw = jsonw_new(c->f, pretty);
	assert_non_null(c->jw);
}

/* Returns the text written; the caller frees it. */
static char *cap_close(struct capture *c)
{
	jsonw_free(c->jw);
	assert_int_equal(fclose(c->f), 0);
	return c->buf;
}

/* One string value at top level, without the trailing newline. */
static char *str_json(const char *s, size_t len)
{
	struct capture c;
	cap_open(&c, false);
	assert_int_equal(jsonw_strn(c.jw, s, len), 0);
	char *out = cap_close(&c);
	size_t n = strlen(out);
	assert_true(n > 0 && out[n - 1] == '\n');
	out[n - 1] = '\0';
	return out;
}

static void expect_str(const char *in, size_t len, const char *want)
{
	char *got = str_json(in, len);
	assert_string_equal(got, want);
	free(got);
}

static void test_every_control_byte(void **state)
{
	(void)state;
	static const char *const shortform[0x20] = {
		['\b'] = "\"\\b\"", ['\t'] = "\"\\t\"", ['\n'] = "\"\\n\"",
		['\f'] = "\"\\f\"", ['\r'] = "\"\\r\"",
	};
	for (unsigned int b = 0; b < 0x20; b++) {
		char in = (char)b, want[16];
		if (shortform[b])
			snprintf(want, sizeof(want), "%s", shortform[b]);
		else
			snprintf(want, sizeof(want), "\"\\u%04x\"", b);
		expect_str(&in, 1, want);
	}
	expect_str("\x7f", 1, "\"\\u007f\"");
	expect_str("\"", 1, "\"\\\"\"");
	expect_str("\\", 1, "\"\\\\\"");
	expect_str("a\0b", 3, "\"a\\u0000b\"");
	expect_str("/", 1, "\"/\"");
}

static void test_printable_ascii_passes(void **state)
{
	(void)state;
	char in[95], want[100];
	size_t n = 0, w = 0;
	want[w++] = '"';
	for (int c = 0x20; c < 0x7f; c++) {
		in[n++] = (char)c;
		if (c == '"' || c == '\\')
			want[w++] = '\\';
		want[w++] = (char)c;
	}
	want[w++] = '"';
	want[w] = '\0';
	expect_str(in, n, want);
}

static void test_valid_utf8_passes(void **state)
{
	(void)state;
	expect_str("\xc2\xa0", 2, "\"\xc2\xa0\"");             /* U+00A0, first after C1 */
	expect_str("\xc3\xa9t\xc3\xa9", 5, "\"\xc3\xa9t\xc3\xa9\"");
	expect_str("\xdf\xbf", 2, "\"\xdf\xbf\"");             /* U+07FF */
	expect_str("\xe0\xa0\x80", 3, "\"\xe0\xa0\x80\"");     /* U+0800 */
	expect_str("\xe2\x82\xac", 3, "\"\xe2\x82\xac\"");     /* euro */
	expect_str("\xed\x9f\xbf", 3, "\"\xed\x9f\xbf\"");     /* U+D7FF */
	expect_str("\xee\x80\x80", 3, "\"\xee\x80\x80\"");     /* U+E000 */
	expect_str("\xef\xbf\xbd", 3, "\"\xef\xbf\xbd\"");     /* U+FFFD itself */
	expect_str("\xf0\x90\x80\x80", 4, "\"\xf0\x90\x80\x80\""); /* U+10000 */
	expect_str("\xf0\x9f\x98\x80", 4, "\"\xf0\x9f\x98\x80\""); /* emoji */
	expect_str("\xf4\x8f\xbf\xbf", 4, "\"\xf4\x8f\xbf\xbf\""); /* U+10FFFF */
}

static void test_unsafe_valid_codepoints_escaped(void **state)
{
	(void)state;
	expect_str("\xc2\x80", 2, "\"\\u0080\"");
	expect_str("\xc2\x9b[2J", 5, "\"\\u009b[2J\""); /* CSI */
	expect_str("\xc2\x9f", 2, "\"\\u009f\"");
	expect_str("\xe2\x80\xa8", 3, "\"\\u2028\"");
	expect_str("\xe2\x80\xa9", 3, "\"\\u2029\"");
}

#define FFFD "\xef\xbf\xbd"

static void test_invalid_utf8_replaced(void **state)
{
	(void)state;
	expect_str("\x80", 1, "\"" FFFD "\"");               /* lone continuation */
	expect_str("\xbf\x80", 2, "\"" FFFD FFFD "\"");      /* two continuations */
	expect_str("\xc0\xaf", 2, "\"" FFFD FFFD "\"");      /* overlong '/' */
	expect_str("\xc1\xbf", 2, "\"" FFFD FFFD "\"");
	expect_str("\xe0\x80\xaf", 3, "\"" FFFD FFFD FFFD "\""); /* overlong 3-byte */
	expect_str("\xf0\x80\x80\xaf", 4, "\"" FFFD FFFD FFFD FFFD "\"");
	expect_str("\xed\xa0\x80", 3, "\"" FFFD FFFD FFFD "\""); /* surrogate D800 */
	expect_str("\xed\xbf\xbf", 3, "\"" FFFD FFFD FFFD "\""); /* surrogate DFFF */
	expect_str("\xf4\x90\x80\x80", 4, "\"" FFFD FFFD FFFD FFFD "\""); /* > U+10FFFF */
	expect_str("\xf5\x80", 2, "\"" FFFD FFFD "\"");
	expect_str("\xff\xfe", 2, "\"" FFFD FFFD "\"");
	/* Truncated sequences: one U+FFFD for the maximal subpart. */
	expect_str("\xe2\x82", 2, "\"" FFFD "\"");
	expect_str("\xf0\x9f\x98", 3, "\"" FFFD "\"");
	expect_str("\xc3", 1, "\"" FFFD "\"");
	expect_str("a\xe2\x82z", 4, "\"a" FFFD "z\"");
	expect_str("\xf0\x9f\x98\xe2\x82\xac", 6, "\"" FFFD "\xe2\x82\xac\"");
	/* The bad byte does not swallow a following control or quote. */
	expect_str("\xc3\n", 2, "\"" FFFD "\\n\"");
	expect_str("\xe2\"", 2, "\"" FFFD "\\\"\"");
}

static void test_null_string_is_null(void **state)
{
	(void)state;
	struct capture c;
	cap_open(&c, false);
	assert_int_equal(jsonw_str(c.jw, NULL), 0);
	char *out = cap_close(&c);
	assert_string_equal(out, "null\n");
	free(out);
}

static void build_nested(struct jsonw *jw)
{
	assert_int_equal(jsonw_obj_begin(jw), 0);
	jsonw_key_str(jw, "a", "x");
	jsonw_key(jw, "b");
	jsonw_arr_begin(jw);
	jsonw_uint(jw, 1);
	jsonw_obj_begin(jw);
	jsonw_obj_end(jw);
	jsonw_arr_begin(jw);
	jsonw_arr_end(jw);
	jsonw_null(jw);
	jsonw_arr_end(jw);
	jsonw_key_bool(jw, "c", true);
	jsonw_key_bool(jw, "d", false);
	assert_int_equal(jsonw_obj_end(jw), 0);
}

static void test_nesting_compact(void **state)
{
	(void)state;
	struct capture c;
	cap_open(&c, false);
	build_nested(c.jw);
	build_nested(c.jw); /* a second top-level value: NDJSON */
	char *out = cap_close(&c);
	assert_string_equal(out, "{\"a\":\"x\",\"b\":[1,{},[],null],\"c\":true,\"d\":false}\n"
				 "{\"a\":\"x\",\"b\":[1,{},[],null],\"c\":true,\"d\":false}\n");
	free(out);
}

static void test_nesting_pretty(void **state)
{
	(void)state;
	struct capture c;
	cap_open(&c, true);
	build_nested(c.jw);
	char *out = cap_close(&c);
	assert_string_equal(out, "{\n"
				 "  \"a\": \"x\",\n"
				 "  \"b\": [\n"
				 "    1,\n"
				 "    {},\n"
				 "    [],\n"
				 "    null\n"
				 "  ],\n"
				 "  \"c\": true,\n"
				 "  \"d\": false\n"
				 "}\n");
	free(out);
}

static void test_integer_limits(void **state)
{
	(void)state;
	struct capture c;
	cap_open(&c, false);
	jsonw_arr_begin(c.jw);
	jsonw_uint(c.jw, 0);
	jsonw_uint(c.jw, 9);
	jsonw_uint(c.jw, 10);
	jsonw_uint(c.jw, UINT32_MAX);
	jsonw_uint(c.jw, UINT64_MAX);
	jsonw_int(c.jw, 0);
	jsonw_int(c.jw, -1);
	jsonw_int(c.jw, INT64_MAX);
	jsonw_int(c.jw, INT64_MIN);
	assert_int_equal(jsonw_arr_end(c.jw), 0);
	char *out = cap_close(&c);
	assert_string_equal(out, "[0,9,10,4294967295,18446744073709551615,0,-1,"
				 "9223372036854775807,-9223372036854775808]\n");
	free(out);
}

static void test_doubles(void **state)
{
	(void)state;
	struct capture c;
	cap_open(&c, false);
	jsonw_arr_begin(c.jw);
	jsonw_double(c.jw, 0.0);
	jsonw_double(c.jw, 0.123);
	jsonw_double(c.jw, 1.5);
	jsonw_double(c.jw, -2.25);
	jsonw_double(c.jw, 123456.789);
	jsonw_double(c.jw, 0.1 + 0.2); /* needs 17 digits to read back */
	jsonw_double(c.jw, 1e300);
	jsonw_double(c.jw, NAN);
	jsonw_double(c.jw, INFINITY);
	jsonw_double(c.jw, -INFINITY);
	assert_int_equal(jsonw_arr_end(c.jw), 0);
	char *out = cap_close(&c);
	assert_string_equal(out, "[0,0.123,1.5,-2.25,123456.789,0.30000000000000004,1e+300,"
				 "null,null,null]\n");
	free(out);
}

static void test_depth_overflow(void **state)
{
	(void)state;
	struct capture c;
	cap_open(&c, false);
	for (int i = 0; i < JSONW_MAX_DEPTH; i++)
		assert_int_equal(jsonw_arr_begin(c.jw), 0);
	assert_int_equal(jsonw_arr_begin(c.jw), -EOVERFLOW);
	/* Sticky: nothing further is written. */
	assert_int_equal(jsonw_arr_end(c.jw), -EOVERFLOW);
	assert_int_equal(jsonw_error(c.jw), -EOVERFLOW);
	char *out = cap_close(&c);
	assert_int_equal(strlen(out), JSONW_MAX_DEPTH);
	free(out);
}

static void test_misuse_rejected(void **state)
{
	(void)state;
	struct capture c;

	cap_open(&c, false);
	jsonw_obj_begin(c.jw);
	assert_int_equal(jsonw_uint(c.jw, 1), -EINVAL); /* value without key */
	free(cap_close(&c));

	cap_open(&c, false);
	assert_int_equal(jsonw_key(c.jw, "k"), -EINVAL); /* key at top level */
	free(cap_close(&c));

	cap_open(&c, false);
	jsonw_arr_begin(c.jw);
	assert_int_equal(jsonw_key(c.jw, "k"), -EINVAL); /* key in array */
	free(cap_close(&c));

	cap_open(&c, false);
	jsonw_obj_begin(c.jw);
	assert_int_equal(jsonw_arr_end(c.jw), -EINVAL); /* mismatched end */
	free(cap_close(&c));

	cap_open(&c, false);
	jsonw_obj_begin(c.jw);
	jsonw_key(c.jw, "k");
	assert_int_equal(jsonw_obj_end(c.jw), -EINVAL); /* key without value */
	free(cap_close(&c));

	cap_open(&c, false);
	assert_int_equal(jsonw_obj_end(c.jw), -EINVAL); /* end at depth 0 */
	free(cap_close(&c));
}

static void test_write_error_reported(void **state)
{
	(void)state;
	FILE *f = fopen("/dev/full", "w");
	if (!f)
		skip_why("/dev/full cannot be opened");
	setvbuf(f, NULL, _IONBF, 0);
	struct jsonw *jw = jsonw_new(f, false);
	assert_non_null(jw);
	/* A finished top-level value goes to the stream at once. */
	assert_int_equal(jsonw_uint(jw, 1), -ENOSPC);
	assert_int_equal(jsonw_arr_begin(jw), -ENOSPC);
	jsonw_free(jw);
	fclose(f);

	/* Buffered: the error surfaces at the flush. */
	f = fopen("/dev/full", "w");
	assert_non_null(f);
	jw = jsonw_new(f, false);
	assert_int_equal(jsonw_arr_begin(jw), 0);
	assert_int_equal(jsonw_flush(jw), -ENOSPC);
	jsonw_free(jw);
	fclose(f);
}

/* Runs longer than the internal buffer, with escapes on both sides of its edges. */
static void test_long_strings(void **state)
{
	(void)state;
	size_t n = 20000;
	char *in = malloc(n), *want = malloc(n * 2 + 8);
	assert_non_null(in);
	assert_non_null(want);
	size_t w = 0;
	want[w++] = '"';
	for (size_t i = 0; i < n; i++) {
		bool esc = i % 4095 == 0 || (i > 8180 && i < 8200 && i % 3 == 0);
		in[i] = esc ? '\n' : (char)('a' + i % 26);
		if (esc)
			want[w++] = '\\', want[w++] = 'n';
		else
			want[w++] = in[i];
	}
	want[w++] = '"';
	want[w] = '\0';
	expect_str(in, n, want);
	memset(in, 'x', n); /* one run longer than the buffer */
	want[0] = '"';
	memset(want + 1, 'x', n);
	want[n + 1] = '"';
	want[n + 2] = '\0';
	expect_str(in, n, want);
	free(in);
	free(want);
}

static void test_new_rejects_null(void **state)
{
	(void)state;
	errno = 0;
	assert_null(jsonw_new(NULL, false));
	assert_int_equal(errno, EINVAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_control_byte),
		cmocka_unit_test(test_printable_ascii_passes),
		cmocka_unit_test(test_valid_utf8_passes),
		cmocka_unit_test(test_unsafe_valid_codepoints_escaped),
		cmocka_unit_test(test_invalid_utf8_replaced),
		cmocka_unit_test(test_null_string_is_null),
		cmocka_unit_test(test_nesting_compact),
		cmocka_unit_test(test_nesting_pretty),
		cmocka_unit_test(test_integer_limits),
		cmocka_unit_test(test_doubles),
		cmocka_unit_test(test_depth_overflow),
		cmocka_unit_test(test_misuse_rejected),
		cmocka_unit_test(test_write_error_reported),
		cmocka_unit_test(test_long_strings),
		cmocka_unit_test(test_new_rejects_null),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
