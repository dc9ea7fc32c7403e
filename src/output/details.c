/* SPDX-License-Identifier: MIT */
/* details.c - formats the -o -e -m -i extras and the -p owners of one record, as ss words them. */
#include <netinet/in.h>
#include <linux/mptcp.h>
#include <linux/tcp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "sockls/cgroup.h"
#include "sockls/details.h"
#include "sockls/services.h"
#include "sockls/esc.h"
#include "sockls/proto.h"
#include "sockls/query.h"
#include "sockls/tcpinfo.h"

/* An output cursor that never overruns and never leaves a half-written item. */
struct dbuf {
	char *p;
	size_t cap, len;
};

__attribute__((format(printf, 2, 3)))
static void db_put(struct dbuf *b, const char *fmt, ...)
{
	if (b->cap == 0 || b->len + 1 >= b->cap)
		return;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(b->p + b->len, b->cap - b->len, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= b->cap - b->len)
		b->p[b->len] = '\0'; /* drop the item that did not fit whole */
	else
		b->len += (size_t)n;
}

/* n bytes of s, whole or not at all (as db_put); no format to parse: the
 * owner lists of -p are written for every row. */
static void db_cat(struct dbuf *b, const char *s, size_t n)
{
	if (b->cap == 0 || b->len + n >= b->cap) {
		if (b->cap)
			b->p[b->len] = '\0';
		return;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

/* A pid or fd (non-negative in a sock_owner) after the word. */
static void db_num(struct dbuf *b, const char *word, int32_t v)
{
	char t[16];
	size_t n = sizeof(t);
	uint32_t u = v < 0 ? 0u - (uint32_t)v : (uint32_t)v;

	do
		t[--n] = (char)('0' + u % 10);
	while ((u /= 10) && n > 1);
	if (v < 0)
		t[--n] = '-';
	db_cat(b, word, strlen(word));
	db_cat(b, t + n, sizeof(t) - n);
}

/* The congestion-control name: kernel text, a module's choice; escaped. */
static void put_cong(struct dbuf *b, const struct sock_rec *r)
{
	char esc[ESC_TERM_SIZE(SOCK_CONG_MAX)];

	esc_term(r->cong, strnlen(r->cong, SOCK_CONG_MAX), esc, sizeof(esc));
	db_put(b, "%s", esc);
}

/* A separating space before every item but the first. */
static void db_sep(struct dbuf *b)
{
	if (b->len > 0)
		db_put(b, " ");
}

static const char *timer_name(unsigned int t)
{
	static const char *const names[] = {
		[TIMER_OFF] = "off", [TIMER_ON] = "on", [TIMER_KEEPALIVE] = "keepalive",
		[TIMER_TIMEWAIT] = "timewait", [TIMER_PROBE] = "probe", [TIMER_DELACK] = "delack",
	};
	return t < sizeof(names) / sizeof(names[0]) ? names[t] : "unknown";
}

/* 598000 -> 9min58sec, 4580 -> 4.580sec, 200 -> 200ms; seconds are dropped
 * from 10 minutes on and milliseconds from 1 minute on, as ss does. */
static void put_expiry(struct dbuf *b, uint32_t ms)
{
	uint32_t min = ms / 60000, sec = ms / 1000 % 60, msec = ms % 1000;
	if (min > 0) {
		db_put(b, "%umin", min);
		if (sec > 0 && min < 10)
			db_put(b, "%usec", sec);
	} else if (sec > 0) {
		if (msec > 0)
			db_put(b, "%u.%03usec", sec, msec);
		else
			db_put(b, "%usec", sec);
	} else {
		db_put(b, "%ums", msec);
	}
}

static void put_timer(struct dbuf *b, const struct sock_rec *r)
{
	if (!proto_has(r->proto, PROTO_F_TCPINFO))
		return;
	if (!(r->have & HAVE_TIMER)) {
		db_sep(b);
		db_put(b, "timer:?");
		return;
	}
	if (r->timer == TIMER_OFF)
		return;
	db_sep(b);
	db_put(b, "timer:(%s,", timer_name(r->timer));
	put_expiry(b, r->expires_ms);
	db_put(b, ",%u)", r->retrans);
}

static void put_extended(struct dbuf *b, const struct sock_row *row)
{
	const struct sock_rec *r = row->rec;

	db_sep(b);
	if (!(r->have & HAVE_UID))
		db_put(b, "uid:?");
	else if (row->user)
		db_put(b, "uid:%u(%s)", r->uid, row->user);
	else
		db_put(b, "uid:%u", r->uid);
	if (r->have & HAVE_INODE)
		db_put(b, " ino:%llu", (unsigned long long)r->inode);
	else
		db_put(b, " ino:?");
	if (r->have & HAVE_COOKIE)
		db_put(b, " sk:%llx", (unsigned long long)r->cookie);
	else
		db_put(b, " sk:?");
	if ((r->have & HAVE_V6ONLY) && r->v6only)
		db_put(b, " v6only:1");
	if (row->local.have_class)
		db_put(b, " class:%s", svc_class_name((enum svc_class)row->local.port_class));
}

/* Sockets that are only a kernel minisock: no memory, no tcp_info exist. */
static bool is_minisock(const struct sock_rec *r)
{
	return sock_is_minisock(r);
}

static void put_memory(struct dbuf *b, const struct sock_rec *r)
{
	if (is_minisock(r))
		return;
	db_sep(b);
	if (!(r->have & HAVE_MEMINFO)) {
		db_put(b, "skmem:?");
		return;
	}
	const uint32_t *m = r->meminfo;
	db_put(b, "skmem:(r%u,rb%u,t%u,tb%u,f%u,w%u,o%u,bl%u,d%u)",
	       m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]);
}

/* Prints "<name>:<value>" for a nonzero 32-bit field, as ss leaves zeros out. */
/* "name:value" of a field of the one list (tcpinfo.h) when the kernel sent
 * it and it is not 0; microseconds as milliseconds. */
static void ti_put(struct dbuf *b, const struct sock_rec *r, enum tcpinfo_id id)
{
	const struct tcpinfo_field *f = &tcpinfo_fields[id];
	uint64_t v64;
	uint32_t v;

	if (f->size == 8) {
		if (tcpinfo_get(r, f->off, sizeof(v64), &v64) && v64 != 0) {
			db_sep(b);
			db_put(b, "%s:%llu", f->text, (unsigned long long)v64);
		}
	} else if (tcpinfo_get(r, f->off, sizeof(v), &v) && v != 0) {
		db_sep(b);
		if ((f->kind & ~TI_CONN) == TI_US_AS_MS)
			db_put(b, "%s:%g", f->text, v / 1000.0);
		else
			db_put(b, "%s:%u", f->text, v);
	}
}

/* bits/s with a K/M/G multiplier and one decimal, as ss does: "5.2Gbps". */
static const char *rate_str(char out[32], double bps)
{
	if (bps >= 1e9)
		snprintf(out, 32, "%.1fGbps", bps / 1e9);
	else if (bps >= 1e6)
		snprintf(out, 32, "%.1fMbps", bps / 1e6);
	else if (bps >= 1e3)
		snprintf(out, 32, "%.1fKbps", bps / 1e3);
	else
		snprintf(out, 32, "%.0fbps", bps);
	return out;
}

static void put_rate(struct dbuf *b, const char *name, double bps)
{
	char s[32];
	db_sep(b);
	db_put(b, "%s %s", name, rate_str(s, bps));
}

static void info_options(struct dbuf *b, const struct sock_rec *r)
{
	struct tcpinfo_head h;
	static const struct { uint8_t bit; const char *name; } opts[] = {
		{ TCPI_OPT_TIMESTAMPS, "ts" }, { TCPI_OPT_SACK, "sack" }, { TCPI_OPT_ECN, "ecn" },
		{ TCPI_OPT_ECN_SEEN, "ecnseen" }, { TCPI_OPT_SYN_DATA, "fastopen" },
	};

	tcpinfo_head(r, &h);
	for (size_t i = 0; h.have_options && i < sizeof(opts) / sizeof(opts[0]); i++) {
		if (h.options & opts[i].bit) {
			db_sep(b);
			db_put(b, "%s", opts[i].name);
		}
	}
	if (r->have & HAVE_CONG) {
		db_sep(b);
		put_cong(b, r);
	}
	if (h.have_wscale) {
		db_sep(b);
		db_put(b, "wscale:%u,%u", h.snd_wscale, h.rcv_wscale);
	}
}

static void info_rtt(struct dbuf *b, const struct sock_rec *r)
{
	uint32_t rtt = 0, rttvar = 0;
	uint8_t backoff = 0;
	ti_put(b, r, TIF_RTO);
	if (TCPINFO_FIELD(r, tcpi_backoff, backoff) && backoff) {
		db_sep(b);
		db_put(b, "backoff:%u", backoff);
	}
	if (TCPINFO_FIELD(r, tcpi_rtt, rtt) && rtt && TCPINFO_FIELD(r, tcpi_rttvar, rttvar)) {
		db_sep(b);
		db_put(b, "rtt:%g/%g", rtt / 1000.0, rttvar / 1000.0);
	}
	ti_put(b, r, TIF_ATO);
}

static void info_window(struct dbuf *b, const struct sock_rec *r)
{
	uint32_t ssthresh;
	ti_put(b, r, TIF_SND_MSS);
	ti_put(b, r, TIF_PMTU);
	ti_put(b, r, TIF_RCV_MSS);
	ti_put(b, r, TIF_ADVMSS);
	ti_put(b, r, TIF_SND_CWND);
	/* "infinite" (initial) ssthresh is not a value worth a column */
	if (TCPINFO_FIELD(r, tcpi_snd_ssthresh, ssthresh) && ssthresh && ssthresh < 0xFFFF) {
		db_sep(b);
		db_put(b, "ssthresh:%u", ssthresh);
	}
	ti_put(b, r, TIF_BYTES_SENT);
	ti_put(b, r, TIF_BYTES_RETRANS);
	ti_put(b, r, TIF_BYTES_ACKED);
	ti_put(b, r, TIF_BYTES_RECEIVED);
	ti_put(b, r, TIF_SEGS_OUT);
	ti_put(b, r, TIF_SEGS_IN);
	ti_put(b, r, TIF_DATA_SEGS_OUT);
	ti_put(b, r, TIF_DATA_SEGS_IN);
}

static void info_rates(struct dbuf *b, const struct sock_rec *r)
{
	uint32_t rtt = 0, mss = 0, cwnd = 0;
	uint64_t pacing = 0, pacing_max = 0, delivery = 0;
	struct tcpinfo_head h;
	if (TCPINFO_FIELD(r, tcpi_rtt, rtt) && TCPINFO_FIELD(r, tcpi_snd_mss, mss) &&
	    TCPINFO_FIELD(r, tcpi_snd_cwnd, cwnd) && rtt && mss && cwnd)
		put_rate(b, "send", (double)cwnd * mss * 8e6 / rtt);
	ti_put(b, r, TIF_LAST_DATA_SENT);
	ti_put(b, r, TIF_LAST_DATA_RECV);
	ti_put(b, r, TIF_LAST_ACK_RECV);
	if (TCPINFO_FIELD(r, tcpi_pacing_rate, pacing) && pacing && pacing != UINT64_MAX) {
		char s1[32], s2[32];
		db_sep(b);
		if (TCPINFO_FIELD(r, tcpi_max_pacing_rate, pacing_max) && pacing_max &&
		    pacing_max != UINT64_MAX)
			db_put(b, "pacing_rate %s/%s", rate_str(s1, (double)pacing * 8),
			       rate_str(s2, (double)pacing_max * 8));
		else
			db_put(b, "pacing_rate %s", rate_str(s1, (double)pacing * 8));
	}
	if (TCPINFO_FIELD(r, tcpi_delivery_rate, delivery) && delivery)
		put_rate(b, "delivery_rate", (double)delivery * 8);
	ti_put(b, r, TIF_DELIVERED);
	ti_put(b, r, TIF_DELIVERED_CE);
	tcpinfo_head(r, &h);
	if (h.have_app_limited && h.app_limited &&
	    tcpinfo_len(r) >= offsetof(struct tcp_info, tcpi_delivery_rate) + 8) {
		db_sep(b);
		db_put(b, "app_limited");
	}
}

/* busy:12ms rwnd_limited:3ms(25.0%) sndbuf_limited:1ms(8.3%) */
static void info_busy(struct dbuf *b, const struct sock_rec *r)
{
	uint64_t busy = 0, rwnd = 0, sndbuf = 0;
	if (!TCPINFO_FIELD(r, tcpi_busy_time, busy) || busy == 0)
		return;
	db_sep(b);
	db_put(b, "busy:%llums", (unsigned long long)(busy / 1000));
	if (TCPINFO_FIELD(r, tcpi_rwnd_limited, rwnd) && rwnd)
		db_put(b, " rwnd_limited:%llums(%.1f%%)", (unsigned long long)(rwnd / 1000),
		       100.0 * (double)rwnd / (double)busy);
	if (TCPINFO_FIELD(r, tcpi_sndbuf_limited, sndbuf) && sndbuf)
		db_put(b, " sndbuf_limited:%llums(%.1f%%)", (unsigned long long)(sndbuf / 1000),
		       100.0 * (double)sndbuf / (double)busy);
}

static void info_losses(struct dbuf *b, const struct sock_rec *r)
{
	uint32_t retrans = 0, total = 0, reordering = 0;
	ti_put(b, r, TIF_UNACKED);
	bool have_r = TCPINFO_FIELD(r, tcpi_retrans, retrans);
	bool have_t = TCPINFO_FIELD(r, tcpi_total_retrans, total);
	if ((have_r && retrans) || (have_t && total)) {
		db_sep(b);
		db_put(b, "retrans:%u/%u", retrans, total);
	}
	ti_put(b, r, TIF_LOST);
	if (r->state != ST_LISTEN) /* a listener's sacked is its backlog, not SACKs */
		ti_put(b, r, TIF_SACKED);
	ti_put(b, r, TIF_DSACK_DUPS);
	ti_put(b, r, TIF_FACKETS);
	if (TCPINFO_FIELD(r, tcpi_reordering, reordering) && reordering != 3) {
		db_sep(b);
		db_put(b, "reordering:%u", reordering);
	}
	ti_put(b, r, TIF_REORD_SEEN);
}

static void info_receive(struct dbuf *b, const struct sock_rec *r)
{
	ti_put(b, r, TIF_RCV_RTT);
	ti_put(b, r, TIF_RCV_SPACE);
	ti_put(b, r, TIF_RCV_SSTHRESH);
	ti_put(b, r, TIF_NOTSENT_BYTES);
	ti_put(b, r, TIF_MIN_RTT);
	ti_put(b, r, TIF_RCV_OOOPACK);
	ti_put(b, r, TIF_SND_WND);
}

/* -i for MPTCP: the connection-level counters of struct mptcp_info, as ss -Mi. */
static void put_mptcp_info(struct dbuf *b, const struct sock_rec *r)
{
	struct mptcp_info mi;

	db_sep(b);
	if (!(r->have & HAVE_MPTCP_INFO) || r->tcp_info_len < offsetof(struct mptcp_info,
								      mptcpi_local_addr_used)) {
		db_put(b, "mptcp_info:?");
		return;
	}
	memset(&mi, 0, sizeof(mi));
	memcpy(&mi, r->tcp_info, r->tcp_info_len < sizeof(mi) ? r->tcp_info_len : sizeof(mi));
	db_put(b, "subflows:%u add_addr_signal:%u add_addr_accepted:%u subflows_max:%u "
	       "add_addr_signal_max:%u add_addr_accepted_max:%u token:%x write_seq:%llx "
	       "snd_una:%llx rcv_nxt:%llx", mi.mptcpi_subflows, mi.mptcpi_add_addr_signal,
	       mi.mptcpi_add_addr_accepted, mi.mptcpi_subflows_max,
	       mi.mptcpi_add_addr_signal_max, mi.mptcpi_add_addr_accepted_max,
	       mi.mptcpi_token, (unsigned long long)mi.mptcpi_write_seq,
	       (unsigned long long)mi.mptcpi_snd_una, (unsigned long long)mi.mptcpi_rcv_nxt);
}

static void put_info(struct dbuf *b, const struct sock_rec *r)
{
	if (proto_has(r->proto, PROTO_F_MPTCPINFO)) {
		put_mptcp_info(b, r);
		return;
	}
	if (!proto_has(r->proto, PROTO_F_TCPINFO) || is_minisock(r))
		return;
	if (!(r->have & HAVE_TCP_INFO)) {
		db_sep(b);
		db_put(b, "tcp_info:?");
		if (r->have & HAVE_CONG) {
			db_put(b, " ");
			put_cong(b, r);
		}
		return;
	}
	info_options(b, r);
	info_rtt(b, r);
	info_window(b, r);
	info_rates(b, r);
	info_busy(b, r);
	info_losses(b, r);
	info_receive(b, r);
}

size_t details_format(const struct sock_row *row, uint32_t ext, char *buf, size_t cap)
{
	const struct sock_rec *rec = row->rec;
	struct dbuf b = { buf, cap, 0 };
	if (cap > 0)
		buf[0] = '\0';
	if (ext & EXT_TIMERS)
		put_timer(&b, rec);
	if (ext & EXT_EXTENDED)
		put_extended(&b, row);
	if (ext & EXT_MEMORY)
		put_memory(&b, rec);
	if (ext & EXT_INFO)
		put_info(&b, rec);
	return b.len;
}

/* "name" with esc_term() escaping and '"' as \x22, whole or not at all;
 * false if it does not fit. */
static bool put_comm(struct dbuf *b, const char *comm)
{
	size_t len = strnlen(comm, 15);
	char esc[ESC_TERM_SIZE(15)], q[2 + ESC_TERM_SIZE(15) + 15 * 4];
	struct dbuf t = { q, sizeof(q), 0 };
	size_t before = b->len;

	db_cat(&t, "\"", 1);
	for (size_t i = 0; i <= len;) {
		size_t seg = i;
		while (seg < len && comm[seg] != '"')
			seg++;
		size_t want = esc_term_len(comm + i, seg - i);
		if (esc_term(comm + i, seg - i, esc, sizeof(esc)) != want)
			return false;
		db_cat(&t, esc, want);
		db_cat(&t, seg < len ? "\\x22" : "\"", seg < len ? 4 : 1);
		i = seg + 1;
	}
	if (t.len < 2 || q[t.len - 1] != '"')
		return false;
	db_cat(b, q, t.len);
	return b->len == before + t.len;
}

/* "users:((...),...)" or "peer:((...))": a list of owners, cut with a marker. */
static size_t owner_list(const char *label, const struct sock_owner *v, size_t n, char *buf,
			 size_t cap)
{
	struct dbuf b = { buf, cap, 0 };
	if (cap > 0)
		buf[0] = '\0';
	if (!v || n == 0)
		return 0;
	db_put(&b, "%s:(", label);
	for (size_t i = 0; i < n; i++) {
		const struct sock_owner *o = &v[i];
		size_t mark = b.len;
		char tail[48];
		struct dbuf tb = { tail, sizeof(tail), 0 };
		db_num(&tb, ",pid=", o->pid);
		db_num(&tb, ",fd=", o->fd);
		db_cat(&tb, ")", 1);
		db_cat(&b, i ? ",(" : "(", i ? 2 : 1);
		bool ok = put_comm(&b, o->comm);
		size_t before = b.len;
		db_cat(&b, tail, tb.len);
		/* room for the closing ')' and a cut marker, or this owner does not go in */
		if (!ok || b.len == before || b.len + 2 + DETAILS_CUT_ROOM > cap) {
			b.len = mark;
			buf[mark] = '\0';
			if (i > 0)
				db_put(&b, ",... +%zu more", n - i);
			break;
		}
	}
	if (b.len == 0 || b.len <= strlen(label) + 2) {
		buf[0] = '\0';
		return 0;
	}
	db_put(&b, ")");
	return b.len;
}

size_t details_owners(const struct sock_row *row, char *buf, size_t cap)
{
	return owner_list("users", row->owners, row->n_owners, buf, cap);
}

size_t details_peers(const struct sock_row *row, char *buf, size_t cap)
{
	return owner_list("peer", row->peers, row->n_peers, buf, cap);
}

size_t details_netns(const char *tag, const struct cg_entry *owner, char *buf, size_t cap)
{
	char label[1024];
	size_t n;

	if (!cap)
		return 0;
	n = strnlen(tag ? tag : "", cap - 1);
	memcpy(buf, tag ? tag : "", n);
	buf[n] = '\0';
	if (!owner || !cg_label(owner, label, sizeof(label)) || n + 3 > cap)
		return n;
	buf[n++] = '(';
	n += esc_term(label, strlen(label), buf + n, cap - n - 1);
	buf[n++] = ')';
	buf[n] = '\0';
	return n;
}
