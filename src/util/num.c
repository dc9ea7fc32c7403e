/* SPDX-License-Identifier: MIT */
/* num.c - the one integer parser (decimal and hex spans with a maximum); see num.h. */
#include <errno.h>
#include <string.h>
#include <strings.h>

#include "sockls/num.h"

/* The digit's value in base, or -1. */
static int num_digit(char c, unsigned int base)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (base != 16)
		return -1;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int num_parse(const char *s, size_t len, unsigned int base, uint64_t max, uint64_t *out)
{
	uint64_t v = 0;
	int err = 0;

	if (!s || len == 0 || (base != 10 && base != 16))
		return -EINVAL;
	for (size_t i = 0; i < len; i++) {
		int d = num_digit(s[i], base);
		if (d < 0)
			return -EINVAL; /* junk beats overflow: "99999999999999999999x" is junk */
		if (err)
			continue;
		if ((uint64_t)d > max || v > (max - (uint64_t)d) / base)
			err = -ERANGE;
		else
			v = v * base + (uint64_t)d;
	}
	if (err)
		return err;
	*out = v;
	return 0;
}

int num_parse_str(const char *s, uint64_t max, uint64_t *out)
{
	if (!s)
		return -EINVAL;
	return num_parse(s, strlen(s), 10, max, out);
}

size_t num_digits(const char *s, size_t len, unsigned int base)
{
	size_t n = 0;

	while (n < len && num_digit(s[n], base) >= 0)
		n++;
	return n;
}

int num_parse_bool(const char *s, bool *out)
{
	static const char *const yes[] = { "1", "true", "yes", "on" };
	static const char *const no[] = { "", "0", "false", "no", "off" };

	if (!s)
		return -EINVAL;
	for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		if (!strcasecmp(s, yes[i]))
			return *out = true, 0;
	for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		if (!strcasecmp(s, no[i]))
			return *out = false, 0;
	return -EINVAL;
}
