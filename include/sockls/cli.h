/* cli.h - argv to struct opts: pure, no printing, unit-tested. */
#ifndef SOCKLS_CLI_H
#define SOCKLS_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sockls/query.h"

enum out_mode { OUT_TABLE, OUT_JSON, OUT_NDJSON };

#define CLI_MAX_STATES 32
#define CLI_TOP_MAX 100000u

struct opts {
	uint32_t protos;      /* PROTO_BIT set; defaults applied by cli_parse */
	uint32_t families;    /* FAM_* bits */
	uint32_t ext;         /* EXT_* bits */
	uint32_t default_states;
	bool listening, all, numeric, no_header, verbose;
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
	const char *output_file;     /* --output, NULL for stdout */
};

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

/* The --help text, grouped; main prints it. */
extern const char cli_usage[];

#endif
