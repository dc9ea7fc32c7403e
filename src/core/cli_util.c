/* SPDX-License-Identifier: MIT */
/* cli_util.c - the refusal and the number parser every option parser uses
 * (cli.c and the modes' cli_count.c, cli_doctor.c). */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

#include "cli_int.h"
#include "sockls/json.h"
#include "sockls/num.h"

int cli_fail(struct cli_error *err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	return -EINVAL;
}

int cli_parse_uint(const char *s, unsigned long max, unsigned long *out)
{
	uint64_t v;
	int err = num_parse_str(s, max, &v);

	if (err)
		return err;
	*out = (unsigned long)v;
	return 0;
}

/* --json-version N: the schema of every JSON and NDJSON document (1 or 2),
 * spelled as the schema names it: "01" or "+2" is not a version. */
int cli_json_version(const char *arg, struct opts *o, struct cli_error *err)
{
	unsigned long v = 0;

	if (arg[0] < '1' || arg[0] > '9' || cli_parse_uint(arg, JSON_SCHEMA_VERSION, &v) < 0 ||
	    v < JSON_SCHEMA_MIN)
		return cli_fail(err, "invalid --json-version '%s' (%u or %u)", arg, JSON_SCHEMA_MIN,
				JSON_SCHEMA_VERSION);
	o->json_version = (unsigned int)v;
	return 0;
}
