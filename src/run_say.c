/* SPDX-License-Identifier: MIT */
/* run_say.c - what sockls says when no source can answer for the kinds asked,
 * and the one path of a failed write of output. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
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

int run_write_failed(int err, run_say_fn say)
{
	if (err == -EPIPE)
		return 0;
	say("cannot write output: %s", err == -EBADF ? "standard output is closed" : strerror(-err));
	return 1;
}
