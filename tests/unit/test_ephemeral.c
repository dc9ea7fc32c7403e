/* SPDX-License-Identifier: MIT */
/* test_ephemeral.c - ephemeral range and reserved-port parsing, reading a proc tree, and the usage report. */
#include <arpa/inet.h>
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "sockls/ephemeral.h"

#define FIXTURES "tests/fixtures/eph"

/* cmocka 1.1.5 compares floats as float; percentages deserve double. */
#define assert_near(a, b) assert_true((double)(a) - (double)(b) < 1e-9 && (double)(b) - (double)(a) < 1e-9)

static struct eph_range *new_range(void)
{
	struct eph_range *r = calloc(1, sizeof(*r));
	assert_non_null(r);
	return r;
}

static void expect_range(const char *text, int err, unsigned int low, unsigned int high)
{
	struct eph_range *r = new_range();
	r->low = 1;
	r->high = 2;
	assert_int_equal(eph_parse_range(text, r), err);
	assert_int_equal(r->low, err ? 1 : low);
	assert_int_equal(r->high, err ? 2 : high);
	free(r);
}

static void test_parse_range(void **state)
{
	(void)state;
	expect_range("32768 60999", 0, 32768, 60999);
	expect_range("32768\t60999\n", 0, 32768, 60999);
	expect_range("1024 65535", 0, 1024, 65535);
	expect_range("  5000   5000 \n", 0, 5000, 5000);
	expect_range("0 0", 0, 0, 0);
	expect_range("60999 32768", -EINVAL, 0, 0);
	expect_range("1024 65536", -ERANGE, 0, 0);
	expect_range("65536 70000", -ERANGE, 0, 0);
	expect_range("99999999999999999999999 1", -ERANGE, 0, 0);
	expect_range("", -EINVAL, 0, 0);
	expect_range("\n", -EINVAL, 0, 0);
	expect_range("32768", -EINVAL, 0, 0);
	expect_range("32768\n", -EINVAL, 0, 0);
	expect_range("32768,60999", -EINVAL, 0, 0);
	expect_range("1 2 3", -EINVAL, 0, 0);
	expect_range("-1 5", -EINVAL, 0, 0);
	expect_range("a b", -EINVAL, 0, 0);
	expect_range("10 20x", -EINVAL, 0, 0);
	expect_range(NULL, -EINVAL, 0, 0);
}

static void test_parse_reserved(void **state)
{
	(void)state;
	struct eph_range *r = new_range();
	assert_int_equal(eph_parse_reserved("8000-8010,9000\n", r), 0);
	assert_int_equal(r->n_reserved, 12);
	assert_false(eph_is_reserved(r, 7999));
	assert_true(eph_is_reserved(r, 8000));
	assert_true(eph_is_reserved(r, 8005));
	assert_true(eph_is_reserved(r, 8010));
	assert_false(eph_is_reserved(r, 8011));
	assert_true(eph_is_reserved(r, 9000));

	/* A new list replaces the old one. */
	assert_int_equal(eph_parse_reserved("", r), 0);
	assert_int_equal(r->n_reserved, 0);
	assert_false(eph_is_reserved(r, 8000));
	assert_int_equal(eph_parse_reserved("\n", r), 0);
	assert_int_equal(r->n_reserved, 0);
	assert_int_equal(eph_parse_reserved("10-20,15-25", r), 0);
	assert_int_equal(r->n_reserved, 16);
	assert_int_equal(eph_parse_reserved("0-65535", r), 0);
	assert_int_equal(r->n_reserved, 65536);
	assert_true(eph_is_reserved(r, 0));
	assert_true(eph_is_reserved(r, 65535));

	static const struct { const char *text; int err; } bad[] = {
		{ "8010-8000", -EINVAL }, { "65536", -ERANGE }, { "1-65536", -ERANGE },
		{ "1,,2", -EINVAL }, { "1,", -EINVAL }, { "1-", -EINVAL }, { "-5", -EINVAL },
		{ "x", -EINVAL }, { "1 2", -EINVAL }, { "1-2-3", -EINVAL }, { "7;8", -EINVAL },
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		assert_int_equal(eph_parse_reserved("9000", r), 0);
		assert_int_equal(eph_parse_reserved(bad[i].text, r), bad[i].err);
		assert_int_equal(r->n_reserved, 0); /* cleared on error */
		assert_false(eph_is_reserved(r, 9000));
	}
	free(r);
}

static void test_reserved_runs(void **state)
{
	(void)state;
	struct eph_range *r = new_range();
	assert_int_equal(eph_parse_reserved("9000,8000-8010,65535,0", r), 0);
	uint32_t pos = 0;
	uint16_t lo, hi;
	static const uint16_t want[][2] = { { 0, 0 }, { 8000, 8010 }, { 9000, 9000 }, { 65535, 65535 } };
	for (size_t i = 0; i < 4; i++) {
		assert_true(eph_reserved_next(r, &pos, &lo, &hi));
		assert_int_equal(lo, want[i][0]);
		assert_int_equal(hi, want[i][1]);
	}
	assert_false(eph_reserved_next(r, &pos, &lo, &hi));
	assert_false(eph_reserved_next(r, &pos, &lo, &hi));
	free(r);
}

static void test_is_ephemeral_usable(void **state)
{
	(void)state;
	struct eph_range *r = new_range();
	assert_int_equal(eph_parse_range("32768 60999", r), 0);
	assert_int_equal(eph_parse_reserved("", r), 0);
	assert_int_equal(eph_usable(r), 28232);
	assert_false(eph_is_ephemeral(r, 32767));
	assert_true(eph_is_ephemeral(r, 32768));
	assert_true(eph_is_ephemeral(r, 60999));
	assert_false(eph_is_ephemeral(r, 61000));
	/* Reserved ports outside the range do not change the usable size. */
	assert_int_equal(eph_parse_reserved("8000-8010,32768-32769,40000,61000", r), 0);
	assert_int_equal(eph_usable(r), 28232 - 3);
	assert_false(eph_is_ephemeral(r, 32768));
	assert_false(eph_is_ephemeral(r, 32769));
	assert_true(eph_is_ephemeral(r, 32770));
	assert_false(eph_is_ephemeral(r, 40000));
	assert_false(eph_is_ephemeral(r, 8000));
	assert_int_equal(eph_parse_range("1024 65535", r), 0);
	assert_int_equal(eph_usable(r), 64512 - 15);
	assert_true(eph_is_ephemeral(r, 65535));
	assert_int_equal(eph_parse_range("5 5", r), 0);
	assert_int_equal(eph_usable(r), 1);
	free(r);
}

static void test_read_fixtures(void **state)
{
	(void)state;
	struct eph_range *r = new_range();
	assert_int_equal(eph_read(FIXTURES "/basic", r, NULL), 0);
	assert_int_equal(r->low, 32768);
	assert_int_equal(r->high, 60999);
	assert_int_equal(r->n_reserved, 11 + 1 + 2 + 1);
	assert_true(eph_is_reserved(r, 40000));
	assert_int_equal(eph_usable(r), 28232 - 3);

	/* No reserved-ports file: nothing reserved, even if r had some. */
	assert_int_equal(eph_read(FIXTURES "/norsv", r, NULL), 0);
	assert_int_equal(r->low, 40000);
	assert_int_equal(r->high, 40999);
	assert_int_equal(r->n_reserved, 0);
	assert_false(eph_is_reserved(r, 40000));

	assert_int_equal(eph_read(FIXTURES "/missing", r, NULL), -ENOENT);
	assert_int_equal(eph_read(FIXTURES "/bad", r, NULL), -EINVAL);
	assert_int_equal(eph_read(FIXTURES "/badrsv", r, NULL), -EINVAL);
	assert_int_equal(r->low, 40000); /* untouched on error */
	free(r);
}

/* The failing file is named, and a FIFO in its place is refused at once. */
static void test_read_names_file(void **state)
{
	(void)state;
	struct eph_range *r = new_range();
	struct file_fail ff;
	char root[] = "/tmp/sockls-eph-XXXXXX", path[128];
	assert_non_null(mkdtemp(root));
	assert_int_equal(eph_read(FIXTURES "/badrsv", r, &ff), -EINVAL);
	assert_non_null(strstr(ff.path, "badrsv/sys/net/ipv4/ip_local_reserved_ports"));
	snprintf(path, sizeof(path), "%s/sys", root);
	assert_int_equal(mkdir(path, 0700), 0);
	strcat(path, "/net");
	assert_int_equal(mkdir(path, 0700), 0);
	strcat(path, "/ipv4");
	assert_int_equal(mkdir(path, 0700), 0);
	strcat(path, "/ip_local_port_range");
	assert_int_equal(mkfifo(path, 0600), 0);
	assert_int_equal(eph_read(root, r, &ff), -ENODEV);
	assert_string_equal(ff.path, path);
	assert_int_equal(unlink(path), 0);
	assert_int_equal(symlink("/dev/zero", path), 0);
	assert_int_equal(eph_read(root, r, &ff), -ENODEV);
	assert_int_equal(unlink(path), 0);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fprintf(f, "%64s\n", "1 2");
	fclose(f);
	assert_int_equal(eph_read(root, r, &ff), -EFBIG);
	assert_int_equal(ff.limit, 63);
	assert_int_equal(unlink(path), 0);
	char cmd[160];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", root);
	assert_int_equal(system(cmd), 0);
	free(r);
}

static struct sock_rec rec4(unsigned int proto, unsigned int state, const char *laddr, uint16_t lport,
			    const char *raddr, uint16_t rport)
{
	struct sock_rec rec;
	memset(&rec, 0, sizeof(rec));
	rec.proto = (uint8_t)proto;
	rec.state = (uint8_t)state;
	rec.family = strchr(laddr, ':') ? AF_INET6 : AF_INET;
	assert_int_equal(inet_pton(rec.family, laddr, rec.local.addr), 1);
	assert_int_equal(inet_pton(rec.family, raddr, rec.remote.addr), 1);
	rec.local.port = lport;
	rec.remote.port = rport;
	return rec;
}

static void add(struct eph_report *rep, struct sock_rec rec)
{
	assert_int_equal(eph_report_add(rep, &rec), 0);
}

/* Range 40000-40999 with 40010-40019 reserved: 990 usable. */
static struct eph_report *build_report(void)
{
	struct eph_range *r = new_range();
	assert_int_equal(eph_parse_range("40000 40999", r), 0);
	assert_int_equal(eph_parse_reserved("40010-40019,8080", r), 0);
	struct eph_report *rep = eph_report_new(r);
	free(r);
	assert_non_null(rep);
	for (uint16_t p = 40020; p < 40050; p++)
		add(rep, rec4(PROTO_TCP, ST_ESTABLISHED, "10.0.0.2", p, "10.0.0.5", 5432));
	for (uint16_t p = 40100; p < 40110; p++) {
		add(rep, rec4(PROTO_TCP, p < 40105 ? ST_TIME_WAIT : ST_ESTABLISHED, "10.0.0.2", p, "10.0.0.6", 443));
		add(rep, rec4(PROTO_TCP, ST_ESTABLISHED, "2001:db8::2", p, "2001:db8::1", 443));
	}
	/* v4-mapped sockets join the IPv4 destination. */
	for (uint16_t p = 40200; p < 40205; p++)
		add(rep, rec4(PROTO_TCP, ST_ESTABLISHED, "::ffff:10.0.0.2", p, "::ffff:10.0.0.5", 5432));
	add(rep, rec4(PROTO_TCP, ST_LISTEN, "0.0.0.0", 40700, "0.0.0.0", 0));
	for (uint16_t p = 40500; p < 40503; p++)
		add(rep, rec4(PROTO_UDP, ST_ESTABLISHED, "10.0.0.2", p, "8.8.8.8", 53));
	add(rep, rec4(PROTO_UDP, ST_CLOSE, "0.0.0.0", 40600, "0.0.0.0", 0));
	/* Not counted: server side, reserved, outside the range, other protocols. */
	add(rep, rec4(PROTO_TCP, ST_ESTABLISHED, "10.0.0.2", 22, "10.0.0.9", 40030));
	add(rep, rec4(PROTO_TCP, ST_ESTABLISHED, "10.0.0.2", 40010, "10.0.0.5", 5432));
	add(rep, rec4(PROTO_TCP, ST_TIME_WAIT, "10.0.0.2", 41000, "10.0.0.5", 5432));
	add(rep, rec4(PROTO_RAW, ST_ESTABLISHED, "10.0.0.2", 40300, "10.0.0.5", 1));
	struct sock_rec u = rec4(PROTO_UNIX, ST_ESTABLISHED, "0.0.0.0", 40301, "0.0.0.0", 0);
	u.family = AF_UNIX;
	add(rep, u);
	return rep;
}

static void test_report_counts(void **state)
{
	(void)state;
	struct eph_report *rep = build_report();
	struct eph_totals t;
	eph_report_totals(rep, &t);
	assert_int_equal(t.low, 40000);
	assert_int_equal(t.high, 40999);
	assert_int_equal(t.size, 1000);
	assert_int_equal(t.usable, 990);
	assert_int_equal(t.reserved_in_range, 10);
	assert_int_equal(t.n_reserved, 11);
	assert_int_equal(t.in_use[PROTO_TCP], 30 + 10 + 5 + 1);
	assert_int_equal(t.in_use[PROTO_UDP], 4);
	assert_near(t.pct[PROTO_TCP], 4600.0 / 990);
	assert_near(t.pct[PROTO_UDP], 400.0 / 990);
	assert_int_equal(t.time_wait, 5);
	assert_int_equal(t.sockets, 30 + 20 + 5 + 1 + 3 + 1);
	assert_int_equal(t.n_dests, 3); /* UDP is counted for the namespace, not per destination */
	assert_int_equal(t.untracked, 0);
	/* The listener on 40700 pins its port for every destination. */
	assert_int_equal(t.pinned, 1);
	assert_int_equal(t.pinned_listen, 1);
	assert_int_equal(t.pinned_bound, 0);
	assert_int_equal(t.usable_connect, 989);
	assert_int_equal(t.sockopt_known, 0);
	assert_int_equal(t.set.tcp_tw_reuse, -1);
	/* Even offsets from 40000: 500, less 5 reserved (40010..40018) and 40700. */
	assert_int_equal(t.parity_size, 494);
	/* 40020-40048 even: 15; 40100-40108 even: 5; 40200,40202,40204: 3. */
	assert_int_equal(t.parity_used, 23);
	uint32_t pos = 0;
	uint16_t cport;
	assert_true(eph_report_collision_next(rep, &pos, &cport));
	assert_int_equal(cport, 40700);
	assert_false(eph_report_collision_next(rep, &pos, &cport));

	struct eph_dest d[8];
	assert_int_equal(eph_report_top(rep, d, 8), 3);
	uint8_t a[16] = { 0 };
	assert_int_equal(d[0].proto, PROTO_TCP);
	assert_int_equal(d[0].family, AF_INET);
	assert_int_equal(d[0].count, 35);
	assert_int_equal(d[0].remote_port, 5432);
	inet_pton(AF_INET, "10.0.0.5", a);
	assert_memory_equal(d[0].remote_addr, a, 16);
	inet_pton(AF_INET, "10.0.0.2", a);
	assert_memory_equal(d[0].local_addr, a, 16);
	assert_near(d[0].pct, 3500.0 / 989);
	assert_int_equal(d[0].headroom, 989 - 35);
	assert_int_equal(d[0].time_wait, 0);
	assert_int_equal(d[1].time_wait, 5);
	/* Equal counts: IPv4 before IPv6. */
	assert_int_equal(d[1].count, 10);
	assert_int_equal(d[1].family, AF_INET);
	assert_int_equal(d[1].remote_port, 443);
	assert_int_equal(d[2].count, 10);
	assert_int_equal(d[2].family, AF_INET6);
	inet_pton(AF_INET6, "2001:db8::1", a);
	assert_memory_equal(d[2].remote_addr, a, 16);
	struct eph_dest *all = NULL;
	assert_int_equal(eph_report_all(rep, &all), 3);
	assert_memory_equal(all, d, 3 * sizeof(*d));
	free(all);

	struct eph_dest two[2];
	assert_int_equal(eph_report_top(rep, two, 2), 2);
	assert_int_equal(two[0].count, 35);
	assert_int_equal(two[1].family, AF_INET);
	assert_int_equal(two[1].count, 10);
	assert_int_equal(eph_report_top(rep, two, 0), 0);
	assert_int_equal(eph_report_range(rep)->low, 40000);
	eph_report_free(rep);
}

static char *print_report(const struct eph_report *rep, size_t top, double warn)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	assert_non_null(f);
	assert_int_equal(eph_report_print(f, rep, top, warn), 0);
	fclose(f);
	return buf;
}

static void test_report_print(void **state)
{
	(void)state;
	struct eph_report *rep = build_report();
	char *s = print_report(rep, 3, 80.0);
	assert_non_null(strstr(s, "Ephemeral port range: 40000-40999 (1000 ports)\n"));
	assert_non_null(strstr(s, "Reserved ports: 8080,40010-40019 (11 ports, 10 in range)\n"));
	assert_non_null(strstr(s, "Usable ports: 990\n"));
	assert_non_null(strstr(s, "Pinned for every destination (tcp): 1 (listeners 1, bind()-only 0)\n"));
	assert_non_null(strstr(s, "Usable for connect(): 989\n"));
	assert_non_null(strstr(s, "Settings: tcp_tw_reuse ?, tcp_timestamps ?\n"));
	assert_non_null(strstr(s, "connect() parity half: 23 of 494 ports in use (4.7%)\n"));
	assert_non_null(strstr(s, "IP_BIND_ADDRESS_NO_PORT: ? "));
	assert_non_null(strstr(s, "Proto  Local        Remote               Ports  TIME_WAIT  Headroom  %Usable\n"));
	assert_non_null(strstr(s, "In use: tcp 46 (4.6%, 5 in TIME_WAIT), udp 4 (0.4%)\n"));
	assert_non_null(strstr(s, "tcp    10.0.0.2     10.0.0.5:5432           35          0       954     3.5%\n"));
	assert_non_null(strstr(s, "tcp    10.0.0.2     10.0.0.6:443            10          5       979     1.0%\n"));
	assert_null(strstr(s, "8.8.8.8")); /* UDP: not per destination */
	assert_non_null(strstr(s, "WARNING: tcp listener on port 40700 is inside the ephemeral range"));
	assert_null(strstr(s, "WARNING: tcp uses"));
	free(s);
	/* A threshold below the biggest destination warns for it only. */
	s = print_report(rep, 10, 3.0);
	assert_non_null(strstr(s, "[2001:db8::1]:443"));
	assert_non_null(strstr(s, "WARNING: tcp uses 4.6% of the usable ephemeral range (above 3%)\n"));
	assert_non_null(strstr(s, "WARNING: tcp 10.0.0.2 -> 10.0.0.5:5432 uses 3.5% of the usable ephemeral range"));
	assert_null(strstr(s, "WARNING: tcp 10.0.0.2 -> 10.0.0.6"));
	free(s);
	eph_report_free(rep);

	struct eph_range *r = new_range();
	assert_int_equal(eph_parse_range("40000 40009", r), 0);
	rep = eph_report_new(r);
	assert_non_null(rep);
	for (uint16_t p = 40000; p < 40009; p++)
		add(rep, rec4(PROTO_TCP, ST_ESTABLISHED, "127.0.0.1", p, "127.0.0.1", 80));
	s = print_report(rep, 5, 80.0);
	assert_non_null(strstr(s, "Reserved ports: none\n"));
	assert_non_null(strstr(s, "WARNING: tcp 127.0.0.1 -> 127.0.0.1:80 uses 90.0% of the usable ephemeral range (above 80%)\n"));
	free(s);
	eph_report_free(rep);
	rep = eph_report_new(r);
	s = print_report(rep, 5, 80.0);
	assert_non_null(strstr(s, "In use: tcp 0 (0.0%, 0 in TIME_WAIT), udp 0 (0.0%)\n"));
	assert_non_null(strstr(s, "Top tcp destinations: none\n"));
	free(s);
	eph_report_free(rep);
	free(r);
}

/* Destinations beyond EPH_REPORT_MAX_DESTS are counted, not stored. */
static void test_report_bounded(void **state)
{
	(void)state;
	struct eph_range *r = new_range();
	assert_int_equal(eph_parse_range("1024 65535", r), 0);
	struct eph_report *rep = eph_report_new(r);
	assert_non_null(rep);
	struct sock_rec rec = rec4(PROTO_TCP, ST_ESTABLISHED, "10.0.0.1", 50000, "10.0.0.1", 80);
	for (uint32_t i = 0; i < EPH_REPORT_MAX_DESTS + 10; i++) {
		uint32_t be = htonl(0x0b000000u + i);
		memcpy(rec.remote.addr, &be, 4);
		assert_int_equal(eph_report_add(rep, &rec), 0);
	}
	struct eph_totals t;
	eph_report_totals(rep, &t);
	assert_int_equal(t.n_dests, EPH_REPORT_MAX_DESTS);
	assert_int_equal(t.untracked, 10);
	assert_int_equal(t.in_use[PROTO_TCP], 1);
	/* An already-tracked destination still counts. */
	uint32_t be = htonl(0x0b000000u);
	memcpy(rec.remote.addr, &be, 4);
	assert_int_equal(eph_report_add(rep, &rec), 0);
	struct eph_dest d;
	assert_int_equal(eph_report_top(rep, &d, 1), 1);
	assert_int_equal(d.count, 2);
	assert_memory_equal(d.remote_addr, &be, 4);
	eph_report_free(rep);
	free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_range),
		cmocka_unit_test(test_parse_reserved),
		cmocka_unit_test(test_reserved_runs),
		cmocka_unit_test(test_is_ephemeral_usable),
		cmocka_unit_test(test_read_fixtures),
		cmocka_unit_test(test_read_names_file),
		cmocka_unit_test(test_report_counts),
		cmocka_unit_test(test_report_print),
		cmocka_unit_test(test_report_bounded),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
