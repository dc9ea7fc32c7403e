/* SPDX-License-Identifier: MIT */
/* filter.c - builds the filter (states, short port options, expression) and
 * matches records against it; the terms live in filter_terms.c. */
#include <ctype.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>

#include "filter_int.h"
#include "sockls/num.h"
#include "sockls/proto.h"
#include "sockls/services.h"

static int parse_state_list(const char *list, uint32_t *bits, struct filter_error *err)
{
	*bits = 0;
	for (const char *p = list;; p++) {
		const char *end = strchr(p, ',');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		char name[64];
		uint32_t b;

		if (len == 0)
			return filter_fail(err, list, "empty state name in '%s'", list);
		if (len >= sizeof(name))
			return filter_fail(err, list, "unknown state '%.40s'", list);
		memcpy(name, p, len);
		name[len] = '\0';
		if ((b = filter_state_bits(name)) == 0)
			return filter_fail(err, name, "unknown state '%s'", name);
		*bits |= b;
		if (!end)
			return 0;
		p = end;
	}
}

static int build_short_opts(struct filter *f, const struct filter_spec *spec,
			    const struct filter_node **out, struct filter_error *err)
{
	const char *lists[3] = { spec->sport, spec->dport, spec->port };
	const struct filter_node *acc = NULL;
	int rc = 0;

	for (int i = 0; i < 3; i++) {
		const struct filter_node *n = NULL;
		if (!lists[i])
			continue;
		if ((rc = filter_parse_port_list(f, lists[i], i != 1, i != 0, &n, err)) != 0)
			return rc;
		acc = filter_node_join(f, FN_AND, acc, n, &rc);
		if (rc)
			return rc;
	}
	*out = acc;
	return 0;
}

/* --pid P,Q: (pid = P or pid = Q) */
static int build_pids(struct filter *f, const struct filter_spec *spec,
		      const struct filter_node **out, struct filter_error *err)
{
	const struct filter_node *acc = NULL, *n;
	char word[16];
	int rc = 0;

	for (size_t i = 0; i < spec->n_pids && rc == 0; i++) {
		snprintf(word, sizeof(word), "%d", (int)spec->pids[i]);
		if ((rc = filter_parse_pid(f, word, &n, err)) == 0)
			acc = acc ? filter_node_join(f, FN_OR, acc, n, &rc) : n;
	}
	*out = acc;
	return rc;
}

static int build(struct filter *f, const struct filter_spec *spec, struct filter_error *err)
{
	uint32_t states = 0;
	bool saw = false;
	const struct filter_node *opts = NULL;
	int rc;

	f->unix_types = spec->unix_types;
	f->unix_paths = spec->unix_paths;
	for (size_t i = 0; i < spec->n_states; i++) {
		uint32_t bits;
		if ((rc = parse_state_list(spec->states[i] ? spec->states[i] : "", &bits, err)) != 0)
			return rc;
		states = (saw ? states : 0) | bits;
		saw = true;
	}
	if ((rc = filter_parse_expr(f, spec->expr, spec->n_expr, &states, &saw, err)) != 0)
		return rc;
	f->states = saw ? states : spec->default_states;
	if ((rc = build_short_opts(f, spec, &opts, err)) != 0)
		return rc;
	rc = 0;
	f->root = filter_node_join(f, FN_AND, f->root, opts, &rc);
	if (rc || (rc = build_pids(f, spec, &opts, err)) != 0)
		return rc;
	f->root = filter_node_join(f, FN_AND, f->root, opts, &rc);
	return rc;
}

int filter_build(const struct filter_spec *spec, struct filter **out, struct filter_error *err)
{
	struct filter *f = calloc(1, sizeof(*f));
	int rc;

	*out = NULL;
	if (err)
		memset(err, 0, sizeof(*err));
	if (!f)
		return -ENOMEM;
	rc = build(f, spec, err);
	if (rc == -ENOMEM)
		filter_fail(err, "", "out of memory");
	if (rc) {
		filter_free(f);
		return rc;
	}
	*out = f;
	return 0;
}

void filter_free(struct filter *f)
{
	if (!f)
		return;
	for (size_t i = 0; i < f->n_nodes; i++) {
		free(f->nodes[i]->path);
		free(f->nodes[i]);
	}
	free(f->nodes);
	free(f);
}

uint32_t filter_states(const struct filter *f)
{
	return f->states;
}

const struct filter_node *filter_root(const struct filter *f)
{
	return f->root;
}

static bool prefix_match(const uint8_t *a, const uint8_t *b, unsigned int bits)
{
	unsigned int bytes = bits / 8, rest = bits % 8;

	if (memcmp(a, b, bytes) != 0)
		return false;
	if (rest == 0)
		return true;
	uint8_t mask = (uint8_t)(0xff00u >> rest);
	return ((a[bytes] ^ b[bytes]) & mask) == 0;
}

/* The kernel's hostcond rule (inet_diag_bc_run): an IPv4 condition also
 * matches an IPv6 socket whose address is v4-mapped. */
static bool host_match(const struct filter_node *n, const struct sock_rec *rec)
{
	const struct sock_endpoint *ep = n->side == FSIDE_SRC ? &rec->local : &rec->remote;

	if (n->port != -1 && n->port != ep->port)
		return false;
	if (n->family == AF_UNSPEC)
		return true;
	if (n->family != rec->family)
		return rec->family == AF_INET6 && n->family == AF_INET && sock_is_v4mapped(ep->addr) &&
		       prefix_match(ep->addr + 12, n->addr, n->prefix_len);
	return prefix_match(ep->addr, n->addr, n->prefix_len);
}

/* ss's rule: the bound name with every NUL as '@' ("" when unnamed), matched
 * case-folded; the peer's name is not known from a record: "". */
static bool path_match(const struct filter_node *n, const struct sock_rec *rec)
{
	char name[SOCK_UNIX_PATH_MAX + 2];
	size_t len = 0;

	if (proto_draw(rec->proto) != PROTO_DRAW_PATH)
		return false;
	if (n->side == FSIDE_SRC) {
		len = rec->path_len < sizeof(name) - 1 ? rec->path_len : sizeof(name) - 1;
		memcpy(name, rec->path, len);
		if (len && name[0] == '\0')
			for (size_t i = 0; i < len; i++)
				if (name[i] == '\0')
					name[i] = '@';
	}
	name[len] = '\0';
	return fnmatch(n->path, name, FNM_CASEFOLD) == 0;
}

static bool node_match(const struct filter *f, const struct filter_node *n,
		       const struct sock_rec *rec)
{
	const struct sock_endpoint *ep;

	switch (n->kind) {
	case FN_TRUE:
		return true;
	case FN_HOST:
		return host_match(n, rec);
	case FN_PORT:
		ep = n->side == FSIDE_SRC ? &rec->local : &rec->remote;
		return n->cmp == FCMP_GE ? ep->port >= n->port : ep->port <= n->port;
	case FN_CGROUP:
		return (rec->have & HAVE_CGROUP) && rec->cgroup_id == n->cgroup_id;
	case FN_AND:
		return node_match(f, n->a, rec) && node_match(f, n->b, rec);
	case FN_OR:
		return node_match(f, n->a, rec) || node_match(f, n->b, rec);
	case FN_NOT:
		return !node_match(f, n->a, rec);
	case FN_PATH:
		return path_match(n, rec);
	case FN_PID:
		return f && f->pid_fn && (rec->have & HAVE_INODE) && rec->inode &&
		       f->pid_fn(rec->inode, n->pid, f->pid_data);
	default:
		return false;
	}
}

bool filter_node_match(const struct filter_node *n, const struct sock_rec *rec)
{
	return node_match(NULL, n, rec);
}

static bool node_uses_cgroup(const struct filter_node *n)
{
	if (!n)
		return false;
	if (n->kind == FN_CGROUP)
		return true;
	if (n->kind == FN_AND || n->kind == FN_OR)
		return node_uses_cgroup(n->a) || node_uses_cgroup(n->b);
	return n->kind == FN_NOT && node_uses_cgroup(n->a);
}

bool filter_names_unix(const struct filter *f)
{
	return f && f->names_unix;
}

bool filter_uses_cgroup(const struct filter *f)
{
	return f && node_uses_cgroup(f->root);
}

/* Every pid of the 'pid' terms below n, each once, ascending; out has room
 * for every node of the filter. Returns how many out holds. */
static size_t node_pids(const struct filter_node *n, int32_t *out, size_t k)
{
	size_t i;

	if (!n)
		return k;
	if (n->kind == FN_AND || n->kind == FN_OR || n->kind == FN_NOT)
		return node_pids(n->b, out, node_pids(n->a, out, k));
	if (n->kind != FN_PID)
		return k;
	for (i = 0; i < k && out[i] < n->pid; i++)
		;
	if (i < k && out[i] == n->pid)
		return k;
	memmove(out + i + 1, out + i, (k - i) * sizeof(*out));
	out[i] = n->pid;
	return k + 1;
}

int filter_pids(const struct filter *f, int32_t **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	if (!f || !f->n_nodes)
		return 0;
	if (!(*out = calloc(f->n_nodes, sizeof(**out))))
		return -ENOMEM;
	*n = node_pids(f->root, *out, 0);
	return 0;
}

static bool node_uses_pid(const struct filter_node *n)
{
	if (!n)
		return false;
	if (n->kind == FN_AND || n->kind == FN_OR || n->kind == FN_NOT)
		return node_uses_pid(n->a) || node_uses_pid(n->b);
	return n->kind == FN_PID;
}

bool filter_uses_pid(const struct filter *f)
{
	return f && node_uses_pid(f->root);
}

void filter_set_pid_lookup(struct filter *f, filter_pid_fn fn, void *data)
{
	f->pid_fn = fn;
	f->pid_data = data;
}

/* A port comparison that leaves out some port from 1 to 65535 (port 0 is
 * only the unconnected end). neg: the comparison is negated. */
static bool port_narrows(const struct filter_node *n, bool neg)
{
	bool ge = (n->cmp == FCMP_GE) != neg;
	int32_t bound = neg ? (n->cmp == FCMP_GE ? n->port - 1 : n->port + 1) : n->port;

	/* p >= b misses 1..b-1 when b >= 2; p <= b misses b+1..65535 when b < 65535;
	 * a bound out of range matches nothing, which destroys nothing */
	return ge ? bound >= 2 : bound < 65535;
}

/* Whether every way n can be true names an address prefix, a port or port
 * range, a cgroup, a UNIX name or a process: the negation-normal form of the tree, where
 * an 'or' narrows when both sides do and an 'and' when either does. A
 * negated name (not sport = :22, not src 10/8) matches nearly everything. */
static bool node_narrows(const struct filter_node *n, bool neg)
{
	switch (n->kind) {
	case FN_TRUE: return neg;
	case FN_FALSE: return !neg;
	case FN_HOST:
		if (n->port == -1 && (n->family == AF_UNSPEC || n->prefix_len == 0))
			return neg; /* any address, any port: true */
		return !neg;
	case FN_PORT: return port_narrows(n, neg);
	case FN_CGROUP:
	case FN_PATH:
	case FN_PID: return !neg;
	case FN_NOT: return node_narrows(n->a, !neg);
	case FN_AND:
	case FN_OR:
		if ((n->kind == FN_AND) != neg)
			return node_narrows(n->a, neg) || node_narrows(n->b, neg);
		return node_narrows(n->a, neg) && node_narrows(n->b, neg);
	default: return false;
	}
}

bool filter_narrows(const struct filter *f)
{
	return f && f->root && node_narrows(f->root, false);
}

bool filter_match(const struct filter *f, const struct sock_rec *rec)
{
	unsigned int st = rec->state == ST_NEW_SYN_RECV ? ST_SYN_RECV : rec->state;

	if (st >= 32 || !(f->states & STATE_BIT(st)))
		return false;
	if (f->unix_types && rec->unix_type < 32 && proto_draw(rec->proto) == PROTO_DRAW_PATH &&
	    !(f->unix_types & (1u << rec->unix_type)))
		return false;
	return !f->root || node_match(f, f->root, rec);
}
