/* SPDX-License-Identifier: MIT */
/* test_table.c - the human table: columns, alignment, escaping, streaming. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <sys/socket.h>

#include <cmocka.h>

#include "sockls/query.h"
#include "sockls/table.h"

#include "testrow.h"

static struct sock_rec tcp(const char *l, uint16_t lp, const char *r, uint16_t rp, uint8_t st)
{
	return testrec_inet(PROTO_TCP, strchr(l, ':') ? AF_INET6 : AF_INET, st, l, lp, r, rp);
}

/* Runs the writer over recs into a string (caller frees). */
static char *render(const struct table_cfg *cfg, const struct sock_rec *recs, size_t n)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct table *t;

	assert_non_null(f);
	t = table_new(f, cfg);
	assert_non_null(t);
	for (size_t i = 0; i < n; i++)
	{
		struct sock_row row = testrow_ext(&recs[i], cfg->ext);
		assert_int_equal(table_row(t, &row), 0);
	}
	assert_int_equal(table_end(t), 0);
	table_free(t);
	fclose(f);
	return buf;
}

static void test_columns_aligned(void **state)
{
	struct table_cfg cfg = { .header = true };
	struct sock_rec r[2];
	char *out;

	(void)state;
	r[0] = tcp("0.0.0.0", 22, "0.0.0.0", 0, ST_LISTEN);
	r[0].send_q = 128;
	r[1] = tcp("::1", 443, "::1", 50000, ST_ESTABLISHED);
	r[1].recv_q = 7;
	out = render(&cfg, r, 2);
	assert_string_equal(out,
		"Netid State       Recv-Q Send-Q Local Address:Port Peer Address:Port Service\n"
		"tcp   LISTEN      0      128    0.0.0.0:22         0.0.0.0:*         ssh\n"
		"tcp   ESTABLISHED 7      0      [::1]:443          [::1]:50000       https\n");
	free(out);
	cfg.header = false;
	out = render(&cfg, r, 1);
	assert_string_equal(out, "tcp LISTEN 0 128 0.0.0.0:22 0.0.0.0:* ssh\n");
	free(out);
}

static void test_unix_escaped(void **state)
{
	struct table_cfg cfg = { .header = false };
	struct sock_rec r;
	static const char path[] = "/tmp/evil\nname\x1b[31m";
	char *out;

	(void)state;
	memset(&r, 0, sizeof(r));
	r.proto = PROTO_UNIX;
	r.family = AF_UNIX;
	r.unix_type = SOCK_STREAM;
	r.state = ST_LISTEN;
	r.inode = 99;
	r.have = HAVE_INODE | HAVE_PEER_INODE | HAVE_RECV_Q | HAVE_SEND_Q;
	memcpy(r.path, path, sizeof(path));
	r.path_len = sizeof(path) - 1;
	out = render(&cfg, &r, 1);
	assert_string_equal(out, "u_str LISTEN 0 0 /tmp/evil\\x0aname\\x1b[31m 99 * 0\n");
	free(out);
	/* abstract name: leading NUL shown as @, inner NUL escaped */
	memcpy(r.path, "\0ab\0c", 5);
	r.path_len = 5;
	r.unix_type = SOCK_DGRAM;
	r.state = ST_CLOSE;
	r.peer_inode = 7;
	out = render(&cfg, &r, 1);
	assert_string_equal(out, "u_dgr UNCONN 0 0 @ab\\x00c 99 * 7\n");
	free(out);
}

static void test_streams_past_lookahead(void **state)
{
	struct table_cfg cfg = { .header = true, .lookahead = 4 };
	struct sock_rec r[10];
	char *out, *line;
	int lines = 0;

	(void)state;
	for (int i = 0; i < 10; i++)
		r[i] = tcp("10.0.0.1", (uint16_t)(1000 + i), "10.0.0.2", 80, ST_ESTABLISHED);
	out = render(&cfg, r, 10);
	for (line = out; (line = strchr(line, '\n')); line++)
		lines++;
	assert_int_equal(lines, 11);
	assert_non_null(strstr(out, "10.0.0.1:1009"));
	free(out);
}

/* Only 2 rows fit in memory here; the long row comes last, after 8 others
 * went to the temporary file: every line still has the Peer column where the
 * header has it (the widths come from all rows). */
static void test_late_long_row_aligned(void **state)
{
	struct table_cfg cfg = { .header = true, .lookahead = 2 };
	struct sock_rec r[10];
	char *out, *line, *hdr_peer;
	size_t col;

	(void)state;
	for (int i = 0; i < 9; i++)
		r[i] = tcp("10.0.0.1", (uint16_t)(1000 + i), "10.0.0.2", 80, ST_ESTABLISHED);
	r[9] = tcp("2001:db8:1234:5678:9abc:def0:1234:5678", 40000, "2001:db8::2", 80,
		   ST_ESTABLISHED);
	out = render(&cfg, r, 10);
	hdr_peer = strstr(out, "Peer Address:Port");
	assert_non_null(hdr_peer);
	col = (size_t)(hdr_peer - out);
	/* the long local address is 46 characters: the Peer column moved right */
	assert_true(col >= strlen("Netid State       Recv-Q Send-Q ") + 46);
	for (line = strchr(out, '\n') + 1; *line; line = strchr(line, '\n') + 1) {
		assert_true(line[col - 1] == ' ');
		assert_true(line[col] != ' ');
	}
	free(out);
}

/* Unknown queues and peers print "?", never 0; a dual-stack wildcard "*". */
static void test_unknown_and_dual_stack(void **state)
{
	struct table_cfg cfg = { .header = false };
	struct sock_rec r[3];
	char *out;

	(void)state;
	r[0] = tcp("0.0.0.0", 22, "0.0.0.0", 0, ST_LISTEN);
	r[0].have &= ~(uint32_t)HAVE_SEND_Q; /* /proc: no backlog */
	r[0].recv_q = 1;
	r[1] = tcp("::", 3000, "::", 0, ST_LISTEN);
	r[1].have |= HAVE_V6ONLY;
	r[1].v6only = 0;
	r[2] = tcp("::", 3001, "::", 0, ST_LISTEN);
	r[2].have |= HAVE_V6ONLY;
	r[2].v6only = 1;
	out = render(&cfg, r, 3);
	assert_string_equal(out, "tcp LISTEN 1 ? 0.0.0.0:22 0.0.0.0:* ssh\n"
				 "tcp LISTEN 0 0 *:3000     *:*\n"
				 "tcp LISTEN 0 0 [::]:3001  [::]:*\n");
	free(out);
}

static void test_write_error(void **state)
{
	struct table_cfg cfg = { .header = true, .lookahead = 1 };
	struct sock_rec r = tcp("127.0.0.1", 1, "127.0.0.1", 2, ST_ESTABLISHED);
	FILE *f = fopen("/dev/full", "w");
	struct table *t;
	int err = 0;

	(void)state;
	assert_non_null(f);
	setvbuf(f, NULL, _IONBF, 0);
	t = table_new(f, &cfg);
	for (int i = 0; i < 3 && err == 0; i++)
		err = table_row(t, &(struct sock_row){ .rec = &r });
	if (err == 0)
		err = table_end(t);
	assert_int_equal(err, -ENOSPC);
	table_free(t);
	fclose(f);
}

static void test_netid(void **state)
{
	struct sock_rec r;

	(void)state;
	memset(&r, 0, sizeof(r));
	r.proto = PROTO_RAW;
	assert_string_equal(table_netid(&r), "raw");
	r.proto = PROTO_UNIX;
	r.unix_type = SOCK_SEQPACKET;
	assert_string_equal(table_netid(&r), "u_seq");
	r.unix_type = 42;
	assert_string_equal(table_netid(&r), "u_???");
}

/* netlink's Local column as ss prints it: a port id that is a live pid names
 * the process (this test's own), and that name is escaped like any outside
 * string; the kernel, an autobind id (negative) and -1 otherwise. */
static void test_netlink_portid(void **state)
{
	struct table_cfg cfg = { .header = false };
	struct sock_rec r;
	struct sock_row row;
	char *buf = NULL, want[128];
	size_t len = 0;

	(void)state;
	memset(&r, 0, sizeof(r));
	r.proto = PROTO_NETLINK;
	r.family = AF_NETLINK;
	r.state = ST_CLOSE;
	r.kind_proto = 16;
	r.local.id = (uint32_t)getpid();
	r.have = HAVE_RECV_Q | HAVE_SEND_Q;
	char *out = render(&cfg, &r, 1);
	snprintf(want, sizeof(want), "nl UNCONN 0 0 genl:test_table/%d *\n", (int)getpid());
	assert_string_equal(out, want);
	free(out);
	cfg.ext = EXT_NUMERIC; /* no lookup: the number */
	out = render(&cfg, &r, 1);
	snprintf(want, sizeof(want), "nl UNCONN 0 0 genl:%d *\n", (int)getpid());
	assert_string_equal(out, want);
	free(out);
	cfg.ext = 0;
	r.local.id = 0;
	r.kind_proto = 0;
	out = render(&cfg, &r, 1);
	assert_string_equal(out, "nl UNCONN 0 0 rtnl:kernel *\n");
	free(out);
	r.local.id = (uint32_t)-4097;
	out = render(&cfg, &r, 1);
	assert_string_equal(out, "nl UNCONN 0 0 rtnl:-4097 *\n");
	free(out);
	r.local.id = UINT32_MAX;
	r.kind_proto = 99;
	out = render(&cfg, &r, 1);
	assert_string_equal(out, "nl UNCONN 0 0 99:* *\n");
	free(out);
	/* a hostile process name */
	FILE *f = open_memstream(&buf, &len);
	assert_non_null(f);
	struct table *t = table_new(f, &cfg);
	assert_non_null(t);
	r.local.id = 4242;
	r.kind_proto = 15;
	row = testrow(&r);
	row.portid_comm = "a b\x1b[31m\n";
	assert_int_equal(table_row(t, &row), 0);
	assert_int_equal(table_end(t), 0);
	table_free(t);
	fclose(f);
	assert_string_equal(buf, "nl UNCONN 0 0 uevent:a b\\x1b[31m\\x0a/4242 *\n");
	free(buf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_columns_aligned),
		cmocka_unit_test(test_unix_escaped),
		cmocka_unit_test(test_streams_past_lookahead),
		cmocka_unit_test(test_late_long_row_aligned),
		cmocka_unit_test(test_unknown_and_dual_stack),
		cmocka_unit_test(test_write_error),
		cmocka_unit_test(test_netid),
		cmocka_unit_test(test_netlink_portid),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
