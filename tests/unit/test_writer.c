/* SPDX-License-Identifier: MIT */
/* test_writer.c - the writer table: each entry declares the records it
 * writes, a mode's record in a format without one is refused from the table
 * with one message, and every combination the CLI tests and man page list is
 * accepted. A test writer ("csv", listings only) is registered in a table of
 * this test alone: it refuses every other record, --doctor's report too. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sockls/cli.h"
#include "sockls/doctor.h"
#include "sockls/run.h"
#include "sockls/writer.h"

static char said[1024];
static int n_said;

__attribute__((format(printf, 1, 2)))
static void say(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(said, sizeof(said), fmt, ap);
	va_end(ap);
	n_said++;
}

/* The options of argv words (the parse must succeed). */
static void parse_words(struct opts *o, const char *first, va_list ap)
{
	static char words[32][64];
	static char *argv[33];
	struct cli_error err;
	int argc = 0;

	for (const char *w = first; w; w = va_arg(ap, const char *)) {
		strncpy(words[argc], w, sizeof(words[0]) - 1);
		argv[argc] = words[argc];
		argc++;
	}
	argv[argc] = NULL;
	assert_int_equal(cli_parse(argc, argv, o, &err), CLI_RUN);
}

static void parsed(struct opts *o, const char *first, ...)
{
	va_list ap;

	va_start(ap, first);
	parse_words(o, first, ap);
	va_end(ap);
}

/* The check main makes, on argv words. */
static int check(const char *first, ...)
{
	struct opts o;
	va_list ap;

	va_start(ap, first);
	parse_words(&o, first, ap);
	va_end(ap);
	said[0] = '\0';
	n_said = 0;
	return run_check_output(&o, say);
}

/* The test writer: one line per row, listings only. */
static int csv_open(const struct writer_ctx *ctx, void **state)
{
	*state = ctx->out;
	return 0;
}

static int csv_row(void *state, const struct sock_row *row)
{
	return fprintf(state, "%u\n", (unsigned int)row->rec->proto) < 0 ? -EIO : 0;
}

static int csv_end(void *state)
{
	return fflush(state) ? -EIO : 0;
}

static void csv_free(void *state)
{
	(void)state;
}

static const struct writer_ops csv_writer = {
	.name = "csv", .open = csv_open, .row = csv_row, .end = csv_end, .free = csv_free,
};

static struct writer_entry *test_table(size_t *n)
{
	struct writer_entry *t = calloc(writer_table_len + 1, sizeof(*t));

	assert_non_null(t);
	memcpy(t, writer_table, writer_table_len * sizeof(*t));
	t[writer_table_len] = (struct writer_entry){ "csv", WREC_BIT(WREC_ROWS), false, &csv_writer };
	*n = writer_table_len + 1;
	return t;
}

static void test_csv_listings_only(void **state)
{
	size_t n;
	struct writer_entry *t = test_table(&n);
	char msg[512];

	(void)state;
	assert_ptr_equal(writer_pick_in(t, n, "csv", WREC_ROWS)->ops, &csv_writer);
	for (int r = 0; r < WREC_MAX; r++) {
		if (r == WREC_ROWS)
			continue;
		assert_null(writer_pick_in(t, n, "csv", (enum writer_rec)r));
	}
	writer_refusal(t, n, "csv", WREC_SUMMARY, msg, sizeof(msg));
	assert_string_equal(msg, "--csv cannot write -s's summary (it writes a listing)");
	writer_refusal(t, n, "csv", WREC_EVENT, msg, sizeof(msg));
	assert_string_equal(msg, "--csv cannot write -E's events (it writes a listing)");
	writer_refusal(t, n, "csv", WREC_DOCTOR, msg, sizeof(msg));
	assert_string_equal(msg, "--csv cannot write --doctor's report (it writes a listing)");
	/* the product's table has no csv: nothing of it is picked */
	assert_null(writer_pick("csv", WREC_ROWS));
	free(t);
}

/* --doctor's report is a record of the table: the listings-only test writer
 * has no entry for it, the product's text, JSON and Prometheus writers do. */
static void test_csv_refuses_doctor(void **state)
{
	size_t n;
	struct writer_entry *t = test_table(&n);
	struct opts o;

	(void)state;
	parsed(&o, "sockls", "--doctor", NULL);
	assert_int_equal(run_record(&o), WREC_DOCTOR);
	assert_null(writer_pick_in(t, n, "csv", (enum writer_rec)run_record(&o)));
	assert_ptr_equal(writer_pick_in(t, n, "text", WREC_DOCTOR)->ops, &doctor_writer);
	assert_ptr_equal(writer_pick_in(t, n, "json", WREC_DOCTOR)->ops, &doctor_json_writer);
	assert_ptr_equal(writer_pick_in(t, n, "prometheus", WREC_DOCTOR)->ops,
			 &doctor_prom_writer);
	assert_null(writer_pick_in(t, n, "ndjson", WREC_DOCTOR));
	free(t);
}

/* --list-services' names are a record of the table too: text only, each
 * name escaped (an overlay's are a file's bytes); the test writer and the
 * JSON, NDJSON and Prometheus formats refuse them. */
static void test_services_record(void **state)
{
	size_t n, len = 0;
	struct writer_entry *t = test_table(&n);
	struct writer_ctx ctx = { 0 };
	struct writer w;
	struct opts o;
	char *buf = NULL, msg[512];

	(void)state;
	parsed(&o, "sockls", "--list-services", NULL);
	assert_int_equal(run_record(&o), WREC_SERVICES);
	assert_ptr_equal(writer_pick_in(t, n, "text", WREC_SERVICES)->ops, &services_writer);
	assert_null(writer_pick_in(t, n, "csv", WREC_SERVICES));
	assert_null(writer_pick("json", WREC_SERVICES));
	assert_null(writer_pick("ndjson", WREC_SERVICES));
	assert_null(writer_pick("prometheus", WREC_SERVICES));
	writer_refusal(writer_table, writer_table_len, "json", WREC_SERVICES, msg, sizeof(msg));
	assert_non_null(strstr(msg, "--json cannot write --list-services' names"));
	ctx.out = open_memstream(&buf, &len);
	assert_non_null(ctx.out);
	assert_int_equal(writer_open(&w, &services_writer, &ctx), 0);
	assert_int_equal(writer_service(&w, "http"), 0);
	assert_int_equal(writer_service(&w, "x\033[2Jy"), 0);
	assert_int_equal(writer_end(&w), 0);
	writer_free(&w);
	fclose(ctx.out);
	assert_string_equal(buf, "http\nx\\x1b[2Jy\n");
	free(buf);
	free(t);
}

/* The table's doctor entries write the report handed to writer_doctor(),
 * once, and flush at end: an empty report in each format. */
static void test_doctor_report(void **state)
{
	static const char *const want[][2] = {
		{ "text", "no findings (7 checks over a sample of 0.250 s)\n" },
		{ "json", "{\n  \"version\": 2,\n  \"doctor\": {\n    \"interval_ms\": 250," },
		{ "prometheus", "# HELP sockls_doctor_findings Findings of sockls --doctor" },
	};
	struct doc_findings f;
	struct doc_report r = { .f = &f, .interval_ms = 250, .fail_on = DOC_WARNING };

	(void)state;
	doc_findings_init(&f, 5);
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		char *buf = NULL;
		size_t len = 0;
		FILE *out = open_memstream(&buf, &len);
		struct writer_ctx ctx = { .out = out };
		const struct writer_entry *e = writer_pick(want[i][0], WREC_DOCTOR);
		struct writer w;

		assert_non_null(out);
		assert_non_null(e);
		assert_int_equal(writer_open(&w, e->ops, &ctx), 0);
		assert_int_equal(writer_doctor(&w, &r), 0);
		assert_int_equal(writer_end(&w), 0);
		writer_free(&w);
		fclose(out);
		assert_true(strncmp(buf, want[i][1], strlen(want[i][1])) == 0);
		free(buf);
	}
	doc_findings_free(&f);
}

/* Refused from the table: exit 2, one message, the table's words. */
static void test_refused(void **state)
{
	char msg[512];

	(void)state;
	assert_int_equal(check("sockls", "-s", "--prometheus", NULL), 2);
	writer_refusal(writer_table, writer_table_len, "prometheus", WREC_SUMMARY, msg, sizeof(msg));
	assert_string_equal(said, msg);
	assert_int_equal(n_said, 1);
	assert_non_null(strstr(said, "--prometheus cannot write -s's summary"));
	assert_int_equal(check("sockls", "--ephemeral", "--prometheus", NULL), 2);
	assert_int_equal(check("sockls", "-E", "--prometheus", NULL), 2);
	assert_non_null(strstr(said, "-E's events"));
	assert_int_equal(check("sockls", "-E", "--json", NULL), 2);
	assert_int_equal(check("sockls", "--ephemeral", "--watch", "--json", NULL), 2);
	assert_int_equal(check("sockls", "--ephemeral", "--watch", "--prometheus", NULL), 2);
	assert_int_equal(check("sockls", "--count-by", "state", "--ndjson", NULL), 2);
	assert_int_equal(check("sockls", "-K", "--prometheus", "dport", "=", ":1", NULL), 2);
	/* --doctor --ndjson: the table's message (the CLI refused it before) */
	assert_int_equal(check("sockls", "--doctor", "--ndjson", NULL), 2);
	writer_refusal(writer_table, writer_table_len, "ndjson", WREC_DOCTOR, msg, sizeof(msg));
	assert_string_equal(said, msg);
	assert_int_equal(n_said, 1);
	assert_non_null(strstr(said, "--ndjson cannot write --doctor's report (it writes a listing"));
}

/* Every combination the CLI tests and the man page list stays accepted. */
static void test_accepted(void **state)
{
	static const char *const formats[][2] = {
		{ "-n", NULL }, { "--json", NULL }, { "--ndjson", NULL }, { "--prometheus", NULL },
	};

	(void)state;
	for (size_t i = 0; i < 4; i++) {
		const char *f = formats[i][0];
		assert_int_equal(check("sockls", f, NULL), 0);
		assert_int_equal(check("sockls", "--watch", f, NULL), 0);
		if (i != 3) {
			assert_int_equal(check("sockls", "-s", f, NULL), 0);
			assert_int_equal(check("sockls", "--ephemeral", f, NULL), 0);
			assert_int_equal(check("sockls", "-K", f, "dport", "=", ":1", NULL), 0);
		}
		if (i != 2)
			assert_int_equal(check("sockls", "--count-by", "state", f, NULL), 0);
		if (i == 0 || i == 2) {
			assert_int_equal(check("sockls", "-E", f, NULL), 0);
			assert_int_equal(check("sockls", "--ephemeral", "--watch", f, NULL), 0);
		}
	}
	assert_int_equal(check("sockls", "--doctor", NULL), 0);
	assert_int_equal(check("sockls", "--doctor", "--json", NULL), 0);
	assert_int_equal(check("sockls", "--doctor", "--json", "--json-version", "1", NULL), 0);
	assert_int_equal(check("sockls", "--doctor", "--prometheus", NULL), 0);
	assert_int_equal(n_said, 0);
}

/* Each entry declares at least one record and has what its records need. */
static void test_entries_whole(void **state)
{
	(void)state;
	for (size_t i = 0; i < writer_table_len; i++) {
		const struct writer_entry *e = &writer_table[i];
		const struct writer_ops *ops = e->ops;
		uint32_t rows = WREC_BIT(WREC_ROWS) | WREC_BIT(WREC_KILL) | WREC_BIT(WREC_SUMMARY) |
				WREC_BIT(WREC_EPHEMERAL) | WREC_BIT(WREC_COUNT);

		assert_true(e->records != 0);
		assert_non_null(ops->open);
		assert_non_null(ops->free);
		if (e->records & rows)
			assert_true(ops->row && ops->end);
		if (e->records & WREC_BIT(WREC_DIFF))
			assert_non_null(ops->diff);
		if (e->records & WREC_BIT(WREC_EPH_WATCH))
			assert_non_null(ops->eph_tick);
		if (e->records & WREC_BIT(WREC_EVENT))
			assert_true(ops->event && ops->lost && ops->flush);
		if (e->records & WREC_BIT(WREC_DOCTOR))
			assert_true(ops->doctor && ops->end);
		/* one entry per format and record */
		for (size_t j = i + 1; j < writer_table_len; j++)
			assert_false(!strcmp(e->format, writer_table[j].format) &&
				     (e->records & writer_table[j].records));
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_csv_listings_only),
		cmocka_unit_test(test_csv_refuses_doctor),
		cmocka_unit_test(test_services_record),
		cmocka_unit_test(test_doctor_report),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_accepted),
		cmocka_unit_test(test_entries_whole),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
