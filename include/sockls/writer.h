/* SPDX-License-Identifier: MIT */
/* writer.h - the output interface: every output (listing, summary, ephemeral
 * report, --count-by, watch diffs, events, -K's results, --doctor's report)
 * is written by one entry of the writer table, picked by the format and the
 * record type. */
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
struct doc_report;
struct eph_view_cfg;
struct eph_watch;
struct snap;
struct view_cfg;
struct watch_event;

/* What a mode writes: each entry of the writer table declares the types it
 * writes, and a mode asks for one (a format without it is refused). */
enum writer_rec {
	WREC_ROWS,       /* a listing's rows */
	WREC_KILL,       /* -K: the rows destroyed, and the counts (JSON "kill") */
	WREC_SUMMARY,    /* -s */
	WREC_EPHEMERAL,  /* --ephemeral's report */
	WREC_COUNT,      /* --count-by's groups */
	WREC_DIFF,       /* --watch: each refresh's sockets and changes */
	WREC_EPH_WATCH,  /* --ephemeral --watch: the report per refresh */
	WREC_EVENT,      /* -E: closed sockets and events lost */
	WREC_DOCTOR,     /* --doctor: the report of two samples, once */
	WREC_SERVICES,   /* --list-services: the service names, one by one */
	WREC_MAX
};
#define WREC_BIT(r) (1u << (r))

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
	bool top_set;                 /* --top given (else top_n is a default) */
	double warn_pct;              /* --ephemeral: warning threshold */
	const struct count_keys *count; /* --count-by: the keys (the count writers) */
	const char *count_netns;      /* --count-by netns: the tag of rows without one */
	size_t count_top;             /* --count-by: groups shown (--top) */
	struct writer_status *status; /* read at end: incomplete, -K counts; the table notes spill_err */
	unsigned int json_version;    /* --json-version: the JSON writers' schema; 0: the newest */
};

/* --watch: one refresh, the sockets of the last two dumps. */
struct writer_diff {
	const struct snap *snap;
	uint64_t gen;                 /* the refresh's generation (the first is 0) */
	double time;                  /* its wall clock */
	const struct view_cfg *view;  /* the live view: size, sort, keys */
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
	/* Records besides rows, each optional (the entry's records say which):
	 * --watch's refresh, --ephemeral --watch's refresh, -E's close and lost
	 * events, a flush after a batch of them, and --doctor's report (then
	 * end()). 0 or -errno. */
	int (*diff)(void *state, const struct writer_diff *d);
	int (*eph_tick)(void *state, const struct eph_watch *w, const struct eph_view_cfg *cfg);
	int (*event)(void *state, const struct watch_event *ev);
	int (*lost)(void *state, uint64_t count, double time);
	int (*flush)(void *state);
	int (*doctor)(void *state, const struct doc_report *r);
	/* --list-services: one name of the table (an overlay's are a file's bytes). */
	int (*service)(void *state, const char *name);
};

/* One entry of the writer table: a format, the records it writes. */
struct writer_entry {
	const char *format;   /* "text", "json", "ndjson", "prometheus" */
	uint32_t records;     /* WREC_BIT()s */
	bool terminal;        /* draws a live view when stdout is a terminal */
	const struct writer_ops *ops;
};

struct writer {
	const struct writer_ops *ops;
	void *state;
};

/* The format of the options: "prometheus", "json", "ndjson" or "text". */
struct opts;
const char *writer_format(const struct opts *o);
/* The entry of format for records rec in the writer table, or NULL. */
const struct writer_entry *writer_pick(const char *format, enum writer_rec rec);
/* The same in the table tab of n entries (a test's table). */
const struct writer_entry *writer_pick_in(const struct writer_entry *tab, size_t n,
					  const char *format, enum writer_rec rec);
/* Why format cannot write rec, and what it writes, from the table: the one
 * message of an unsupported combination. */
void writer_refusal(const struct writer_entry *tab, size_t n, const char *format,
		    enum writer_rec rec, char *buf, size_t len);
/* The table itself: writer_table, writer_table_len entries. */
extern const struct writer_entry writer_table[];
extern const size_t writer_table_len;

/* The entries (src/output/writer.c); each lives in its own file. */
extern const struct writer_ops table_writer, json_writer, ndjson_writer;
extern const struct writer_ops summary_writer, summary_json_writer;
extern const struct writer_ops eph_writer, eph_json_writer;
extern const struct writer_ops prom_writer;
extern const struct writer_ops count_writer, count_json_writer, count_prom_writer;
extern const struct writer_ops view_writer, diff_json_writer;          /* --watch */
extern const struct writer_ops eph_view_writer, eph_watch_json_writer; /* --ephemeral --watch */
extern const struct writer_ops event_text_writer, event_json_writer;   /* -E */
extern const struct writer_ops doctor_writer, doctor_json_writer, doctor_prom_writer;
extern const struct writer_ops services_writer;                       /* --list-services */

int writer_open(struct writer *w, const struct writer_ops *ops, const struct writer_ctx *ctx);
int writer_netns(struct writer *w, const struct writer_ns *ns);
int writer_row(struct writer *w, const struct sock_row *row);
/* --doctor's report (WREC_DOCTOR), before writer_end(). 0 or -errno. */
int writer_doctor(struct writer *w, const struct doc_report *r);
/* --list-services' names (WREC_SERVICES), one call each. 0 or -errno. */
int writer_service(struct writer *w, const char *name);
int writer_end(struct writer *w);
void writer_free(struct writer *w);

#endif
