/* proc_source.c - streams <proc_root>/net/{tcp,udp,raw}{,6}, unix, packet and netlink
 * through the line parsers. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/dedup.h"
#include "sockls/file.h"
#include "sockls/proc.h"
#include "sockls/proto.h"

int proc_path(char *buf, size_t cap, const char *proc_root, unsigned int proto,
	      unsigned int family)
{
	const struct proto_desc *d = proto_get(proto);

	if (!buf || cap == 0 || !d)
		return -EINVAL;
	if (d->inet && family != AF_INET && family != AF_INET6)
		return -EINVAL;
	const char *name = d->proc_file[d->inet && family == AF_INET6];
	if (!name)
		return -ENOENT; /* the kind has no /proc file (vsock, MPTCP) */
	int n = snprintf(buf, cap, "%s/net/%s", proc_root ? proc_root : "/proc", name);
	if (n < 0 || (size_t)n >= cap)
		return -ENAMETOOLONG;
	return 0;
}

static int parse_line(const char *line, size_t len, unsigned int proto,
		      unsigned int family, struct sock_rec *rec)
{
	if (proto == PROTO_UNIX)
		return proc_parse_unix_line(line, len, rec);
	if (proto == PROTO_PACKET)
		return proc_parse_packet_line(line, len, rec);
	if (proto == PROTO_NETLINK)
		return proc_parse_netlink_line(line, len, rec);
	return proc_parse_inet_line(line, len, proto, family, rec);
}

static void count_bad(struct proc_stats *stats, unsigned long lineno, bool too_long)
{
	stats->malformed++;
	if (too_long)
		stats->too_long++;
	if (stats->first_bad == 0)
		stats->first_bad = lineno;
}

/* The read loop of proc_source_dump(), once the file is open. */
static int read_lines(struct file_lines *fl, unsigned int proto, unsigned int family,
		      const struct query *q, sock_rec_cb cb, void *data,
		      struct proc_stats *stats, struct dedup *seen)
{
	struct sock_rec rec;
	unsigned long lineno = 0;
	char *line;
	size_t len;
	int rc;

	while ((rc = file_lines_next(fl, &line, &len)) > 0) {
		bool too_long = len > PROC_LINE_MAX;
		lineno++;
		rc = too_long ? -EINVAL : parse_line(line, len, proto, family, &rec);
		/* only the first line may be the column titles */
		if (rc == PROC_PARSE_HEADER && lineno == 1)
			continue;
		stats->lines++;
		if (rc != 0) {
			count_bad(stats, lineno, too_long);
			continue;
		}
		stats->records++;
		if (rec.state >= ST_MAX || !(query_states_for(q, proto) & STATE_BIT(rec.state)))
			continue;
		/* A unix connection nobody has accepted yet has no inode; unix_diag
		 * leaves it out, and so do we, so both sources give the same rows. */
		if (proto == PROTO_UNIX && rec.inode == 0)
			continue;
		/* Sockets that come and go while the file is read can make it
		 * repeat ones already shown (each read() resumes by position). */
		if (dedup_seen(seen, dedup_key(&rec))) {
			stats->repeated++;
			continue;
		}
		stats->matched++;
		rc = cb(&rec, data);
		if (rc < 0)
			return rc;
	}
	if (rc < 0)
		file_fail_set(&stats->fail, stats->file, rc, PROC_FILE_CAP, FILE_LINE_MAX);
	return rc;
}

static int dump_lines(struct file_lines *fl, unsigned int proto, unsigned int family,
		      const struct query *q, sock_rec_cb cb, void *data,
		      struct proc_stats *stats)
{
	struct dedup *seen = malloc(sizeof(*seen));
	int rc;

	if (!seen)
		return -ENOMEM;
	dedup_init(seen);
	rc = read_lines(fl, proto, family, q, cb, data, stats, seen);
	free(seen);
	return rc;
}

int proc_source_dump(const char *proc_root, unsigned int proto, unsigned int family,
		     const struct query *q, sock_rec_cb cb, void *data,
		     struct proc_stats *stats)
{
	struct proc_stats scratch;
	struct file_lines *fl;
	int rc;

	if (!stats)
		stats = &scratch;
	memset(stats, 0, sizeof(*stats));
	if (!q || !cb)
		return -EINVAL;
	rc = proc_path(stats->file, sizeof(stats->file), proc_root, proto, family);
	if (rc < 0)
		return rc;
	rc = file_lines_open(&fl, stats->file, FILE_LINE_MAX, PROC_FILE_CAP);
	if (rc < 0) {
		file_fail_set(&stats->fail, stats->file, rc, PROC_FILE_CAP, FILE_LINE_MAX);
		return rc;
	}
	rc = dump_lines(fl, proto, family, q, cb, data, stats);
	file_lines_close(fl);
	return rc;
}
