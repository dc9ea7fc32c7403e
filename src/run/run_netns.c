/* SPDX-License-Identifier: MIT */
/* run_netns.c - entering the namespace of -N/--netns-pid, and --all-netns:
 * each namespace in turn, one that vanished meanwhile skipped, its netlink
 * sockets kept from one pass to the next. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "sockls/nl.h"

#include "run_int.h"

/* At most this many namespaces keep their sockets, and they take at most
 * 1/RUN_NS_FD_SHARE of the descriptor limit (RUN_NS_SOURCES each): 32
 * namespaces at the usual 1024, 2 at 64. */
#define RUN_NS_KEEP_MAX 64
#define RUN_NS_FD_SHARE 8

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

/* Gone between enumeration and entry (or its pid reused): skipped, not an error. */
static bool netns_gone(int err)
{
	return err == -ENOENT || err == -ESRCH || err == -ESTALE;
}

/* Enters e (not our own): 0, or -errno (counted in r->ns.tally unless
 * netns_gone(), which is skipped). */
static int enter_entry(struct run *r, const struct netns_entry *e, int *saved)
{
	struct netns_tally *t = &r->ns.tally;
	int fd, err = netns_open_entry(e, &fd);
	bool opened = err == 0;

	if (opened) {
		err = netns_enter(fd, saved);
		close(fd);
	}
	if (netns_gone(err)) {
		if (r->o->verbose)
			r->say("network namespace %s went away before it was listed; skipped", e->tag);
		return err;
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

static size_t keep_max(void)
{
	struct rlimit rl;
	rlim_t n;

	if (getrlimit(RLIMIT_NOFILE, &rl) < 0)
		return 0;
	n = rl.rlim_cur / RUN_NS_FD_SHARE / RUN_NS_SOURCES;
	return n > RUN_NS_KEEP_MAX ? RUN_NS_KEEP_MAX : (size_t)n;
}

/* The sources a namespace's sockets are handed to: the listing's, the
 * servers', -p's. */
static struct source *ns_source(const struct run *r, unsigned int i)
{
	if (i == 0)
		return r->src;
	return i <= RUN_SERVER_KINDS ? r->srv.src[i - 1] : r->peers.src;
}

static struct run_ns_socks *kept(const struct run_netns *ns, uint64_t dev, uint64_t ino)
{
	for (size_t i = 0; i < ns->n_keep; i++)
		if (ns->keep[i].dev == dev && ns->keep[i].ino == ino)
			return &ns->keep[i];
	return NULL;
}

/* e's sockets, a place made for them at its first visit; NULL beyond keep_max. */
static struct run_ns_socks *keep_slot(struct run_netns *ns, const struct netns_entry *e)
{
	struct run_ns_socks *k = kept(ns, e->dev, e->inode);

	if (k)
		return k;
	if (!ns->keep && (ns->keep_max = keep_max()) > 0 &&
	    !(ns->keep = calloc(ns->keep_max, sizeof(*ns->keep))))
		ns->keep_max = 0;
	if (ns->n_keep >= ns->keep_max)
		return NULL;
	k = &ns->keep[ns->n_keep++];
	*k = (struct run_ns_socks){ .dev = e->dev, .ino = e->inode };
	return k;
}

/* The thread is in e, not its own namespace: the sources take e's sockets
 * (none yet: their dumps open them here), home[] holds the caller's. A
 * socket made here serves only here, so the thread still enters e at each
 * pass: its /proc/net and /proc/sys files (the port range, -s and
 * --prometheus counters, the /proc source), -p's addresses and a socket
 * reopened after a failed dump all belong to the namespace the thread is in. */
static void socks_in(struct run *r, const struct netns_entry *e, struct nl_source **home)
{
	struct run_ns_socks *k = keep_slot(&r->ns, e);

	for (unsigned int i = 0; i < RUN_NS_SOURCES; i++) {
		struct source *s = ns_source(r, i);

		home[i] = s ? source_swap_nl(s, k ? k->nl[i] : NULL) : NULL;
		if (k && s)
			k->nl[i] = NULL;
	}
}

/* Leaving e: its sockets kept (closed beyond keep_max), the caller's back;
 * a source made in e (the servers' first scan) took its socket there. */
static void socks_out(struct run *r, const struct netns_entry *e, struct nl_source **home)
{
	struct run_ns_socks *k = kept(&r->ns, e->dev, e->inode);

	for (unsigned int i = 0; i < RUN_NS_SOURCES; i++) {
		struct source *s = ns_source(r, i);
		struct nl_source *nl = s ? source_swap_nl(s, home[i]) : NULL;

		if (k && !k->nl[i])
			k->nl[i] = nl;
		else
			nl_source_close(nl);
	}
}

static void socks_close(struct run_ns_socks *k)
{
	for (unsigned int i = 0; i < RUN_NS_SOURCES; i++) {
		nl_source_close(k->nl[i]);
		k->nl[i] = NULL;
	}
}

/* The sockets of a namespace no longer listed are closed: each holds its
 * namespace alive (so no other takes its inode while they are kept). */
static void socks_prune(struct run_netns *ns, const struct netns_list *l)
{
	for (size_t i = 0; i < ns->n_keep;) {
		struct run_ns_socks *k = &ns->keep[i];
		bool listed = false;

		for (size_t j = 0; j < l->n && !listed; j++)
			listed = l->v[j].dev == k->dev && l->v[j].inode == k->ino;
		if (listed) {
			i++;
			continue;
		}
		socks_close(k);
		*k = ns->keep[--ns->n_keep];
	}
}

void run_netns_close(struct run *r)
{
	struct run_netns *ns = &r->ns;

	for (size_t i = 0; i < ns->n_keep; i++)
		socks_close(&ns->keep[i]);
	free(ns->keep);
	ns->keep = NULL;
	ns->n_keep = ns->keep_max = 0;
}

/* One namespace: 0 or -errno of its dump (which ends the walk). One that
 * went away or could not be entered is not an error here: r->ns.tally
 * counts what could not be read. */
static int dump_in_netns(struct run *r, struct netns_list *l, const struct netns_entry *e,
			 run_ns_fn dump)
{
	struct nl_source *home[RUN_NS_SOURCES] = { NULL };
	int saved = -1, err = 0;
	uint64_t key = 0;

	if (!e->is_self && (err = enter_entry(r, e, &saved)) != 0) {
		/* counted already: not once more among the hidden */
		if (!netns_gone(err) && e->pid > 0 && netns_procnet_key("/proc", e->pid, &key) == 0)
			netns_list_settle(l, key);
		return 0;
	}
	if (netns_procnet_key("/proc", 0, &key) == 0)
		netns_list_settle(l, key);
	r->ns.tally.read++;
	if (!e->is_self)
		socks_in(r, e, home);
	err = dump(r, e);
	if (!e->is_self)
		socks_out(r, e, home);
	if (saved >= 0 && netns_leave(saved) < 0 && err == 0)
		err = -errno;
	return err;
}

/* The one line that says how many namespaces were not read, and why. */
static void say_unreadable(struct run *r)
{
	const struct netns_tally *t = &r->ns.tally;
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

	if (err >= 0)
		socks_prune(&r->ns, &l);
	for (size_t i = 0; err >= 0 && i < l.n; i++)
		err = dump_in_netns(r, &l, &l.v[i], dump);
	r->ns.tally.hidden += l.n_hidden;
	netns_list_free(&l);
	if (err >= 0 && netns_unreadable(&r->ns.tally)) {
		*partial = true;
		say_unreadable(r);
	}
	return err;
}
