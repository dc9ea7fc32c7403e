/* SPDX-License-Identifier: MIT */
/* run_outfile.c - --output FILE: the run writes a file with no name yet
 * (O_TMPFILE; else FILE.tmp.XXXXXX, removed by a signal handler) and gives it
 * FILE's name only after a complete, successful run, with FILE's owner, group
 * and mode. Only a regular file (or none) is replaced: a device, FIFO,
 * socket, directory or symbolic link there is refused, never written over. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "run_int.h"

#define TMP_TRIES 64

/* The named temporary file, for the signal handler; empty when none. */
static char sig_tmp[PATH_MAX];
static volatile sig_atomic_t sig_tmp_set;
static const int caught[] = { SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGALRM, SIGUSR1, SIGUSR2 };
static struct sigaction sig_old[sizeof(caught) / sizeof(caught[0])];

/* Async-signal-safe: unlink, sigaction, raise. A handler the run had before
 * (--watch's stop flag) is called instead: the run then ends and cleans up. */
static void on_signal(int sig)
{
	for (size_t i = 0; i < sizeof(caught) / sizeof(caught[0]); i++) {
		if (caught[i] != sig)
			continue;
		if (sig_old[i].sa_handler != SIG_DFL && sig_old[i].sa_handler != SIG_IGN &&
		    !(sig_old[i].sa_flags & SA_SIGINFO)) {
			sig_old[i].sa_handler(sig);
			return;
		}
		if (sig_tmp_set)
			unlink(sig_tmp);
		sigaction(sig, &sig_old[i], NULL);
		raise(sig);
		return;
	}
}

static void guard_signals(bool on)
{
	struct sigaction sa = { .sa_handler = on_signal };

	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof(caught) / sizeof(caught[0]); i++) {
		sigaddset(&sa.sa_mask, caught[i]);
		if (on)
			sigaction(caught[i], &sa, &sig_old[i]);
		else
			sigaction(caught[i], &sig_old[i], NULL);
	}
}

static void block_signals(sigset_t *old)
{
	sigset_t all;

	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, old);
}

static const char *file_kind(mode_t m)
{
	switch (m & S_IFMT) {
	case S_IFDIR: return "a directory";
	case S_IFLNK: return "a symbolic link";
	case S_IFCHR: return "a character device";
	case S_IFBLK: return "a block device";
	case S_IFIFO: return "a FIFO";
	case S_IFSOCK: return "a socket";
	default: return "not a regular file";
	}
}

/* What is at FILE now: 0 (nothing or a regular file, *st filled), 2 (said). */
static int check_target(struct run *r, struct stat *st, bool *exists)
{
	const char *path = r->o->output_file;

	*exists = lstat(path, st) == 0;
	if (!*exists && errno != ENOENT) {
		r->say("cannot write %s: %s", path, strerror(errno));
		return 1;
	}
	if (*exists && !S_ISREG(st->st_mode)) {
		r->say("--output '%s' is %s: only a regular file is replaced (leave --output out "
		       "to write to standard output)", path, file_kind(st->st_mode));
		return 2;
	}
	return 0;
}

/* The directory of FILE, for O_TMPFILE. */
static int dir_of(const char *path, char *buf, size_t cap)
{
	const char *slash = strrchr(path, '/');
	size_t n = !slash ? 1 : slash == path ? 1 : (size_t)(slash - path);

	if (n >= cap)
		return -ENAMETOOLONG;
	memcpy(buf, !slash ? "." : path, n);
	buf[n] = '\0';
	return 0;
}

/* An unnamed file beside FILE, when it can later be named through /proc. */
static int open_unnamed(const char *path, mode_t mode)
{
#ifdef O_TMPFILE
	char dir[PATH_MAX], self[64];
	int fd;

	if (dir_of(path, dir, sizeof(dir)) < 0)
		return -1;
	fd = open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
	if (fd < 0)
		return -1;
	snprintf(self, sizeof(self), "/proc/self/fd/%d", fd);
	if (access(self, F_OK) == 0)
		return fd;
	close(fd);
#endif
	(void)path;
	(void)mode;
	return -1;
}

static int open_named(const char *path)
{
	sigset_t old;
	int fd;

	if ((size_t)snprintf(sig_tmp, sizeof(sig_tmp), "%s.tmp.XXXXXX", path) >= sizeof(sig_tmp))
		return -ENAMETOOLONG;
	block_signals(&old);
	fd = mkostemp(sig_tmp, O_CLOEXEC);
	sig_tmp_set = fd >= 0;
	sigprocmask(SIG_SETMASK, &old, NULL);
	return fd < 0 ? -errno : fd;
}

/* FILE's owner, group and mode on the new file; a new FILE gets 0644 less the umask. */
static int keep_owner(struct run *r, int fd, const struct stat *old, bool exists)
{
	struct stat now;
	mode_t mask = umask(0);

	umask(mask);
	if (!exists)
		return fchmod(fd, 0644 & ~mask) < 0 ? -errno : 0;
	if (fstat(fd, &now) < 0)
		return -errno;
	if ((now.st_uid != old->st_uid || now.st_gid != old->st_gid) &&
	    fchown(fd, old->st_uid, old->st_gid) < 0) {
		r->say("--output '%s': cannot keep its owner %u and group %u (%s): not replaced",
		       r->o->output_file, (unsigned)old->st_uid, (unsigned)old->st_gid,
		       strerror(errno));
		return -EPERM;
	}
	return fchmod(fd, old->st_mode & 07777) < 0 ? -errno : 0;
}

int run_out_open(struct run *r)
{
	const char *path = r->o->output_file;
	struct stat old;
	bool exists;
	int fd, ret, err;

	r->out = stdout;
	if (!path)
		return 0;
	if ((ret = check_target(r, &old, &exists)))
		return ret;
	fd = open_unnamed(path, 0600);
	r->outfile.unnamed = fd >= 0;
	if (fd < 0 && (fd = open_named(path)) >= 0) {
		guard_signals(true);
		r->outfile.guarded = true;
	}
	if (fd < 0) {
		r->say("cannot write %s: %s", path, strerror(-fd));
		return 1;
	}
	r->outfile.fd = fd;
	r->outfile.open = true;
	err = keep_owner(r, fd, &old, exists);
	if (err == 0 && !(r->out = fdopen(fd, "w")))
		err = -errno;
	if (err < 0) {
		if (err != -EPERM)
			r->say("cannot write %s: %s", path, strerror(-err));
		if (r->out == stdout)
			close(fd);
		else
			fclose(r->out);
		r->out = stdout;
		r->outfile.open = false;
		run_out_close(r, false);
		return 1;
	}
	return 0;
}

/* Gives the unnamed file a temporary name, then FILE's, signals held. */
static int name_file(struct run *r)
{
	const char *path = r->o->output_file;
	char self[64];
	sigset_t old;
	int err = 0;

	block_signals(&old);
	if (r->outfile.unnamed) {
		snprintf(self, sizeof(self), "/proc/self/fd/%d", r->outfile.fd);
		err = -EEXIST;
		for (int i = 0; i < TMP_TRIES && err == -EEXIST; i++) {
			snprintf(sig_tmp, sizeof(sig_tmp), "%s.tmp.%d.%d", path, (int)getpid(), i);
			err = linkat(AT_FDCWD, self, AT_FDCWD, sig_tmp, AT_SYMLINK_FOLLOW) < 0 ? -errno : 0;
		}
		sig_tmp_set = err == 0;
	}
	if (err == 0 && rename(sig_tmp, path) < 0)
		err = -errno;
	if (err < 0 && sig_tmp_set)
		unlink(sig_tmp);
	sig_tmp_set = 0;
	sigprocmask(SIG_SETMASK, &old, NULL);
	return err;
}

int run_out_close(struct run *r, bool ok)
{
	struct stat st;
	bool exists;
	int err = 0;

	if (r->outfile.open) {
		if (fflush(r->out) != 0 || fsync(fileno(r->out)) < 0)
			err = -errno;
		/* FILE may have become something else while the run went on: said */
		if (ok && !err && check_target(r, &st, &exists))
			err = 1;
		if (ok && !err)
			err = name_file(r);
		if (fclose(r->out) != 0 && !err)
			err = -errno;
		r->out = stdout;
		r->outfile.open = false;
	}
	if (sig_tmp_set) {
		unlink(sig_tmp);
		sig_tmp_set = 0;
	}
	if (r->outfile.guarded) {
		guard_signals(false);
		r->outfile.guarded = false;
	}
	r->outfile.unnamed = false;
	return err;
}
