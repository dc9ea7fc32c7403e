/* SPDX-License-Identifier: MIT */
/* testskip.h - a unit test that cannot run here says why (make unit counts
 * the "SKIP" lines); under CI=true it fails instead: CI proves everything. */
#ifndef SOCKLS_TESTSKIP_H
#define SOCKLS_TESTSKIP_H

#include <stdlib.h>
#include <string.h>

static inline int testskip_ci(void)
{
	const char *ci = getenv("CI");

	return ci && strcmp(ci, "true") == 0;
}

/* skip_why("no cgroup2 mount") or skip_why("%s: %d", ...): the reason is a literal. */
#define skip_why(...)                                                        \
	do {                                                                 \
		if (testskip_ci())                                           \
			fail_msg("would skip under CI: " __VA_ARGS__);       \
		print_message("SKIP %s: ", __func__);                        \
		print_message(__VA_ARGS__);                                  \
		print_message("\n");                                         \
		skip();                                                      \
	} while (0)

#endif
