/* SPDX-License-Identifier: MIT */
/* test_summary.c - sockstat parsing (fixtures, malformed input), counting, text and JSON of -s. */
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

#include "sockls/jsonw.h"
#include "sockls/query.h"
#include "sockls/summary.h"

#define FIX "tests/fixtures/sockstat/"

static bool known(const struct summary *s, enum sstat_key k)
{
	return (s->sockstat_have & SSTAT_BIT(k)) != 0;
}

static void test_read_full(void **state)
{
	(void)state;
	struct summary s;
	summary_init(&s);
	assert_int_equal(summary_read_sockstat(FIX "full", &s, NULL), 0);
	assert_int_equal(summary_read_snmp(FIX "full", &s, NULL), 0);
	assert_int_equal(s.sockstat_have, (1u << SSTAT_MAX) - 1);
	assert_int_equal(s.sockstat[SSTAT_SOCKETS_USED], 290);
	assert_int_equal(s.sockstat[SSTAT_TCP_INUSE], 5);
	assert_int_equal(s.sockstat[SSTAT_TCP_ORPHAN], 1);
	assert_int_equal(s.sockstat[SSTAT_TCP_TW], 2);
	assert_int_equal(s.sockstat[SSTAT_TCP_ALLOC], 7);
	assert_int_equal(s.sockstat[SSTAT_TCP_MEM], 3);
	assert_int_equal(s.sockstat[SSTAT_UDP_INUSE], 4);
	assert_int_equal(s.sockstat[SSTAT_UDP_MEM], 2);
	assert_int_equal(s.sockstat[SSTAT_RAW_INUSE], 1);
	assert_int_equal(s.sockstat[SSTAT_TCP6_INUSE], 3);
	assert_int_equal(s.sockstat[SSTAT_UDP6_INUSE], 2);
	assert_int_equal(s.sockstat[SSTAT_RAW6_INUSE], 1);
	assert_int_equal(s.sockstat[SSTAT_FRAG6_MEMORY], 0);
	assert_int_equal(s.sockstat[SSTAT_TCP_CURR_ESTAB], 4);
}

static void test_read_missing(void **state)
{
	(void)state;
	struct summary s;
	summary_init(&s);
	assert_int_equal(summary_read_sockstat(FIX "v4only", &s, NULL), 0);
	assert_true(known(&s, SSTAT_TCP_INUSE));
	assert_false(known(&s, SSTAT_TCP6_INUSE));
	assert_false(known(&s, SSTAT_FRAG6_MEMORY));
	summary_init(&s);
	assert_int_equal(summary_read_sockstat(FIX, &s, NULL) /* a directory without net/ */, -ENOENT);
	assert_int_equal(s.sockstat_have, 0);
	assert_int_equal(summary_read_sockstat("/nonexistent/sockls", &s, NULL), -ENOENT);
	/* the real one, whatever its numbers */
	summary_init(&s);
	assert_int_equal(summary_read_sockstat(NULL, &s, NULL), 0);
	assert_true(known(&s, SSTAT_TCP_INUSE));
	assert_true(known(&s, SSTAT_SOCKETS_USED));
}

/* A FIFO or /dev/zero as sockstat is refused at once and named; a missing
 * sockstat6 beside a good sockstat is still fine. */
static void test_read_hostile(void **state)
{
	(void)state;
	struct summary s;
	struct file_fail ff;
	char root[] = "/tmp/sockls-sstat-XXXXXX", path[128], cmd[160];
	assert_non_null(mkdtemp(root));
	snprintf(path, sizeof(path), "%s/net", root);
	assert_int_equal(mkdir(path, 0700), 0);
	strcat(path, "/sockstat");
	assert_int_equal(mkfifo(path, 0600), 0);
	summary_init(&s);
	assert_int_equal(summary_read_sockstat(root, &s, &ff), -ENODEV);
	assert_string_equal(ff.path, path);
	assert_int_equal(unlink(path), 0);
	assert_int_equal(symlink("/dev/zero", path), 0);
	assert_int_equal(summary_read_sockstat(root, &s, &ff), -ENODEV);
	assert_int_equal(unlink(path), 0);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	for (int i = 0; i < 1000; i++)
		fputs("TCP: inuse 1 orphan 0\n", f);
	fclose(f);
	assert_int_equal(summary_read_sockstat(root, &s, &ff), -EFBIG);
	assert_int_equal(ff.limit, 16383);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("TCP: inuse 1 orphan 0\n", f);
	fclose(f);
	ff.err = 1;
	assert_int_equal(summary_read_sockstat(root, &s, &ff), 0);
	assert_int_equal(ff.err, 0);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", root);
	assert_int_equal(system(cmd), 0);
}

static void test_read_malformed(void **state)
{
	(void)state;
	struct summary s;
	summary_init(&s);
	assert_int_equal(summary_read_sockstat(FIX "bad", &s, NULL), 0);
	assert_int_equal(s.sockstat_have, SSTAT_BIT(SSTAT_TCP_ALLOC) | SSTAT_BIT(SSTAT_RAW_INUSE) |
					  SSTAT_BIT(SSTAT_FRAG_INUSE) | SSTAT_BIT(SSTAT_FRAG_MEMORY));
	assert_int_equal(s.sockstat[SSTAT_TCP_ALLOC], 7);
	assert_int_equal(s.sockstat[SSTAT_RAW_INUSE], 1);
	assert_int_equal(s.sockstat[SSTAT_FRAG_INUSE], 6);
	assert_int_equal(s.sockstat[SSTAT_FRAG_MEMORY], 8);
	assert_int_equal(s.sockstat[SSTAT_TCP_INUSE], 0);
}

static void test_parse_buffer(void **state)
{
	(void)state;
	struct summary s;
	summary_init(&s);
	assert_int_equal(summary_parse_sockstat("", 0, &s), 0);
	assert_int_equal(summary_parse_sockstat(":::\n\n:", 6, &s), 0);
	/* the length bounds the parse: "inuse 12" cut to "inuse 1" */
	assert_int_equal(summary_parse_sockstat("TCP6: inuse 12", 13, &s), 1);
	assert_int_equal(s.sockstat[SSTAT_TCP6_INUSE], 1);
	/* tcp6 is not TCP6, TCP is not TCP6 */
	assert_int_equal(summary_parse_sockstat("tcp6: inuse 5\nTCP: orphan 18446744073709551615", 46, &s), 1);
	assert_int_equal(s.sockstat[SSTAT_TCP6_INUSE], 1);
	assert_true(s.sockstat[SSTAT_TCP_ORPHAN] == UINT64_MAX);
	assert_int_equal(summary_parse_sockstat("TCP: orphan 18446744073709551616", 32, &s), 0);
	assert_true(s.sockstat[SSTAT_TCP_ORPHAN] == UINT64_MAX);
}

static struct sock_rec rec(unsigned int proto, unsigned int family, unsigned int state, uint16_t port)
{
	struct sock_rec r;
	memset(&r, 0, sizeof(r));
	r.proto = (uint8_t)proto;
	r.family = (uint8_t)family;
	r.state = (uint8_t)state;
	r.local.port = port;
	return r;
}

/* What -s dumps of the mix fill() makes: the TCP listeners and the other kinds. */
static void fill_listening(struct summary *s)
{
	const struct sock_rec recs[] = {
		rec(PROTO_TCP, AF_INET, ST_LISTEN, 22),
		rec(PROTO_TCP, AF_INET6, ST_LISTEN, 22),
		rec(PROTO_UDP, AF_INET, ST_CLOSE, 33000),
		rec(PROTO_UDP, AF_INET6, ST_ESTABLISHED, 53),
		rec(PROTO_RAW, AF_INET6, ST_CLOSE, 58),
		rec(PROTO_UNIX, AF_UNIX, ST_LISTEN, 0),
		rec(PROTO_UNIX, AF_UNIX, ST_ESTABLISHED, 0),
		rec(PROTO_UNIX, AF_UNIX, ST_ESTABLISHED, 0),
	};
	summary_init(s);
	for (size_t i = 0; i < sizeof(recs) / sizeof(recs[0]); i++)
		summary_add(s, &recs[i]);
}

/* The known mix of the print/JSON tests: fill_listening() and the
 * connected TCP sockets -s counts, and a range 32768-60999 minus 40000. */
static void fill(struct summary *s, struct eph_range *eph)
{
	const struct sock_rec recs[] = {
		rec(PROTO_TCP, AF_INET, ST_ESTABLISHED, 32768),
		rec(PROTO_TCP, AF_INET, ST_ESTABLISHED, 32768),
		rec(PROTO_TCP, AF_INET6, ST_TIME_WAIT, 40000),
		rec(PROTO_TCP, AF_INET, ST_NEW_SYN_RECV, 60999),
		rec(PROTO_TCP, AF_INET, ST_SYN_SENT, 61000),
	};
	fill_listening(s);
	for (size_t i = 0; i < sizeof(recs) / sizeof(recs[0]); i++)
		summary_add(s, &recs[i]);
	memset(eph, 0, sizeof(*eph));
	assert_int_equal(eph_parse_range("32768\t60999\n", eph), 0);
	assert_int_equal(eph_parse_reserved("40000\n", eph), 0);
}

static void test_counts(void **state)
{
	(void)state;
	struct summary s;
	struct eph_range eph;
	fill(&s, &eph);
	assert_int_equal(s.total, 13);
	assert_int_equal(s.by_proto[PROTO_TCP], 7);
	assert_int_equal(s.by_proto[PROTO_UDP], 2);
	assert_int_equal(s.by_proto[PROTO_RAW], 1);
	assert_int_equal(s.by_proto[PROTO_UNIX], 3);
	assert_int_equal(s.by_family[SUM_FAM_INET], 6);
	assert_int_equal(s.by_family[SUM_FAM_INET6], 4);
	assert_int_equal(s.by_family[SUM_FAM_UNIX], 3);
	assert_int_equal(s.by_proto_family[PROTO_TCP][SUM_FAM_INET], 5);
	assert_int_equal(s.by_proto_family[PROTO_TCP][SUM_FAM_INET6], 2);
	assert_int_equal(s.tcp_states[ST_ESTABLISHED], 2);
	assert_int_equal(s.tcp_states[ST_LISTEN], 2);
	assert_int_equal(s.tcp_states[ST_SYN_RECV], 1);
	assert_int_equal(s.tcp_states[ST_NEW_SYN_RECV], 0);
	assert_int_equal(s.tcp_states[ST_TIME_WAIT], 1);
	/* 32768 (twice) and 60999; 40000 is reserved, 61000 outside, 33000 is UDP */
	assert_int_equal(summary_eph_in_use(&s, &eph), 2);
	assert_int_equal(eph_usable(&eph), 60999 - 32768 + 1 - 1);
	struct sock_rec odd = rec(PROTO_MAX + 3, 99, ST_MAX + 4, 1);
	summary_add(&s, &odd);
	assert_int_equal(s.total, 14);
	assert_int_equal(s.by_family[SUM_FAM_OTHER], 1);
}

static char *print_text(const struct summary *s, const struct eph_range *eph)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	assert_non_null(f);
	assert_int_equal(summary_print(f, s, eph), 0);
	fclose(f);
	return text;
}

/* -s counted: fill()'s TCP sockets as the kernel counts them. inuse v4 =
 * listen + 2 ESTABLISHED + SYN_SENT = 4, v6 = listen = 1, tw 1, CurrEstab 2:
 * 3 connected (2 + 1), 6 TCP in all (the SYN_RECV request is in no counter). */
static void test_count_tcp(void **state)
{
	(void)state;
	struct summary full, fast;
	struct eph_range eph;
	uint64_t v;
	fill(&full, &eph);
	fill_listening(&fast);
	assert_int_equal(summary_count_tcp(&fast), -ENODATA);
	assert_int_equal(summary_parse_sockstat("TCP: inuse 4 tw 1\n", 18, &fast), 2);
	assert_int_equal(summary_parse_sockstat("TCP6: inuse 1\n", 14, &fast), 1);
	const char *snmp = "Tcp: RtoAlgorithm MaxConn CurrEstab InSegs\nTcp: 1 -1 2 77\n";
	assert_int_equal(summary_parse_snmp(snmp, strlen(snmp), &fast), 1);
	assert_int_equal(summary_count_tcp(&fast), 0);
	assert_true(fast.tcp_counted);
	assert_int_equal(fast.by_proto[PROTO_TCP], 6);
	assert_int_equal(fast.total, full.total - 1);
	assert_int_equal(fast.tcp_states[ST_LISTEN], 2);
	/* tw 1 may be a TIME_WAIT socket or an orphan closed in FIN_WAIT2 */
	assert_false(summary_state_known(&fast, ST_TIME_WAIT));
	assert_false(summary_state_known(&fast, ST_FIN_WAIT2));
	assert_int_equal(fast.grp_tw, 1);
	assert_false(summary_state_known(&fast, ST_ESTABLISHED));
	assert_false(summary_state_known(&fast, ST_SYN_SENT));
	assert_true(fast.unknown & SUM_UNK_TCP_FAMILY);    /* a socket in TIME_WAIT */
	assert_int_equal(summary_group(&fast, SUM_GRP_EST_CW, &v), 0);
	assert_int_equal(v, 2);
	assert_int_equal(summary_group(&fast, SUM_GRP_OTHER, &v), 0);
	assert_int_equal(v, 1);
	/* the same groups summed from the full dump's states */
	assert_int_equal(summary_group(&full, SUM_GRP_EST_CW, &v), 0);
	assert_int_equal(v, 2);
	assert_int_equal(summary_group(&full, SUM_GRP_OTHER, &v), 0);
	assert_int_equal(v, 1);
	assert_true(fast.eph_unknown);
	char *text = print_text(&fast, &eph);
	assert_non_null(strstr(text, "TCP:   6 (estab ?, listen 2, timewait ?,"));
	assert_non_null(strstr(text, "\nTCP       6         ?         ?         4/1\n"));
	assert_non_null(strstr(text, "ESTABLISHED ?, SYN_SENT ?, SYN_RECV ?,"));
	assert_non_null(strstr(text, "TCP counted: ESTABLISHED+CLOSE_WAIT 2, "
			       "SYN_SENT+FIN_WAIT1+FIN_WAIT2+LAST_ACK+CLOSING 1, "
			       "TIME_WAIT+orphaned FIN_WAIT2 1 "));
	assert_non_null(strstr(text, "FIN_WAIT2 ?, TIME_WAIT ?,"));
	assert_non_null(strstr(text, "Ephemeral ports 32768-60999: ? in use by TCP"));
	free(text);
}

/* No TIME_WAIT: each family is its "inuse"; an empty group makes its states 0.
 * Counters that disagree (CurrEstab above the hashed sockets) leave both
 * groups unknown; no tw leaves the TCP total unknown. */
static void test_count_tcp_known(void **state)
{
	(void)state;
	struct summary s;
	uint64_t v;
	fill_listening(&s);
	summary_parse_sockstat("TCP: inuse 4 tw 0\nTCP6: inuse 1\n", 32, &s);
	summary_parse_snmp("Tcp: CurrEstab\nTcp: 3\n", 22, &s);
	assert_int_equal(summary_count_tcp(&s), 0);
	assert_false(s.unknown & SUM_UNK_TCP_FAMILY);
	assert_int_equal(s.by_proto_family[PROTO_TCP][SUM_FAM_INET], 4);
	assert_int_equal(s.by_proto_family[PROTO_TCP][SUM_FAM_INET6], 1);
	assert_true(summary_state_known(&s, ST_SYN_SENT) && summary_state_known(&s, ST_CLOSING));
	/* tw 0: no TIME_WAIT and no orphaned FIN_WAIT2 */
	assert_true(summary_state_known(&s, ST_TIME_WAIT) && summary_state_known(&s, ST_FIN_WAIT2));
	assert_int_equal(s.tcp_states[ST_SYN_SENT], 0);
	assert_false(summary_state_known(&s, ST_ESTABLISHED));
	char *text = print_text(&s, NULL);
	assert_non_null(strstr(text, "\nTCP       5         4         1         4/1\n"));
	free(text);

	fill_listening(&s);
	summary_parse_sockstat("TCP: inuse 4\n", 13, &s);
	summary_parse_snmp("Tcp: CurrEstab\nTcp: 9\n", 22, &s);
	assert_int_equal(summary_count_tcp(&s), 0);
	assert_int_equal(summary_group(&s, SUM_GRP_EST_CW, &v), -ENODATA);
	assert_int_equal(summary_group(&s, SUM_GRP_OTHER, &v), -ENODATA);
	assert_true(s.unknown & SUM_UNK_TCP_TOTAL);
	text = print_text(&s, NULL);
	assert_non_null(strstr(text, "Total: ? listed or counted"));
	assert_non_null(strstr(text, "TCP counted: ESTABLISHED+CLOSE_WAIT ?, "));
	free(text);
}

/* snmp as the kernel prints it (net/ipv4/proc.c: a line of names, a line of
 * values), and lines that are not. */
static void test_parse_snmp(void **state)
{
	(void)state;
	static const char real[] =
		"Ip: Forwarding DefaultTTL\nIp: 1 64\n"
		"Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails "
		"EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors\n"
		"Tcp: 1 200 120000 -1 120 60 0 3 17 4000 4100 2 0 5 0\n"
		"Udp: InDatagrams\nUdp: 9\n";
	struct summary s;
	summary_init(&s);
	assert_int_equal(summary_parse_snmp(real, strlen(real), &s), 1);
	assert_int_equal(s.sockstat[SSTAT_TCP_CURR_ESTAB], 17);
	static const char *const bad[] = {
		"Tcp: CurrEstab\n",                       /* no values line */
		"Tcp: CurrEstab\nTcp: -4\n",              /* not a count */
		"Tcp: CurrEstab\nTcp: 18446744073709551616\n",
		"Tcp: InSegs CurrEstab\nTcp: 5\n",        /* values run short */
		"Udp: CurrEstab\nUdp: 5\n",
		"",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		summary_init(&s);
		assert_int_equal(summary_parse_snmp(bad[i], strlen(bad[i]), &s), 0);
		assert_false(s.sockstat_have & SSTAT_BIT(SSTAT_TCP_CURR_ESTAB));
	}
}

/* Kinds past UNIX get a line of their own in the text, only when listed. */
static void test_print_kinds(void **state)
{
	(void)state;
	struct summary s;
	summary_init(&s);
	const struct sock_rec recs[] = {
		rec(PROTO_PACKET, AF_PACKET, ST_CLOSE, 0),
		rec(PROTO_MPTCP, AF_INET6, ST_LISTEN, 5201),
	};
	for (size_t i = 0; i < sizeof(recs) / sizeof(recs[0]); i++)
		summary_add(&s, &recs[i]);
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	assert_int_equal(summary_print(f, &s, NULL), 0);
	fclose(f);
	assert_non_null(strstr(text, "\nPACKET    1\n"));
	assert_non_null(strstr(text, "\nMPTCP     1         0         1\n"));
	assert_null(strstr(text, "NETLINK"));
	free(text);
}

static char *capture_print(const struct summary *s, const struct eph_range *eph)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	assert_non_null(f);
	assert_int_equal(summary_print(f, s, eph), 0);
	fclose(f);
	return text;
}

static void test_print(void **state)
{
	(void)state;
	struct summary s;
	struct eph_range eph;
	fill(&s, &eph);
	assert_int_equal(summary_read_sockstat(FIX "v4only", &s, NULL), 0);
	char *text = capture_print(&s, &eph);
	assert_string_equal(text,
		"Total: 13 listed, 290 in the kernel\n"
		"TCP:   7 (estab 2, listen 2, timewait 1, kernel tw 2; host-wide: orphaned 1, alloc 7, mem 3 pages)\n"
		"\n"
		"Transport Total     IPv4      IPv6      Kernel inuse IPv4/IPv6\n"
		"RAW       1         0         1         1/?\n"
		"UDP       2         1         1         4/?\n"
		"TCP       7         5         2         5/?\n"
		"INET      10        6         4\n"
		"FRAG      -         -         -         0/?\n"
		"UNIX      3\n"
		"\n"
		"TCP states: ESTABLISHED 2, SYN_SENT 1, SYN_RECV 1, FIN_WAIT1 0, FIN_WAIT2 0,"
		" TIME_WAIT 1, CLOSE 0, CLOSE_WAIT 0, LAST_ACK 0, LISTEN 2, CLOSING 0\n"
		"Ephemeral ports 32768-60999: 2 in use by TCP of 28231 usable (0.0%)\n");
	free(text);

	summary_init(&s);
	text = capture_print(&s, NULL);
	assert_non_null(strstr(text, "Total: 0 listed, ? in the kernel\n"));
	assert_non_null(strstr(text, "kernel tw ?; host-wide: orphaned ?, alloc ?, mem ? pages"));
	assert_non_null(strstr(text, "Ephemeral ports: range unknown\n"));
	free(text);
}

static void test_json(void **state)
{
	(void)state;
	struct summary s;
	struct eph_range eph;
	fill(&s, &eph);
	assert_int_equal(summary_read_sockstat(FIX "v4only", &s, NULL), 0);
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	struct jsonw *jw = jsonw_new(f, false);
	assert_non_null(jw);
	jsonw_set_schema(jw, 1); /* --json-version 1, as it always was */
	assert_int_equal(summary_json(jw, &s, &eph), 0);
	jsonw_free(jw);
	fclose(f);
	assert_string_equal(text,
		"{\"listed\":{\"total\":13,"
		"\"tcp\":{\"total\":7,\"inet\":5,\"inet6\":2},"
		"\"udp\":{\"total\":2,\"inet\":1,\"inet6\":1},"
		"\"raw\":{\"total\":1,\"inet\":0,\"inet6\":1},"
		"\"unix\":{\"total\":3},\"packet\":{\"total\":0},\"netlink\":{\"total\":0},"
		"\"mptcp\":{\"total\":0,\"inet\":0,\"inet6\":0},\"sctp\":{\"total\":0,\"inet\":0,\"inet6\":0},"
		"\"vsock\":{\"total\":0}},"
		"\"tcp_states\":{\"ESTABLISHED\":2,\"SYN_SENT\":1,\"SYN_RECV\":1,\"FIN_WAIT1\":0,"
		"\"FIN_WAIT2\":0,\"TIME_WAIT\":1,\"CLOSE\":0,\"CLOSE_WAIT\":0,\"LAST_ACK\":0,"
		"\"LISTEN\":2,\"CLOSING\":0},"
		"\"tcp_counted\":false,"
		"\"tcp_state_groups\":{\"established_close_wait\":2,\"syn_sent_to_closing\":1,"
		"\"time_wait_orphan_fin_wait2\":null},"
		"\"kernel\":{\"sockets_used\":290,\"tcp_curr_estab\":null,"
		"\"tcp\":{\"inuse\":5,\"orphan\":1,\"tw\":2,\"alloc\":7,\"mem\":3},"
		"\"udp\":{\"inuse\":4,\"mem\":2},\"udplite\":{\"inuse\":0},\"raw\":{\"inuse\":1},"
		"\"frag\":{\"inuse\":0,\"memory\":0},"
		"\"tcp6\":{\"inuse\":null},\"udp6\":{\"inuse\":null},\"udplite6\":{\"inuse\":null},"
		"\"raw6\":{\"inuse\":null},\"frag6\":{\"inuse\":null,\"memory\":null}},"
		"\"kernel_host_wide\":[\"tcp.orphan\",\"tcp.alloc\",\"tcp.mem\",\"udp.mem\"],"
		"\"ephemeral\":{\"low\":32768,\"high\":60999,\"usable\":28231,\"tcp_in_use\":2,"
		"\"tcp_pct\":0.007084410754135525}}\n");
	free(text);

	/* v2: the same, and which states are unknown and why (none here) */
	f = open_memstream(&text, &len);
	assert_non_null(jw = jsonw_new(f, false));
	assert_int_equal(summary_json(jw, &s, &eph), 0);
	jsonw_free(jw);
	fclose(f);
	assert_non_null(strstr(text, "\"LISTEN\":2,\"CLOSING\":0},"
				     "\"tcp_states_unknown\":{\"states\":[],\"why\":null},"
				     "\"tcp_counted\":false,"));
	free(text);
	/* TCP not asked for: every state null, each named, with the reason */
	s.asked_protos = PROTO_BIT(PROTO_UDP);
	f = open_memstream(&text, &len);
	assert_non_null(jw = jsonw_new(f, false));
	assert_int_equal(summary_json(jw, &s, &eph), 0);
	jsonw_free(jw);
	fclose(f);
	assert_non_null(strstr(text, "\"tcp_states_unknown\":{\"states\":[\"ESTABLISHED\",\"SYN_SENT\","));
	assert_non_null(strstr(text, "\"CLOSING\"],\"why\":\"tcp sockets of both families were not listed"));
	free(text);
}

/* -s -4 and -s -x: a kind or family that was not asked for is unknown, not 0
 * (fill() adds IPv4 and IPv6 TCP, UDP, RAW and UNIX). */
static void test_not_asked(void **state)
{
	(void)state;
	struct summary s;
	struct eph_range eph;
	uint64_t v;

	fill(&s, &eph);
	s.asked_protos = PROTO_BIT(PROTO_TCP) | PROTO_BIT(PROTO_UDP) | PROTO_BIT(PROTO_RAW);
	s.asked_fams = FAM_INET;
	assert_true(summary_asked(&s, PROTO_TCP, SUM_FAM_INET));
	assert_false(summary_asked(&s, PROTO_TCP, SUM_FAM_INET6));
	assert_false(summary_asked(&s, PROTO_UNIX, SUM_FAM_MAX));
	char *text = print_text(&s, &eph);
	assert_non_null(strstr(text, "\nTCP       ?         5         ?         "));
	assert_non_null(strstr(text, "\nUNIX      ?\n"));
	free(text);

	s.asked_protos = PROTO_BIT(PROTO_UNIX);
	s.asked_fams = 0;
	assert_false(summary_state_known(&s, ST_LISTEN));
	assert_int_equal(summary_group(&s, SUM_GRP_EST_CW, &v), -ENODATA);
	text = print_text(&s, &eph);
	assert_non_null(strstr(text, "TCP:   ? (estab ?, listen ?, timewait ?,"));
	assert_non_null(strstr(text, "\nUNIX      3\n"));
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_read_full),
		cmocka_unit_test(test_read_missing),
		cmocka_unit_test(test_read_malformed),
		cmocka_unit_test(test_read_hostile),
		cmocka_unit_test(test_parse_buffer),
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_count_tcp),
		cmocka_unit_test(test_count_tcp_known),
		cmocka_unit_test(test_not_asked),
		cmocka_unit_test(test_parse_snmp),
		cmocka_unit_test(test_print_kinds),
		cmocka_unit_test(test_print),
		cmocka_unit_test(test_json),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
