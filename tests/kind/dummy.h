/* SPDX-License-Identifier: MIT */
/* dummy.h - the fixture kind's operations (dummy.c): a kind that exists only
 * in the fixture build (make kind-check), to prove that a kind is one row of
 * the protocol table (src/core/proto.c, under SOCKLS_FIXTURE_KIND) and one
 * parser file. */
#ifndef SOCKLS_TESTS_DUMMY_H
#define SOCKLS_TESTS_DUMMY_H

#include <stdbool.h>
#include <stddef.h>

struct sock_rec;

const char *dummy_netid(const struct sock_rec *rec);
size_t dummy_endpoint(char *buf, size_t cap, const struct sock_rec *rec, bool local,
		      const char *name);
int dummy_proc_line(const char *line, size_t len, unsigned int family, unsigned int file,
		    struct sock_rec *rec);

#endif
