/* SPDX-License-Identifier: MIT */
/* test_num.c - the one integer parser: every edge of decimal and hex spans. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "sockls/num.h"

static int dec(const char *s, uint64_t max, uint64_t *v)
{
	return num_parse(s, strlen(s), 10, max, v);
}

static int hex(const char *s, uint64_t max, uint64_t *v)
{
	return num_parse(s, strlen(s), 16, max, v);
}

static void test_dec_basic(void **state)
{
	uint64_t v = 7;
	(void)state;
	assert_int_equal(dec("0", UINT64_MAX, &v), 0);
	assert_int_equal(v, 0);
	assert_int_equal(dec("42", 100, &v), 0);
	assert_int_equal(v, 42);
	assert_int_equal(dec("0000000000000000000000000042", 100, &v), 0); /* leading zeros */
	assert_int_equal(v, 42);
	assert_int_equal(dec("00", 0, &v), 0);
	assert_int_equal(v, 0);
}

static void test_dec_invalid(void **state)
{
	uint64_t v = 7;
	(void)state;
	const char *bad[] = { "", "+1", "-1", " 1", "1 ", "1\n", "1a", "a", "0x10", "1.0",
			      "1,2", "\t1", "\xd9\xa1" };
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_int_equal(dec(bad[i], UINT64_MAX, &v), -EINVAL);
	assert_int_equal(v, 7); /* untouched on error */
	assert_int_equal(num_parse(NULL, 1, 10, 9, &v), -EINVAL);
	assert_int_equal(num_parse("1", 1, 8, 9, &v), -EINVAL);
	assert_int_equal(num_parse("1", 1, 0, 9, &v), -EINVAL);
	/* junk wins over overflow, so the message says "not a number" */
	assert_int_equal(dec("99999999999999999999999x", UINT64_MAX, &v), -EINVAL);
}

static void test_dec_range(void **state)
{
	uint64_t v = 7;
	(void)state;
	assert_int_equal(dec("65535", 65535, &v), 0);
	assert_int_equal(v, 65535);
	assert_int_equal(dec("65536", 65535, &v), -ERANGE);
	assert_int_equal(dec("0065536", 65535, &v), -ERANGE);
	assert_int_equal(dec("1", 0, &v), -ERANGE);
	assert_int_equal(dec("18446744073709551615", UINT64_MAX, &v), 0);
	assert_true(v == UINT64_MAX);
	assert_int_equal(dec("18446744073709551616", UINT64_MAX, &v), -ERANGE); /* 2^64 */
	assert_int_equal(dec("99999999999999999999999", UINT64_MAX, &v), -ERANGE);
	assert_int_equal(dec("4294967295", UINT32_MAX, &v), 0);
	assert_int_equal(dec("4294967296", UINT32_MAX, &v), -ERANGE);
	assert_int_equal(dec("2147483648", INT32_MAX, &v), -ERANGE);
	assert_true(v == UINT32_MAX);
}

static void test_bounded_span(void **state)
{
	uint64_t v = 0;
	(void)state;
	/* only len bytes are read: no NUL needed, the rest ignored */
	const char buf[4] = { '1', '2', '3', '4' };
	assert_int_equal(num_parse(buf, 2, 10, 100, &v), 0);
	assert_int_equal(v, 12);
	assert_int_equal(num_parse("12x", 2, 10, 100, &v), 0);
	assert_int_equal(num_parse("12x", 0, 10, 100, &v), -EINVAL);
	assert_int_equal(num_parse("1\0" "2", 3, 10, 100, &v), -EINVAL);
}

static void test_hex(void **state)
{
	uint64_t v = 0;
	(void)state;
	assert_int_equal(hex("0100007F", UINT32_MAX, &v), 0);
	assert_int_equal(v, 0x0100007f);
	assert_int_equal(hex("0100007f", UINT32_MAX, &v), 0); /* either case */
	assert_int_equal(v, 0x0100007f);
	assert_int_equal(hex("aBcDeF", UINT64_MAX, &v), 0);
	assert_int_equal(v, 0xabcdef);
	assert_int_equal(hex("FFFFFFFFFFFFFFFF", UINT64_MAX, &v), 0);
	assert_true(v == UINT64_MAX);
	assert_int_equal(hex("10000000000000000", UINT64_MAX, &v), -ERANGE); /* 2^64 */
	assert_int_equal(hex("FFFF", 0xffff, &v), 0);
	assert_int_equal(hex("10000", 0xffff, &v), -ERANGE);
	assert_int_equal(hex("", UINT64_MAX, &v), -EINVAL);
	assert_int_equal(hex("0x1", UINT64_MAX, &v), -EINVAL);
	assert_int_equal(hex("g", UINT64_MAX, &v), -EINVAL);
	assert_int_equal(hex("-1", UINT64_MAX, &v), -EINVAL);
	assert_int_equal(hex("+1", UINT64_MAX, &v), -EINVAL);
	assert_int_equal(hex(" 1", UINT64_MAX, &v), -EINVAL);
	assert_int_equal(dec("ff", UINT64_MAX, &v), -EINVAL); /* hex digits are not decimal */
}

static void test_str_and_digits(void **state)
{
	uint64_t v = 0;
	(void)state;
	assert_int_equal(num_parse_str("123", 1000, &v), 0);
	assert_int_equal(v, 123);
	assert_int_equal(num_parse_str("", 1000, &v), -EINVAL);
	assert_int_equal(num_parse_str(NULL, 1000, &v), -EINVAL);
	assert_int_equal(num_parse_str("1001", 1000, &v), -ERANGE);
	assert_int_equal(num_digits("123-45", 6, 10), 3);
	assert_int_equal(num_digits("123-45", 2, 10), 2);
	assert_int_equal(num_digits("x", 1, 10), 0);
	assert_int_equal(num_digits("", 0, 10), 0);
	assert_int_equal(num_digits("aF9g", 4, 16), 3);
	assert_int_equal(num_digits("aF9g", 4, 10), 0);
}

/* A knob set to 0 (or false, no, off) is off, not on: issue 26 item 11. */
static void test_bool(void **state)
{
	bool v = true;
	(void)state;
	assert_int_equal(num_parse_bool("0", &v), 0);
	assert_false(v);
	assert_int_equal(num_parse_bool("1", &v), 0);
	assert_true(v);
	assert_int_equal(num_parse_bool("False", &v), 0);
	assert_false(v);
	assert_int_equal(num_parse_bool("YES", &v), 0);
	assert_true(v);
	assert_int_equal(num_parse_bool("", &v), 0);
	assert_false(v);
	v = true;
	assert_int_equal(num_parse_bool("2", &v), -EINVAL);
	assert_int_equal(num_parse_bool("y e s", &v), -EINVAL);
	assert_int_equal(num_parse_bool(NULL, &v), -EINVAL);
	assert_true(v);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dec_basic),   cmocka_unit_test(test_dec_invalid),
		cmocka_unit_test(test_dec_range),   cmocka_unit_test(test_bounded_span),
		cmocka_unit_test(test_hex),         cmocka_unit_test(test_str_and_digits),
		cmocka_unit_test(test_bool),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
