/* SPDX-License-Identifier: MIT */
/* test_enrich.c - the Service column and per-endpoint facts the enrichment
 * adds: names inside the ephemeral range, the server's side of a connection. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "sockls/enrich.h"
#include "sockls/ephemeral.h"
#include "sockls/query.h"

#include "testrow.h"

/* ip_local_port_range 1024 65535: every registered port is "ephemeral". */
static struct enricher *wide_range(struct eph_range *range)
{
	struct enricher *e = enricher_new(0);

	memset(range, 0, sizeof(*range));
	assert_int_equal(eph_parse_range("1024\t65535\n", range), 0);
	assert_non_null(e);
	enricher_set_range(e, range);
	return e;
}

static struct sock_row row_of(struct enricher *e, const struct sock_rec *rec)
{
	struct sock_row row;

	enricher_observe(e, rec);
	enrich_row(e, rec, &row);
	return row;
}

/* A listener is named after its own port even inside the range, and its
 * port is not a client's ephemeral one. */
static void test_listeners_inside_range(void **state)
{
	static const uint16_t ports[] = { 5432, 6379, 3306, 8080, 2049 };
	static const char *const names[] = { "postgresql", "redis", "mysql", "http-alt", "nfs" };
	struct eph_range range;
	struct enricher *e = wide_range(&range);

	(void)state;
	for (size_t i = 0; i < sizeof(ports) / sizeof(ports[0]); i++) {
		struct sock_rec r = testrec_inet(PROTO_TCP, AF_INET, ST_LISTEN, "0.0.0.0",
						 ports[i], "0.0.0.0", 0);
		struct sock_row row = row_of(e, &r);
		assert_non_null(row.service);
		assert_string_equal(row.service, names[i]);
		assert_false(row.local.ephemeral);
		assert_non_null(row.local.service);
		assert_false(row.remote.have_class); /* port 0: no class */
	}
	enricher_free(e);
}

/* NFS: 127.0.0.1:2049 <- :700. The server's row is nfs, not the client's
 * reserved port (700 is epp); the client's row is nfs too (its peer's). */
static void test_server_side_of_connection(void **state)
{
	struct eph_range range;
	struct enricher *e = wide_range(&range);
	struct sock_rec l = testrec_inet(PROTO_TCP, AF_INET, ST_LISTEN, "127.0.0.1", 2049,
					 NULL, 0);
	struct sock_rec srv = testrec_inet(PROTO_TCP, AF_INET, ST_ESTABLISHED, "127.0.0.1", 2049,
					   "127.0.0.1", 700);
	struct sock_rec cli = testrec_inet(PROTO_TCP, AF_INET, ST_ESTABLISHED, "127.0.0.1", 700,
					   "127.0.0.1", 2049);
	struct sock_row row;

	(void)state;
	row_of(e, &l);
	row = row_of(e, &srv);
	assert_string_equal(row.service, "nfs");
	assert_false(row.local.ephemeral);
	row = row_of(e, &cli);
	assert_non_null(row.service);
	assert_string_equal(row.service, "nfs"); /* its peer is the listener, not "epp" */
	/* without the listener seen (another namespace): 2049 is a client port */
	enricher_set_netns(e, NULL);
	row = row_of(e, &srv);
	assert_true(row.local.ephemeral);
	enricher_free(e);
}

/* A bound, unconnected UDP socket is a server too (DNS on 5353 in the range). */
static void test_udp_server(void **state)
{
	struct eph_range range;
	struct enricher *e = wide_range(&range);
	struct sock_rec r = testrec_inet(PROTO_UDP, AF_INET, ST_CLOSE, "0.0.0.0", 5353, NULL, 0);
	struct sock_row row;

	(void)state;
	row = row_of(e, &r);
	assert_string_equal(row.service, "mdns");
	assert_false(row.local.ephemeral);
	enricher_free(e);
}

/* Range 3000-4000. A client's ephemeral port is nobody's service, even when
 * its number has a name: 127.0.0.1:3306 -> 10.0.0.1:8080 (no listener here)
 * is http-alt, the server's, not mysql. */
static void test_client_port_not_named(void **state)
{
	struct eph_range range;
	struct enricher *e = enricher_new(0);
	struct sock_rec cli = testrec_inet(PROTO_TCP, AF_INET, ST_ESTABLISHED, "127.0.0.1", 3306,
					   "10.0.0.1", 8080);
	struct sock_row row;

	(void)state;
	memset(&range, 0, sizeof(range));
	assert_int_equal(eph_parse_range("3000\t4000\n", &range), 0);
	assert_non_null(e);
	enricher_set_range(e, &range);
	row = row_of(e, &cli);
	assert_true(row.local.ephemeral);
	assert_non_null(row.service);
	assert_string_equal(row.service, "http-alt");
	enricher_free(e);
}

/* Nor is the peer's port when it is ephemeral (the peer is the client):
 * range 3000-4000, 10.0.0.1:40000 <- 10.0.0.2:3306 names nothing. */
static void test_peer_ephemeral_not_named(void **state)
{
	struct eph_range range;
	struct enricher *e = enricher_new(0);
	struct sock_rec r = testrec_inet(PROTO_TCP, AF_INET, ST_ESTABLISHED, "10.0.0.1", 40000,
					 "10.0.0.2", 3306);
	struct sock_row row;

	(void)state;
	memset(&range, 0, sizeof(range));
	assert_int_equal(eph_parse_range("3000\t4000\n", &range), 0);
	assert_non_null(e);
	enricher_set_range(e, &range);
	row = row_of(e, &r);
	assert_false(row.local.ephemeral);
	assert_null(row.service);
	enricher_free(e);
}

/* IANA registers 3000/tcp as hbci (its CSV, 2024-04-30); the well-known
 * table leaves it unnamed. JSON always carries IANA's name; the Service
 * column uses it only with --iana-services. */
static void test_iana_names(void **state)
{
	struct sock_rec r = testrec_inet(PROTO_TCP, AF_INET, ST_LISTEN, "0.0.0.0", 3000, NULL, 0);
	struct enricher *e;
	struct sock_row row;

	(void)state;
	e = enricher_new(0);
	assert_non_null(e);
	enrich_row(e, &r, &row);
	assert_null(row.service);
	assert_null(row.local.service);
	assert_string_equal(row.local.iana_service, "hbci");
	assert_null(row.remote.iana_service);
	enricher_free(e);
	e = enricher_new(EXT_IANA);
	assert_non_null(e);
	enrich_row(e, &r, &row);
	assert_string_equal(row.service, "hbci");
	assert_string_equal(row.local.service, "hbci");
	enricher_free(e);
}

/* netlink: a port id that is a live pid names its process (ss's Local
 * column); not the kernel's 0, not an autobind id, not with -n. */
static void test_netlink_portid(void **state)
{
	struct enricher *e = enricher_new(0), *n = enricher_new(EXT_NUMERIC);
	struct sock_rec r;
	struct sock_row row;

	(void)state;
	assert_non_null(e);
	assert_non_null(n);
	memset(&r, 0, sizeof(r));
	r.proto = PROTO_NETLINK;
	r.family = AF_NETLINK;
	r.local.id = (uint32_t)getpid();
	enrich_row(e, &r, &row);
	assert_non_null(row.portid_comm);
	assert_string_equal(row.portid_comm, "test_enrich");
	enrich_row(n, &r, &row);
	assert_null(row.portid_comm);
	r.local.id = 0;
	enrich_row(e, &r, &row);
	assert_null(row.portid_comm);
	r.local.id = (uint32_t)-4097;
	enrich_row(e, &r, &row);
	assert_null(row.portid_comm);
	/* a tree without that pid: the number */
	enricher_set_proc_root(e, "/nonexistent");
	r.local.id = (uint32_t)getpid();
	enrich_row(e, &r, &row);
	assert_null(row.portid_comm);
	/* only netlink port ids are pids */
	enricher_set_proc_root(e, NULL);
	r.proto = PROTO_PACKET;
	enrich_row(e, &r, &row);
	assert_null(row.portid_comm);
	enricher_free(e);
	enricher_free(n);
}

/* One enrichment in two steps around the filters: the early step leaves
 * what the filters do not read (service, endpoints) for the rest, and both
 * together give enrich_row()'s row. */
static void test_early_then_rest(void **state)
{
	struct eph_range range;
	struct enricher *e = wide_range(&range);
	struct sock_rec r = testrec_inet(PROTO_TCP, AF_INET, ST_ESTABLISHED, "10.0.0.1", 40000,
					 "10.0.0.2", 443);
	struct sock_row whole, two;

	(void)state;
	enrich_row(e, &r, &whole);
	enrich_early(e, &r, &two);
	assert_ptr_equal(two.rec, &r);
	assert_null(two.service);
	assert_null(two.remote.service);
	enrich_rest(e, &two);
	assert_memory_equal(&whole, &two, sizeof(whole));
	assert_non_null(two.service);
	enricher_free(e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_netlink_portid),
		cmocka_unit_test(test_listeners_inside_range),
		cmocka_unit_test(test_server_side_of_connection),
		cmocka_unit_test(test_udp_server),
		cmocka_unit_test(test_client_port_not_named),
		cmocka_unit_test(test_peer_ephemeral_not_named),
		cmocka_unit_test(test_iana_names),
		cmocka_unit_test(test_early_then_rest),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
