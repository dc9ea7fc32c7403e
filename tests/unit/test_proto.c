/* SPDX-License-Identifier: MIT */
/* test_proto.c - the protocol table (proto.h): the rows are in id order, the
 * kinds with ephemeral ports are the first PROTO_EPH_MAX, a kind says how it
 * is drawn (an unknown one is never drawn as an IP socket), the summary and
 * JSON come from the row, and the flags that features ask for are where they
 * were named before. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <cmocka.h>

#include "sockls/proto.h"
#include "sockls/sock.h"

static void test_rows_in_id_order(void **state)
{
	(void)state;
	assert_int_equal(proto_count, PROTO_MAX);
	for (size_t i = 0; i < proto_count; i++) {
		assert_int_equal(proto_table[i].id, i);
		assert_ptr_equal(proto_get((unsigned int)i), &proto_table[i]);
		assert_ptr_equal(proto_by_name(proto_table[i].name), &proto_table[i]);
	}
	assert_null(proto_get(PROTO_MAX));
	assert_null(proto_get(1000));
}

/* A row with a sock_diag family has its request and its reply parser (the
 * netlink source has no case of its own for any kind); one without has
 * neither, and is read from /proc. */
static void test_diag_ops(void **state)
{
	(void)state;
	for (size_t i = 0; i < proto_count; i++) {
		const struct proto_desc *d = &proto_table[i];
		bool diag = d->diag_family != 0;

		assert_int_equal(d->nl_req != NULL, diag);
		assert_int_equal(d->nl_parse != NULL, diag);
		if (!diag)
			assert_non_null(d->proc_file[0]);
	}
}

/* The ephemeral report, the server ports and the peer table keep a slot per
 * kind with ephemeral ports, indexed by its id. */
static void test_ephemeral_kinds_first(void **state)
{
	(void)state;
	for (size_t i = 0; i < proto_count; i++)
		if (proto_table[i].flags & PROTO_F_EPHEMERAL)
			assert_true(proto_table[i].id < PROTO_EPH_MAX);
	assert_int_equal(proto_set(PROTO_F_EPHEMERAL), PROTO_BIT(PROTO_TCP) | PROTO_BIT(PROTO_UDP));
	assert_int_equal(proto_set(PROTO_F_DESTROY), PROTO_BIT(PROTO_TCP) | PROTO_BIT(PROTO_UDP));
	assert_int_equal(proto_set(PROTO_F_TCPINFO), PROTO_BIT(PROTO_TCP));
	assert_int_equal(proto_set(PROTO_F_COUNTED), PROTO_BIT(PROTO_TCP));
	assert_int_equal(proto_set(PROTO_F_MPTCPINFO), PROTO_BIT(PROTO_MPTCP));
	assert_int_equal(proto_set(PROTO_F_PATH), PROTO_BIT(PROTO_UNIX));
	assert_int_equal(proto_set(PROTO_F_PORTID), PROTO_BIT(PROTO_NETLINK));
	assert_true(proto_has(PROTO_TCP, PROTO_F_TCPINFO | PROTO_F_EPHEMERAL));
	assert_false(proto_has(PROTO_UDP, PROTO_F_TCPINFO | PROTO_F_EPHEMERAL));
	assert_false(proto_has(PROTO_MAX, 0));
}

/* Every row is drawn one way: an address, a path, or its own operation; a
 * kind drawn by its row that has no operation, and an unknown kind, show "*". */
static void test_draw(void **state)
{
	struct sock_rec rec = { .proto = PROTO_MAX };
	char buf[32];

	(void)state;
	for (size_t i = 0; i < proto_count; i++) {
		const struct proto_desc *d = &proto_table[i];
		enum proto_draw how = proto_draw(d->id);
		assert_int_equal(how == PROTO_DRAW_INET, d->inet);
		assert_int_equal(how == PROTO_DRAW_PATH, (d->flags & PROTO_F_PATH) != 0);
		if (how == PROTO_DRAW_OWN)
			assert_non_null(d->endpoint);
	}
	assert_int_equal(proto_draw(PROTO_MAX), PROTO_DRAW_OWN);
	assert_int_equal(proto_endpoint(buf, sizeof(buf), &rec, true, NULL), 1);
	assert_string_equal(buf, "*");
	assert_int_equal(proto_endpoint(buf, 1, &rec, true, NULL), 0);
	assert_string_equal(buf, "");
	assert_string_equal(proto_netid(&rec), "?");
	rec.proto = PROTO_TCP;
	assert_string_equal(proto_netid(&rec), "tcp");
	rec.proto = PROTO_UNIX;
	rec.unix_type = SOCK_SEQPACKET;
	assert_string_equal(proto_netid(&rec), "u_seq");
	rec.proto = PROTO_VSOCK;
	assert_string_equal(proto_netid(&rec), "v_seq");
}

/* -s: the Transport table and UNIX, then the kinds of a line of their own;
 * -s --json names exactly the rows with a group (the schema's keys). */
static void test_summary_and_json(void **state)
{
	static const char *const listed[] = { "packet", "netlink", "mptcp", "sctp", "vsock" };

	(void)state;
	for (size_t i = 0; i < sizeof(listed) / sizeof(listed[0]); i++)
		assert_int_equal(proto_by_name(listed[i])->summary, PROTO_SUM_LISTED);
	for (size_t i = 0; i < proto_count; i++)
		assert_int_not_equal(proto_table[i].summary, PROTO_SUM_NONE);
	assert_int_equal(proto_get(PROTO_RAW)->json, PROTO_JSON_IP_PROTOCOL);
	assert_int_equal(proto_get(PROTO_SCTP)->json, PROTO_JSON_ASSOCIATION);
	assert_int_equal(proto_get(PROTO_PACKET)->json, PROTO_JSON_ETHERTYPE);
	assert_int_equal(proto_get(PROTO_NETLINK)->json, PROTO_JSON_PORTID);
	assert_int_equal(proto_get(PROTO_VSOCK)->json, PROTO_JSON_CID);
	assert_int_equal(proto_get(PROTO_TCP)->json, PROTO_JSON_NONE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rows_in_id_order),
		cmocka_unit_test(test_diag_ops),
		cmocka_unit_test(test_ephemeral_kinds_first),
		cmocka_unit_test(test_draw),
		cmocka_unit_test(test_summary_and_json),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
