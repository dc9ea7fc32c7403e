/* cli.c - the one getopt_long table of sockls and its translation into struct opts. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/cli.h"
#include "sockls/num.h"
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
	OPT_UNIT,
	OPT_CONTAINER,
	OPT_POD,
};

static const struct option long_opts[] = {
	{ "tcp", no_argument, NULL, 't' },
	{ "udp", no_argument, NULL, 'u' },
	{ "raw", no_argument, NULL, 'w' },
	{ "unix", no_argument, NULL, 'x' },
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
	{ "cgroup", no_argument, NULL, OPT_CGROUP },
	{ "unit", required_argument, NULL, OPT_UNIT },
	{ "container", required_argument, NULL, OPT_CONTAINER },
	{ "pod", required_argument, NULL, OPT_POD },
	{ NULL, 0, NULL, 0 },
};

static const char short_opts[] = ":tuwx46alnHpeoimsvhVN:";

const char cli_usage[] =
	"Usage: sockls [OPTIONS] [FILTER]\n"
	"List the host's sockets, like ss and netstat.\n"
	"\n"
	"Sockets:\n"
	"  -t, --tcp             TCP sockets\n"
	"  -u, --udp             UDP sockets\n"
	"  -w, --raw             RAW sockets\n"
	"  -x, --unix            UNIX domain sockets\n"
	"  -4, --ipv4            IPv4 only\n"
	"  -6, --ipv6            IPv6 only\n"
	"  -l, --listening       listening sockets only (LISTEN, and UNCONN datagram sockets)\n"
	"  -a, --all             sockets in every state\n"
	"\n"
	"Filtering:\n"
	"      --state NAME[,NAME...]  only these states or groups (repeatable)\n"
	"      --sport PORTS     local port: number, range 1000-2000, list, or service name\n"
	"      --dport PORTS     remote port, as --sport\n"
	"      --port PORTS      either port, as --sport\n"
	"      --unit NAME       owned by systemd unit NAME (NAME or NAME.service)\n"
	"      --container ID|NAME  in this container (id prefix or name)\n"
	"      --pod NAME|UID    in this Kubernetes pod (UID, name or namespace/name)\n"
	"  FILTER                ss-style expression: state established '( dport = :443 )'\n"
	"\n"
	"Details:\n"
	"  -n, --numeric         numeric output (sockls never resolves host names)\n"
	"  -p, --processes       owning processes (pid, command, fd)\n"
	"  -e, --extended        uid, inode, socket cookie, port class\n"
	"  -o, --timers          timer information (also --options)\n"
	"  -i, --info            TCP internals (tcp_info)\n"
	"  -m, --memory          socket memory\n"
	"      --cgroup          cgroup: systemd unit, container or pod\n"
	"\n"
	"Output:\n"
	"  -H, --no-header       no header line\n"
	"      --json            one JSON document (see sockls(8), JSON SCHEMA)\n"
	"      --ndjson          one JSON object per socket per line\n"
	"  -s, --summary         counts per protocol, state and family\n"
	"      --ephemeral       ephemeral port range usage report\n"
	"      --top N           destinations in --ephemeral's table and --prometheus (10)\n"
	"      --prometheus      Prometheus text exposition format (metrics)\n"
	"      --output FILE     write to FILE atomically (temporary file, then rename)\n"
	"\n"
	"Sources:\n"
	"      --source SRC      auto (default), netlink or proc\n"
	"      --proc-root DIR   read DIR/net/... instead of /proc (implies --source proc)\n"
	"      --services FILE   overlay service names from an /etc/services-style file\n"
	"  -N, --netns NAME|PATH list the sockets of another network namespace\n"
	"      --netns-pid PID   list the sockets of the network namespace of PID\n"
	"      --all-netns       every network namespace on the host\n"
	"\n"
	"  -v, --verbose         say on stderr which source served what\n"
	"  -h, --help            this help\n"
	"  -V, --version         version\n";

__attribute__((format(printf, 2, 3)))
static int fail(struct cli_error *err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	return -EINVAL;
}

static int parse_uint(const char *s, unsigned long max, unsigned long *out)
{
	uint64_t v;
	int err = num_parse_str(s, max, &v);

	if (err)
		return err;
	*out = (unsigned long)v;
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
		return fail(err, "invalid --source '%s' (auto, netlink or proc)", arg);
	return 0;
}

static int parse_long_only(int c, const char *arg, struct opts *o, struct cli_error *err)
{
	unsigned long v = 0;

	switch (c) {
	case OPT_JSON: o->out = OUT_JSON; break;
	case OPT_NDJSON: o->out = OUT_NDJSON; break;
	case OPT_SOURCE: return parse_source(arg, o, err);
	case OPT_PROC_ROOT: o->proc_root = arg; break;
	case OPT_STATE:
		if (o->n_states == CLI_MAX_STATES)
			return fail(err, "too many --state options at '%s'", arg);
		o->states[o->n_states++] = arg;
		break;
	case OPT_SPORT: o->sport = arg; break;
	case OPT_DPORT: o->dport = arg; break;
	case OPT_PORT: o->port = arg; break;
	case OPT_EPHEMERAL: o->ephemeral = true; break;
	case OPT_SERVICES: o->services_file = arg; break;
	case OPT_NETNS_PID:
		if (parse_uint(arg, INT_MAX, &v) < 0 || v == 0)
			return fail(err, "invalid --netns-pid '%s'", arg);
		o->netns_pid = (int)v;
		break;
	case OPT_ALL_NETNS: o->all_netns = true; break;
	case OPT_LIST_SERVICES: o->list_services = true; break;
	case OPT_CGROUP: o->ext |= EXT_CGROUP; break;
	case OPT_UNIT: o->unit = arg; break;
	case OPT_CONTAINER: o->container = arg; break;
	case OPT_POD: o->pod = arg; break;
	case OPT_RCVBUF:
		if (parse_uint(arg, 64u << 20, &v) < 0)
			return fail(err, "invalid --rcvbuf '%s' (bytes, at most 64 MiB)", arg);
		o->rcvbuf = v;
		break;
	case OPT_TOP:
		if (parse_uint(arg, CLI_TOP_MAX, &v) < 0)
			return fail(err, "invalid --top '%s' (0 to %u)", arg, CLI_TOP_MAX);
		o->top_n = (unsigned int)v;
		o->top_set = true;
		break;
	case OPT_PROMETHEUS: o->prometheus = true; break;
	case OPT_OUTPUT: o->output_file = arg; break;
	default:
		return fail(err, "internal: unhandled option %d", c);
	}
	return 0;
}

static int parse_short(int c, const char *arg, struct opts *o, struct cli_error *err)
{
	switch (c) {
	case 't': o->protos |= PROTO_BIT(PROTO_TCP); break;
	case 'u': o->protos |= PROTO_BIT(PROTO_UDP); break;
	case 'w': o->protos |= PROTO_BIT(PROTO_RAW); break;
	case 'x': o->protos |= PROTO_BIT(PROTO_UNIX); break;
	case '4': o->families |= FAM_INET; break;
	case '6': o->families |= FAM_INET6; break;
	case 'a': o->all = true; break;
	case 'l': o->listening = true; break;
	case 'n': o->numeric = true; o->ext |= EXT_NUMERIC; break;
	case 'H': o->no_header = true; break;
	case 'p': o->ext |= EXT_PROCESSES; break;
	case 'e': o->ext |= EXT_EXTENDED; break;
	case 'o': o->ext |= EXT_TIMERS; break;
	case 'i': o->ext |= EXT_INFO; break;
	case 'm': o->ext |= EXT_MEMORY; break;
	case 's': o->summary = true; break;
	case 'v': o->verbose = true; break;
	case 'N': o->netns = arg; break;
	default: return parse_long_only(c, arg, o, err);
	}
	return 0;
}

static int check_reports(const struct opts *o, struct cli_error *err)
{
	if (o->prometheus && (o->summary || o->ephemeral || o->out != OUT_TABLE))
		return fail(err, "--prometheus: choose one of --prometheus, -s, --ephemeral, --json, --ndjson");
	/* -s adds up counters of one namespace (sockstat): across all of them it would mix. */
	if (o->summary && o->all_netns)
		return fail(err, "-s cannot be combined with --all-netns (one namespace at a time: -N NAME -s)");
	if (o->top_set && !o->ephemeral && !o->prometheus)
		return fail(err, "--top applies to --ephemeral and --prometheus");
	if (o->output_file && !o->output_file[0])
		return fail(err, "--output needs a file name");
	return 0;
}

static int check_combination(struct opts *o, struct cli_error *err)
{
	int selectors = (o->netns != NULL) + (o->netns_pid != 0) + o->all_netns;

	if (selectors > 1)
		return fail(err, "%s: choose one of --netns, --netns-pid, --all-netns", "namespace");
	if (o->proc_root) {
		if (o->source == SRC_NETLINK)
			return fail(err, "--proc-root '%s' cannot be read with --source netlink", o->proc_root);
		if (selectors)
			return fail(err, "--proc-root '%s' cannot be combined with a namespace option", o->proc_root);
		o->source = SRC_PROC;
	} else {
		o->proc_root = "/proc";
	}
	if (o->summary + o->ephemeral > 1)
		return fail(err, "%s: choose one of --summary and --ephemeral", "-s");
	return check_reports(o, err);
}

static void apply_defaults(struct opts *o)
{
	/* -s counts every kind of socket, as ss -s does, unless told which. */
	if (!o->protos && o->summary)
		o->protos = PROTO_BIT(PROTO_TCP) | PROTO_BIT(PROTO_UDP) | PROTO_BIT(PROTO_RAW) |
			    PROTO_BIT(PROTO_UNIX);
	if (!o->protos)
		o->protos = PROTO_BIT(PROTO_TCP) | PROTO_BIT(PROTO_UDP);
	if (!o->families)
		o->families = FAM_INET | FAM_INET6;
	if (o->all)
		o->default_states = STATES_ALL;
	else if (o->listening)
		o->default_states = STATES_LISTENING;
	else
		o->default_states = STATES_CONNECTED;
}

int cli_parse(int argc, char **argv, struct opts *o, struct cli_error *err)
{
	int c, ret;

	memset(o, 0, sizeof(*o));
	err->msg[0] = '\0';
	optind = 0; /* glibc: full re-initialisation, so tests can call us repeatedly */
	opterr = 0;
	while ((c = getopt_long(argc, argv, short_opts, long_opts, NULL)) != -1) {
		if (c == 'h')
			return CLI_HELP;
		if (c == 'V')
			return CLI_VERSION;
		if (c == '?') {
			if (optopt && optopt < 256)
				snprintf(err->msg, sizeof(err->msg), "unknown option '-%c'", optopt);
			else
				snprintf(err->msg, sizeof(err->msg), "unknown option '%s'", argv[optind - 1]);
			return -EINVAL;
		}
		if (c == ':')
			return fail(err, "option '%s' needs an argument", argv[optind - 1]);
		ret = parse_short(c, optarg, o, err);
		if (ret < 0)
			return ret;
	}
	o->expr = argv + optind;
	o->n_expr = argc - optind;
	ret = check_combination(o, err);
	if (ret < 0)
		return ret;
	apply_defaults(o);
	return CLI_RUN;
}
