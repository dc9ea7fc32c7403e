/* SPDX-License-Identifier: MIT */
/* test_cli.c - argv to struct opts: defaults, combined options, errors. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "sockls/cli.h"
#include "sockls/proto.h"
#include "sockls/query.h"
#include "sockls/sock.h"

static struct opts o;
static struct cli_error err;

/* argv from a NULL-terminated list of words (getopt may permute it). */
static int parse(const char *first, ...)
{
	static char words[32][64];
	static char *argv[33];
	va_list ap;
	int argc = 0;

	va_start(ap, first);
	for (const char *w = first; w; w = va_arg(ap, const char *)) {
		strncpy(words[argc], w, sizeof(words[0]) - 1);
		argv[argc] = words[argc];
		argc++;
	}
	va_end(ap);
	argv[argc] = NULL;
	return cli_parse(argc, argv, &o, &err);
}

static void test_defaults(void **state)
{
	(void)state;
	assert_int_equal(parse("sockls", NULL), CLI_RUN);
	/* ss's default set, as ss 6.1 lists (test_kinds.py compares): tcp, udp,
	 * raw, unix, packet, netlink, mptcp, sctp; not vsock */
	assert_int_equal(o.protos, PROTO_BIT(PROTO_TCP) | PROTO_BIT(PROTO_UDP) | PROTO_BIT(PROTO_RAW) |
			 PROTO_BIT(PROTO_UNIX) | PROTO_BIT(PROTO_PACKET) | PROTO_BIT(PROTO_NETLINK) |
			 PROTO_BIT(PROTO_MPTCP) | PROTO_BIT(PROTO_SCTP));
	assert_true(o.protos & PROTO_BIT(PROTO_UNIX));
	assert_int_equal(o.unix_types, 0);
	assert_int_equal(o.families, FAM_INET | FAM_INET6);
	assert_int_equal(o.default_states, STATES_CONNECTED);
	assert_false(o.default_states & STATE_BIT(ST_LISTEN));
	assert_false(o.default_states & STATE_BIT(ST_TIME_WAIT));
	assert_int_equal(o.out, OUT_TABLE);
	assert_int_equal(o.source, SRC_AUTO);
	assert_string_equal(o.proc_root, "/proc");
	assert_int_equal(o.n_expr, 0);
	assert_int_equal(o.ext, 0);
}

static void test_combined_short(void **state)
{
	(void)state;
	assert_int_equal(parse("sockls", "-tulpn", NULL), CLI_RUN);
	assert_int_equal(o.protos, PROTO_BIT(PROTO_TCP) | PROTO_BIT(PROTO_UDP));
	assert_true(o.listening);
	assert_int_equal(o.default_states, STATES_LISTENING);
	assert_true(o.ext & EXT_PROCESSES);
	assert_true(o.ext & EXT_NUMERIC);
	assert_int_equal(parse("sockls", "-tanH4", NULL), CLI_RUN);
	assert_int_equal(o.default_states, STATES_ALL);
	assert_int_equal(o.families, FAM_INET);
	assert_true(o.no_header);
	assert_int_equal(parse("sockls", "-xw6eoim", NULL), CLI_RUN);
	assert_int_equal(o.protos, PROTO_BIT(PROTO_UNIX) | PROTO_BIT(PROTO_RAW));
	assert_int_equal(o.families, FAM_INET6);
	assert_int_equal(o.ext, EXT_EXTENDED | EXT_TIMERS | EXT_INFO | EXT_MEMORY);
}

static void test_long_options_and_expr(void **state)
{
	(void)state;
	assert_int_equal(parse("sockls", "--tcp", "--json", "--state", "established",
			       "--state=time-wait,closing", "--sport", "22", "--dport=https",
			       "--port", "1000-2000", "state", "listening", "(", "sport", "=",
			       ":22", ")", NULL), CLI_RUN);
	assert_int_equal(o.out, OUT_JSON);
	assert_int_equal(o.n_states, 2);
	assert_string_equal(o.states[0], "established");
	assert_string_equal(o.states[1], "time-wait,closing");
	assert_string_equal(o.sport, "22");
	assert_string_equal(o.dport, "https");
	assert_string_equal(o.port, "1000-2000");
	assert_int_equal(o.n_expr, 7);
	assert_string_equal(o.expr[0], "state");
	assert_string_equal(o.expr[6], ")");
	/* Options after the expression words are still options (GNU permutation). */
	assert_int_equal(parse("sockls", "state", "established", "-t", NULL), CLI_RUN);
	assert_int_equal(o.protos, PROTO_BIT(PROTO_TCP));
	assert_int_equal(o.n_expr, 2);
	assert_int_equal(parse("sockls", "--ndjson", "--options", NULL), CLI_RUN);
	assert_int_equal(o.out, OUT_NDJSON);
	assert_true(o.ext & EXT_TIMERS);
}

static void test_sources(void **state)
{
	(void)state;
	assert_int_equal(parse("sockls", "--source", "proc", NULL), CLI_RUN);
	assert_int_equal(o.source, SRC_PROC);
	assert_int_equal(parse("sockls", "--proc-root", "/tmp/bundle", NULL), CLI_RUN);
	assert_int_equal(o.source, SRC_PROC);
	assert_string_equal(o.proc_root, "/tmp/bundle");
	assert_int_equal(parse("sockls", "--proc-root", "/x", "--source", "netlink", NULL), -EINVAL);
	assert_non_null(strstr(err.msg, "/x"));
	assert_int_equal(parse("sockls", "--proc-root", "/x", "-N", "blue", NULL), -EINVAL);
	assert_int_equal(parse("sockls", "--source", "tcp", NULL), -EINVAL);
	assert_non_null(strstr(err.msg, "'tcp'"));
}

static void test_summary_counts_everything(void **state)
{
	(void)state;
	assert_int_equal(parse("sockls", "-s", NULL), CLI_RUN);
	for (size_t i = 0; i < proto_count; i++)
		assert_true(o.protos & PROTO_BIT(proto_table[i].id));
	/* -s -4 counts what -a -4 lists: the kinds with IP addresses */
	assert_int_equal(parse("sockls", "-s4", NULL), CLI_RUN);
	assert_false(o.protos & PROTO_BIT(PROTO_UNIX));
	assert_false(o.protos & PROTO_BIT(PROTO_NETLINK));
	assert_true(o.protos & PROTO_BIT(PROTO_TCP));
	assert_int_equal(parse("sockls", "-st", NULL), CLI_RUN);
	assert_int_equal(o.protos, PROTO_BIT(PROTO_TCP));
	assert_int_equal(parse("sockls", "-s", "--ephemeral", NULL), -EINVAL);
}

/* --ephemeral --watch: the report over time, one namespace, no --json. */
static void test_ephemeral_watch(void **state)
{
	(void)state;
	assert_int_equal(parse("sockls", "--ephemeral", "--watch", NULL), CLI_RUN);
	assert_true(o.ephemeral);
	assert_int_equal(o.watch_ms, 1000);
	assert_int_equal(parse("sockls", "--ephemeral", "--watch=0.5", "--ndjson", "--top", "3", NULL),
			 CLI_RUN);
	assert_int_equal(o.watch_ms, 500);
	assert_int_equal(o.out, OUT_NDJSON);
	assert_int_equal(parse("sockls", "--ephemeral", "--watch", "-N", "blue", NULL), CLI_RUN);
	/* --ephemeral --watch --json: parsed; the writer table refuses it (test_writer) */
	assert_int_equal(parse("sockls", "--ephemeral", "--watch", "--json", NULL), CLI_RUN);
	assert_int_equal(parse("sockls", "--ephemeral", "--watch", "--all-netns", NULL), -EINVAL);
	assert_int_equal(parse("sockls", "--ephemeral", "--watch", "--output", "f", NULL), -EINVAL);
	assert_int_equal(parse("sockls", "--ephemeral", "-E", NULL), -EINVAL);
	assert_int_equal(parse("sockls", "--ephemeral", "-K", "dport", "=", ":1", NULL), -EINVAL);
	assert_int_equal(parse("sockls", "-s", "--watch", NULL), -EINVAL);
}

/* --doctor and its options: --interval, --fail-on, --doctor-threshold only with it. */
static void test_doctor(void **state)
{
	(void)state;
	assert_int_equal(parse("sockls", "--doctor", NULL), CLI_RUN);
	assert_true(o.doctor);
	assert_int_equal(o.interval_ms, 0);     /* the mode's default, 1 s */
	assert_int_equal(o.fail_on, 1);         /* warning */
	assert_int_equal(o.protos, PROTO_BIT(PROTO_TCP) | PROTO_BIT(PROTO_UDP) | PROTO_BIT(PROTO_RAW));
	assert_int_equal(parse("sockls", "--doctor", "-t", "--interval", "0.25", "--fail-on", "none",
			       "--doctor-threshold", "drops=5", "--doctor-threshold", "per-check=3",
			       "--all-netns", "--json", NULL), CLI_RUN);
	assert_int_equal(o.interval_ms, 250);
	assert_int_equal(o.fail_on, 3);
	assert_int_equal(o.n_doctor_thr, 2);
	assert_string_equal(o.doctor_thr[1], "per-check=3");
	assert_int_equal(o.protos, PROTO_BIT(PROTO_TCP));
	assert_int_equal(parse("sockls", "--doctor", "--interval", "0.05", NULL), -EINVAL);
	assert_string_equal(err.msg, "invalid --interval '0.05' (seconds, 0.1 to 3600)");
	assert_int_equal(parse("sockls", "--doctor", "--fail-on", "warn", NULL), -EINVAL);
	assert_string_equal(err.msg, "invalid --fail-on 'warn' (info, warning, critical or none)");
	assert_int_equal(parse("sockls", "--interval", "2", NULL), -EINVAL);
	assert_string_equal(err.msg, "--interval applies to --doctor");
	assert_int_equal(parse("sockls", "--doctor-threshold", "drops=1", NULL), -EINVAL);
	assert_int_equal(parse("sockls", "--doctor", "-s", NULL), -EINVAL);
	assert_int_equal(parse("sockls", "--doctor", "--watch", NULL), -EINVAL);
	/* --ndjson: the writer table has no NDJSON doctor report (test_writer) */
	assert_int_equal(parse("sockls", "--doctor", "--ndjson", NULL), CLI_RUN);
	assert_int_equal(parse("sockls", "--doctor", "--output", "f", NULL), -EINVAL);
	assert_int_equal(parse("sockls", "--doctor", "--prometheus", "--json", NULL), -EINVAL);
	/* the detail options and --top would be ignored: refused, the letter named */
	assert_int_equal(parse("sockls", "--doctor", "-n", "-t", NULL), CLI_RUN);
	assert_int_equal(parse("sockls", "--doctor", "-tanp", NULL), -EINVAL);
	assert_non_null(strstr(err.msg, "-p,"));
	assert_int_equal(parse("sockls", "--doctor", "--extended", NULL), -EINVAL);
	assert_int_equal(parse("sockls", "--doctor", "-i", NULL), -EINVAL);
	assert_int_equal(parse("sockls", "--doctor", "--prometheus", "--top", "3", NULL), -EINVAL);
	assert_string_equal(err.msg, "--top applies to --ephemeral, --prometheus and --count-by, "
			    "not to --doctor");
}

static void test_namespaces(void **state)
{
	(void)state;
	assert_int_equal(parse("sockls", "-N", "blue", NULL), CLI_RUN);
	assert_string_equal(o.netns, "blue");
	assert_int_equal(parse("sockls", "--netns-pid", "1234", NULL), CLI_RUN);
	assert_int_equal(o.netns_pid, 1234);
	assert_int_equal(parse("sockls", "--all-netns", NULL), CLI_RUN);
	assert_true(o.all_netns);
	assert_int_equal(parse("sockls", "-N", "a", "--all-netns", NULL), -EINVAL);
	assert_int_equal(parse("sockls", "--netns-pid", "0", NULL), -EINVAL);
	assert_int_equal(parse("sockls", "--netns-pid", "12x", NULL), -EINVAL);
	assert_non_null(strstr(err.msg, "12x"));
	assert_int_equal(parse("sockls", "--netns-pid", "99999999999", NULL), -EINVAL);
}

static void test_errors_name_the_token(void **state)
{
	(void)state;
	assert_int_equal(parse("sockls", "-Q", NULL), -EINVAL);
	assert_string_equal(err.msg, "unknown option '-Q'");
	assert_int_equal(parse("sockls", "-tQ", NULL), -EINVAL);
	assert_string_equal(err.msg, "unknown option '-Q' in '-tQ'");
	assert_int_equal(parse("sockls", "--bogus", NULL), -EINVAL);
	assert_string_equal(err.msg, "unknown option '--bogus'");
	assert_int_equal(parse("sockls", "--state", NULL), -EINVAL);
	assert_non_null(strstr(err.msg, "--state"));
	assert_int_equal(parse("sockls", "-N", NULL), -EINVAL);
	assert_int_equal(parse("sockls", "--rcvbuf", "-5", NULL), -EINVAL);
	assert_int_equal(parse("sockls", "--rcvbuf", "8192", NULL), CLI_RUN);
	assert_int_equal(o.rcvbuf, 8192);
}


/* ss -A: groups, rows by name, UNIX types, '!' to drop; kinds sockls lacks are named. */
static void test_query_and_family(void **state)
{
	(void)state;
	assert_int_equal(parse("sockls", "-A", "tcp,udp", NULL), CLI_RUN);
	assert_int_equal(o.protos, PROTO_BIT(PROTO_TCP) | PROTO_BIT(PROTO_UDP));
	assert_int_equal(parse("sockls", "--query=inet", NULL), CLI_RUN);
	assert_true(o.protos & PROTO_BIT(PROTO_RAW));
	assert_false(o.protos & PROTO_BIT(PROTO_UNIX));
	assert_int_equal(parse("sockls", "-A", "all,!unix", NULL), CLI_RUN);
	assert_false(o.protos & PROTO_BIT(PROTO_UNIX));
	assert_true(o.protos & PROTO_BIT(PROTO_TCP));
	assert_int_equal(parse("sockls", "-A", "unix_stream,u_seq", NULL), CLI_RUN);
	assert_int_equal(o.protos, PROTO_BIT(PROTO_UNIX));
	assert_int_equal(o.unix_types, CLI_UNIX_STREAM | CLI_UNIX_SEQPACKET);
	assert_int_equal(parse("sockls", "-A", "unix", NULL), CLI_RUN);
	assert_int_equal(o.unix_types, 0);
	assert_int_equal(parse("sockls", "-A", "unix,!unix_dgram", NULL), CLI_RUN);
	assert_int_equal(o.unix_types, CLI_UNIX_STREAM | CLI_UNIX_SEQPACKET);
	assert_int_equal(parse("sockls", "-A", "tcp,dccp", NULL), -EINVAL);
	assert_string_equal(err.msg, "-A 'tcp,dccp': sockls does not list dccp sockets");
	assert_int_equal(parse("sockls", "-A", "tcp,bogus", NULL), -EINVAL);
	assert_non_null(strstr(err.msg, "'bogus'"));
	assert_int_equal(parse("sockls", "-A", "tcp,", NULL), -EINVAL);
	assert_int_equal(parse("sockls", "-A", "!tcp", NULL), -EINVAL);
	assert_int_equal(parse("sockls", "-f", "unix", NULL), CLI_RUN);
	assert_int_equal(o.protos, PROTO_BIT(PROTO_UNIX));
	assert_int_equal(parse("sockls", "-f", "inet6", NULL), CLI_RUN);
	assert_int_equal(o.families, FAM_INET6);
	assert_false(o.protos & PROTO_BIT(PROTO_UNIX)); /* ss -f inet6: IP kinds only */
	assert_int_equal(parse("sockls", "-4", NULL), CLI_RUN);
	assert_true(o.protos & PROTO_BIT(PROTO_TCP));
	assert_false(o.protos & PROTO_BIT(PROTO_UNIX));
	assert_int_equal(parse("sockls", "-f", "tipc", NULL), -EINVAL);
	assert_non_null(strstr(err.msg, "tipc"));
	assert_int_equal(parse("sockls", "-f", "ipx", NULL), -EINVAL);
	assert_non_null(strstr(err.msg, "'ipx'"));
}

/* ss: -a and -l, the last one wins; -W is netstat's and changes nothing. */
static void test_combinations(void **state)
{
	(void)state;
	assert_int_equal(parse("sockls", "-a", "-l", NULL), CLI_RUN);
	assert_int_equal(o.default_states, STATES_LISTENING);
	assert_int_equal(parse("sockls", "-l", "-a", NULL), CLI_RUN);
	assert_int_equal(o.default_states, STATES_ALL);
	assert_int_equal(parse("sockls", "-tlaW", NULL), CLI_RUN);
	assert_int_equal(o.default_states, STATES_ALL);
	assert_true(o.wide);
	assert_int_equal(parse("sockls", "--wide", NULL), CLI_RUN);
	assert_int_equal(parse("sockls", "-x4", NULL), -EINVAL);
	assert_string_equal(err.msg, "-x and -4 cannot be combined: -4 applies to IP sockets only");
	assert_int_equal(parse("sockls", "-6", "-A", "unix", NULL), -EINVAL);
	assert_non_null(strstr(err.msg, "-A unix and -6"));
	assert_int_equal(parse("sockls", "-tx4", NULL), CLI_RUN); /* -4 applies to TCP */
	assert_int_equal(parse("sockls", "--json", "--ndjson", NULL), -EINVAL);
	assert_non_null(strstr(err.msg, "--json and --ndjson"));
	assert_int_equal(parse("sockls", "--json", "--json", NULL), CLI_RUN);
}

/* lsof words: the whole word is named, and the sockls spelling suggested. */
static void test_lsof_habits(void **state)
{
	(void)state;
	assert_int_equal(parse("sockls", "-iTCP", "-sTCP:LISTEN", NULL), -EINVAL);
	assert_string_equal(err.msg,
			    "unknown option '-T' in '-iTCP'; for lsof's -iTCP say: sockls -ta");
	assert_int_equal(parse("sockls", "-sTCP:LISTEN", NULL), -EINVAL);
	assert_non_null(strstr(err.msg, "'-sTCP:LISTEN'"));
	assert_non_null(strstr(err.msg, "say: sockls -t --state listen"));
	assert_int_equal(parse("sockls", "-i", ":22", NULL), -EINVAL);
	assert_string_equal(err.msg, "':22' is not a filter word; for lsof's :22 say: sockls --port 22 -a");
	assert_int_equal(parse("sockls", "-i6UDP:53", NULL), -EINVAL);
	assert_non_null(strstr(err.msg, "say: sockls -6 -ua --port 53"));
	assert_int_equal(parse("sockls", "-N", "-iTCP", "-xT", NULL), -EINVAL);
	assert_string_equal(err.msg, "unknown option '-T' in '-xT'"); /* -iTCP was -N's argument */
	assert_int_equal(parse("sockls", "--state", "-iTCP", "-t", "-qz", NULL), -EINVAL);
	assert_string_equal(err.msg, "unknown option '-q' in '-qz'");
	assert_int_equal(parse("sockls", "-t", "state", "listening", NULL), CLI_RUN);
}

static void test_help_version(void **state)
{
	(void)state;
	assert_int_equal(parse("sockls", "-h", NULL), CLI_HELP);
	assert_int_equal(parse("sockls", "-t", "--help", NULL), CLI_HELP);
	assert_int_equal(parse("sockls", "-V", NULL), CLI_VERSION);
	assert_int_equal(parse("sockls", "--version", NULL), CLI_VERSION);
	assert_non_null(strstr(cli_usage, "--json"));
	assert_int_equal(parse("sockls", "--list-services", NULL), CLI_RUN);
	assert_true(o.list_services);
}

static void test_pid_count_by(void **state)
{
	(void)state;
	assert_int_equal(parse("sockls", "--pid", "12,34", "--pid", "5", NULL), CLI_RUN);
	assert_int_equal(o.n_pids, 3);
	assert_int_equal(o.pids[0], 12);
	assert_int_equal(o.pids[2], 5);
	assert_int_equal(parse("sockls", "--pid", "12,x", NULL), -EINVAL);
	assert_string_equal(err.msg, "invalid --pid '12,x': 'x' is not a process id");
	assert_int_equal(parse("sockls", "--pid", "0", NULL), -EINVAL);
	assert_int_equal(parse("sockls", "--pid", "1,,2", NULL), -EINVAL);
	assert_int_equal(parse("sockls", "--pid", "", NULL), -EINVAL);
	assert_int_equal(parse("sockls", "-ta", "--count-by", "state", "--top", "3", NULL), CLI_RUN);
	assert_string_equal(o.count_by, "state");
	assert_int_equal(o.top_n, 3);
	assert_int_equal(parse("sockls", "--count-by", "state", "-s", NULL), -EINVAL);
	assert_int_equal(parse("sockls", "--count-by", "state", "--ndjson", NULL), CLI_RUN); /* test_writer */
	assert_int_equal(parse("sockls", "--count-by", "state", "--watch", NULL), -EINVAL);
	assert_int_equal(parse("sockls", "--top", "3", NULL), -EINVAL);
}

/* An empty owner name is refused, not taken as "no owner": issue 26 item 11. */
static void test_empty_owner_names(void **state)
{
	(void)state;
	assert_int_equal(parse("sockls", "--unit", "", NULL), -EINVAL);
	assert_non_null(strstr(err.msg, "--unit"));
	assert_int_equal(parse("sockls", "--container=", NULL), -EINVAL);
	assert_non_null(strstr(err.msg, "--container"));
	assert_int_equal(parse("sockls", "--pod", "", NULL), -EINVAL);
	assert_non_null(strstr(err.msg, "--pod"));
	assert_int_equal(parse("sockls", "--unit", "ssh.service", NULL), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_combined_short),
		cmocka_unit_test(test_long_options_and_expr),
		cmocka_unit_test(test_sources),
		cmocka_unit_test(test_summary_counts_everything),
		cmocka_unit_test(test_ephemeral_watch),
		cmocka_unit_test(test_doctor),
		cmocka_unit_test(test_namespaces),
		cmocka_unit_test(test_errors_name_the_token),
		cmocka_unit_test(test_query_and_family),
		cmocka_unit_test(test_combinations),
		cmocka_unit_test(test_lsof_habits),
		cmocka_unit_test(test_help_version),
		cmocka_unit_test(test_pid_count_by),
		cmocka_unit_test(test_empty_owner_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
