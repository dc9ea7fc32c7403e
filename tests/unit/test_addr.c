/* SPDX-License-Identifier: MIT */
/* test_addr.c - address and number formatting for the table. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <arpa/inet.h>
#include <sys/socket.h>

#include <cmocka.h>

#include "sockls/addr.h"

static struct sock_endpoint ep(int family, const char *text, uint16_t port)
{
	struct sock_endpoint e;

	memset(&e, 0, sizeof(e));
	assert_int_equal(inet_pton(family, text, e.addr), 1);
	e.port = port;
	return e;
}

static void check(int family, const char *addr, uint16_t port, const char *ifname,
		  const char *want)
{
	char buf[ADDR_TEXT_MAX];
	struct sock_endpoint e = ep(family, addr, port);
	size_t n = addr_format_endpoint(buf, sizeof(buf), (unsigned int)family, &e, ifname);

	assert_string_equal(buf, want);
	assert_int_equal(n, strlen(want));
}

static void test_v4(void **state)
{
	(void)state;
	check(AF_INET, "127.0.0.1", 22, NULL, "127.0.0.1:22");
	check(AF_INET, "0.0.0.0", 0, NULL, "0.0.0.0:*");
	check(AF_INET, "255.255.255.255", 65535, NULL, "255.255.255.255:65535");
	check(AF_INET, "10.0.0.1", 80, "eth0", "10.0.0.1%eth0:80");
}

static void test_v6(void **state)
{
	(void)state;
	check(AF_INET6, "::1", 22, NULL, "[::1]:22");
	check(AF_INET6, "::", 0, NULL, "[::]:*");
	check(AF_INET6, "fe80::1", 5010, "d0", "[fe80::1]%d0:5010");
	check(AF_INET6, "::ffff:127.0.0.1", 5003, NULL, "[::ffff:127.0.0.1]:5003");
	check(AF_INET6, "2001:db8:1:2:3:4:5:6", 443, NULL, "[2001:db8:1:2:3:4:5:6]:443");
	check(AF_INET6, "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255", 65535, "averylonginterf",
	      "[ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff]%averylonginterf:65535");
}

static void test_truncation(void **state)
{
	char buf[8];
	struct sock_endpoint e = ep(AF_INET, "127.0.0.1", 22);

	(void)state;
	assert_int_equal(addr_format_endpoint(buf, sizeof(buf), AF_INET, &e, NULL), 7);
	assert_string_equal(buf, "127.0.0");
	assert_int_equal(addr_format_endpoint(buf, 0, AF_INET, &e, NULL), 0);
	assert_int_equal(addr_format(buf, 1, AF_INET, e.addr), 0);
	assert_string_equal(buf, "");
}

static void test_utoa(void **state)
{
	char buf[24];

	(void)state;
	buf[addr_utoa(buf, 0)] = '\0';
	assert_string_equal(buf, "0");
	buf[addr_utoa(buf, 4294967296ULL)] = '\0';
	assert_string_equal(buf, "4294967296");
	buf[addr_utoa(buf, UINT64_MAX)] = '\0';
	assert_string_equal(buf, "18446744073709551615");
}

static void test_predicates(void **state)
{
	struct sock_endpoint e = ep(AF_INET6, "::ffff:10.1.2.3", 1);

	(void)state;
	assert_true(sock_is_v4mapped(e.addr));
	e = ep(AF_INET6, "::1", 1);
	assert_false(sock_is_v4mapped(e.addr));
	assert_false(sock_addr_is_any(AF_INET6, e.addr));
	e = ep(AF_INET6, "::", 1);
	assert_true(sock_addr_is_any(AF_INET6, e.addr));
	assert_string_equal(sock_state_name(PROTO_UDP, ST_CLOSE), "UNCONN");
	assert_string_equal(sock_state_name(PROTO_TCP, ST_CLOSE), "CLOSE");
	assert_string_equal(sock_state_name(PROTO_TCP, ST_NEW_SYN_RECV), "SYN_RECV");
	assert_string_equal(sock_state_name(PROTO_TCP, 200), "UNKNOWN");
	assert_string_equal(sock_proto_name(PROTO_UNIX), "unix");
	assert_string_equal(sock_proto_name(99), "?");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_v4),
		cmocka_unit_test(test_v6),
		cmocka_unit_test(test_truncation),
		cmocka_unit_test(test_utoa),
		cmocka_unit_test(test_predicates),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
