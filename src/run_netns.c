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

static int dump_in_netns(struct run *r, const struct netns_entry *e, run_ns_fn dump)
{
	int fd, saved = -1, err = 0;

	if (!e->is_self) {
		err = netns_open_entry(e, &fd);
		if (err == 0) {
			err = netns_enter(fd, &saved);
			close(fd);
		}
		if (err == -ENOENT || err == -ESRCH || err == -ESTALE) {
			/* gone between enumeration and entry (or its pid reused): not an error */
			if (r->o->verbose)
				r->say("network namespace %s went away before it was listed; skipped",
				       e->tag);
			return 0;
		}
		if (err < 0) {
			char msg[WRITER_ERROR_LEN]; /* the status keeps the tag's first bytes */
			bool perm = err == -EPERM || err == -EACCES;
			if (perm)
				r->say("entering network namespace %s needs CAP_SYS_ADMIN", e->tag);
			else
				r->say("cannot enter network namespace %s: %s", e->tag, strerror(-err));
			if (perm)
				snprintf(msg, sizeof(msg), "entering network namespace %.160s needs "
					 "CAP_SYS_ADMIN", e->tag);
			else
				snprintf(msg, sizeof(msg), "cannot enter network namespace %.160s: %s",
					 e->tag, strerror(-err));
			run_mark_incomplete(r, msg);
			return 1;
		}
	}
	err = dump(r, e);
	if (saved >= 0 && netns_leave(saved) < 0 && err == 0)
		err = -errno;
	return err;
}

/* --all-netns: every namespace in turn; one that cannot be entered is named on
 * stderr and the run ends with status 1 after listing the others. */
int run_dump_every_netns(struct run *r, bool *partial, run_ns_fn dump)
{
	struct netns_list l;
	int err = netns_list(&l);

	for (size_t i = 0; err >= 0 && i < l.n; i++) {
		err = dump_in_netns(r, &l.v[i], dump);
		if (err == 1) {
			*partial = true;
			err = 0;
		}
	}
	netns_list_free(&l);
	return err;
}
