/* SPDX-License-Identifier: MIT */
/* test_proc_kinds.c - /proc/net/packet and /proc/net/netlink lines: a capture
 * (tests/fixtures/proc/kinds/README.md) and edge cases. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#include <cmocka.h>

#include "sockls/kindname.h"
#include "sockls/proto.h"
#include "sockls/proc.h"
#include "testproc.h"

#define FIX "tests/fixtures/proc/kinds/net/"

static void test_packet_file(void **state)
{
	struct sock_rec r[8];
	char buf[64];

	(void)state;
	assert_int_equal(testproc_parse_file(FIX "packet", proc_parse_packet_line, r, 8), 2);
	assert_string_equal(proto_netid(&r[0]), "p_raw");
	proto_endpoint(buf, sizeof(buf), &r[0], true, NULL);
	assert_string_equal(buf, "*:*");
	assert_string_equal(proto_netid(&r[1]), "p_dgr");
	proto_endpoint(buf, sizeof(buf), &r[1], true, "lo");
	assert_string_equal(buf, "arp:lo");
	assert_int_equal(r[1].inode, 2256020);
	assert_int_equal(r[1].state, ST_CLOSE);
	assert_true(r[1].have & HAVE_UID);
}

/* ss (netlink_diag) lists the bound uevent socket twice and its own socket;
 * the file has each socket once. */
static void test_netlink_file(void **state)
{
	struct sock_rec r[16];
	char buf[64];

	(void)state;
	assert_int_equal(testproc_parse_file(FIX "netlink", proc_parse_netlink_line, r, 16), 10);
	proto_endpoint(buf, sizeof(buf), &r[0], true, NULL);
	assert_string_equal(buf, "rtnl:kernel");
	proto_endpoint(buf, sizeof(buf), &r[6], true, NULL);
	assert_string_equal(buf, "uevent:4242");
	proto_endpoint(buf, sizeof(buf), &r[6], false, NULL);
	assert_string_equal(buf, "*");
	assert_int_equal(r[9].local.id, 11918);
	assert_int_equal(r[9].inode, 2256021);
	assert_false(r[9].have & HAVE_UID);
}

static void test_bad_lines(void **state)
{
	static const char *const packet_bad[] = {
		"",
		"0000000078e458c0 3 3 0003 0 1 0 0",            /* a field short */
		"0000000078e458c0 3 3 0003 0 1 0 0 1 9",        /* one too many */
		"0000000078e458c0 3 5 0003 0 1 0 0 1",          /* type 5 */
		"0000000078e458c0 3 3 10003 0 1 0 0 1",         /* 5 hex digits */
		"0000000078e458c0 3 3 0003 0 2 0 0 1",          /* running 2 */
		"0000000078e458c0 3 3 0003 -1 1 0 0 1",         /* negative ifindex */
		"zz00000078e458c0 3 3 0003 0 1 0 0 1",          /* not hex */
		"00000000078e458c0 3 3 0003 0 1 0 0 1",         /* 17 hex digits */
		"0000000078e458c0 3 3 0003 0 1 0 0 18446744073709551616", /* inode > 2^64-1 */
	};
	static const char *const netlink_bad[] = {
		"00000000155dbb4a 0 0 00000000 0 0 0 2 0",      /* a field short */
		"00000000155dbb4a 256 0 00000000 0 0 0 2 0 1",  /* protocol 256 */
		"00000000155dbb4a 0 4294967296 00000000 0 0 0 2 0 1",
		"00000000155dbb4a 0 0 000000001 0 0 0 2 0 1",   /* 9 hex digits */
		"00000000155dbb4a 0 0 00000000 -5 0 0 2 0 1",   /* negative rmem */
		"00000000155dbb4a 0 0 00000000 0 0 2 2 0 1",    /* dump 2 */
	};
	struct sock_rec rec;

	(void)state;
	for (size_t i = 0; i < sizeof(packet_bad) / sizeof(packet_bad[0]); i++)
		assert_int_equal(proc_parse_packet_line(packet_bad[i], strlen(packet_bad[i]), &rec),
				 -EINVAL);
	for (size_t i = 0; i < sizeof(netlink_bad) / sizeof(netlink_bad[0]); i++)
		assert_int_equal(proc_parse_netlink_line(netlink_bad[i], strlen(netlink_bad[i]),
							 &rec), -EINVAL);
	assert_int_equal(proc_parse_packet_line(NULL, 0, &rec), -EINVAL);
	assert_int_equal(proc_parse_netlink_line("x", 1, NULL), -EINVAL);
}

static void test_proc_path(void **state)
{
	char b[64];

	(void)state;
	assert_int_equal(proc_path(b, sizeof(b), "/x", PROTO_PACKET, 0, 0), 0);
	assert_string_equal(b, "/x/net/packet");
	assert_int_equal(proc_path(b, sizeof(b), "/x", PROTO_NETLINK, 0, 0), 0);
	assert_string_equal(b, "/x/net/netlink");
	assert_int_equal(proc_path(b, sizeof(b), "/x", PROTO_VSOCK, 0, 0), -ENOENT);
	assert_int_equal(proc_path(b, sizeof(b), "/x", PROTO_MPTCP, AF_INET, 0), -ENOENT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_packet_file),
		cmocka_unit_test(test_netlink_file),
		cmocka_unit_test(test_bad_lines),
		cmocka_unit_test(test_proc_path),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
