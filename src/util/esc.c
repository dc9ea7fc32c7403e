/* SPDX-License-Identifier: MIT */
/* esc.c - escaping of untrusted bytes (process names, unix paths) for one terminal table cell. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "sockls/esc.h"
#include "sockls/utf8.h"

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
	*escape = utf8_cp_hidden(cp);
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

/* One unit of a Prometheus label value at s[0]: its input length, and in
 * buf (room for 4 * "\\xHH") what it becomes; returns the output length. */
static size_t prom_unit(const uint8_t *s, size_t len, char *buf, size_t *out_n)
{
	static const char hex[] = "0123456789abcdef";
	uint32_t cp;
	int n = utf8_decode(s, len, &cp);

	if (n < 0 || utf8_cp_hidden(cp)) {
		size_t k = n < 0 ? 1 : (size_t)n, o = 0;
		for (size_t i = 0; i < k; i++) {
			buf[o] = '\\';
			buf[o + 1] = '\\';
			buf[o + 2] = 'x';
			buf[o + 3] = hex[s[i] >> 4];
			buf[o + 4] = hex[s[i] & 0xf];
			o += 5;
		}
		*out_n = o;
		return k;
	}
	if (cp == '\\' || cp == '"') {
		buf[0] = '\\';
		buf[1] = (char)cp;
		*out_n = 2;
		return 1;
	}
	memcpy(buf, s, (size_t)n);
	*out_n = (size_t)n;
	return (size_t)n;
}

size_t esc_prom_label(const char *in, size_t len, char *out, size_t cap)
{
	const uint8_t *s = (const uint8_t *)in;
	size_t i = 0, o = 0;

	if (cap == 0)
		return 0;
	while (i < len) {
		char buf[20];
		size_t m, n = prom_unit(s + i, len - i, buf, &m);
		if (m > cap - 1 - o)
			break;
		memcpy(out + o, buf, m);
		o += m;
		i += n;
	}
	out[o] = '\0';
	return o;
}

size_t esc_prom_label_len(const char *in, size_t len)
{
	const uint8_t *s = (const uint8_t *)in;
	size_t i = 0, o = 0;

	while (i < len) {
		char buf[20];
		size_t m;
		i += prom_unit(s + i, len - i, buf, &m);
		o += m;
	}
	return o;
}
