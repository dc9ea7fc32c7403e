/* fuzz_proc_parse.c - libFuzzer target: every line through every /proc/net parser, and the
 * whole input through the streaming reader, checking the record invariants and the counts. */
#include <errno.h>
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

/* The reader on the same bytes must agree with our own split of them. */
static char scratch_dir[64];

static void remove_scratch(void)
{
	char path[128];
	snprintf(path, sizeof(path), "%s/net/tcp", scratch_dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/net", scratch_dir);
	rmdir(path);
	rmdir(scratch_dir);
}

static void through_reader(const uint8_t *data, size_t size, unsigned long want_records,
			   unsigned long want_lines)
{
	const char *dir = scratch_dir;
	char path[128];

	if (!scratch_dir[0]) {
		snprintf(scratch_dir, sizeof(scratch_dir), "/tmp/fuzz-proc-%d", (int)getpid());
		snprintf(path, sizeof(path), "%s/net", dir);
		if (mkdir(dir, 0700) != 0 || mkdir(path, 0700) != 0)
			return;
		atexit(remove_scratch);
	}
	snprintf(path, sizeof(path), "%s/net/tcp", dir);
	FILE *f = fopen(path, "wb");
	if (!f)
		return;
	if (size && fwrite(data, 1, size, f) != size) {
		fclose(f);
		return;
	}
	fclose(f);
	struct query q = { .states = STATES_ALL };
	struct proc_stats s;
	unsigned long n = 0;
	if (proc_source_dump(dir, PROTO_TCP, AF_INET, &q, count_cb, &n, &s) != 0)
		abort();
	if (s.records != want_records || s.lines != want_lines || n != s.matched ||
	    s.records + s.malformed != s.lines || s.too_long > s.malformed)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *p = (const char *)data, *end = p + size;
	unsigned long records = 0, lines = 0, lineno = 0;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
		/* an exact-size heap copy lets ASan catch any read past the line */
		char *copy = malloc(len ? len : 1);
		if (!copy)
			return 0;
		memcpy(copy, p, len);
		int rc = one_line(copy, len);
		free(copy);
		lineno++;
		if (len > PROC_LINE_MAX)
			rc = -EINVAL;
		if (!(rc == PROC_PARSE_HEADER && lineno == 1)) {
			lines++;
			records += rc == 0;
		}
		p += len + (nl ? 1 : 0);
	}
	through_reader(data, size, records, lines);
	return 0;
}
