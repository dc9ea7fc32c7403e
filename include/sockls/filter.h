/* SPDX-License-Identifier: MIT */
/* filter.h - the ss-style filter language: one parser, one AST, and the user-space match that is the ground truth. */
#ifndef SOCKLS_FILTER_H
#define SOCKLS_FILTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sockls/sock.h"

struct filter; /* opaque */

struct filter_spec {
	const char *const *states; size_t n_states; /* --state values, each may be a comma list, repeatable */
	const char *sport, *dport, *port;           /* number, range 1000-2000, comma list or service name; NULL if absent */
	char *const *expr; int n_expr;              /* trailing ss-style expression words (argv tail), may be 0 */
	uint32_t default_states;                    /* STATE_BIT set used when neither --state nor state/exclude appears */
	uint32_t unix_types;                        /* 1u << SOCK_STREAM etc.: the UNIX types listed; 0 = all */
	bool unix_paths;                            /* -x was given: every src/dst word is a UNIX name (ss -x) */
	const int32_t *pids; size_t n_pids;         /* --pid: the socket has an owner among them */
};

/* msg is one line naming the bad token, e.g. "invalid port '70000' (0-65535)". */
struct filter_error {
	char token[64];
	char msg[512];
};

/* Grammar of the expression (after optional leading "state X" / "exclude X" words):
 *
 *   expr    := and ( ("or" | "||" | "|") and )*
 *   and     := unary ( [ "and" | "&&" | "&" ] unary )*      juxtaposition is "and"
 *   unary   := ("not" | "!") unary | "(" expr ")" | pred
 *   pred    := ("src" | "dst") [ "=" | "==" | "eq" | "!=" | "ne" | "neq" ] (HOST | UPATH)
 *            | ("sport" | "dport") [ OP ] [":"]PORT
 *            | "cgroup" PATH     the socket's cgroup2 directory, exactly (not below)
 *            | "pid" [ "=" | "==" | "eq" | "!=" | "ne" | "neq" ] PID
 *                                a process holding the socket (an fd in /proc/PID/fd);
 *                                user space only, through filter_set_pid_lookup()
 *   HOST    := ADDR[/LEN][:PORT] | [V6ADDR[/LEN]][/LEN][:PORT] | *[:PORT] | :PORT | V6ADDR[/LEN]
 *   OP      := = == eq != ne neq < lt > gt <= le leq >= ge geq
 *   PORT    := 0-65535 | service name | "*" (only with = and !=)
 *   UPATH   := "/"... | "@"... | "unix:"GLOB | GLOB when only UNIX is listed: a UNIX name
 *              glob (fnmatch, case-folded as ss); dst is the peer's name, which
 *              sockls does not know (""), as ss over netlink
 *
 * Precedence is the conventional one: not > and > or. NOTE: ss itself
 * evaluates and/or strictly left to right ("a or b and c" is "(a or b) and c"
 * in ss); use parentheses when a filter must mean the same in both tools.
 * Addresses are numeric only (no DNS). An IPv4 ADDR also matches the
 * v4-mapped address of an IPv6 socket; an IPv6 ADDR (even ::ffff:a.b.c.d)
 * matches only IPv6 sockets - the kernel's rule.
 *
 * State words follow ss: the first "state" starts from the empty set, the
 * first "exclude" (before any "state") from STATES_ALL; --state values act as
 * leading "state" words. With none of them, default_states applies. */
int filter_build(const struct filter_spec *spec, struct filter **out, struct filter_error *err);
void filter_free(struct filter *f);

/* Final state set to send to the kernel (idiag_states). */
uint32_t filter_states(const struct filter *f);

/* states AND expression AND short options. ST_NEW_SYN_RECV counts as SYN_RECV. */
bool filter_match(const struct filter *f, const struct sock_rec *rec);

/* Whether the expression has a 'cgroup PATH' term (the caller may then give
 * filter_match a record whose cgroup id it learned elsewhere). */
bool filter_uses_cgroup(const struct filter *f);
/* Whether a src/dst term names a UNIX socket: then, as in ss, only UNIX
 * sockets are listed, whatever else the expression says. */
bool filter_names_unix(const struct filter *f);

/* Whether the expression or --pid has a 'pid' term; and its pids, each once,
 * ascending, in a new array *out (free() it; NULL when none). 0 or -ENOMEM. */
bool filter_uses_pid(const struct filter *f);
int filter_pids(const struct filter *f, int32_t **out, size_t *n);

/* How a 'pid' term learns whether process pid holds the socket of inode
 * (inode 0 never matches). Without a lookup no socket matches 'pid = N'. */
typedef bool (*filter_pid_fn)(uint64_t inode, int32_t pid, void *data);
void filter_set_pid_lookup(struct filter *f, filter_pid_fn fn, void *data);
/* Whether the expression and short port options narrow the sockets by
 * something besides their state: every alternative ('or' branch, after
 * pushing 'not' down) names an address prefix, a port or a port range that
 * leaves some port of 1-65535 out, a cgroup, a UNIX name or a process. A negated name
 * does not count. -K destroys only with such a filter (or an owner option). */
bool filter_narrows(const struct filter *f);

/* Parses one state name or group (case-insensitive; classic, ss and sockls
 * spellings) into a STATE_BIT set; 0 for an unknown name. */
uint32_t filter_state_bits(const char *name);

/* The AST, read by the bytecode compiler. */
enum filter_node_kind {
	FN_TRUE,
	FN_FALSE,
	FN_HOST,  /* address prefix and/or port equality on one side */
	FN_PORT,  /* port >= or <= a value on one side */
	FN_AND,
	FN_OR,
	FN_NOT,
	FN_CGROUP, /* the socket's cgroup2 id equals cgroup_id (unknown: no match) */
	FN_PATH,  /* UNIX name glob on one side (fnmatch, as ss); never an IP socket */
	FN_PID,   /* a process with pid 'pid' holds the socket: user space only, the
		   * bytecode cannot say (compiled as "maybe") */
};

enum filter_side { FSIDE_SRC, FSIDE_DST };
enum filter_cmp { FCMP_GE, FCMP_LE };

struct filter_node {
	uint8_t kind;       /* enum filter_node_kind */
	uint8_t side;       /* enum filter_side */
	uint8_t cmp;        /* FN_PORT: enum filter_cmp */
	uint8_t family;     /* FN_HOST: AF_UNSPEC (any address), AF_INET or AF_INET6 */
	uint8_t prefix_len; /* FN_HOST: bits compared, 0 = any address of that family */
	int32_t port;       /* FN_HOST: -1 = any; FN_PORT: 0-65535 */
	uint8_t addr[16];   /* FN_HOST: network order */
	const struct filter_node *a, *b; /* FN_AND/FN_OR: a, b; FN_NOT: a */
	uint64_t cgroup_id; /* FN_CGROUP */
	char *path;         /* FN_PATH: the pattern, abstract names as "@name"; owned */
	int32_t pid;        /* FN_PID */
};

/* The expression and short options as one tree; NULL means "true". */
const struct filter_node *filter_root(const struct filter *f);

/* Evaluates one node on a record, without the state check ('pid' terms
 * never match here: they need the filter's lookup). */
bool filter_node_match(const struct filter_node *n, const struct sock_rec *rec);

#endif
