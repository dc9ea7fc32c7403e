/* SPDX-License-Identifier: MIT */
/* cli_int.h - what cli.c shares with the option parsers of its modes (cli_count.c,
 * cli_doctor.c): one refusal, one number parser. */
#ifndef SOCKLS_CLI_INT_H
#define SOCKLS_CLI_INT_H

#include "sockls/cli.h"

/* err->msg from fmt; returns -EINVAL. */
__attribute__((format(printf, 2, 3)))
int cli_fail(struct cli_error *err, const char *fmt, ...);

/* A decimal number 0..max of the whole string s; 0 or -errno. */
int cli_parse_uint(const char *s, unsigned long max, unsigned long *out);

#endif
