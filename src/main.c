/* main.c - sockls: wiring of argv -> query -> source -> filter -> enrich -> writer,
 * and the only place that prints diagnostics or chooses the exit status. */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sockls/bytecode.h"
#include "sockls/cli.h"
#include "sockls/eph_json.h"
#include "sockls/ephemeral.h"
#include "sockls/filter.h"
#include "sockls/json.h"
#include "sockls/jsonw.h"
#include "sockls/netns.h"
#include "sockls/nl.h"
#include "sockls/proc.h"
#include "sockls/procmap.h"
#include "sockls/query.h"
#include "sockls/services.h"
#include "sockls/summary.h"
#include "sockls/table.h"

#ifndef SOCKLS_VERSION
#define SOCKLS_VERSION "unknown" /* the Makefile defines it */
#endif
#define EXIT_USAGE 2
#define EPH_TOP 10
#define EPH_WARN_PCT 80.0

struct run {
	const struct opts *o;
	struct query q;
	struct filter *filter;
	struct eph_range eph;
	bool have_eph;
	struct procmap *pm;
	struct table *table;
	struct jsonw *jw;
	struct summary *sum;
	struct eph_report *rep;
	struct nl_source *nl;
	const char *netns_tag;
	const char *source_name;
	uint32_t proc_only;  /* pair_bit()s that netlink cannot serve (probed) */
	unsigned int probed, probed_proc;
	bool kernel_filter;  /* compile the filter to inet_diag bytecode */
	bool failed;         /* an error was reported already: exit status 1 */
};

__attribute__((format(printf, 1, 2)))
static void say(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fputs("sockls: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static const char *family_name(unsigned int family)
{
	switch (family) {
	case AF_INET: return "inet";
	case AF_INET6: return "inet6";
	case AF_UNSPEC: return "inet+inet6";
	default: return "unix";
	}
}

/* Choose the Service column's name: the local port for listeners and servers,
 * the remote port for outgoing connections; never a port in the ephemeral range. */
static const char *pick_service(const struct run *r, const struct sock_rec *rec)
{
	const char *name;

	if (rec->proto != PROTO_TCP && rec->proto != PROTO_UDP)
		return NULL;
	if (!rec->ephemeral && (name = svc_name(rec->proto, rec->local.port)))
		return name;
	if (rec->state == ST_LISTEN || !rec->remote.port)
		return NULL;
	if (r->have_eph && eph_is_ephemeral(&r->eph, rec->remote.port))
		return NULL;
	return svc_name(rec->proto, rec->remote.port);
}

static void enrich(const struct run *r, struct sock_rec *rec)
{
	rec->netns = r->netns_tag;
	if (rec->proto == PROTO_TCP || rec->proto == PROTO_UDP) {
		rec->port_class = (uint8_t)svc_port_class(rec->local.port);
		rec->ephemeral = r->have_eph && rec->local.port &&
				 eph_is_ephemeral(&r->eph, rec->local.port);
	}
	rec->service = pick_service(r, rec);
	if (r->pm && (rec->have & HAVE_INODE) && rec->inode)
		rec->owners = procmap_lookup(r->pm, rec->inode, &rec->n_owners);
}

static int on_record(const struct sock_rec *crec, void *data)
{
	struct run *r = data;
	/* Sources hand over a scratch record they own; enrichment only fills the
	 * fields reserved for it, so writing through this pointer is safe. */
	struct sock_rec *rec = (struct sock_rec *)(uintptr_t)crec;

	if (r->filter && !filter_match(r->filter, rec))
		return 0;
	enrich(r, rec);
	if (r->sum) {
		summary_add(r->sum, rec);
		return 0;
	}
	if (r->rep)
		return eph_report_add(r->rep, rec);
	if (r->table)
		return table_row(r->table, rec);
	return json_sock(r->jw, rec, r->q.ext);
}

static bool nl_fallback_ok(int err)
{
	return err == -EPROTONOSUPPORT || err == -ENOENT || err == -EACCES || err == -EPERM ||
	       err == -EOPNOTSUPP || err == -EAFNOSUPPORT || err == -EINVAL || err == -ENOSYS;
}

/* Dump one protocol/family from netlink; 1 means "use /proc instead". */
static int dump_netlink(struct run *r, unsigned int proto, unsigned int family)
{
	static uint8_t bc[BC_MAX_LEN]; /* the largest program the kernel takes */
	size_t bc_len = 0;
	struct nl_dump_result res;
	int err;

	if (!r->nl) {
		err = nl_source_open(&r->nl, r->q.rcvbuf);
		if (err < 0)
			return r->o->source == SRC_AUTO && nl_fallback_ok(err) ? 1 : err;
	}
	if (r->kernel_filter && proto != PROTO_UNIX &&
	    bc_compile(r->filter, family, bc, sizeof(bc), &bc_len) < 0)
		bc_len = 0; /* cannot happen at BC_MAX_LEN; then filter in user space only */
	err = nl_source_dump(r->nl, proto, family, &r->q, bc, bc_len, on_record, r, &res);
	if (err < 0 && !res.cb_failed && res.records == 0 && r->o->source == SRC_AUTO &&
	    nl_fallback_ok(err))
		return 1;
	if (res.interrupted)
		say("warning: the kernel reported the %s/%s dump inconsistent; rows may be missing",
		    sock_proto_name(proto), family_name(family));
	if (err == 0 && r->o->verbose)
		say("%s/%s: netlink sock_diag, %lu sockets", sock_proto_name(proto),
		    family_name(family), res.records);
	return err;
}

static int dump_proc(struct run *r, unsigned int proto, unsigned int family)
{
	struct proc_stats st;
	int err = proc_source_dump(r->q.proc_root, proto, family, &r->q, on_record, r, &st);

	if (err == -ENOENT) {
		if (r->o->verbose)
			say("%s: not present, no %s/%s sockets", st.file, sock_proto_name(proto),
			    family_name(family));
		return 0;
	}
	if (err < 0 && st.fail.err) {
		char msg[FILE_PATH_MAX + 128];
		say("%s", file_fail_msg(&st.fail, msg, sizeof(msg)));
		r->failed = true;
	}
	if (st.malformed)
		say("%s: %lu line%s could not be read and %s skipped", st.file, st.malformed,
		    st.malformed == 1 ? "" : "s", st.malformed == 1 ? "was" : "were");
	if (err == 0 && r->o->verbose)
		say("%s/%s: %s, %lu sockets", sock_proto_name(proto), family_name(family),
		    st.file, st.matched);
	return err;
}

/* One bit per protocol/family request: family index inet, inet6, both, unix. */
static uint32_t pair_bit(unsigned int proto, unsigned int family)
{
	unsigned int f = family == AF_INET ? 0 : family == AF_INET6 ? 1 : family == AF_UNSPEC ? 2 : 3;

	return 1u << (proto * 4 + f);
}

static int dump_one(struct run *r, unsigned int proto, unsigned int family)
{
	int err;

	if (r->o->source != SRC_PROC) {
		err = r->proc_only & pair_bit(proto, family) ? 1 : dump_netlink(r, proto, family);
		if (err != 1)
			return err;
		if (r->o->verbose)
			say("%s/%s: netlink sock_diag unavailable, reading /proc", sock_proto_name(proto),
			    family_name(family));
	}
	if (family == AF_UNSPEC) {
		err = dump_proc(r, proto, AF_INET);
		return err < 0 ? err : dump_proc(r, proto, AF_INET6);
	}
	return dump_proc(r, proto, family);
}

typedef int (*pair_fn)(struct run *r, unsigned int proto, unsigned int family);

/* Calls fn for each request the query needs, in listing order. */
static int each_pair(struct run *r, pair_fn fn)
{
	static const unsigned int order[] = { PROTO_TCP, PROTO_UDP, PROTO_RAW, PROTO_UNIX };
	static const unsigned int fams[] = { AF_INET, AF_INET6 };
	const uint32_t both = FAM_INET | FAM_INET6;
	int err = 0;

	for (size_t i = 0; err >= 0 && i < sizeof(order) / sizeof(order[0]); i++) {
		unsigned int proto = order[i];
		if (!(r->q.protos & PROTO_BIT(proto)))
			continue;
		if (proto == PROTO_UNIX) {
			err = fn(r, proto, AF_UNIX);
			continue;
		}
		/* One request for both TCP families: one walk of the kernel's tables. */
		if (proto == PROTO_TCP && (r->q.families & both) == both && r->o->source != SRC_PROC) {
			err = fn(r, proto, AF_UNSPEC);
			continue;
		}
		for (size_t f = 0; err >= 0 && f < 2; f++)
			if (r->q.families & (f ? FAM_INET6 : FAM_INET))
				err = fn(r, proto, fams[f]);
	}
	return err;
}

static int dump_all(struct run *r)
{
	return each_pair(r, dump_one);
}

/* An empty dump (no state asked for) tells whether netlink serves a request. */
static int probe_one(struct run *r, unsigned int proto, unsigned int family)
{
	int err = nl_source_probe(r->nl, proto, family);

	r->probed++;
	if (err < 0 && nl_fallback_ok(err)) {
		r->proc_only |= pair_bit(proto, family);
		r->probed_proc++;
	}
	return 0;
}

/* With --source auto, find before any output which requests /proc must serve,
 * so the JSON head names the source truthfully: netlink, proc or mixed. */
static const char *plan_sources(struct run *r)
{
	if (r->o->source == SRC_PROC || !r->nl)
		return "proc";
	if (r->o->source == SRC_AUTO)
		each_pair(r, probe_one);
	if (r->probed_proc == 0)
		return "netlink";
	return r->probed_proc == r->probed ? "proc" : "mixed";
}

static int list_service_cb(const char *name, uint16_t port, unsigned int proto, void *data)
{
	(void)port;
	(void)proto;
	(void)data;
	return puts(name) == EOF ? -EPIPE : 0;
}

static int load_services(const struct opts *o)
{
	unsigned int bad = 0;
	int err;

	if (!o->services_file)
		return 0;
	err = svc_overlay_load(o->services_file, &bad);
	if (err == -EINVAL) {
		say("%s:%u: malformed services line", o->services_file, bad);
		return EXIT_USAGE;
	}
	if (err < 0) {
		say("cannot read services file %s: %s", o->services_file, strerror(-err));
		return EXIT_FAILURE;
	}
	return 0;
}

static int build_filter(const struct opts *o, struct filter **out)
{
	struct filter_spec spec = {
		.states = o->states,
		.n_states = o->n_states,
		.sport = o->sport,
		.dport = o->dport,
		.port = o->port,
		.expr = o->expr,
		.n_expr = o->n_expr,
		.default_states = o->default_states,
	};
	struct filter_error ferr;

	/* -s and --ephemeral count sockets in every state unless told otherwise. */
	if (o->summary || o->ephemeral)
		spec.default_states = STATES_ALL;
	if (filter_build(&spec, out, &ferr) < 0) {
		say("%s", ferr.msg);
		return EXIT_USAGE;
	}
	return 0;
}

static void build_query(struct run *r, const struct opts *o)
{
	const char *env = getenv("SOCKLS_RCVBUF");

	r->q.protos = o->protos;
	r->q.families = o->families;
	r->q.states = filter_states(r->filter);
	r->q.ext = o->ext;
	r->q.filter = r->filter;
	r->q.proc_root = o->proc_root;
	r->q.rcvbuf = o->rcvbuf;
	if (!r->q.rcvbuf && env && *env)
		r->q.rcvbuf = strtoul(env, NULL, 10);
}

static int open_writer(struct run *r, const struct opts *o)
{
	if (o->summary) {
		r->sum = malloc(sizeof(*r->sum));
		if (!r->sum)
			return -ENOMEM;
		summary_init(r->sum);
	} else if (o->ephemeral) {
		r->rep = eph_report_new(&r->eph);
		if (!r->rep)
			return -ENOMEM;
	} else if (o->out == OUT_TABLE) {
		struct table_cfg cfg = {
			.header = !o->no_header,
			.netns = o->all_netns,
			.ext = o->ext,
		};
		r->table = table_new(stdout, &cfg);
		return r->table ? 0 : -ENOMEM;
	}
	if (o->out == OUT_TABLE)
		return 0;
	r->jw = jsonw_new(stdout, false);
	if (!r->jw)
		return -errno;
	/* With --all-netns each namespace has its own range: the head has none. */
	if (o->out == OUT_JSON && !r->sum && !r->rep)
		return json_begin(r->jw, r->source_name,
				  r->have_eph && !o->all_netns ? &r->eph : NULL);
	return 0;
}

/* -s and --ephemeral as JSON: the common head, then one object under its key. */
static int close_report_json(struct run *r)
{
	json_head(r->jw, r->source_name, r->have_eph ? &r->eph : NULL);
	if (r->sum) {
		jsonw_key(r->jw, "summary");
		summary_json(r->jw, r->sum, r->have_eph ? &r->eph : NULL);
	} else {
		jsonw_key(r->jw, "ephemeral_report");
		eph_report_json(r->jw, r->rep, EPH_WARN_PCT);
	}
	return jsonw_obj_end(r->jw);
}

static int close_writer(struct run *r, const struct opts *o)
{
	struct file_fail ff;
	char msg[FILE_PATH_MAX + 128];
	int err = 0;

	if (r->sum && (err = summary_read_sockstat(o->proc_root, r->sum, &ff)) < 0 &&
	    err != -ENOENT) {
		say("%s", file_fail_msg(&ff, msg, sizeof(msg)));
		r->failed = true;
	}
	err = 0;
	if (r->jw && (r->sum || r->rep))
		err = close_report_json(r);
	else if (r->sum)
		err = summary_print(stdout, r->sum, r->have_eph ? &r->eph : NULL);
	else if (r->rep)
		err = eph_report_print(stdout, r->rep, EPH_TOP, EPH_WARN_PCT);
	else if (r->table)
		err = table_end(r->table);
	else if (o->out == OUT_JSON)
		err = json_end(r->jw);
	if (err == 0 && r->jw)
		err = jsonw_flush(r->jw);
	if (err == 0 && fflush(stdout) != 0)
		err = -errno;
	return err;
}

static void free_run(struct run *r)
{
	table_free(r->table);
	jsonw_free(r->jw);
	free(r->sum);
	eph_report_free(r->rep);
	procmap_free(r->pm);
	nl_source_close(r->nl);
	filter_free(r->filter);
	svc_overlay_free();
}

/* A missing file for one family is normal; a root with no net/ at all is a typo. */
static int check_proc_root(const char *root)
{
	char path[4096];
	struct stat st;

	if ((size_t)snprintf(path, sizeof(path), "%s/net", root) >= sizeof(path))
		return -ENAMETOOLONG;
	if (stat(path, &st) < 0)
		return -errno;
	return S_ISDIR(st.st_mode) ? 0 : -ENOTDIR;
}

static int prepare(struct run *r, const struct opts *o)
{
	struct file_fail ff;
	char msg[FILE_PATH_MAX + 128];
	int err, ret;

	ret = load_services(o);
	if (ret)
		return ret;
	ret = build_filter(o, &r->filter);
	if (ret)
		return ret;
	build_query(r, o);
	/* SOCKLS_NO_KERNEL_FILTER=1 keeps all filtering in user space: tests compare
	 * the two paths, and it sidesteps a kernel that mishandles bytecode. */
	r->kernel_filter = !getenv("SOCKLS_NO_KERNEL_FILTER");
	if (o->source == SRC_PROC && (err = check_proc_root(o->proc_root)) < 0) {
		say("%s/net: cannot read a /proc tree there: %s", o->proc_root, strerror(-err));
		return EXIT_FAILURE;
	}
	err = eph_read(o->proc_root, &r->eph, &ff);
	r->have_eph = err == 0;
	if (o->ephemeral && err < 0) {
		say("cannot read the ephemeral port range: %s", file_fail_msg(&ff, msg, sizeof(msg)));
		return EXIT_FAILURE;
	}
	if (o->source != SRC_PROC) {
		err = nl_source_open(&r->nl, r->q.rcvbuf);
		if (err < 0 && (o->source == SRC_NETLINK || !nl_fallback_ok(err))) {
			say("cannot open a netlink sock_diag socket: %s", strerror(-err));
			return EXIT_FAILURE;
		}
	}
	r->source_name = plan_sources(r);
	if (o->ext & EXT_PROCESSES) {
		err = procmap_build(o->proc_root, &r->pm, &ff);
		if (err < 0 && ff.err) {
			say("cannot read processes: %s", file_fail_msg(&ff, msg, sizeof(msg)));
			return EXIT_FAILURE;
		}
		if (err < 0) {
			say("cannot read processes under %s: %s", o->proc_root, strerror(-err));
			return EXIT_FAILURE;
		}
	}
	if ((err = open_writer(r, o)) < 0) {
		say("cannot start output: %s", strerror(-err));
		return EXIT_FAILURE;
	}
	return 0;
}

/* Enters the namespace of -N or --netns-pid before anything is opened, so the
 * netlink socket, /proc/net and the port range all belong to it. */
static int enter_requested_netns(const struct opts *o)
{
	char what[64];
	const char *name = o->netns;
	int fd, saved, err;

	if (!o->netns && !o->netns_pid)
		return 0;
	if (name) {
		err = netns_open(name, &fd);
	} else {
		snprintf(what, sizeof(what), "of pid %d", o->netns_pid);
		name = what;
		err = netns_open_pid(o->netns_pid, &fd);
	}
	if (err < 0) {
		say("cannot open network namespace %s: %s", name, strerror(-err));
		return EXIT_FAILURE;
	}
	err = netns_enter(fd, &saved);
	close(fd);
	if (err < 0) {
		if (err == -EPERM)
			say("entering network namespace %s needs CAP_SYS_ADMIN", name);
		else
			say("cannot enter network namespace %s: %s", name, strerror(-err));
		return EXIT_FAILURE;
	}
	close(saved); /* the rest of the run stays there */
	return 0;
}

static int dump_in_netns(struct run *r, const struct netns_entry *e)
{
	int fd, saved = -1, err = 0;

	if (!e->is_self) {
		err = netns_open(e->path, &fd);
		if (err == 0) {
			err = netns_enter(fd, &saved);
			close(fd);
		}
		if (err < 0) {
			if (err == -EPERM || err == -EACCES)
				say("entering network namespace %s needs CAP_SYS_ADMIN", e->tag);
			else
				say("cannot enter network namespace %s: %s", e->tag, strerror(-err));
			return 1;
		}
	}
	/* A netlink socket belongs to the namespace it was made in. */
	nl_source_close(r->nl);
	r->nl = NULL;
	r->have_eph = eph_read(r->o->proc_root, &r->eph, NULL) == 0;
	r->netns_tag = e->tag;
	err = dump_all(r);
	if (saved >= 0 && netns_leave(saved) < 0 && err == 0)
		err = -errno;
	return err;
}

/* --all-netns: every namespace in turn; one that cannot be entered is named on
 * stderr and the run ends with status 1 after listing the others. */
static int dump_every_netns(struct run *r, bool *partial)
{
	struct netns_list l;
	int err = netns_list(&l);

	for (size_t i = 0; err >= 0 && i < l.n; i++) {
		err = dump_in_netns(r, &l.v[i]);
		if (err == 1) {
			*partial = true;
			err = 0;
		}
	}
	netns_list_free(&l);
	return err;
}

static int run_listing(const struct opts *o)
{
	struct run r;
	bool partial = false;
	int err, ret;

	memset(&r, 0, sizeof(r));
	r.o = o;
	ret = enter_requested_netns(o);
	if (ret)
		return ret;
	ret = prepare(&r, o);
	if (ret) {
		free_run(&r);
		return ret;
	}
	err = o->all_netns ? dump_every_netns(&r, &partial) : dump_all(&r);
	if (err == -EPIPE) {
		free_run(&r);
		return EXIT_SUCCESS;
	}
	if (err < 0 && !r.failed)
		say("cannot list sockets: %s", strerror(-err));
	/* Even after a source error the document is closed, so stdout is never half JSON. */
	int cerr = close_writer(&r, o);
	free_run(&r);
	if (cerr == -EPIPE)
		return EXIT_SUCCESS;
	if (cerr < 0 && err >= 0) {
		say("cannot write output: %s", strerror(-cerr));
		return EXIT_FAILURE;
	}
	return err < 0 || partial || r.failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

int main(int argc, char **argv)
{
	static char outbuf[1 << 16];
	struct opts o;
	struct cli_error cerr;
	int ret;

	/* A reader that goes away (sockls | head -1) ends the run quietly, status 0. */
	signal(SIGPIPE, SIG_IGN);
	setvbuf(stdout, outbuf, _IOFBF, sizeof(outbuf));
	ret = cli_parse(argc, argv, &o, &cerr);
	if (ret < 0) {
		say("%s", cerr.msg);
		fputs("Try 'sockls --help' for more information.\n", stderr);
		return EXIT_USAGE;
	}
	if (ret == CLI_HELP) {
		fputs(cli_usage, stdout);
		return fflush(stdout) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
	}
	if (ret == CLI_VERSION) {
		puts("sockls " SOCKLS_VERSION);
		return fflush(stdout) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
	}
	if (o.list_services) {
		ret = load_services(&o);
		if (ret)
			return ret;
		svc_foreach(list_service_cb, NULL);
		return EXIT_SUCCESS;
	}
	return run_listing(&o);
}
