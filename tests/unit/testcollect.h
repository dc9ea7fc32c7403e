/* SPDX-License-Identifier: MIT */
/* testcollect.h - the sock_rec_cb of the source and parser tests: keeps
 * each record it is given, at most TESTCOLLECT_MAX (a test may define it
 * first), and can refuse one to test how a callback's error stops a dump.
 * Include after <cmocka.h> and "sockls/sock.h". */
#ifndef SOCKLS_TESTCOLLECT_H
#define SOCKLS_TESTCOLLECT_H

#include <errno.h>
#include <stddef.h>

#ifndef TESTCOLLECT_MAX
#define TESTCOLLECT_MAX 64
#endif

struct collect {
	struct sock_rec rec[TESTCOLLECT_MAX];
	size_t n;
	int fail_at; /* return -EPIPE at this record (1-based), 0 = never */
};

static inline int collect_cb(const struct sock_rec *rec, void *data)
{
	struct collect *c = data;

	if (c->fail_at && (int)c->n + 1 == c->fail_at)
		return -EPIPE;
	assert_true(c->n < TESTCOLLECT_MAX);
	c->rec[c->n++] = *rec;
	return 0;
}

#endif
