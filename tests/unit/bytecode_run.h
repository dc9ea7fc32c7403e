/* SPDX-License-Identifier: MIT */
/* bytecode_run.h - the kernel's inet_diag audit and interpreter redone in
 * user space: the oracle the unit tests and the fuzz replays check compiled
 * filters against. Test code: linked into tests, never into sockls. */
#ifndef SOCKLS_TEST_BYTECODE_RUN_H
#define SOCKLS_TEST_BYTECODE_RUN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sockls/sock.h"

/* The kernel's inet_diag_bc_audit rules (net/ipv4/inet_diag.c), with
 * MARK_COND allowed as for CAP_NET_ADMIN: 0 or -EINVAL. */
int bc_audit(const uint8_t *bc, size_t len);

/* The kernel's inet_diag_bc_run on a record: true when the program accepts
 * it. Safe on any input; a program that leaves its buffer rejects. */
bool bc_run(const uint8_t *bc, size_t len, const struct sock_rec *rec);

#endif
