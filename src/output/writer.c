/* SPDX-License-Identifier: MIT */
/* writer.c - the table of writers and the calls main makes through it. */
#include <stddef.h>
#include <string.h>

#include "sockls/writer.h"

static const struct writer_ops *const writers[] = {
	&table_writer, &json_writer, &ndjson_writer,
	&summary_writer, &summary_json_writer,
	&eph_writer, &eph_json_writer,
	&prom_writer,
	&count_writer, &count_json_writer, &count_prom_writer,
};

const struct writer_ops *writer_find(const char *name)
{
	for (size_t i = 0; i < sizeof(writers) / sizeof(writers[0]); i++)
		if (strcmp(writers[i]->name, name) == 0)
			return writers[i];
	return NULL;
}

int writer_open(struct writer *w, const struct writer_ops *ops, const struct writer_ctx *ctx)
{
	w->ops = ops;
	w->state = NULL;
	return ops->open(ctx, &w->state);
}

int writer_netns(struct writer *w, const struct writer_ns *ns)
{
	return w->ops && w->ops->netns ? w->ops->netns(w->state, ns) : 0; /* no writer: hooks only */
}

int writer_row(struct writer *w, const struct sock_row *row)
{
	return w->ops->row(w->state, row);
}

int writer_end(struct writer *w)
{
	return w->ops->end(w->state);
}

void writer_free(struct writer *w)
{
	if (w->ops && w->state)
		w->ops->free(w->state);
	w->state = NULL;
}
