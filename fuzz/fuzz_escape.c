/* SPDX-License-Identifier: MIT */
/* fuzz_escape.c - libFuzzer target: jsonw_strn must emit valid UTF-8 JSON, esc_term a table
 * cell and esc_prom_label a label value, each within cap, none ever holding a code point of
 * utf8_cp_hidden() raw (controls, C1, bidi, zero-width, invisible, tags). */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/esc.h"
#include "sockls/jsonw.h"
#include "sockls/utf8.h"

static void check(bool ok)
{
	if (!ok)
		abort();
}

/* The JSON output: "..."\n, valid UTF-8, no byte < 0x20 or 0x7f, no C1, quotes balanced. */
static void check_json(const uint8_t *s, size_t len)
{
	check(len >= 3 && s[0] == '"' && s[len - 2] == '"' && s[len - 1] == '\n');
	for (size_t i = 1; i < len - 2;) {
		uint32_t cp;
		int n = utf8_decode(s + i, len - 2 - i, &cp);
		check(n > 0);
		check(!utf8_cp_hidden(cp)); /* bidi, invisible, C0, C1: always \\uXXXX */
		check(cp != '"'); /* escaped quotes are skipped below */
		if (cp == '\\') {
			check(i + 1 < len - 2 && s[i + 1] != '\0');
			check(strchr("\"\\bfnrtu", s[i + 1]) != NULL);
			if (s[i + 1] == 'u') {
				check(i + 6 <= len - 2);
				for (size_t k = i + 2; k < i + 6; k++)
					check(strchr("0123456789abcdef", s[k]) != NULL && s[k] != '\0');
				i += 6;
				continue;
			}
			i += 2;
			continue;
		}
		i += (size_t)n;
	}
}

static void check_term(const uint8_t *in, size_t len, size_t cap)
{
	char *out = malloc(cap + 1);
	check(out != NULL);
	out[cap] = 'Z'; /* canary just past cap */
	size_t w = esc_term((const char *)in, len, out, cap);
	check(out[cap] == 'Z');
	if (cap == 0) {
		check(w == 0);
	} else {
		check(w < cap && out[w] == '\0' && strlen(out) == w);
		for (size_t i = 0; i < w; i++) {
			uint8_t c = (uint8_t)out[i];
			check(c >= 0x20 && c != 0x7f);
		}
		/* Any valid UTF-8 that passed through is not a C1 control. */
		for (size_t i = 0; i < w;) {
			uint32_t cp;
			int n = utf8_decode((const uint8_t *)out + i, w - i, &cp);
			check(n > 0);
			check(!utf8_cp_hidden(cp));
			i += (size_t)n;
		}
	}
	free(out);
}

/* A Prometheus label value: valid UTF-8, nothing hidden raw, every '"' and
 * '\\' escaped, within cap and never cut inside an escape. */
static void check_prom(const uint8_t *in, size_t len, size_t cap)
{
	char *out = malloc(cap + 1);
	check(out != NULL);
	out[cap] = 'Z';
	size_t w = esc_prom_label((const char *)in, len, out, cap);
	check(out[cap] == 'Z');
	check(cap == 0 ? w == 0 : (w < cap && out[w] == '\0'));
	for (size_t i = 0; i < w;) {
		uint32_t cp;
		int n = utf8_decode((const uint8_t *)out + i, w - i, &cp);
		check(n > 0 && !utf8_cp_hidden(cp) && cp != '"');
		if (cp == '\\') {
			check(i + 1 < w && (out[i + 1] == '\\' || out[i + 1] == '"'));
			i += 2;
			continue;
		}
		i += (size_t)n;
	}
	free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf = NULL;
	size_t blen = 0;
	FILE *f = open_memstream(&buf, &blen);
	if (!f)
		return 0;
	struct jsonw *jw = jsonw_new(f, false);
	check(jw != NULL);
	check(jsonw_strn(jw, (const char *)data, size) == 0);
	jsonw_free(jw);
	fclose(f);
	check_json((const uint8_t *)buf, blen);
	free(buf);

	size_t full = esc_term_len((const char *)data, size);
	check(full <= size * 4);
	check_term(data, size, full + 1);           /* exact fit: nothing truncated */
	check_term(data, size, size ? data[0] : 0); /* arbitrary small caps */
	check_term(data, size, 0);
	size_t pfull = esc_prom_label_len((const char *)data, size);
	check(pfull <= size * 5);
	check_prom(data, size, pfull + 1);
	check_prom(data, size, size ? data[0] : 0);
	return 0;
}
