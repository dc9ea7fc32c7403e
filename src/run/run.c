/* SPDX-License-Identifier: MIT */
/* run.c - the pipeline of one listing: builds the query, opens the source,
 * the enricher and the writer, and streams each record through the filter,
 * enrichment and the writer. Words go through main's say(). */
#include <errno.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sockls/cgroup.h"
#include "sockls/enrich.h"
#include "sockls/ephemeral.h"
#include "sockls/file.h"
#include "sockls/filter.h"
#include "sockls/netns.h"
#include "sockls/num.h"
#include "sockls/procmap.h"
#include "sockls/proto.h"
#include "sockls/run.h"
#include "sockls/services.h"
#include "sockls/source.h"
#include "sockls/spill.h"
#include "sockls/summary.h"
#include "sockls/writer.h"

#include "run_int.h"

static atomic_bool denied_said; /* the -p note about unreadable processes was given */

#define EPH_TOP 10
#define EPH_WARN_PCT 80.0
#define COUNT_PROM_TOP 100 /* --count-by --prometheus: series without --top */


static int run_on_record(const struct sock_rec *rec, void *data)
{
	struct run *r = data;
	bool owned = run_cgroup_need(r, rec);
	struct sock_row row;

	/* One enrichment, around the filters: first what they read (owners, the
	 * cgroup; a socket without a cgroup id as 'cgroup PATH' and --cgroup see
	 * it), the rest only for a row they keep. */
	enrich_early(r->en, rec, &row);
	if (r->filter && !filter_match(r->filter, run_cgroup_view(r, &row, owned)))
		return 0;
	if (!run_cgroup_ok(r, &row))
		return 0;
	if (!r->hooks || !r->hooks->lean || r->hooks->writer)
		enrich_rest(r->en, &row);
	if (r->hooks) {
		int ret = r->hooks->row(&row, r->hooks->data);
		if (ret <= 0 || !r->hooks->writer)
			return ret < 0 ? ret : 0;
	}
	r->pass.write_err = writer_row(&r->w, &row);
	return r->pass.write_err;
}

void run_row_rest(const struct run *r, struct sock_row *row)
{
	enrich_rest(r->en, row);
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
		.unix_types = o->unix_types,
		/* ss reads src/dst words as UNIX names when -x is among the kinds asked */
		.unix_paths = o->kind_opt && (o->protos & proto_set(PROTO_F_PATH)),
		.pids = o->pids,
		.n_pids = o->n_pids,
	};
	struct filter_error ferr;

	/* -s, --ephemeral and --prometheus count sockets in every state unless
	 * told otherwise; --count-by counts what the listing would list;
	 * --doctor judges them all unless -l. */
	bool every = o->summary || o->ephemeral || (o->prometheus && !o->count) ||
		     (o->doctor && !o->listening);

	if (every)
		spec.default_states = STATES_ALL;
	/* bind()-only TCP sockets pin their port and -s counts them: the kernel
	 * lists them only when asked (6.8+). */
	if (every)
		spec.default_states |= STATE_BIT(ST_BOUND_INACTIVE);
	if (filter_build(&spec, &r->filter, &ferr) < 0) {
		r->say("%s", ferr.msg);
		return 2;
	}
	return 0;
}

/* -s: only the listening TCP sockets are dumped; the others come from the
 * kernel's counters (sockstat, snmp), as ss -s does, unless -a, a filter or a
 * state asks for every socket, or the counters are missing. Any dump of a state
 * besides LISTEN walks the whole established hash, whatever it matches: that
 * walk is what made -s cost as much as a listing. */
static bool count_tcp(const struct run *r)
{
	const struct opts *o = r->o;

	return o->summary && !o->all && !o->all_netns && !o->n_states && !o->sport &&
	       !o->dport && !o->port && !o->n_expr && (o->protos & proto_set(PROTO_F_COUNTED)) &&
	       (r->kernel.sum.sockstat_have & SSTAT_BIT(SSTAT_TCP_INUSE)) &&
	       (o->families & (FAM_INET | FAM_INET6)) == (FAM_INET | FAM_INET6);
}

/* A yes/no knob: unset, or a word num_parse_bool knows; 0, or 2 (said). */
static int env_flag(struct run *r, const char *name, bool *on)
{
	const char *v = getenv(name);

	*on = false;
	if (v && num_parse_bool(v, on) < 0) {
		r->say("invalid %s '%s' (1, true, yes, on; or 0, false, no, off)", name, v);
		return 2;
	}
	return 0;
}

static int build_query(struct run *r)
{
	const struct opts *o = r->o;
	const char *env = getenv("SOCKLS_RCVBUF");
	bool off;

	r->q.protos = o->protos;
	if (filter_names_unix(r->filter)) /* ss: a UNIX name term lists UNIX sockets only */
		r->q.protos &= proto_set(PROTO_F_PATH);
	r->q.families = o->families;
	r->q.states = filter_states(r->filter);
	r->q.ext = o->ext;
	r->q.filter = r->filter;
	r->q.proc_root = o->proc_root;
	r->q.rcvbuf = o->rcvbuf;
	r->q.source = o->source;
	r->q.repeats_ok = r->hooks && r->hooks->lean && !r->hooks->writer;
	/* SOCKLS_NO_KERNEL_FILTER=1 keeps all filtering in user space: tests compare
	 * the two paths, and it sidesteps a kernel that mishandles bytecode. */
	if (env_flag(r, "SOCKLS_NO_KERNEL_FILTER", &off) ||
	    env_flag(r, "SOCKLS_NO_PEERS", &r->peers.off))
		return 2;
	r->q.kernel_filter = !off;
	if (count_tcp(r))
		r->q.counted_states = ~STATE_BIT(ST_LISTEN);
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

/* ss drops Netid when exactly one socket table is listed; a kind may be
 * several tables there (the protocol table's n_netids: UNIX u_str, u_dgr,
 * u_seq unless -A names one type; packet p_raw, p_dgr). */
static bool one_netid(const struct opts *o)
{
	unsigned int n = 0;

	for (size_t i = 0; i < proto_count; i++) {
		const struct proto_desc *d = &proto_table[i];
		if (!(o->protos & PROTO_BIT(d->id)))
			continue;
		if ((d->flags & PROTO_F_PATH) && o->unix_types)
			n += (unsigned int)__builtin_popcount(o->unix_types);
		else
			n += d->n_netids ? d->n_netids : 1;
	}
	return n <= 1;
}

/* The enricher is made once and kept across passes; each pass gives it
 * this pass's range, owners, cgroups and peers. */
static int setup_enricher(struct run *r)
{
	const struct opts *o = r->o;

	if (!r->en && !(r->en = enricher_new(o->ext)))
		return -ENOMEM;
	enricher_set_netns(r->en, NULL); /* a new pass: the listeners seen are forgotten */
	enricher_set_range(r->en, r->wctx.eph);
	enricher_set_owners(r->en, r->owners.all);
	/* --prometheus's unit label needs each row's cgroup, --all-netns alone only the owners' */
	enricher_set_cgroups(r->en, run_wants_cgroup(o) || (o->prometheus && !o->count) ?
			     r->cg.index : NULL);
	enricher_set_peers(r->en, run_peers_table(r));
	enricher_set_proc_root(r->en, o->proc_root);
	return 0;
}

static int open_output(struct run *r)
{
	const struct opts *o = r->o;
	const struct writer_entry *entry;
	int err;

	r->wctx = (struct writer_ctx){
		.out = r->out,
		.ext = o->ext,
		.header = !o->no_header,
		.netns_column = o->all_netns,
		.netns = o->all_netns ? &r->ns.tally : NULL,
		.no_netid = one_netid(o),
		/* ss drops State when exactly one state is asked for */
		.no_state = __builtin_popcount(r->q.states) <= 1,
		/* only a JSON head names the source: asking probes every request */
		.source = o->out != OUT_TABLE ? source_name(r->src) : NULL,
		.eph = r->kernel.have_eph ? &r->kernel.eph : NULL,
		.eph_in_head = !o->all_netns,
		.kernel = o->summary ? &r->kernel.sum : NULL,
		.tcp_counted = r->q.counted_states != 0,
		.protos = r->q.protos,
		.families = r->q.families,
		.bound_unseen = (o->summary || o->ephemeral || o->prometheus) &&
				!source_sees_bound_inactive(r->src),
		.states = r->q.states,
		.answered = source_answered_protos(r->src),
		.listen_cap_set = o->top_set,
		.listen_cap = o->top_n,
		.top_n = o->top_set ? o->top_n : EPH_TOP,
		.top_set = o->top_set,
		.warn_pct = EPH_WARN_PCT,
		.count = o->count,
		.count_netns = o->count_netns,
		.count_top = o->top_set ? o->top_n : o->prometheus ? COUNT_PROM_TOP : SIZE_MAX,
		.status = &r->status,
		.json_version = o->json_version,
	};
	r->status.kill = r->hooks ? r->hooks->kill : NULL;
	if ((err = setup_enricher(r)) < 0)
		return err;
	if (r->hooks && !r->hooks->writer)
		return 0;
	entry = writer_pick(writer_format(o), r->hooks && r->hooks->kill ? WREC_KILL :
			    (enum writer_rec)run_listing_record(o));
	if (!entry)
		return -EINVAL; /* run_check_output refused it before the run */
	return writer_open(&r->w, entry->ops, &r->wctx);
}

/* Before a namespace's rows: what the writer may need of it. */
static int run_begin_netns(struct run *r, const char *tag, const struct cg_entry *owner)
{
	struct writer_ns ns = { .tag = tag, .owner = owner };
	int err;

	run_kernel_netns(r, &ns);
	if (r->hooks && r->hooks->netns && (err = r->hooks->netns(&ns, r->hooks->data)) < 0)
		return err;
	return writer_netns(&r->w, &ns);
}

static int open_source(struct run *r)
{
	enum source_step step;
	int err = source_open(&r->src, &r->q, run_on_note, r, &step);

	if (err == 0)
		return 0;
	if (step == SOURCE_STEP_MODULE)
		return 1; /* named by the SN_NO_MODULE note */
	if (step == SOURCE_STEP_PROC_ROOT)
		r->say("%s/net: cannot read a /proc tree there: %s", r->q.proc_root, strerror(-err));
	else if (step == SOURCE_STEP_NO_SOURCE)
		run_say_no_source(r);
	else
		r->say("cannot open a netlink sock_diag socket: %s", strerror(-err));
	return 1;
}

/* -p, and the owners' cgroups of sockets without a cgroup id (UNIX, the /proc
 * source). The peers' dump runs meanwhile (run_peers.c). */
static int open_owners(struct run *r)
{
	const struct opts *o = r->o;
	struct file_fail ff;
	char msg[FILE_PATH_MAX + 128];
	int err = 0, perr;

	if ((perr = run_peers_start(r)) < 0)
		r->say("cannot start the dump of local connections: %s", strerror(-perr));
	if ((o->ext & EXT_PROCESSES) || o->owners ||
	    (run_wants_cgroup(o) && ((o->protos & proto_set(PROTO_F_PATH)) || o->source == SRC_PROC)))
		err = procmap_build(o->proc_root, &r->owners.all, &ff);
	perr = run_peers_join(r);
	/* netstat -p says so too: a user sees the owners of their own processes only */
	/* once per process: -E and --watch scan again at every poll */
	if (err >= 0 && ((o->ext & EXT_PROCESSES) || o->owners) && procmap_denied(r->owners.all) &&
	    !atomic_exchange(&denied_said, true))
		r->say("note: %zu processes could not be read (another user's; run as root): "
		       "their sockets show no owner%s", procmap_denied(r->owners.all),
		       o->count ? " (counted as '?')" : "");
	if (err < 0) {
		if (ff.err)
			r->say("cannot read processes: %s", file_fail_msg(&ff, msg, sizeof(msg)));
		else
			r->say("cannot read processes under %s: %s", o->proc_root, strerror(-err));
		return 1;
	}
	if (perr < 0 && o->verbose)
		r->say("peers of local TCP/UDP connections unknown: %s", strerror(-perr));
	return 0;
}

/* Once per process: the services, the filter, -s's counters, the query. */
static int setup(struct run *r)
{
	const struct opts *o = r->o;
	int ret;

	if ((ret = run_load_services(o, r->say)) || (ret = build_filter(r)) ||
	    (ret = run_kernel_counters(r)) || (ret = build_query(r)))
		return ret;
	return 0;
}

/* Before each pass: the pid filter's processes, the range, the source (the
 * first time), the cgroups, the owners, the output. */
static int prepare(struct run *r)
{
	const struct opts *o = r->o;
	struct file_fail ff;
	char msg[FILE_PATH_MAX + 128];
	int err, ret;

	if ((ret = run_open_pids(r)))
		return ret;
	if (o->source == SRC_PROC && !r->src && open_source(r))
		return 1;
	err = run_kernel_range(r, &ff);
	if (o->ephemeral && err < 0) {
		r->say("cannot read the ephemeral port range: %s", file_fail_msg(&ff, msg, sizeof(msg)));
		return 1;
	}
	if (!r->src && open_source(r))
		return 1;
	if ((ret = run_open_cgroups(r)))
		return ret;
	if ((ret = open_owners(r)))
		return ret;
	if (!(r->hooks && !r->hooks->writer) && (ret = run_out_open(r)))
		return ret;
	if (!r->out)
		r->out = stdout;
	if ((err = open_output(r)) == -EIO)
		return 1;
	if (err < 0) {
		r->say("cannot start output: %s", strerror(-err));
		return 1;
	}
	return 0;
}

/* What a pass made: its output, owners, peers, cgroups. */
static void pass_free(struct run *r)
{
	run_out_close(r, false);
	writer_free(&r->w);
	r->w.ops = NULL;
	run_peers_free(r);
	procmap_free(r->owners.all);
	procmap_free(r->owners.pids);
	cg_index_free(r->cg.index);
	r->owners = (struct run_owners){ NULL, NULL };
	r->cg.index = NULL;
	r->cg.lazy_failed = false;
}

void run_close(struct run *r)
{
	if (!r)
		return;
	pass_free(r);
	run_peers_close(r);
	enricher_free(r->en);
	run_servers_close(r);
	run_netns_close(r);
	source_close(r->src);
	filter_free(r->filter);
	svc_overlay_free();
	free(r);
}

int run_open(struct run **out, const struct opts *o, run_say_fn say, const struct run_hooks *hooks)
{
	struct run *r = calloc(1, sizeof(*r));
	int ret;

	*out = NULL;
	if (!r) {
		say("out of memory");
		return 1;
	}
	r->o = o;
	r->say = say;
	r->hooks = hooks;
	if ((ret = run_enter_netns(o, say)) || (ret = setup(r))) {
		run_close(r);
		return ret;
	}
	*out = r;
	return 0;
}

/* The servers' ports before the rows (run_servers.c); without them a
 * connection is named from its own ports alone. */
static void scan_servers(struct run *r, const char *tag)
{
	int err = run_servers_scan(r);

	if (err < 0 && r->o->verbose)
		r->say("%s%sservers' ports unknown: %s", tag ? tag : "", tag ? ": " : "",
		       strerror(-err));
}

/* One namespace of --all-netns, once the thread is in it. */
static int dump_netns(struct run *r, const struct netns_entry *e)
{
	const struct cg_entry *owner = run_netns_owner(r, e);
	int err;

	run_kernel_range(r, NULL);
	enricher_set_range(r->en, r->kernel.have_eph ? &r->kernel.eph : NULL);
	enricher_set_netns(r->en, e->tag);
	enricher_set_netns_owner(r->en, owner);
	if (r->peers.job && (err = run_peers_build(r)) < 0 && r->o->verbose)
		r->say("%s: peers of local TCP/UDP connections unknown: %s", e->tag, strerror(-err));
	enricher_set_peers(r->en, run_peers_table(r));
	err = run_begin_netns(r, e->tag, owner);
	if (!err)
		scan_servers(r, e->tag);
	return err ? err : source_dump(r->src, run_on_record, r);
}

/* A dump that stopped: said, and the listing marked incomplete. */
static void say_dump_error(struct run *r, int err)
{
	char msg[WRITER_ERROR_LEN];

	if (err == -ENOMEDIUM) {
		r->say("no source answered: sock_diag is not available and %s/net has no socket "
		       "files (is /proc mounted with subset=pid?)", r->o->proc_root);
		run_mark_incomplete(r, "no source answered");
	} else if (err == r->pass.write_err) {
		(void)run_write_failed(err, r->say);
	} else {
		snprintf(msg, sizeof(msg), "cannot list sockets: %s", strerror(-err));
		if (!r->pass.failed)
			r->say("%s", msg);
		run_mark_incomplete(r, msg);
	}
}

int run_listing(const struct opts *o, run_say_fn say)
{
	return run_pipeline(o, say, NULL);
}

int run_pipeline(const struct opts *o, run_say_fn say, const struct run_hooks *hooks)
{
	struct run *r;
	int ret = run_open(&r, o, say, hooks);

	if (ret == 0)
		ret = run_pass(r);
	run_close(r);
	return ret;
}

/* The end of a pass: the document closed (even after a source error, so
 * stdout is never half JSON), --output's file replaced or dropped. */
static int pass_end(struct run *r, int err, bool partial)
{
	int cerr = r->w.ops ? writer_end(&r->w) : 0;

	if (r->status.spill_err)
		r->say("note: no room for the table's temporary file in %s (%s): the columns are as "
		       "wide as the rows before it, later rows may not line up", spill_dir(),
		       strerror(-r->status.spill_err));
	/* FILE is replaced only by a complete, successful run (issue 26): one
	 * that could not read some namespaces (partial, status 1) leaves the last
	 * complete file, whose sockls_last_success_timestamp_seconds then ages */
	if (cerr >= 0 && (cerr = run_out_close(r, err >= 0 && !r->pass.failed && !partial)) != 0) {
		if (cerr < 0)
			r->say("cannot write %s: %s", r->o->output_file, strerror(-cerr));
		return 1;
	}
	if (cerr == -EPIPE)
		return 0;
	if (cerr < 0 && err >= 0)
		return run_write_failed(cerr, r->say);
	return err < 0 || partial || r->pass.failed ? 1 : 0;
}

int run_pass(struct run *r)
{
	bool partial = false;
	int err, ret;

	r->pass = (struct run_pass){ 0, false };
	r->status = (struct writer_status){ 0 };
	r->ns.tally = (struct netns_tally){ 0 };
	if ((ret = prepare(r))) {
		pass_free(r);
		return ret;
	}
	if (r->o->all_netns)
		err = run_dump_every_netns(r, &partial, dump_netns);
	else if ((err = run_begin_netns(r, NULL, NULL)) == 0) {
		scan_servers(r, NULL);
		err = source_dump(r->src, run_on_record, r);
	}
	if (err == -EPIPE || err == -ECANCELED)
		ret = err == -EPIPE ? 0 : 1;
	else {
		if (err < 0)
			say_dump_error(r, err);
		ret = pass_end(r, err, partial);
	}
	pass_free(r);
	return ret;
}
