/* proc_source.c - streams <proc_root>/net/{tcp,udp,raw}{,6} and unix through the line parsers. */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "sockls/dedup.h"
#include "sockls/proc.h"
#include "sockls/proto.h"

/* Big enough that a 1M-socket file costs a few thousand read() calls; the
 * memory stays this size however long the file is. */
#define PROC_READ_BUF (64 * 1024)

struct proc_reader {
	int fd;
	bool eof;
	size_t pos, len;
	char *buf;
};

/* Next line (without its '\n') into line[0..cap). Returns 1 with *len set
 * (and *too_long when the line did not fit and was consumed to its end),
 * 0 at end of file, or a negative errno. */
static int reader_next(struct proc_reader *r, char *line, size_t cap, size_t *len,
		       bool *too_long)
{
	bool got = false;

	*len = 0;
	*too_long = false;
	for (;;) {
		if (r->pos == r->len) {
			if (r->eof)
				break;
			ssize_t k = read(r->fd, r->buf, PROC_READ_BUF);
			if (k < 0 && errno == EINTR)
				continue;
			if (k < 0)
				return -errno;
			r->pos = 0;
			r->len = (size_t)k;
			r->eof = k == 0;
			continue;
		}
		got = true;
		const char *start = r->buf + r->pos;
		const char *nl = memchr(start, '\n', r->len - r->pos);
		size_t take = nl ? (size_t)(nl - start) : r->len - r->pos;
		if (!*too_long && take <= cap - *len) {
			memcpy(line + *len, start, take);
			*len += take;
		} else {
			*too_long = true;
		}
		r->pos += take + (nl ? 1 : 0);
		if (nl)
			break;
	}
	return got ? 1 : 0;
}

int proc_path(char *buf, size_t cap, const char *proc_root, unsigned int proto,
	      unsigned int family)
{
	const struct proto_desc *d = proto_get(proto);

	if (!buf || cap == 0 || !d)
		return -EINVAL;
	if (d->inet && family != AF_INET && family != AF_INET6)
		return -EINVAL;
	const char *name = d->proc_file[d->inet && family == AF_INET6];
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
static int read_lines(struct proc_reader *r, unsigned int proto, unsigned int family,
		      const struct query *q, sock_rec_cb cb, void *data,
		      struct proc_stats *stats, struct dedup *seen)
{
	char line[PROC_LINE_MAX];
	struct sock_rec rec;
	unsigned long lineno = 0;
	size_t len;
	bool too_long;
	int rc;

	while ((rc = reader_next(r, line, sizeof(line), &len, &too_long)) > 0) {
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
		if (rec.state >= ST_MAX || !(q->states & STATE_BIT(rec.state)))
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
	return rc;
}

static int dump_lines(struct proc_reader *r, unsigned int proto, unsigned int family,
		      const struct query *q, sock_rec_cb cb, void *data,
		      struct proc_stats *stats)
{
	struct dedup *seen = malloc(sizeof(*seen));
	int rc;

	if (!seen)
		return -ENOMEM;
	dedup_init(seen);
	rc = read_lines(r, proto, family, q, cb, data, stats, seen);
	free(seen);
	return rc;
}

int proc_source_dump(const char *proc_root, unsigned int proto, unsigned int family,
		     const struct query *q, sock_rec_cb cb, void *data,
		     struct proc_stats *stats)
{
	struct proc_stats scratch;
	struct proc_reader r = { .fd = -1 };
	int rc;

	if (!stats)
		stats = &scratch;
	memset(stats, 0, sizeof(*stats));
	if (!q || !cb)
		return -EINVAL;
	rc = proc_path(stats->file, sizeof(stats->file), proc_root, proto, family);
	if (rc < 0)
		return rc;
	r.buf = malloc(PROC_READ_BUF);
	if (!r.buf)
		return -ENOMEM;
	r.fd = open(stats->file, O_RDONLY | O_CLOEXEC);
	if (r.fd < 0) {
		rc = -errno;
		free(r.buf);
		return rc;
	}
	rc = dump_lines(&r, proto, family, q, cb, data, stats);
	close(r.fd);
	free(r.buf);
	return rc;
}
