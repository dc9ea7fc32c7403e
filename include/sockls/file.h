/* SPDX-License-Identifier: MIT */
/* file.h - the one way sockls opens and reads files it did not write: never blocks on a FIFO or device, always bounded. */
#ifndef SOCKLS_FILE_H
#define SOCKLS_FILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define FILE_PATH_MAX 4096

/* A sensible line cap for text files: far above any real line. */
#define FILE_LINE_MAX (64 * 1024)

/*
 * Errors, beyond those of open(2)/read(2) (-ENOENT, -EACCES, -ELOOP, ...):
 *   -EISDIR     the path is a directory
 *   -ENODEV     not a regular file: a FIFO, a character or block device
 *               (/dev/zero, /dev/urandom, /dev/null), a socket. Refused from
 *               stat() alone: such a file is never read and nothing blocks
 *   -EFBIG      the file holds more bytes than the caller's cap
 *   -EOVERFLOW  a line is longer than the caller's line cap
 *   -EAGAIN     a kernel file that would block (e.g. /proc/kmsg): files are
 *               read with O_NONBLOCK, which the seq files of /proc ignore
 *   -EINVAL     FILE_NSFS only: not a namespace file; or a bad argument
 * The byte cap is enforced for every file except procfs/sysfs files that
 * report size 0 (kernel text generated on read, finite; /proc/net/tcp can be
 * hundreds of MB): a regular file anywhere, including a copy of /proc in a
 * --proc-root bundle, is capped, and /proc/kcore (which has a size) too.
 */

enum file_kind {
	FILE_DATA, /* a regular file (any file system; procfs and sysfs ones are regular) */
	FILE_NSFS, /* a namespace file: /proc/PID/ns/net, a /run/netns bind mount */
};

/* Opens path (relative to dirfd, or AT_FDCWD) O_RDONLY|O_NONBLOCK|O_NOCTTY|
 * O_CLOEXEC after checking what it is, and checks again on the open fd.
 * 0 with *fd set, or a negative errno as above. */
int file_open(int dirfd, const char *path, enum file_kind kind, int *fd);

/* The whole file into buf, NUL-terminated; *len excludes the NUL. -EFBIG when
 * it holds more than cap - 1 bytes (buf is then unspecified). */
int file_read_small(const char *path, char *buf, size_t cap, size_t *len);
int file_read_small_at(int dirfd, const char *path, char *buf, size_t cap, size_t *len);

/* The whole file, at most max bytes, into a buffer malloc'd to its size
 * (*out, NUL-terminated, the caller frees; *len excludes the NUL). Errors as
 * above; -EFBIG past max, also for a file that grows past its size while read. */
int file_read_alloc(const char *path, size_t max, char **out, size_t *len);

/* Streaming line reader for files of any size, with memory of about
 * line_max + 64 KiB whatever the file. Opaque handle. */
struct file_lines;

/* 0 or a negative errno (as file_open(); -EFBIG at once for a regular file
 * larger than max_bytes). line_max > 0, max_bytes > 0. */
int file_lines_open(struct file_lines **out, const char *path, size_t line_max,
		    uint64_t max_bytes);

/* The next line, without its '\n', NUL-terminated in a buffer the reader owns
 * (writable, valid until the next call; may hold NUL bytes: trust *len). The
 * last line needs no '\n'. Returns 1, 0 at the end, or a negative errno:
 * -EOVERFLOW for a line above line_max, -EFBIG past max_bytes, a read error.
 * An error is final (later calls return it again), but for -EOVERFLOW
 * after file_lines_skip(). */
int file_lines_next(struct file_lines *fl, char **line, size_t *len);

/* NULL is fine. */
/* After -EOVERFLOW from file_lines_next(): drops the rest of the long line
 * (reading on to its newline, within the byte cap) so the next call returns
 * the line after it. 0, or the reader's -errno (the error stays). */
int file_lines_skip(struct file_lines *fl);
void file_lines_close(struct file_lines *fl);

/* Where a read failed and which limit it broke, so that main.c can say it in
 * one line ("PATH: larger than the 16 MiB limit"). */
struct file_fail {
	int err;        /* negative errno; 0 when nothing failed */
	uint64_t limit; /* the cap in bytes behind -EFBIG / -EOVERFLOW, else 0 */
	char path[FILE_PATH_MAX];
};

/* Records err for path in *f (f may be NULL). byte_cap goes with -EFBIG,
 * line_cap with -EOVERFLOW. */
void file_fail_set(struct file_fail *f, const char *path, int err, uint64_t byte_cap,
		   size_t line_cap);

/* Words for err without the limit: "not a regular file (FIFO, device or
 * socket)", "larger than the size limit", ... or strerror(-err). */
const char *file_err_str(int err);

/* "PATH: why" with the limit ("larger than the 16 MiB limit") into buf, which
 * it returns (truncated to fit). */
const char *file_fail_msg(const struct file_fail *f, char *buf, size_t cap);

/* True for the errors that mean "this file is not acceptable" (-EISDIR,
 * -ENODEV, -EFBIG, -EOVERFLOW, -EAGAIN), as opposed to "cannot be opened". */
bool file_err_refused(int err);

#endif
