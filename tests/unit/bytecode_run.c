/* SPDX-License-Identifier: MIT */
/* bytecode_run.c - the test oracle for src/filter/bytecode.c: the kernel's
 * audit and interpreter of inet_diag bytecode, in user space.
 *
 * The kernel runs a program op by op: a true op advances by op->yes, a false
 * one by op->no; the socket is accepted when execution lands exactly on the
 * end and rejected when it jumps past it. The audit walks the program along
 * the "yes" chain and requires every "no" target to be on that chain. */
#include <errno.h>
#include <linux/inet_diag.h>
#include <string.h>
#include <sys/socket.h>

#include "bytecode_run.h"

#define OP_LEN ((int)sizeof(struct inet_diag_bc_op))
#define HC_LEN ((int)sizeof(struct inet_diag_hostcond))

static struct inet_diag_bc_op op_at(const uint8_t *bc, long off)
{
	struct inet_diag_bc_op op;
	memcpy(&op, bc + off, sizeof(op));
	return op;
}

/* The kernel's valid_cc: is "cc bytes before the end" a point on the yes chain? */
static bool valid_cc(const uint8_t *bc, long len, long cc)
{
	long off = 0;

	while (len >= 0) {
		if (cc > len)
			return false;
		if (cc == len)
			return true;
		if (len < OP_LEN)
			return false;
		struct inet_diag_bc_op op = op_at(bc, off);
		if (op.yes < 4 || (op.yes & 3))
			return false;
		len -= op.yes;
		off += op.yes;
	}
	return false;
}

/* Bytes an op needs beyond its header, or -1 for an unknown code. */
static long op_extra(const uint8_t *bc, long off, long rem, unsigned int code)
{
	switch (code) {
	case INET_DIAG_BC_S_COND:
	case INET_DIAG_BC_D_COND: {
		if (rem < OP_LEN + HC_LEN)
			return -1;
		struct inet_diag_hostcond hc;
		memcpy(&hc, bc + off + OP_LEN, HC_LEN);
		long alen = hc.family == AF_UNSPEC ? 0 : hc.family == AF_INET ? 4 :
			    hc.family == AF_INET6 ? 16 : -1;
		if (alen < 0 || rem < OP_LEN + HC_LEN + alen || hc.prefix_len > 8 * alen)
			return -1;
		return HC_LEN + alen;
	}
	case INET_DIAG_BC_DEV_COND:
	case INET_DIAG_BC_S_GE:
	case INET_DIAG_BC_S_LE:
	case INET_DIAG_BC_D_GE:
	case INET_DIAG_BC_D_LE:
	case INET_DIAG_BC_S_EQ:
	case INET_DIAG_BC_D_EQ:
		return rem < 2 * OP_LEN ? -1 : OP_LEN;
	case INET_DIAG_BC_MARK_COND:
	case INET_DIAG_BC_CGROUP_COND:
		return rem < OP_LEN + 8 ? -1 : 8;
	case INET_DIAG_BC_AUTO:
	case INET_DIAG_BC_JMP:
	case INET_DIAG_BC_NOP:
		return 0;
	default:
		return -1;
	}
}

int bc_audit(const uint8_t *bc, size_t len)
{
	long total = (long)len, rem = (long)len, off = 0;

	if (len < (size_t)OP_LEN || len > 65531)
		return -EINVAL;
	while (rem > 0) {
		if (rem < OP_LEN)
			return -EINVAL;
		struct inet_diag_bc_op op = op_at(bc, off);
		long extra = op_extra(bc, off, rem, op.code);
		if (extra < 0)
			return -EINVAL;
		long min_len = OP_LEN + extra;
		if (op.code != INET_DIAG_BC_NOP) {
			if (op.no < min_len || op.no > rem + 4 || (op.no & 3))
				return -EINVAL;
			if (op.no < rem && !valid_cc(bc, total, rem - op.no))
				return -EINVAL;
		}
		if (op.yes < min_len || op.yes > rem + 4 || (op.yes & 3))
			return -EINVAL;
		off += op.yes;
		rem -= op.yes;
	}
	return rem == 0 ? 0 : -EINVAL;
}

static bool bits_match(const uint8_t *a, const uint8_t *b, unsigned int bits)
{
	unsigned int bytes = bits / 8, rest = bits % 8;

	if (memcmp(a, b, bytes) != 0)
		return false;
	return rest == 0 || ((a[bytes] ^ b[bytes]) & (uint8_t)(0xff00u >> rest)) == 0;
}

/* One S_COND/D_COND as inet_diag_bc_run evaluates it; rem bounds the reads. */
static bool run_hostcond(const uint8_t *bc, long off, long rem, unsigned int code,
			 const struct sock_rec *rec)
{
	const struct sock_endpoint *ep = code == INET_DIAG_BC_S_COND ? &rec->local : &rec->remote;
	struct inet_diag_hostcond hc;
	uint8_t caddr[16] = { 0 };

	if (rem < OP_LEN + HC_LEN)
		return false;
	memcpy(&hc, bc + off + OP_LEN, HC_LEN);
	long avail = rem - OP_LEN - HC_LEN;
	if ((long)(hc.prefix_len + 7) / 8 > (avail < 16 ? avail : 16))
		return false;
	memcpy(caddr, bc + off + OP_LEN + HC_LEN, (size_t)(hc.prefix_len + 7) / 8);
	if (hc.port != -1 && hc.port != ep->port)
		return false;
	if (hc.family != AF_UNSPEC && hc.family != rec->family)
		return rec->family == AF_INET6 && hc.family == AF_INET && sock_is_v4mapped(ep->addr) &&
		       hc.prefix_len <= 32 && bits_match(ep->addr + 12, caddr, hc.prefix_len);
	if (hc.prefix_len == 0)
		return true;
	return hc.prefix_len <= 128 && bits_match(ep->addr, caddr, hc.prefix_len);
}

static bool run_op(const uint8_t *bc, long off, long rem, struct inet_diag_bc_op op,
		   const struct sock_rec *rec)
{
	unsigned int arg = rem >= 2 * OP_LEN ? op_at(bc, off + OP_LEN).no : 0;

	switch (op.code) {
	case INET_DIAG_BC_NOP:
		return true;
	case INET_DIAG_BC_JMP:
		return false;
	case INET_DIAG_BC_S_GE:
		return rem >= 2 * OP_LEN && rec->local.port >= arg;
	case INET_DIAG_BC_S_LE:
		return rem >= 2 * OP_LEN && rec->local.port <= arg;
	case INET_DIAG_BC_D_GE:
		return rem >= 2 * OP_LEN && rec->remote.port >= arg;
	case INET_DIAG_BC_D_LE:
		return rem >= 2 * OP_LEN && rec->remote.port <= arg;
	case INET_DIAG_BC_S_EQ:
		return rem >= 2 * OP_LEN && rec->local.port == arg;
	case INET_DIAG_BC_D_EQ:
		return rem >= 2 * OP_LEN && rec->remote.port == arg;
	case INET_DIAG_BC_S_COND:
	case INET_DIAG_BC_D_COND:
		return run_hostcond(bc, off, rem, op.code, rec);
	case INET_DIAG_BC_DEV_COND: {
		uint32_t ifindex;
		if (rem < 2 * OP_LEN)
			return false;
		memcpy(&ifindex, bc + off + OP_LEN, sizeof(ifindex));
		return ifindex == rec->local.ifindex;
	}
	case INET_DIAG_BC_CGROUP_COND: {
		uint64_t id; /* the kernel compares 0 for sockets that carry none */
		if (rem < OP_LEN + 8)
			return false;
		memcpy(&id, bc + off + OP_LEN, sizeof(id));
		return id == rec->cgroup_id;
	}
	case INET_DIAG_BC_AUTO:        /* userlocks are not in a sock_rec */
	case INET_DIAG_BC_MARK_COND:   /* nor the mark */
		return false;
	default:
		return true; /* the kernel's switch leaves "yes" set for unknown codes */
	}
}

bool bc_run(const uint8_t *bc, size_t len, const struct sock_rec *rec)
{
	long rem = (long)len, off = 0;

	while (rem > 0) {
		if (rem < OP_LEN)
			return false;
		struct inet_diag_bc_op op = op_at(bc, off);
		unsigned int step = run_op(bc, off, rem, op, rec) ? op.yes : op.no;
		if (step == 0)
			return false; /* the audit forbids it; it would loop forever */
		rem -= step;
		off += step;
	}
	return rem == 0;
}
