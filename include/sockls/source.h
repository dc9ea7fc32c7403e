/* SPDX-License-Identifier: MIT */
/* source.h - where the records come from: netlink sock_diag or /proc/net,
 * behind one interface; the auto/probe/fallback policy lives here. */
#ifndef SOCKLS_SOURCE_H
#define SOCKLS_SOURCE_H

#include "sockls/query.h"
#include "sockls/sock.h"

/* Things worth a line on stderr; the source never prints, main words them. */
enum source_note_kind {
	SN_NETLINK_DONE,  /* -v: count records of proto/family from netlink */
	SN_PROC_DONE,     /* -v: count records of proto/family from file */
	SN_PROC_MISSING,  /* -v: file absent: no sockets of proto/family */
	SN_FALLBACK,      /* -v: netlink cannot serve proto/family, /proc is read */
	SN_INCONSISTENT,  /* the kernel flagged the proto/family dump inconsistent */
	SN_MALFORMED,     /* count lines of file could not be read and were skipped */
	SN_FILE_FAIL,     /* file holds the one-line reason a file was refused (the dump fails) */
	SN_NO_HANDLER,    /* --source netlink: the kernel has no sock_diag handler for proto
			   * (file names the module that provides it); the dump fails */
	SN_NO_MODULE,     /* --source netlink: the kernel cannot dump proto/family (file:
			   * the module that would, count: the errno); source_open() fails */
	SN_AMBIGUOUS,     /* count lines of file (unix) may be a socket name's tail as
			   * much as sockets: left out, the listing may miss sockets */
	SN_NO_CGROUP_BC,  /* the kernel refused the filter's cgroup condition (before
			   * Linux 5.8): cgroup PATH is matched in user space from now on */
};

struct source_note {
	enum source_note_kind kind;
	unsigned int proto, family;  /* family AF_UNSPEC: both inet families at once */
	const char *file;            /* SN_PROC_*, SN_MALFORMED */
	unsigned long count;
};

typedef void (*source_note_cb)(const struct source_note *note, void *data);

/* Which step source_open() failed in, for the caller's message. */
enum source_step {
	SOURCE_STEP_NONE,
	SOURCE_STEP_NETLINK,   /* opening a sock_diag socket */
	SOURCE_STEP_PROC_ROOT, /* <proc_root>/net is not a directory */
	SOURCE_STEP_NO_SOURCE, /* sock_diag unavailable and no /proc/net file to read */
	SOURCE_STEP_MODULE,    /* --source netlink: a request it needs is not served (noted) */
};

struct source;

/* Opens what q->source asks for. With SRC_NETLINK it probes each request
 * the query needs with an empty dump, so a missing kernel module is named
 * (SN_NO_MODULE) before any output; SRC_AUTO probes only when a request is
 * refused, or when no /proc file could stand in (SOURCE_STEP_NO_SOURCE is
 * then told here). q must outlive the source. 0, or -errno with *step set. */
int source_open(struct source **out, const struct query *q, source_note_cb note,
		void *note_data, enum source_step *step);
void source_close(struct source *s);

/* "netlink", "proc" or "mixed": what serves this query. Asked before the
 * first dump, it probes every request (SRC_AUTO): ask only to print it. */
const char *source_name(struct source *s);
/* Whether the dump sees bind()-only TCP sockets (bound-inactive): only
 * sock_diag does, for both families, on kernels from 6.8; /proc never lists
 * them. When false, counts of such sockets are unknown, not 0. */
bool source_sees_bound_inactive(struct source *s);
/* PROTO_BIT()s of the kinds some source answered for in the last dump (a kind
 * without its diag module and without a /proc file is not among them): where
 * the caller reads it after each dump, a count of 0 of those kinds is a fact. */
const uint32_t *source_answered_protos(const struct source *s);

/* Every record of every requested kind and family, in listing order (the
 * protocol table's), filtered by q->states and q->filter. 0, a negative errno
 * from a source, cb's negative return, or -ENOMEDIUM when no request was
 * answered by any source (netlink refused and no /proc/net file there). */
int source_dump(struct source *s, sock_rec_cb cb, void *data);

/* The netlink socket the source dumps with, exchanged: the source takes nl
 * (NULL: none, its next dump opens one in the thread's namespace) and gives
 * back the one it had, now the caller's (nl_source_close()). A netlink socket
 * belongs to the namespace it was made in: --all-netns keeps each
 * namespace's and hands it over while the thread is in that namespace. */
struct nl_source;
struct nl_source *source_swap_nl(struct source *s, struct nl_source *nl);

#endif
