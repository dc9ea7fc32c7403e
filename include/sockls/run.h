/* SPDX-License-Identifier: MIT */
/* run.h - one listing run: options -> query -> source -> filter -> enrich -> writer. */
#ifndef SOCKLS_RUN_H
#define SOCKLS_RUN_H

#include "sockls/cli.h"
#include "sockls/row.h"
#include "sockls/writer.h"

/* How the run speaks: main's diagnostic printer (one line, "sockls: " added).
 * Every word a run says goes through it; run.c never prints itself. */
typedef void (*run_say_fn)(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Lists sockets as o asks. Returns the exit status: 0, 1 (runtime) or 2 (usage). */
int run_listing(const struct opts *o, run_say_fn say);

/* What --watch, -E and -K do with each filtered, enriched row: row() returns
 * 1 to pass the row on to the writer (only with writer set), 0 to go on, or
 * a negative errno to stop the dump (-ECANCELED: the hook has said why, the
 * run ends with status 1 and no further words). */
typedef int (*run_row_fn)(const struct sock_row *row, void *data);
struct writer_ns;
struct writer_kill;

struct run_hooks {
	run_row_fn row;
	/* Optional: before a namespace's rows, what a writer's netns() gets
	 * (its range and settings). 0, or a negative errno to stop. */
	int (*netns)(const struct writer_ns *ns, void *data);
	void *data;
	bool writer;  /* open the writer of the options; without it nothing is written */
	const struct writer_kill *kill; /* -K: its counts, for the writer's end (JSON "kill") */
	/* Without a writer: rows as the filter saw them (the record, owners,
	 * cgroup), the rest only through run_row_rest(); and the hook keeps the
	 * first of a socket handed out twice itself, so the source does not
	 * (--watch: its snapshot table is keyed by cookie). */
	bool lean;
};

/* One pass of the pipeline with rows going through hooks (NULL: run_listing).
 * Returns the exit status like run_listing. */
int run_pipeline(const struct opts *o, run_say_fn say, const struct run_hooks *hooks);

/* The pipeline built once and run many times (--watch, -E's poll,
 * --ephemeral --watch): open enters the namespace of -N and builds the
 * filter, the query and the services; each pass opens the source the first
 * time (then keeps it and its netlink socket), re-reads what changes (owners,
 * cgroups, the range) and dumps; close frees it all. open and pass return
 * exit statuses; after a failed open *r is NULL. */
struct run;
int run_open(struct run **r, const struct opts *o, run_say_fn say, const struct run_hooks *hooks);
int run_pass(struct run *r);
void run_close(struct run *r);
/* The rest of a lean row's enrichment (ports, services, interface names),
 * as a row of the run's writer has it: from within the row hook. */
void run_row_rest(const struct run *r, struct sock_row *row);

/* The one write-error path: the exit status of a failed write of output
 * (err < 0). A closed pipe (the reader has quit, as with | head) is 0;
 * anything else is said as "cannot write output: ..." (-EBADF: standard
 * output is closed), then 1. */
int run_write_failed(int err, run_say_fn say);

/* Enters the namespace of -N or --netns-pid (nothing without them); the run
 * stays there. Idempotent. Returns an exit status (0, or 1 said). */
int run_enter_netns(const struct opts *o, run_say_fn say);

/* --watch, --ephemeral --watch, -E and -K (src/cmd/watch.c,
 * src/cmd/ephemeral_watch.c, src/cmd/events.c, src/cmd/kill.c). Exit statuses. */
int run_watch(const struct opts *o, run_say_fn say);
int run_eph_watch(const struct opts *o, run_say_fn say);
int run_events(const struct opts *o, run_say_fn say);
int run_kill(const struct opts *o, run_say_fn say);

/* What a mode writes (enum writer_rec); a listing's: rows, -s,
 * --ephemeral or --count-by. */
int run_record(const struct opts *o);
int run_listing_record(const struct opts *o);
/* Whether the writer table has a writer of the options' format for the
 * mode's record: 0, or 2 after its one message. Before any mode runs. */
int run_check_output(const struct opts *o, run_say_fn say);
/* --watch: the entry that writes refreshes in the options' format, or NULL
 * (then a listing per refresh). */
const struct writer_entry *run_watch_entry(const struct opts *o);
/* The writer of the options' format for rec, on stdout: 0, or an exit status (said). */
int run_stream_open(const struct opts *o, enum writer_rec rec, run_say_fn say, struct writer *w);

/* --count-by (src/cmd/count.c): counts instead of rows. Exit status. */
int run_count(const struct opts *o, run_say_fn say);
/* --doctor (src/cmd/doctor.c): two samples, the findings; 0, 1, 2, or 3
 * when a finding is at or above --fail-on. */
int run_doctor(const struct opts *o, run_say_fn say);

/* --list-services: every name the built-in table and the overlay know. */
int run_list_services(const struct opts *o, run_say_fn say);

#endif
