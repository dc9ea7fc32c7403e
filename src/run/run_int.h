/* SPDX-License-Identifier: MIT */
/* run_int.h - the state of one run, shared by the files of the pipeline
 * (src/run/: run.c, run_netns.c, run_services.c, ...); not part of any module's interface. */
#ifndef SOCKLS_RUN_INT_H
#define SOCKLS_RUN_INT_H

#include <stdbool.h>
#include <stdio.h>

#include "sockls/cgroup.h"
#include "sockls/enrich.h"
#include "sockls/ephemeral.h"
#include "sockls/filter.h"
#include "sockls/kstat.h"
#include "sockls/netns.h"
#include "sockls/procmap.h"
#include "sockls/run.h"
#include "sockls/source.h"
#include "sockls/summary.h"
#include "sockls/writer.h"

struct file_fail;
struct nl_source;
struct peer_job;
struct peertab;

/* Each part of the pipeline keeps its state in one member of struct run,
 * defined here beside the file that owns it; only that file reads inside it. */

/* --output FILE: the file being written, its state (run_outfile.c). */
struct run_outfile {
	int fd;
	bool open;               /* written to, to be closed */
	bool unnamed;            /* O_TMPFILE: linked to FILE at the end */
	bool guarded;            /* signal handlers set */
};

/* What the kernel says of the namespace besides its sockets (run_kernel.c):
 * the ephemeral range and its settings, -s's counters (sockstat, snmp: read
 * once), --prometheus's (read in each namespace). */
struct run_kernel {
	struct eph_range eph;
	bool have_eph;
	struct eph_settings eph_set;
	struct summary sum;      /* -s */
	struct kstat kstat;      /* --prometheus */
	bool have_kstat;
};

/* The processes read in a pass (run.c; run_pid.c the 'pid' filter's). */
struct run_owners {
	struct procmap *all;     /* every owner: -p, --owner, cgroups of UNIX rows */
	struct procmap *pids;    /* the 'pid' filter: owners among its pids only */
};

/* --cgroup, --unit, --container, --pod, 'cgroup PATH' (run_cgroup.c). */
struct run_cgroups {
	struct cg_index *index;
	bool filter_cg;          /* the expression has a 'cgroup PATH' term */
	bool lazy_failed;        /* owners for it could not be read */
	struct sock_rec rec;     /* a record seen with its owner's cgroup id */
};

/* -p: local TCP/UDP connections (run_peers.c). */
struct run_peers {
	struct peer_job *job;    /* this pass's table, its dump's thread */
	struct source *src;      /* their dump's, kept across passes */
	struct query q;          /* src's: the filter of the namespace's addresses */
	bool off;                /* SOCKLS_NO_PEERS: -p does not look up local peers */
};

#define RUN_SERVER_KINDS PROTO_EPH_MAX /* kinds whose rows have PROTO_F_EPHEMERAL (TCP, UDP) */

/* The servers' ports, one source per kind with services: TCP listeners, UDP
 * (run_servers.c). */
struct run_servers {
	struct source *src[RUN_SERVER_KINDS];
	struct query q[RUN_SERVER_KINDS];
};

/* The sources whose netlink sockets --all-netns keeps per namespace: the
 * listing's, the servers', -p's. */
#define RUN_NS_SOURCES (2 + RUN_SERVER_KINDS)

/* One namespace's netlink sockets, kept across passes (run_netns.c). */
struct run_ns_socks {
	uint64_t dev, ino;       /* the namespace's nsfs identity */
	struct nl_source *nl[RUN_NS_SOURCES];
};

/* --all-netns (run_netns.c): what a pass could read, and the netlink sockets
 * of up to keep_max namespaces besides the caller's own (which stay in the
 * sources); a namespace beyond them opens its sockets afresh at each pass. */
struct run_netns {
	struct netns_tally tally;
	struct run_ns_socks *keep;
	size_t n_keep, keep_max;
};

/* How the pass ends (run.c). */
struct run_pass {
	int write_err;           /* the writer's error that stopped a dump */
	bool failed;             /* an error was reported already: exit status 1 */
};

struct run {
	const struct opts *o;
	run_say_fn say;
	struct query q;
	struct source *src;
	struct filter *filter;
	struct enricher *en;
	struct writer w;
	struct writer_ctx wctx;
	struct writer_status status; /* rows missing, -K counts: the writer's end reads it */
	FILE *out;               /* stdout, or the temporary file of --output */
	const struct run_hooks *hooks; /* --watch, -E, -K: rows go there first */
	struct run_pass pass;
	struct run_kernel kernel;
	struct run_outfile outfile;
	struct run_owners owners;
	struct run_cgroups cg;
	struct run_peers peers;
	struct run_servers srv;
	struct run_netns ns;
};

/* Lists the namespace the thread is in now, the entry e (run.c's). */
typedef int (*run_ns_fn)(struct run *r, const struct netns_entry *e);

/* run_netns.c: --all-netns, dump in each namespace, counted in r->ns.tally;
 * *partial when one could not be read (one line on stderr says how many).
 * Each namespace's netlink sockets are handed to the sources while the
 * thread is in it and kept for the next pass; those of a namespace no
 * longer listed are closed, all of them by run_netns_close() at the end. */
int run_dump_every_netns(struct run *r, bool *partial, run_ns_fn dump);
void run_netns_close(struct run *r);
/* run_peers.c: -p on TCP/UDP, the table of local connections. start: the
 * dump on a thread (caller's namespace) or nothing yet (--all-netns: build
 * in each); join waits for it; 0 or -errno as the dump ended. */
int run_peers_start(struct run *r);
int run_peers_join(struct run *r);
int run_peers_build(struct run *r);
const struct peertab *run_peers_table(const struct run *r);
void run_peers_free(struct run *r);
/* The end of the run: the table and the source. */
void run_peers_close(struct run *r);
/* run_cgroup.c: the index and the --unit/--container/--pod filters; a record
 * without a cgroup id as a 'cgroup PATH' term sees it (its first owner's
 * cgroup; the owners and index are made on first need). */
bool run_wants_cgroup(const struct opts *o);
int run_open_cgroups(struct run *r);
bool run_cgroup_ok(const struct run *r, const struct sock_row *row);
/* Before the row's early enrichment: whether rec (no cgroup id) takes its
 * owner's cgroup, the owners and index made at the first such record; then
 * the record the filter sees (with that cgroup id when the expression has a
 * 'cgroup PATH' term), from the row's early enrichment. */
bool run_cgroup_need(struct run *r, const struct sock_rec *rec);
const struct sock_rec *run_cgroup_view(struct run *r, const struct sock_row *row, bool owned);
/* --all-netns: the container or pod of the namespace's first process, NULL none. */
const struct cg_entry *run_netns_owner(struct run *r, const struct netns_entry *e);
/* run_pid.c: the 'pid' filter; 0, or the exit status after saying why */
int run_open_pids(struct run *r);
/* run_servers.c: the ports servers hold in the namespace, into r->en (the
 * Service column of a connection); 0 or -errno. */
int run_servers_scan(struct run *r);
/* The end of the run. */
void run_servers_close(struct run *r);
/* Rows are missing (a source gave up): exit status 1, and the writer's
 * status says so with msg (already said on stderr). */
static inline void run_mark_incomplete(struct run *r, const char *msg)
{
	struct writer_status *st = &r->status;

	r->pass.failed = true;
	st->incomplete = true;
	if (st->n_errors < WRITER_ERRORS_MAX)
		snprintf(st->errors[st->n_errors++], WRITER_ERROR_LEN, "%s", msg);
}
/* run_outfile.c: --output FILE. open: 0, or the exit status (said); close:
 * FILE replaced when ok, else the file dropped; 0, 1 (said) or -errno. */
int run_out_open(struct run *r);
int run_out_close(struct run *r, bool ok);
/* run_kernel.c: -s's counters, once (0, or 1 said); the ephemeral range,
 * each pass and namespace (0 or -errno; ff may be NULL); a namespace's
 * settings and --prometheus counters into ns. */
int run_kernel_counters(struct run *r);
int run_kernel_range(struct run *r, struct file_fail *ff);
void run_kernel_netns(struct run *r, struct writer_ns *ns);
/* run_services.c: --services; 0, or the exit status after saying why */
int run_load_services(const struct opts *o, run_say_fn say);

/* The source's notes, said (run_say.c): warnings always, progress with -v;
 * those that mean rows are missing mark the run incomplete. */
void run_on_note(const struct source_note *n, void *data);
/* "no source can answer for ...": the kinds, their modules, what an empty list means. */
void run_say_no_source(const struct run *r);

#endif
