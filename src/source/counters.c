/* SPDX-License-Identifier: MIT */
/* counters.c - reads the kernel's socket counters from /proc/net: sockstat
 * and sockstat6 for -s, snmp and netstat (one parser of their "Group:" line
 * pairs) for -s's CurrEstab and the metrics of kstat.c. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "sockls/counters.h"
#include "sockls/num.h"

const struct sstat_name sstat_names[] = {
	{ "sockets", "used", SSTAT_SOCKETS_USED },
	{ "TCP", "inuse", SSTAT_TCP_INUSE }, { "TCP", "orphan", SSTAT_TCP_ORPHAN },
	{ "TCP", "tw", SSTAT_TCP_TW }, { "TCP", "alloc", SSTAT_TCP_ALLOC },
	{ "TCP", "mem", SSTAT_TCP_MEM },
	{ "UDP", "inuse", SSTAT_UDP_INUSE }, { "UDP", "mem", SSTAT_UDP_MEM },
	{ "UDPLITE", "inuse", SSTAT_UDPLITE_INUSE },
	{ "RAW", "inuse", SSTAT_RAW_INUSE },
	{ "FRAG", "inuse", SSTAT_FRAG_INUSE }, { "FRAG", "memory", SSTAT_FRAG_MEMORY },
	{ "TCP6", "inuse", SSTAT_TCP6_INUSE }, { "UDP6", "inuse", SSTAT_UDP6_INUSE },
	{ "UDPLITE6", "inuse", SSTAT_UDPLITE6_INUSE }, { "RAW6", "inuse", SSTAT_RAW6_INUSE },
	{ "FRAG6", "inuse", SSTAT_FRAG6_INUSE }, { "FRAG6", "memory", SSTAT_FRAG6_MEMORY },
};
const size_t sstat_names_count = sizeof(sstat_names) / sizeof(sstat_names[0]);

static bool tok_eq(const char *t, size_t n, const char *word)
{
	return strlen(word) == n && memcmp(t, word, n) == 0;
}

/* Next blank-separated token of [*p, end); false at the end. */
static bool next_tok(const char **p, const char *end, const char **tok, size_t *n)
{
	const char *q = *p;

	while (q < end && (*q == ' ' || *q == '\t'))
		q++;
	*tok = q;
	while (q < end && *q != ' ' && *q != '\t')
		q++;
	*n = (size_t)(q - *tok);
	*p = q;
	return *n > 0;
}

/* "PROTO: key value key value ...": the values sstat_names knows. */
static size_t sockstat_line(const char *p, const char *end, uint64_t *v, uint32_t *have)
{
	const char *colon = memchr(p, ':', (size_t)(end - p)), *proto = p, *key, *val;
	size_t proto_len, key_len, val_len, set = 0;
	uint64_t x;

	if (!colon)
		return 0;
	proto_len = (size_t)(colon - p);
	p = colon + 1;
	while (next_tok(&p, end, &key, &key_len) && next_tok(&p, end, &val, &val_len)) {
		for (size_t i = 0; i < sstat_names_count; i++) {
			const struct sstat_name *sn = &sstat_names[i];
			if (tok_eq(proto, proto_len, sn->proto) && tok_eq(key, key_len, sn->key) &&
			    num_parse(val, val_len, 10, UINT64_MAX, &x) == 0) {
				v[sn->idx] = x;
				*have |= SSTAT_BIT(sn->idx);
				set++;
			}
		}
	}
	return set;
}

size_t counters_parse_sockstat(const char *buf, size_t len, uint64_t *v, uint32_t *have)
{
	const char *p = buf, *end = buf + len;
	size_t set = 0;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *eol = nl ? nl : end;
		set += sockstat_line(p, eol, v, have);
		p = nl ? nl + 1 : end;
	}
	return set;
}

/* The names and values lines of one group, each after its "Group:". */
static int table_pair(struct counter_field *f, const char *n, const char *ne, const char *v,
		      const char *ve, counter_field_cb cb, void *data)
{
	while (next_tok(&n, ne, &f->name, &f->nlen)) {
		if (!next_tok(&v, ve, &f->val, &f->vlen))
			return -EINVAL;
		cb(f, data);
	}
	return 0;
}

int counters_parse_table(const char *buf, size_t len, counter_field_cb cb, void *data)
{
	const char *p = buf, *end = buf + len;
	struct counter_field f;

	while (p < end) {
		const char *e1 = memchr(p, '\n', (size_t)(end - p));
		if (!e1)
			return 0; /* a last line cut short */
		const char *l2 = e1 + 1, *e2 = memchr(l2, '\n', (size_t)(end - l2));
		if (!e2)
			e2 = end;
		const char *c1 = memchr(p, ':', (size_t)(e1 - p));
		const char *c2 = memchr(l2, ':', (size_t)(e2 - l2));
		if (!c1 || !c2 || c1 - p != c2 - l2 || memcmp(p, l2, (size_t)(c1 - p)) != 0)
			return -EINVAL;
		f.group = p;
		f.glen = (size_t)(c1 - p);
		int err = table_pair(&f, c1 + 1, e1, c2 + 1, e2, cb, data);
		if (err)
			return err;
		p = e2 < end ? e2 + 1 : end;
	}
	return 0;
}

struct estab_pick {
	uint64_t *v;
	uint32_t *have;
	bool seen, set;
};

static void curr_estab_cb(const struct counter_field *f, void *data)
{
	struct estab_pick *pk = data;
	uint64_t x;

	if (pk->seen || !tok_eq(f->group, f->glen, "Tcp") || !tok_eq(f->name, f->nlen, "CurrEstab"))
		return;
	pk->seen = true; /* the first one counts, a count or not */
	if (num_parse(f->val, f->vlen, 10, UINT64_MAX, &x) < 0)
		return;
	pk->v[SSTAT_TCP_CURR_ESTAB] = x;
	*pk->have |= SSTAT_BIT(SSTAT_TCP_CURR_ESTAB);
	pk->set = true;
}

int counters_parse_curr_estab(const char *buf, size_t len, uint64_t *v, uint32_t *have)
{
	struct estab_pick pk = { v, have, false, false };

	counters_parse_table(buf, len, curr_estab_cb, &pk); /* what came before a bad pair counts */
	return pk.set;
}

int counters_read(const char *proc_root, const char *name, char *buf, size_t cap, size_t *len,
		  struct file_fail *ff)
{
	char path[FILE_PATH_MAX];
	int n = snprintf(path, sizeof(path), "%s/net/%s", proc_root ? proc_root : "/proc", name);
	int err;

	if (n < 0 || (size_t)n >= sizeof(path))
		return -ENAMETOOLONG;
	err = file_read_small(path, buf, cap, len);
	if (err && ff)
		file_fail_set(ff, path, err, cap - 1, 0);
	return err;
}

/* Real sockstat files are a few hundred bytes, snmp under 2 KiB. */
#define SSTAT_FILE_MAX 16384

int counters_read_sockstat(const char *proc_root, uint64_t *v, uint32_t *have,
			   struct file_fail *ff)
{
	char buf[SSTAT_FILE_MAX];
	struct file_fail f4, f6;
	size_t len;
	int e4 = counters_read(proc_root, "sockstat", buf, sizeof(buf), &len, &f4);

	if (!e4)
		counters_parse_sockstat(buf, len, v, have);
	int e6 = counters_read(proc_root, "sockstat6", buf, sizeof(buf), &len, &f6);
	if (!e6)
		counters_parse_sockstat(buf, len, v, have);
	/* a missing file is normal (no IPv6); one that is there and unreadable is not */
	int err = e4 && e4 != -ENOENT ? e4 : e6 && e6 != -ENOENT ? e6 : 0;
	if (!err && e4 && e6)
		err = e4;
	if (err && ff)
		*ff = err == e4 ? f4 : f6;
	else if (ff)
		ff->err = 0;
	return err;
}

int counters_read_snmp(const char *proc_root, uint64_t *v, uint32_t *have, struct file_fail *ff)
{
	char buf[SSTAT_FILE_MAX];
	size_t len;
	int err = counters_read(proc_root, "snmp", buf, sizeof(buf), &len, ff);

	if (!err)
		counters_parse_curr_estab(buf, len, v, have);
	if (!err && ff)
		ff->err = 0;
	return err == -ENOENT ? 0 : err;
}
