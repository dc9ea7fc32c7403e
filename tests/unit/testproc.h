/* SPDX-License-Identifier: MIT */
/* testproc.h - the one fixture reader of the /proc parser tests: every line
 * of a captured or hand-written /proc file through a line parser. Include
 * after cmocka.h. */
#ifndef SOCKLS_TESTPROC_H
#define SOCKLS_TESTPROC_H

#include <stdio.h>
#include <string.h>

#include "sockls/proc.h"
#include "sockls/sock.h"

typedef int (*testproc_line_fn)(const char *line, size_t len, struct sock_rec *rec);

/* Parses every line of file into out (fewer than cap records), asserting
 * that the first is the header and every other line parses. Returns how
 * many records. Lines up to 1023 bytes. */
static inline size_t testproc_parse_file(const char *file, testproc_line_fn fn,
					 struct sock_rec *out, size_t cap)
{
	FILE *f = fopen(file, "r");
	char line[1024];
	size_t n = 0, lineno = 0;

	assert_non_null(f);
	while (fgets(line, sizeof(line), f)) {
		int rc = fn(line, strlen(line), &out[n]);
		if (lineno++ == 0) {
			assert_int_equal(rc, PROC_PARSE_HEADER);
			continue;
		}
		assert_int_equal(rc, 0);
		assert_true(++n < cap);
	}
	fclose(f);
	return n;
}

#endif
