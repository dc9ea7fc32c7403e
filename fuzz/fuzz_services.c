/* SPDX-License-Identifier: MIT */
/* fuzz_services.c - libFuzzer target: a --services overlay never crashes the loader, and every name it accepts resolves both ways over either built-in table. */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "sockls/services.h"
#include "sockls/sock.h"

static void check(bool ok)
{
	if (!ok)
		abort();
}

/* Every overlay entry (the walk gives them first, then the well-known table):
 * its name finds a port, and its port shows a name, with either table. */
static int entry_cb(const char *name, uint16_t port, unsigned int proto, void *data)
{
	size_t *left = data;
	uint16_t got = 0;
	if (*left == 0)
		return 1;
	(*left)--;
	check(proto == PROTO_TCP || proto == PROTO_UDP);
	check(svc_port(name, proto, &got) == 0);
	check(svc_port(name, PROTO_MAX, &got) == 0);
	check(svc_name(proto, port) != NULL);
	check(svc_name_from(SVC_BUILTIN_IANA, proto, port) != NULL);
	(void)svc_iana_name(proto, port);
	return 0;
}

static int count_cb(const char *name, uint16_t port, unsigned int proto, void *data)
{
	(void)name, (void)port, (void)proto;
	++*(size_t *)data;
	return 0;
}

/* The loader takes a path: hand it the bytes through a memfd. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static size_t n_builtin;
	if (!n_builtin)
		check(svc_foreach(count_cb, &n_builtin) == 0 && n_builtin > 0);
	int fd = memfd_create("services", MFD_CLOEXEC);
	if (fd < 0)
		return 0;
	if (write(fd, data, size) == (ssize_t)size) {
		char path[64];
		unsigned int bad = 0;
		snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
		int err = svc_overlay_load(path, &bad);
		check(err == 0 || err == -EINVAL || err == -ENOMEM);
		check((err == -EINVAL) == (bad > 0));
		size_t n_all = 0;
		check(svc_foreach(count_cb, &n_all) == 0 && n_all >= n_builtin);
		/* entry_cb stops (returns 1) at the first built-in entry */
		size_t n_overlay = n_all - n_builtin;
		check(svc_foreach(entry_cb, &n_overlay) == 1 && n_overlay == 0);
		svc_overlay_free();
	}
	close(fd);
	return 0;
}
