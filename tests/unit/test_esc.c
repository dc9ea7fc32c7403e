/* SPDX-License-Identifier: MIT */
/* test_esc.c - terminal escaping of untrusted names and paths: exact output, truncation, bounds. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "sockls/esc.h"
#include "sockls/utf8.h"

static void expect_esc(const char *in, size_t len, const char *want)
{
	char out[256];
	memset(out, 'Z', sizeof(out));
	size_t n = esc_term(in, len, out, sizeof(out));
	assert_string_equal(out, want);
	assert_int_equal(n, strlen(want));
	assert_int_equal(esc_term_len(in, len), strlen(want));
}

static void test_plain_passes(void **state)
{
	(void)state;
	expect_esc("sshd", 4, "sshd");
	expect_esc("/run/my socket", 14, "/run/my socket"); /* space kept */
	expect_esc("", 0, "");
	expect_esc("~!\"#$%&'()*+,-./:;<=>?@[]^_`{|}", 31, "~!\"#$%&'()*+,-./:;<=>?@[]^_`{|}");
}

static void test_every_control_byte(void **state)
{
	(void)state;
	for (unsigned int b = 0; b < 0x20; b++) {
		char in = (char)b, want[8];
		snprintf(want, sizeof(want), "\\x%02x", b);
		expect_esc(&in, 1, want);
	}
	expect_esc("\x7f", 1, "\\x7f");
	expect_esc("a\\b", 3, "a\\\\b");
	expect_esc("a\0b", 3, "a\\x00b");
	expect_esc("evil\x1b[2J\n\r\a", 11, "evil\\x1b[2J\\x0a\\x0d\\x07");
}

static void test_utf8(void **state)
{
	(void)state;
	expect_esc("caf\xc3\xa9", 5, "caf\xc3\xa9");
	expect_esc("\xe6\x97\xa5\xe6\x9c\xac", 6, "\xe6\x97\xa5\xe6\x9c\xac");
	expect_esc("\xf0\x9f\x98\x80", 4, "\xf0\x9f\x98\x80");
	/* C1 controls, separators and bidi overrides: bytes escaped. */
	expect_esc("\xc2\x9b" "31m", 5, "\\xc2\\x9b31m");
	expect_esc("\xc2\x85", 2, "\\xc2\\x85");
	expect_esc("\xe2\x80\xa8", 3, "\\xe2\\x80\\xa8");
	expect_esc("\xe2\x80\xae" "cod.exe", 10, "\\xe2\\x80\\xaecod.exe");
	expect_esc("\xe2\x81\xa6", 3, "\\xe2\\x81\\xa6");
	expect_esc("\xc2\xa0", 2, "\xc2\xa0"); /* U+00A0 is fine */
}

static void test_invalid_utf8(void **state)
{
	(void)state;
	expect_esc("\x80", 1, "\\x80");
	expect_esc("\xff\xfe", 2, "\\xff\\xfe");
	expect_esc("\xc0\xaf", 2, "\\xc0\\xaf");         /* overlong */
	expect_esc("\xed\xa0\x80", 3, "\\xed\\xa0\\x80"); /* surrogate */
	expect_esc("\xf4\x90\x80\x80", 4, "\\xf4\\x90\\x80\\x80");
	expect_esc("ab\xe2\x82", 4, "ab\\xe2\\x82");     /* truncated at end */
	/* A valid sequence right after a bad lead is kept as text. */
	expect_esc("\xe2\xc3\xa9", 3, "\\xe2\xc3\xa9");
}

static void test_truncation(void **state)
{
	(void)state;
	char out[8];

	memset(out, 'Z', sizeof(out));
	assert_int_equal(esc_term("abcdefghij", 10, out, sizeof(out)), 7);
	assert_string_equal(out, "abcdefg");

	/* An escape that does not fit entirely is dropped, not cut. */
	memset(out, 'Z', sizeof(out));
	assert_int_equal(esc_term("abcde\n", 6, out, sizeof(out)), 5);
	assert_string_equal(out, "abcde");

	memset(out, 'Z', sizeof(out));
	assert_int_equal(esc_term("abc\\\\", 5, out, 6), 5);
	assert_string_equal(out, "abc\\\\");
	assert_int_equal(esc_term("abcd\\", 5, out, 6), 4);
	assert_string_equal(out, "abcd");

	/* Nor a UTF-8 sequence. */
	assert_int_equal(esc_term("abcde\xe2\x82\xac", 8, out, sizeof(out)), 5);
	assert_string_equal(out, "abcde");
	assert_int_equal(esc_term("abcd\xe2\x82\xac", 7, out, sizeof(out)), 7);
	assert_string_equal(out, "abcd\xe2\x82\xac");

	memset(out, 'Z', sizeof(out));
	assert_int_equal(esc_term("abc", 3, out, 1), 0);
	assert_int_equal(out[0], '\0');
	assert_int_equal(out[1], 'Z');

	out[0] = 'Z';
	assert_int_equal(esc_term("abc", 3, out, 0), 0);
	assert_int_equal(out[0], 'Z'); /* cap 0: nothing written at all */
}

static void test_worst_case_size(void **state)
{
	(void)state;
	char in[16], out[ESC_TERM_SIZE(16)];
	memset(in, 0x1b, sizeof(in));
	assert_int_equal(esc_term(in, sizeof(in), out, sizeof(out)), 64);
	assert_int_equal(strlen(out), 64);
	assert_int_equal(esc_term_len(in, sizeof(in)), 64);
}

/* Prometheus label values: quotes and backslashes escaped, controls, hidden code
 * points and bad UTF-8 as the text \xHH per byte (as in the table). */
static void test_prom_label(void **state)
{
	(void)state;
	char out[64];
	assert_int_equal(esc_prom_label("a\"b\\c", 5, out, sizeof(out)), 7);
	assert_string_equal(out, "a\\\"b\\\\c");
	esc_prom_label("x\ny\xff\xc3\xa9", 6, out, sizeof(out));
	assert_string_equal(out, "x\\\\x0ay\\\\xff\xc3\xa9");
	assert_int_equal(esc_prom_label_len("x\ny\xff\xc3\xa9", 6), 14);
	/* C1 and a bidi override: escaped, never raw */
	esc_prom_label("a\xc2\x85" "b\xe2\x80\xae" "c", 8, out, sizeof(out));
	assert_string_equal(out, "a\\\\xc2\\\\x85b\\\\xe2\\\\x80\\\\xaec");
	/* Never cut an escape: room for "ab" only. */
	assert_int_equal(esc_prom_label("ab\"", 3, out, 4), 2);
	assert_string_equal(out, "ab");
}

/* Issue 26 item 4: every hidden code point (bidi, zero-width, invisible, tags,
 * C1) is escaped by the table's escaper and by JSON, never passed raw. */
static void test_hidden_code_points(void **state)
{
	(void)state;
	static const uint32_t hidden[] = { 0x85, 0xad, 0x34f, 0x61c, 0x115f, 0x180e, 0x200b, 0x200c,
					   0x200d, 0x200e, 0x200f, 0x2028, 0x202a, 0x202e, 0x2060,
					   0x2066, 0x2069, 0x206f, 0x3164, 0xfeff, 0xffa0, 0xfffb,
					   0xe0001, 0xe0041, 0xe007f };
	for (size_t k = 0; k < sizeof(hidden) / sizeof(hidden[0]); k++) {
		uint32_t cp = hidden[k];
		char in[8], out[64];
		size_t n;
		if (cp < 0x800) {
			in[0] = (char)(0xc0 | (cp >> 6));
			in[1] = (char)(0x80 | (cp & 0x3f));
			n = 2;
		} else if (cp < 0x10000) {
			in[0] = (char)(0xe0 | (cp >> 12));
			in[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
			in[2] = (char)(0x80 | (cp & 0x3f));
			n = 3;
		} else {
			in[0] = (char)(0xf0 | (cp >> 18));
			in[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
			in[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
			in[3] = (char)(0x80 | (cp & 0x3f));
			n = 4;
		}
		assert_true(utf8_cp_hidden(cp));
		assert_int_equal(esc_term(in, n, out, sizeof(out)), 4 * n);
		assert_int_equal(out[0], '\\');
		assert_int_equal(esc_prom_label(in, n, out, sizeof(out)), 5 * n);
	}
	/* what stays visible */
	assert_false(utf8_cp_hidden('a'));
	assert_false(utf8_cp_hidden(0xe9));
	assert_false(utf8_cp_hidden(0x4e2d));
	assert_false(utf8_cp_hidden(0x1f600));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain_passes),
		cmocka_unit_test(test_prom_label),
		cmocka_unit_test(test_hidden_code_points),
		cmocka_unit_test(test_every_control_byte),
		cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_truncation),
		cmocka_unit_test(test_worst_case_size),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
