/* SPDX-License-Identifier: MIT */
/* services_out.c - --list-services: the service names, one a line, as the
 * shells' completions read them. A name from a --services file is that
 * file's bytes: escaped as the table escapes what it shows. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/esc.h"
#include "sockls/writer.h"

static int services_open(const struct writer_ctx *ctx, void **state)
{
	*state = ctx->out;
	return 0;
}

static int services_name(void *state, const char *name)
{
	size_t len = strlen(name);
	char *esc = malloc(ESC_TERM_SIZE(len));
	int ret;

	if (!esc)
		return -ENOMEM;
	esc_term(name, len, esc, ESC_TERM_SIZE(len));
	ret = fputs(esc, state) == EOF || putc('\n', state) == EOF ? -(errno ? errno : EIO) : 0;
	free(esc);
	return ret;
}

static int services_end(void *state)
{
	return fflush(state) != 0 ? -(errno ? errno : EIO) : 0;
}

static void services_free(void *state)
{
	(void)state; /* the stream is the run's */
}

const struct writer_ops services_writer = {
	.name = "services", .open = services_open, .service = services_name,
	.end = services_end, .free = services_free,
};
