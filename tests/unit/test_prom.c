/* SPDX-License-Identifier: MIT */
/* test_prom.c - the --prometheus writer's listener info: the unit label from
 * the row's cgroup (escaped), and no label at all when the unit is unknown. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "sockls/cgroup.h"
#include "sockls/writer.h"
#include "testrow.h"

/* The exposition for one TCP listener on port whose cgroup names unit
 * (NULL: no cgroup known). */
static char *listener_prom(uint16_t port, const char *unit)
{
	struct sock_rec rec = testrec_inet(PROTO_TCP, AF_INET, ST_LISTEN, "127.0.0.1", port, NULL, 0);
	struct sock_row row = testrow(&rec);
	static char path[] = "/x";
	struct cg_names names;
	struct cg_entry ent = { .id = 42, .path = path, .names = &names };
	struct writer_ns ns = { 0 };
	struct writer w = { 0 };
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct writer_ctx ctx = { .out = f, .top_n = 10 };

	memset(&names, 0, sizeof(names));
	if (unit) {
		snprintf(names.unit, sizeof(names.unit), "%s", unit);
		row.cgroup = &ent;
	}
	assert_int_equal(writer_open(&w, writer_pick("prometheus", WREC_ROWS)->ops, &ctx), 0);
	assert_int_equal(writer_netns(&w, &ns), 0);
	assert_int_equal(writer_row(&w, &row), 0);
	assert_int_equal(writer_end(&w), 0);
	writer_free(&w);
	fclose(f);
	return buf;
}

static void test_unit_label(void **st)
{
	char *s;
	(void)st;

	s = listener_prom(8080, "web.service");
	assert_non_null(strstr(s, "sockls_listening_info{proto=\"tcp\",address=\"127.0.0.1\","
				  "port=\"8080\",service=\"http-alt\",unit=\"web.service\"} 1\n"));
	free(s);
	s = listener_prom(8080, "a\"b\\.service");
	assert_non_null(strstr(s, "unit=\"a\\\"b\\\\.service\"} 1\n"));
	free(s);
}

/* Unknown: no cgroup, or a cgroup that names no unit (the root, a slice). */
static void test_unit_unknown_is_absent(void **st)
{
	char *s;
	(void)st;

	s = listener_prom(9999, NULL);
	assert_non_null(strstr(s, "port=\"9999\",service=\"\"} 1\n"));
	assert_null(strstr(s, "unit="));
	free(s);
	s = listener_prom(9999, "");
	assert_non_null(strstr(s, "port=\"9999\",service=\"\"} 1\n"));
	assert_null(strstr(s, "unit="));
	free(s);
}

/* The text format: every family has its HELP line then its TYPE line (gauge
 * or counter), before its first sample; every sample's family was announced. */
static void test_help_and_type(void **st)
{
	char *s = listener_prom(8080, "web.service"), *save = NULL, *line;
	char fam[128] = "";
	int families = 0, samples = 0;
	(void)st;

	for (line = strtok_r(s, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		if (strncmp(line, "# HELP ", 7) == 0) {
			assert_int_equal(sscanf(line + 7, "%127s", fam), 1);
			line = strtok_r(NULL, "\n", &save);
			assert_non_null(line);
			size_t n = strlen(fam);
			assert_int_equal(strncmp(line, "# TYPE ", 7), 0);
			assert_int_equal(strncmp(line + 7, fam, n), 0);
			assert_true(strcmp(line + 7 + n, " gauge") == 0 ||
				    strcmp(line + 7 + n, " counter") == 0);
			families++;
		} else {
			assert_true(line[0] != '#');
			assert_true(fam[0] != '\0');
			assert_int_equal(strncmp(line, fam, strlen(fam)), 0);
			samples++;
		}
	}
	assert_true(families >= 1);
	assert_true(samples >= 1);
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unit_label),
		cmocka_unit_test(test_unit_unknown_is_absent),
		cmocka_unit_test(test_help_and_type),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
