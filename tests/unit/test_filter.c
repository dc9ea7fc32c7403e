/* SPDX-License-Identifier: MIT */
/* test_filter.c - the filter language: state names, short port options, every operator, precedence and each error. */
#include <arpa/inet.h>
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <cmocka.h>

#include "sockls/bytecode.h"
#include "sockls/filter.h"

static struct sock_rec rec4(unsigned int state, const char *src, int sport, const char *dst, int dport)
{
	struct sock_rec r;
	memset(&r, 0, sizeof(r));
	r.proto = PROTO_TCP;
	r.family = AF_INET;
	r.state = (uint8_t)state;
	assert_int_equal(inet_pton(AF_INET, src, r.local.addr), 1);
	assert_int_equal(inet_pton(AF_INET, dst, r.remote.addr), 1);
	r.local.port = (uint16_t)sport;
	r.remote.port = (uint16_t)dport;
	return r;
}

static struct sock_rec rec6(unsigned int state, const char *src, int sport, const char *dst, int dport)
{
	struct sock_rec r;
	memset(&r, 0, sizeof(r));
	r.proto = PROTO_TCP;
	r.family = AF_INET6;
	r.state = (uint8_t)state;
	assert_int_equal(inet_pton(AF_INET6, src, r.local.addr), 1);
	assert_int_equal(inet_pton(AF_INET6, dst, r.remote.addr), 1);
	r.local.port = (uint16_t)sport;
	r.remote.port = (uint16_t)dport;
	return r;
}

/* Builds from one expression string (the tokenizer splits it) plus options. */
static int build_full(const char *expr, const char *state, const char *sport, const char *dport,
		      const char *port, struct filter **f, struct filter_error *err)
{
	char buf[1024];
	char *words[1] = { buf };
	const char *states[1] = { state };
	struct filter_spec spec = {
		.states = states, .n_states = state ? 1 : 0,
		.sport = sport, .dport = dport, .port = port,
		.expr = words, .n_expr = expr ? 1 : 0,
		.default_states = STATES_ALL,
	};
	snprintf(buf, sizeof(buf), "%s", expr ? expr : "");
	return filter_build(&spec, f, err);
}

static struct filter *must(const char *expr)
{
	struct filter *f = NULL;
	struct filter_error err;
	int rc = build_full(expr, NULL, NULL, NULL, NULL, &f, &err);
	if (rc != 0)
		fail_msg("'%s' failed: %s", expr, err.msg);
	return f;
}

static bool m(const char *expr, const struct sock_rec *r)
{
	struct filter *f = must(expr);
	bool v = filter_match(f, r);
	filter_free(f);
	return v;
}

static void expect_error(const char *expr, const char *state, const char *sport, const char *dport,
			 const char *port, const char *token)
{
	struct filter *f = (struct filter *)1;
	struct filter_error err;
	int rc = build_full(expr, state, sport, dport, port, &f, &err);
	if (rc != -EINVAL)
		fail_msg("expected -EINVAL for expr='%s' port='%s'", expr ? expr : "", port ? port : "");
	assert_null(f);
	assert_string_equal(err.token, token);
	assert_non_null(strstr(err.msg, token));
	assert_null(strchr(err.msg, '\n'));
}

static void test_state_names(void **state)
{
	(void)state;
	assert_int_equal(filter_state_bits("ESTABLISHED"), STATE_BIT(ST_ESTABLISHED));
	assert_int_equal(filter_state_bits("established"), STATE_BIT(ST_ESTABLISHED));
	assert_int_equal(filter_state_bits("estab"), STATE_BIT(ST_ESTABLISHED));
	assert_int_equal(filter_state_bits("SYN_SENT"), STATE_BIT(ST_SYN_SENT));
	assert_int_equal(filter_state_bits("syn-sent"), STATE_BIT(ST_SYN_SENT));
	assert_int_equal(filter_state_bits("SYN_RECV"), STATE_BIT(ST_SYN_RECV));
	assert_int_equal(filter_state_bits("syn-recv"), STATE_BIT(ST_SYN_RECV));
	assert_int_equal(filter_state_bits("syn-rcv"), STATE_BIT(ST_SYN_RECV));
	assert_int_equal(filter_state_bits("FIN_WAIT1"), STATE_BIT(ST_FIN_WAIT1));
	assert_int_equal(filter_state_bits("fin-wait-1"), STATE_BIT(ST_FIN_WAIT1));
	assert_int_equal(filter_state_bits("FIN_WAIT2"), STATE_BIT(ST_FIN_WAIT2));
	assert_int_equal(filter_state_bits("fin-wait-2"), STATE_BIT(ST_FIN_WAIT2));
	assert_int_equal(filter_state_bits("TIME_WAIT"), STATE_BIT(ST_TIME_WAIT));
	assert_int_equal(filter_state_bits("time-wait"), STATE_BIT(ST_TIME_WAIT));
	assert_int_equal(filter_state_bits("CLOSE"), STATE_BIT(ST_CLOSE));
	assert_int_equal(filter_state_bits("closed"), STATE_BIT(ST_CLOSE));
	assert_int_equal(filter_state_bits("UNCONN"), STATE_BIT(ST_CLOSE));
	assert_int_equal(filter_state_bits("unconnected"), STATE_BIT(ST_CLOSE));
	assert_int_equal(filter_state_bits("CLOSE_WAIT"), STATE_BIT(ST_CLOSE_WAIT));
	assert_int_equal(filter_state_bits("close-wait"), STATE_BIT(ST_CLOSE_WAIT));
	assert_int_equal(filter_state_bits("LAST_ACK"), STATE_BIT(ST_LAST_ACK));
	assert_int_equal(filter_state_bits("last-ack"), STATE_BIT(ST_LAST_ACK));
	assert_int_equal(filter_state_bits("LISTEN"), STATE_BIT(ST_LISTEN));
	assert_int_equal(filter_state_bits("listening"), STATE_BIT(ST_LISTEN));
	assert_int_equal(filter_state_bits("Closing"), STATE_BIT(ST_CLOSING));
	assert_int_equal(filter_state_bits("BOUND_INACTIVE"), STATE_BIT(ST_BOUND_INACTIVE));
	assert_int_equal(filter_state_bits("LISTENN"), 0);
	assert_int_equal(filter_state_bits(""), 0);
	assert_int_equal(filter_state_bits("established2"), 0);
}

static void test_state_groups(void **state)
{
	(void)state;
	/* ss: connected = all but LISTEN and CLOSE; a bind()-only socket is not connected */
	uint32_t conn = STATES_ALL & ~(STATE_BIT(ST_CLOSE) | STATE_BIT(ST_LISTEN) |
					STATE_BIT(ST_BOUND_INACTIVE));
	assert_int_equal(filter_state_bits("all"), STATES_ALL);
	assert_int_equal(filter_state_bits("connected"), conn);
	assert_int_equal(filter_state_bits("synchronized"), conn & ~STATE_BIT(ST_SYN_SENT));
	assert_int_equal(filter_state_bits("bucket"), STATE_BIT(ST_SYN_RECV) | STATE_BIT(ST_TIME_WAIT));
	assert_int_equal(filter_state_bits("big"),
			 STATES_ALL & ~(STATE_BIT(ST_SYN_RECV) | STATE_BIT(ST_TIME_WAIT)));
}

/* Every name sockls prints must be accepted back and select that state. */
static void test_printed_names_accepted(void **state)
{
	(void)state;
	for (unsigned int p = 0; p < PROTO_MAX; p++) {
		for (unsigned int s = 0; s < ST_MAX; s++) {
			const char *name = sock_state_name(p, s);
			unsigned int want = s == ST_NEW_SYN_RECV ? ST_SYN_RECV : s;
			uint32_t bits = filter_state_bits(name);
			if (!(bits & STATE_BIT(want)))
				fail_msg("printed name '%s' (state %u) not accepted", name, s);
		}
	}
}

static void test_state_options_and_words(void **state)
{
	(void)state;
	struct filter *f = NULL;
	struct filter_error err;
	const char *two[2] = { "LISTEN,established", "time-wait" };
	struct filter_spec spec = { .states = two, .n_states = 2, .default_states = STATES_CONNECTED };

	assert_int_equal(filter_build(&spec, &f, &err), 0);
	assert_int_equal(filter_states(f), STATE_BIT(ST_LISTEN) | STATE_BIT(ST_ESTABLISHED) |
					   STATE_BIT(ST_TIME_WAIT));
	filter_free(f);

	spec.n_states = 0;
	assert_int_equal(filter_build(&spec, &f, &err), 0);
	assert_int_equal(filter_states(f), STATES_CONNECTED);
	assert_null(filter_root(f));
	filter_free(f);

	f = must("state established state listening");
	assert_int_equal(filter_states(f), STATE_BIT(ST_ESTABLISHED) | STATE_BIT(ST_LISTEN));
	filter_free(f);
	f = must("exclude listening");
	assert_int_equal(filter_states(f), STATES_ALL & ~STATE_BIT(ST_LISTEN));
	filter_free(f);
	f = must("state connected exclude time-wait sport = :22");
	assert_int_equal(filter_states(f), (STATES_ALL & ~(STATE_BIT(ST_CLOSE) | STATE_BIT(ST_LISTEN) |
							    STATE_BIT(ST_TIME_WAIT) |
							    STATE_BIT(ST_BOUND_INACTIVE))));
	assert_non_null(filter_root(f));
	filter_free(f);

	/* --state acts as leading "state" words: exclude then removes from it. */
	assert_int_equal(build_full("exclude estab", "established,listen", NULL, NULL, NULL, &f, &err), 0);
	assert_int_equal(filter_states(f), STATE_BIT(ST_LISTEN));
	filter_free(f);
}

static void test_state_match(void **state)
{
	(void)state;
	struct sock_rec est = rec4(ST_ESTABLISHED, "10.0.0.1", 22, "10.0.0.2", 40000);
	struct sock_rec syn = rec4(ST_NEW_SYN_RECV, "10.0.0.1", 22, "10.0.0.2", 40000);
	struct sock_rec unk = rec4(ST_UNKNOWN, "10.0.0.1", 22, "10.0.0.2", 40000);

	assert_true(m("state established", &est));
	assert_false(m("state listening", &est));
	assert_true(m("state syn-recv", &syn));
	assert_false(m("exclude syn-recv", &syn));
	assert_false(m("state all", &unk));
	assert_true(m("state unknown", &unk));
	assert_false(m("exclude established", &est));
}

static void test_port_ops(void **state)
{
	(void)state;
	struct sock_rec r = rec4(ST_ESTABLISHED, "10.0.0.1", 22, "10.0.0.2", 443);
	const char *eq[] = { "=", "==", "eq" }, *ne[] = { "!=", "ne", "neq" };
	char e[64];

	for (int i = 0; i < 3; i++) {
		snprintf(e, sizeof(e), "sport %s :22", eq[i]);
		assert_true(m(e, &r));
		snprintf(e, sizeof(e), "sport %s :23", eq[i]);
		assert_false(m(e, &r));
		snprintf(e, sizeof(e), "dport %s :443", ne[i]);
		assert_false(m(e, &r));
		snprintf(e, sizeof(e), "dport %s :444", ne[i]);
		assert_true(m(e, &r));
	}
	assert_true(m("sport :22", &r));
	assert_true(m("sport 22", &r));
	assert_true(m("sport < :23", &r) && m("sport lt :23", &r));
	assert_false(m("sport < :22", &r) || m("sport lt :22", &r));
	assert_true(m("sport > :21", &r) && m("sport gt :21", &r));
	assert_false(m("sport > :22", &r) || m("sport gt :22", &r));
	assert_true(m("sport <= :22", &r) && m("sport le :22", &r) && m("sport leq :22", &r));
	assert_false(m("sport <= :21", &r) || m("sport le :21", &r));
	assert_true(m("dport >= :443", &r) && m("dport ge :443", &r) && m("dport geq :443", &r));
	assert_false(m("dport >= :444", &r) || m("dport ge :444", &r));
	/* 16-bit edges must not wrap */
	assert_false(m("sport > :65535", &r));
	assert_false(m("sport < :0", &r));
	assert_true(m("sport >= :0", &r));
	assert_true(m("sport <= :65535", &r));
	assert_true(m("sport = :*", &r));
	assert_false(m("sport != :*", &r));
	/* service names */
	assert_true(m("sport = :ssh", &r));
	assert_true(m("dport eq https", &r));
	assert_false(m("dport = :ssh", &r));
}

static void test_logic_and_precedence(void **state)
{
	(void)state;
	struct sock_rec r = rec4(ST_ESTABLISHED, "10.0.0.1", 1, "10.0.0.2", 9);

	assert_true(m("sport = :1 and dport = :9", &r));
	assert_true(m("sport = :1 && dport = :9", &r));
	assert_true(m("sport = :1 & dport = :9", &r));
	assert_false(m("sport = :1 and dport = :8", &r));
	assert_true(m("sport = :2 or dport = :9", &r));
	assert_true(m("sport = :2 || dport = :9", &r));
	assert_true(m("sport = :2 | dport = :9", &r));
	assert_false(m("sport = :2 or dport = :8", &r));
	assert_true(m("not sport = :2", &r));
	assert_true(m("! sport = :2", &r));
	assert_false(m("not not sport = :2", &r));
	/* juxtaposition is and */
	assert_true(m("sport = :1 dport = :9", &r));
	assert_false(m("sport = :1 dport = :8", &r));
	/* and binds tighter than or: a or (b and c); ss would read (a or b) and c */
	assert_true(m("sport = :1 or sport = :2 and dport = :3", &r));
	assert_false(m("( sport = :1 or sport = :2 ) and dport = :3", &r));
	assert_true(m("dport = :3 and sport = :2 or sport = :1", &r));
	/* not binds tighter than and */
	assert_true(m("not sport = :2 and dport = :9", &r));
	assert_false(m("not ( sport = :1 and dport = :9 )", &r));
	/* parentheses glued to words, nested */
	assert_true(m("(sport = :1) and ((dport = :9))", &r));
	assert_true(m("!(sport = :2)", &r));
}

static void test_addresses(void **state)
{
	(void)state;
	struct sock_rec v4 = rec4(ST_ESTABLISHED, "10.1.2.3", 22, "192.168.1.5", 5000);
	struct sock_rec v6 = rec6(ST_ESTABLISHED, "2001:db8::1", 22, "::1", 5000);
	struct sock_rec mapped = rec6(ST_ESTABLISHED, "::ffff:10.1.2.3", 22, "::ffff:192.168.1.5", 5000);

	assert_true(m("src 10.1.2.3", &v4));
	assert_true(m("src = 10.1.2.3", &v4));
	assert_false(m("src 10.1.2.4", &v4));
	assert_true(m("src 10.0.0.0/8", &v4));
	assert_true(m("src 10.0.0.0/8:22", &v4));
	assert_false(m("src 10.0.0.0/8:23", &v4));
	assert_true(m("dst 192.168.0.0/16", &v4));
	assert_false(m("dst 192.168.0.0/24", &v4));
	assert_true(m("dst 192.168.1.4/31", &v4));
	assert_true(m("src *:22", &v4) && m("src :22", &v4) && m("src *", &v4));
	assert_false(m("src *:23", &v4));
	assert_true(m("src != 10.1.2.4", &v4));
	assert_true(m("src 0.0.0.0/0", &v4));
	/* IPv6, bracketed with port, bare, prefix inside or outside brackets */
	assert_true(m("src [2001:db8::1]:22", &v6));
	assert_true(m("src 2001:db8::1", &v6));
	assert_true(m("src [2001:db8::/32]", &v6) && m("src [2001:db8::]/32:22", &v6));
	assert_false(m("src [2001:db9::]/32", &v6));
	assert_true(m("dst [::1]", &v6));
	/* IPv4 rule matches v4-mapped; IPv6 rule never matches IPv4 */
	assert_false(m("src 10.0.0.0/8", &v6));
	assert_true(m("src 10.0.0.0/8", &mapped));
	assert_true(m("dst 192.168.1.5:5000", &mapped));
	assert_true(m("src 0.0.0.0/0", &mapped));
	assert_false(m("src 0.0.0.0/0", &v6));
	assert_false(m("src [::ffff:10.1.2.3]", &v4));
	assert_true(m("src [::ffff:10.1.2.3]", &mapped));
	assert_false(m("src [2001:db8::1]", &v4));
}

static void test_short_options(void **state)
{
	(void)state;
	struct sock_rec r = rec4(ST_ESTABLISHED, "10.0.0.1", 1500, "10.0.0.2", 22);
	struct filter *f = NULL;
	struct filter_error err;
	struct {
		const char *sport, *dport, *port;
		bool want;
	} cases[] = {
		{ "1500", NULL, NULL, true },   { "1000-2000", NULL, NULL, true },
		{ "1501-2000", NULL, NULL, false }, { "1000-1500", NULL, NULL, true },
		{ "1,2,1500", NULL, NULL, true }, { "1,2,3", NULL, NULL, false },
		{ NULL, "ssh", NULL, true },    { NULL, "22,80", NULL, true },
		{ NULL, "https", NULL, false }, { NULL, NULL, "22", true },
		{ NULL, NULL, "1500", true },   { NULL, NULL, "ssh", true },
		{ NULL, NULL, "23-1499", false }, { "0-65535", NULL, NULL, true },
		{ "1500", "23", NULL, false },  { "1500", "22", "1-21,1400-1600", true },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		assert_int_equal(build_full(NULL, NULL, cases[i].sport, cases[i].dport, cases[i].port,
					    &f, &err), 0);
		if (filter_match(f, &r) != cases[i].want)
			fail_msg("case %zu: expected %d", i, cases[i].want);
		filter_free(f);
	}
	/* short options AND the expression */
	assert_int_equal(build_full("dport = :22", NULL, "1500", NULL, NULL, &f, &err), 0);
	assert_true(filter_match(f, &r));
	filter_free(f);
	assert_int_equal(build_full("dport = :23", NULL, "1500", NULL, NULL, &f, &err), 0);
	assert_false(filter_match(f, &r));
	filter_free(f);
}

static void test_errors(void **state)
{
	(void)state;
	expect_error(NULL, NULL, NULL, NULL, "70000", "70000");
	expect_error(NULL, NULL, NULL, NULL, "0x16", "0x16");
	expect_error(NULL, NULL, NULL, NULL, "-1", "-1");
	expect_error(NULL, NULL, NULL, NULL, "22x", "22x");
	expect_error(NULL, NULL, "2000-1000", NULL, NULL, "2000-1000");
	expect_error(NULL, NULL, "1000-70000", NULL, NULL, "1000-70000");
	expect_error(NULL, NULL, NULL, "22,99999", NULL, "99999");
	expect_error(NULL, NULL, NULL, NULL, "nosuchservicexyz", "nosuchservicexyz");
	expect_error(NULL, NULL, NULL, NULL, "22,,23", "22,,23");
	expect_error(NULL, NULL, NULL, NULL, "", "");
	expect_error(NULL, "LISTENN", NULL, NULL, NULL, "LISTENN");
	expect_error(NULL, "listen,bogus", NULL, NULL, NULL, "bogus");
	expect_error("state LISTENN", NULL, NULL, NULL, NULL, "LISTENN");
	expect_error("state", NULL, NULL, NULL, NULL, "state");
	expect_error("sport = :", NULL, NULL, NULL, NULL, ":");
	expect_error("sport = :70000", NULL, NULL, NULL, NULL, ":70000");
	expect_error("sport = :nosuchservicexyz", NULL, NULL, NULL, NULL, ":nosuchservicexyz");
	expect_error("sport > :*", NULL, NULL, NULL, NULL, ":*");
	expect_error("sport =", NULL, NULL, NULL, NULL, "=");
	expect_error("( sport = :22", NULL, NULL, NULL, NULL, "(");
	expect_error("sport = :22 )", NULL, NULL, NULL, NULL, ")");
	expect_error("( )", NULL, NULL, NULL, NULL, ")");
	expect_error("sport = :22 and", NULL, NULL, NULL, NULL, "and");
	expect_error("sport = :22 or", NULL, NULL, NULL, NULL, "or");
	expect_error("sport = :22 and not", NULL, NULL, NULL, NULL, "not");
	expect_error("or sport = :22", NULL, NULL, NULL, NULL, "or");
	expect_error("sport = :22 foo", NULL, NULL, NULL, NULL, "foo");
	expect_error("sport = :22 state listening", NULL, NULL, NULL, NULL, "state");
	expect_error("src 10.0.0.1/33", NULL, NULL, NULL, NULL, "10.0.0.1/33");
	expect_error("src [::1]/129", NULL, NULL, NULL, NULL, "[::1]/129");
	expect_error("src host.example", NULL, NULL, NULL, NULL, "host.example");
	expect_error("src [::1", NULL, NULL, NULL, NULL, "[::1");
	expect_error("src 10.0.0.1:", NULL, NULL, NULL, NULL, "10.0.0.1:");
	expect_error("src < 10.0.0.1", NULL, NULL, NULL, NULL, "<");
	expect_error("dst", NULL, NULL, NULL, NULL, "dst");
}

static void test_depth_limit(void **state)
{
	(void)state;
	static char expr[4096];
	struct filter *f = NULL;
	struct filter_error err;
	size_t n = 0;
	for (int i = 0; i < 1000; i++)
		n += (size_t)snprintf(expr + n, sizeof(expr) - n, "! ");
	snprintf(expr + n, sizeof(expr) - n, "sport = :1");
	char *words[1] = { expr };
	struct filter_spec spec = { .expr = words, .n_expr = 1, .default_states = STATES_ALL };
	assert_int_equal(filter_build(&spec, &f, &err), -EINVAL);
	assert_string_equal(err.token, "!");
}

static struct sock_rec recu(int type, const char *path, size_t len)
{
	struct sock_rec r;
	memset(&r, 0, sizeof(r));
	r.proto = PROTO_UNIX;
	r.family = AF_UNIX;
	r.state = ST_LISTEN;
	r.unix_type = (uint8_t)type;
	memcpy(r.path, path, len);
	r.path_len = (uint16_t)len;
	return r;
}

/* ss's UNIX name rules: fnmatch case-folded, abstract NULs as '@', unnamed is
 * "", dst is the peer's name (unknown: ""), never an IP socket. */
static void test_unix_paths(void **state)
{
	(void)state;
	struct sock_rec x11 = recu(SOCK_STREAM, "/tmp/.X11-unix/X0", 17);
	struct sock_rec abs = recu(SOCK_STREAM, "\0dbus\0x", 7);
	struct sock_rec anon = recu(SOCK_DGRAM, "", 0);
	struct sock_rec tcp = rec4(ST_LISTEN, "127.0.0.1", 22, "0.0.0.0", 0);

	assert_true(m("src /tmp/.X11-unix/*", &x11));
	assert_false(m("src /tmp/.X11-unix/*", &abs));
	assert_true(m("src /TMP/.x11-UNIX/x?", &x11)); /* case-folded, as ss */
	assert_true(m("src @dbus@x", &abs));
	assert_true(m("src @dbus*", &abs));
	assert_true(m("src unix:@db[a-z]s*", &abs));
	assert_false(m("src @dbus", &abs));
	assert_false(m("src /tmp/*", &anon));
	assert_true(m("not src /tmp/*", &anon));
	assert_false(m("dst @dbus*", &abs));
	assert_true(m("dst unix:*", &abs));
	assert_false(m("src /tmp/*", &tcp));
	assert_true(m("src /tmp/* or sport = :22", &tcp));
	assert_true(m("src 127.0.0.1", &tcp));

	/* only UNIX listed (ss -x): any word after src/dst is a name */
	struct filter *f = NULL;
	struct filter_error err;
	char expr[] = "src *X0";
	char *words[1] = { expr };
	struct filter_spec spec = { .expr = words, .n_expr = 1, .default_states = STATES_ALL,
				    .unix_paths = true };
	assert_int_equal(filter_build(&spec, &f, &err), 0);
	assert_true(filter_match(f, &x11));
	assert_false(filter_match(f, &abs));
	filter_free(f);

	/* -A unix_stream: the other types do not match */
	spec = (struct filter_spec){ .default_states = STATES_ALL,
				     .unix_types = 1u << SOCK_STREAM };
	assert_int_equal(filter_build(&spec, &f, &err), 0);
	assert_true(filter_match(f, &x11));
	assert_false(filter_match(f, &anon));
	assert_true(filter_match(f, &tcp));
	filter_free(f);
	char longname[200] = "src @";
	memset(longname + 5, 'a', 120);
	words[0] = longname;
	spec = (struct filter_spec){ .expr = words, .n_expr = 1, .default_states = STATES_ALL };
	assert_int_equal(filter_build(&spec, &f, &err), -EINVAL);
	assert_non_null(strstr(err.msg, "too long"));
}

/* 'pid' terms: inode 100 is held by pids 7 and 9, inode 200 by 7 only. */
static bool fake_holds(uint64_t inode, int32_t pid, void *data)
{
	(void)data;
	return (inode == 100 && (pid == 7 || pid == 9)) || (inode == 200 && pid == 7);
}

static void test_pid_terms(void **state)
{
	struct filter *f;
	struct filter_error err;
	struct sock_rec r = rec4(ST_ESTABLISHED, "10.0.0.1", 22, "10.0.0.2", 4000);
	int32_t *pids;
	size_t n;
	int32_t seven = 7, nine = 9;
	struct filter_spec spec = { .default_states = STATES_ALL, .pids = &seven, .n_pids = 1 };

	(void)state;
	r.have |= HAVE_INODE;
	r.inode = 100;
	f = must("pid = 9 or pid 7 and not pid != 9 or pid 9");
	assert_true(filter_uses_pid(f));
	assert_int_equal(filter_pids(f, &pids, &n), 0);
	assert_int_equal(n, 2);
	assert_int_equal(pids[0], 7);
	assert_int_equal(pids[1], 9);
	free(pids);
	/* no lookup: a pid term matches nothing (not everything) */
	assert_false(filter_match(f, &r));
	filter_set_pid_lookup(f, fake_holds, NULL);
	assert_true(filter_match(f, &r));
	r.inode = 200;
	assert_false(filter_match(f, &r));  /* 9 does not hold 200 */
	r.inode = 0;                       /* no inode (TIME_WAIT): no owner */
	assert_false(filter_match(f, &r));
	/* the kernel cannot see owners: the bytecode is a superset */
	assert_false(bc_exact(f, AF_INET));
	filter_free(f);
	f = must("sport = 22");
	assert_false(filter_uses_pid(f));
	assert_true(bc_exact(f, AF_INET));
	filter_free(f);
	/* --pid 7 (with the expression: and) */
	assert_int_equal(filter_build(&spec, &f, &err), 0);
	filter_set_pid_lookup(f, fake_holds, NULL);
	r.inode = 200;
	assert_true(filter_match(f, &r));
	spec.pids = &nine;
	filter_free(f);
	assert_int_equal(filter_build(&spec, &f, &err), 0);
	filter_set_pid_lookup(f, fake_holds, NULL);
	assert_false(filter_match(f, &r));
	filter_free(f);
	assert_int_equal(build_full("pid abc", NULL, NULL, NULL, NULL, &f, &err), -EINVAL);
	assert_string_equal(err.msg, "invalid pid 'abc' (a process id, 1 to 4194304)");
	assert_int_equal(build_full("pid = 0", NULL, NULL, NULL, NULL, &f, &err), -EINVAL);
	assert_int_equal(build_full("pid", NULL, NULL, NULL, NULL, &f, &err), -EINVAL);
	assert_string_equal(err.msg, "missing pid after 'pid'");
}

static bool narrows(const char *expr, const char *port)
{
	struct filter *f = NULL;
	struct filter_error err;
	if (build_full(expr, NULL, NULL, NULL, port, &f, &err) != 0)
		fail_msg("'%s' failed: %s", expr ? expr : "", err.msg);
	bool v = filter_narrows(f);
	filter_free(f);
	return v;
}

/* -K's guard (issue 26 item 3): filters that match every socket of a state,
 * or nearly, do not narrow; each alternative must name something. */
static void test_narrows(void **state)
{
	(void)state;
	assert_false(narrows("state all", NULL));
	assert_true(narrows("pid = 5", NULL));       /* one process's sockets */
	assert_false(narrows("not pid = 5", NULL));  /* every other process's */
	assert_false(narrows("sport >= :0", NULL));
	assert_false(narrows("sport >= :1", NULL));
	assert_false(narrows("dport <= :65535", NULL));
	assert_false(narrows("not dport = :1", NULL));
	assert_false(narrows("not src 10.0.0.0/8", NULL));
	assert_false(narrows("src 0.0.0.0/0", NULL));
	assert_false(narrows("sport = :*", NULL));
	assert_false(narrows("sport = :22 or sport >= :0", NULL));
	assert_false(narrows("sport = :22 or not dport = :1", NULL));
	assert_false(narrows("not (sport = :22 and dport = :80)", NULL));
	assert_false(narrows("not not not sport = :22", NULL));
	assert_false(narrows(NULL, "0-65535"));
	assert_false(narrows(NULL, "1-65535"));
	assert_true(narrows("sport = :22", NULL));
	assert_true(narrows("dst 10.0.0.0/8", NULL));
	assert_true(narrows("src 127.0.0.1", NULL));
	assert_true(narrows("sport >= :1024", NULL));
	assert_true(narrows("sport = :22 or dport = :80", NULL));
	assert_true(narrows("state all sport = :22", NULL));
	assert_true(narrows("not dport = :1 and sport = :22", NULL));
	assert_true(narrows("not (not sport = :22 or dport = :80)", NULL));
	assert_true(narrows("not sport >= :1000", NULL));
	assert_true(narrows(NULL, "8080"));
	assert_true(narrows(NULL, "1000-2000"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_state_names),
		cmocka_unit_test(test_state_groups),
		cmocka_unit_test(test_printed_names_accepted),
		cmocka_unit_test(test_state_options_and_words),
		cmocka_unit_test(test_state_match),
		cmocka_unit_test(test_port_ops),
		cmocka_unit_test(test_logic_and_precedence),
		cmocka_unit_test(test_addresses),
		cmocka_unit_test(test_short_options),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_depth_limit),
		cmocka_unit_test(test_unix_paths),
		cmocka_unit_test(test_pid_terms),
		cmocka_unit_test(test_narrows),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
