/* SPDX-License-Identifier: MIT */
/* num.h - the one integer parser: decimal or hex digits of a bounded span, checked against a maximum. */
#ifndef SOCKLS_NUM_H
#define SOCKLS_NUM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Parses s[0..len) (need not be NUL-terminated) as an unsigned integer in
 * base 10 or 16 (hex digits in either case, no "0x" prefix). Every byte of the
 * span must be a digit: no sign, no blank, no prefix; leading zeros are fine.
 * Returns 0 with *out set, -EINVAL for an empty span, any other byte or a base
 * other than 10/16, -ERANGE when the value is above max (or above 2^64-1).
 * *out is left alone on error.
 */
int num_parse(const char *s, size_t len, unsigned int base, uint64_t max, uint64_t *out);

/* num_parse() of a NUL-terminated string in base 10 (NULL is -EINVAL). */
int num_parse_str(const char *s, uint64_t max, uint64_t *out);

/* How many leading bytes of s[0..len) are digits of base (10 or 16): the span
 * to hand to num_parse() when a number is followed by other text. */
size_t num_digits(const char *s, size_t len, unsigned int base);

/* A yes/no knob (an environment variable): "1", "true", "yes", "on" are
 * true; "0", "false", "no", "off" and "" false (case-insensitive). 0, or
 * -EINVAL for any other word (*out left alone). */
int num_parse_bool(const char *s, bool *out);

#endif
