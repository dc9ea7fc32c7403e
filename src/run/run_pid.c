/* SPDX-License-Identifier: MIT */
/* run_pid.c - the 'pid' filter of a run (--pid, 'pid = N'): each pid is
 * checked first, so a mistyped one is said instead of an empty table, and
 * only those processes' descriptors are read (not every /proc/PID/fd). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "run_int.h"

static bool pid_holds(uint64_t inode, int32_t pid, void *data)
{
	const struct procmap *pm = data;
	const struct sock_owner *ow;
	size_t n;

	ow = procmap_lookup(pm, inode, &n);
	for (size_t i = 0; i < n; i++)
		if (ow[i].pid == pid)
			return true;
	return false;
}

/* A pid that names nothing, or whose descriptors cannot be read, is said. */
static int check_pid(const struct run *r, int32_t pid)
{
	char path[FILE_PATH_MAX];
	int fd;

	snprintf(path, sizeof(path), "%s/%d/fd", r->o->proc_root, (int)pid);
	if ((fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) >= 0) {
		close(fd);
		return 0;
	}
	if (errno == ENOENT || errno == ESRCH)
		r->say("pid %d: no such process (under %s)", (int)pid, r->o->proc_root);
	else
		r->say("pid %d: cannot read its sockets (%s): %s", (int)pid, path, strerror(errno));
	return 1;
}

int run_open_pids(struct run *r)
{
	struct file_fail ff = { 0 };
	char msg[FILE_PATH_MAX + 128];
	int32_t *pids;
	size_t n;
	int err, ret = 0;

	if (!filter_uses_pid(r->filter))
		return 0;
	if (filter_pids(r->filter, &pids, &n) < 0) {
		r->say("cannot read processes: %s", strerror(ENOMEM));
		return 1;
	}
	for (size_t i = 0; i < n && !ret; i++)
		ret = check_pid(r, pids[i]);
	if (!ret && (err = procmap_build_pids(r->o->proc_root, pids, n, &r->owners.pids, &ff)) < 0) {
		if (ff.err)
			r->say("cannot read processes: %s", file_fail_msg(&ff, msg, sizeof(msg)));
		else
			r->say("cannot read processes under %s: %s", r->o->proc_root, strerror(-err));
		ret = 1;
	}
	free(pids);
	if (!ret)
		filter_set_pid_lookup(r->filter, pid_holds, r->owners.pids);
	return ret;
}
