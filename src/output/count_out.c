/* SPDX-License-Identifier: MIT */
/* count_out.c - the --count-by writers: each row's key is tallied (no row is
 * formatted), then the groups are written largest first as a table (like
 * uniq -c | sort -rn), a JSON document or Prometheus samples. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/count.h"
#include "sockls/esc.h"
#include "sockls/json.h"
#include "sockls/jsonw.h"
#include "sockls/tally.h"
#include "sockls/writer.h"

#define CELL 4096 /* a process set fills at most half a key (2 KiB) */

enum count_form { CF_TABLE, CF_JSON, CF_PROM };

struct count_state {
	struct writer_ctx ctx;
	enum count_form form;
	struct tally *t;
	const char *netns;       /* the namespace of rows without a tag */
	uint8_t key[COUNT_KEY_BYTES];
	const struct tally_entry *v;
	size_t n, shown;         /* groups, and those within --top */
	uint64_t omitted;        /* sockets in the groups beyond --top */
};

static int open_form(const struct writer_ctx *ctx, void **state, enum count_form form)
{
	struct count_state *s = calloc(1, sizeof(*s));

	if (!s || !ctx->count || !(s->t = tally_new())) {
		free(s);
		return ctx->count ? -ENOMEM : -EINVAL;
	}
	s->ctx = *ctx;
	s->form = form;
	s->netns = ctx->count_netns;
	*state = s;
	return 0;
}

static int open_table(const struct writer_ctx *ctx, void **state)
{
	return open_form(ctx, state, CF_TABLE);
}

static int open_json(const struct writer_ctx *ctx, void **state)
{
	return open_form(ctx, state, CF_JSON);
}

static int open_prom(const struct writer_ctx *ctx, void **state)
{
	return open_form(ctx, state, CF_PROM);
}

static int count_netns(void *state, const struct writer_ns *ns)
{
	struct count_state *s = state;

	if (ns->tag)
		s->netns = NULL; /* the rows carry their tag */
	return 0;
}

static int count_row(void *state, const struct sock_row *row)
{
	struct count_state *s = state;
	size_t len = count_encode(s->ctx.count, row, s->netns, s->key);

	return tally_add(s->t, s->key, len);
}

/* Sorts, and what --top leaves out. */
static int count_groups(struct count_state *s)
{
	int err = tally_sorted(s->t, &s->v, &s->n);

	if (err < 0)
		return err;
	s->shown = s->n < s->ctx.count_top ? s->n : s->ctx.count_top;
	for (size_t i = s->shown; i < s->n; i++)
		s->omitted += s->v[i].count;
	return 0;
}

static int finish(struct count_state *s)
{
	if (ferror(s->ctx.out) || fflush(s->ctx.out) != 0)
		return errno ? -errno : -EIO;
	return 0;
}

/* The text of value i of group g (escaped for the terminal). */
static size_t cell(const struct count_state *s, const struct count_val *vals, size_t i, char *buf)
{
	const struct count_keys *k = s->ctx.count;

	return count_val_text(k, k->key[i], &vals[i], buf, CELL, true);
}

/* Column widths: the widest count and value of each key among the groups shown. */
static void widths(const struct count_state *s, size_t *w)
{
	const struct count_keys *k = s->ctx.count;
	struct count_val vals[COUNT_KEYS_MAX];
	char buf[CELL];

	w[0] = 5; /* "Count" */
	for (size_t i = 0; i < k->n; i++)
		w[i + 1] = strlen(count_key_name(k->key[i]));
	for (size_t g = 0; g < s->shown; g++) {
		size_t d = (size_t)snprintf(buf, sizeof(buf), "%lu", (unsigned long)s->v[g].count);
		w[0] = d > w[0] ? d : w[0];
		if (!count_decode(k, s->v[g].key, s->v[g].len, vals))
			continue;
		for (size_t i = 0; i < k->n; i++) {
			size_t n = cell(s, vals, i, buf);
			w[i + 1] = n > w[i + 1] ? n : w[i + 1];
		}
	}
}

static void table_line(const struct count_state *s, const size_t *w, const char *count,
		       const struct count_val *vals)
{
	const struct count_keys *k = s->ctx.count;
	char buf[CELL];

	fprintf(s->ctx.out, "%*s", (int)w[0], count);
	for (size_t i = 0; i < k->n; i++) {
		if (vals)
			cell(s, vals, i, buf);
		else
			snprintf(buf, sizeof(buf), "%s", count_key_name(k->key[i]));
		buf[0] = vals || buf[0] < 'a' || buf[0] > 'z' ? buf[0] : (char)(buf[0] - 'a' + 'A');
		if (i + 1 < k->n)
			fprintf(s->ctx.out, " %-*s", (int)w[i + 1], buf);
		else
			fprintf(s->ctx.out, " %s", buf);
	}
	fputc('\n', s->ctx.out);
}

static int table_end(void *state)
{
	struct count_state *s = state;
	struct count_val vals[COUNT_KEYS_MAX];
	size_t w[COUNT_KEYS_MAX + 1];
	char num[24];
	int err;

	if ((err = count_groups(s)) < 0)
		return err;
	widths(s, w);
	if (s->ctx.header)
		table_line(s, w, "Count", NULL);
	for (size_t g = 0; g < s->shown; g++) {
		if (!count_decode(s->ctx.count, s->v[g].key, s->v[g].len, vals))
			return -EINVAL;
		snprintf(num, sizeof(num), "%lu", (unsigned long)s->v[g].count);
		table_line(s, w, num, vals);
	}
	if (s->ctx.header && s->shown < s->n)
		fprintf(s->ctx.out, "(%zu more group%s: %lu socket%s; --top shows more)\n",
			s->n - s->shown, s->n - s->shown == 1 ? "" : "s", (unsigned long)s->omitted,
			s->omitted == 1 ? "" : "s");
	return finish(s);
}

static void json_group(struct jsonw *jw, const struct count_state *s, const struct tally_entry *e,
		       const struct count_val *vals)
{
	const struct count_keys *k = s->ctx.count;

	jsonw_obj_begin(jw);
	jsonw_key_uint(jw, "count", e->count);
	jsonw_key(jw, "key");
	jsonw_obj_begin(jw);
	for (size_t i = 0; i < k->n; i++) {
		jsonw_key(jw, count_key_label(k->key[i]));
		count_val_json(jw, k, k->key[i], &vals[i]);
	}
	jsonw_obj_end(jw);
	jsonw_obj_end(jw);
}

static void json_body(struct jsonw *jw, const struct count_state *s)
{
	const struct count_keys *k = s->ctx.count;
	struct count_val vals[COUNT_KEYS_MAX];

	jsonw_key(jw, "counts");
	jsonw_obj_begin(jw);
	jsonw_key(jw, "keys");
	jsonw_arr_begin(jw);
	for (size_t i = 0; i < k->n; i++)
		jsonw_str(jw, count_key_label(k->key[i]));
	jsonw_arr_end(jw);
	jsonw_key_uint(jw, "sockets", tally_total(s->t));
	jsonw_key_uint(jw, "groups", s->n);
	jsonw_key(jw, "omitted");
	jsonw_obj_begin(jw);
	jsonw_key_uint(jw, "groups", s->n - s->shown);
	jsonw_key_uint(jw, "sockets", s->omitted);
	jsonw_obj_end(jw);
	jsonw_key(jw, "entries");
	jsonw_arr_begin(jw);
	for (size_t g = 0; g < s->shown; g++)
		if (count_decode(k, s->v[g].key, s->v[g].len, vals))
			json_group(jw, s, &s->v[g], vals);
	jsonw_arr_end(jw);
	jsonw_obj_end(jw);
}

static int count_json_end(void *state)
{
	struct count_state *s = state;
	struct jsonw *jw;
	int err;

	if ((err = count_groups(s)) < 0)
		return err;
	if (!(jw = jsonw_new(s->ctx.out, false)))
		return -ENOMEM;
	jsonw_set_schema(jw, s->ctx.json_version);
	json_head(jw, s->ctx.source, s->ctx.eph_in_head ? s->ctx.eph : NULL);
	json_body(jw, s);
	jsonw_obj_end(jw);
	err = jsonw_flush(jw);
	jsonw_free(jw);
	return err ? err : finish(s);
}

/* One sample: each key a label (none '-', unknown '?'), values escaped once. */
static void prom_sample(const struct count_state *s, const struct tally_entry *e,
			const struct count_val *vals)
{
	const struct count_keys *k = s->ctx.count;
	char raw[CELL], esc[CELL * 3];

	fputs("sockls_sockets_by{", s->ctx.out);
	for (size_t i = 0; i < k->n; i++) {
		size_t n = count_val_text(k, k->key[i], &vals[i], raw, sizeof(raw), false);
		esc_prom_label(raw, n, esc, sizeof(esc));
		fprintf(s->ctx.out, "%s%s=\"%s\"", i ? "," : "", count_key_label(k->key[i]), esc);
	}
	fprintf(s->ctx.out, "} %lu\n", (unsigned long)e->count);
}

static int prom_end(void *state)
{
	struct count_state *s = state;
	struct count_val vals[COUNT_KEYS_MAX];
	FILE *f = s->ctx.out;
	int err;

	if ((err = count_groups(s)) < 0)
		return err;
	fputs("# HELP sockls_sockets_by Sockets by the --count-by keys: the largest groups "
	      "(--top, default 100)\n# TYPE sockls_sockets_by gauge\n", f);
	for (size_t g = 0; g < s->shown; g++)
		if (count_decode(s->ctx.count, s->v[g].key, s->v[g].len, vals))
			prom_sample(s, &s->v[g], vals);
	fprintf(f, "# HELP sockls_sockets_by_groups Distinct values of the --count-by keys\n"
		"# TYPE sockls_sockets_by_groups gauge\nsockls_sockets_by_groups %zu\n"
		"# HELP sockls_sockets_by_omitted_groups Groups left out by --top\n"
		"# TYPE sockls_sockets_by_omitted_groups gauge\nsockls_sockets_by_omitted_groups %zu\n"
		"# HELP sockls_sockets_by_omitted_sockets Sockets in the groups left out by --top\n"
		"# TYPE sockls_sockets_by_omitted_sockets gauge\n"
		"sockls_sockets_by_omitted_sockets %lu\n",
		s->n, s->n - s->shown, (unsigned long)s->omitted);
	return finish(s);
}

static void count_free(void *state)
{
	struct count_state *s = state;

	tally_free(s->t);
	free(s);
}

const struct writer_ops count_writer = {
	.name = "count", .open = open_table, .netns = count_netns, .row = count_row,
	.end = table_end, .free = count_free,
};

const struct writer_ops count_json_writer = {
	.name = "count-json", .open = open_json, .netns = count_netns, .row = count_row,
	.end = count_json_end, .free = count_free,
};

const struct writer_ops count_prom_writer = {
	.name = "count-prometheus", .open = open_prom, .netns = count_netns, .row = count_row,
	.end = prom_end, .free = count_free,
};
