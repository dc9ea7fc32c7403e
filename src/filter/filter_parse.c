/* SPDX-License-Identifier: MIT */
/* filter_parse.c - tokenizer and recursive-descent parser for the ss-style filter expression. */
#include <arpa/inet.h>
#include <errno.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "filter_int.h"
#include "sockls/cgroup.h"
#include "sockls/num.h"

struct fparse {
	struct filter *f;
	char **tok;
	size_t n, pos;
	int depth;
	struct filter_error *err;
};

static bool is_one_of(const char *t, const char *const *words)
{
	for (; *words; words++)
		if (strcmp(t, *words) == 0)
			return true;
	return false;
}

static const char *const and_words[] = { "and", "&&", "&", NULL };
static const char *const or_words[] = { "or", "||", "|", NULL };
static const char *const not_words[] = { "not", "!", NULL };
static const char *const eq_words[] = { "=", "==", "eq", NULL };
static const char *const ne_words[] = { "!=", "ne", "neq", NULL };
static const char *const lt_words[] = { "<", "lt", NULL };
static const char *const gt_words[] = { ">", "gt", NULL };
static const char *const le_words[] = { "<=", "le", "leq", NULL };
static const char *const ge_words[] = { ">=", "ge", "geq", NULL };

static int push_tok(struct fparse *p, const char *s, size_t len)
{
	if (p->n >= FILTER_MAX_TOKENS)
		return filter_fail(p->err, "", "filter expression too long (over %d words)",
				   FILTER_MAX_TOKENS);
	if (p->n % 64 == 0) {
		char **nt = realloc(p->tok, (p->n + 64) * sizeof(*nt));
		if (!nt)
			return -ENOMEM;
		p->tok = nt;
	}
	if (!(p->tok[p->n] = strndup(s, len)))
		return -ENOMEM;
	p->n++;
	return 0;
}

/* Words split at blanks, and parentheses are tokens of their own, so both
 * "( sport = :22 )" as one argument and "(sport" "=" ":22)" work. */
static int tokenize(struct fparse *p, char *const *words, int n_words)
{
	for (int i = 0; i < n_words; i++) {
		const char *s = words[i] ? words[i] : "";
		while (*s) {
			size_t len;
			if (*s == ' ' || *s == '\t' || *s == '\n') {
				s++;
				continue;
			}
			len = (*s == '(' || *s == ')') ? 1 : strcspn(s, " \t\n()");
			int rc = push_tok(p, s, len);
			if (rc)
				return rc;
			s += len;
		}
	}
	return 0;
}

static const char *peek(const struct fparse *p)
{
	return p->pos < p->n ? p->tok[p->pos] : NULL;
}

static const char *prev_tok(const struct fparse *p)
{
	return p->pos > 0 ? p->tok[p->pos - 1] : "";
}

static int parse_or(struct fparse *p, const struct filter_node **out);

/* "[v6]", "[v6/len]" or "[v6]/len": strips brackets into buf. */
static int split_host(char *h, char **addr, char **prefix, char **port)
{
	*prefix = *port = NULL;
	if (h[0] == '[') {
		char *close = strchr(h, ']');
		if (!close)
			return -EINVAL;
		*close = '\0';
		*addr = h + 1;
		char *rest = close + 1;
		if (*rest == '/') {
			*prefix = rest + 1;
			rest = rest + 1 + strcspn(rest + 1, ":");
		}
		if (*rest == ':') {
			*rest = '\0';
			*port = rest + 1;
		} else if (*rest) {
			return -EINVAL;
		}
	} else {
		char *colon = strchr(h, ':');
		*addr = h;
		/* Two or more colons: a bare IPv6 address, which cannot carry a port. */
		if (colon && strchr(colon + 1, ':') == NULL) {
			*colon = '\0';
			*port = colon + 1;
		}
	}
	char *slash = strchr(*addr, '/');
	if (slash) {
		if (*prefix)
			return -EINVAL;
		*slash = '\0';
		*prefix = slash + 1;
	}
	return 0;
}

static int parse_addr(const char *tok, const char *addr, const char *prefix,
		      struct filter_node *n, struct filter_error *err)
{
	unsigned int max;

	if (addr[0] == '\0' || strcmp(addr, "*") == 0) {
		if (prefix)
			return filter_fail(err, tok, "prefix length without address in '%s'", tok);
		n->family = AF_UNSPEC;
		return 0;
	}
	if (inet_pton(AF_INET, addr, n->addr) == 1) {
		n->family = AF_INET;
		max = 32;
	} else if (inet_pton(AF_INET6, addr, n->addr) == 1) {
		n->family = AF_INET6;
		max = 128;
	} else {
		return filter_fail(err, tok, "invalid address '%s' (numeric IPv4 or IPv6 expected)", tok);
	}
	n->prefix_len = (uint8_t)max;
	if (prefix) {
		uint64_t v;
		if (num_parse_str(prefix, max, &v) != 0)
			return filter_fail(err, tok, "invalid prefix length in '%s' (0-%u)", tok, max);
		n->prefix_len = (uint8_t)v;
	}
	return 0;
}

static int parse_hostcond(struct fparse *p, const char *tok, struct filter_node *n)
{
	char buf[128], *addr, *prefix, *port;
	int rc;

	size_t len = strlen(tok);

	if (len >= sizeof(buf))
		return filter_fail(p->err, tok, "address '%.40s...' too long", tok);
	memcpy(buf, tok, len + 1);
	if (split_host(buf, &addr, &prefix, &port) != 0)
		return filter_fail(p->err, tok, "invalid address '%s'", tok);
	if ((rc = parse_addr(tok, addr, prefix, n, p->err)) != 0)
		return rc;
	n->port = -1;
	if (port && (rc = filter_parse_port(port, tok, true, &n->port, p->err)) != 0)
		return rc;
	return 0;
}

static const char *need_tok(struct fparse *p, const char *what)
{
	const char *t = peek(p);
	if (!t)
		filter_fail(p->err, prev_tok(p), "missing %s after '%s'", what, prev_tok(p));
	else
		p->pos++;
	return t;
}

/* A UNIX name pattern: "/path", "@abstract", "unix:GLOB", or any word when
 * only UNIX sockets are listed (ss -x src GLOB). */
static bool is_unix_word(const struct fparse *p, const char *t)
{
	return p->f->unix_paths || t[0] == '/' || t[0] == '@' || strncmp(t, "unix:", 5) == 0;
}

static int parse_unix_path(struct fparse *p, const char *t, struct filter_node *n)
{
	if (strncmp(t, "unix:", 5) == 0)
		t += 5;
	if (strlen(t) > SOCK_UNIX_PATH_MAX + 1)
		return filter_fail(p->err, t, "UNIX name '%.40s...' too long (at most %d bytes)", t,
				   SOCK_UNIX_PATH_MAX);
	n->kind = FN_PATH;
	p->f->names_unix = true;
	n->path = strdup(t);
	return n->path ? 0 : -ENOMEM;
}

/* src/dst [=|!=] HOST */
static int parse_host_pred(struct fparse *p, enum filter_side side, const struct filter_node **out)
{
	bool neg = false;
	const char *t = need_tok(p, "address");
	int rc = 0;

	if (!t)
		return -EINVAL;
	if (is_one_of(t, eq_words) || is_one_of(t, ne_words)) {
		neg = is_one_of(t, ne_words);
		if (!(t = need_tok(p, "address")))
			return -EINVAL;
	} else if (is_one_of(t, lt_words) || is_one_of(t, gt_words) || is_one_of(t, le_words) ||
		   is_one_of(t, ge_words)) {
		return filter_fail(p->err, t, "operator '%s' cannot compare addresses", t);
	}
	struct filter_node *n = filter_node_new(p->f, FN_HOST);
	if (!n)
		return -ENOMEM;
	n->side = (uint8_t)side;
	rc = is_unix_word(p, t) ? parse_unix_path(p, t, n) : parse_hostcond(p, t, n);
	if (rc != 0)
		return rc;
	*out = neg ? filter_node_join(p->f, FN_NOT, n, NULL, &rc) : n;
	return rc;
}

/* sport/dport OP :PORT, normalised to equality or >= / <= so 16-bit bounds never wrap. */
static int port_pred(struct fparse *p, enum filter_side side, int op, int32_t port,
		     const struct filter_node **out)
{
	struct filter_node *n;
	int rc = 0;

	if (op == '<' || op == '>') {
		bool none = op == '<' ? port == 0 : port == 65535;
		if (none)
			return (*out = filter_node_new(p->f, FN_FALSE)) ? 0 : -ENOMEM;
		port += op == '<' ? -1 : 1;
		op = op == '<' ? 'l' : 'g';
	}
	if ((op == 'g' && port == 0) || (op == 'l' && port == 65535))
		return (*out = filter_node_new(p->f, FN_TRUE)) ? 0 : -ENOMEM;
	if (!(n = filter_node_new(p->f, op == 'g' || op == 'l' ? FN_PORT : FN_HOST)))
		return -ENOMEM;
	n->side = (uint8_t)side;
	n->port = port;
	n->cmp = op == 'g' ? FCMP_GE : FCMP_LE;
	n->family = AF_UNSPEC;
	if (op == '!' && port == -1)
		n->kind = FN_FALSE;
	else if (op == '=' && port == -1)
		n->kind = FN_TRUE;
	*out = op == '!' && port != -1 ? filter_node_join(p->f, FN_NOT, n, NULL, &rc) : n;
	return rc;
}

static int parse_port_pred(struct fparse *p, enum filter_side side, const struct filter_node **out)
{
	const char *t = need_tok(p, "port");
	int op = '=';
	int32_t port;
	int rc;

	if (!t)
		return -EINVAL;
	if (is_one_of(t, eq_words) || is_one_of(t, ne_words) || is_one_of(t, lt_words) ||
	    is_one_of(t, gt_words) || is_one_of(t, le_words) || is_one_of(t, ge_words)) {
		op = is_one_of(t, eq_words) ? '=' : is_one_of(t, ne_words) ? '!' :
		     is_one_of(t, lt_words) ? '<' : is_one_of(t, gt_words) ? '>' :
		     is_one_of(t, le_words) ? 'l' : 'g';
		if (!(t = need_tok(p, "port")))
			return -EINVAL;
	}
	rc = filter_parse_port(t[0] == ':' ? t + 1 : t, t, op == '=' || op == '!', &port, p->err);
	if (rc)
		return rc;
	return port_pred(p, side, op, port, out);
}

/* cgroup PATH: the cgroup2 directory (relative to the cgroup2 root, as
 * /proc/PID/cgroup shows it) resolved to its id once; the kernel compares ids. */
static int parse_cgroup_pred(struct fparse *p, const struct filter_node **out)
{
	const char *path = need_tok(p, "a cgroup path");
	struct filter_node *n;
	uint64_t id;

	if (!path)
		return -EINVAL;
	if (cg_path_id(path, &id) < 0)
		return filter_fail(p->err, path, "no cgroup2 directory '%s'", path);
	if (!(n = filter_node_new(p->f, FN_CGROUP)))
		return -ENOMEM;
	n->cgroup_id = id;
	*out = n;
	return 0;
}

/* pid [= | != ...] PID: a process holding the socket (matched in user space). */
static int parse_pid_pred(struct fparse *p, const struct filter_node **out)
{
	const char *t = need_tok(p, "pid");
	bool neg = false;
	int rc = 0;

	if (t && (is_one_of(t, eq_words) || is_one_of(t, ne_words))) {
		neg = is_one_of(t, ne_words);
		t = need_tok(p, "pid");
	}
	if (!t)
		return -EINVAL;
	if ((rc = filter_parse_pid(p->f, t, out, p->err)) == 0 && neg)
		*out = filter_node_join(p->f, FN_NOT, *out, NULL, &rc);
	return rc;
}

static bool all_digits(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

/* What a word no term starts with most likely meant, by its shape: the
 * habits of lsof (-p PID, -i @HOST, +c), of --watch N, and a glob the shell
 * expanded into several paths. */
static int unknown_word(struct fparse *p, const char *t)
{
	const char *slash = strrchr(t, '/');

	if (strcmp(t, "dev") == 0 || strcmp(t, "autobound") == 0)
		return filter_fail(p->err, t, "ss's filter word '%s' is not supported by sockls "
				   "(see COMING FROM SS AND NETSTAT in sockls(8))", t);
	if (all_digits(t))
		return filter_fail(p->err, t, "unknown filter word '%s': a port is --port %s or "
				   "'sport = :%s', a process (lsof -p) --pid %s, an interval --watch=%s",
				   t, t, t, t, t);
	if (t[0] == '@')
		return filter_fail(p->err, t, "unknown filter word '%s': for lsof's -i %s say: "
				   "sockls -a dst %s (or src %s)", t, t, t + 1, t + 1);
	if (t[0] == '+')
		return filter_fail(p->err, t, "unknown filter word '%s': lsof's + options have no "
				   "sockls meaning (command names are printed whole)", t);
	if (slash)
		return filter_fail(p->err, t, "unknown filter word '%s': a UNIX name follows src or "
				   "dst, one per term; if the shell expanded a glob, quote it: src '%.*s/*'",
				   t, (int)(slash - t), t);
	/* only on the error path: is it a user's name, as after lsof's -u? */
	if (p->pos == 1 && getpwnam(t))
		return filter_fail(p->err, t, "unknown filter word '%s' (-u lists UDP sockets, as in "
				   "ss, and takes no user: -e shows each socket's uid)", t);
	return filter_fail(p->err, t, "unknown filter word '%s'", t);
}

static int parse_unary(struct fparse *p, const struct filter_node **out)
{
	const char *t = peek(p);
	int rc = 0;

	if (!t) {
		if (p->pos == 0)
			return filter_fail(p->err, "", "empty filter expression");
		return filter_fail(p->err, prev_tok(p), "'%s' needs a filter term after it", prev_tok(p));
	}
	if (++p->depth > FILTER_MAX_DEPTH)
		return filter_fail(p->err, t, "filter nested too deeply at '%s'", t);
	p->pos++;
	if (is_one_of(t, not_words)) {
		const struct filter_node *a = NULL;
		if ((rc = parse_unary(p, &a)) == 0)
			*out = filter_node_join(p->f, FN_NOT, a, NULL, &rc);
	} else if (strcmp(t, "(") == 0) {
		if ((rc = parse_or(p, out)) == 0) {
			if (!peek(p) || strcmp(peek(p), ")") != 0)
				rc = filter_fail(p->err, "(", "unbalanced parenthesis: '(' is never closed");
			else
				p->pos++;
		}
	} else if (strcmp(t, "src") == 0 || strcmp(t, "dst") == 0) {
		rc = parse_host_pred(p, t[0] == 's' ? FSIDE_SRC : FSIDE_DST, out);
	} else if (strcmp(t, "sport") == 0 || strcmp(t, "dport") == 0) {
		rc = parse_port_pred(p, t[0] == 's' ? FSIDE_SRC : FSIDE_DST, out);
	} else if (strcmp(t, "cgroup") == 0) {
		rc = parse_cgroup_pred(p, out);
	} else if (strcmp(t, "pid") == 0) {
		rc = parse_pid_pred(p, out);
	} else if (strcmp(t, "state") == 0 || strcmp(t, "exclude") == 0 || strcmp(t, "excl") == 0) {
		rc = filter_fail(p->err, t, "'%s' must come before the rest of the filter expression", t);
	} else if (strcmp(t, ")") == 0) {
		rc = filter_fail(p->err, t, "unexpected ')': expected a filter term");
	} else if (is_one_of(t, and_words) || is_one_of(t, or_words)) {
		rc = filter_fail(p->err, t, "operator '%s' needs a filter term before it", t);
	} else {
		rc = unknown_word(p, t);
	}
	p->depth--;
	return rc;
}

static int parse_and(struct fparse *p, const struct filter_node **out)
{
	const struct filter_node *acc = NULL, *n = NULL;
	int rc = parse_unary(p, &acc);

	while (rc == 0) {
		const char *t = peek(p);
		if (!t || strcmp(t, ")") == 0 || is_one_of(t, or_words))
			break;
		if (is_one_of(t, and_words))
			p->pos++;
		if ((rc = parse_unary(p, &n)) == 0)
			acc = filter_node_join(p->f, FN_AND, acc, n, &rc);
	}
	*out = acc;
	return rc;
}

static int parse_or(struct fparse *p, const struct filter_node **out)
{
	const struct filter_node *acc = NULL, *n = NULL;
	int rc = parse_and(p, &acc);

	while (rc == 0 && peek(p) && is_one_of(peek(p), or_words)) {
		p->pos++;
		if ((rc = parse_and(p, &n)) == 0)
			acc = filter_node_join(p->f, FN_OR, acc, n, &rc);
	}
	*out = acc;
	return rc;
}

/* ss's leading "state X" / "exclude X" words (misc/ss.c main). */
static int parse_state_words(struct fparse *p, uint32_t *states, bool *saw)
{
	const char *t;

	while ((t = peek(p)) && (strcmp(t, "state") == 0 || strcmp(t, "exclude") == 0 ||
				 strcmp(t, "excl") == 0)) {
		bool excl = t[0] == 'e';
		p->pos++;
		const char *name = need_tok(p, "state name");
		if (!name)
			return -EINVAL;
		uint32_t bits = filter_state_bits(name);
		if (!bits)
			return filter_fail(p->err, name, "unknown state '%s'", name);
		if (!*saw)
			*states = excl ? STATES_ALL : 0;
		*states = excl ? *states & ~bits : *states | bits;
		*saw = true;
	}
	return 0;
}

int filter_parse_expr(struct filter *f, char *const *words, int n_words, uint32_t *states,
		      bool *saw_states, struct filter_error *err)
{
	struct fparse p = { .f = f, .err = err };
	int rc = tokenize(&p, words, n_words);

	if (rc == 0)
		rc = parse_state_words(&p, states, saw_states);
	if (rc == 0 && p.pos < p.n) {
		rc = parse_or(&p, &f->root);
		if (rc == 0 && p.pos < p.n)
			rc = filter_fail(err, p.tok[p.pos], "unbalanced parenthesis: unexpected '%s'",
					 p.tok[p.pos]);
	}
	for (size_t i = 0; i < p.n; i++)
		free(p.tok[i]);
	free(p.tok);
	return rc;
}
