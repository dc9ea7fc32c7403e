/* SPDX-License-Identifier: MIT */
/* proc_source.c - streams <proc_root>/net/{tcp,udp,raw}{,6}, unix, packet, netlink
 * and sctp/{eps,assocs} through the line parsers. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/dedup.h"
#include "sockls/file.h"
#include "sockls/proc.h"
#include "sockls/proc_unix.h"
#include "sockls/proto.h"

unsigned int proc_file_count(unsigned int proto)
{
	const struct proto_desc *d = proto_get(proto);

	if (!d || !d->proc_file[0])
		return 0;
	return d->proc_mixed ? 2 : 1;
}

bool proc_file_wanted(unsigned int proto, unsigned int file, uint32_t states)
{
	/* sctp_diag walks the endpoints only when LISTEN is asked for, the
	 * associations only when a state other than LISTEN and CLOSE is. */
	if (proto == PROTO_SCTP)
		return file == 0 ? (states & STATE_BIT(ST_LISTEN)) != 0 :
				   (states & ~(STATE_BIT(ST_LISTEN) | STATE_BIT(ST_CLOSE))) != 0;
	return true;
}

int proc_path(char *buf, size_t cap, const char *proc_root, unsigned int proto,
	      unsigned int family, unsigned int file)
{
	const struct proto_desc *d = proto_get(proto);

	if (!buf || cap == 0 || !d)
		return -EINVAL;
	if (d->inet && family != AF_INET && family != AF_INET6)
		return -EINVAL;
	if (!d->proc_file[0])
		return -ENOENT; /* the kind has no /proc file (vsock, MPTCP) */
	if (file >= proc_file_count(proto))
		return -EINVAL;
	const char *name = d->proc_file[d->proc_mixed ? file : d->inet && family == AF_INET6];
	int n = snprintf(buf, cap, "%s/net/%s", proc_root ? proc_root : "/proc", name);
	if (n < 0 || (size_t)n >= cap)
		return -ENAMETOOLONG;
	return 0;
}

static int parse_line(const char *line, size_t len, unsigned int proto,
		      unsigned int family, unsigned int file, struct sock_rec *rec)
{
	const struct proto_desc *d = proto_get(proto);

	if (d && d->proc_line) /* the kind's own parser, from its row */
		return d->proc_line(line, len, family, file, rec);
	return proc_parse_inet_line(line, len, proto, family, rec);
}

/* An association lists every address of both ends: an SCTP line may be long. */
static size_t line_max(unsigned int proto)
{
	return proto == PROTO_SCTP ? FILE_LINE_MAX : PROC_LINE_MAX;
}

static void count_bad(struct proc_stats *stats, unsigned long lineno, bool too_long)
{
	stats->malformed++;
	if (too_long)
		stats->too_long++;
	if (stats->first_bad == 0)
		stats->first_bad = lineno;
}

struct reader {
	unsigned int proto, family, file;
	bool mixed;              /* the file lists both families: keep r->family's */
	const struct query *q;
	sock_rec_cb cb;
	void *data;
	struct proc_stats *stats;
	struct dedup *seen;
	struct sock_rec pending; /* unix: held a line back, a path may go on */
	bool have_pending;
	bool pending_maybe;      /* unix: it may be the tail of the name before it */
	struct unix_guard *ug;   /* unix: the forged-row guard (proc_unix.c) */
	bool scan;               /* unix: the first of the two reads (counts only) */
	const char *root;        /* the proc root the file is under */
};

/* One parsed record through the states, the embryo rule and dedup to cb. */
static int deliver(struct reader *r, const struct sock_rec *rec)
{
	if (r->mixed && rec->family != r->family)
		return 0;
	if (rec->state >= ST_MAX || !(query_states_for(r->q, r->proto) & STATE_BIT(rec->state)))
		return 0;
	/* A unix connection nobody has accepted yet has no inode; unix_diag
	 * leaves it out, and so do we, so both sources give the same rows. */
	if (r->proto == PROTO_UNIX && rec->inode == 0)
		return 0;
	/* Sockets that come and go while the file is read can make it
	 * repeat ones already shown (each read() resumes by position). */
	if (dedup_seen(r->seen, dedup_key(rec))) {
		r->stats->repeated++;
		return 0;
	}
	r->stats->matched++;
	return r->cb(rec, r->data);
}

/* /proc/net/unix prints a path's newline raw: the rest of the path comes as
 * a line of its own, which does not parse. It belongs to the record held
 * back if that has a path and the whole still fits a sun_path. */
static bool continue_path(struct reader *r, const char *line, size_t len)
{
	struct sock_rec *p = &r->pending;

	if (len > 0 && line[len - 1] == '\n')
		len--;
	if (!r->have_pending || !p->path_len || p->path_len + 1 + len > SOCK_UNIX_PATH_MAX)
		return false;
	/* the kernel prints a path's NULs as '@'; a damaged record line
	 * ("<hex>: ...") is counted as one, not taken for a path */
	if (memchr(line, '\0', len))
		return false;
	const char *colon = memchr(line, ':', len);
	if (colon && colon > line && (size_t)(colon - line) + 1 < len && colon[1] == ' ' &&
	    strspn(line, "0123456789abcdefABCDEF") == (size_t)(colon - line))
		return false;
	p->path[p->path_len++] = '\n';
	memcpy(p->path + p->path_len, line, len);
	p->path_len = (uint16_t)(p->path_len + len);
	p->path[p->path_len] = '\0';
	return true;
}

/* A unix record complete (no more path can follow). The first read only
 * counts it; the second delivers it, or leaves out a possible tail the guard
 * does not believe. */
static int finish_unix(struct reader *r, const struct sock_rec *rec, bool maybe)
{
	uint32_t h = maybe ? unix_guard_hash(rec) : 0;

	if (r->scan)
		return unix_guard_count(r->ug, rec->inode, h);
	/* inode 0 (an embryo) is never listed anyway: nothing to doubt */
	if (maybe && rec->inode && !unix_guard_believe(r->ug, rec, h)) {
		r->stats->ambiguous++;
		return 0;
	}
	return deliver(r, rec);
}

/* A parsed record: unix records wait one line (see continue_path). */
static int take(struct reader *r, const struct sock_rec *rec, bool maybe)
{
	int rc = 0;

	if (r->proto != PROTO_UNIX)
		return deliver(r, rec);
	if (r->have_pending)
		rc = finish_unix(r, &r->pending, r->pending_maybe);
	r->pending = *rec;
	r->have_pending = true;
	r->pending_maybe = maybe;
	return rc;
}

/* Length without the newline. */
static size_t text_len(const char *line, size_t len)
{
	return len > 0 && line[len - 1] == '\n' ? len - 1 : len;
}

/* The read loop of proc_source_dump(), once the file is open. */
static int read_lines(struct file_lines *fl, struct reader *r)
{
	struct sock_rec rec;
	unsigned long lineno = 0;
	char *line;
	size_t len;
	int rc;

	for (;;) {
		/* a line beyond the reader's cap is skipped and counted, not the end
		 * of the file: the rows after it (and the other files) still come */
		if ((rc = file_lines_next(fl, &line, &len)) == -EOVERFLOW &&
		    (rc = file_lines_skip(fl)) == 0) {
			r->stats->lines++;
			count_bad(r->stats, ++lineno, true);
			continue;
		}
		if (rc <= 0)
			break;
		bool too_long = len > line_max(r->proto);
		lineno++;
		rc = too_long ? -EINVAL : parse_line(line, len, r->proto, r->family, r->file, &rec);
		/* only the first line may be the column titles */
		if (rc == PROC_PARSE_HEADER && lineno == 1)
			continue;
		if (rc != 0 && r->proto == PROTO_UNIX && !too_long && continue_path(r, line, len)) {
			unix_guard_continued(r->ug, text_len(line, len));
			continue;
		}
		r->stats->lines++;
		if (rc != 0) {
			count_bad(r->stats, lineno, too_long);
			if (r->ug)
				r->ug->budget = -1; /* no name holds it: what follows starts afresh */
			continue;
		}
		r->stats->records++;
		bool maybe = r->ug && unix_guard_line(r->ug, text_len(line, len), &rec);
		if ((rc = take(r, &rec, maybe)) < 0)
			return rc;
	}
	if (rc < 0) {
		file_fail_set(&r->stats->fail, r->stats->file, rc, PROC_FILE_CAP, FILE_LINE_MAX);
		return rc;
	}
	return r->have_pending ? finish_unix(r, &r->pending, r->pending_maybe) : 0;
}

/* One read of the file through the line loop. */
static int read_file(struct reader *r)
{
	struct file_lines *fl;
	int rc = file_lines_open(&fl, r->stats->file, FILE_LINE_MAX, PROC_FILE_CAP);

	if (rc < 0) {
		file_fail_set(&r->stats->fail, r->stats->file, rc, PROC_FILE_CAP, FILE_LINE_MAX);
		return rc;
	}
	r->have_pending = false;
	if (r->ug)
		r->ug->budget = -1;
	rc = read_lines(fl, r);
	file_lines_close(fl);
	return rc;
}

/* /proc/net/unix is read twice: the guard's count first (proc_unix.c). */
static int read_unix(struct reader *r)
{
	struct proc_stats *keep = r->stats, *first = malloc(sizeof(*first));
	int rc;

	if (!first)
		return -ENOMEM;
	*first = *keep;
	r->stats = first;
	r->scan = true;
	rc = read_file(r);
	r->ug->inuse_after = proc_unix_inuse(r->root);
	if (rc < 0)
		*keep = *first; /* its words, for the message */
	free(first);
	r->stats = keep;
	r->scan = false;
	return rc < 0 ? rc : read_file(r);
}

static int dump_lines(const struct reader *how)
{
	struct reader *r = calloc(1, sizeof(*r));
	int rc;

	if (!r || !(r->seen = malloc(sizeof(*r->seen)))) {
		free(r);
		return -ENOMEM;
	}
	dedup_init(r->seen);
	if (how->proto == PROTO_UNIX &&
	    (!(r->ug = malloc(sizeof(*r->ug))) || unix_guard_init(r->ug, how->root) < 0)) {
		free(r->ug);
		free(r->seen);
		free(r);
		return -ENOMEM;
	}
	r->proto = how->proto;
	r->family = how->family;
	r->file = how->file;
	r->mixed = how->mixed;
	r->q = how->q;
	r->cb = how->cb;
	r->data = how->data;
	r->stats = how->stats;
	r->root = how->root;
	rc = r->ug ? read_unix(r) : read_file(r);
	if (r->ug)
		unix_guard_free(r->ug);
	free(r->ug);
	free(r->seen);
	free(r);
	return rc;
}

int proc_source_dump(const char *proc_root, unsigned int proto, unsigned int family,
		     unsigned int file, const struct query *q, sock_rec_cb cb, void *data,
		     struct proc_stats *stats)
{
	const struct proto_desc *d = proto_get(proto);
	struct proc_stats scratch;
	int rc;

	if (!stats)
		stats = &scratch;
	memset(stats, 0, sizeof(*stats));
	if (!q || !cb || !d)
		return -EINVAL;
	rc = proc_path(stats->file, sizeof(stats->file), proc_root, proto, family, file);
	if (rc < 0)
		return rc;
	struct reader how = { .proto = proto, .family = family, .file = file,
			      .mixed = d->proc_mixed, .q = q, .cb = cb, .data = data,
			      .stats = stats, .root = proc_root };
	return dump_lines(&how);
}
