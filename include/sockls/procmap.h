/* SPDX-License-Identifier: MIT */
/* procmap.h - socket inode -> owning processes, from one scan of <proc_root>/<pid>/fd. */
#ifndef SOCKLS_PROCMAP_H
#define SOCKLS_PROCMAP_H

#include <stddef.h>
#include <stdint.h>

#include "sockls/file.h"
#include "sockls/sock.h"

struct procmap;

/* Scans every <proc_root>/<pid>/fd once and maps each "socket:[N]" link to
 * its owners {pid, fd, comm}. Processes that vanish during the scan or that
 * may not be inspected (EACCES/EPERM, hidepid) are skipped silently.
 * Returns 0, or -errno when the scan as a whole is impossible (proc_root
 * unreadable, out of memory) or when a <pid>/comm or <pid>/stat is refused by
 * the file reader (a FIFO or device in a --proc-root bundle: -ENODEV, one
 * over 63/2047 bytes: -EFBIG; see file.h), which *ff (may be NULL) then
 * names; *out is NULL then. */
int procmap_build(const char *proc_root, struct procmap **out, struct file_fail *ff);

/* As procmap_build, but keeps only owners of the n inodes in the ascending
 * array inodes (the sockets that survived the filter): less memory when
 * most sockets are filtered out. */
int procmap_build_for(const char *proc_root, const uint64_t *inodes, size_t n,
		      struct procmap **out, struct file_fail *ff);

/* As procmap_build, but reads only <proc_root>/<pid>/fd of the n given
 * pids (the 'pid' filter): a process that is gone or may not be inspected
 * adds nothing. */
int procmap_build_pids(const char *proc_root, const int32_t *pids, size_t n,
		       struct procmap **out, struct file_fail *ff);

/* All owners of inode, in scan order (pid, then fd, ascending as /proc lists
 * them); NULL and *n = 0 when none. Inode 0 never maps. Valid until free. */
const struct sock_owner *procmap_lookup(const struct procmap *m, uint64_t inode, size_t *n);

/* The name of process (or thread) pid, as -p shows owners: from
 * <proc_root>/<pid>/comm, else its stat. 0 with comm set, -ENOENT/-ESRCH when
 * there is no such process, another negative errno (a refused file in a
 * bundle, -EACCES). proc_root NULL is /proc. */
int procmap_comm(const char *proc_root, int32_t pid, char comm[16]);

/* Number of distinct socket inodes and of (inode, owner) pairs in the map. */
/* How many processes the scan was not allowed to read (another user's,
 * without CAP_SYS_PTRACE/CAP_DAC_READ_SEARCH): their sockets have no owner. */
size_t procmap_denied(const struct procmap *m);
size_t procmap_inodes(const struct procmap *m);
size_t procmap_owners(const struct procmap *m);

void procmap_free(struct procmap *m);

#endif
