/* SPDX-License-Identifier: MIT */
/* test_json.c - the sockls JSON document, schema v1 (--json-version 1): hand-built records to
 * exact JSON text. */
#include <errno.h>
#include <linux/tcp.h>
#include <net/if.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <cmocka.h>

#include "testskip.h"

#include "sockls/ephemeral.h"
#include "sockls/json.h"
#include "sockls/query.h"

#include "testrow.h"

#define EXT_ALL (EXT_INFO | EXT_MEMORY | EXT_TIMERS | EXT_EXTENDED | EXT_PROCESSES)

/* One record as a compact line; the caller frees the text. */
static char *row_json(const struct sock_row *row, uint32_t ext);

static char *sock_json(const struct sock_rec *rec, uint32_t ext)
{
	struct sock_row row = testrow(rec);

	return row_json(&row, ext);
}

static char *row_json(const struct sock_row *row, uint32_t ext)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	assert_non_null(f);
	struct jsonw *jw = jsonw_new(f, false);
	assert_non_null(jw);
	jsonw_set_schema(jw, 1); /* v1 as it always was; v2: test_json_v2.c */
	assert_int_equal(json_sock(jw, row, ext), 0);
	jsonw_free(jw);
	assert_int_equal(fclose(f), 0);
	return buf;
}

static void expect_sock(const struct sock_rec *rec, uint32_t ext, const char *want)
{
	char *got = sock_json(rec, ext);
	assert_string_equal(got, want);
	free(got);
}

static void set_v4(uint8_t addr[16], uint8_t a, uint8_t b, uint8_t c, uint8_t d)
{
	memset(addr, 0, 16);
	addr[0] = a;
	addr[1] = b;
	addr[2] = c;
	addr[3] = d;
}

#define WILD_V4 "{\"addr\":\"0.0.0.0\",\"port\":0,\"service\":null,\"iana_service\":null,\"port_class\":null," \
		"\"ephemeral\":false,\"iface\":null}"

static void test_v4_listen(void **state)
{
	(void)state;
	struct sock_rec r = { .proto = PROTO_TCP, .family = AF_INET, .state = ST_LISTEN };
	r.have = HAVE_RECV_Q | HAVE_SEND_Q;
	r.local.port = 22;
	r.send_q = 128;
	expect_sock(&r, 0,
		    "{\"proto\":\"tcp\",\"family\":\"inet\",\"state\":\"LISTEN\",\"recv_q\":0,\"send_q\":128,"
		    "\"local\":{\"addr\":\"0.0.0.0\",\"port\":22,\"service\":\"ssh\",\"iana_service\":\"ssh\",\"port_class\":\"well-known\","
		    "\"ephemeral\":false,\"iface\":null,\"dual_stack\":false},\"remote\":" WILD_V4 "}\n");
}

static void test_v4_established_ephemeral(void **state)
{
	(void)state;
	struct sock_rec r = { .proto = PROTO_TCP, .family = AF_INET, .state = ST_ESTABLISHED };
	r.have = HAVE_RECV_Q | HAVE_SEND_Q;
	set_v4(r.local.addr, 192, 168, 1, 10);
	r.local.port = 51000;
	set_v4(r.remote.addr, 93, 184, 216, 34);
	r.remote.port = 443;
	r.recv_q = UINT32_MAX;
	/* Linux's default range: 51000 is a client's port, so it names no service. */
	struct eph_range range;
	memset(&range, 0, sizeof(range));
	assert_int_equal(eph_parse_range("32768\t60999\n", &range), 0);
	struct enricher *en = enricher_new(0);
	assert_non_null(en);
	enricher_set_range(en, &range);
	struct sock_row row;
	enrich_row(en, &r, &row);
	char *got = row_json(&row, 0);
	enricher_free(en);
	assert_string_equal(got,
		    "{\"proto\":\"tcp\",\"family\":\"inet\",\"state\":\"ESTABLISHED\",\"recv_q\":4294967295,"
		    "\"send_q\":0,\"local\":{\"addr\":\"192.168.1.10\",\"port\":51000,\"service\":null,\"iana_service\":null,"
		    "\"port_class\":\"dynamic\",\"ephemeral\":true,\"iface\":null,\"dual_stack\":false},"
		    "\"remote\":{\"addr\":\"93.184.216.34\",\"port\":443,\"service\":\"https\",\"iana_service\":\"https\","
		    "\"port_class\":\"well-known\",\"ephemeral\":false,\"iface\":null}}\n");
	free(got);
}

static void test_v6_scope_and_mapped(void **state)
{
	(void)state;
	struct sock_rec r = { .proto = PROTO_UDP, .family = AF_INET6, .state = ST_ESTABLISHED };
	r.have = HAVE_RECV_Q | HAVE_SEND_Q | HAVE_IFINDEX;
	r.local.addr[0] = 0xfe;
	r.local.addr[1] = 0x80;
	r.local.addr[15] = 1;
	r.local.port = 5353;
	r.local.ifindex = 999999; /* no such interface: the number as text */
	r.remote.addr[10] = r.remote.addr[11] = 0xff;
	r.remote.addr[12] = 10;
	r.remote.addr[15] = 1;
	r.remote.port = 8080;
	expect_sock(&r, 0,
		    "{\"proto\":\"udp\",\"family\":\"inet6\",\"state\":\"ESTABLISHED\",\"recv_q\":0,\"send_q\":0,"
		    "\"local\":{\"addr\":\"fe80::1\",\"port\":5353,\"service\":\"mdns\",\"iana_service\":\"mdns\","
		    "\"port_class\":\"registered\",\"ephemeral\":false,\"iface\":\"999999\",\"dual_stack\":false},"
		    "\"remote\":{\"addr\":\"::ffff:10.0.0.1\",\"port\":8080,\"service\":\"http-alt\",\"iana_service\":\"http-alt\","
		    "\"port_class\":\"registered\",\"ephemeral\":false,\"iface\":null}}\n");
}

static void test_v6_wildcard_iface_name(void **state)
{
	(void)state;
	char name[IF_NAMESIZE], want[512];
	if (!if_indextoname(1, name))
		skip_why("no interface of index 1 (lo) here");
	struct sock_rec r = { .proto = PROTO_UDP, .family = AF_INET6, .state = ST_CLOSE };
	r.have = HAVE_RECV_Q | HAVE_SEND_Q | HAVE_IFINDEX; /* V6ONLY not said: dual_stack null */
	r.local.port = 53;
	r.local.ifindex = 1;
	snprintf(want, sizeof(want),
		 "{\"proto\":\"udp\",\"family\":\"inet6\",\"state\":\"UNCONN\",\"recv_q\":0,\"send_q\":0,"
		 "\"local\":{\"addr\":\"::\",\"port\":53,\"service\":\"domain\",\"iana_service\":\"domain\",\"port_class\":\"well-known\","
		 "\"ephemeral\":false,\"iface\":\"%s\",\"dual_stack\":null},"
		 "\"remote\":{\"addr\":\"::\",\"port\":0,\"service\":null,\"iana_service\":null,\"port_class\":null,"
		 "\"ephemeral\":false,\"iface\":null}}\n", name);
	expect_sock(&r, 0, want);
}

static void test_unknown_facts_null(void **state)
{
	(void)state;
	struct sock_rec r = { .proto = PROTO_TCP, .family = AF_INET6, .state = ST_ESTABLISHED };
	r.have = HAVE_CONG; /* congestion without tcp_info: the block is still null */
	char *got = sock_json(&r, EXT_ALL);
	const char *tail = strstr(got, "\"uid\":");
	assert_non_null(tail);
	assert_string_equal(tail, "\"uid\":null,\"inode\":null,\"cookie\":null,\"v6only\":null,"
				  "\"timer\":null,\"tcp_info\":null,\"memory\":null,\"processes\":[],"
				  "\"peer_processes\":null}\n");
	free(got);
}

static void test_known_facts(void **state)
{
	(void)state;
	static const struct sock_owner owners[] = {
		{ .pid = 42, .fd = 3, .comm = "evil\x1b[2J\n\xff" },
		{ .pid = 2147483647, .fd = 0, .comm = "abcdefghijklmno" },
	};
	struct sock_rec r = { .proto = PROTO_TCP, .family = AF_INET, .state = ST_ESTABLISHED };
	r.have = HAVE_UID | HAVE_INODE | HAVE_COOKIE | HAVE_TIMER | HAVE_MEMINFO | HAVE_V6ONLY;
	r.uid = 1000;
	r.inode = (1ull << 32) + 5;
	r.cookie = UINT64_MAX;
	r.timer = TIMER_KEEPALIVE;
	r.expires_ms = 7200000;
	r.retrans = 3;
	for (int i = 0; i < SOCK_MEMINFO_VARS; i++)
		r.meminfo[i] = (uint32_t)(i + 1) * 100;
	struct sock_row row = testrow(&r);
	row.owners = owners;
	row.n_owners = 2;
	row.peer_found = true; /* a connection inside the namespace: its peer's owners */
	row.peers = owners + 1;
	row.n_peers = 1;
	row.netns = "ns\"1";
	char *got = row_json(&row, EXT_ALL & ~EXT_INFO);
	const char *tail = strstr(got, "\"uid\":");
	assert_non_null(tail);
	/* inet: no v6only key even though the bit is set. */
	assert_string_equal(tail,
			    "\"uid\":1000,\"inode\":4294967301,\"cookie\":18446744073709551615,"
			    "\"timer\":{\"name\":\"keepalive\",\"expires_ms\":7200000,\"retrans\":3},"
			    "\"memory\":{\"rmem_alloc\":100,\"rcvbuf\":200,\"wmem_alloc\":300,\"sndbuf\":400,"
			    "\"fwd_alloc\":500,\"wmem_queued\":600,\"optmem\":700,\"backlog\":800,\"drops\":900},"
			    "\"processes\":[{\"pid\":42,\"comm\":\"evil\\u001b[2J\\n\xef\xbf\xbd\",\"fd\":3},"
			    "{\"pid\":2147483647,\"comm\":\"abcdefghijklmno\",\"fd\":0}],"
			    "\"peer_processes\":[{\"pid\":2147483647,\"comm\":\"abcdefghijklmno\","
			    "\"fd\":0}]}\n");
	assert_non_null(strstr(got, "\"send_q\":null,\"netns\":\"ns\\\"1\",\"netns_owner\":null,\"local\":"));
	free(got);
}

static void test_timer_out_of_range_null(void **state)
{
	(void)state;
	struct sock_rec r = { .proto = PROTO_TCP, .family = AF_INET, .have = HAVE_TIMER, .timer = 9 };
	char *got = sock_json(&r, EXT_TIMERS);
	assert_non_null(strstr(got, ",\"timer\":null}\n"));
	free(got);
}

static void test_v6only(void **state)
{
	(void)state;
	struct sock_rec r = { .proto = PROTO_TCP, .family = AF_INET6, .state = ST_LISTEN };
	r.have = HAVE_V6ONLY;
	r.v6only = 1;
	char *got = sock_json(&r, EXT_EXTENDED);
	assert_non_null(strstr(got, "\"uid\":null,\"inode\":null,\"cookie\":null,\"v6only\":true}\n"));
	free(got);
}

static void test_unix_abstract(void **state)
{
	(void)state;
	struct sock_rec r = { .proto = PROTO_UNIX, .family = AF_UNIX, .state = ST_LISTEN };
	r.unix_type = SOCK_STREAM;
	memcpy(r.path, "\0foo\0bar\n", 9);
	r.path_len = 9;
	r.have = HAVE_INODE | HAVE_PEER_INODE;
	r.inode = 12345;
	r.peer_inode = 0;
	expect_sock(&r, EXT_EXTENDED,
		    "{\"proto\":\"unix\",\"family\":\"unix\",\"state\":\"LISTEN\",\"recv_q\":null,\"send_q\":null,"
		    "\"path\":\"@foo\\u0000bar\\n\",\"type\":\"stream\",\"inode\":12345,\"peer_inode\":0,"
		    "\"uid\":null,\"cookie\":null}\n");
}

static void test_unix_unnamed_and_spaces(void **state)
{
	(void)state;
	struct sock_rec r = { .proto = PROTO_UNIX, .family = AF_UNIX, .state = ST_CLOSE };
	r.unix_type = SOCK_DGRAM;
	expect_sock(&r, 0,
		    "{\"proto\":\"unix\",\"family\":\"unix\",\"state\":\"UNCONN\",\"recv_q\":null,\"send_q\":null,"
		    "\"path\":null,\"type\":\"dgram\",\"inode\":null,\"peer_inode\":null}\n");
	strcpy(r.path, "/run/my sock");
	r.path_len = 12;
	r.unix_type = 77;
	char *got = sock_json(&r, 0);
	assert_non_null(strstr(got, "\"path\":\"/run/my sock\",\"type\":null,"));
	free(got);

	/* A full-length path with no NUL terminator in its 108 bytes. */
	memset(r.path, 'p', SOCK_UNIX_PATH_MAX);
	r.path_len = SOCK_UNIX_PATH_MAX;
	got = sock_json(&r, 0);
	char want[SOCK_UNIX_PATH_MAX + 16];
	snprintf(want, sizeof(want), "\"path\":\"%.*s\",", SOCK_UNIX_PATH_MAX, r.path);
	assert_non_null(strstr(got, want));
	free(got);
}

static void test_raw(void **state)
{
	(void)state;
	struct sock_rec r = { .proto = PROTO_RAW, .family = AF_INET, .state = ST_CLOSE };
	r.raw_protocol = 1;
	r.local.port = 1;
	char *got = sock_json(&r, 0);
	assert_non_null(strstr(got, "{\"proto\":\"raw\",\"family\":\"inet\",\"state\":\"UNCONN\","));
	assert_non_null(strstr(got, "},\"ip_protocol\":1}\n"));
	free(got);
}

static void fill_tcp_info(struct sock_rec *r)
{
	struct tcp_info ti;
	memset(&ti, 0, sizeof(ti));
	ti.tcpi_ca_state = 3;
	ti.tcpi_options = TCPI_OPT_TIMESTAMPS | TCPI_OPT_SACK | TCPI_OPT_WSCALE;
	ti.tcpi_snd_wscale = 7;
	ti.tcpi_rcv_wscale = 9;
	ti.tcpi_rto = 204000;
	ti.tcpi_rtt = 1500;
	ti.tcpi_rttvar = 123;
	ti.tcpi_snd_ssthresh = 0x7fffffff;
	ti.tcpi_snd_cwnd = 10;
	ti.tcpi_pacing_rate = UINT64_MAX;
	ti.tcpi_bytes_acked = 1ull << 40;
	ti.tcpi_busy_time = 2500;
	ti.tcpi_snd_wnd = 65535;
	memcpy(r->tcp_info, &ti, sizeof(ti));
	r->tcp_info_len = sizeof(ti);
	r->have |= HAVE_TCP_INFO | HAVE_CONG;
	strcpy(r->cong, "cubic");
}

static void test_tcp_info(void **state)
{
	(void)state;
	struct sock_rec r = { .proto = PROTO_TCP, .family = AF_INET, .state = ST_ESTABLISHED };
	fill_tcp_info(&r);
	char *got = sock_json(&r, EXT_INFO);
	static const char *const want[] = {
		"\"tcp_info\":{\"ca_state\":\"recovery\",\"ts\":true,\"sack\":true,\"ecn\":false,"
		"\"ecn_seen\":false,\"app_limited\":false,\"snd_wscale\":7,\"rcv_wscale\":9,"
		"\"retransmits\":0,\"probes\":0,\"backoff\":0,\"rto_ms\":204,",
		"\"rtt_ms\":1.5,\"rttvar_ms\":0.123,\"snd_ssthresh\":null,\"snd_cwnd\":10,",
		"\"pacing_rate\":null,\"max_pacing_rate\":0,\"bytes_acked\":1099511627776,",
		"\"busy_ms\":2.5,",
		"\"snd_wnd\":65535,\"congestion\":\"cubic\"}}\n",
	};
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		assert_non_null(strstr(got, want[i]));
	free(got);
}

static void test_tcp_info_short(void **state)
{
	(void)state;
	struct sock_rec r = { .proto = PROTO_TCP, .family = AF_INET, .state = ST_ESTABLISHED };
	fill_tcp_info(&r);
	/* An old kernel: the struct ends before tcpi_pacing_rate. */
	r.tcp_info_len = offsetof(struct tcp_info, tcpi_pacing_rate);
	char *got = sock_json(&r, EXT_INFO);
	assert_non_null(strstr(got, "\"total_retrans\":0,\"pacing_rate\":null,\"max_pacing_rate\":null,"
				    "\"bytes_acked\":null,"));
	assert_non_null(strstr(got, "\"rtt_ms\":1.5,"));
	assert_non_null(strstr(got, "\"snd_wnd\":null,\"congestion\":\"cubic\"}}\n"));
	free(got);

	/* Short of the option bytes: each byte is judged on its own. */
	r.tcp_info_len = 4;
	got = sock_json(&r, EXT_INFO);
	assert_non_null(strstr(got, "\"tcp_info\":{\"ca_state\":\"recovery\",\"ts\":null,\"sack\":null,"
				    "\"ecn\":null,\"ecn_seen\":null,\"app_limited\":null,\"snd_wscale\":null,"
				    "\"rcv_wscale\":null,\"retransmits\":0,\"probes\":0,\"backoff\":null,"
				    "\"rto_ms\":null,"));
	free(got);
	r.tcp_info_len = 6; /* options byte present, wscale byte not */
	got = sock_json(&r, EXT_INFO);
	assert_non_null(strstr(got, "\"ts\":true,\"sack\":true,\"ecn\":false,\"ecn_seen\":false,"
				    "\"app_limited\":null,\"snd_wscale\":null,\"rcv_wscale\":null,"));
	free(got);

	/* UDP never has a tcp_info block. */
	r.proto = PROTO_UDP;
	got = sock_json(&r, EXT_INFO);
	assert_non_null(strstr(got, ",\"tcp_info\":null}\n"));
	free(got);
}

static char *document(const struct eph_range *eph, const struct sock_rec *rec, bool pretty)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	assert_non_null(f);
	struct jsonw *jw = jsonw_new(f, pretty);
	jsonw_set_schema(jw, 1);
	assert_int_equal(json_begin(jw, "netlink", eph), 0);
	if (rec)
		{
		struct sock_row row = testrow(rec);
		assert_int_equal(json_sock(jw, &row, 0), 0);
	}
	assert_int_equal(json_end(jw), 0);
	jsonw_free(jw);
	assert_int_equal(fclose(f), 0);
	return buf;
}

/* netlink: portid_process names the process whose pid is the port id (ss's
 * Local column), null otherwise; the name is escaped for JSON. */
static void test_netlink_portid(void **state)
{
	struct sock_rec r;
	struct sock_row row;
	char *got;

	(void)state;
	memset(&r, 0, sizeof(r));
	r.proto = PROTO_NETLINK;
	r.family = AF_NETLINK;
	r.state = ST_CLOSE;
	r.unix_type = SOCK_RAW;
	r.kind_proto = 16;
	r.local.id = 4242;
	r.inode = 7;
	r.have = HAVE_INODE;
	row = testrow_ext(&r, EXT_NUMERIC);
	got = row_json(&row, 0);
	assert_string_equal(got, "{\"proto\":\"netlink\",\"family\":\"netlink\",\"state\":\"UNCONN\","
				 "\"recv_q\":null,\"send_q\":null,\"type\":\"raw\",\"protocol\":16,"
				 "\"protocol_name\":\"genl\",\"portid\":4242,\"portid_process\":null,"
				 "\"dst_portid\":0,\"dst_group\":0,\"inode\":7}\n");
	free(got);
	row.portid_comm = "py\"3\x01";
	got = row_json(&row, 0);
	assert_non_null(strstr(got, "\"portid\":4242,\"portid_process\":{\"pid\":4242,"
				    "\"comm\":\"py\\\"3\\u0001\"},\"dst_portid\""));
	free(got);
}

static void test_document(void **state)
{
	(void)state;
	char *got = document(NULL, NULL, false);
	assert_string_equal(got, "{\"version\":1,\"source\":\"netlink\",\"ephemeral\":null,\"sockets\":[]}\n");
	free(got);

	struct eph_range *eph = calloc(1, sizeof(*eph));
	assert_non_null(eph);
	eph->low = 32768;
	eph->high = 60999;
	eph->reserved[8080 / 8] |= 1u << (8080 % 8);
	for (unsigned int p = 9000; p <= 9002; p++)
		eph->reserved[p / 8] |= (uint8_t)(1u << (p % 8));
	eph->reserved[65535 / 8] |= 0x80;
	eph->n_reserved = 5;
	struct sock_rec r = { .proto = PROTO_TCP, .family = AF_INET, .state = ST_LISTEN };
	r.have = HAVE_RECV_Q | HAVE_SEND_Q;
	r.local.port = 22;
	got = document(eph, &r, false);
	assert_string_equal(got, "{\"version\":1,\"source\":\"netlink\",\"ephemeral\":{\"low\":32768,"
				 "\"high\":60999,\"reserved\":[[8080,8080],[9000,9002],[65535,65535]]},"
				 "\"sockets\":[{\"proto\":\"tcp\",\"family\":\"inet\",\"state\":\"LISTEN\","
				 "\"recv_q\":0,\"send_q\":0,\"local\":{\"addr\":\"0.0.0.0\",\"port\":22,"
				 "\"service\":\"ssh\",\"iana_service\":\"ssh\",\"port_class\":\"well-known\",\"ephemeral\":false,"
				 "\"iface\":null,\"dual_stack\":false},\"remote\":" WILD_V4 "}]}\n");
	free(got);
	free(eph);
}

static void test_document_pretty(void **state)
{
	(void)state;
	char *got = document(NULL, NULL, true);
	assert_string_equal(got, "{\n  \"version\": 1,\n  \"source\": \"netlink\",\n"
				 "  \"ephemeral\": null,\n  \"sockets\": []\n}\n");
	free(got);
}

static void test_write_error(void **state)
{
	(void)state;
	FILE *f = fopen("/dev/full", "w");
	if (!f)
		skip_why("/dev/full cannot be opened");
	struct jsonw *jw = jsonw_new(f, false);
	assert_int_equal(json_begin(jw, "proc", NULL), 0); /* still in the stdio buffer */
	assert_int_equal(json_end(jw), -ENOSPC);
	jsonw_free(jw);
	fclose(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_v4_listen),
		cmocka_unit_test(test_v4_established_ephemeral),
		cmocka_unit_test(test_v6_scope_and_mapped),
		cmocka_unit_test(test_v6_wildcard_iface_name),
		cmocka_unit_test(test_unknown_facts_null),
		cmocka_unit_test(test_known_facts),
		cmocka_unit_test(test_timer_out_of_range_null),
		cmocka_unit_test(test_v6only),
		cmocka_unit_test(test_unix_abstract),
		cmocka_unit_test(test_unix_unnamed_and_spaces),
		cmocka_unit_test(test_raw),
		cmocka_unit_test(test_tcp_info),
		cmocka_unit_test(test_tcp_info_short),
		cmocka_unit_test(test_netlink_portid),
		cmocka_unit_test(test_document),
		cmocka_unit_test(test_document_pretty),
		cmocka_unit_test(test_write_error),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
