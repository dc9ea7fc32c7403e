/* SPDX-License-Identifier: MIT */
/* run_stream.c - which record a mode writes, the check of the options'
 * format against the writer table before anything runs, and the writers of
 * the modes over time (--watch, --ephemeral --watch, -E) opened from it. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "sockls/run.h"
#include "sockls/writer.h"

#define EPH_TOP 10

int run_listing_record(const struct opts *o)
{
	if (o->count || o->count_by)
		return WREC_COUNT;
	if (o->summary)
		return WREC_SUMMARY;
	return o->ephemeral ? WREC_EPHEMERAL : WREC_ROWS;
}

int run_record(const struct opts *o)
{
	if (o->list_services)
		return WREC_SERVICES;
	if (o->doctor)
		return WREC_DOCTOR;
	if (o->watch_ms)
		return o->ephemeral ? WREC_EPH_WATCH : WREC_DIFF;
	if (o->events)
		return WREC_EVENT;
	if (o->kill)
		return WREC_KILL;
	return run_listing_record(o);
}

const struct writer_entry *run_watch_entry(const struct opts *o)
{
	return writer_pick(writer_format(o), WREC_DIFF);
}

int run_check_output(const struct opts *o, run_say_fn say)
{
	const char *fmt = writer_format(o);
	int rec = run_record(o);
	char msg[512];

	/* --watch in a format without diffs writes a listing per refresh */
	if (rec == WREC_DIFF && !writer_pick(fmt, WREC_DIFF))
		rec = WREC_ROWS;
	if (writer_pick(fmt, (enum writer_rec)rec))
		return 0;
	writer_refusal(writer_table, writer_table_len, fmt, (enum writer_rec)rec, msg, sizeof(msg));
	say("%s", msg);
	return 2;
}

int run_stream_open(const struct opts *o, enum writer_rec rec, run_say_fn say, struct writer *w)
{
	const struct writer_entry *e = writer_pick(writer_format(o), rec);
	struct writer_ctx ctx = {
		.out = stdout,
		.ext = o->ext,
		.top_n = o->top_set ? o->top_n : EPH_TOP,
		.top_set = o->top_set,
		.json_version = o->json_version,
	};
	int err;

	w->ops = NULL;
	w->state = NULL;
	if (!e)
		return run_check_output(o, say) ? 2 : 1;
	if ((err = writer_open(w, e->ops, &ctx)) < 0) {
		say("cannot start output: %s", strerror(-err));
		return 1;
	}
	return 0;
}
