/* SPDX-License-Identifier: MIT */
/* filter_int.h - what filter.c and filter_parse.c share: the filter object, node allocation and error reporting. */
#ifndef SOCKLS_FILTER_INT_H
#define SOCKLS_FILTER_INT_H

#include <stddef.h>
#include <stdint.h>

#include "sockls/filter.h"

/* Bounds that keep recursion and memory small whatever the input. */
#define FILTER_MAX_TOKENS 8192
#define FILTER_MAX_DEPTH 256
#define FILTER_MAX_LIST 8192

struct filter {
	uint32_t states;
	uint32_t unix_types;            /* 1u << SOCK_*; 0: every UNIX type */
	bool unix_paths;                /* src/dst words are UNIX paths (-x given) */
	bool names_unix;                /* some src/dst term is a UNIX name */
	const struct filter_node *root; /* NULL: true */
	struct filter_node **nodes;     /* every node, for filter_free */
	size_t n_nodes, cap_nodes;
	filter_pid_fn pid_fn;           /* 'pid' terms: does a pid hold an inode */
	void *pid_data;
};

/* Returns NULL only on allocation failure. */
struct filter_node *filter_node_new(struct filter *f, enum filter_node_kind kind);
/* AND/OR/NOT of existing nodes; NULL operands mean "true" and are folded away. */
const struct filter_node *filter_node_join(struct filter *f, enum filter_node_kind kind,
					   const struct filter_node *a, const struct filter_node *b,
					   int *rc);

__attribute__((format(printf, 3, 4)))
int filter_fail(struct filter_error *err, const char *token, const char *fmt, ...);

/* One port word: digits, or a service name; "*" gives -1 when allow_any. */
int filter_parse_port(const char *s, const char *shown, bool allow_any, int32_t *port,
		      struct filter_error *err);

/* Parses the expression words (state words first) into f->root and *states. */
int filter_parse_expr(struct filter *f, char *const *words, int n_words, uint32_t *states,
		      bool *saw_states, struct filter_error *err);

/* One pid word (1 to 2^22, the kernel's largest pid_max) as an FN_PID node. */
int filter_parse_pid(struct filter *f, const char *s, const struct filter_node **out,
		     struct filter_error *err);

/* A comma list of ports/ranges/services for one side, or either side. */
int filter_parse_port_list(struct filter *f, const char *list, bool src, bool dst,
			   const struct filter_node **out, struct filter_error *err);

#endif
