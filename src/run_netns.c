/* SPDX-License-Identifier: MIT */
/* run_netns.c - entering the namespace of -N/--netns-pid, and --all-netns:
 * each namespace in turn, one that vanished meanwhile skipped. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "run_int.h"

/* Enters the namespace of -N or --netns-pid before anything is opened, so the
 * netlink socket, /proc/net and the port range all belong to it. */
int run_enter_netns(const struct opts *o, run_say_fn say)
{
	char what[64];
	const char *name = o->netns;
	int fd, saved, err;

	if (!o->netns && !o->netns_pid)
		return 0;
	if (name) {
		err = netns_open(name, &fd);
	} else {
		snprintf(what, sizeof(what), "of pid %d", o->netns_pid);
		name = what;
		err = netns_open_pid(o->netns_pid, &fd);
	}
	if (err == -EINVAL && o->netns) {
		say("%s is not a network namespace (a name under /run/netns, or a path "
		    "such as /proc/PID/ns/net)", name);
		return 1;
	}
	if (err < 0) {
		say("cannot open network namespace %s: %s", name, strerror(-err));
		return 1;
	}
	err = netns_enter(fd, &saved);
	close(fd);
	if (err < 0) {
		if (err == -EPERM)
			say("entering network namespace %s needs CAP_SYS_ADMIN", name);
		else
			say("cannot enter network namespace %s: %s", name, strerror(-err));
		return 1;
	}
	close(saved); /* the rest of the run stays there */
	return 0;
}

/* Enters e (not our own): 0, 1 gone meanwhile (skipped), or -errno counted. */
static int enter_entry(struct run *r, const struct netns_entry *e, int *saved)
{
	struct netns_tally *t = &r->ns_tally;
	int fd, err = netns_open_entry(e, &fd);
	bool opened = err == 0;

	if (opened) {
		err = netns_enter(fd, saved);
		close(fd);
	}
	if (err == -ENOENT || err == -ESRCH || err == -ESTALE) {
		/* gone between enumeration and entry (or its pid reused): not an error */
		if (r->o->verbose)
			r->say("network namespace %s went away before it was listed; skipped", e->tag);
		return 1;
	}
	if (err == -EPERM || err == -EACCES) {
		if (opened)
			t->denied++;
		else
			t->hidden++;
	} else if (err < 0) {
		t->failed++;
		t->err = err;
	}
	if (err < 0 && r->o->verbose)
		r->say("cannot read network namespace %s: %s", e->tag, strerror(-err));
	return err;
}

/* 0 (read, or not and counted in r->ns_tally) or the dump's -errno. */
static int dump_in_netns(struct run *r, struct netns_list *l, const struct netns_entry *e,
			 run_ns_fn dump)
{
	int saved = -1, err = 0;
	uint64_t key = 0;

	if (!e->is_self && (err = enter_entry(r, e, &saved)) != 0) {
		/* counted already: not once more among the hidden */
		if (err < 0 && e->pid > 0 && netns_procnet_key("/proc", e->pid, &key) == 0)
			netns_list_settle(l, key);
		return 0;
	}
	if (netns_procnet_key("/proc", 0, &key) == 0)
		netns_list_settle(l, key);
	r->ns_tally.read++;
	err = dump(r, e);
	if (saved >= 0 && netns_leave(saved) < 0 && err == 0)
		err = -errno;
	return err;
}

/* The one line that says how many namespaces were not read, and why. */
static void say_unreadable(struct run *r)
{
	const struct netns_tally *t = &r->ns_tally;
	unsigned long bad = netns_unreadable(t);
	char why[192], msg[WRITER_ERROR_LEN];
	size_t n = 0;

	if (t->hidden)
		n += (size_t)snprintf(why + n, sizeof(why) - n, "%lu held by processes not ours to "
				      "inspect (needs CAP_SYS_PTRACE)", t->hidden);
	if (t->denied)
		n += (size_t)snprintf(why + n, sizeof(why) - n, "%s%lu could not be entered (needs "
				      "CAP_SYS_ADMIN)", n ? ", " : "", t->denied);
	if (t->failed && n < sizeof(why))
		snprintf(why + n, sizeof(why) - n, "%s%lu: %s", n ? ", " : "", t->failed,
			 strerror(-t->err));
	snprintf(msg, sizeof(msg), "%lu of %lu network namespaces could not be read: %s", bad,
		 bad + t->read, why);
	r->say("%s", msg);
	/* rows are missing: the writer's status says so, but the output is still
	 * complete about what it read (and --output replaces FILE) */
	r->status.incomplete = true;
	if (r->status.n_errors < WRITER_ERRORS_MAX)
		snprintf(r->status.errors[r->status.n_errors++], WRITER_ERROR_LEN, "%s", msg);
}

/* --all-netns: every namespace in turn; those that cannot be read (entered, or
 * even seen: held only by processes we may not inspect) are counted, named in
 * one line on stderr, and the run ends with status 1 after listing the others. */
int run_dump_every_netns(struct run *r, bool *partial, run_ns_fn dump)
{
	struct netns_list l;
	int err = netns_list(&l);

	for (size_t i = 0; err >= 0 && i < l.n; i++)
		err = dump_in_netns(r, &l, &l.v[i], dump);
	r->ns_tally.hidden += l.n_hidden;
	netns_list_free(&l);
	if (err >= 0 && netns_unreadable(&r->ns_tally)) {
		*partial = true;
		say_unreadable(r);
	}
	return err;
}
