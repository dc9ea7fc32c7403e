/* SPDX-License-Identifier: MIT */
/* dummy.c - the parser file of the fixture kind (dummy.h): lines of
 * <proc-root>/net/dummy, "Id St Inode" (hex id, hex state, decimal inode),
 * and how its Netid and endpoints are drawn: "dm", "dummy:<id>" and "*". */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "dummy.h"
#include "sockls/num.h"
#include "sockls/proc.h"
#include "sockls/sock.h"

const char *dummy_netid(const struct sock_rec *rec)
{
	(void)rec;
	return "dm";
}

size_t dummy_endpoint(char *buf, size_t cap, const struct sock_rec *rec, bool local,
		      const char *name)
{
	int n = local ? snprintf(buf, cap, "dummy:%u", rec->local.id) : snprintf(buf, cap, "*");

	(void)name;
	if (n < 0) {
		buf[0] = '\0';
		return 0;
	}
	return (size_t)n < cap ? (size_t)n : cap - 1;
}

/* The next space-separated field of [*p, end): its start and length. */
static size_t field(const char **p, const char *end, const char **start)
{
	while (*p < end && **p == ' ')
		(*p)++;
	*start = *p;
	while (*p < end && **p != ' ' && **p != '\n')
		(*p)++;
	return (size_t)(*p - *start);
}

int dummy_proc_line(const char *line, size_t len, unsigned int family, unsigned int file,
		    struct sock_rec *rec)
{
	const char *p = line, *end = line + len, *f[3];
	size_t n[3];
	uint64_t id, st, inode;

	(void)family;
	(void)file;
	memset(rec, 0, sizeof(*rec));
	for (int i = 0; i < 3; i++)
		n[i] = field(&p, end, &f[i]);
	if (n[0] == 2 && memcmp(f[0], "Id", 2) == 0)
		return PROC_PARSE_HEADER;
	if (num_parse(f[0], n[0], 16, UINT32_MAX, &id) < 0 ||
	    num_parse(f[1], n[1], 16, ST_MAX - 1, &st) < 0 ||
	    num_parse(f[2], n[2], 10, UINT64_MAX, &inode) < 0 || field(&p, end, &f[0]) != 0)
		return -EINVAL;
	rec->proto = PROTO_DUMMY;
	rec->family = 0; /* no address family of its own: drawn by its row */
	rec->state = (uint8_t)st;
	rec->local.id = (uint32_t)id;
	rec->inode = inode;
	rec->have = HAVE_INODE;
	return 0;
}
