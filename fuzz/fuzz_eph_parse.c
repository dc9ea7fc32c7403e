/* SPDX-License-Identifier: MIT */
/* fuzz_eph_parse.c - libFuzzer target: the ip_local_port_range / ip_local_reserved_ports parsers
 * and the /etc/services overlay loader never crash, and what they accept is self-consistent. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "sockls/ephemeral.h"
#include "sockls/services.h"

static void check(bool ok)
{
	if (!ok)
		abort();
}

static void fuzz_eph(const char *text)
{
	static struct eph_range r;
	int err = eph_parse_range(text, &r);
	check(err == 0 || err == -EINVAL || err == -ERANGE);
	if (!err) {
		check(r.low <= r.high);
		check(eph_usable(&r) <= (unsigned int)(r.high - r.low + 1));
	}
	err = eph_parse_reserved(text, &r);
	check(err == 0 || err == -EINVAL || err == -ERANGE);
	unsigned int bits = 0, runs = 0;
	for (unsigned int p = 0; p < 65536; p++)
		bits += eph_is_reserved(&r, (uint16_t)p);
	check(bits == r.n_reserved);
	check(err == 0 || bits == 0);
	uint32_t pos = 0;
	uint16_t lo, hi;
	while (eph_reserved_next(&r, &pos, &lo, &hi)) {
		check(lo <= hi && eph_is_reserved(&r, lo) && eph_is_reserved(&r, hi));
		runs += (unsigned int)(hi - lo) + 1;
	}
	check(runs == bits);
}

/* The overlay loader takes a path: hand it the bytes through a memfd. */
static void fuzz_overlay(const uint8_t *data, size_t size)
{
	int fd = memfd_create("services", MFD_CLOEXEC);
	if (fd < 0)
		return;
	if (write(fd, data, size) == (ssize_t)size) {
		char path[64];
		unsigned int bad = 0;
		snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
		int err = svc_overlay_load(path, &bad);
		check(err == 0 || err == -EINVAL || err == -ENOMEM);
		check((err == -EINVAL) == (bad > 0));
		uint16_t port;
		(void)svc_name(PROTO_TCP, 80);
		(void)svc_port("http", PROTO_MAX, &port);
		svc_overlay_free();
	}
	close(fd);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	fuzz_eph(text);
	free(text);
	fuzz_overlay(data, size);
	return 0;
}
