/* SPDX-License-Identifier: MIT */
/* test_counters.c - the one reader of /proc/net/sockstat{,6}, snmp and netstat:
 * fixture files, then truncated and hostile text. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "sockls/counters.h"

#define FIX "tests/fixtures/counters"

struct seen {
	char text[512];
	size_t n;
	size_t name_bytes; /* of every name, NULs included */
};

/* Records "group.name=value;" for each counter the parser hands over. */
static void record_cb(const struct counter_field *f, void *data)
{
	struct seen *s = data;
	int n = snprintf(s->text + s->n, sizeof(s->text) - s->n, "%.*s.%.*s=%.*s;", (int)f->glen,
			 f->group, (int)f->nlen, f->name, (int)f->vlen, f->val);

	s->name_bytes += f->nlen;
	if (n > 0 && (size_t)n < sizeof(s->text) - s->n)
		s->n += (size_t)n;
}

static int table(const char *text, size_t len, struct seen *s)
{
	memset(s, 0, sizeof(*s));
	return counters_parse_table(text, len, record_cb, s);
}

static void test_read_fixtures(void **state)
{
	uint64_t v[SSTAT_MAX] = { 0 };
	uint32_t have = 0;
	struct file_fail ff;

	(void)state;
	assert_int_equal(counters_read_sockstat(FIX, v, &have, &ff), 0);
	assert_int_equal(ff.err, 0);
	assert_int_equal(v[SSTAT_SOCKETS_USED], 290);
	assert_int_equal(v[SSTAT_TCP_INUSE], 5);
	assert_int_equal(v[SSTAT_TCP_TW], 2);
	assert_int_equal(v[SSTAT_TCP6_INUSE], 3);
	assert_int_equal(v[SSTAT_UDP6_INUSE], 1);
	assert_false(have & SSTAT_BIT(SSTAT_UDPLITE_INUSE)); /* not in this sockstat */
	assert_false(have & SSTAT_BIT(SSTAT_TCP_CURR_ESTAB));
	assert_int_equal(counters_read_snmp(FIX, v, &have, &ff), 0);
	assert_int_equal(v[SSTAT_TCP_CURR_ESTAB], 42);
	assert_true(have & SSTAT_BIT(SSTAT_TCP_CURR_ESTAB));
	/* no netstat here: missing, not an error of the reader's callers */
	char buf[64];
	size_t len;
	assert_int_equal(counters_read(FIX, "netstat", buf, sizeof(buf), &len, NULL), -ENOENT);
	/* snmp missing is 0 and nothing set; both sockstat files missing is -ENOENT */
	have = 0;
	assert_int_equal(counters_read_snmp("/nonexistent-sockls", v, &have, NULL), 0);
	assert_int_equal(counters_read_sockstat("/nonexistent-sockls", v, &have, &ff), -ENOENT);
	assert_int_equal(have, 0);
}

static void test_table_pairs(void **state)
{
	static const char snmp[] = "Tcp: ActiveOpens\tCurrEstab\nTcp: 7  3\nUdp: NoPorts\nUdp: 9\n";
	struct seen s;

	(void)state;
	assert_int_equal(table(snmp, strlen(snmp), &s), 0);
	assert_string_equal(s.text, "Tcp.ActiveOpens=7;Tcp.CurrEstab=3;Udp.NoPorts=9;");
	/* the last values line may lack its newline */
	assert_int_equal(table("Tcp: A\nTcp: 1", 14, &s), 0);
	assert_string_equal(s.text, "Tcp.A=1;");
	assert_int_equal(table("", 0, &s), 0);
	assert_string_equal(s.text, "");
}

/* A file cut short (read while being written, or a hostile proc root). */
static void test_table_truncated(void **state)
{
	static const char full[] = "Tcp: A B\nTcp: 1 2\nUdp: C\nUdp: 3\n";
	struct seen s;

	(void)state;
	/* cut inside the second names line: that line is ignored, the first pair stands */
	assert_int_equal(table(full, 21, &s), 0);
	assert_string_equal(s.text, "Tcp.A=1;Tcp.B=2;");
	/* cut after a names line: its values are missing */
	assert_int_equal(table(full, 25, &s), -EINVAL);
	assert_string_equal(s.text, "Tcp.A=1;Tcp.B=2;");
	/* cut inside a values line: the values run short */
	assert_int_equal(table(full, 16, &s), -EINVAL);
	assert_string_equal(s.text, "Tcp.A=1;");
	/* cut inside the first group's name */
	assert_int_equal(table(full, 11, &s), -EINVAL);
	assert_string_equal(s.text, "");
}

static void test_table_hostile(void **state)
{
	struct seen s;

	(void)state;
	/* mismatched groups, a group that only begins like the other, no colon */
	assert_int_equal(table("Tcp: A\nUdp: 1\n", 14, &s), -EINVAL);
	assert_int_equal(table("Tcp: A\nTcpExt: 1\n", 17, &s), -EINVAL);
	assert_int_equal(table("Tcp A\nTcp 1\n", 12, &s), -EINVAL);
	assert_string_equal(s.text, "");
	/* a NUL inside is a byte like another, never the end of the text */
	assert_int_equal(table("Tcp: A\0B\nTcp: 1\n", 16, &s), 0);
	assert_int_equal(s.name_bytes, 3);
	/* more values than names: the extra ones are ignored */
	assert_int_equal(table("Tcp: A\nTcp: 1 2 3\n", 18, &s), 0);
	assert_string_equal(s.text, "Tcp.A=1;");
}

static void test_curr_estab(void **state)
{
	uint64_t v[SSTAT_MAX] = { 0 };
	uint32_t have = 0;
	static const char *const bad[] = {
		"Tcp: CurrEstab\n",                      /* no values line */
		"Tcp: CurrEstab\nTcp: -4\n",             /* not a count */
		"Tcp: CurrEstab\nTcp: 18446744073709551616\n",
		"Tcp: InSegs CurrEstab\nTcp: 5\n",       /* values run short */
		"Udp: CurrEstab\nUdp: 5\n",              /* another group's */
		"Ip: A\nTcp: 1\nTcp: CurrEstab\nTcp: 5\n", /* after a broken pair */
	};

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		have = 0;
		assert_int_equal(counters_parse_curr_estab(bad[i], strlen(bad[i]), v, &have), 0);
		assert_int_equal(have, 0);
	}
	/* a broken pair after it does not take back what was read */
	static const char later[] = "Tcp: CurrEstab\nTcp: 18446744073709551615\nUdp: A\nIp: 1\n";
	assert_int_equal(counters_parse_curr_estab(later, strlen(later), v, &have), 1);
	assert_true(v[SSTAT_TCP_CURR_ESTAB] == UINT64_MAX);
}

static void test_sockstat_hostile(void **state)
{
	uint64_t v[SSTAT_MAX] = { 0 };
	uint32_t have = 0;

	(void)state;
	assert_int_equal(counters_parse_sockstat(":::\n\n:", 6, v, &have), 0);
	/* cut after a key: the key without its value is not read */
	assert_int_equal(counters_parse_sockstat("TCP: inuse 4 tw", 15, v, &have), 1);
	assert_int_equal(v[SSTAT_TCP_INUSE], 4);
	assert_false(have & SSTAT_BIT(SSTAT_TCP_TW));
	/* case matters, a count past 64 bits and a sign are no count */
	have = 0;
	assert_int_equal(counters_parse_sockstat("tcp: inuse 5\nTCP: orphan 18446744073709551616\n"
						 "TCP: tw -1\nTCP6: inuse +3\n", 72, v, &have), 0);
	assert_int_equal(have, 0);
	/* a NUL ends nothing: the line after it is still read */
	assert_int_equal(counters_parse_sockstat("RAW: inuse 1\0\nUDP: inuse 2\n", 27, v, &have), 1);
	assert_int_equal(v[SSTAT_UDP_INUSE], 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_read_fixtures),
		cmocka_unit_test(test_table_pairs),
		cmocka_unit_test(test_table_truncated),
		cmocka_unit_test(test_table_hostile),
		cmocka_unit_test(test_curr_estab),
		cmocka_unit_test(test_sockstat_hostile),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
