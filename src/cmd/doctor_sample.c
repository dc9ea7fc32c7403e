/* SPDX-License-Identifier: MIT */
/* doctor_sample.c - what --doctor keeps of its first sample (a table of
 * sockets by cookie, bounded) and what it reads of a namespace's kernel
 * settings (sysctls, sockstat, netstat/snmp counters). */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/doctor.h"
#include "sockls/file.h"
#include "sockls/hash.h"
#include "sockls/htab.h"
#include "sockls/num.h"
#include "sockls/summary.h"

#include "doctor_int.h"

/* Memory stays bounded: sockets past this many are not compared. */
#define PREV_MAX (1u << 22)

static bool prev_eq(const void *ctx, uint32_t idx, const void *key)
{
	const struct doc_prev_tab *t = ctx;

	return t->v[idx].cookie == *(const uint64_t *)key;
}

int doc_prev_put(struct doc_prev_tab *t, const struct doc_prev *p)
{
	uint32_t i;
	int ret;

	if (!p->cookie)
		return 0;
	if (t->n >= PREV_MAX) {
		t->full = true;
		return 0;
	}
	if (t->n == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 1024;
		struct doc_prev *v = realloc(t->v, cap * sizeof(*v));
		if (!v)
			return -ENOMEM;
		t->v = v;
		t->cap = cap;
	}
	ret = htab_add(&t->idx, hash_u64(p->cookie), prev_eq, t, &p->cookie, (uint32_t)t->n, &i);
	if (ret < 0)
		return -ENOMEM;
	if (ret == 0)
		i = (uint32_t)t->n++;
	t->v[i] = *p;
	return 0;
}

const struct doc_prev *doc_prev_get(const struct doc_prev_tab *t, uint64_t cookie)
{
	uint32_t i;

	if (!cookie)
		return NULL;
	i = htab_find(&t->idx, hash_u64(cookie), prev_eq, t, &cookie);
	return i == HTAB_NONE ? NULL : &t->v[i];
}

void doc_prev_free(struct doc_prev_tab *t)
{
	free(t->v);
	htab_fini(&t->idx);
	memset(t, 0, sizeof(*t));
}

void doc_note(struct doc_run *d, unsigned int check, unsigned int ns, const char *fmt, ...)
{
	struct doc_note *n;
	va_list ap;

	if (d->n_notes >= DOC_NOTES_MAX)
		return;
	n = &d->notes[d->n_notes++];
	n->check = (uint8_t)check;
	n->ns = (uint16_t)ns;
	va_start(ap, fmt);
	vsnprintf(n->why, sizeof(n->why), fmt, ap);
	va_end(ap);
}

/* One integer sysctl (or the first n of a line of them), -1 each when unknown. */
static void read_ints(const char *root, const char *name, int64_t *out, size_t n)
{
	char path[PATH_MAX], buf[128];
	size_t len;
	const char *p = buf;

	for (size_t i = 0; i < n; i++)
		out[i] = -1;
	if (snprintf(path, sizeof(path), "%s/sys/net/%s", root, name) >= (int)sizeof(path) ||
	    file_read_small(path, buf, sizeof(buf), &len) < 0)
		return;
	for (size_t i = 0; i < n; i++) {
		const char *e;
		uint64_t v;
		while (*p == ' ' || *p == '\t')
			p++;
		for (e = p; *e >= '0' && *e <= '9'; e++)
			;
		if (e == p || num_parse(p, (size_t)(e - p), 10, INT64_MAX, &v) < 0)
			return;
		out[i] = (int64_t)v;
		p = e;
	}
}

void doc_read_settings(const char *root, struct doc_ns_facts *ns)
{
	read_ints(root, "core/somaxconn", &ns->somaxconn, 1);
	read_ints(root, "ipv4/tcp_syncookies", &ns->syncookies, 1);
	read_ints(root, "ipv4/tcp_max_syn_backlog", &ns->max_syn_backlog, 1);
	read_ints(root, "ipv4/tcp_max_tw_buckets", &ns->max_tw_buckets, 1);
	read_ints(root, "ipv4/tcp_max_orphans", &ns->max_orphans, 1);
	read_ints(root, "ipv4/tcp_mem", ns->tcp_mem, 3);
}

void doc_read_sockstat(const char *root, struct doc_ns_facts *ns)
{
	struct summary *s = malloc(sizeof(*s));

	ns->orphans = ns->tw = ns->mem_pages = -1;
	if (!s)
		return;
	summary_init(s);
	if (summary_read_sockstat(root, s, NULL) == 0) {
		if (s->sockstat_have & SSTAT_BIT(SSTAT_TCP_ORPHAN))
			ns->orphans = (int64_t)s->sockstat[SSTAT_TCP_ORPHAN];
		if (s->sockstat_have & SSTAT_BIT(SSTAT_TCP_TW))
			ns->tw = (int64_t)s->sockstat[SSTAT_TCP_TW];
		if (s->sockstat_have & SSTAT_BIT(SSTAT_TCP_MEM))
			ns->mem_pages = (int64_t)s->sockstat[SSTAT_TCP_MEM];
	}
	free(s);
}

/* Which counters each check needs: when a sample lacks one, the check says so. */
static const struct {
	unsigned int check;
	const char *group, *field;
} needs[] = {
	{ DOC_CHK_ACCEPT, "TcpExt", "ListenOverflows" },
	{ DOC_CHK_ACCEPT, "TcpExt", "ListenDrops" },
	{ DOC_CHK_SYN, "TcpExt", "TCPReqQFullDrop" },
	{ DOC_CHK_SYN, "TcpExt", "TCPReqQFullDoCookies" },
	{ DOC_CHK_DROPS, "Udp", "RcvbufErrors" },
	{ DOC_CHK_DROPS, "Udp", "InErrors" },
	{ DOC_CHK_HOST, "TcpExt", "TCPTimeWaitOverflow" },
};

void doc_note_counters(struct doc_run *d, const struct doc_ns_facts *ns)
{
	uint64_t v;

	for (size_t i = 0; i < sizeof(needs) / sizeof(needs[0]); i++)
		if (!doc_delta(ns, needs[i].group, needs[i].field, &v))
			doc_note(d, needs[i].check, ns->index, "%s %s: not given by "
				 "/proc/net/netstat or snmp in both samples; its delta is unknown",
				 needs[i].group, needs[i].field);
}

void doc_note_settings(struct doc_run *d, const struct doc_ns_facts *ns)
{
	if (ns->syncookies < 0 || ns->max_syn_backlog < 0)
		doc_note(d, DOC_CHK_SYN, ns->index, "tcp_syncookies or tcp_max_syn_backlog "
			 "unknown: the SYN queue limit is taken as the backlog");
	if (ns->tw < 0 || ns->max_tw_buckets < 0)
		doc_note(d, DOC_CHK_HOST, ns->index, "TIME_WAIT count or tcp_max_tw_buckets unknown");
	if (!ns->host_global)
		return;
	/* host-wide sysctls: only the host's (initial) namespace shows them */
	if (ns->orphans < 0 || ns->max_orphans < 0)
		doc_note(d, DOC_CHK_HOST, ns->index, "orphans against tcp_max_orphans: %s unknown%s",
			 ns->orphans < 0 ? "the orphan count" : "tcp_max_orphans",
			 ns->orphans < 0 ? "" : " (host-wide: only the host's network namespace "
			 "shows it)");
	if (ns->mem_pages < 0 || ns->tcp_mem[2] < 0)
		doc_note(d, DOC_CHK_HOST, ns->index, "TCP memory against tcp_mem: %s unknown%s",
			 ns->mem_pages < 0 ? "the memory in use" : "tcp_mem",
			 ns->mem_pages < 0 ? "" : " (host-wide: only the host's network namespace "
			 "shows it)");
}
