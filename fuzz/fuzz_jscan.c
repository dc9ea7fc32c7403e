/* SPDX-License-Identifier: MIT */
/* fuzz_jscan.c - libFuzzer target: the JSON scanner that reads container
 * runtimes' state files, on any bytes.
 *
 * Input: a first line of keys separated by '/', then the document.
 * Invariants: every answer is 0, -ENOENT or -EINVAL; the output is
 * NUL-terminated within its buffer, empty unless 0; a smaller buffer gives a
 * prefix of what a larger one gives; jscan_array_find answers the same way. */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/jscan.h"

#define KEYS_MAX 8

static void check(bool ok)
{
	if (!ok)
		abort();
}

static void check_out(int rc, const char *out, size_t cap)
{
	check(rc == 0 || rc == -ENOENT || rc == -EINVAL);
	check(memchr(out, '\0', cap) != NULL);
	check(rc == 0 || out[0] == '\0');
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *nl = memchr(data, '\n', size);
	size_t klen = nl ? (size_t)(nl - (const char *)data) : 0;
	const char *doc = nl ? nl + 1 : (const char *)data;
	size_t dlen = size - (nl ? klen + 1 : 0);
	char keys[256], big[4096], small[7];
	const char *path[KEYS_MAX];
	size_t np = 0;
	int rc, rs;

	if (klen >= sizeof(keys))
		klen = sizeof(keys) - 1;
	memcpy(keys, data, klen);
	keys[klen] = '\0';
	for (char *k = keys, *save = NULL; np < KEYS_MAX && (k = strtok_r(k, "/", &save)); k = NULL)
		path[np++] = k;
	rc = jscan_path(doc, dlen, path, np, big, sizeof(big));
	check_out(rc, big, sizeof(big));
	rs = jscan_path(doc, dlen, path, np, small, sizeof(small));
	check_out(rs, small, sizeof(small));
	check(rc == rs);
	check(rc != 0 || strncmp(big, small, strlen(small)) == 0);
	rc = jscan_array_find(doc, dlen, np ? path[0] : "id", np > 1 ? path[1] : "",
			      np > 2 ? path[2] : "names", big, sizeof(big));
	check_out(rc, big, sizeof(big));
	check(jscan_path(doc, dlen, path, np, big, 0) == -EINVAL);
	return 0;
}
