/* SPDX-License-Identifier: MIT */
/* bytecode.h - compiles a filter to INET_DIAG_REQ_BYTECODE. The tests' oracle
 * (the kernel's audit and interpreter) is tests/unit/bytecode_run.h. */
#ifndef SOCKLS_BYTECODE_H
#define SOCKLS_BYTECODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sockls/filter.h"
#include "sockls/sock.h"

/* Largest program we emit: fits an nlattr payload (u16 length minus the header)
 * and keeps every jump offset within the u16 "no" field. */
#define BC_MAX_LEN 65528u

/* Compiles the expression and short options of f (not the states: those go
 * into idiag_states) for a dump of `family` (AF_INET or AF_INET6; any other
 * value disables family folding). The program accepts every socket
 * filter_match() accepts; where a part cannot be expressed (today: a program
 * that would outgrow the 16-bit jump offsets) a superset is compiled instead,
 * never a subset. 0 with *len = 0 when there is nothing to compile;
 * -ENOSPC when cap is too small (*len then holds the size needed). */
int bc_compile(const struct filter *f, unsigned int family, uint8_t *buf, size_t cap, size_t *len);

/* bc_compile_flags: BC_NO_CGROUP compiles every 'cgroup PATH' as "may
 * match" (a superset), for kernels before 5.8 that refuse
 * INET_DIAG_BC_CGROUP_COND. bc_compile is bc_compile_flags with 0. */
#define BC_NO_CGROUP 1u
int bc_compile_flags(const struct filter *f, unsigned int family, unsigned int flags,
		     uint8_t *buf, size_t cap, size_t *len);

/* Whether a program (valid as bc_audit says) holds an op with this code on
 * its chain of ops, e.g. INET_DIAG_BC_CGROUP_COND. */
bool bc_has_op(const uint8_t *bc, size_t len, unsigned int code);

/* True when bc_compile(f, family) is exactly the expression, not a superset. */
bool bc_exact(const struct filter *f, unsigned int family);

#endif
