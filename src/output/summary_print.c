/* SPDX-License-Identifier: MIT */
/* summary_print.c - the -s summary as text: the kernel's counts beside the listed ones. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>

#include "sockls/proto.h"
#include "sockls/summary.h"

/* A kernel value, or "?" when sockstat did not give it. */
static const char *kval(const struct summary *s, enum sstat_key k, char buf[24])
{
	if (!(s->sockstat_have & SSTAT_BIT(k)))
		return "?";
	snprintf(buf, 24, "%llu", (unsigned long long)s->sockstat[k]);
	return buf;
}

/* A count, or "?" when it is not known. */
static const char *uval(bool known, uint64_t v, char buf[24])
{
	if (!known)
		return "?";
	snprintf(buf, 24, "%llu", (unsigned long long)v);
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
	char a[24], b[24], c[24], d[24], t[24], e[24], w[24], l[24];
	const uint64_t *st = s->tcp_states;
	bool tot = !(s->unknown & SUM_UNK_TCP_TOTAL), tcp = summary_asked(s, PROTO_TCP, SUM_FAM_MAX);
	fprintf(out, "Total: %s %s, %s in the kernel\n", uval(tot, s->total, t),
		s->tcp_counted ? "listed or counted" : "listed", kval(s, SSTAT_SOCKETS_USED, a));
	/* orphan, alloc and mem are the kernel's totals over every namespace */
	fprintf(out, "TCP:   %s (estab %s, listen %s, timewait %s, kernel tw %s; "
		"host-wide: orphaned %s, alloc %s, mem %s pages)\n\n",
		uval(tot && tcp, s->by_proto[PROTO_TCP], t),
		uval(summary_state_known(s, ST_ESTABLISHED), st[ST_ESTABLISHED], e),
		uval(tcp, st[ST_LISTEN], l),
		uval(summary_state_known(s, ST_TIME_WAIT), st[ST_TIME_WAIT], w),
		kval(s, SSTAT_TCP_TW, b), kval(s, SSTAT_TCP_ORPHAN, a),
		kval(s, SSTAT_TCP_ALLOC, c), kval(s, SSTAT_TCP_MEM, d));
}

/* The kinds of a line of their own (PROTO_SUM_LISTED: packet, netlink,
 * MPTCP, SCTP, vsock), when any was listed. */
static void print_kinds(FILE *out, const struct summary *s)
{
	for (size_t i = 0; i < proto_count; i++) {
		const struct proto_desc *d = &proto_table[i];
		unsigned int p = d->id;
		char name[16];
		size_t n = 0;

		if (d->summary != PROTO_SUM_LISTED || p >= PROTO_MAX || s->by_proto[p] == 0)
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
	char k[48], x[24], y[24], z[24];
	uint64_t in4 = 0, in6 = 0, both = 0;
	bool fam = !(s->unknown & SUM_UNK_TCP_FAMILY), tot = !(s->unknown & SUM_UNK_TCP_TOTAL);
	bool all4 = true, all6 = true;
	fprintf(out, "%-9s %-9s %-9s %-9s %s\n", "Transport", "Total", "IPv4", "IPv6",
		"Kernel inuse IPv4/IPv6");
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		const uint64_t *pf = s->by_proto_family[rows[i].proto];
		bool tcp = rows[i].proto == PROTO_TCP;
		uint64_t n = tcp ? s->by_proto[PROTO_TCP] : pf[SUM_FAM_INET] + pf[SUM_FAM_INET6];
		in4 += pf[SUM_FAM_INET];
		in6 += pf[SUM_FAM_INET6];
		both += n;
		bool k4 = summary_asked(s, rows[i].proto, SUM_FAM_INET);
		bool k6 = summary_asked(s, rows[i].proto, SUM_FAM_INET6);
		all4 &= k4;
		all6 &= k6;
		fprintf(out, "%-9s %-9s %-9s %-9s %s\n", rows[i].name,
			uval((!tcp || tot) && k4 && k6, n, x), uval((!tcp || fam) && k4, pf[SUM_FAM_INET], y),
			uval((!tcp || fam) && k6, pf[SUM_FAM_INET6], z), kpair(s, rows[i].k4, rows[i].k6, k));
	}
	fprintf(out, "%-9s %-9s %-9s %s\n", "INET", uval(tot && all4 && all6, both, x),
		uval(fam && all4, in4, y), uval(fam && all6, in6, z));
	fprintf(out, "%-9s %-9s %-9s %-9s %s\n", "FRAG", "-", "-", "-",
		kpair(s, SSTAT_FRAG_INUSE, SSTAT_FRAG6_INUSE, k));
	fprintf(out, "%-9s %s\n", "UNIX",
		uval(summary_asked(s, PROTO_UNIX, SUM_FAM_MAX), s->by_proto[PROTO_UNIX], x));
	print_kinds(out, s);
	fputc('\n', out);
}

static void print_states(FILE *out, const struct summary *s)
{
	const char *sep = "";
	char v[24], w[24];
	uint64_t est = 0, other = 0;
	fprintf(out, "TCP states:");
	for (unsigned int st = 0; st < ST_MAX; st++) {
		if (!summary_state_shown(s, st))
			continue;
		fprintf(out, "%s %s %s", sep, sock_state_name(PROTO_TCP, st),
			uval(summary_state_known(s, st), s->tcp_states[st], v));
		sep = ",";
	}
	fputc('\n', out);
	if (!s->tcp_counted)
		return;
	/* -s without -a: what the kernel's counters say of the states shown as ? */
	bool have_est = summary_group(s, SUM_GRP_EST_CW, &est) == 0;
	bool have_other = summary_group(s, SUM_GRP_OTHER, &other) == 0;
	char t[24];
	bool have_tw = s->sockstat_have & SSTAT_BIT(SSTAT_TCP_TW);
	fprintf(out, "TCP counted: ESTABLISHED+CLOSE_WAIT %s, "
		"SYN_SENT+FIN_WAIT1+FIN_WAIT2+LAST_ACK+CLOSING %s, "
		"TIME_WAIT+orphaned FIN_WAIT2 %s (-s -a counts each state)\n",
		uval(have_est, est, v), uval(have_other, other, w), uval(have_tw, s->grp_tw, t));
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
			"(connected TCP sockets were counted, not listed: -s -a lists them)\n",
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

