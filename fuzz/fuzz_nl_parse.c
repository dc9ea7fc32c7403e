/* SPDX-License-Identifier: MIT */
/* fuzz_nl_parse.c - libFuzzer target for the sock_diag reply parser: arbitrary
 * bytes as a receive buffer, parsed as the reply of every kind in the protocol
 * table (inet, unix, packet, netlink, vsock formats).
 * The first byte picks the protocol and state mask; the rest is the buffer. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/nl.h"

static int check_cb(const struct sock_rec *rec, void *data)
{
	unsigned long *n = data;

	/* The payload counts only through its have-bits and lengths (sock.h). */
	if (rec->state >= ST_MAX || rec->path_len > SOCK_UNIX_PATH_MAX ||
	    rec->tcp_info_len > SOCK_TCP_INFO_MAX ||
	    (rec->path_len && rec->path[rec->path_len] != '\0') ||
	    ((rec->have & HAVE_CONG) && memchr(rec->cong, '\0', SOCK_CONG_MAX) == NULL))
		abort();
	(*n)++;
	return *n > 1000 ? -1 : 0; /* also exercise the callback-error path */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned long n = 0;
	struct nl_run run = { .cb = check_cb, .data = &n };
	uint8_t *buf;

	if (size < 1)
		return 0;
	run.proto = data[0] % PROTO_MAX;
	run.states = (data[0] & 0x80) ? STATE_BIT(ST_LISTEN) : 0;
	/* An exact-size heap copy, so the sanitizer sees any read past the end.
	 * Netlink buffers are 4-byte aligned; so is malloc's. */
	buf = malloc(size - 1 ? size - 1 : 1);
	if (!buf)
		return 0;
	memcpy(buf, data + 1, size - 1);
	(void)nl_parse_buf(buf, size - 1, &run);
	free(buf);
	return 0;
}
