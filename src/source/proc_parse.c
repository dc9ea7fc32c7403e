/* SPDX-License-Identifier: MIT */
/* proc_parse.c - one /proc/net text line -> struct sock_rec; pure, bounds-checked, never trusts its input. */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/num.h"
#include "sockls/proc.h"

/* Highest state /proc/net/{tcp,udp,raw} prints: request sockets appear as
 * SYN_RECV (03), never NEW_SYN_RECV (0C), and BOUND_INACTIVE (0D) sockets
 * live only in the bind hash, which /proc does not walk. */
#define PROC_INET_STATE_MAX ST_CLOSING

/* unix_seq_show() flag for listening sockets (__SO_ACCEPTCON). */
#define PROC_UNIX_ACCEPTCON 0x10000u

struct proc_cursor {
	const char *p;
	const char *end;
};

struct proc_tok {
	const char *s;
	size_t len;
};

static bool is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static bool next_tok(struct proc_cursor *c, struct proc_tok *t)
{
	while (c->p < c->end && is_blank(*c->p))
		c->p++;
	if (c->p == c->end)
		return false;
	t->s = c->p;
	while (c->p < c->end && !is_blank(*c->p))
		c->p++;
	t->len = (size_t)(c->p - t->s);
	return true;
}

/* 1..max_digits hex digits, nothing else (the kernel pads to a fixed width). */
static int parse_hex(const char *s, size_t len, size_t max_digits, uint64_t *out)
{
	if (len > max_digits)
		return -EINVAL;
	return num_parse(s, len, 16, UINT64_MAX, out);
}

static int parse_dec(const char *s, size_t len, uint64_t max, uint64_t *out)
{
	return num_parse(s, len, 10, max, out);
}

/* Splits "A:B" at its only colon and parses both halves as hex. */
static int parse_hex_pair(const struct proc_tok *t, size_t max_a, size_t max_b,
			  uint64_t *a, uint64_t *b)
{
	const char *colon = memchr(t->s, ':', t->len);

	if (!colon)
		return -EINVAL;
	size_t la = (size_t)(colon - t->s);
	if (parse_hex(t->s, la, max_a, a) < 0)
		return -EINVAL;
	return parse_hex(colon + 1, t->len - la - 1, max_b, b);
}

/* "0100007F:0016": each 8-digit group is a 32-bit word of the network-order
 * address printed as a host-order integer, so storing the integer back in
 * host order restores the original bytes. */
static int parse_endpoint(const struct proc_tok *t, unsigned int family,
			  struct sock_endpoint *ep)
{
	size_t width = family == AF_INET6 ? 32 : 8;
	uint64_t port;

	if (t->len != width + 5 || t->s[width] != ':')
		return -EINVAL;
	for (size_t w = 0; w < width / 8; w++) {
		uint64_t word;
		if (parse_hex(t->s + 8 * w, 8, 8, &word) < 0)
			return -EINVAL;
		uint32_t host = (uint32_t)word;
		memcpy(ep->addr + 4 * w, &host, sizeof(host));
	}
	if (parse_hex(t->s + width + 1, 4, 4, &port) < 0)
		return -EINVAL;
	ep->port = (uint16_t)port;
	return 0;
}

/* "  12:" or "10000:" (no leading space once %4d/%5d overflows). */
static int parse_slot(const struct proc_tok *t)
{
	uint64_t v;

	if (t->len < 2 || t->s[t->len - 1] != ':')
		return -EINVAL;
	return parse_dec(t->s, t->len - 1, UINT32_MAX, &v);
}

static bool tok_is(const struct proc_tok *t, const char *word)
{
	size_t n = strlen(word);
	return t->len == n && memcmp(t->s, word, n) == 0;
}

static size_t strip_newline(const char *line, size_t len)
{
	if (len > 0 && line[len - 1] == '\n')
		len--;
	return len;
}

static uint32_t clock_t_to_ms(uint64_t ticks)
{
	if (ticks > UINT32_MAX / (1000 / PROC_USER_HZ))
		return UINT32_MAX;
	return (uint32_t)(ticks * (1000 / PROC_USER_HZ));
}

/* The timer's count as sock_diag gives it (idiag_retrans): retransmits for
 * the retransmit timer, unanswered probes for the probe and keepalive timers,
 * 0 with no timer; /proc prints both counters whatever the timer. */
static uint8_t proc_retrans(unsigned int timer, uint64_t retransmits, uint64_t probes)
{
	uint64_t v = 0;

	if (timer == TIMER_ON)
		v = retransmits;
	else if (timer == TIMER_PROBE || timer == TIMER_KEEPALIVE)
		v = probes;
	return v > UINT8_MAX ? UINT8_MAX : (uint8_t)v;
}

/* The columns after the addresses: st tx:rx tr:when retrnsmt uid timeout inode. */
static int parse_inet_tail(struct proc_cursor *c, struct sock_rec *rec)
{
	struct proc_tok t;
	uint64_t a, b, retransmits;

	if (!next_tok(c, &t) || parse_hex(t.s, t.len, 2, &a) < 0 ||
	    a < ST_ESTABLISHED || a > PROC_INET_STATE_MAX)
		return -EINVAL;
	rec->state = (uint8_t)a;
	if (!next_tok(c, &t) || parse_hex_pair(&t, 8, 8, &a, &b) < 0)
		return -EINVAL;
	rec->send_q = (uint32_t)a;
	rec->recv_q = (uint32_t)b;
	if (!next_tok(c, &t) || parse_hex_pair(&t, 2, 16, &a, &b) < 0 || a > TIMER_DELACK)
		return -EINVAL;
	rec->timer = (uint8_t)a;
	rec->expires_ms = a == TIMER_OFF ? 0 : clock_t_to_ms(b);
	if (!next_tok(c, &t) || parse_hex(t.s, t.len, 8, &a) < 0)
		return -EINVAL;
	retransmits = a;
	if (!next_tok(c, &t) || parse_dec(t.s, t.len, UINT32_MAX, &a) < 0)
		return -EINVAL;
	rec->uid = (uint32_t)a;
	/* "timeout" is icsk_probes_out ("%8d") */
	if (!next_tok(c, &t))
		return -EINVAL;
	if (t.len > 1 && t.s[0] == '-')
		t.s++, t.len--;
	if (parse_dec(t.s, t.len, INT32_MAX, &a) < 0)
		return -EINVAL;
	rec->retrans = proc_retrans(rec->timer, retransmits, a);
	if (!next_tok(c, &t) || parse_dec(t.s, t.len, UINT64_MAX, &rec->inode) < 0)
		return -EINVAL;
	return 0;
}

/* The start both line parsers share: a cleared record and the first token,
 * which is the column title on the header line. 0, PROC_PARSE_HEADER or -EINVAL. */
static int line_begin(struct proc_cursor *c, struct proc_tok *t, const char *line, size_t len,
		      struct sock_rec *rec, const char *title)
{
	c->p = line;
	c->end = line + strip_newline(line, len);
	memset(rec, 0, sizeof(*rec));
	if (!next_tok(c, t))
		return -EINVAL;
	return tok_is(t, title) ? PROC_PARSE_HEADER : 0;
}

int proc_parse_inet_line(const char *line, size_t len, unsigned int proto,
			 unsigned int family, struct sock_rec *rec)
{
	struct proc_cursor c;
	struct proc_tok t;

	int rc;

	if (!line || !rec || proto > PROTO_RAW || (family != AF_INET && family != AF_INET6))
		return -EINVAL;
	if ((rc = line_begin(&c, &t, line, len, rec, "sl")) != 0)
		return rc;
	if (parse_slot(&t) < 0)
		return -EINVAL;
	rec->proto = (uint8_t)proto;
	rec->family = (uint8_t)family;
	if (!next_tok(&c, &t) || parse_endpoint(&t, family, &rec->local) < 0)
		return -EINVAL;
	if (!next_tok(&c, &t) || parse_endpoint(&t, family, &rec->remote) < 0)
		return -EINVAL;
	if (parse_inet_tail(&c, rec) < 0)
		return -EINVAL;
	/* RAW prints the socket's IP protocol where the local port would be;
	 * ss shows it as the port, so it stays there as well. */
	if (proto == PROTO_RAW && rec->local.port <= UINT8_MAX)
		rec->raw_protocol = (uint8_t)rec->local.port;
	rec->have = HAVE_UID | HAVE_INODE | HAVE_TIMER | HAVE_RECV_Q | HAVE_SEND_Q;
	/* tx_queue of a listener is write_seq - snd_una, not the backlog limit. */
	if (rec->state == ST_LISTEN)
		rec->have &= ~(uint32_t)HAVE_SEND_Q;
	/* TIME_WAIT prints uid 0 for every socket, an orphan (no inode) uid 0
	 * on older kernels; a SYN_RECV line carries its listener's uid. */
	if (rec->state == ST_TIME_WAIT || (rec->inode == 0 && rec->uid == 0))
		rec->have &= ~(uint32_t)HAVE_UID;
	return 0;
}

/* Unix St column (socket_state) -> sk_state as unix_diag reports it: the
 * kernel derives St from sk_state plus "has a struct socket", so CONNECTING
 * is an embryo not yet accepted (ESTABLISHED) and DISCONNECTING an orphan. */
static int unix_state(uint64_t st, uint64_t flags, uint8_t *state)
{
	static const uint8_t map[] = { 0, ST_CLOSE, ST_ESTABLISHED, ST_ESTABLISHED, ST_CLOSE };

	if (st == 0 || st >= sizeof(map))
		return -EINVAL;
	*state = (flags & PROC_UNIX_ACCEPTCON) ? ST_LISTEN : map[st];
	return 0;
}

static int unix_path(const char *s, size_t len, struct sock_rec *rec)
{
	if (len > SOCK_UNIX_PATH_MAX)
		return -EINVAL;
	memcpy(rec->path, s, len);
	if (len > 0 && s[0] == '@')
		rec->path[0] = '\0';
	rec->path[len] = '\0';
	rec->path_len = (uint16_t)len;
	return 0;
}

/* "Num: RefCount Protocol Flags Type St Inode": the fixed hex/decimal part. */
static int parse_unix_head(struct proc_cursor *c, struct sock_rec *rec)
{
	struct proc_tok t;
	uint64_t v, flags, st;

	for (int i = 0; i < 2; i++) /* RefCount, Protocol */
		if (!next_tok(c, &t) || parse_hex(t.s, t.len, 8, &v) < 0)
			return -EINVAL;
	if (!next_tok(c, &t) || parse_hex(t.s, t.len, 8, &flags) < 0)
		return -EINVAL;
	if (!next_tok(c, &t) || parse_hex(t.s, t.len, 4, &v) < 0)
		return -EINVAL;
	if (v != SOCK_STREAM && v != SOCK_DGRAM && v != SOCK_SEQPACKET)
		return -EINVAL;
	rec->unix_type = (uint8_t)v;
	if (!next_tok(c, &t) || parse_hex(t.s, t.len, 2, &st) < 0 ||
	    unix_state(st, flags, &rec->state) < 0)
		return -EINVAL;
	if (!next_tok(c, &t) || parse_dec(t.s, t.len, UINT64_MAX, &rec->inode) < 0)
		return -EINVAL;
	return 0;
}

int proc_parse_unix_line(const char *line, size_t len, struct sock_rec *rec)
{
	struct proc_cursor c;
	struct proc_tok t;
	uint64_t v;

	int rc;

	if (!line || !rec)
		return -EINVAL;
	if ((rc = line_begin(&c, &t, line, len, rec, "Num")) != 0)
		return rc;
	/* %pK: the socket address, all zeros when kptr_restrict hides it */
	if (t.len < 2 || t.s[t.len - 1] != ':' || parse_hex(t.s, t.len - 1, 16, &v) < 0)
		return -EINVAL;
	rec->proto = PROTO_UNIX;
	rec->family = AF_UNIX;
	if (parse_unix_head(&c, rec) < 0)
		return -EINVAL;
	/* The path is everything after the single space that follows the inode,
	 * spaces included. A newline in a path ends the line here: the rest
	 * arrives as a separate line, which will not parse and is counted. */
	if (c.p < c.end) {
		if (c.p[0] != ' ' || c.end - c.p < 2)
			return -EINVAL;
		if (unix_path(c.p + 1, (size_t)(c.end - c.p - 1), rec) < 0)
			return -EINVAL;
	}
	rec->have = HAVE_INODE;
	return 0;
}
