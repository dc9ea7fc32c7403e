/* run.c - the pipeline of one listing: builds the query, opens the source,
 * the enricher and the writer, and streams each record through the filter,
 * enrichment and the writer. Words go through main's say(). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "sockls/enrich.h"
#include "sockls/ephemeral.h"
#include "sockls/file.h"
#include "sockls/filter.h"
#include "sockls/netns.h"
#include "sockls/num.h"
#include "sockls/procmap.h"
#include "sockls/run.h"
#include "sockls/services.h"
#include "sockls/source.h"
#include "sockls/summary.h"
#include "sockls/writer.h"

#define EPH_TOP 10
#define EPH_WARN_PCT 80.0

struct run {
	const struct opts *o;
	run_say_fn say;
	struct query q;
	struct filter *filter;
	struct eph_range eph;
	bool have_eph;
	struct summary kernel;   /* -s: sockstat counters */
	struct procmap *pm;
	struct enricher *en;
	struct source *src;
	struct writer_ctx wctx;
	struct writer w;
	int write_err;           /* the writer's error that stopped a dump */
	bool failed;             /* an error was reported already: exit status 1 */
};

static const char *family_name(unsigned int family)
{
	switch (family) {
	case AF_INET: return "inet";
	case AF_INET6: return "inet6";
	case AF_UNSPEC: return "inet+inet6";
	default: return "unix";
	}
}

static void on_note(const struct source_note *n, void *data)
{
	struct run *r = data;
	const char *p = sock_proto_name(n->proto), *f = family_name(n->family);

	switch (n->kind) {
	case SN_INCONSISTENT:
		r->say("warning: the kernel reported the %s/%s dump inconsistent; rows may be missing",
		       p, f);
		return;
	case SN_FILE_FAIL:
		r->say("%s", n->file);
		r->failed = true;
		return;
	case SN_NO_MODULE:
		if (n->count == ENOENT || n->count == EPROTONOSUPPORT || n->count == EOPNOTSUPP)
			r->say("%s/%s: netlink sock_diag cannot list these sockets: the %s kernel "
			       "module is not available; try 'modprobe %s' or --source proc",
			       p, f, n->file, n->file);
		else
			r->say("%s/%s: netlink sock_diag cannot list these sockets: %s; try --source proc",
			       p, f, strerror((int)n->count));
		return;
	case SN_MALFORMED:
		r->say("%s: %lu line%s could not be read and %s skipped", n->file, n->count,
		       n->count == 1 ? "" : "s", n->count == 1 ? "was" : "were");
		return;
	default:
		break;
	}
	if (!r->o->verbose)
		return;
	if (n->kind == SN_NETLINK_DONE)
		r->say("%s/%s: netlink sock_diag, %lu sockets", p, f, n->count);
	else if (n->kind == SN_PROC_DONE)
		r->say("%s/%s: %s, %lu sockets", p, f, n->file, n->count);
	else if (n->kind == SN_PROC_MISSING)
		r->say("%s: not present, no %s/%s sockets", n->file, p, f);
	else if (n->kind == SN_FALLBACK)
		r->say("%s/%s: netlink sock_diag unavailable, reading /proc", p, f);
}

static int on_record(const struct sock_rec *rec, void *data)
{
	struct run *r = data;
	struct sock_row row;

	enricher_observe(r->en, rec);
	if (r->filter && !filter_match(r->filter, rec))
		return 0;
	enrich_row(r->en, rec, &row);
	r->write_err = writer_row(&r->w, &row);
	return r->write_err;
}

static int load_services(const struct opts *o, run_say_fn say)
{
	unsigned int bad = 0;
	int err;

	if (!o->services_file)
		return 0;
	err = svc_overlay_load(o->services_file, &bad);
	if (err == -EINVAL) {
		say("%s:%u: malformed services line", o->services_file, bad);
		return 2;
	}
	if (err < 0) {
		struct file_fail ff;
		char msg[FILE_PATH_MAX + 128];
		file_fail_set(&ff, o->services_file, err, SVC_FILE_MAX, FILE_LINE_MAX);
		say("cannot read services file %s", file_fail_msg(&ff, msg, sizeof(msg)));
		return 1;
	}
	return 0;
}

static int list_service_cb(const char *name, uint16_t port, unsigned int proto, void *data)
{
	(void)port;
	(void)proto;
	(void)data;
	if (puts(name) == EOF)
		return errno ? -errno : -EIO;
	return 0;
}

int run_list_services(const struct opts *o, run_say_fn say)
{
	int ret, err;

	if (o->n_states || o->sport || o->dport || o->port || o->n_expr) {
		say("--list-services lists service names and takes no filter or state");
		return 2;
	}
	if ((ret = load_services(o, say)))
		return ret;
	err = svc_foreach(list_service_cb, NULL);
	svc_overlay_free();
	if (err == 0 && fflush(stdout) != 0)
		err = errno ? -errno : -EIO;
	if (err == -EPIPE)
		return 0;
	if (err < 0) {
		say("cannot write output: %s", strerror(-err));
		return 1;
	}
	return 0;
}

static int build_filter(struct run *r)
{
	const struct opts *o = r->o;
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
	if (filter_build(&spec, &r->filter, &ferr) < 0) {
		r->say("%s", ferr.msg);
		return 2;
	}
	return 0;
}

static int build_query(struct run *r)
{
	const struct opts *o = r->o;
	const char *env = getenv("SOCKLS_RCVBUF");

	r->q.protos = o->protos;
	r->q.families = o->families;
	r->q.states = filter_states(r->filter);
	r->q.ext = o->ext;
	r->q.filter = r->filter;
	r->q.proc_root = o->proc_root;
	r->q.rcvbuf = o->rcvbuf;
	r->q.source = o->source;
	/* SOCKLS_NO_KERNEL_FILTER=1 keeps all filtering in user space: tests compare
	 * the two paths, and it sidesteps a kernel that mishandles bytecode. */
	r->q.kernel_filter = !getenv("SOCKLS_NO_KERNEL_FILTER");
	if (!r->q.rcvbuf && env) {
		uint64_t v;
		/* a knob is validated like the option it stands for (--rcvbuf) */
		if (num_parse_str(env, 64u << 20, &v) < 0) {
			r->say("invalid SOCKLS_RCVBUF '%s' (bytes, at most 64 MiB)", env);
			return 2;
		}
		r->q.rcvbuf = (size_t)v;
	}
	return 0;
}

static const char *writer_name(const struct opts *o)
{
	bool json = o->out != OUT_TABLE;

	if (o->summary)
		return json ? "summary-json" : "summary";
	if (o->ephemeral)
		return json ? "ephemeral-json" : "ephemeral";
	return o->out == OUT_JSON ? "json" : o->out == OUT_NDJSON ? "ndjson" : "table";
}

static int open_output(struct run *r)
{
	const struct opts *o = r->o;
	struct file_fail ff;
	char msg[FILE_PATH_MAX + 128];
	int err;

	r->wctx = (struct writer_ctx){
		.out = stdout,
		.ext = o->ext,
		.header = !o->no_header,
		.netns_column = o->all_netns,
		.source = source_name(r->src),
		.eph = r->have_eph ? &r->eph : NULL,
		.eph_in_head = !o->all_netns,
		.kernel = o->summary ? &r->kernel : NULL,
		.top_n = EPH_TOP,
		.warn_pct = EPH_WARN_PCT,
	};
	if (o->summary && (err = summary_read_sockstat(o->proc_root, &r->kernel, &ff)) < 0 &&
	    err != -ENOENT) {
		r->say("%s", file_fail_msg(&ff, msg, sizeof(msg)));
		return -EIO; /* said */
	}
	r->en = enricher_new(o->ext);
	if (!r->en)
		return -ENOMEM;
	enricher_set_range(r->en, r->wctx.eph);
	enricher_set_owners(r->en, r->pm);
	err = writer_open(&r->w, writer_find(writer_name(o)), &r->wctx);
	return err;
}

static int open_source(struct run *r)
{
	enum source_step step;
	int err = source_open(&r->src, &r->q, on_note, r, &step);

	if (err == 0)
		return 0;
	if (step == SOURCE_STEP_MODULE)
		return 1; /* named by the SN_NO_MODULE note */
	if (step == SOURCE_STEP_PROC_ROOT)
		r->say("%s/net: cannot read a /proc tree there: %s", r->q.proc_root, strerror(-err));
	else
		r->say("cannot open a netlink sock_diag socket: %s", strerror(-err));
	return 1;
}

static int prepare(struct run *r)
{
	const struct opts *o = r->o;
	struct file_fail ff;
	char msg[FILE_PATH_MAX + 128];
	int err, ret;

	if ((ret = load_services(o, r->say)) || (ret = build_filter(r)) || (ret = build_query(r)))
		return ret;
	if (o->source == SRC_PROC && open_source(r))
		return 1;
	err = eph_read(o->proc_root, &r->eph, &ff);
	r->have_eph = err == 0;
	if (o->ephemeral && err < 0) {
		r->say("cannot read the ephemeral port range: %s", file_fail_msg(&ff, msg, sizeof(msg)));
		return 1;
	}
	if (!r->src && open_source(r))
		return 1;
	if ((o->ext & EXT_PROCESSES) && (err = procmap_build(o->proc_root, &r->pm, &ff)) < 0) {
		if (ff.err)
			r->say("cannot read processes: %s", file_fail_msg(&ff, msg, sizeof(msg)));
		else
			r->say("cannot read processes under %s: %s", o->proc_root, strerror(-err));
		return 1;
	}
	if ((err = open_output(r)) == -EIO)
		return 1;
	if (err < 0) {
		r->say("cannot start output: %s", strerror(-err));
		return 1;
	}
	return 0;
}

static void free_run(struct run *r)
{
	writer_free(&r->w);
	enricher_free(r->en);
	procmap_free(r->pm);
	source_close(r->src);
	filter_free(r->filter);
	svc_overlay_free();
}

/* Enters the namespace of -N or --netns-pid before anything is opened, so the
 * netlink socket, /proc/net and the port range all belong to it. */
static int enter_requested_netns(const struct opts *o, run_say_fn say)
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
		return 1;
	}
	err = netns_enter(fd, &saved);
	close(fd);
	if (err < 0) {
		if (err == -EPERM)
			say("entering network namespace %s needs CAP_SYS_ADMIN", name);
		else
			say("cannot enter network namespace %s: %s", name, strerror(-err));
		return 1;
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
				r->say("entering network namespace %s needs CAP_SYS_ADMIN", e->tag);
			else
				r->say("cannot enter network namespace %s: %s", e->tag, strerror(-err));
			return 1;
		}
	}
	source_renew(r->src);
	r->have_eph = eph_read(r->o->proc_root, &r->eph, NULL) == 0;
	enricher_set_range(r->en, r->have_eph ? &r->eph : NULL);
	enricher_set_netns(r->en, e->tag);
	err = source_dump(r->src, on_record, r);
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

int run_listing(const struct opts *o, run_say_fn say)
{
	struct run r = { .o = o, .say = say };
	bool partial = false;
	int err, cerr, ret;

	if ((ret = enter_requested_netns(o, say)))
		return ret;
	if ((ret = prepare(&r))) {
		free_run(&r);
		return ret;
	}
	err = o->all_netns ? dump_every_netns(&r, &partial) : source_dump(r.src, on_record, &r);
	if (err == -EPIPE) {
		free_run(&r);
		return 0;
	}
	if (err < 0 && err == r.write_err)
		say("cannot write output: %s", strerror(-err));
	else if (err < 0 && !r.failed)
		say("cannot list sockets: %s", strerror(-err));
	/* Even after a source error the document is closed, so stdout is never half JSON. */
	cerr = writer_end(&r.w);
	free_run(&r);
	if (cerr == -EPIPE)
		return 0;
	if (cerr < 0 && err >= 0) {
		say("cannot write output: %s", strerror(-cerr));
		return 1;
	}
	return err < 0 || partial || r.failed ? 1 : 0;
}
