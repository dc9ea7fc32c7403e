/* SPDX-License-Identifier: MIT */
/* cli.h - argv to struct opts: pure, no printing, unit-tested. */
#ifndef SOCKLS_CLI_H
#define SOCKLS_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>

#include "sockls/query.h"

struct count_keys;

enum out_mode { OUT_TABLE, OUT_JSON, OUT_NDJSON };

#define CLI_MAX_STATES 32
#define CLI_TOP_MAX 100000u
#define CLI_MAX_PIDS 64
#define CLI_DOCTOR_THR_MAX 32

struct opts {
	uint32_t protos;      /* PROTO_BIT set; defaults applied by cli_parse */
	uint32_t families;    /* FAM_* bits */
	uint32_t ext;         /* EXT_* bits */
	uint32_t default_states;  /* -a or -l, the last one wins (as ss) */
	uint32_t unix_types;  /* CLI_UNIX_* bits from -A unix_stream...; 0: every type */
	bool listening, all, no_header, verbose, wide;
	bool summary, ephemeral, list_services, all_netns;
	enum out_mode out;
	enum src_mode source;
	const char *proc_root;       /* never NULL after cli_parse */
	const char *states[CLI_MAX_STATES];
	size_t n_states;
	const char *sport, *dport, *port;
	char *const *expr;           /* trailing filter expression words */
	int n_expr;
	const char *services_file;
	const char *unit, *container, *pod; /* --unit, --container, --pod; NULL if absent */
	const char *netns;
	int netns_pid;
	size_t rcvbuf;
	unsigned int top_n;          /* --top (top_set), else the default */
	bool top_set, prometheus;
	unsigned int json_version;   /* --json-version: the JSON schema; 0: the newest */
	const char *output_file;     /* --output, NULL for stdout */
	const char *kind_opt, *kind_arg; /* the last option naming a non-IP kind (-x, -A, -f) */
	const char *fam_opt;             /* the last -4, -6 or -f inet/inet6 */
	unsigned int watch_ms;       /* --watch interval; 0 = no --watch */
	bool events, kill;           /* -E, -K */
	int32_t pids[CLI_MAX_PIDS];  /* --pid, in the order given */
	size_t n_pids;
	const char *count_by;        /* --count-by KEY[,KEY...]; parsed by the count mode */
	/* set by the count mode (src/cmd/count.c) on its copy, never by cli_parse: */
	const struct count_keys *count; /* the parsed keys: the count writers */
	const char *count_netns;     /* the tag of the namespace listed without --all-netns */
	bool owners;                 /* read the owners without showing them (process) */
	bool cgroups;                /* read the cgroups without showing them (unit, ...) */
	bool doctor;                 /* --doctor */
	unsigned int interval_ms;    /* --interval (--doctor's sample); 0 = the default, 1 s */
	int fail_on;                 /* --fail-on: 0 info, 1 warning (default), 2 critical, 3 none */
	const char *doctor_thr[CLI_DOCTOR_THR_MAX]; /* --doctor-threshold NAME=VALUE, as typed */
	size_t n_doctor_thr;
	bool dry_run;                /* -K --dry-run: list, destroy nothing */
};

/* Bits of opts.unix_types (and filter_spec.unix_types): 1 << the socket type,
 * as ss -A unix_stream, unix_dgram, unix_seqpacket. */
#define CLI_UNIX_STREAM (1u << SOCK_STREAM)
#define CLI_UNIX_DGRAM (1u << SOCK_DGRAM)
#define CLI_UNIX_SEQPACKET (1u << SOCK_SEQPACKET)
#define CLI_UNIX_ALL (CLI_UNIX_STREAM | CLI_UNIX_DGRAM | CLI_UNIX_SEQPACKET)

enum cli_result {
	CLI_RUN = 0,
	CLI_HELP = 1,
	CLI_VERSION = 2,
};

struct cli_error {
	char msg[200];
};

/* Returns a cli_result, or -EINVAL with err->msg a one-line reason naming the bad token. */
int cli_parse(int argc, char **argv, struct opts *o, struct cli_error *err);

/* cli_doctor.c: --doctor's option values (--doctor-threshold is kept as
 * typed, its names are checked by the mode) and their combination. 0 or
 * -EINVAL with err->msg naming the word. */
int cli_doctor_threshold(const char *arg, struct opts *o, struct cli_error *err);
int cli_doctor_fail_on(const char *arg, struct opts *o, struct cli_error *err);
int cli_doctor_check(const struct opts *o, struct cli_error *err);

/* cli_count.c: --pid's list of process ids, --top N; what --count-by
 * combines with. 0 or -EINVAL with err->msg naming the word. */
int cli_pids(const char *arg, struct opts *o, struct cli_error *err);
int cli_top(const char *arg, struct opts *o, struct cli_error *err);
int cli_json_version(const char *arg, struct opts *o, struct cli_error *err);
int cli_count_check(const struct opts *o, struct cli_error *err);

/* The --help text, grouped; main prints it. */
extern const char cli_usage[];

#endif
