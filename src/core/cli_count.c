/* SPDX-License-Identifier: MIT */
/* cli_count.c - the options of --count-by and of the process filter (--pid):
 * their values and what they combine with. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "sockls/cli.h"
#include "cli_int.h"
#include "sockls/num.h"



/* --pid PID[,PID...]: process ids (1 to 2^22, the largest pid_max); repeatable. */
int cli_pids(const char *arg, struct opts *o, struct cli_error *err)
{
	const char *p = arg;
	char word[16];
	unsigned long v = 0;

	for (;;) {
		size_t len = strcspn(p, ",");
		if (len == 0 || len >= sizeof(word))
			return cli_fail(err, "invalid --pid '%s' (process ids: PID[,PID...])", arg);
		memcpy(word, p, len);
		word[len] = '\0';
		if (cli_parse_uint(word, 4194304, &v) < 0 || v == 0)
			return cli_fail(err, "invalid --pid '%s': '%s' is not a process id", arg, word);
		if (o->n_pids == CLI_MAX_PIDS)
			return cli_fail(err, "--pid '%s': at most %d process ids", arg, CLI_MAX_PIDS);
		o->pids[o->n_pids++] = (int32_t)v;
		if (!p[len])
			return 0;
		p += len + 1;
	}
}

int cli_top(const char *arg, struct opts *o, struct cli_error *err)
{
	unsigned long v = 0;

	if (cli_parse_uint(arg, CLI_TOP_MAX, &v) < 0)
		return cli_fail(err, "invalid --top '%s' (0 to %u)", arg, CLI_TOP_MAX);
	o->top_n = (unsigned int)v;
	o->top_set = true;
	return 0;
}

int cli_count_check(const struct opts *o, struct cli_error *err)
{
	if (!o->count_by)
		return 0;
	if (o->summary || o->ephemeral || o->doctor || o->list_services)
		return cli_fail(err, "--count-by: choose one of --count-by, -s, --ephemeral, --doctor");
	if (o->watch_ms || o->events || o->kill)
		return cli_fail(err, "%s cannot be combined with --count-by",
			      o->kill ? "--kill" : o->events ? "--events" : "--watch");
	return 0;
}
