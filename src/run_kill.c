/* SPDX-License-Identifier: MIT */
/* run_kill.c - -K: the listing pipeline where each matching socket is
 * destroyed with SOCK_DESTROY and written only when the kernel agreed. */
#include <errno.h>
#include <string.h>

#include "sockls/run.h"
#include "sockls/sockev.h"

struct kill_run {
	run_say_fn say;
	struct sockev_killer *k;
	unsigned long destroyed, refused;
	int refuse_err;
};

/* Opened at the first row: by then the run is inside the namespace of -N. */
static int kill_row(const struct sock_row *row, void *data)
{
	struct kill_run *kr = data;
	int err;

	if (row->rec->proto != PROTO_TCP && row->rec->proto != PROTO_UDP) {
		kr->refused++;
		kr->refuse_err = -EPROTONOSUPPORT;
		return 0;
	}
	if (!kr->k && (err = sockev_killer_open(&kr->k)) < 0) {
		kr->say("cannot open a netlink sock_diag socket: %s", strerror(-err));
		return -ECANCELED;
	}
	err = sockev_kill(kr->k, row->rec);
	if (err == 0) {
		kr->destroyed++;
		return 1;
	}
	if (err == -EPERM || err == -EACCES) {
		kr->say("-K needs CAP_NET_ADMIN: the kernel refused to destroy sockets");
		return -ECANCELED;
	}
	if (err == -EOPNOTSUPP) {
		kr->say("-K needs a kernel built with CONFIG_INET_DIAG_DESTROY: this one refused");
		return -ECANCELED;
	}
	if (err != -ENOENT) { /* ENOENT: it closed meanwhile, nothing to do */
		kr->refused++;
		kr->refuse_err = err;
	}
	return 0;
}

/* The two preconditions, named before anything is touched. 0 or 1 (said). */
static int kill_preflight(run_say_fn say)
{
	if (sockev_have_net_admin("/proc") == 0) {
		say("-K needs CAP_NET_ADMIN, which this process does not have");
		return 1;
	}
	if (sockev_kernel_destroy_config() == 0) {
		say("-K needs a kernel built with CONFIG_INET_DIAG_DESTROY, which this one is not");
		return 1;
	}
	return 0;
}

int run_kill(const struct opts *o, run_say_fn say)
{
	struct kill_run kr = { .say = say };
	struct run_hooks h = { .row = kill_row, .data = &kr, .writer = true };
	int ret;

	if ((ret = kill_preflight(say)))
		return ret;
	ret = run_pipeline(o, say, &h);
	sockev_killer_close(kr.k);
	if (kr.refused) {
		say("%lu socket%s could not be destroyed: %s", kr.refused, kr.refused == 1 ? "" : "s",
		    kr.refuse_err == -EPROTONOSUPPORT ? "only TCP and UDP sockets can be destroyed" :
		    strerror(-kr.refuse_err));
		return ret ? ret : 1;
	}
	return ret;
}
