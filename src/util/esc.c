/* SPDX-License-Identifier: MIT */
/* esc.c - escaping of untrusted bytes (process names, unix paths) for one terminal table cell. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "sockls/esc.h"
#include "sockls/utf8.h"

/* Valid but unsafe on a terminal: invisible controls and text-reordering marks. */
static bool cp_is_unsafe(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp == 0x2028 || cp == 0x2029 ||
	       (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

/*
 * Classifies the unit at s[0]: returns its input length and sets *escape when
 * its bytes must each be written as \xHH. Backslash is its own case.
 */
static size_t next_unit(const uint8_t *s, size_t len, bool *escape)
{
	uint32_t cp;
	int n = utf8_decode(s, len, &cp);
	if (n < 0) {
		/* Escape only the first byte and resync: lossless, and a valid
		 * sequence that starts inside a bad one is still shown as text. */
		*escape = true;
		return 1;
	}
	*escape = cp_is_unsafe(cp);
	return (size_t)n;
}

static size_t unit_out_len(const uint8_t *s, size_t n, bool escape)
{
	if (escape)
		return n * 4;
	return (n == 1 && s[0] == '\\') ? 2 : n;
}

static void write_unit(const uint8_t *s, size_t n, bool escape, char *out)
{
	static const char hex[] = "0123456789abcdef";
	if (!escape) {
		if (n == 1 && s[0] == '\\') {
			out[0] = out[1] = '\\';
			return;
		}
		memcpy(out, s, n);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		out[i * 4] = '\\';
		out[i * 4 + 1] = 'x';
		out[i * 4 + 2] = hex[s[i] >> 4];
		out[i * 4 + 3] = hex[s[i] & 0xf];
	}
}

size_t esc_term(const char *in, size_t len, char *out, size_t cap)
{
	const uint8_t *s = (const uint8_t *)in;
	size_t i = 0, w = 0;

	if (cap == 0)
		return 0;
	while (i < len) {
		bool escape;
		size_t n = next_unit(s + i, len - i, &escape);
		size_t m = unit_out_len(s + i, n, escape);
		if (m > cap - 1 - w)
			break;
		write_unit(s + i, n, escape, out + w);
		w += m;
		i += n;
	}
	out[w] = '\0';
	return w;
}

size_t esc_term_len(const char *in, size_t len)
{
	const uint8_t *s = (const uint8_t *)in;
	size_t i = 0, w = 0;

	while (i < len) {
		bool escape;
		size_t n = next_unit(s + i, len - i, &escape);
		w += unit_out_len(s + i, n, escape);
		i += n;
	}
	return w;
}

/* Appends n bytes if they fit (cap includes the NUL); false when they do not. */
static bool put(char *out, size_t cap, size_t *o, const char *s, size_t n)
{
	if (*o + n >= cap)
		return false;
	memcpy(out + *o, s, n);
	*o += n;
	return true;
}

size_t esc_prom_label(const char *in, size_t len, char *out, size_t cap)
{
	const uint8_t *s = (const uint8_t *)in;
	size_t i = 0, o = 0;
	bool room = cap > 0;

	while (room && i < len) {
		uint32_t cp;
		int n = utf8_decode(s + i, len - i, &cp);
		if (n < 0 || cp < 0x20 || cp == 0x7f) {
			room = put(out, cap, &o, "\xef\xbf\xbd", 3); /* U+FFFD */
			i += n < 0 ? (size_t)-n : (size_t)n;
		} else if (cp == '\\' || cp == '"') {
			char e[2] = { '\\', (char)cp };
			room = put(out, cap, &o, e, 2);
			i++;
		} else {
			room = put(out, cap, &o, in + i, (size_t)n);
			i += (size_t)n;
		}
	}
	if (cap)
		out[o] = '\0';
	return o;
}
