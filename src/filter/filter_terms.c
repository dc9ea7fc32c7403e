/* SPDX-License-Identifier: MIT */
/* filter_terms.c - the terms both parsers build from: state names, ports,
 * port lists, AST nodes and the error text. filter_parse.c and filter.c use
 * it; it uses neither (no cycle). */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>

#include "filter_int.h"
#include "sockls/num.h"
#include "sockls/services.h"

/* ss's state name "connected" is every state but LISTEN and CLOSE: more
 * than its default listing (STATES_CONNECTED), which leaves out TIME_WAIT
 * and SYN_RECV too. */
#define NAMED_CONNECTED (STATES_CONNECTED | STATE_BIT(ST_TIME_WAIT) | STATE_BIT(ST_SYN_RECV))

/* Names are compared lower-cased with '-' and '_' dropped, so "TIME_WAIT",
 * "time-wait" and "Time_Wait" are one name. */
static const struct {
	const char *name;
	uint32_t bits;
} state_names[] = {
	{ "established", STATE_BIT(ST_ESTABLISHED) },
	{ "estab", STATE_BIT(ST_ESTABLISHED) },
	{ "synsent", STATE_BIT(ST_SYN_SENT) },
	{ "synrecv", STATE_BIT(ST_SYN_RECV) },
	{ "synrcv", STATE_BIT(ST_SYN_RECV) },
	{ "finwait1", STATE_BIT(ST_FIN_WAIT1) },
	{ "finwait2", STATE_BIT(ST_FIN_WAIT2) },
	{ "timewait", STATE_BIT(ST_TIME_WAIT) },
	{ "close", STATE_BIT(ST_CLOSE) },
	{ "closed", STATE_BIT(ST_CLOSE) },
	{ "unconn", STATE_BIT(ST_CLOSE) },
	{ "unconnected", STATE_BIT(ST_CLOSE) },
	{ "closewait", STATE_BIT(ST_CLOSE_WAIT) },
	{ "lastack", STATE_BIT(ST_LAST_ACK) },
	{ "listen", STATE_BIT(ST_LISTEN) },
	{ "listening", STATE_BIT(ST_LISTEN) },
	{ "closing", STATE_BIT(ST_CLOSING) },
	{ "unknown", STATE_BIT(ST_UNKNOWN) },
	{ "boundinactive", STATE_BIT(ST_BOUND_INACTIVE) },
	/* ss's groups (misc/ss.c scan_state) */
	{ "all", STATES_ALL },
	{ "connected", NAMED_CONNECTED },
	{ "synchronized", NAMED_CONNECTED & ~STATE_BIT(ST_SYN_SENT) },
	{ "bucket", STATE_BIT(ST_SYN_RECV) | STATE_BIT(ST_TIME_WAIT) },
	{ "big", STATES_ALL & ~(STATE_BIT(ST_SYN_RECV) | STATE_BIT(ST_TIME_WAIT)) },
};

uint32_t filter_state_bits(const char *name)
{
	char norm[32];
	size_t n = 0;

	for (const char *p = name; *p; p++) {
		if (*p == '-' || *p == '_')
			continue;
		if (n + 1 >= sizeof(norm))
			return 0;
		norm[n++] = (char)tolower((unsigned char)*p);
	}
	norm[n] = '\0';
	for (size_t i = 0; i < sizeof(state_names) / sizeof(state_names[0]); i++)
		if (strcmp(norm, state_names[i].name) == 0)
			return state_names[i].bits;
	return 0;
}

int filter_fail(struct filter_error *err, const char *token, const char *fmt, ...)
{
	if (err) {
		va_list ap;
		snprintf(err->token, sizeof(err->token), "%s", token ? token : "");
		va_start(ap, fmt);
		vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
		va_end(ap);
	}
	return -EINVAL;
}

struct filter_node *filter_node_new(struct filter *f, enum filter_node_kind kind)
{
	if (f->n_nodes == f->cap_nodes) {
		size_t cap = f->cap_nodes ? f->cap_nodes * 2 : 16;
		/* an array of pointers: sizeof(*nn) is meant */
		struct filter_node **nn = realloc(f->nodes, cap * sizeof(*nn)); // NOLINT(bugprone-sizeof-expression)
		if (!nn)
			return NULL;
		f->nodes = nn;
		f->cap_nodes = cap;
	}
	struct filter_node *n = calloc(1, sizeof(*n));
	if (!n)
		return NULL;
	n->kind = (uint8_t)kind;
	n->port = -1;
	f->nodes[f->n_nodes++] = n;
	return n;
}

const struct filter_node *filter_node_join(struct filter *f, enum filter_node_kind kind,
					   const struct filter_node *a, const struct filter_node *b,
					   int *rc)
{
	if (kind == FN_AND && (!a || !b))
		return a ? a : b;
	if (kind == FN_OR && (!a || !b))
		return NULL;
	struct filter_node *n = filter_node_new(f, kind);
	if (!n) {
		*rc = -ENOMEM;
		return NULL;
	}
	if (kind == FN_NOT && !a) {
		n->kind = FN_FALSE;
		return n;
	}
	n->a = a;
	n->b = b;
	return n;
}

static int parse_u16_digits(const char *s, size_t len, int32_t *out)
{
	uint64_t v;
	int rc = num_parse(s, len, 10, 65535, &v);

	if (rc == 0)
		*out = (int32_t)v;
	return rc;
}

static bool all_digits(const char *s, size_t len)
{
	return len > 0 && num_digits(s, len, 10) == len;
}

int filter_parse_port(const char *s, const char *shown, bool allow_any, int32_t *port,
		      struct filter_error *err)
{
	size_t len = strlen(s);

	if (len == 0)
		return filter_fail(err, shown, "missing port in '%s'", shown);
	if (strcmp(s, "*") == 0) {
		if (!allow_any)
			return filter_fail(err, shown, "wildcard port '%s' needs = or !=", shown);
		*port = -1;
		return 0;
	}
	if (all_digits(s, len)) {
		if (parse_u16_digits(s, len, port) != 0)
			return filter_fail(err, shown, "invalid port '%s' (0-65535)", shown);
		return 0;
	}
	uint16_t p;
	if (svc_port(s, PROTO_MAX, &p) == 0) {
		*port = p;
		return 0;
	}
	if (isdigit((unsigned char)s[0]) || s[0] == '-' || s[0] == '+')
		return filter_fail(err, shown, "invalid port '%s' (0-65535)", shown);
	return filter_fail(err, shown, "unknown service '%s'", shown);
}

/* lo..hi on one side as a tree; the full range is "true" (NULL). */
static int range_node(struct filter *f, enum filter_side side, int32_t lo, int32_t hi,
		      const struct filter_node **out)
{
	struct filter_node *ge = NULL, *le = NULL;
	int rc = 0;

	if (lo == hi) {
		struct filter_node *n = filter_node_new(f, FN_HOST);
		if (!n)
			return -ENOMEM;
		n->side = (uint8_t)side;
		n->family = AF_UNSPEC;
		n->port = lo;
		*out = n;
		return 0;
	}
	if (lo > 0 && !(ge = filter_node_new(f, FN_PORT)))
		return -ENOMEM;
	if (hi < 65535 && !(le = filter_node_new(f, FN_PORT)))
		return -ENOMEM;
	if (ge) {
		ge->side = (uint8_t)side;
		ge->cmp = FCMP_GE;
		ge->port = lo;
	}
	if (le) {
		le->side = (uint8_t)side;
		le->cmp = FCMP_LE;
		le->port = hi;
	}
	*out = filter_node_join(f, FN_AND, ge, le, &rc);
	return rc;
}

/* One list element: "22", "1000-2000" or a service name. */
static int parse_list_item(const char *item, int32_t *lo, int32_t *hi, struct filter_error *err)
{
	const char *dash = strchr(item, '-');

	if (dash && dash != item && all_digits(item, (size_t)(dash - item)) &&
	    all_digits(dash + 1, strlen(dash + 1))) {
		if (parse_u16_digits(item, (size_t)(dash - item), lo) != 0 ||
		    parse_u16_digits(dash + 1, strlen(dash + 1), hi) != 0)
			return filter_fail(err, item, "invalid port range '%s' (0-65535)", item);
		if (*lo > *hi)
			return filter_fail(err, item, "reversed port range '%s'", item);
		return 0;
	}
	int rc = filter_parse_port(item, item, false, lo, err);
	*hi = *lo;
	return rc;
}

static int filter_parse_port_items(struct filter *f, const char *list, bool src, bool dst,
				   const struct filter_node **v, size_t *nv, size_t *countp,
				   struct filter_error *err);

/* ORs the n nodes of v (n >= 1) as a balanced tree, in place: the depth is
 * log2(n), so matching and bytecode emission stay shallow for long lists. */
static const struct filter_node *join_balanced(struct filter *f, const struct filter_node **v,
					       size_t n, int *rc)
{
	while (n > 1 && *rc == 0) {
		size_t k = 0;
		for (size_t i = 0; i + 1 < n && *rc == 0; i += 2)
			v[k++] = filter_node_join(f, FN_OR, v[i], v[i + 1], rc);
		if (n % 2)
			v[k++] = v[n - 1];
		n = k;
	}
	return *rc ? NULL : v[0];
}

int filter_parse_port_list(struct filter *f, const char *list, bool src, bool dst,
			   const struct filter_node **out, struct filter_error *err)
{
	const struct filter_node **v = calloc(2 * FILTER_MAX_LIST, sizeof(const struct filter_node *));
	size_t count = 0, n = 0;
	int rc = filter_parse_port_items(f, list, src, dst, v, &n, &count, err);

	if (rc == 0 && n > 0)
		*out = join_balanced(f, v, n, &rc);
	free(v);
	return rc;
}

static int filter_parse_port_items(struct filter *f, const char *list, bool src, bool dst,
				   const struct filter_node **v, size_t *nv, size_t *countp,
				   struct filter_error *err)
{
	size_t count = 0;
	int rc = 0;

	if (!v)
		return -ENOMEM;

	for (const char *p = list;; p++) {
		const char *end = strchr(p, ',');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		char item[64];
		int32_t lo = 0, hi = 0;

		if (len == 0)
			return filter_fail(err, list, "empty port in list '%s'", list);
		if (len >= sizeof(item) || ++count > FILTER_MAX_LIST)
			return filter_fail(err, list, "port list '%.40s' too long", list);
		memcpy(item, p, len);
		item[len] = '\0';
		if ((rc = parse_list_item(item, &lo, &hi, err)) != 0)
			return rc;
		for (int s = 0; s < 2; s++) {
			const struct filter_node *n = NULL;
			if (!(s == 0 ? src : dst))
				continue;
			if ((rc = range_node(f, s == 0 ? FSIDE_SRC : FSIDE_DST, lo, hi, &n)) != 0)
				return rc;
			v[(*nv)++] = n;
		}
		if (!end)
			break;
		p = end;
	}
	*countp = count;
	return 0;
}

int filter_parse_pid(struct filter *f, const char *s, const struct filter_node **out,
		     struct filter_error *err)
{
	struct filter_node *n;
	uint64_t v;

	if (num_parse_str(s, 4194304, &v) < 0 || v == 0)
		return filter_fail(err, s, "invalid pid '%s' (a process id, 1 to 4194304)", s);
	if (!(n = filter_node_new(f, FN_PID)))
		return -ENOMEM;
	n->pid = (int32_t)v;
	*out = n;
	return 0;
}
