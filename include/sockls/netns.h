/* SPDX-License-Identifier: MIT */
/* netns.h - open, enter and enumerate network namespaces (-N, --netns-pid, --all-netns). */
#ifndef SOCKLS_NETNS_H
#define SOCKLS_NETNS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Where `ip netns add NAME` bind-mounts its namespaces. */
#define NETNS_RUN_DIR "/run/netns"

/*
 * Opens a network namespace file, O_RDONLY|O_CLOEXEC, into *fd.
 * name_or_path: anything containing '/' is a path (e.g. /proc/1234/ns/net,
 * /run/netns/blue); otherwise a name under NETNS_RUN_DIR.
 * Returns 0, or -errno: -ENOENT no such namespace, -EACCES/-EPERM not allowed
 * to open it, -EINVAL an empty name, "." or "..", or a file that is not a
 * network namespace (a stale /run/netns entry, /proc/PID/ns/mnt, ...).
 */
int netns_open(const char *name_or_path, int *fd);

/* The network namespace of process pid (/proc/PID/ns/net): 0 or -errno as
 * netns_open(); -ENOENT when the process does not exist, -EINVAL when pid <= 0. */
int netns_open_pid(int pid, int *fd);

/*
 * Moves the calling thread into the namespace nsfd, after opening its current
 * one into *saved_fd so that netns_leave() can return. Returns 0, or -errno
 * (-EPERM without CAP_SYS_ADMIN; *saved_fd is then -1 and nothing changed).
 * After the switch, /proc/net/... and /proc/sys/net/... opened from now on
 * describe the new namespace, but sockets created before it (a sock_diag
 * netlink socket included) still belong to the old one: open them afresh.
 */
int netns_enter(int nsfd, int *saved_fd);

/* Returns to the namespace saved by netns_enter() and closes saved_fd.
 * 0 or -errno (the thread then stays where it was). */
int netns_leave(int saved_fd);

/* Size of an entry's tag: a /run/netns name (at most NAME_MAX bytes) escaped
 * for display whole, each byte at worst \xHH, or "ns:INODE". Never cut: two
 * names sharing a prefix are two tags (and two Prometheus series). */
#define NETNS_TAG_MAX (255 * 4 + 1)
#define NETNS_PATH_MAX 320

struct netns_entry {
	uint64_t inode;   /* nsfs inode: the namespace's identity, as in "net:[INODE]" */
	uint64_t dev;     /* nsfs device */
	int pid;          /* lowest pid found in it; 0 if no visible process holds it */
	bool named;       /* tag is a /run/netns name */
	bool is_self;     /* the caller's own namespace */
	char tag[NETNS_TAG_MAX];   /* for the Netns column and the JSON "netns" key */
	char path[NETNS_PATH_MAX]; /* for netns_open(): /run/netns/NAME or /proc/PID/ns/net */
};

struct netns_list {
	struct netns_entry *v;
	size_t n, cap;
	/* Namespaces seen only through processes whose ns/net may not be
	 * inspected (no CAP_SYS_PTRACE over them): their netns_procnet_key()s,
	 * distinct, some of which may be namespaces listed in v (a name, or
	 * another process): netns_list_settle() takes those out once read. */
	uint64_t *hidden;
	size_t n_hidden, cap_hidden;
};

/*
 * Every distinct network namespace on the host: those named under
 * NETNS_RUN_DIR and those held by processes (/proc/PID/ns/net), one entry per
 * namespace (deduplicated by device and inode; a name wins over a pid).
 * Order: named ones by name, then the others by inode. Processes that vanish
 * and /run/netns files that are not namespaces are skipped; processes that
 * cannot be inspected leave their namespace's key in hidden. Returns 0 (the caller's own namespace is always there, is_self set)
 * or -errno (-ENOMEM; or the caller's own namespace cannot be stat'ed).
 * Free with netns_list_free() either way.
 */
int netns_list(struct netns_list *out);

/* Opens e->path and checks it is still the namespace enumerated (nsfs device
 * and inode): -ESTALE when the path now leads elsewhere (a reused pid),
 * -ENOENT/-ESRCH when it is gone; else as netns_open(). */
int netns_open_entry(const struct netns_entry *e, int *fd);

/* netns_list() over another run dir and proc root (tests). */
int netns_list_at(const char *run_dir, const char *proc_root, struct netns_list *out);

void netns_list_free(struct netns_list *l);

/* The inode of PROC_ROOT/PID/net/dev (pid 0: thread-self): distinct for each
 * network namespace, and stat() of it needs no ptrace access where ns/net
 * does. 0 or -errno. */
int netns_procnet_key(const char *proc_root, int pid, uint64_t *key);

/* A namespace with that key was read: no longer hidden. True if it was. */
bool netns_list_settle(struct netns_list *l, uint64_t key);

#endif
