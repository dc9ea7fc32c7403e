/* SPDX-License-Identifier: MIT */
/* test_proc_source.c - the /proc/net reader over fixture trees: counts, golden rows, state mask, scale. */
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

#include "sockls/proc.h"

#define ROWS_MAX 64
#define ROW_LEN 768

/* Rows formatted like `ss -n` (and expected.tsv): proto state recv send local peer. */
struct rows {
	size_t n;
	char row[ROWS_MAX][ROW_LEN];
	int stop_after; /* >0: return -ECANCELED after this many */
};

static const char *fixtures(void)
{
	const char *d = getenv("SOCKLS_FIXTURES");
	return d ? d : "tests/fixtures";
}

static void case_root(char *buf, size_t cap, const char *name)
{
	snprintf(buf, cap, "%s/proc/%s", fixtures(), name);
}

static const char *ss_state(unsigned int s)
{
	static const char *const names[ST_MAX] = {
		[ST_ESTABLISHED] = "ESTAB", [ST_SYN_SENT] = "SYN-SENT", [ST_SYN_RECV] = "SYN-RECV",
		[ST_FIN_WAIT1] = "FIN-WAIT-1", [ST_FIN_WAIT2] = "FIN-WAIT-2",
		[ST_TIME_WAIT] = "TIME-WAIT", [ST_CLOSE] = "UNCONN", [ST_CLOSE_WAIT] = "CLOSE-WAIT",
		[ST_LAST_ACK] = "LAST-ACK", [ST_LISTEN] = "LISTEN", [ST_CLOSING] = "CLOSING",
	};
	return s < ST_MAX && names[s] ? names[s] : "?";
}

/* ss's rules: v6 any is "*", other v6 in brackets, port 0 is "*". */
static void fmt_inet(char *buf, size_t cap, unsigned int family, const struct sock_endpoint *ep)
{
	char a[INET6_ADDRSTRLEN], p[8];
	snprintf(p, sizeof(p), "%u", ep->port);
	inet_ntop(family, ep->addr, a, sizeof(a));
	if (family == AF_INET6 && sock_addr_is_any(AF_INET6, ep->addr))
		snprintf(buf, cap, "*:%s", ep->port ? p : "*");
	else if (family == AF_INET6)
		snprintf(buf, cap, "[%s]:%s", a, ep->port ? p : "*");
	else
		snprintf(buf, cap, "%s:%s", a, ep->port ? p : "*");
}

static void fmt_unix_path(char *buf, size_t cap, const struct sock_rec *r)
{
	size_t o = 0;
	if (r->path_len == 0) {
		snprintf(buf, cap, "*");
		return;
	}
	for (size_t i = 0; i < r->path_len && o + 5 < cap; i++) {
		unsigned char c = (unsigned char)r->path[i];
		if (i == 0 && c == 0)
			buf[o++] = '@';
		else if (c < 0x20 || c == 0x7f)
			o += (size_t)snprintf(buf + o, cap - o, "\\x%02x", c);
		else
			buf[o++] = (char)c;
	}
	buf[o] = '\0';
}

static int collect_cb(const struct sock_rec *r, void *data)
{
	struct rows *rows = data;
	char l[256], p[256];
	static const char *const utype[] = { [SOCK_STREAM] = "u_str", [SOCK_DGRAM] = "u_dgr",
					     [SOCK_SEQPACKET] = "u_seq" };

	if (rows->stop_after > 0 && rows->n == (size_t)rows->stop_after)
		return -ECANCELED;
	assert_true(rows->n < ROWS_MAX);
	if (r->proto == PROTO_UNIX) {
		fmt_unix_path(l, sizeof(l), r);
		snprintf(rows->row[rows->n++], ROW_LEN, "%s\t%s\t0\t0\t%s\t*", utype[r->unix_type],
			 ss_state(r->state), l);
		return 0;
	}
	fmt_inet(l, sizeof(l), r->family, &r->local);
	fmt_inet(p, sizeof(p), r->family, &r->remote);
	snprintf(rows->row[rows->n++], ROW_LEN, "%s\t%s\t%u\t%u\t%s\t%s", sock_proto_name(r->proto),
		 ss_state(r->state), r->recv_q, r->send_q, l, p);
	return 0;
}

static int cmp_row(const void *a, const void *b)
{
	return strcmp(a, b);
}

static void dump_ok(const char *root, unsigned int proto, unsigned int family, struct rows *rows,
		    unsigned long want_records, unsigned long want_bad)
{
	struct query q = { .states = STATES_ALL };
	struct proc_stats s;
	assert_int_equal(proc_source_dump(root, proto, family, 0, &q, collect_cb, rows, &s), 0);
	if (s.records != want_records || s.malformed != want_bad)
		fail_msg("%s: %lu records %lu malformed, want %lu %lu", s.file, s.records,
			 s.malformed, want_records, want_bad);
	/* Unix connections not yet accepted (inode 0) are parsed but not listed:
	 * unix_diag leaves them out too. */
	if (proto == PROTO_UNIX)
		assert_true(s.matched <= s.records);
	else
		assert_int_equal(s.matched, s.records);
}

/* Every file of a case, then the rows against the case's expected.tsv. */
static void check_golden(const char *name, struct rows *got)
{
	char path[512], line[ROW_LEN];
	static char want[ROWS_MAX][ROW_LEN];
	size_t n = 0;
	snprintf(path, sizeof(path), "%s/proc/%s/expected.tsv", fixtures(), name);
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	while (fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		assert_true(n < ROWS_MAX);
		snprintf(want[n++], ROW_LEN, "%s", line);
	}
	fclose(f);
	qsort(want, n, ROW_LEN, cmp_row);
	qsort(got->row, got->n, ROW_LEN, cmp_row);
	for (size_t i = 0; i < n && i < got->n; i++)
		if (strcmp(want[i], got->row[i]) != 0)
			fail_msg("row %zu:\n want %s\n got  %s", i, want[i], got->row[i]);
	assert_int_equal(got->n, n);
}

static void test_real_capture(void **st)
{
	(void)st;
	static struct rows rows;
	char root[256];
	case_root(root, sizeof(root), "real");
	dump_ok(root, PROTO_TCP, AF_INET, &rows, 22, 0);
	dump_ok(root, PROTO_TCP, AF_INET6, &rows, 5, 0);
	dump_ok(root, PROTO_UDP, AF_INET, &rows, 2, 0);
	dump_ok(root, PROTO_UDP, AF_INET6, &rows, 3, 0);
	dump_ok(root, PROTO_RAW, AF_INET, &rows, 2, 0);
	dump_ok(root, PROTO_RAW, AF_INET6, &rows, 1, 0);
	dump_ok(root, PROTO_UNIX, 0, &rows, 7, 0);
	check_golden("real", &rows);
}

static void test_edge_case(void **st)
{
	(void)st;
	static struct rows rows;
	struct query q = { .states = STATES_ALL };
	struct proc_stats s;
	char root[256];
	case_root(root, sizeof(root), "edge");
	dump_ok(root, PROTO_TCP, AF_INET, &rows, 5, 0); /* last line has no '\n' */
	assert_int_equal(proc_source_dump(root, PROTO_TCP, AF_INET6, 0, &q, collect_cb, &rows, &s),
			 -ENOENT);
	assert_non_null(strstr(s.file, "/net/tcp6"));
	dump_ok(root, PROTO_UDP, AF_INET, &rows, 2, 0);
	dump_ok(root, PROTO_UDP, AF_INET6, &rows, 0, 0); /* header only */
	dump_ok(root, PROTO_RAW, AF_INET, &rows, 0, 0);  /* header only */
	dump_ok(root, PROTO_RAW, AF_INET6, &rows, 0, 0); /* empty file */
	dump_ok(root, PROTO_UNIX, 0, &rows, 5, 0);
	check_golden("edge", &rows);
}

static void test_garbage_counts(void **st)
{
	(void)st;
	static struct rows rows;
	struct query q = { .states = STATES_ALL };
	struct proc_stats s;
	char root[256];
	case_root(root, sizeof(root), "garbage");
	assert_int_equal(proc_source_dump(root, PROTO_TCP, AF_INET, 0, &q, collect_cb, &rows, &s), 0);
	assert_int_equal(s.lines, 15);
	assert_int_equal(s.records, 3);
	assert_int_equal(s.malformed, 12);
	assert_int_equal(s.too_long, 1);
	assert_int_equal(s.first_bad, 3);
	assert_int_equal(rows.n, 3);
	rows.n = 0;
	assert_int_equal(proc_source_dump(root, PROTO_UNIX, 0, 0, &q, collect_cb, &rows, &s), 0);
	/* "line" after /tmp/new is the rest of that path (a newline in it), not garbage */
	assert_int_equal(s.lines, 8);
	assert_int_equal(s.records, 3);
	assert_int_equal(s.malformed, 5);
	assert_int_equal(rows.n, 3);
	assert_non_null(strstr(rows.row[1], "/tmp/new\\x0aline"));
	assert_int_equal(s.first_bad, 3);
	assert_int_equal(s.too_long, 0);
	assert_int_equal(proc_source_dump(root, PROTO_UDP, AF_INET, 0, &q, collect_cb, &rows, &s),
			 -ENOENT);
}

/* A read that resumes by position can show a socket again (churn at a read
 * boundary): fixtures/proc/repeat has line 0 again as line 2. Listed once. */
static void test_repeat_dropped(void **st)
{
	(void)st;
	static struct rows rows;
	struct query q = { .states = STATES_ALL };
	struct proc_stats s;
	char root[256];
	case_root(root, sizeof(root), "repeat");
	assert_int_equal(proc_source_dump(root, PROTO_TCP, AF_INET, 0, &q, collect_cb, &rows, &s), 0);
	assert_int_equal(s.records, 3);
	assert_int_equal(s.repeated, 1);
	assert_int_equal(s.matched, 2);
	assert_int_equal(rows.n, 2);
	assert_string_not_equal(rows.row[0], rows.row[1]);
}

static void test_state_mask_and_stop(void **st)
{
	(void)st;
	static struct rows rows;
	struct query q = { .states = STATE_BIT(ST_LISTEN) };
	struct proc_stats s;
	char root[256];
	case_root(root, sizeof(root), "real");
	assert_int_equal(proc_source_dump(root, PROTO_TCP, AF_INET, 0, &q, collect_cb, &rows, &s), 0);
	assert_int_equal(s.records, 22);
	assert_int_equal(s.matched, 3);
	for (size_t i = 0; i < rows.n; i++)
		assert_non_null(strstr(rows.row[i], "\tLISTEN\t"));
	memset(&rows, 0, sizeof(rows));
	rows.stop_after = 2;
	q.states = STATES_ALL;
	assert_int_equal(proc_source_dump(root, PROTO_TCP, AF_INET, 0, &q, collect_cb, &rows, NULL),
			 -ECANCELED);
	assert_int_equal(rows.n, 2);
	assert_int_equal(proc_source_dump(root, PROTO_TCP, AF_INET, 0, NULL, collect_cb, &rows, &s),
			 -EINVAL);
}

static void test_proc_path(void **st)
{
	(void)st;
	char b[64];
	assert_int_equal(proc_path(b, sizeof(b), NULL, PROTO_TCP, AF_INET6, 0), 0);
	assert_string_equal(b, "/proc/net/tcp6");
	assert_int_equal(proc_path(b, sizeof(b), "/x", PROTO_RAW, AF_INET, 0), 0);
	assert_string_equal(b, "/x/net/raw");
	assert_int_equal(proc_path(b, sizeof(b), "/x", PROTO_UNIX, 0, 0), 0);
	assert_string_equal(b, "/x/net/unix");
	assert_int_equal(proc_path(b, sizeof(b), "/x", PROTO_UDP, AF_UNIX, 0), -EINVAL);
	assert_int_equal(proc_path(b, sizeof(b), "/x", PROTO_MAX, AF_INET, 0), -EINVAL);
	assert_int_equal(proc_path(b, 10, "/x", PROTO_UDP, AF_INET6, 0), -ENAMETOOLONG);
}

static int count_cb(const struct sock_rec *r, void *data)
{
	unsigned long *n = data;
	if (r->inode != *n + 1)
		return -EBADMSG;
	(*n)++;
	return 0;
}

/* A million sockets: streamed in fixed memory, every line read once, in order. */
static void test_million_lines(void **st)
{
	(void)st;
	char dir[] = "/tmp/sockls-proc-XXXXXX", path[64];
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/net", dir);
	assert_int_equal(mkdir(path, 0700), 0);
	snprintf(path, sizeof(path), "%s/net/udp", dir);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs("   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  "
	      "timeout inode ref pointer drops\n", f);
	for (unsigned long i = 1; i <= 1000000; i++)
		fprintf(f, "%5lu: 0100007F:%04lX 00000000:0000 07 00000000:00000000 00:00000000 "
			"00000000  1000        0 %lu 2 0000000000000000 0\n", i % 65536, i % 65536, i);
	assert_int_equal(fclose(f), 0);
	struct query q = { .states = STATES_ALL };
	struct proc_stats s;
	unsigned long n = 0;
	assert_int_equal(proc_source_dump(dir, PROTO_UDP, AF_INET, 0, &q, count_cb, &n, &s), 0);
	assert_int_equal(n, 1000000);
	assert_int_equal(s.lines, 1000000);
	assert_int_equal(s.malformed, 0);
	unlink(path);
	snprintf(path, sizeof(path), "%s/net", dir);
	rmdir(path);
	rmdir(dir);
}

static int need_fixtures(void **st)
{
	(void)st;
	char path[256];
	snprintf(path, sizeof(path), "%s/proc/real/expected.tsv", fixtures());
	if (access(path, R_OK) == 0)
		return 0;
	print_error("%s not found: run from the repository root or set SOCKLS_FIXTURES\n", path);
	return -1;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_real_capture),
		cmocka_unit_test(test_edge_case),
		cmocka_unit_test(test_garbage_counts),
		cmocka_unit_test(test_repeat_dropped),
		cmocka_unit_test(test_state_mask_and_stop),
		cmocka_unit_test(test_proc_path),
		cmocka_unit_test(test_million_lines),
	};
	return cmocka_run_group_tests(tests, need_fixtures, NULL);
}
