/* SPDX-License-Identifier: MIT */
/* cli.c - the one getopt_long table of sockls and its translation into struct opts. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>

#include "sockls/cli.h"
#include "sockls/cli_hint.h"
#include "cli_int.h"
#include "sockls/num.h"
#include "sockls/proto.h"
#include "sockls/query.h"
#include "sockls/sock.h"

enum long_only {
	OPT_JSON = 256,
	OPT_NDJSON,
	OPT_SOURCE,
	OPT_PROC_ROOT,
	OPT_STATE,
	OPT_SPORT,
	OPT_DPORT,
	OPT_PORT,
	OPT_EPHEMERAL,
	OPT_SERVICES,
	OPT_NETNS_PID,
	OPT_ALL_NETNS,
	OPT_LIST_SERVICES,
	OPT_RCVBUF,
	OPT_TOP,
	OPT_PROMETHEUS,
	OPT_OUTPUT,
	OPT_CGROUP,
	OPT_IANA,
	OPT_UNIT,
	OPT_CONTAINER,
	OPT_POD,
	OPT_WATCH,
	OPT_VSOCK,
	OPT_PID,
	OPT_COUNT_BY,
	OPT_DRY_RUN,
	OPT_PEERS,
	OPT_DOCTOR,
	OPT_DOCTOR_THR,
	OPT_FAIL_ON,
	OPT_INTERVAL,
	OPT_JSON_VERSION,
};

static const struct option long_opts[] = {
	{ "tcp", no_argument, NULL, 't' },
	{ "udp", no_argument, NULL, 'u' },
	{ "raw", no_argument, NULL, 'w' },
	{ "unix", no_argument, NULL, 'x' },
	{ "query", required_argument, NULL, 'A' },
	{ "socket", required_argument, NULL, 'A' },
	{ "family", required_argument, NULL, 'f' },
	{ "wide", no_argument, NULL, 'W' },
	{ "packet", no_argument, NULL, '0' },
	{ "mptcp", no_argument, NULL, 'M' },
	{ "sctp", no_argument, NULL, 'S' },
	{ "vsock", no_argument, NULL, OPT_VSOCK },
	{ "ipv4", no_argument, NULL, '4' },
	{ "ipv6", no_argument, NULL, '6' },
	{ "all", no_argument, NULL, 'a' },
	{ "listening", no_argument, NULL, 'l' },
	{ "numeric", no_argument, NULL, 'n' },
	{ "no-header", no_argument, NULL, 'H' },
	{ "processes", no_argument, NULL, 'p' },
	{ "extended", no_argument, NULL, 'e' },
	{ "timers", no_argument, NULL, 'o' },
	{ "options", no_argument, NULL, 'o' },
	{ "info", no_argument, NULL, 'i' },
	{ "memory", no_argument, NULL, 'm' },
	{ "summary", no_argument, NULL, 's' },
	{ "verbose", no_argument, NULL, 'v' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ "netns", required_argument, NULL, 'N' },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "ndjson", no_argument, NULL, OPT_NDJSON },
	{ "json-version", required_argument, NULL, OPT_JSON_VERSION },
	{ "source", required_argument, NULL, OPT_SOURCE },
	{ "proc-root", required_argument, NULL, OPT_PROC_ROOT },
	{ "state", required_argument, NULL, OPT_STATE },
	{ "sport", required_argument, NULL, OPT_SPORT },
	{ "dport", required_argument, NULL, OPT_DPORT },
	{ "port", required_argument, NULL, OPT_PORT },
	{ "ephemeral", no_argument, NULL, OPT_EPHEMERAL },
	{ "services", required_argument, NULL, OPT_SERVICES },
	{ "netns-pid", required_argument, NULL, OPT_NETNS_PID },
	{ "all-netns", no_argument, NULL, OPT_ALL_NETNS },
	{ "list-services", no_argument, NULL, OPT_LIST_SERVICES },
	{ "rcvbuf", required_argument, NULL, OPT_RCVBUF },
	{ "top", required_argument, NULL, OPT_TOP },
	{ "prometheus", no_argument, NULL, OPT_PROMETHEUS },
	{ "output", required_argument, NULL, OPT_OUTPUT },
	{ "dry-run", no_argument, NULL, OPT_DRY_RUN },
	{ "cgroup", no_argument, NULL, OPT_CGROUP },
	{ "iana-services", no_argument, NULL, OPT_IANA },
	{ "unit", required_argument, NULL, OPT_UNIT },
	{ "container", required_argument, NULL, OPT_CONTAINER },
	{ "pod", required_argument, NULL, OPT_POD },
	{ "watch", optional_argument, NULL, OPT_WATCH },
	{ "events", no_argument, NULL, 'E' },
	{ "kill", no_argument, NULL, 'K' },
	{ "pid", required_argument, NULL, OPT_PID },
	{ "count-by", required_argument, NULL, OPT_COUNT_BY },
	{ "peers", no_argument, NULL, OPT_PEERS },
	{ "doctor", no_argument, NULL, OPT_DOCTOR },
	{ "doctor-threshold", required_argument, NULL, OPT_DOCTOR_THR },
	{ "fail-on", required_argument, NULL, OPT_FAIL_ON },
	{ "interval", required_argument, NULL, OPT_INTERVAL },
	{ NULL, 0, NULL, 0 },
};

static const char short_opts[] = ":tuwx0MS46alnHpeoimsvhVWN:A:f:EK";

/* Every row of the protocol table, or only those with IP addresses. */
static uint32_t rows_where(bool inet_only)
{
	uint32_t bits = 0;

	for (size_t i = 0; i < proto_count; i++)
		if (!inet_only || proto_table[i].inet)
			bits |= PROTO_BIT(proto_table[i].id);
	return bits;
}

/* ss -A words for one UNIX socket type (ss's unix_stream ... and aliases). */
static const struct {
	const char *name;
	uint32_t type;
} unix_words[] = {
	{ "unix_stream", CLI_UNIX_STREAM }, { "u_str", CLI_UNIX_STREAM },
	{ "unix_dgram", CLI_UNIX_DGRAM }, { "u_dgr", CLI_UNIX_DGRAM },
	{ "unix_seqpacket", CLI_UNIX_SEQPACKET }, { "u_seq", CLI_UNIX_SEQPACKET },
};

/* Kinds ss knows: refused by name unless the protocol table has their row. */
static const char *const ss_kinds[] = {
	"dccp", "mptcp", "sctp", "packet", "packet_raw", "p_raw", "packet_dgram", "p_dgr",
	"netlink", "tipc", "vsock", "vsock_stream", "v_str", "vsock_dgram", "v_dgr", "xdp", NULL,
};

/* One -A word: 0, -EPROTONOSUPPORT (an ss kind sockls lacks) or -EINVAL. */
static int query_word(const char *w, uint32_t *protos, uint32_t *utypes)
{
	const struct proto_desc *d = proto_by_name(w);

	*utypes = 0;
	if (!strcmp(w, "all") || !strcmp(w, "inet")) {
		*protos = rows_where(w[0] == 'i');
	} else if (d) {
		*protos = PROTO_BIT(d->id);
	} else {
		for (size_t i = 0; i < sizeof(unix_words) / sizeof(unix_words[0]); i++)
			if (!strcmp(w, unix_words[i].name)) {
				*protos = PROTO_BIT(PROTO_UNIX);
				*utypes = unix_words[i].type;
				return 0;
			}
		for (const char *const *k = ss_kinds; *k; k++)
			if (!strcmp(w, *k))
				return -EPROTONOSUPPORT;
		return -EINVAL;
	}
	if (*protos & PROTO_BIT(PROTO_UNIX))
		*utypes = CLI_UNIX_ALL;
	return 0;
}

static void kinds_set(struct opts *o, uint32_t protos, uint32_t utypes, bool on)
{
	if (on) {
		o->protos |= protos;
		o->unix_types |= utypes;
		return;
	}
	o->unix_types &= ~utypes;
	o->protos &= ~(protos & ~PROTO_BIT(PROTO_UNIX));
	if (!o->unix_types)
		o->protos &= ~PROTO_BIT(PROTO_UNIX);
}

/* ss -A QUERY: a comma list of kinds, each may start with '!' to drop it. */
static int parse_query(const char *arg, struct opts *o, struct cli_error *err)
{
	const char *p = arg;
	char word[32];

	for (;;) {
		size_t len = strcspn(p, ",");
		bool on = *p != '!';
		uint32_t protos, utypes;
		int rc;

		if (len - !on == 0 || len >= sizeof(word))
			return cli_fail(err, "-A '%s': empty or unknown socket kind", arg);
		memcpy(word, p + !on, len - !on);
		word[len - !on] = '\0';
		rc = query_word(word, &protos, &utypes);
		if (rc == -EPROTONOSUPPORT)
			return cli_fail(err, "-A '%s': sockls does not list %s sockets", arg, word);
		if (rc < 0)
			return cli_fail(err, "-A '%s': unknown socket kind '%s'", arg, word);
		kinds_set(o, protos, utypes, on);
		if (!p[len])
			break;
		p += len + 1;
	}
	if (!o->protos)
		return cli_fail(err, "-A '%s' leaves no socket kind to list", arg);
	o->kind_opt = "-A";
	o->kind_arg = arg;
	return 0;
}

/* ss -f FAMILY: inet and inet6 are -4 and -6; the others select a kind. */
static int parse_family(const char *arg, struct opts *o, struct cli_error *err)
{
	static const char *const fams[][2] = {
		{ "unix", "unix" }, { "link", "packet" }, { "netlink", "netlink" },
		{ "vsock", "vsock" }, { "tipc", "tipc" }, { "xdp", "xdp" },
	};

	if (!strcmp(arg, "inet") || !strcmp(arg, "inet6")) {
		o->families |= arg[4] ? FAM_INET6 : FAM_INET;
		o->fam_opt = arg[4] ? "-f inet6" : "-f inet";
		return 0;
	}
	for (size_t i = 0; i < sizeof(fams) / sizeof(fams[0]); i++) {
		const struct proto_desc *d = proto_by_name(fams[i][1]);
		if (strcmp(arg, fams[i][0]) != 0)
			continue;
		if (!d)
			return cli_fail(err, "-f '%s': sockls does not list %s sockets", arg, fams[i][1]);
		kinds_set(o, PROTO_BIT(d->id), d->id == PROTO_UNIX ? CLI_UNIX_ALL : 0, true);
		o->kind_opt = "-f";
		o->kind_arg = arg;
		return 0;
	}
	return cli_fail(err, "invalid family '%s' (inet, inet6, unix; as ss -f)", arg);
}

static int set_output(struct opts *o, enum out_mode mode, struct cli_error *err)
{
	if (o->out != OUT_TABLE && o->out != mode)
		return cli_fail(err, "--json and --ndjson cannot be combined: choose one");
	o->out = mode;
	return 0;
}

static int parse_source(const char *arg, struct opts *o, struct cli_error *err)
{
	if (!strcmp(arg, "auto"))
		o->source = SRC_AUTO;
	else if (!strcmp(arg, "netlink"))
		o->source = SRC_NETLINK;
	else if (!strcmp(arg, "proc"))
		o->source = SRC_PROC;
	else
		return cli_fail(err, "invalid --source '%s' (auto, netlink or proc)", arg);
	return 0;
}

/* SECONDS with up to three decimals, 0.1 to 3600, into *ms (--watch, --interval). */
static int parse_seconds(const char *arg, const char *opt, unsigned int *out, struct cli_error *err)
{
	char whole[16] = "", frac[4] = "000";
	const char *dot = strchr(arg, '.');
	size_t wl = dot ? (size_t)(dot - arg) : strlen(arg);
	unsigned long s = 1, ms = 0;

	if (wl >= sizeof(whole) || (dot && (strlen(dot + 1) == 0 || strlen(dot + 1) > 3)))
		return cli_fail(err, "invalid %s '%s' (seconds, 0.1 to 3600)", opt, arg);
	memcpy(whole, arg, wl);
	if (dot)
		memcpy(frac, dot + 1, strlen(dot + 1));
	if ((wl ? cli_parse_uint(whole, 3600, &s) : (s = 0, 0)) < 0 || cli_parse_uint(frac, 999, &ms) < 0 ||
	    s * 1000 + ms < 100 || s * 1000 + ms > 3600000)
		return cli_fail(err, "invalid %s '%s' (seconds, 0.1 to 3600)", opt, arg);
	*out = (unsigned int)(s * 1000 + ms);
	return 0;
}

/* --watch[=SECONDS]: default 1. */
static int parse_watch(const char *arg, struct opts *o, struct cli_error *err)
{
	o->watch_ms = 1000;
	return arg ? parse_seconds(arg, "--watch", &o->watch_ms, err) : 0;
}

static int parse_long_only(int c, const char *arg, struct opts *o, struct cli_error *err)
{
	unsigned long v = 0;

	switch (c) {
	case OPT_JSON: return set_output(o, OUT_JSON, err);
	case OPT_NDJSON: return set_output(o, OUT_NDJSON, err);
	case OPT_VSOCK: kinds_set(o, PROTO_BIT(PROTO_VSOCK), 0, true); o->kind_opt = "--vsock"; o->kind_arg = NULL; break;
	case OPT_SOURCE: return parse_source(arg, o, err);
	case OPT_PROC_ROOT: o->proc_root = arg; break;
	case OPT_STATE:
		if (o->n_states == CLI_MAX_STATES)
			return cli_fail(err, "too many --state options at '%s'", arg);
		o->states[o->n_states++] = arg;
		break;
	case OPT_SPORT: o->sport = arg; break;
	case OPT_DPORT: o->dport = arg; break;
	case OPT_PORT: o->port = arg; break;
	case OPT_EPHEMERAL: o->ephemeral = true; break;
	case OPT_SERVICES: o->services_file = arg; break;
	case OPT_NETNS_PID:
		if (cli_parse_uint(arg, INT_MAX, &v) < 0 || v == 0)
			return cli_fail(err, "invalid --netns-pid '%s'", arg);
		o->netns_pid = (int)v;
		break;
	case OPT_ALL_NETNS: o->all_netns = true; break;
	case OPT_LIST_SERVICES: o->list_services = true; break;
	case OPT_CGROUP: o->ext |= EXT_CGROUP; break;
	/* ss's -p shows a socket's own owners only: the other end is asked for */
	case OPT_PEERS: o->ext |= EXT_PROCESSES | EXT_PEERS; break;
	case OPT_IANA: o->ext |= EXT_IANA; break;
	case OPT_UNIT: o->unit = arg; break;
	case OPT_CONTAINER: o->container = arg; break;
	case OPT_POD: o->pod = arg; break;
	case OPT_WATCH: return parse_watch(arg, o, err);
	case OPT_RCVBUF:
		if (cli_parse_uint(arg, 64u << 20, &v) < 0)
			return cli_fail(err, "invalid --rcvbuf '%s' (bytes, at most 64 MiB)", arg);
		o->rcvbuf = v;
		break;
	case OPT_TOP: return cli_top(arg, o, err);
	case OPT_JSON_VERSION: return cli_json_version(arg, o, err);
	case OPT_PROMETHEUS: o->prometheus = true; break;
	case OPT_OUTPUT: o->output_file = arg; break;
	case OPT_PID: return cli_pids(arg, o, err);
	case OPT_COUNT_BY: o->count_by = arg; break;
	default:
		return cli_fail(err, "internal: unhandled option %d", c);
	}
	return 0;
}

static int parse_short(int c, const char *arg, struct opts *o, struct cli_error *err)
{
	switch (c) {
	case 't': o->protos |= PROTO_BIT(PROTO_TCP); break;
	case 'u': o->protos |= PROTO_BIT(PROTO_UDP); break;
	case 'w': o->protos |= PROTO_BIT(PROTO_RAW); break;
	case 'x':
		kinds_set(o, PROTO_BIT(PROTO_UNIX), CLI_UNIX_ALL, true);
		o->kind_opt = "-x";
		o->kind_arg = NULL;
		break;
	case 'A': return parse_query(arg, o, err);
	case 'f': return parse_family(arg, o, err);
	case '4': o->families |= FAM_INET; o->fam_opt = "-4"; break;
	case '6': o->families |= FAM_INET6; o->fam_opt = "-6"; break;
	/* -a and -l: the last one wins, as in ss */
	case 'a': o->all = true; o->listening = false; break;
	case 'l': o->listening = true; o->all = false; break;
	case 'W': o->wide = true; break;
	case '0': kinds_set(o, PROTO_BIT(PROTO_PACKET), 0, true); o->kind_opt = "-0"; o->kind_arg = NULL; break;
	case 'M': kinds_set(o, PROTO_BIT(PROTO_MPTCP), 0, true); break;
	case 'S': kinds_set(o, PROTO_BIT(PROTO_SCTP), 0, true); break;
	case 'n': o->ext |= EXT_NUMERIC; break;
	case 'H': o->no_header = true; break;
	case 'p': o->ext |= EXT_PROCESSES; break;
	case 'e': o->ext |= EXT_EXTENDED; break;
	case 'o': o->ext |= EXT_TIMERS; break;
	case 'i': o->ext |= EXT_INFO; break;
	case 'm': o->ext |= EXT_MEMORY; break;
	case 's': o->summary = true; break;
	case 'v': o->verbose = true; break;
	case 'N': o->netns = arg; break;
	case 'E': o->events = true; break;
	case 'K': o->kill = true; break;
	case OPT_DOCTOR: o->doctor = true; break;
	case OPT_INTERVAL: return parse_seconds(arg, "--interval", &o->interval_ms, err);
	case OPT_DOCTOR_THR: return cli_doctor_threshold(arg, o, err);
	case OPT_FAIL_ON: return cli_doctor_fail_on(arg, o, err);
	case OPT_DRY_RUN: o->dry_run = true; break; /* -K's companion */
	default: return parse_long_only(c, arg, o, err);
	}
	return 0;
}

static int check_reports(const struct opts *o, struct cli_error *err)
{
	/* one format; what each format writes is the writer table's to say (run_check_output) */
	if (o->prometheus && o->out != OUT_TABLE)
		return cli_fail(err, "--prometheus and %s cannot be combined: choose one",
			    o->out == OUT_JSON ? "--json" : "--ndjson");
	/* -s adds up counters of one namespace (sockstat): across all of them it would mix. */
	if (o->summary && o->all_netns)
		return cli_fail(err, "-s cannot be combined with --all-netns (one namespace at a time: -N NAME -s)");
	if (o->top_set && !o->ephemeral && !o->prometheus && !o->count_by)
		return cli_fail(err, "--top applies to --ephemeral, --prometheus and --count-by");
	if (cli_count_check(o, err) < 0)
		return -EINVAL;
	if (o->json_version && o->out == OUT_TABLE)
		return cli_fail(err, "--json-version applies to --json and --ndjson");
	if (o->output_file && !o->output_file[0])
		return cli_fail(err, "--output needs a file name");
	/* an empty name would select the sockets with no unit, container or pod */
	if (o->unit && !o->unit[0])
		return cli_fail(err, "--unit needs a unit name ('' given)");
	if (o->container && !o->container[0])
		return cli_fail(err, "--container needs a container name or id ('' given)");
	if (o->pod && !o->pod[0])
		return cli_fail(err, "--pod needs a pod name or uid ('' given)");
	return 0;
}

/* -E writes one line or NDJSON object per close on standard output; a close
 * event carries no cgroup, so the row filters on it cannot apply. */
static int check_events(const struct opts *o, struct cli_error *err)
{
	const char *bad = o->output_file ? "--output" :
			  o->unit ? "--unit" : o->container ? "--container" : o->pod ? "--pod" : NULL;

	if (!bad)
		return 0;
	return cli_fail(err, "--events cannot be combined with %s (text or --ndjson on standard output; "
		    "filter a cgroup with the expression 'cgroup PATH')", bad);
}

/* --watch, -E and -K: one at a time, listings only; -E and -K speak netlink in
 * one namespace, and -K refuses to destroy without a filter. */
static int check_over_time(const struct opts *o, struct cli_error *err)
{
	const char *name = o->kill ? "--kill" : o->events ? "--events" : "--watch";
	bool filtered = o->n_states || o->sport || o->dport || o->port || o->n_expr || o->unit ||
			o->container || o->pod || o->n_pids;

	if (o->dry_run && !o->kill)
		return cli_fail(err, "--dry-run applies to -K (list what would be destroyed)");
	if ((o->watch_ms != 0) + o->events + o->kill == 0)
		return 0;
	if ((o->watch_ms != 0) + o->events + o->kill > 1)
		return cli_fail(err, "%s: choose one of --watch, --events and --kill", name);
	if (o->summary || o->list_services || (o->ephemeral && !o->watch_ms))
		return cli_fail(err, "%s cannot be combined with -s, --ephemeral or --list-services", name);
	/* the report over time: one namespace, a live view or one object per refresh */
	if (o->ephemeral && (o->all_netns || o->output_file))
		return cli_fail(err, "--ephemeral --watch: a live view, or --ndjson; not with "
			    "--output or --all-netns (one namespace: -N NAME)");
	/* --output FILE holds one complete listing: a stream has none */
	if (o->output_file && (o->events || (o->watch_ms && o->out == OUT_NDJSON)))
		return cli_fail(err, "%s%s writes a stream: not with --output (redirect standard output)",
			    name, o->events ? "" : " --ndjson");
	if ((o->events || o->kill) && (o->all_netns || o->source == SRC_PROC))
		return cli_fail(err, "%s needs netlink in one namespace (not --all-netns, --proc-root or --source proc)", name);
	if (o->kill && !filtered)
		return cli_fail(err, "%s destroys sockets: give a filter (an expression, --state or a port)", name);
	/* SOCK_DESTROY: tcp_diag and udp_diag; raw_diag destroys the first raw
	 * socket with the same protocol and addresses, not the one listed */
	if (o->kill && (o->protos & ~(PROTO_BIT(PROTO_TCP) | PROTO_BIT(PROTO_UDP))))
		return cli_fail(err, "%s destroys TCP and UDP sockets only: ask for -t or -u", name);
	if (o->events)
		return check_events(o, err);
	return 0;
}

static int check_combination(struct opts *o, struct cli_error *err)
{
	int selectors = (o->netns != NULL) + (o->netns_pid != 0) + o->all_netns;

	if (selectors > 1)
		return cli_fail(err, "%s: choose one of --netns, --netns-pid, --all-netns", "namespace");
	if (o->proc_root) {
		if (o->source == SRC_NETLINK)
			return cli_fail(err, "--proc-root '%s' cannot be read with --source netlink", o->proc_root);
		if (selectors)
			return cli_fail(err, "--proc-root '%s' cannot be combined with a namespace option", o->proc_root);
		o->source = SRC_PROC;
	} else {
		o->proc_root = "/proc";
	}
	if (o->summary + o->ephemeral > 1)
		return cli_fail(err, "%s: choose one of --summary and --ephemeral", "-s");
	/* ss -x4 lists UNIX and IPv4 sockets; sockls says it cannot mean both. */
	if (o->fam_opt && o->protos && !(o->protos & rows_where(true)))
		return cli_fail(err, "%s%s%s and %s cannot be combined: %s applies to IP sockets only",
			    o->kind_opt, o->kind_arg ? " " : "", o->kind_arg ? o->kind_arg : "",
			    o->fam_opt, o->fam_opt);
	int ret = check_reports(o, err);

	if (!ret)
		ret = cli_doctor_check(o, err);
	return ret ? ret : check_over_time(o, err);
}

static void apply_defaults(struct opts *o)
{
	/* ss's default set (the protocol table's by_default rows: tcp, udp, raw,
	 * unix, packet, netlink, sctp) unless told which; with -4/-6 alone the
	 * kinds with IP addresses among them (ss -4); -s counts every kind. */
	if (!o->protos && o->doctor)
		o->protos = PROTO_BIT(PROTO_TCP) | PROTO_BIT(PROTO_UDP) | PROTO_BIT(PROTO_RAW);
	if (!o->protos && o->kill)
		o->protos = PROTO_BIT(PROTO_TCP) | PROTO_BIT(PROTO_UDP);
	if (!o->protos)
		o->protos = o->summary ? rows_where(o->families != 0) :
			    proto_default_set() & rows_where(o->families != 0);
	if (!(o->protos & PROTO_BIT(PROTO_UNIX)) || o->unix_types == CLI_UNIX_ALL)
		o->unix_types = 0;
	if (!o->families)
		o->families = FAM_INET | FAM_INET6;
	if (o->all)
		o->default_states = STATES_ALL;
	else if (o->listening)
		o->default_states = STATES_LISTENING;
	else
		o->default_states = STATES_CONNECTED;
}

/* Names the whole word typed ("-iTCP", not just 'T') and, for an lsof
 * habit, the sockls spelling. */
static int unknown_option(int argc, char **argv, struct cli_error *err)
{
	const char *word = NULL;
	char hint[96];

	if (!optopt || optopt >= 256) {
		char names[128];
		const char *w = argv[optind - 1];
		if (w[0] == '-' && w[1] == '-' &&
		    cli_long_matches(w, long_opts, names, sizeof(names)) > 1)
			return cli_fail(err, "option '%s' is ambiguous: %s", w, names);
		return cli_fail(err, "unknown option '%s'", w);
	}
	word = cli_bad_word(argc, argv, optopt, short_opts + 1, long_opts);
	if (!word || (word[1] == optopt && word[2] == '\0'))
		return cli_fail(err, "unknown option '-%c'", optopt);
	if (cli_lsof_hint(word, hint, sizeof(hint)))
		return cli_fail(err, "unknown option '-%c' in '%s'; for lsof's %s say: sockls %s", optopt,
			    word, word, hint);
	return cli_fail(err, "unknown option '-%c' in '%s'", optopt, word);
}

int cli_parse(int argc, char **argv, struct opts *o, struct cli_error *err)
{
	char hint[96];
	int c, ret;

	memset(o, 0, sizeof(*o));
	o->fail_on = 1;  /* --fail-on warning */
	err->msg[0] = '\0';
	optind = 0; /* glibc: full re-initialisation, so tests can call us repeatedly */
	opterr = 0;
	while ((c = getopt_long(argc, argv, short_opts, long_opts, NULL)) != -1) {
		if (c == 'h')
			return CLI_HELP;
		if (c == 'V')
			return CLI_VERSION;
		if (c == '?')
			return unknown_option(argc, argv, err);
		if (c == ':')
			return cli_fail(err, "option '%s' needs an argument", argv[optind - 1]);
		ret = parse_short(c, optarg, o, err);
		if (ret < 0)
			return ret;
	}
	o->expr = argv + optind;
	o->n_expr = argc - optind;
	if (o->n_expr && cli_lsof_hint(o->expr[0], hint, sizeof(hint)))
		return cli_fail(err, "'%s' is not a filter word; for lsof's %s say: sockls %s", o->expr[0],
			    o->expr[0], hint);
	ret = check_combination(o, err);
	if (ret < 0)
		return ret;
	apply_defaults(o);
	return CLI_RUN;
}
