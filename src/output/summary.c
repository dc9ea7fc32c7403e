/* SPDX-License-Identifier: MIT */
/* summary.c - accumulates the -s counts, joins them with the kernel's counters
 * (read by source/counters.c), prints JSON (the text is summary_print.c). */
#include <errno.h>
#include <stdbool.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/counters.h"
#include "sockls/file.h"
#include "sockls/json.h"
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

/* sockstat's "inuse" for a family, 0 when the file is missing (no IPv6). */
static uint64_t inuse_of(const struct summary *s, unsigned int fam)
{
	enum sstat_key k = fam == SUM_FAM_INET ? SSTAT_TCP_INUSE : SSTAT_TCP6_INUSE;
	return (s->sockstat_have & SSTAT_BIT(k)) ? s->sockstat[k] : 0;
}

/* The connected groups from the counters: CurrEstab and what else is hashed.
 * A group of none makes each of its states known: 0. */
static void count_groups(struct summary *s, uint64_t conn)
{
	uint64_t est = s->sockstat[SSTAT_TCP_CURR_ESTAB];

	if (!(s->sockstat_have & SSTAT_BIT(SSTAT_TCP_CURR_ESTAB)) || est > conn) {
		/* no snmp, or counters read at different instants disagree */
		s->unknown |= SUM_UNK_EST_CW | SUM_UNK_OTHER;
		return;
	}
	s->grp_est_cw = est;
	s->grp_other = conn - est;
	if (s->grp_est_cw == 0)
		s->tcp_unknown &= ~SUM_GRP_EST_CW;
	if (s->grp_other == 0)
		s->tcp_unknown &= ~SUM_GRP_OTHER;
}

/* TCP sockets per family: "inuse" (every hashed one) when no socket is in
 * TIME_WAIT, whose family no counter tells; else unknown. */
static void count_families(struct summary *s, bool tw_none)
{
	if (!tw_none) {
		s->unknown |= SUM_UNK_TCP_FAMILY;
		return;
	}
	for (unsigned int f = SUM_FAM_INET; f <= SUM_FAM_INET6; f++) {
		uint64_t n = sat_sub(inuse_of(s, f), s->tcp_hashed[f]);
		s->by_proto_family[PROTO_TCP][f] += n;
		s->by_family[f] += n;
	}
}

int summary_count_tcp(struct summary *s)
{
	uint64_t conn = 0, tw = 0;
	bool tw_known = s->sockstat_have & SSTAT_BIT(SSTAT_TCP_TW);

	if (!(s->sockstat_have & SSTAT_BIT(SSTAT_TCP_INUSE)))
		return -ENODATA;
	s->tcp_counted = true;
	s->tcp_unknown = (STATES_ALL & ~STATE_BIT(ST_LISTEN)) |
			 STATE_BIT(ST_NEW_SYN_RECV) | STATE_BIT(ST_BOUND_INACTIVE);
	for (unsigned int f = SUM_FAM_INET; f <= SUM_FAM_INET6; f++)
		conn += sat_sub(inuse_of(s, f), s->tcp_hashed[f]);
	if (tw_known) {
		/* "tw" counts timewait sockets: TIME_WAIT and the orphans that
		 * closed in FIN_WAIT2 (ss lists those as FIN-WAIT-2). */
		tw = s->sockstat[SSTAT_TCP_TW];
		s->grp_tw = tw;
		s->by_proto[PROTO_TCP] += conn + tw;
		s->total += conn + tw;
	} else {
		s->unknown |= SUM_UNK_TCP_TOTAL;
	}
	count_families(s, tw_known && tw == 0);
	count_groups(s, conn);
	if (tw_known && tw == 0)
		s->tcp_unknown &= ~STATE_BIT(ST_TIME_WAIT);
	else
		s->tcp_unknown |= STATE_BIT(ST_TIME_WAIT) | STATE_BIT(ST_FIN_WAIT2);
	s->eph_unknown = conn + tw > 0;
	return 0;
}

static uint64_t state_sum(const struct summary *s, uint32_t states)
{
	uint64_t n = 0;
	for (unsigned int st = 0; st < ST_MAX; st++)
		if (states & STATE_BIT(st))
			n += s->tcp_states[st];
	return n;
}

int summary_group(const struct summary *s, uint32_t grp, uint64_t *v)
{
	if (!summary_asked(s, PROTO_TCP, SUM_FAM_MAX))
		return -ENODATA;
	if (!s->tcp_counted) {
		*v = state_sum(s, grp);
		return 0;
	}
	if (s->unknown & (grp == SUM_GRP_EST_CW ? SUM_UNK_EST_CW : SUM_UNK_OTHER))
		return -ENODATA;
	*v = grp == SUM_GRP_EST_CW ? s->grp_est_cw : s->grp_other;
	return 0;
}

/* The counters are read and parsed in source/counters.c; these keep the
 * summary's names for its callers. */
size_t summary_parse_sockstat(const char *buf, size_t len, struct summary *s)
{
	return counters_parse_sockstat(buf, len, s->sockstat, &s->sockstat_have);
}

int summary_parse_snmp(const char *buf, size_t len, struct summary *s)
{
	return counters_parse_curr_estab(buf, len, s->sockstat, &s->sockstat_have);
}

int summary_read_sockstat(const char *proc_root, struct summary *s, struct file_fail *ff)
{
	return counters_read_sockstat(proc_root, s->sockstat, &s->sockstat_have, ff);
}

int summary_read_snmp(const char *proc_root, struct summary *s, struct file_fail *ff)
{
	return counters_read_snmp(proc_root, s->sockstat, &s->sockstat_have, ff);
}

unsigned int summary_eph_in_use(const struct summary *s, const struct eph_range *eph)
{
	unsigned int n = 0;
	for (uint32_t p = eph->low ? eph->low : 1; p <= eph->high; p++)
		if ((s->tcp_ports[p / 64] >> (p % 64) & 1) && eph_is_ephemeral(eph, (uint16_t)p))
			n++;
	return n;
}

bool summary_asked(const struct summary *s, unsigned int proto, unsigned int fam)
{
	if (s->asked_protos && !(s->asked_protos & (1u << proto)))
		return false;
	if (fam != SUM_FAM_INET && fam != SUM_FAM_INET6)
		return true;
	return !s->asked_fams || (s->asked_fams & (fam == SUM_FAM_INET ? 1u : 2u));
}

bool summary_state_known(const struct summary *s, unsigned int st)
{
	if (!summary_asked(s, PROTO_TCP, SUM_FAM_MAX))
		return false;
	return !(s->tcp_unknown & STATE_BIT(st));
}

/* Every TCP state but the kernel-internal ones, which only show when seen. */
bool summary_state_shown(const struct summary *s, unsigned int st)
{
	if (st == ST_UNKNOWN || st == ST_NEW_SYN_RECV || st == ST_BOUND_INACTIVE)
		return s->tcp_states[st] != 0;
	return true;
}

static void json_kval(struct jsonw *jw, const struct summary *s, const char *key, enum sstat_key k)
{
	if (s->sockstat_have & SSTAT_BIT(k))
		jsonw_key_uint(jw, key, s->sockstat[k]);
	else
		jsonw_key_null(jw, key);
}

/* A count, or null when the summary does not know it. */
static void json_count(struct jsonw *jw, const char *key, bool known, uint64_t v)
{
	if (known)
		jsonw_key_uint(jw, key, v);
	else
		jsonw_key_null(jw, key);
}

static void json_group(struct jsonw *jw, const struct summary *s, const char *key, uint32_t grp)
{
	uint64_t v;
	if (summary_group(s, grp, &v) == 0)
		jsonw_key_uint(jw, key, v);
	else
		jsonw_key_null(jw, key);
}

/* "tcp_counted" and the two groups, known in both modes. */
static void json_groups(struct jsonw *jw, const struct summary *s)
{
	jsonw_key_bool(jw, "tcp_counted", s->tcp_counted);
	jsonw_key(jw, "tcp_state_groups");
	jsonw_obj_begin(jw);
	json_group(jw, s, "established_close_wait", SUM_GRP_EST_CW);
	json_group(jw, s, "syn_sent_to_closing", SUM_GRP_OTHER);
	json_count(jw, "time_wait_orphan_fin_wait2",
		   s->tcp_counted && (s->sockstat_have & SSTAT_BIT(SSTAT_TCP_TW)), s->grp_tw);
	jsonw_obj_end(jw);
}


/* v2: which tcp_states are null and why, so that a null is never read as
 * "none" (-s alone dumps only the listeners and counts the rest). */
static void json_states_unknown(struct jsonw *jw, const struct summary *s)
{
	const char *why = NULL;

	jsonw_key(jw, "tcp_states_unknown");
	jsonw_obj_begin(jw);
	jsonw_key(jw, "states");
	jsonw_arr_begin(jw);
	for (unsigned int st = 0; st < ST_MAX; st++) {
		if (!summary_state_shown(s, st) || st == ST_NEW_SYN_RECV || summary_state_known(s, st))
			continue;
		jsonw_str(jw, sock_state_name(PROTO_TCP, st));
		if (!summary_asked(s, PROTO_TCP, SUM_FAM_MAX))
			why = "tcp sockets of both families were not listed (a kind or family option left them out)";
		else if (s->tcp_counted)
			why = "only listening tcp sockets were dumped; the others were counted from the "
			      "kernel's counters, which give the groups of tcp_state_groups, not single "
			      "states (-a counts every state)";
		else
			why = "not counted";
	}
	jsonw_arr_end(jw);
	jsonw_key_str(jw, "why", why);
	jsonw_obj_end(jw);
}

static void json_listed(struct jsonw *jw, const struct summary *s)
{
	jsonw_key(jw, "listed");
	jsonw_obj_begin(jw);
	bool tot = !(s->unknown & SUM_UNK_TCP_TOTAL), fam = !(s->unknown & SUM_UNK_TCP_FAMILY);
	json_count(jw, "total", tot, s->total);
	for (size_t i = 0; i < proto_count; i++) {
		const struct proto_desc *d = &proto_table[i];
		unsigned int p = d->id;
		if (d->summary == PROTO_SUM_NONE) /* the schema names every key */
			continue;
		jsonw_key(jw, d->name);
		jsonw_obj_begin(jw);
		bool k4 = summary_asked(s, p, SUM_FAM_INET), k6 = summary_asked(s, p, SUM_FAM_INET6);
		bool both = summary_asked(s, p, SUM_FAM_MAX) && (!d->inet || (k4 && k6));
		bool counted = d->flags & PROTO_F_COUNTED; /* its totals may be unknown */
		json_count(jw, "total", (!counted || tot) && both, s->by_proto[p]);
		if (d->inet) {
			json_count(jw, "inet", (!counted || fam) && k4,
				   s->by_proto_family[p][SUM_FAM_INET]);
			json_count(jw, "inet6", (!counted || fam) && k6,
				   s->by_proto_family[p][SUM_FAM_INET6]);
		}
		jsonw_obj_end(jw);
	}
	jsonw_obj_end(jw);
	jsonw_key(jw, "tcp_states");
	jsonw_obj_begin(jw);
	for (unsigned int st = 0; st < ST_MAX; st++) {
		if (!summary_state_shown(s, st) || st == ST_NEW_SYN_RECV)
			continue;
		if (summary_state_known(s, st))
			jsonw_key_uint(jw, sock_state_name(PROTO_TCP, st), s->tcp_states[st]);
		else
			jsonw_key_null(jw, sock_state_name(PROTO_TCP, st));
	}
	jsonw_obj_end(jw);
	if (!json_v1(jw))
		json_states_unknown(jw, s);
	json_groups(jw, s);
}

/* Keys follow the sockstat file: "kernel": {"tcp": {"inuse": 5, ...}, ...}. */
static void json_kernel(struct jsonw *jw, const struct summary *s)
{
	jsonw_key(jw, "kernel");
	jsonw_obj_begin(jw);
	json_kval(jw, s, "sockets_used", SSTAT_SOCKETS_USED);
	json_kval(jw, s, "tcp_curr_estab", SSTAT_TCP_CURR_ESTAB);
	const char *group = NULL;
	for (size_t i = 1; i < sstat_names_count; i++) {
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
	/* sockstat's orphan, alloc and mem are not the namespace's: the kernel sums
	 * them over every namespace of the host. */
	jsonw_key(jw, "kernel_host_wide");
	jsonw_arr_begin(jw);
	jsonw_str(jw, "tcp.orphan");
	jsonw_str(jw, "tcp.alloc");
	jsonw_str(jw, "tcp.mem");
	jsonw_str(jw, "udp.mem");
	jsonw_arr_end(jw);
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
