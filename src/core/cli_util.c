/* SPDX-License-Identifier: MIT */
/* cli_util.c - the refusal and the number parser every option parser uses
 * (cli.c and the modes' cli_count.c, cli_doctor.c). */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

#include "cli_int.h"
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
