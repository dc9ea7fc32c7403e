/* SPDX-License-Identifier: MIT */
/* file.c - the one bounded file reader (small files whole, big files by line); see file.h. */
#include <errno.h>
#include <fcntl.h>
#include <linux/magic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "sockls/file.h"

/* What is read per read(2) beyond the longest line. */
#define FILE_CHUNK (64 * 1024)

struct file_lines {
	int fd;
	int err;          /* sticky: once a call fails, every later one does */
	bool eof;
	bool capped;
	char *buf;
	size_t cap, pos, len, line_max;
	uint64_t total, max_bytes;
};

/* -EISDIR, -ENODEV or 0 for what stat() says. */
static int file_check_mode(const struct stat *st)
{
	if (S_ISDIR(st->st_mode))
		return -EISDIR;
	return S_ISREG(st->st_mode) ? 0 : -ENODEV;
}

/* Checks the open fd again (the path may have been swapped since the stat)
 * and tells whether the byte cap applies: not to the kernel's generated text. */
static int file_check_fd(int fd, enum file_kind kind, bool *capped, off_t *size)
{
	struct stat st;
	struct statfs sfs;

	if (fstat(fd, &st) < 0 || fstatfs(fd, &sfs) < 0)
		return -errno;
	int err = file_check_mode(&st);
	if (err)
		return err;
	if (kind == FILE_NSFS)
		return (unsigned long)sfs.f_type == NSFS_MAGIC ? 0 : -EINVAL;
	bool kernel = (unsigned long)sfs.f_type == PROC_SUPER_MAGIC ||
		      (unsigned long)sfs.f_type == SYSFS_MAGIC;
	*capped = !(kernel && st.st_size == 0);
	*size = st.st_size;
	return 0;
}

static int file_open_info(int dirfd, const char *path, enum file_kind kind, int *fd,
			  bool *capped, off_t *size)
{
	struct stat st;
	int err;

	*fd = -1;
	*capped = true;
	*size = 0;
	if (!path || (kind != FILE_DATA && kind != FILE_NSFS))
		return -EINVAL;
	/* A FIFO or a device is refused here, before open() could block or
	 * have a side effect; nsfs inodes are regular files too. */
	if (fstatat(dirfd, path, &st, 0) < 0)
		return -errno;
	if ((err = file_check_mode(&st)) < 0)
		return err;
	int f = openat(dirfd, path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (f < 0)
		return errno == ENXIO ? -ENODEV : -errno;
	if ((err = file_check_fd(f, kind, capped, size)) < 0) {
		close(f);
		return err;
	}
	*fd = f;
	return 0;
}

int file_open(int dirfd, const char *path, enum file_kind kind, int *fd)
{
	bool capped;
	off_t size;

	return file_open_info(dirfd, path, kind, fd, &capped, &size);
}

/* read(2) without EINTR; -errno on failure. */
static ssize_t file_read_fd(int fd, char *buf, size_t n)
{
	ssize_t k;

	do
		k = read(fd, buf, n);
	while (k < 0 && errno == EINTR);
	return k < 0 ? -errno : k;
}

/* Fills buf[0..cap-1) and proves the file ends there with a one-byte probe. */
static int file_read_all(int fd, char *buf, size_t cap, size_t *len)
{
	size_t n = 0;
	ssize_t k;
	char probe;

	while (n < cap - 1) {
		k = file_read_fd(fd, buf + n, cap - 1 - n);
		if (k < 0)
			return (int)k;
		if (k == 0)
			break;
		n += (size_t)k;
	}
	if (n == cap - 1 && (k = file_read_fd(fd, &probe, 1)) != 0)
		return k < 0 ? (int)k : -EFBIG;
	buf[n] = '\0';
	*len = n;
	return 0;
}

int file_read_small_at(int dirfd, const char *path, char *buf, size_t cap, size_t *len)
{
	bool capped;
	off_t size;
	int fd, err;

	if (!buf || cap == 0 || !len)
		return -EINVAL;
	err = file_open_info(dirfd, path, FILE_DATA, &fd, &capped, &size);
	if (err)
		return err;
	if (capped && (uint64_t)size > cap - 1)
		err = -EFBIG;
	else
		err = file_read_all(fd, buf, cap, len);
	close(fd);
	return err;
}

int file_read_alloc(const char *path, size_t max, char **out, size_t *len)
{
	bool capped;
	off_t size;
	int fd, err;
	size_t cap;

	*out = NULL;
	if (!path || max == 0 || max >= SIZE_MAX / 2)
		return -EINVAL;
	if ((err = file_open_info(AT_FDCWD, path, FILE_DATA, &fd, &capped, &size)) < 0)
		return err;
	/* room for what stat says and a byte more, to see it has not grown */
	cap = capped && (uint64_t)size <= max ? (size_t)size + 2 : max + 1;
	if (capped && (uint64_t)size > max)
		err = -EFBIG;
	else if (!(*out = malloc(cap)))
		err = -ENOMEM;
	else if ((err = file_read_all(fd, *out, cap, len)) == 0 && *len > max)
		err = -EFBIG;
	close(fd);
	if (err) {
		free(*out);
		*out = NULL;
	}
	return err;
}

int file_read_small(const char *path, char *buf, size_t cap, size_t *len)
{
	return file_read_small_at(AT_FDCWD, path, buf, cap, len);
}

int file_lines_open(struct file_lines **out, const char *path, size_t line_max,
		    uint64_t max_bytes)
{
	struct file_lines *fl;
	off_t size;
	int err;

	*out = NULL;
	if (line_max == 0 || line_max > SIZE_MAX / 2 || max_bytes == 0)
		return -EINVAL;
	fl = calloc(1, sizeof(*fl));
	if (!fl)
		return -ENOMEM;
	fl->line_max = line_max;
	fl->max_bytes = max_bytes;
	fl->cap = line_max + 1 + FILE_CHUNK;
	err = file_open_info(AT_FDCWD, path, FILE_DATA, &fl->fd, &fl->capped, &size);
	if (!err && fl->capped && (uint64_t)size > max_bytes)
		err = -EFBIG;
	if (!err && !(fl->buf = malloc(fl->cap)))
		err = -ENOMEM;
	if (err) {
		file_lines_close(fl);
		return err;
	}
	*out = fl;
	return 0;
}

/* More bytes after the unread ones, which move to the front first. */
static int file_lines_fill(struct file_lines *fl)
{
	size_t avail = fl->len - fl->pos;

	if (fl->pos > 0) {
		memmove(fl->buf, fl->buf + fl->pos, avail);
		fl->pos = 0;
		fl->len = avail;
	}
	ssize_t k = file_read_fd(fl->fd, fl->buf + fl->len, fl->cap - 1 - fl->len);
	if (k < 0)
		return (int)k;
	if (k == 0) {
		fl->eof = true;
		return 0;
	}
	fl->total += (uint64_t)k;
	if (fl->capped && fl->total > fl->max_bytes)
		return -EFBIG;
	fl->len += (size_t)k;
	return 0;
}

static int file_lines_take(struct file_lines *fl, char **line, size_t *len)
{
	for (;;) {
		size_t avail = fl->len - fl->pos;
		char *start = fl->buf + fl->pos;
		char *nl = memchr(start, '\n', avail < fl->line_max + 1 ? avail : fl->line_max + 1);
		if (nl || (fl->eof && avail > 0 && avail <= fl->line_max)) {
			*len = nl ? (size_t)(nl - start) : avail;
			start[*len] = '\0';
			fl->pos += *len + (nl ? 1 : 0);
			*line = start;
			return 1;
		}
		if (avail > fl->line_max)
			return -EOVERFLOW;
		if (fl->eof)
			return 0;
		int err = file_lines_fill(fl);
		if (err)
			return err;
	}
}

int file_lines_next(struct file_lines *fl, char **line, size_t *len)
{
	if (!fl || !line || !len)
		return -EINVAL;
	if (fl->err)
		return fl->err;
	int rc = file_lines_take(fl, line, len);
	if (rc < 0)
		fl->err = rc;
	return rc;
}

int file_lines_skip(struct file_lines *fl)
{
	if (!fl || fl->err != -EOVERFLOW)
		return fl ? fl->err : -EINVAL;
	for (;;) {
		char *start = fl->buf + fl->pos, *nl = memchr(start, '\n', fl->len - fl->pos);
		if (nl) {
			fl->pos += (size_t)(nl - start) + 1;
			fl->err = 0;
			return 0;
		}
		fl->pos = fl->len = 0;   /* all of it belongs to the long line */
		if (fl->eof) {
			fl->err = 0;
			return 0;
		}
		int err = file_lines_fill(fl);
		if (err) {
			fl->err = err;
			return err;
		}
	}
}

void file_lines_close(struct file_lines *fl)
{
	if (!fl)
		return;
	if (fl->fd >= 0)
		close(fl->fd);
	free(fl->buf);
	free(fl);
}

void file_fail_set(struct file_fail *f, const char *path, int err, uint64_t byte_cap,
		   size_t line_cap)
{
	if (!f)
		return;
	f->err = err;
	f->limit = err == -EFBIG ? byte_cap : err == -EOVERFLOW ? line_cap : 0;
	snprintf(f->path, sizeof(f->path), "%s", path ? path : "");
}

bool file_err_refused(int err)
{
	return err == -EISDIR || err == -ENODEV || err == -EFBIG || err == -EOVERFLOW ||
	       err == -EAGAIN;
}

const char *file_err_str(int err)
{
	switch (err) {
	case -EISDIR: return "a directory, not a file";
	case -ENODEV: return "not a regular file (a FIFO, device or socket): not read";
	case -EFBIG: return "larger than the size limit";
	case -EOVERFLOW: return "a line longer than the line limit";
	case -EAGAIN: return "a file that would block: not read";
	default: return strerror(err < 0 ? -err : err);
	}
}

/* 16 MiB, 64 KiB, 4095 bytes. */
static void file_fmt_size(uint64_t n, char *buf, size_t cap)
{
	if (n >= (1u << 20) && n % (1u << 20) == 0)
		snprintf(buf, cap, "%llu MiB", (unsigned long long)(n >> 20));
	else if (n >= 1024 && n % 1024 == 0)
		snprintf(buf, cap, "%llu KiB", (unsigned long long)(n >> 10));
	else
		snprintf(buf, cap, "%llu-byte", (unsigned long long)n);
}

const char *file_fail_msg(const struct file_fail *f, char *buf, size_t cap)
{
	char size[32];

	if (!buf || cap == 0)
		return "";
	file_fmt_size(f->limit, size, sizeof(size));
	if (f->err == -EFBIG && f->limit)
		snprintf(buf, cap, "%s: larger than the %s limit", f->path, size);
	else if (f->err == -EOVERFLOW && f->limit)
		snprintf(buf, cap, "%s: a line longer than the %s limit", f->path, size);
	else
		snprintf(buf, cap, "%s: %s", f->path, file_err_str(f->err));
	return buf;
}
