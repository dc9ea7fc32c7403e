/* SPDX-License-Identifier: MIT */
/* cli_doctor.c - the options of --doctor: --fail-on, --doctor-threshold
 * (kept as typed: the mode knows the names), and what they combine with. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "sockls/cli.h"
#include "cli_int.h"


int cli_doctor_threshold(const char *arg, struct opts *o, struct cli_error *err)
{
	if (o->n_doctor_thr == CLI_DOCTOR_THR_MAX)
		return cli_fail(err, "too many --doctor-threshold options at '%s'", arg);
	o->doctor_thr[o->n_doctor_thr++] = arg;
	return 0;
}

/* The values are enum doc_sev's (doctor.h), none after the last. */
int cli_doctor_fail_on(const char *arg, struct opts *o, struct cli_error *err)
{
	static const char *const levels[] = { "info", "warning", "critical", "none" };

	for (int i = 0; i < 4; i++)
		if (!strcmp(arg, levels[i])) {
			o->fail_on = i;
			return 0;
		}
	return cli_fail(err, "invalid --fail-on '%s' (info, warning, critical or none)", arg);
}

int cli_doctor_check(const struct opts *o, struct cli_error *err)
{
	if (!o->doctor) {
		if (o->interval_ms || o->n_doctor_thr || o->fail_on != 1)
			return cli_fail(err, "%s applies to --doctor", o->interval_ms ? "--interval" :
				      o->n_doctor_thr ? "--doctor-threshold" : "--fail-on");
		return 0;
	}
	if (o->summary || o->ephemeral || o->list_services || o->watch_ms || o->events || o->kill)
		return cli_fail(err, "%s cannot be combined with -s, --ephemeral, --list-services, "
			      "--watch, --events or --kill", "--doctor");
	/* it reads tcp_info, memory and timers, and names the owners of what it
	 * finds, on its own: a detail option would be silently ignored */
	if (o->ext & (EXT_PROCESSES | EXT_EXTENDED | EXT_INFO | EXT_MEMORY | EXT_TIMERS | EXT_PEERS))
		return cli_fail(err, "--doctor reads tcp_info, memory and timers and names the owners of "
			      "what it finds itself: not with -p, -e, -i, -m, -o or --peers");
	if (o->top_set)
		return cli_fail(err, "--top applies to --ephemeral, --prometheus and --count-by, "
			      "not to --doctor");
	/* the formats are the writer table's to say (WREC_DOCTOR) */
	if (o->output_file)
		return cli_fail(err, "--doctor writes one report to standard output: not with --output");
	return 0;
}
