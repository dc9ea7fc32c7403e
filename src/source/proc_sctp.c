/* SPDX-License-Identifier: MIT */
/* proc_sctp.c - one line of /proc/net/sctp/eps or /proc/net/sctp/assocs ->
 * struct sock_rec, the fields sctp_diag gives for the same endpoint or
 * association; pure and bounds-checked like proc_parse.c. The formats are
 * sctp_eps_seq_show() and sctp_assocs_seq_show() of the kernel's
 * net/sctp/proc.c, addresses as sctp_v4/v6_seq_dump_addr() print them. */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/num.h"
#include "sockls/proc.h"

/* Fields before the addresses: "ENDPT SOCK STY SST HBKT LPORT UID INODE" and
 * "ASSOC SOCK STY SST ST HBKT ASSOC-ID TX_QUEUE RX_QUEUE UID INODE LPORT RPORT";
 * after the tab of an association line, "HBINT INS OUTS MAXRT T1X T2X RTXC
 * wmema wmemq sndbuf rcvbuf". */
#define EP_HEAD 8
#define ASSOC_HEAD 13
#define ASSOC_TAIL 11

struct span {
	const char *p, *end;
};

struct tok {
	const char *s;
	size_t len;
};

/* The kernel separates every field with spaces (the tail with one tab). */
static bool next_tok(struct span *c, struct tok *t)
{
	while (c->p < c->end && *c->p == ' ')
		c->p++;
	if (c->p == c->end)
		return false;
	t->s = c->p;
	while (c->p < c->end && *c->p != ' ')
		c->p++;
	t->len = (size_t)(c->p - t->s);
	return true;
}

static bool tok_is(const struct tok *t, const char *word)
{
	return t->len == strlen(word) && memcmp(t->s, word, t->len) == 0;
}

static int dec(const struct tok *t, uint64_t max, uint64_t *v)
{
	return num_parse(t->s, t->len, 10, max, v);
}

/* %8p: a hashed pointer, 1..16 hex digits (all zeros under kptr_restrict). */
static int pointer(const struct tok *t)
{
	uint64_t v;

	if (t->len > 16)
		return -EINVAL;
	return num_parse(t->s, t->len, 16, UINT64_MAX, &v);
}

/* %pI4: four decimal octets without leading zeros. */
static int ipv4(const char *s, size_t len, uint8_t addr[16])
{
	const char *end = s + len;

	for (int i = 0; i < 4; i++) {
		size_t n = num_digits(s, (size_t)(end - s), 10);
		uint64_t v;
		if (n == 0 || (n > 1 && s[0] == '0') || num_parse(s, n, 10, 255, &v) < 0)
			return -EINVAL;
		addr[i] = (uint8_t)v;
		s += n;
		if (i < 3 && (s == end || *s++ != '.'))
			return -EINVAL;
	}
	return s == end ? 0 : -EINVAL;
}

/* %pI6: eight groups of four hex digits, uncompressed (39 characters). */
static int ipv6(const char *s, size_t len, uint8_t addr[16])
{
	if (len != 39)
		return -EINVAL;
	for (int i = 0; i < 8; i++, s += 5) {
		uint64_t v;
		if ((i < 7 && s[4] != ':') || num_parse(s, 4, 16, UINT16_MAX, &v) < 0)
			return -EINVAL;
		addr[2 * i] = (uint8_t)(v >> 8);
		addr[2 * i + 1] = (uint8_t)v;
	}
	return 0;
}

struct sctp_addr {
	uint8_t family;
	bool primary; /* printed with a leading '*' */
	uint8_t addr[16];
};

static int parse_addr(const struct tok *t, bool star_ok, struct sctp_addr *a)
{
	const char *s = t->s;
	size_t len = t->len;

	memset(a, 0, sizeof(*a));
	if (len > 0 && s[0] == '*') {
		if (!star_ok)
			return -EINVAL;
		a->primary = true;
		s++, len--;
	}
	if (memchr(s, ':', len)) {
		a->family = AF_INET6;
		return ipv6(s, len, a->addr);
	}
	a->family = AF_INET;
	return ipv4(s, len, a->addr);
}

/* One address list: every address must parse; the first, and the one marked
 * primary, are kept. Ends at the end of the span or before the token stop
 * (consumed). Returns the number of addresses or -EINVAL. */
static int addr_list(struct span *c, const char *stop, bool star_ok, struct sctp_addr *first,
		     struct sctp_addr *primary)
{
	struct sctp_addr a;
	struct tok t;
	int n = 0, stars = 0;
	bool stopped = false;

	while (next_tok(c, &t)) {
		if (stop && tok_is(&t, stop)) {
			stopped = true;
			break;
		}
		if (parse_addr(&t, star_ok, &a) < 0)
			return -EINVAL;
		if (n++ == 0)
			*first = a;
		if (a.primary && stars++ == 0 && primary)
			*primary = a;
	}
	if (stop && !stopped)
		return -EINVAL;
	/* at most one address is the primary one */
	return stars > 1 ? -EINVAL : n;
}

/* sk_state of an SCTP socket: the TCP values of enum sctp_sock_state
 * (CLOSED, LISTENING, ESTABLISHING, ESTABLISHED, CLOSING as CLOSE_WAIT; before
 * Linux 4.x CLOSING was TCP_CLOSING). */
static int sock_state(const struct tok *t, uint8_t *state)
{
	uint64_t v;

	if (dec(t, ST_CLOSING, &v) < 0)
		return -EINVAL;
	if (v != ST_CLOSE && v != ST_LISTEN && v != ST_SYN_SENT && v != ST_ESTABLISHED &&
	    v != ST_CLOSE_WAIT && v != ST_CLOSING)
		return -EINVAL;
	*state = (uint8_t)v;
	return 0;
}

/* The columns both files share, by index into the head: STY and SST. */
static int parse_sty_sst(const struct tok *head, struct sock_rec *rec)
{
	uint64_t v;

	if (pointer(&head[0]) < 0 || pointer(&head[1]) < 0)
		return -EINVAL;
	/* enum sctp_socket_type: UDP (one-to-many), UDP_HIGH_BANDWIDTH, TCP */
	if (dec(&head[2], 2, &v) < 0)
		return -EINVAL;
	return sock_state(&head[3], &rec->state);
}

static int read_head(struct span *c, struct tok *head, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!next_tok(c, &head[i]))
			return -EINVAL;
	return 0;
}

/* A header is the column titles: the first token names the first column. */
static int line_begin(const char *line, size_t len, struct sock_rec *rec, const char *title,
		      struct span *c)
{
	struct span peek;
	struct tok t;

	if (!line || !rec)
		return -EINVAL;
	memset(rec, 0, sizeof(*rec));
	if (len > 0 && line[len - 1] == '\n')
		len--;
	c->p = line;
	c->end = line + len;
	peek = *c;
	if (!next_tok(&peek, &t))
		return -EINVAL;
	return tok_is(&t, title) ? PROC_PARSE_HEADER : 0;
}

static void put_addr(struct sock_endpoint *ep, const struct sctp_addr *a, uint8_t family)
{
	static const uint8_t mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };

	memset(ep->addr, 0, sizeof(ep->addr));
	if (family == AF_INET6 && a->family == AF_INET) {
		memcpy(ep->addr, mapped, sizeof(mapped));
		memcpy(ep->addr + 12, a->addr, 4);
	} else {
		memcpy(ep->addr, a->addr, a->family == AF_INET ? 4 : 16);
	}
}

int proc_parse_sctp_ep_line(const char *line, size_t len, struct sock_rec *rec)
{
	struct tok head[EP_HEAD];
	struct sctp_addr first;
	struct span c;
	uint64_t port, uid, v;
	int rc = line_begin(line, len, rec, "ENDPT", &c);

	if (rc != 0)
		return rc;
	if (memchr(line, '\t', len) || read_head(&c, head, EP_HEAD) < 0 ||
	    parse_sty_sst(head, rec) < 0 || dec(&head[4], INT32_MAX, &v) < 0 ||
	    dec(&head[5], UINT16_MAX, &port) < 0 || dec(&head[6], UINT32_MAX, &uid) < 0 ||
	    dec(&head[7], UINT64_MAX, &rec->inode) < 0)
		return -EINVAL;
	/* no address: nothing says which family the endpoint is */
	if (addr_list(&c, NULL, false, &first, NULL) < 1)
		return -EINVAL;
	rec->proto = PROTO_SCTP;
	rec->family = first.family;
	put_addr(&rec->local, &first, first.family);
	rec->local.port = (uint16_t)port;
	rec->uid = (uint32_t)uid;
	/* sctp_diag reports an endpoint with no timer; its queues (the accept
	 * backlog and its limit) are not in the file. */
	rec->timer = TIMER_OFF;
	rec->have = HAVE_UID | HAVE_INODE | HAVE_TIMER;
	return 0;
}

/* "HBINT INS OUTS MAXRT T1X T2X RTXC wmema wmemq sndbuf rcvbuf": numbers only. */
static int assoc_tail(const char *s, const char *end)
{
	struct span c = { s, end };
	struct tok t;
	uint64_t v;

	for (int i = 0; i < ASSOC_TAIL; i++)
		if (!next_tok(&c, &t) || dec(&t, i == 0 ? UINT64_MAX : INT32_MAX, &v) < 0)
			return -EINVAL;
	return next_tok(&c, &t) ? -EINVAL : 0;
}

/* ST, HBKT, ASSOC-ID, TX_QUEUE, RX_QUEUE, UID, INODE, LPORT, RPORT. */
static int assoc_head(const struct tok *head, struct sock_rec *rec)
{
	uint64_t st, v, tx, rx, uid, lport, rport;

	if (parse_sty_sst(head, rec) < 0 || dec(&head[4], 7, &st) < 0 ||
	    dec(&head[5], INT32_MAX, &v) < 0 || dec(&head[6], INT32_MAX, &v) < 0 ||
	    dec(&head[7], INT32_MAX, &tx) < 0 || dec(&head[8], INT32_MAX, &rx) < 0 ||
	    dec(&head[9], UINT32_MAX, &uid) < 0 || dec(&head[10], UINT64_MAX, &rec->inode) < 0 ||
	    dec(&head[11], UINT16_MAX, &lport) < 0 || dec(&head[12], UINT16_MAX, &rport) < 0)
		return -EINVAL;
	rec->state = sock_sctp_state((uint8_t)st);
	rec->send_q = (uint32_t)tx; /* sndbuf_used, sctp_diag's idiag_wqueue */
	rec->recv_q = (uint32_t)rx; /* rmem_alloc, its idiag_rqueue */
	rec->uid = (uint32_t)uid;
	rec->local.port = (uint16_t)lport;
	rec->remote.port = (uint16_t)rport;
	return 0;
}

/* An association as sctp_diag shows it: the first local address and the
 * peer's primary one ("*"; the first when none is marked). The row takes the
 * family of its addresses (the file does not say the socket's): IPv6 if
 * either is, the other then written as a v4-mapped address. */
int proc_parse_sctp_assoc_line(const char *line, size_t len, struct sock_rec *rec)
{
	struct tok head[ASSOC_HEAD];
	struct sctp_addr local, remote, primary = { 0 };
	struct span c;
	int rc = line_begin(line, len, rec, "ASSOC", &c);
	const char *tab;

	if (rc != 0)
		return rc;
	tab = memchr(c.p, '\t', (size_t)(c.end - c.p));
	if (!tab || memchr(tab + 1, '\t', (size_t)(c.end - tab - 1)) ||
	    assoc_tail(tab + 1, c.end) < 0)
		return -EINVAL;
	c.end = tab;
	if (read_head(&c, head, ASSOC_HEAD) < 0 || assoc_head(head, rec) < 0 ||
	    addr_list(&c, "<->", true, &local, NULL) < 1 ||
	    addr_list(&c, NULL, true, &remote, &primary) < 1)
		return -EINVAL;
	if (primary.primary)
		remote = primary;
	rec->proto = PROTO_SCTP;
	rec->family = local.family == AF_INET6 || remote.family == AF_INET6 ? AF_INET6 : AF_INET;
	put_addr(&rec->local, &local, rec->family);
	put_addr(&rec->remote, &remote, rec->family);
	rec->assoc = 1;
	rec->have = HAVE_UID | HAVE_INODE | HAVE_RECV_Q | HAVE_SEND_Q;
	return 0;
}
