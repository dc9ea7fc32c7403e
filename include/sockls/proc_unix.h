/* SPDX-License-Identifier: MIT */
/* proc_unix.h - the guard against rows a socket name forges in /proc/net/unix. */
#ifndef SOCKLS_PROC_UNIX_H
#define SOCKLS_PROC_UNIX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sockls/htab.h"
#include "sockls/sock.h"

struct unix_guard_ent {
	uint64_t ino;
	uint32_t cnt;           /* times seen in the file */
	uint32_t tail;          /* a possible tail's unix_guard_hash(), 0 a sure socket */
};

struct unix_guard {
	struct unix_guard_ent *v; /* one an inode, indexed by idx */
	size_t cap, n;
	struct htab idx;
	unsigned long sockets;  /* distinct sockets in the file (embryos each count) */
	long inuse_before;      /* the kernel's count before the first read; -1 unknown */
	long inuse_after;       /* and after it */
	long budget;            /* bytes the last name could still hold; -1 none */
};

/* 0 or -ENOMEM; reads the kernel's count of UNIX sockets first. */
int unix_guard_init(struct unix_guard *g, const char *proc_root);
void unix_guard_free(struct unix_guard *g);
/* A line of len bytes (newline excluded) that parsed as rec: whether it fits
 * in the name before it, so may be that name's tail rather than a socket. */
bool unix_guard_line(struct unix_guard *g, size_t len, const struct sock_rec *rec);
/* A line that did not parse was taken as the tail of the name before it. */
void unix_guard_continued(struct unix_guard *g, size_t len);
/* First read: every record of the file, once, with its unix_guard_hash() when
 * it may be a name's tail (else 0); 0 or -ENOMEM. */
int unix_guard_count(struct unix_guard *g, uint64_t ino, uint32_t tail);
/* What a record says, to know it again in the second read (never 0). */
uint32_t unix_guard_hash(const struct sock_rec *rec);
/* Second read: a possible tail is believed when the first read had the same
 * line alone with its inode and the file listed no more sockets than the
 * kernel counts (before or after the first read). */
bool unix_guard_believe(const struct unix_guard *g, const struct sock_rec *rec, uint32_t hash);
/* UNIX plus UNIX-STREAM sockets of /proc/net/protocols, -1 unknown. */
long proc_unix_inuse(const char *proc_root);

#endif
