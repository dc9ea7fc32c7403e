/* SPDX-License-Identifier: MIT */
/* bytecode.c - filter AST -> inet_diag bytecode. (The kernel's audit and
 * interpreter, redone in user space to check it, are test code:
 * tests/unit/bytecode_run.c.)
 *
 * The kernel runs a program op by op: a true op advances by op->yes, a false
 * one by op->no; the socket is accepted when execution lands exactly on the
 * end and rejected when it jumps past it. The audit walks the program along
 * the "yes" chain and requires every "no" target to be on that chain, so
 * "yes" is always the op's own length (fall through) and only "no" branches.
 *
 * Every sub-program follows one convention: it ends "true" by reaching its
 * own end and "false" by jumping to its end + 4. Then
 *   A and B  =  A B          with A's false exits moved to B's false exit,
 *   A or B   =  A JMP(B) B   where JMP skips B, and A's false exit is B's start,
 *   not A    =  A JMP(+8)    A's true end jumps to false, A's false lands on the end.
 */
#include <errno.h>
#include <linux/inet_diag.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/bytecode.h"

#define OP_LEN ((int)sizeof(struct inet_diag_bc_op))
#define HC_LEN ((int)sizeof(struct inet_diag_hostcond))

enum res_kind { R_TRUE, R_FALSE, R_PROG };

struct res {
	enum res_kind kind;
	size_t len;
};

struct emitter {
	uint8_t *buf;
	size_t cap;
	unsigned int family;
	unsigned int flags;
	bool inexact;
};

static void put(struct emitter *e, size_t pos, const void *data, size_t n)
{
	if (e->buf && pos + n <= e->cap)
		memcpy(e->buf + pos, data, n);
}

static void put_op(struct emitter *e, size_t pos, unsigned int code, unsigned int yes, unsigned int no)
{
	struct inet_diag_bc_op op = { .code = (unsigned char)code, .yes = (unsigned char)yes,
				      .no = (unsigned short)no };
	put(e, pos, &op, sizeof(op));
}

static struct res prog(size_t len)
{
	return (struct res){ R_PROG, len };
}

static struct res konst(bool v)
{
	return (struct res){ v ? R_TRUE : R_FALSE, 0 };
}

static struct res emit_host(struct emitter *e, const struct filter_node *n, size_t pos)
{
	size_t alen = n->family == AF_INET ? 4 : n->family == AF_INET6 ? 16 : 0;
	size_t len = (size_t)OP_LEN + HC_LEN + alen;
	struct inet_diag_hostcond hc;

	memset(&hc, 0, sizeof(hc)); /* padding goes to the kernel too: keep it defined */
	hc.family = n->family;
	hc.prefix_len = n->prefix_len;
	hc.port = n->port;

	/* An AF_INET dump holds no IPv6 socket, so an IPv6 condition is false there. */
	if (e->family == AF_INET && n->family == AF_INET6)
		return konst(false);
	if (n->family == AF_UNSPEC && n->port == -1)
		return konst(true);
	put_op(e, pos, n->side == FSIDE_SRC ? INET_DIAG_BC_S_COND : INET_DIAG_BC_D_COND,
	       (unsigned int)len, (unsigned int)len + 4);
	put(e, pos + OP_LEN, &hc, HC_LEN);
	put(e, pos + OP_LEN + HC_LEN, n->addr, alen);
	return prog(len);
}

static struct res emit_cgroup(struct emitter *e, const struct filter_node *n, size_t pos,
			      bool superset)
{
	if (e->flags & BC_NO_CGROUP) {
		e->inexact = true;
		return konst(superset);
	}
	put_op(e, pos, INET_DIAG_BC_CGROUP_COND, OP_LEN + 8, OP_LEN + 12);
	put(e, pos + OP_LEN, &n->cgroup_id, 8);
	return prog(OP_LEN + 8);
}

static struct res emit_port(struct emitter *e, const struct filter_node *n, size_t pos)
{
	unsigned int code = n->side == FSIDE_SRC ?
			    (n->cmp == FCMP_GE ? INET_DIAG_BC_S_GE : INET_DIAG_BC_S_LE) :
			    (n->cmp == FCMP_GE ? INET_DIAG_BC_D_GE : INET_DIAG_BC_D_LE);

	put_op(e, pos, code, 2 * OP_LEN, 3 * OP_LEN);
	put_op(e, pos + OP_LEN, 0, 0, (unsigned int)n->port);
	return prog(2 * OP_LEN);
}

/* Moves every jump in [pos, pos+alen) that targets A's false exit to the
 * false exit of A followed by blen more bytes. */
static void patch_false_exits(struct emitter *e, size_t pos, size_t alen, size_t blen)
{
	if (!e->buf || pos + alen > e->cap)
		return;
	for (size_t off = 0; off < alen;) {
		struct inet_diag_bc_op op;
		memcpy(&op, e->buf + pos + off, sizeof(op));
		if (off + op.no == alen + 4) {
			op.no = (unsigned short)(op.no + blen);
			memcpy(e->buf + pos + off, &op, sizeof(op));
		}
		if (op.yes == 0)
			return;
		off += op.yes;
	}
}

static struct res emit_node(struct emitter *e, const struct filter_node *n, size_t pos, bool superset);

static struct res emit_and(struct emitter *e, const struct filter_node *n, size_t pos, bool superset)
{
	struct res a = emit_node(e, n->a, pos, superset);
	if (a.kind == R_FALSE)
		return a;
	if (a.kind == R_TRUE)
		return emit_node(e, n->b, pos, superset);
	struct res b = emit_node(e, n->b, pos + a.len, superset);
	if (b.kind != R_PROG)
		return b.kind == R_TRUE ? a : b;
	if (a.len + b.len > BC_MAX_LEN) {
		/* Too long for the kernel: A alone is a superset of A and B. */
		e->inexact = true;
		return superset ? a : konst(false);
	}
	patch_false_exits(e, pos, a.len, b.len);
	return prog(a.len + b.len);
}

static struct res emit_or(struct emitter *e, const struct filter_node *n, size_t pos, bool superset)
{
	struct res a = emit_node(e, n->a, pos, superset);
	if (a.kind == R_TRUE)
		return a;
	if (a.kind == R_FALSE)
		return emit_node(e, n->b, pos, superset);
	struct res b = emit_node(e, n->b, pos + a.len + OP_LEN, superset);
	if (b.kind != R_PROG)
		return b.kind == R_TRUE ? b : a;
	if (a.len + OP_LEN + b.len > BC_MAX_LEN) {
		e->inexact = true;
		return superset ? konst(true) : a;
	}
	put_op(e, pos + a.len, INET_DIAG_BC_JMP, OP_LEN, (unsigned int)(b.len + OP_LEN));
	return prog(a.len + OP_LEN + b.len);
}

static struct res emit_node(struct emitter *e, const struct filter_node *n, size_t pos, bool superset)
{
	struct res a;

	switch (n->kind) {
	case FN_TRUE:
		return konst(true);
	case FN_FALSE:
		return konst(false);
	case FN_HOST:
		return emit_host(e, n, pos);
	case FN_PORT:
		return emit_port(e, n, pos);
	case FN_CGROUP:
		return emit_cgroup(e, n, pos, superset);
	case FN_PATH:
		return konst(false); /* a UNIX name never matches an IP socket */
	case FN_PID:
		/* the kernel cannot see owners: "maybe", rechecked in user space */
		e->inexact = true;
		return konst(superset);
	case FN_AND:
		return emit_and(e, n, pos, superset);
	case FN_OR:
		return emit_or(e, n, pos, superset);
	case FN_NOT:
		/* The complement of a subset is a superset of the complement. */
		a = emit_node(e, n->a, pos, !superset);
		if (a.kind != R_PROG)
			return konst(a.kind == R_FALSE);
		if (a.len + OP_LEN > BC_MAX_LEN) {
			e->inexact = true;
			return konst(superset);
		}
		put_op(e, pos + a.len, INET_DIAG_BC_JMP, OP_LEN, 2 * OP_LEN);
		return prog(a.len + OP_LEN);
	default:
		e->inexact = true;
		return konst(superset);
	}
}

int bc_compile(const struct filter *f, unsigned int family, uint8_t *buf, size_t cap, size_t *len)
{
	return bc_compile_flags(f, family, 0, buf, cap, len);
}

int bc_compile_flags(const struct filter *f, unsigned int family, unsigned int flags,
		     uint8_t *buf, size_t cap, size_t *len)
{
	struct emitter e = { .buf = buf, .cap = buf ? cap : 0, .family = family, .flags = flags };
	const struct filter_node *root = filter_root(f);
	struct res r = root ? emit_node(&e, root, 0, true) : konst(true);

	*len = 0;
	if (r.kind == R_TRUE)
		return 0;
	if (r.kind == R_FALSE) {
		/* Nothing can match: one jump past the end. */
		put_op(&e, 0, INET_DIAG_BC_JMP, OP_LEN, 2 * OP_LEN);
		r.len = OP_LEN;
	}
	*len = r.len;
	return r.len > e.cap ? -ENOSPC : 0;
}

bool bc_exact(const struct filter *f, unsigned int family)
{
	struct emitter e = { .family = family };
	const struct filter_node *root = filter_root(f);

	if (root)
		emit_node(&e, root, 0, true);
	return !e.inexact;
}

static struct inet_diag_bc_op op_at(const uint8_t *bc, long off)
{
	struct inet_diag_bc_op op;
	memcpy(&op, bc + off, sizeof(op));
	return op;
}

bool bc_has_op(const uint8_t *bc, size_t len, unsigned int code)
{
	for (size_t off = 0; off + OP_LEN <= len;) {
		struct inet_diag_bc_op op = op_at(bc, (long)off);
		if (op.code == code)
			return true;
		if (op.yes == 0)
			return false;
		off += op.yes;
	}
	return false;
}
