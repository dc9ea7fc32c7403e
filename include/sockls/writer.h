/* SPDX-License-Identifier: MIT */
/* writer.h - the output interface: every output (table, JSON, NDJSON, summary,
 * ephemeral report, ...) is one writer_ops entry; main picks one by name. */
#ifndef SOCKLS_WRITER_H
#define SOCKLS_WRITER_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "sockls/row.h"

struct eph_range;
struct eph_settings;
struct kstat;
struct summary;
struct count_keys;

/* One namespace's facts, given to writer_netns() before its rows: once for a
 * plain run (tag NULL), and before each namespace with --all-netns. */
struct cg_entry;

struct writer_ns {
	const char *tag;                   /* the --all-netns tag, else NULL */
	const struct cg_entry *owner;      /* --all-netns: the container or pod holding the
					    * namespace (its first process's), NULL none */
	const struct eph_range *eph;       /* its ephemeral range, NULL when unknown */
	const struct eph_settings *set;    /* tcp_tw_reuse, tcp_timestamps */
	const struct kstat *kstat;         /* kernel counters, NULL when not read */
};

/* --all-netns: how many namespaces were read and how many could not be, and
 * why; complete when writer_end() is called. */
struct netns_tally {
	unsigned long read;
	unsigned long hidden;   /* held only by processes not ours to inspect (CAP_SYS_PTRACE) */
	unsigned long denied;   /* could not be entered (CAP_SYS_ADMIN) */
	unsigned long failed;   /* another error, the last one in err (-errno) */
	int err;
};

static inline unsigned long netns_unreadable(const struct netns_tally *t)
{
	return t->hidden + t->denied + t->failed;
}

/* How the run went, filled while it runs and read by writer_end(): a
 * source that gave up (rows are missing) and, for -K, what was destroyed. */
#define WRITER_ERRORS_MAX 8
#define WRITER_ERROR_LEN 256
struct writer_kill {
	bool dry_run;                 /* --dry-run: nothing was destroyed */
	unsigned long matched;        /* rows listed: destroyed, or would be */
	unsigned long destroyed;      /* the kernel agreed */
	unsigned long refused;        /* the kernel refused, or the kind cannot be destroyed */
	unsigned long listeners_kept; /* listening sockets left alone (not named) */
};

struct writer_status {
	bool incomplete;              /* a source gave up: rows are missing */
	unsigned int n_errors;        /* its reasons, the first WRITER_ERRORS_MAX kept */
	char errors[WRITER_ERRORS_MAX][WRITER_ERROR_LEN];
	const struct writer_kill *kill; /* -K, else NULL */
	int spill_err;                /* set by the table: its temporary file failed (-errno) */
};

/* What a writer may know besides the rows; fixed before writer_open(). */
struct writer_ctx {
	FILE *out;
	uint32_t ext;                 /* enum query_ext bits */
	bool header;                  /* table: column titles (not -H) */
	bool netns_column;            /* --all-netns: rows carry a namespace tag */
	const struct netns_tally *netns; /* --all-netns: filled as namespaces are read, else NULL */
	bool no_netid, no_state;      /* table: ss's rules drop Netid (one kind) and State (one state) */
	const char *source;           /* "netlink", "proc" or "mixed" (JSON head) */
	const struct eph_range *eph;  /* this run's range, NULL when unknown */
	bool eph_in_head;             /* JSON head names the range (not with --all-netns) */
	const struct summary *kernel; /* -s: the kernel's counters (sockstat), or NULL */
	bool tcp_counted;             /* -s: only listening TCP sockets were dumped:
				       * summary_count_tcp() counts the rest */
	uint32_t protos;              /* PROTO_BIT: the kinds listed (a report's others are unknown) */
	unsigned int families;        /* FAM_INET/FAM_INET6 bits listed (-4/-6) */
	bool bound_unseen;            /* the source cannot see bind()-only TCP sockets */
	uint32_t states;              /* STATE_BIT()s the dump asked for */
	const uint32_t *answered;     /* PROTO_BIT()s a source answered for, read after a
				       * namespace's dump (NULL: unknown) */
	bool listen_cap_set;          /* --prometheus: --top N given: at most listen_cap */
	unsigned int listen_cap;      /* listener series (else 1000) */
	unsigned int top_n;           /* --ephemeral/--prometheus: destinations shown */
	double warn_pct;              /* --ephemeral: warning threshold */
	const struct count_keys *count; /* --count-by: the keys (the count writers) */
	const char *count_netns;      /* --count-by netns: the tag of rows without one */
	size_t count_top;             /* --count-by: groups shown (--top) */
	struct writer_status *status; /* read at end: incomplete, -K counts; the table notes spill_err */
	unsigned int json_version;    /* --json-version: the JSON writers' schema; 0: the newest */
};

struct writer_ops {
	const char *name;
	/* Allocates the state and writes any head. 0 or -errno. */
	int (*open)(const struct writer_ctx *ctx, void **state);
	/* Optional (NULL): a namespace starts (struct writer_ns). 0 or -errno. */
	int (*netns)(void *state, const struct writer_ns *ns);
	/* One filtered, enriched socket. 0 or -errno (-EPIPE: the reader left). */
	int (*row)(void *state, const struct sock_row *row);
	/* Writes what remains and flushes. 0 or -errno. */
	int (*end)(void *state);
	void (*free)(void *state);
};

struct writer {
	const struct writer_ops *ops;
	void *state;
};

/* The entry named name ("table", "json", "ndjson", "summary", "summary-json",
 * "ephemeral", "ephemeral-json", "prometheus"), or NULL. */
const struct writer_ops *writer_find(const char *name);

/* The entries (src/output/writer.c); each lives in its own file. */
extern const struct writer_ops table_writer, json_writer, ndjson_writer;
extern const struct writer_ops summary_writer, summary_json_writer;
extern const struct writer_ops eph_writer, eph_json_writer;
extern const struct writer_ops prom_writer;
extern const struct writer_ops count_writer, count_json_writer, count_prom_writer;

int writer_open(struct writer *w, const struct writer_ops *ops, const struct writer_ctx *ctx);
int writer_netns(struct writer *w, const struct writer_ns *ns);
int writer_row(struct writer *w, const struct sock_row *row);
int writer_end(struct writer *w);
void writer_free(struct writer *w);

#endif
