/* summary.c - accumulates the -s counts, parses /proc/net/sockstat{,6}, prints text and JSON. */
#include <errno.h>
#include <stdbool.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/file.h"
#include "sockls/jsonw.h"
#include "sockls/num.h"
#include "sockls/proto.h"
#include "sockls/summary.h"

/* The TCP states of full sockets in the established and listening hashes, which
 * sockstat's "inuse" counts: not TIME_WAIT, not request sockets (SYN_RECV, the
 * rare Fast Open child aside), not bound-only ones. */
#define SUM_HASHED (STATE_BIT(ST_ESTABLISHED) | STATE_BIT(ST_SYN_SENT) | \
		    STATE_BIT(ST_FIN_WAIT1) | STATE_BIT(ST_FIN_WAIT2) | STATE_BIT(ST_CLOSE_WAIT) | \
		    STATE_BIT(ST_LAST_ACK) | STATE_BIT(ST_LISTEN) | STATE_BIT(ST_CLOSING))

void summary_init(struct summary *s)
{
	memset(s, 0, sizeof(*s));
}

static unsigned int sum_family(unsigned int family)
{
	switch (family) {
	case AF_INET: return SUM_FAM_INET;
	case AF_INET6: return SUM_FAM_INET6;
	case AF_UNIX: return SUM_FAM_UNIX;
	default: return SUM_FAM_OTHER;
	}
}

void summary_add(struct summary *s, const struct sock_rec *rec)
{
	unsigned int fam = sum_family(rec->family);
	s->total++;
	s->by_family[fam]++;
	if (rec->proto >= PROTO_MAX)
		return;
	s->by_proto[rec->proto]++;
	if (fam == SUM_FAM_INET || fam == SUM_FAM_INET6)
		s->by_proto_family[rec->proto][fam]++;
	if (rec->proto != PROTO_TCP)
		return;
	unsigned int st = rec->state == ST_NEW_SYN_RECV ? ST_SYN_RECV : rec->state;
	s->tcp_states[st < ST_MAX ? st : ST_UNKNOWN]++;
	/* An orphan closed in FIN_WAIT2 lives on as a timewait socket (timer 3), unhashed. */
	if ((fam == SUM_FAM_INET || fam == SUM_FAM_INET6) && (STATE_BIT(st) & SUM_HASHED) &&
	    !(st == ST_FIN_WAIT2 && (rec->have & HAVE_TIMER) && rec->timer == TIMER_TIMEWAIT))
		s->tcp_hashed[fam]++;
	if (rec->local.port != 0)
		s->tcp_ports[rec->local.port / 64] |= 1ull << (rec->local.port % 64);
}

static uint64_t sat_sub(uint64_t a, uint64_t b)
{
	return a > b ? a - b : 0; /* counters and a dump are not one instant */
}

int summary_count_estab(struct summary *s)
{
	static const enum sstat_key inuse[2] = { SSTAT_TCP_INUSE, SSTAT_TCP6_INUSE };
	uint64_t est = 0;

	if (!(s->sockstat_have & SSTAT_BIT(SSTAT_TCP_INUSE)))
		return -ENODATA;
	for (unsigned int f = SUM_FAM_INET; f <= SUM_FAM_INET6; f++) {
		uint64_t n = 0;
		if (s->sockstat_have & SSTAT_BIT(inuse[f]))
			n = sat_sub(s->sockstat[inuse[f]], s->tcp_hashed[f]);
		s->by_proto_family[PROTO_TCP][f] += n;
		s->by_family[f] += n;
		est += n;
	}
	s->tcp_states[ST_ESTABLISHED] += est;
	s->by_proto[PROTO_TCP] += est;
	s->total += est;
	s->eph_unknown = est > 0;
	return 0;
}

struct sstat_name {
	const char *proto, *key;
	enum sstat_key idx;
};

static const struct sstat_name sstat_names[] = {
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

static bool tok_eq(const char *t, size_t n, const char *word)
{
	return strlen(word) == n && memcmp(t, word, n) == 0;
}

static bool tok_uint(const char *t, size_t n, uint64_t *v)
{
	return num_parse(t, n, 10, UINT64_MAX, v) == 0;
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

static size_t parse_line(const char *p, const char *end, struct summary *s)
{
	const char *colon = memchr(p, ':', (size_t)(end - p));
	if (!colon)
		return 0;
	const char *proto = p;
	size_t proto_len = (size_t)(colon - p), set = 0;
	const char *key, *val;
	size_t key_len, val_len;
	p = colon + 1;
	while (next_tok(&p, end, &key, &key_len) && next_tok(&p, end, &val, &val_len)) {
		uint64_t v;
		for (size_t i = 0; i < sizeof(sstat_names) / sizeof(sstat_names[0]); i++) {
			const struct sstat_name *sn = &sstat_names[i];
			if (tok_eq(proto, proto_len, sn->proto) && tok_eq(key, key_len, sn->key) &&
			    tok_uint(val, val_len, &v)) {
				s->sockstat[sn->idx] = v;
				s->sockstat_have |= SSTAT_BIT(sn->idx);
				set++;
			}
		}
	}
	return set;
}

size_t summary_parse_sockstat(const char *buf, size_t len, struct summary *s)
{
	const char *p = buf, *end = buf + len;
	size_t set = 0;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *eol = nl ? nl : end;
		set += parse_line(p, eol, s);
		p = nl ? nl + 1 : end;
	}
	return set;
}

/* Real sockstat files are a few hundred bytes. */
#define SSTAT_FILE_MAX 4096

static int read_one(const char *proc_root, const char *name, struct summary *s,
		    struct file_fail *ff)
{
	char path[FILE_PATH_MAX], buf[SSTAT_FILE_MAX];
	size_t len;
	int n = snprintf(path, sizeof(path), "%s/net/%s", proc_root, name);
	if (n < 0 || (size_t)n >= sizeof(path))
		return -ENAMETOOLONG;
	int err = file_read_small(path, buf, sizeof(buf), &len);
	if (err) {
		file_fail_set(ff, path, err, sizeof(buf) - 1, 0);
		return err;
	}
	summary_parse_sockstat(buf, len, s);
	return 0;
}

int summary_read_sockstat(const char *proc_root, struct summary *s, struct file_fail *ff)
{
	struct file_fail f4, f6;

	if (!proc_root)
		proc_root = "/proc";
	int e4 = read_one(proc_root, "sockstat", s, &f4);
	int e6 = read_one(proc_root, "sockstat6", s, &f6);
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

unsigned int summary_eph_in_use(const struct summary *s, const struct eph_range *eph)
{
	unsigned int n = 0;
	for (uint32_t p = eph->low ? eph->low : 1; p <= eph->high; p++)
		if ((s->tcp_ports[p / 64] >> (p % 64) & 1) && eph_is_ephemeral(eph, (uint16_t)p))
			n++;
	return n;
}

/* A kernel value, or "?" when sockstat did not give it. */
static const char *kval(const struct summary *s, enum sstat_key k, char buf[24])
{
	if (!(s->sockstat_have & SSTAT_BIT(k)))
		return "?";
	snprintf(buf, 24, "%llu", (unsigned long long)s->sockstat[k]);
	return buf;
}

/* "a/b" of two kernel values, for the IPv4/IPv6 kernel column. */
static const char *kpair(const struct summary *s, enum sstat_key a, enum sstat_key b, char buf[48])
{
	char x[24], y[24];
	snprintf(buf, 48, "%s/%s", kval(s, a, x), kval(s, b, y));
	return buf;
}

static void print_head(FILE *out, const struct summary *s)
{
	char a[24], b[24], c[24], d[24];
	const uint64_t *st = s->tcp_states;
	fprintf(out, "Total: %llu listed, %s in the kernel\n", (unsigned long long)s->total,
		kval(s, SSTAT_SOCKETS_USED, a));
	fprintf(out, "TCP:   %llu (estab %llu, listen %llu, timewait %llu, orphaned %s, "
		"kernel tw %s, alloc %s, mem %s pages)\n\n",
		(unsigned long long)s->by_proto[PROTO_TCP], (unsigned long long)st[ST_ESTABLISHED],
		(unsigned long long)st[ST_LISTEN], (unsigned long long)st[ST_TIME_WAIT],
		kval(s, SSTAT_TCP_ORPHAN, a), kval(s, SSTAT_TCP_TW, b),
		kval(s, SSTAT_TCP_ALLOC, c), kval(s, SSTAT_TCP_MEM, d));
}

/* The kinds past UNIX (packet, netlink, MPTCP, SCTP, vsock), when any was listed. */
static void print_kinds(FILE *out, const struct summary *s)
{
	for (unsigned int p = PROTO_UNIX + 1; p < PROTO_MAX; p++) {
		const struct proto_desc *d = proto_get(p);
		char name[16];
		size_t n = 0;

		if (!d || s->by_proto[p] == 0)
			continue;
		for (; n < sizeof(name) - 1 && d->name[n]; n++)
			name[n] = (char)(d->name[n] & ~0x20);
		name[n] = '\0';
		if (d->inet)
			fprintf(out, "%-9s %-9llu %-9llu %llu\n", name,
				(unsigned long long)s->by_proto[p],
				(unsigned long long)s->by_proto_family[p][SUM_FAM_INET],
				(unsigned long long)s->by_proto_family[p][SUM_FAM_INET6]);
		else
			fprintf(out, "%-9s %llu\n", name, (unsigned long long)s->by_proto[p]);
	}
}

static void print_transport(FILE *out, const struct summary *s)
{
	static const struct { unsigned int proto; const char *name; enum sstat_key k4, k6; } rows[] = {
		{ PROTO_RAW, "RAW", SSTAT_RAW_INUSE, SSTAT_RAW6_INUSE },
		{ PROTO_UDP, "UDP", SSTAT_UDP_INUSE, SSTAT_UDP6_INUSE },
		{ PROTO_TCP, "TCP", SSTAT_TCP_INUSE, SSTAT_TCP6_INUSE },
	};
	char k[48];
	uint64_t in4 = 0, in6 = 0;
	fprintf(out, "%-9s %-9s %-9s %-9s %s\n", "Transport", "Total", "IPv4", "IPv6",
		"Kernel inuse IPv4/IPv6");
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		const uint64_t *pf = s->by_proto_family[rows[i].proto];
		in4 += pf[SUM_FAM_INET];
		in6 += pf[SUM_FAM_INET6];
		uint64_t both = pf[SUM_FAM_INET] + pf[SUM_FAM_INET6];
		fprintf(out, "%-9s %-9llu %-9llu %-9llu %s\n", rows[i].name, (unsigned long long)both,
			(unsigned long long)pf[SUM_FAM_INET], (unsigned long long)pf[SUM_FAM_INET6],
			kpair(s, rows[i].k4, rows[i].k6, k));
	}
	uint64_t inet = in4 + in6;
	fprintf(out, "%-9s %-9llu %-9llu %llu\n", "INET", (unsigned long long)inet,
		(unsigned long long)in4, (unsigned long long)in6);
	fprintf(out, "%-9s %-9s %-9s %-9s %s\n", "FRAG", "-", "-", "-",
		kpair(s, SSTAT_FRAG_INUSE, SSTAT_FRAG6_INUSE, k));
	fprintf(out, "%-9s %llu\n", "UNIX", (unsigned long long)s->by_proto[PROTO_UNIX]);
	print_kinds(out, s);
	fputc('\n', out);
}

/* Every TCP state but the kernel-internal ones, which only show when seen. */
static bool state_shown(const struct summary *s, unsigned int st)
{
	if (st == ST_UNKNOWN || st == ST_NEW_SYN_RECV || st == ST_BOUND_INACTIVE)
		return s->tcp_states[st] != 0;
	return true;
}

static void print_states(FILE *out, const struct summary *s)
{
	const char *sep = "";
	fprintf(out, "TCP states:");
	for (unsigned int st = 0; st < ST_MAX; st++) {
		if (!state_shown(s, st))
			continue;
		fprintf(out, "%s %s %llu", sep, sock_state_name(PROTO_TCP, st),
			(unsigned long long)s->tcp_states[st]);
		sep = ",";
	}
	fputc('\n', out);
}

static void print_ephemeral(FILE *out, const struct summary *s, const struct eph_range *eph)
{
	if (!eph) {
		fprintf(out, "Ephemeral ports: range unknown\n");
		return;
	}
	unsigned int used = summary_eph_in_use(s, eph), usable = eph_usable(eph);
	if (s->eph_unknown) {
		fprintf(out, "Ephemeral ports %u-%u: ? in use by TCP of %u usable "
			"(ESTABLISHED sockets were counted, not listed: -s -a lists them)\n",
			eph->low, eph->high, usable);
		return;
	}
	fprintf(out, "Ephemeral ports %u-%u: %u in use by TCP of %u usable (%.1f%%)\n",
		eph->low, eph->high, used, usable, usable ? 100.0 * used / usable : 0.0);
}

int summary_print(FILE *out, const struct summary *s, const struct eph_range *eph)
{
	print_head(out, s);
	print_transport(out, s);
	print_states(out, s);
	print_ephemeral(out, s, eph);
	if (ferror(out))
		return errno ? -errno : -EIO;
	return 0;
}

static void json_kval(struct jsonw *jw, const struct summary *s, const char *key, enum sstat_key k)
{
	if (s->sockstat_have & SSTAT_BIT(k))
		jsonw_key_uint(jw, key, s->sockstat[k]);
	else
		jsonw_key_null(jw, key);
}

static void json_listed(struct jsonw *jw, const struct summary *s)
{
	jsonw_key(jw, "listed");
	jsonw_obj_begin(jw);
	jsonw_key_uint(jw, "total", s->total);
	for (unsigned int p = 0; p < PROTO_MAX; p++) {
		jsonw_key(jw, sock_proto_name(p));
		jsonw_obj_begin(jw);
		jsonw_key_uint(jw, "total", s->by_proto[p]);
		const struct proto_desc *d = proto_get(p);
		if (d && d->inet) {
			jsonw_key_uint(jw, "inet", s->by_proto_family[p][SUM_FAM_INET]);
			jsonw_key_uint(jw, "inet6", s->by_proto_family[p][SUM_FAM_INET6]);
		}
		jsonw_obj_end(jw);
	}
	jsonw_obj_end(jw);
	jsonw_key(jw, "tcp_states");
	jsonw_obj_begin(jw);
	for (unsigned int st = 0; st < ST_MAX; st++)
		if (state_shown(s, st) && st != ST_NEW_SYN_RECV)
			jsonw_key_uint(jw, sock_state_name(PROTO_TCP, st), s->tcp_states[st]);
	jsonw_obj_end(jw);
}

/* Keys follow the sockstat file: "kernel": {"tcp": {"inuse": 5, ...}, ...}. */
static void json_kernel(struct jsonw *jw, const struct summary *s)
{
	jsonw_key(jw, "kernel");
	jsonw_obj_begin(jw);
	json_kval(jw, s, "sockets_used", SSTAT_SOCKETS_USED);
	const char *group = NULL;
	for (size_t i = 1; i < sizeof(sstat_names) / sizeof(sstat_names[0]); i++) {
		const struct sstat_name *sn = &sstat_names[i];
		if (!group || strcmp(group, sn->proto) != 0) {
			if (group)
				jsonw_obj_end(jw);
			char lower[16];
			size_t n = 0;
			for (; n < sizeof(lower) - 1 && sn->proto[n]; n++)
				lower[n] = (char)(sn->proto[n] | 0x20);
			lower[n] = '\0';
			jsonw_key(jw, lower);
			jsonw_obj_begin(jw);
			group = sn->proto;
		}
		json_kval(jw, s, sn->key, sn->idx);
	}
	if (group)
		jsonw_obj_end(jw);
	jsonw_obj_end(jw);
}

int summary_json(struct jsonw *jw, const struct summary *s, const struct eph_range *eph)
{
	jsonw_obj_begin(jw);
	json_listed(jw, s);
	json_kernel(jw, s);
	jsonw_key(jw, "ephemeral");
	if (eph) {
		unsigned int used = summary_eph_in_use(s, eph), usable = eph_usable(eph);
		jsonw_obj_begin(jw);
		jsonw_key_uint(jw, "low", eph->low);
		jsonw_key_uint(jw, "high", eph->high);
		jsonw_key_uint(jw, "usable", usable);
		if (s->eph_unknown) {
			jsonw_key_null(jw, "tcp_in_use");
			jsonw_key_null(jw, "tcp_pct");
		} else {
			jsonw_key_uint(jw, "tcp_in_use", used);
			jsonw_key_double(jw, "tcp_pct", usable ? 100.0 * used / usable : 0.0);
		}
		jsonw_obj_end(jw);
	} else {
		jsonw_null(jw);
	}
	jsonw_obj_end(jw);
	return jsonw_error(jw);
}
