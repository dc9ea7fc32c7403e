/* SPDX-License-Identifier: MIT */
/* test_kstat.c - /proc/net/netstat and snmp counters: the pairs of lines, edges. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "sockls/kstat.h"

static int idx(const char *metric)
{
	unsigned int n;
	const struct kstat_def *d = kstat_defs(&n);
	for (unsigned int i = 0; i < n; i++)
		if (!strcmp(d[i].metric, metric))
			return (int)i;
	fail_msg("no metric %s", metric);
	return -1;
}

static void test_parse(void **state)
{
	(void)state;
	struct kstat k = { 0 };
	assert_int_equal(kstat_parse("TcpExt: SyncookiesSent ListenOverflows ListenDrops\n"
				     "TcpExt: 3 17 19\n"
				     "IpExt: InNoRoutes\nIpExt: 0\n", &k), 0);
	assert_int_equal(k.v[idx("sockls_tcp_listen_overflows_total")], 17);
	assert_int_equal(k.v[idx("sockls_tcp_listen_drops_total")], 19);
	assert_true(k.have & (1u << idx("sockls_tcp_syncookies_sent_total")));
	assert_false(k.have & (1u << idx("sockls_tcp_active_opens_total")));
	/* snmp: Tcp MaxConn is -1 (skipped), Udp and UdpLite share field names. */
	memset(&k, 0, sizeof(k));
	assert_int_equal(kstat_parse("Tcp: RtoAlgorithm MaxConn ActiveOpens\nTcp: 1 -1 42\n"
				     "Udp: NoPorts\nUdp: 5\nUdpLite: NoPorts\nUdpLite: 9\n", &k), 0);
	assert_int_equal(k.v[idx("sockls_tcp_active_opens_total")], 42);
	assert_int_equal(k.v[idx("sockls_udp_no_ports_total")], 5);
	/* Malformed: a group without its value line, or mismatched groups. */
	assert_int_equal(kstat_parse("Tcp: A B\nUdp: 1 2\n", &k), -EINVAL);
	assert_int_equal(kstat_parse("Tcp: A B\nTcp: 1\n", &k), -EINVAL);
	assert_int_equal(kstat_parse("", &k), 0);
	/* A field a newer kernel adds is not taken for one it begins (or ends) like. */
	memset(&k, 0, sizeof(k));
	assert_int_equal(kstat_parse("TcpExt: ListenOverflows Listen ListenOverflowsX\n"
				     "TcpExt: 7 5 6\n", &k), 0);
	assert_int_equal(k.v[idx("sockls_tcp_listen_overflows_total")], 7);
}

static void test_read_missing(void **state)
{
	(void)state;
	struct kstat k;
	assert_int_equal(kstat_read("/nonexistent-sockls", &k), 0);
	assert_int_equal(k.have, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_read_missing),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
