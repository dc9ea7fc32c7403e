/* SPDX-License-Identifier: MIT */
/* test_json_v2.c - schema v2 (the default): the other end is "remote" and both
 * ends are objects for every kind; an --ndjson line carries "version"; v1 is
 * kept by jsonw_set_schema(jw, 1) (test_json.c). Hand-built records to exact text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <cmocka.h>

#include "sockls/eph_json.h"
#include "sockls/json.h"
#include "sockls/watch_out.h"
#include "sockls/query.h"

#include "testrow.h"

/* What a writer puts through a jsonw of the given schema, as a string. */
struct cap {
	char *buf;
	size_t len;
	FILE *f;
	struct jsonw *jw;
};

static struct jsonw *cap_begin(struct cap *c, unsigned int schema)
{
	c->buf = NULL;
	assert_non_null(c->f = open_memstream(&c->buf, &c->len));
	assert_non_null(c->jw = jsonw_new(c->f, false));
	jsonw_set_schema(c->jw, schema);
	return c->jw;
}

static char *cap_end(struct cap *c)
{
	jsonw_free(c->jw);
	assert_int_equal(fclose(c->f), 0);
	return c->buf;
}

/* One socket as an --ndjson line (top level) or, inline, as inside a document. */
static char *line(const struct sock_row *row, uint32_t ext, unsigned int schema, bool inline_)
{
	struct cap c;
	struct jsonw *jw = cap_begin(&c, schema);

	if (inline_)
		jsonw_arr_begin(jw);
	assert_int_equal(json_sock(jw, row, ext), 0);
	if (inline_)
		jsonw_arr_end(jw);
	return cap_end(&c);
}

static void expect(const struct sock_rec *rec, uint32_t ext, const char *want)
{
	struct sock_row row = testrow(rec);
	char *got = line(&row, ext, 0, false);

	assert_string_equal(got, want);
	free(got);
}

static void test_unix(void **state)
{
	struct sock_rec r = { .proto = PROTO_UNIX, .family = AF_UNIX, .state = ST_ESTABLISHED };
	static const struct sock_owner peer = { .pid = 7, .fd = 4, .comm = "peer" };
	struct sock_row row;
	char *got;

	(void)state;
	r.unix_type = SOCK_STREAM;
	memcpy(r.path, "\0foo", 4);
	r.path_len = 4;
	r.have = HAVE_INODE | HAVE_PEER_INODE;
	r.inode = 12345;
	r.peer_inode = 12346;
	expect(&r, 0, "{\"version\":2,\"proto\":\"unix\",\"family\":\"unix\",\"state\":\"ESTABLISHED\","
		      "\"recv_q\":null,\"send_q\":null,\"local\":{\"path\":\"@foo\"},\"type\":\"stream\","
		      "\"inode\":12345,\"remote\":{\"inode\":12346}}\n");
	/* -p: the peer's owners under remote; unknown peer (/proc): both null */
	row = testrow(&r);
	row.peers = &peer;
	row.n_peers = 1;
	got = line(&row, EXT_PROCESSES, 0, false);
	assert_non_null(strstr(got, "\"remote\":{\"inode\":12346,\"processes\":[{\"pid\":7,"
				    "\"comm\":\"peer\",\"fd\":4}]},\"processes\":[]}\n"));
	assert_null(strstr(got, "peer_"));
	free(got);
	r.have = HAVE_INODE;
	row = testrow(&r);
	got = line(&row, EXT_PROCESSES, 0, false);
	assert_non_null(strstr(got, "\"remote\":{\"inode\":null,\"processes\":null}"));
	free(got);
}

static void test_inet_remote_processes(void **state)
{
	static const struct sock_owner o = { .pid = 42, .fd = 3, .comm = "srv" };
	struct sock_rec r = testrec_inet(PROTO_TCP, AF_INET, ST_ESTABLISHED, "127.0.0.1", 40000,
					 "127.0.0.1", 80);
	struct sock_row row;
	char *got;

	(void)state;
	row = testrow(&r);
	row.peer_found = true;
	row.peers = &o;
	row.n_peers = 1;
	got = line(&row, EXT_PROCESSES, 0, true); /* inside a document: no version */
	assert_true(strncmp(got, "[{\"proto\":\"tcp\",", 16) == 0);
	assert_non_null(strstr(got, "\"iface\":null,\"processes\":[{\"pid\":42,\"comm\":\"srv\","
				    "\"fd\":3}]},\"processes\":[]}]\n"));
	assert_null(strstr(got, "peer_processes"));
	free(got);
	/* v1: the same row as it always was */
	got = line(&row, EXT_PROCESSES, 1, false);
	assert_true(strncmp(got, "{\"proto\":\"tcp\",", 15) == 0);
	assert_non_null(strstr(got, "\"processes\":[],\"peer_processes\":[{\"pid\":42,"));
	free(got);
	/* the other end outside the namespace: null; without -p: no key */
	row.peer_found = false;
	got = line(&row, EXT_PROCESSES, 0, false);
	assert_non_null(strstr(got, "\"iface\":null,\"processes\":null},\"processes\":[]}\n"));
	free(got);
	got = line(&row, 0, 0, false);
	assert_null(strstr(got, "processes"));
	free(got);
}

static void test_kinds(void **state)
{
	struct sock_rec r;
	struct sock_row row;
	uint32_t v = 5;
	char *got;

	(void)state;
	memset(&r, 0, sizeof(r));
	r.proto = PROTO_NETLINK;
	r.family = AF_NETLINK;
	r.state = ST_CLOSE;
	r.unix_type = SOCK_RAW;
	r.kind_proto = 16;
	r.local.id = 4242;
	r.remote.id = 9;
	memcpy(r.remote.addr, &v, sizeof(v));
	r.inode = 7;
	r.have = HAVE_INODE;
	row = testrow_ext(&r, EXT_NUMERIC);
	got = line(&row, 0, 0, false);
	assert_string_equal(got, "{\"version\":2,\"proto\":\"netlink\",\"family\":\"netlink\","
				 "\"state\":\"UNCONN\",\"recv_q\":null,\"send_q\":null,\"type\":\"raw\","
				 "\"protocol\":16,\"protocol_name\":\"genl\",\"local\":{\"portid\":4242,"
				 "\"process\":null},\"remote\":{\"portid\":9,\"group\":5},\"inode\":7}\n");
	free(got);

	memset(&r, 0, sizeof(r));
	r.proto = PROTO_VSOCK;
	r.family = AF_VSOCK;
	r.state = ST_LISTEN;
	r.unix_type = SOCK_STREAM;
	v = 3;
	memcpy(r.local.addr, &v, sizeof(v));
	r.local.id = 1024;
	v = UINT32_MAX;
	memcpy(r.remote.addr, &v, sizeof(v));
	r.remote.id = UINT32_MAX;
	row = testrow_ext(&r, EXT_NUMERIC);
	got = line(&row, 0, 0, false);
	assert_non_null(strstr(got, "\"type\":\"stream\",\"local\":{\"cid\":3,\"port\":1024},"
				    "\"remote\":{\"cid\":4294967295,\"port\":4294967295},\"inode\":null}\n"));
	free(got);

	memset(&r, 0, sizeof(r));
	r.proto = PROTO_PACKET;
	r.family = AF_PACKET;
	r.state = ST_CLOSE;
	r.unix_type = SOCK_DGRAM;
	r.kind_proto = 0x806;
	row = testrow_ext(&r, EXT_NUMERIC);
	got = line(&row, 0, 0, false);
	assert_non_null(strstr(got, "\"type\":\"dgram\",\"ethertype\":2054,\"ethertype_name\":\"arp\","
				    "\"local\":{\"ifindex\":0,\"iface\":null},\"inode\":null}\n"));
	assert_null(strstr(got, "remote"));
	free(got);
	/* -e: the kind's block has the inode; v2 does not repeat it (v1 did) */
	r.inode = 9;
	r.have = HAVE_INODE;
	row = testrow_ext(&r, EXT_NUMERIC | EXT_EXTENDED);
	got = line(&row, EXT_EXTENDED, 0, false);
	assert_non_null(strstr(got, "\"inode\":9,"));
	assert_null(strstr(strstr(got, "\"inode\":9,") + 1, "\"inode\""));
	free(got);
	got = line(&row, EXT_EXTENDED, 1, false);
	assert_non_null(strstr(strstr(got, "\"inode\":9,") + 1, "\"inode\":9"));
	free(got);
}

/* --ephemeral destinations: nested ends in v2, flat in v1. */
static void test_eph_dest(void **state)
{
	struct eph_dest d;
	struct cap c;
	struct jsonw *jw;
	char *buf;

	(void)state;
	memset(&d, 0, sizeof(d));
	d.proto = PROTO_TCP;
	d.family = AF_INET;
	d.local_addr[0] = 10, d.local_addr[3] = 1;
	d.remote_addr[0] = 10, d.remote_addr[3] = 2;
	d.remote_port = 5432;
	d.count = 3;
	for (unsigned int schema = 2; schema >= 1; schema--) {
		jw = cap_begin(&c, schema);
		jsonw_obj_begin(jw);
		eph_dest_json_members(jw, &d);
		jsonw_obj_end(jw);
		buf = cap_end(&c);
		assert_non_null(strstr(buf, schema == 2 ?
			"\"family\":\"inet\",\"local\":{\"addr\":\"10.0.0.1\"},\"remote\":{\"addr\":"
			"\"10.0.0.2\",\"port\":5432,\"service\":\"postgresql\"},\"count\":3," :
			"\"family\":\"inet\",\"local_addr\":\"10.0.0.1\",\"remote_addr\":\"10.0.0.2\","
			"\"remote_port\":5432,\"service\":\"postgresql\",\"count\":3,"));
		free(buf);
	}
}

/* -E/--watch objects: a packet socket has no address (v1 showed "::"). */
static char *event_line(const struct watch_event *ev, unsigned int schema)
{
	struct cap c;

	assert_int_equal(watch_json_event(cap_begin(&c, schema), ev), 0);
	return cap_end(&c);
}

static void test_event_ends(void **state)
{
	struct watch_event ev;
	char *got;

	(void)state;
	memset(&ev, 0, sizeof(ev));
	ev.e.proto = PROTO_PACKET;
	ev.e.family = AF_PACKET;
	ev.e.state = ST_CLOSE;
	got = event_line(&ev, 0);
	assert_non_null(strstr(got, "\"local\":{\"addr\":null,"));
	assert_null(strstr(got, "::"));
	free(got);
	got = event_line(&ev, 1);
	assert_non_null(strstr(got, "\"local\":{\"addr\":\"::\","));
	free(got);
	ev.e.proto = PROTO_TCP;
	ev.e.family = AF_INET;
	got = event_line(&ev, 0);
	assert_non_null(strstr(got, "\"local\":{\"addr\":\"0.0.0.0\","));
	free(got);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unix),
		cmocka_unit_test(test_inet_remote_processes),
		cmocka_unit_test(test_kinds),
		cmocka_unit_test(test_eph_dest),
		cmocka_unit_test(test_event_ends),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
