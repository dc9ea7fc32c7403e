/* SPDX-License-Identifier: MIT */
/* test_count.c - --count-by's pure parts: the key list, the tally and its
 * order (uniq -c | sort -rn, ties by key), each key's encoding (v4-mapped as
 * IPv4, unknown apart from every real value) and its text and JSON. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sockls/count.h"
#include "sockls/jsonw.h"
#include "sockls/tally.h"
#include "testrow.h"

static void test_parse_keys(void **state)
{
	struct count_keys k;
	char msg[400];

	(void)state;
	assert_int_equal(count_keys_parse("state,remote-addr,process", &k, msg, sizeof(msg)), 0);
	assert_int_equal(k.n, 3);
	assert_int_equal(k.key[0], CK_STATE);
	assert_int_equal(k.key[1], CK_REMOTE_ADDR);
	assert_int_equal(k.key[2], CK_PROCESS);
	assert_true(count_keys_need_owners(&k));
	assert_false(count_keys_need_cgroups(&k));
	for (int i = 0; i < CK_MAX; i++) {
		assert_int_equal(count_keys_parse(count_key_name(i), &k, msg, sizeof(msg)), 0);
		assert_int_equal(k.key[0], i);
	}
	assert_int_equal(count_keys_parse("pod", &k, msg, sizeof(msg)), 0);
	assert_true(count_keys_need_cgroups(&k));
	assert_false(count_keys_need_owners(&k));
}

static void test_parse_errors(void **state)
{
	struct count_keys k;
	char msg[400];

	(void)state;
	assert_int_equal(count_keys_parse("state,remote_addr", &k, msg, sizeof(msg)), -EINVAL);
	assert_non_null(strstr(msg, "unknown key 'remote_addr'"));
	assert_int_equal(count_keys_parse("", &k, msg, sizeof(msg)), -EINVAL);
	assert_non_null(strstr(msg, "unknown key ''"));
	assert_int_equal(count_keys_parse("state,", &k, msg, sizeof(msg)), -EINVAL);
	assert_int_equal(count_keys_parse("state,state", &k, msg, sizeof(msg)), -EINVAL);
	assert_non_null(strstr(msg, "given twice"));
	assert_int_equal(count_keys_parse("State", &k, msg, sizeof(msg)), -EINVAL);
	assert_int_equal(count_keys_parse("state,kind,local-addr,local-port,remote-addr,"
					  "remote-port,remote,service,process", &k, msg,
					  sizeof(msg)), -EINVAL);
	assert_non_null(strstr(msg, "at most 8"));
}

static void test_tally_order(void **state)
{
	struct tally *t = tally_new();
	const struct tally_entry *v;
	size_t n;

	(void)state;
	assert_non_null(t);
	const char *words[] = { "b", "a", "c", "b", "ab", "c", "a", "b", "", "a" };
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		assert_int_equal(tally_add(t, words[i], strlen(words[i])), 0);
	assert_int_equal(tally_groups(t), 5);
	assert_int_equal(tally_total(t), 10);
	assert_int_equal(tally_sorted(t, &v, &n), 0);
	assert_int_equal(n, 5);
	/* 3 a, 3 b (ties by key), 2 c, then 1 "" before 1 "ab" */
	assert_int_equal(v[0].count, 3);
	assert_memory_equal(v[0].key, "a", 1);
	assert_int_equal(v[1].count, 3);
	assert_memory_equal(v[1].key, "b", 1);
	assert_int_equal(v[2].count, 2);
	assert_int_equal(v[3].len, 0);
	assert_int_equal(v[4].len, 2);
	assert_int_equal(tally_add(t, "x", TALLY_KEY_MAX + 1), -E2BIG);
	tally_free(t);
}

/* Many keys: the table grows and every count stays exact. */
static void test_tally_many(void **state)
{
	struct tally *t = tally_new();
	const struct tally_entry *v;
	size_t n;

	(void)state;
	for (uint32_t i = 0; i < 100000; i++) {
		uint32_t key = i % 5000;
		assert_int_equal(tally_add(t, &key, sizeof(key)), 0);
	}
	assert_int_equal(tally_groups(t), 5000);
	assert_int_equal(tally_sorted(t, &v, &n), 0);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(v[i].count, 20);
	for (size_t i = 1; i < n; i++)
		assert_true(tally_cmp(&v[i - 1], &v[i]) < 0);
	tally_free(t);
}

static void keys_of(const char *list, struct count_keys *k)
{
	char msg[400];
	assert_int_equal(count_keys_parse(list, k, msg, sizeof(msg)), 0);
}

/* The text of value i of the key of row. */
static const char *text_of(const struct count_keys *k, const struct sock_row *row, size_t i)
{
	static char buf[1024];
	uint8_t key[COUNT_KEY_BYTES];
	struct count_val vals[COUNT_KEYS_MAX];
	size_t len = count_encode(k, row, "ns:1", key);

	assert_true(count_decode(k, key, len, vals));
	count_val_text(k, k->key[i], &vals[i], buf, sizeof(buf), true);
	return buf;
}

static void test_addresses(void **state)
{
	struct count_keys k;
	struct sock_rec r4 = testrec_inet(PROTO_TCP, AF_INET, ST_ESTABLISHED, "10.0.0.1", 22,
					  "192.0.2.7", 40000);
	struct sock_rec rm = testrec_inet(PROTO_TCP, AF_INET6, ST_ESTABLISHED, "::ffff:10.0.0.1",
					  22, "::ffff:192.0.2.7", 40001);
	struct sock_rec r6 = testrec_inet(PROTO_TCP, AF_INET6, ST_ESTABLISHED, "2001:db8::1", 22,
					  "2001:db8::7", 40002);
	struct sock_row row;
	uint8_t a[COUNT_KEY_BYTES], b[COUNT_KEY_BYTES];
	size_t la, lb;

	(void)state;
	keys_of("remote-addr,local-port,remote,state", &k);
	row = testrow(&r4);
	assert_string_equal(text_of(&k, &row, 0), "192.0.2.7");
	assert_string_equal(text_of(&k, &row, 1), "22");
	assert_string_equal(text_of(&k, &row, 2), "192.0.2.7:40000");
	assert_string_equal(text_of(&k, &row, 3), "ESTABLISHED");
	/* v4-mapped is the IPv4 peer: one key for both sockets */
	row = testrow(&rm);
	assert_string_equal(text_of(&k, &row, 0), "192.0.2.7");
	keys_of("remote-addr", &k);
	row = testrow(&r4);
	la = count_encode(&k, &row, NULL, a);
	row = testrow(&rm);
	lb = count_encode(&k, &row, NULL, b);
	assert_int_equal(la, lb);
	assert_memory_equal(a, b, la);
	keys_of("remote,local-addr", &k);
	row = testrow(&r6);
	assert_string_equal(text_of(&k, &row, 0), "[2001:db8::7]:40002");
	assert_string_equal(text_of(&k, &row, 1), "2001:db8::1");
	/* IPv4 keys sort before IPv6 ones */
	keys_of("remote-addr", &k);
	row = testrow(&r4);
	la = count_encode(&k, &row, NULL, a);
	row = testrow(&r6);
	lb = count_encode(&k, &row, NULL, b);
	assert_true(memcmp(a, b, la < lb ? la : lb) < 0);
}

static void test_unknown_apart(void **state)
{
	struct count_keys k;
	struct sock_rec r = testrec_inet(PROTO_TCP, AF_INET, ST_TIME_WAIT, "10.0.0.1", 22,
					 "192.0.2.7", 40000);
	struct sock_rec u;
	struct sock_owner ow[3] = { { 7, 3, "nginx" }, { 7, 4, "nginx" }, { 9, 5, "ng\"x" } };
	struct sock_row row;

	(void)state;
	keys_of("user,process,unit,netns,service", &k);
	row = testrow(&r);
	assert_string_equal(text_of(&k, &row, 0), "?");  /* no HAVE_UID: not root */
	assert_string_equal(text_of(&k, &row, 1), "?");  /* no owner known */
	assert_string_equal(text_of(&k, &row, 2), "?");  /* no cgroup known */
	assert_string_equal(text_of(&k, &row, 3), "ns:1");
	assert_string_equal(text_of(&k, &row, 4), "ssh");
	r.have |= HAVE_UID;
	r.uid = 0;
	row = testrow(&r);
	row.owners = ow;
	row.n_owners = 3;
	assert_string_equal(text_of(&k, &row, 0), "root");
	assert_string_equal(text_of(&k, &row, 1), "nginx/7,ng\"x/9");
	k.numeric = true;
	assert_string_equal(text_of(&k, &row, 0), "0");
	/* a UNIX socket: its name as the local address, no port, no service */
	memset(&u, 0, sizeof(u));
	u.proto = PROTO_UNIX;
	u.family = AF_UNIX;
	u.unix_type = 1;
	u.state = ST_ESTABLISHED;
	memcpy(u.path, "\0abs\0x", 6);
	u.path_len = 6;
	keys_of("local-addr,local-port,service,kind", &k);
	row = testrow(&u);
	assert_string_equal(text_of(&k, &row, 0), "@abs@x");
	assert_string_equal(text_of(&k, &row, 1), "-");
	assert_string_equal(text_of(&k, &row, 2), "-");
	assert_string_equal(text_of(&k, &row, 3), "u_str");
}

static void test_json(void **state)
{
	struct count_keys k;
	struct sock_rec r = testrec_inet(PROTO_TCP, AF_INET6, ST_LISTEN, "::", 80, "::", 0);
	struct sock_owner ow[1] = { { 42, 3, "web" } };
	struct sock_row row;
	uint8_t key[COUNT_KEY_BYTES];
	struct count_val vals[COUNT_KEYS_MAX];
	char *buf = NULL;
	size_t sz = 0, len;
	FILE *f = open_memstream(&buf, &sz);
	struct jsonw *jw = jsonw_new(f, false);

	(void)state;
	keys_of("local-port,process,user,remote-addr", &k);
	row = testrow(&r);
	row.owners = ow;
	row.n_owners = 1;
	len = count_encode(&k, &row, NULL, key);
	assert_true(count_decode(&k, key, len, vals));
	assert_false(count_decode(&k, key, len - 1, vals));
	jsonw_arr_begin(jw);
	for (size_t i = 0; i < k.n; i++)
		assert_int_equal(count_val_json(jw, &k, k.key[i], &vals[i]), 0);
	jsonw_arr_end(jw);
	jsonw_flush(jw);
	jsonw_free(jw);
	fclose(f);
	assert_string_equal(buf, "[80,[{\"pid\":42,\"name\":\"web\"}],null,\"::\"]\n");
	free(buf);
}

/* A socket shared by more processes than a key holds: the value is unknown,
 * the keys after it still have their status, nothing is written past the
 * buffer (ASan), and the key still decodes. */
static void test_long_key(void **state)
{
	static struct sock_owner ow[1000];
	struct count_keys k;
	struct sock_rec r = testrec_inet(PROTO_TCP, AF_INET6, ST_LISTEN, "::", 80, "::", 0);
	struct sock_row row;
	uint8_t key[COUNT_KEY_BYTES];
	struct count_val vals[COUNT_KEYS_MAX];
	size_t len;

	(void)state;
	for (int i = 0; i < 1000; i++) {
		ow[i].pid = i + 1;
		ow[i].fd = 3;
		memcpy(ow[i].comm, "worker-process1", 16);
	}
	keys_of("process,remote,local-addr,user,unit,netns,state,kind", &k);
	row = testrow(&r);
	row.owners = ow;
	row.n_owners = 1000;
	len = count_encode(&k, &row, "ns:4026531840", key);
	assert_true(len <= COUNT_KEY_BYTES);
	assert_true(count_decode(&k, key, len, vals));
	assert_int_equal(vals[0].status, CV_UNKNOWN);
	assert_int_equal(vals[7].status, CV_KNOWN);
	/* every length around the edge of the buffer */
	for (size_t n = 150; n < 250; n++) {
		row.n_owners = n;
		len = count_encode(&k, &row, "ns:4026531840", key);
		assert_true(len <= COUNT_KEY_BYTES);
		assert_true(count_decode(&k, key, len, vals));
		assert_int_equal(vals[7].status, CV_KNOWN);
	}
	row.n_owners = 90; /* 90 fit in half the key */
	len = count_encode(&k, &row, "ns:4026531840", key);
	assert_true(count_decode(&k, key, len, vals));
	assert_int_equal(vals[0].status, CV_KNOWN);
	assert_string_equal(text_of(&k, &row, 6), "LISTEN");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_keys),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_tally_order),
		cmocka_unit_test(test_tally_many),
		cmocka_unit_test(test_addresses),
		cmocka_unit_test(test_unknown_apart),
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_long_key),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
