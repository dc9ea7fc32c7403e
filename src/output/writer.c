/* SPDX-License-Identifier: MIT */
/* writer.c - the table of writers: each entry a format and the records it
 * writes; a mode asks for its record in the format of the options, and a
 * combination the table lacks is refused here, with one message. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "sockls/cli.h"
#include "sockls/writer.h"

#define LISTING (WREC_BIT(WREC_ROWS) | WREC_BIT(WREC_KILL))

const struct writer_entry writer_table[] = {
	{ "text", LISTING, false, &table_writer },
	{ "json", LISTING, false, &json_writer },
	{ "ndjson", LISTING, false, &ndjson_writer },
	{ "prometheus", WREC_BIT(WREC_ROWS), false, &prom_writer },
	{ "text", WREC_BIT(WREC_SUMMARY), false, &summary_writer },
	{ "json", WREC_BIT(WREC_SUMMARY), false, &summary_json_writer },
	{ "ndjson", WREC_BIT(WREC_SUMMARY), false, &summary_json_writer },
	{ "text", WREC_BIT(WREC_EPHEMERAL), false, &eph_writer },
	{ "json", WREC_BIT(WREC_EPHEMERAL), false, &eph_json_writer },
	{ "ndjson", WREC_BIT(WREC_EPHEMERAL), false, &eph_json_writer },
	{ "text", WREC_BIT(WREC_COUNT), false, &count_writer },
	{ "json", WREC_BIT(WREC_COUNT), false, &count_json_writer },
	{ "prometheus", WREC_BIT(WREC_COUNT), false, &count_prom_writer },
	{ "text", WREC_BIT(WREC_DIFF), true, &view_writer },
	{ "ndjson", WREC_BIT(WREC_DIFF), false, &diff_json_writer },
	{ "text", WREC_BIT(WREC_EPH_WATCH), true, &eph_view_writer },
	{ "ndjson", WREC_BIT(WREC_EPH_WATCH), false, &eph_watch_json_writer },
	{ "text", WREC_BIT(WREC_EVENT), false, &event_text_writer },
	{ "ndjson", WREC_BIT(WREC_EVENT), false, &event_json_writer },
	{ "text", WREC_BIT(WREC_DOCTOR), false, &doctor_writer },
	{ "json", WREC_BIT(WREC_DOCTOR), false, &doctor_json_writer },
	{ "prometheus", WREC_BIT(WREC_DOCTOR), false, &doctor_prom_writer },
	{ "text", WREC_BIT(WREC_SERVICES), false, &services_writer },
};
const size_t writer_table_len = sizeof(writer_table) / sizeof(writer_table[0]);

static const char *const rec_names[WREC_MAX] = {
	[WREC_ROWS] = "a listing",
	[WREC_KILL] = "-K's results",
	[WREC_SUMMARY] = "-s's summary",
	[WREC_EPHEMERAL] = "--ephemeral's report",
	[WREC_COUNT] = "--count-by's groups",
	[WREC_DIFF] = "--watch's refreshes",
	[WREC_EPH_WATCH] = "--ephemeral --watch's report",
	[WREC_EVENT] = "-E's events",
	[WREC_DOCTOR] = "--doctor's report",
	[WREC_SERVICES] = "--list-services' names",
};

const char *writer_format(const struct opts *o)
{
	static const char *const by_out[] = {
		[OUT_TABLE] = "text", [OUT_JSON] = "json", [OUT_NDJSON] = "ndjson",
	};

	return o->prometheus ? "prometheus" : by_out[o->out];
}

const struct writer_entry *writer_pick_in(const struct writer_entry *tab, size_t n,
					  const char *format, enum writer_rec rec)
{
	for (size_t i = 0; i < n; i++)
		if ((tab[i].records & WREC_BIT(rec)) && strcmp(tab[i].format, format) == 0)
			return &tab[i];
	return NULL;
}

const struct writer_entry *writer_pick(const char *format, enum writer_rec rec)
{
	return writer_pick_in(writer_table, writer_table_len, format, rec);
}

void writer_refusal(const struct writer_entry *tab, size_t n, const char *format,
		    enum writer_rec rec, char *buf, size_t len)
{
	bool text = strcmp(format, "text") == 0;
	uint32_t can = 0;
	size_t at;

	for (size_t i = 0; i < n; i++)
		if (strcmp(tab[i].format, format) == 0)
			can |= tab[i].records;
	at = (size_t)snprintf(buf, len, "%s%s cannot write %s", text ? "" : "--",
			      text ? "text output" : format, rec < WREC_MAX ? rec_names[rec] : "that");
	for (int r = 0, first = 1; r < WREC_MAX && at < len; r++) {
		if (!(can & WREC_BIT(r)))
			continue;
		at += (size_t)snprintf(buf + at, len - at, "%s%s", first ? " (it writes " : ", ",
				       rec_names[r]);
		first = 0;
	}
	if (can && at < len)
		snprintf(buf + at, len - at, ")");
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

int writer_doctor(struct writer *w, const struct doc_report *r)
{
	return w->ops->doctor(w->state, r);
}

int writer_service(struct writer *w, const char *name)
{
	return w->ops->service(w->state, name);
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
