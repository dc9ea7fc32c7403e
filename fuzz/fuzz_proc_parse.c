/* SPDX-License-Identifier: MIT */
/* fuzz_proc_parse.c - libFuzzer target: every line through every /proc/net parser (tcp,
 * udp, raw, unix, packet, netlink, sctp eps and assocs), and the whole input through the
 * streaming reader as net/tcp and as both SCTP files, checking the record invariants and
 * the counts. */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sockls/proc.h"

static void check_inet(const struct sock_rec *r, unsigned int proto, unsigned int family)
{
	/* /proc has no LISTEN backlog; uid 0 without an inode (and any
	 * TIME_WAIT uid) is no owner, not root */
	uint32_t want = HAVE_INODE | HAVE_TIMER | HAVE_RECV_Q;
	if (r->state != ST_LISTEN)
		want |= HAVE_SEND_Q;
	if (r->state != ST_TIME_WAIT && (r->inode != 0 || r->uid != 0))
		want |= HAVE_UID;
	if (r->proto != proto || r->family != family || r->state < ST_ESTABLISHED ||
	    r->state > ST_CLOSING || r->timer > TIMER_DELACK || r->path_len != 0 ||
	    r->have != want)
		abort();
	if (r->timer == TIMER_OFF && r->expires_ms != 0)
		abort();
	if (proto == PROTO_RAW && r->local.port <= UINT8_MAX && r->raw_protocol != r->local.port)
		abort();
}

static void check_unix(const struct sock_rec *r)
{
	if (r->proto != PROTO_UNIX || r->family != AF_UNIX || r->have != HAVE_INODE)
		abort();
	if (r->state != ST_CLOSE && r->state != ST_ESTABLISHED && r->state != ST_LISTEN)
		abort();
	if (r->unix_type != SOCK_STREAM && r->unix_type != SOCK_DGRAM &&
	    r->unix_type != SOCK_SEQPACKET)
		abort();
	if (r->path_len > SOCK_UNIX_PATH_MAX || r->path[r->path_len] != '\0')
		abort();
}

/* packet and netlink lines: UNCONN, the kind's family, a type packet sockets can have. */
static void one_kind_line(const char *line, size_t len)
{
	struct sock_rec r;
	int rc = proc_parse_packet_line(line, len, &r);

	if (rc != 0 && rc != PROC_PARSE_HEADER && rc != -EINVAL)
		abort();
	if (rc == 0 && (r.proto != PROTO_PACKET || r.family != AF_PACKET || r.state != ST_CLOSE ||
			(r.unix_type != SOCK_RAW && r.unix_type != SOCK_DGRAM)))
		abort();
	rc = proc_parse_netlink_line(line, len, &r);
	if (rc != 0 && rc != PROC_PARSE_HEADER && rc != -EINVAL)
		abort();
	if (rc == 0 && (r.proto != PROTO_NETLINK || r.family != AF_NETLINK ||
			r.state != ST_CLOSE || r.kind_proto > UINT8_MAX))
		abort();
}

/* SCTP lines: an address family, an SCTP row's facts, an association's state
 * one sctp_diag can give. */
static void check_sctp(const struct sock_rec *r, bool assoc)
{
	uint32_t want = assoc ? HAVE_UID | HAVE_INODE | HAVE_RECV_Q | HAVE_SEND_Q :
				HAVE_UID | HAVE_INODE | HAVE_TIMER;

	if (r->proto != PROTO_SCTP || (r->family != AF_INET && r->family != AF_INET6) ||
	    r->assoc != assoc || r->have != want || r->path_len != 0)
		abort();
	if (r->state == ST_UNKNOWN || r->state > ST_CLOSING || (!assoc && r->timer != TIMER_OFF))
		abort();
	static const uint8_t zero[12];
	if (r->family == AF_INET && (memcmp(r->local.addr + 4, zero, 12) != 0 ||
				     memcmp(r->remote.addr + 4, zero, 12) != 0))
		abort();
	if (!assoc && (r->remote.port || !sock_addr_is_any(AF_INET6, r->remote.addr)))
		abort();
}

/* Returns the results of the eps and assocs parsers on the line. */
static void sctp_line(const char *line, size_t len, int *ep, int *as)
{
	struct sock_rec r;

	*ep = proc_parse_sctp_ep_line(line, len, &r);
	if (*ep != 0 && *ep != PROC_PARSE_HEADER && *ep != -EINVAL)
		abort();
	if (*ep == 0)
		check_sctp(&r, false);
	*as = proc_parse_sctp_assoc_line(line, len, &r);
	if (*as != 0 && *as != PROC_PARSE_HEADER && *as != -EINVAL)
		abort();
	if (*as == 0)
		check_sctp(&r, true);
	if (*ep == 0 && *as == 0)
		abort(); /* no line is both */
}

/* Returns 1 if the TCP/IPv4 parser took the line, as the reader should count it. */
static int one_line(const char *line, size_t len)
{
	static const unsigned int fams[] = { AF_INET, AF_INET6 };
	struct sock_rec r;
	int tcp4 = 0;

	for (unsigned int p = PROTO_TCP; p <= PROTO_RAW; p++) {
		for (size_t f = 0; f < 2; f++) {
			int rc = proc_parse_inet_line(line, len, p, fams[f], &r);
			if (rc != 0 && rc != PROC_PARSE_HEADER && rc != -EINVAL)
				abort();
			if (rc == 0)
				check_inet(&r, p, fams[f]);
			if (p == PROTO_TCP && fams[f] == AF_INET)
				tcp4 = rc;
		}
	}
	int rc = proc_parse_unix_line(line, len, &r);
	if (rc != 0 && rc != PROC_PARSE_HEADER && rc != -EINVAL)
		abort();
	if (rc == 0)
		check_unix(&r);
	one_kind_line(line, len);
	return tcp4;
}

static int count_cb(const struct sock_rec *r, void *data)
{
	check_inet(r, PROTO_TCP, AF_INET);
	(*(unsigned long *)data)++;
	return 0;
}

static int sctp_count_cb(const struct sock_rec *r, void *data)
{
	check_sctp(r, r->assoc != 0);
	(*(unsigned long *)data)++;
	return 0;
}

/* The reader on the same bytes must agree with our own split of them. */
static char scratch_dir[64];
static const char *const scratch_files[] = { "net/tcp", "net/sctp/eps", "net/sctp/assocs" };

static void remove_scratch(void)
{
	char path[128];
	for (size_t i = 0; i < 3; i++) {
		snprintf(path, sizeof(path), "%s/%s", scratch_dir, scratch_files[i]);
		unlink(path);
	}
	snprintf(path, sizeof(path), "%s/net/sctp", scratch_dir);
	rmdir(path);
	snprintf(path, sizeof(path), "%s/net", scratch_dir);
	rmdir(path);
	rmdir(scratch_dir);
}

static int make_scratch(void)
{
	char path[128];

	if (scratch_dir[0])
		return 0;
	snprintf(scratch_dir, sizeof(scratch_dir), "/tmp/fuzz-proc-%d", (int)getpid());
	if (mkdir(scratch_dir, 0700) != 0)
		return -1;
	snprintf(path, sizeof(path), "%s/net", scratch_dir);
	if (mkdir(path, 0700) != 0)
		return -1;
	snprintf(path, sizeof(path), "%s/net/sctp", scratch_dir);
	if (mkdir(path, 0700) != 0)
		return -1;
	atexit(remove_scratch);
	return 0;
}

static int write_scratch(size_t which, const uint8_t *data, size_t size)
{
	char path[128];

	snprintf(path, sizeof(path), "%s/%s", scratch_dir, scratch_files[which]);
	FILE *f = fopen(path, "wb");
	if (!f)
		return -1;
	if (size && fwrite(data, 1, size, f) != size) {
		fclose(f);
		return -1;
	}
	fclose(f);
	return 0;
}

struct want {
	unsigned long lines[3], records[3]; /* net/tcp, net/sctp/eps, net/sctp/assocs */
};

static void through_reader(const uint8_t *data, size_t size, const struct want *w)
{
	struct query q = { .states = STATES_ALL };
	struct proc_stats s;
	unsigned long n = 0;

	if (make_scratch() < 0)
		return;
	for (size_t i = 0; i < 3; i++)
		if (write_scratch(i, data, size) < 0)
			return;
	if (proc_source_dump(scratch_dir, PROTO_TCP, AF_INET, 0, &q, count_cb, &n, &s) != 0)
		abort();
	if (s.records != w->records[0] || s.lines != w->lines[0] || n != s.matched ||
	    s.records + s.malformed != s.lines || s.too_long > s.malformed)
		abort();
	/* both SCTP files, each read for both families: every record is of one */
	for (unsigned int file = 0; file < 2; file++) {
		unsigned long seen = 0;
		for (unsigned int fam = 0; fam < 2; fam++) {
			n = 0;
			if (proc_source_dump(scratch_dir, PROTO_SCTP, fam ? AF_INET6 : AF_INET, file,
					     &q, sctp_count_cb, &n, &s) != 0)
				abort();
			if (s.records != w->records[1 + file] || s.lines != w->lines[1 + file] ||
			    s.records + s.malformed != s.lines || n != s.matched)
				abort();
			seen += s.matched + s.repeated;
		}
		if (seen != w->records[1 + file])
			abort();
	}
}

/* What one reader should count for a line its parser answered rc to. */
static void tally(struct want *w, size_t i, int rc, unsigned long lineno)
{
	if (rc == PROC_PARSE_HEADER && lineno == 1)
		return; /* only the first line may be the column titles */
	w->lines[i]++;
	w->records[i] += rc == 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *p = (const char *)data, *end = p + size;
	struct want w = { { 0 }, { 0 } };
	unsigned long lineno = 0;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
		int ep, as;
		/* an exact-size heap copy lets ASan catch any read past the line */
		char *copy = malloc(len ? len : 1);
		if (!copy)
			return 0;
		memcpy(copy, p, len);
		int rc = one_line(copy, len);
		sctp_line(copy, len, &ep, &as);
		free(copy);
		lineno++;
		if (len > PROC_LINE_MAX)
			rc = -EINVAL; /* SCTP lines may be longer: an association's addresses */
		tally(&w, 0, rc, lineno);
		tally(&w, 1, ep, lineno);
		tally(&w, 2, as, lineno);
		p += len + (nl ? 1 : 0);
	}
	through_reader(data, size, &w);
	return 0;
}
