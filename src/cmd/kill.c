/* SPDX-License-Identifier: MIT */
/* kill.c - -K: the listing pipeline where each matching socket is
 * destroyed with SOCK_DESTROY and written only when the kernel agreed.
 * Guards: the filter must narrow by address, port, cgroup or owner (not a
 * state alone), a listening socket is destroyed only when -l or a state word
 * names listening sockets, only TCP and UDP are tried (cli.c), and --dry-run
 * lists without destroying. The counts go to stderr and the JSON "kill". */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "sockls/filter.h"
#include "sockls/run.h"
#include "sockls/sockev.h"
#include "sockls/writer.h"

struct kill_run {
	run_say_fn say;
	struct sockev_killer *k;
	struct writer_kill n;
	bool listeners;          /* listening sockets were named */
	int refuse_err;
};

static bool is_listener(const struct sock_rec *rec)
{
	return rec->state == ST_LISTEN || rec->state == ST_CLOSE;
}

/* Opened at the first row: by then the run is inside the namespace of -N. */
static int kill_row(const struct sock_row *row, void *data)
{
	struct kill_run *kr = data;
	int err;

	if (is_listener(row->rec) && !kr->listeners) {
		kr->n.listeners_kept++;
		return 0;
	}
	if (kr->n.dry_run) {
		kr->n.matched++;
		return 1;
	}
	if (!kr->k && (err = sockev_killer_open(&kr->k)) < 0) {
		kr->say("cannot open a netlink sock_diag socket: %s", strerror(-err));
		return -ECANCELED;
	}
	err = sockev_kill(kr->k, row->rec);
	if (err == 0) {
		kr->n.destroyed++;
		kr->n.matched++;
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
		kr->n.refused++;
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

/* A state word that names listening sockets only (listening, listen, unconn). */
static bool listen_word(const char *w)
{
	uint32_t bits = filter_state_bits(w);

	return bits && !(bits & ~STATES_LISTENING);
}

static bool list_names_listen(const char *list)
{
	char buf[256], *save = NULL;

	if ((size_t)snprintf(buf, sizeof(buf), "%s", list) >= sizeof(buf))
		return false;
	for (char *w = strtok_r(buf, ",", &save); w; w = strtok_r(NULL, ",", &save))
		if (listen_word(w))
			return true;
	return false;
}

/* -l, --state listening, or 'state listening' in the expression. */
static bool names_listeners(const struct opts *o)
{
	if (o->listening)
		return true;
	for (size_t i = 0; i < o->n_states; i++)
		if (o->states[i] && list_names_listen(o->states[i]))
			return true;
	for (int i = 0; i + 1 < o->n_expr; i++)
		if (!strcmp(o->expr[i], "state") && listen_word(o->expr[i + 1]))
			return true;
	return false;
}

/* What was typed as the filter, for the message (cut at the buffer). */
static const char *typed_filter(const struct opts *o, char *buf)
{
	const char *opt[3] = { "--sport", "--dport", "--port" }, *val[3] = { o->sport, o->dport, o->port };
	size_t n = 0, cap = 160;

	buf[0] = '\0';
	for (size_t i = 0; i < o->n_states && n < cap; i++)
		n += (size_t)snprintf(buf + n, cap - n, "%s--state %s", n ? " " : "", o->states[i]);
	for (int i = 0; i < 3 && n < cap; i++)
		if (val[i])
			n += (size_t)snprintf(buf + n, cap - n, "%s%s %s", n ? " " : "", opt[i], val[i]);
	for (int i = 0; i < o->n_expr && n < cap; i++)
		n += (size_t)snprintf(buf + n, cap - n, "%s%s", n ? " " : "", o->expr[i]);
	return buf;
}

/* 0, or 2 (said) when the filter does not narrow by anything but state. */
static int check_narrow(const struct opts *o, run_say_fn say)
{
	struct filter_spec spec = {
		.states = o->states, .n_states = o->n_states,
		.sport = o->sport, .dport = o->dport, .port = o->port,
		.expr = o->expr, .n_expr = o->n_expr,
		.default_states = o->default_states,
		.pids = o->pids, .n_pids = o->n_pids,
	};
	struct filter_error ferr;
	struct filter *f;
	char words[160];
	bool narrow;

	if (filter_build(&spec, &f, &ferr) < 0) {
		say("%s", ferr.msg);
		return 2;
	}
	narrow = filter_narrows(f) || o->unit || o->container || o->pod;
	filter_free(f);
	if (narrow)
		return 0;
	say("-K destroys sockets: '%s' does not narrow them: each alternative must name an "
	    "address, a port or port range, a cgroup, a process (pid) or an owner (--unit, "
	    "--container, --pod); "
	    "a state, a negation or a range of every port does not", typed_filter(o, words));
	return 2;
}

static void say_counts(const struct kill_run *kr)
{
	const struct writer_kill *n = &kr->n;

	if (n->dry_run)
		kr->say("-K --dry-run: %lu socket%s would be destroyed (none was)", n->matched,
			n->matched == 1 ? "" : "s");
	else
		kr->say("-K: %lu socket%s destroyed, %lu refused%s%s", n->destroyed,
			n->destroyed == 1 ? "" : "s", n->refused, n->refused ? ": " : "",
			n->refused ? strerror(-kr->refuse_err) : "");
	if (n->listeners_kept)
		kr->say("-K: %lu listening socket%s kept: name them with -l or 'state listening'",
			n->listeners_kept, n->listeners_kept == 1 ? "" : "s");
}

int run_kill(const struct opts *o, run_say_fn say)
{
	struct kill_run kr = { .say = say, .listeners = names_listeners(o),
			       .n.dry_run = o->dry_run };
	struct run_hooks h = { .row = kill_row, .data = &kr, .writer = true, .kill = &kr.n };
	int ret;

	if ((ret = check_narrow(o, say)) || (!o->dry_run && (ret = kill_preflight(say))))
		return ret;
	ret = run_pipeline(o, say, &h);
	sockev_killer_close(kr.k);
	if (ret == 0 || kr.n.matched || kr.n.refused)
		say_counts(&kr);
	return ret ? ret : kr.n.refused ? 1 : 0;
}
