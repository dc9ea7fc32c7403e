/* SPDX-License-Identifier: MIT */
/* run_say.c - what sockls says of the sources: their notes, when no source
 * can answer for the kinds asked, and the one path of a failed write of
 * output. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "run_int.h"
#include "sockls/file.h"
#include "sockls/proto.h"

/* Names what was asked and what would serve it: the kinds, their sock_diag
 * modules, and the /proc/net files that are not there either. */
void run_say_no_source(const struct run *r)
{
	char kinds[256] = "";
	size_t n = 0;

	for (size_t i = 0; i < proto_count && n < sizeof(kinds) - 64; i++) {
		const struct proto_desc *d = &proto_table[i];
		if (!(r->q.protos & PROTO_BIT(d->id)) || !(r->q.states & d->states))
			continue;
		n += (size_t)snprintf(kinds + n, sizeof(kinds) - n, "%s%s (%s)", n ? ", " : "",
				      d->name, d->diag_module ? d->diag_module : "sock_diag");
	}
	char tcp[FILE_PATH_MAX];
	/* without even net/tcp the /proc tree itself is cut down (subset=pid) */
	snprintf(tcp, sizeof(tcp), "%s/net/tcp", r->q.proc_root);
	bool no_proc_net = access(tcp, F_OK) != 0;

	if (r->q.source == SRC_PROC)
		r->say("no source can answer for %s: --source proc was asked and %s/net has no "
		       "file for them%s; an empty list would not mean there are none", kinds,
		       r->q.proc_root, no_proc_net ? " (is /proc mounted with subset=pid?)" : "");
	else
		r->say("no source can answer for %s: the sock_diag module named is not loaded "
		       "(modprobe it as root) and %s/net has no file for them%s; an empty list would "
		       "not mean there are none", kinds, r->q.proc_root,
		       no_proc_net ? " (is /proc mounted with subset=pid?)" : "");
}

/* "tcp/inet", "tcp/inet+inet6" (one request for both), or "unix", "packet":
 * a kind without IP addresses has one family, named by the kind. */

static const char *note_what(const struct source_note *n, char *buf, size_t len)
{
	const struct proto_desc *d = proto_get(n->proto);
	const char *f = n->family == AF_UNSPEC ? "inet+inet6" : sock_family_name(n->family);

	if (d && !d->inet)
		snprintf(buf, len, "%s", d->name);
	else
		snprintf(buf, len, "%s/%s", sock_proto_name(n->proto), f ? f : "?");
	return buf;
}


/* A kind/family the kernel cannot dump over sock_diag, with the module that would. */
static void say_no_module(const struct run *r, const char *w, const char *module, int err)
{
	if (!module) /* a kind whose row has no sock_diag family: /proc only */
		r->say("%s: netlink sock_diag has no request for these sockets; try --source proc",
		       w);
	else if (err == ENOENT || err == EPROTONOSUPPORT || err == EOPNOTSUPP)
		r->say("%s: netlink sock_diag cannot list these sockets: the %s kernel "
		       "module is not available; try 'modprobe %s' or --source proc",
		       w, module, module);
	else
		r->say("%s: netlink sock_diag cannot list these sockets: %s; try --source proc",
		       w, strerror(err));
}
void run_on_note(const struct source_note *n, void *data)
{
	struct run *r = data;
	char buf[32], msg[WRITER_ERROR_LEN];
	const char *w = note_what(n, buf, sizeof(buf));

	switch (n->kind) {
	case SN_INCONSISTENT:
		r->say("warning: the kernel reported the %s dump inconsistent; rows may be missing",
		       w);
		return;
	case SN_FILE_FAIL:    /* the source goes on with the other files */
		r->say("%s", n->file);
		run_mark_incomplete(r, n->file);
		return;
	case SN_NO_HANDLER:   /* the probe passed, the dump did not: one message for both */
		say_no_module(r, w, n->file, ENOENT);
		snprintf(msg, sizeof(msg), "%s: netlink sock_diag cannot list these sockets", w);
		run_mark_incomplete(r, msg);
		return;
	case SN_NO_MODULE:
		say_no_module(r, w, n->file, (int)n->count);
		return;
	case SN_AMBIGUOUS:    /* rows may be missing: said, and in JSON's status */
		snprintf(msg, sizeof(msg), "%s: %lu line%s could be a socket's or the tail of a "
			 "socket name holding a newline, and %s not listed (/proc cannot tell; "
			 "netlink can: --source netlink)", n->file, n->count,
			 n->count == 1 ? "" : "s", n->count == 1 ? "was" : "were");
		r->say("%s", msg);
		run_mark_incomplete(r, msg);
		return;
	case SN_MALFORMED:
		r->say("%s: %lu line%s could not be read and %s skipped", n->file, n->count,
		       n->count == 1 ? "" : "s", n->count == 1 ? "was" : "were");
		return;
	default:
		break;
	}
	if (!r->o->verbose)
		return;
	if (n->kind == SN_NETLINK_DONE)
		r->say("%s: netlink sock_diag, %lu sockets", w, n->count);
	else if (n->kind == SN_PROC_DONE)
		r->say("%s: %s, %lu sockets", w, n->file, n->count);
	else if (n->kind == SN_PROC_MISSING)
		r->say("%s: not present, no %s sockets", n->file, w);
	else if (n->kind == SN_FALLBACK)
		r->say("%s: netlink sock_diag unavailable, reading /proc", w);
	else if (n->kind == SN_NO_CGROUP_BC)
		r->say("%s: the kernel refused the cgroup condition (Linux before 5.8); "
		       "cgroup PATH is matched in user space", w);
}

int run_write_failed(int err, run_say_fn say)
{
	if (err == -EPIPE)
		return 0;
	say("cannot write output: %s", err == -EBADF ? "standard output is closed" : strerror(-err));
	return 1;
}
