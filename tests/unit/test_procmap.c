/* SPDX-License-Identifier: MIT */
/* test_procmap.c - the inode -> owners map on a fake proc tree and on the real /proc. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "sockls/procmap.h"

#define MANY 3000

static char root[200]; /* short, so every path built from it fits PATH_MAX */

__attribute__((format(printf, 1, 2)))
static void mkdirf(const char *fmt, ...)
{
	char rel[256], path[PATH_MAX];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(rel, sizeof(rel), fmt, ap);
	va_end(ap);
	snprintf(path, sizeof(path), "%s/%s", root, rel);
	if (mkdir(path, 0755) != 0 && errno != EEXIST)
		fail_msg("mkdir %s: %s", path, strerror(errno));
}

static void link_fd(int pid, const char *fd, const char *target)
{
	char path[PATH_MAX];
	snprintf(path, sizeof(path), "%s/%d/fd/%s", root, pid, fd);
	if (symlink(target, path) != 0)
		fail_msg("symlink %s: %s", path, strerror(errno));
}

static void write_file(int pid, const char *name, const char *data, size_t len)
{
	char path[PATH_MAX];
	snprintf(path, sizeof(path), "%s/%d/%s", root, pid, name);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	fclose(f);
}

static void new_pid(int pid, const char *comm, size_t len)
{
	mkdirf("%d", pid);
	mkdirf("%d/fd", pid);
	if (comm)
		write_file(pid, "comm", comm, len);
}

/* Builds the tree once; the comm files carry the hostile names of issue 11. */
static int tree_setup(void **state)
{
	(void)state;
	snprintf(root, sizeof(root), "%s/sockls-procmap-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(root) || chmod(root, 0755) != 0)
		return -1;
	new_pid(100, "a\033b)c\n", 6);       /* ESC and ')' in the name */
	link_fd(100, "0", "/dev/null");
	link_fd(100, "3", "socket:[123]");
	link_fd(100, "4", "pipe:[5]");
	link_fd(100, "5", "socket:[0]");          /* inode 0 never maps */
	link_fd(100, "7", "socket:[4294967297]"); /* > 2^32 */
	link_fd(100, "8", "socket:[12a]");
	link_fd(100, "9", "socket:[]");
	link_fd(100, "10", "socket:[99999999999999999999999]");
	link_fd(100, "11", "anon_inode:[eventpoll]");
	link_fd(100, "junk", "socket:[555]");     /* not an fd number */
	new_pid(200, "two\n\n", 5);               /* the name itself ends in a newline */
	link_fd(200, "3", "socket:[123]");
	link_fd(200, "12", "socket:[123]");
	new_pid(300, NULL, 0);                    /* only stat, with ')' inside the name */
	write_file(300, "stat", "300 (we)ird) n) S 1 300 300 0 -1 4194560 ...\n", 45);
	link_fd(300, "9", "socket:[777]");
	new_pid(400, "locked\n", 7);
	link_fd(400, "3", "socket:[999]");
	new_pid(600, NULL, 0);                    /* vanished: neither comm nor stat */
	link_fd(600, "3", "socket:[888]");
	new_pid(700, "a-very-long-name-beyond-15\n", 27);
	for (int i = 0; i < MANY; i++) {
		char fd[16], target[64];
		snprintf(fd, sizeof(fd), "%d", i + 3);
		snprintf(target, sizeof(target), "socket:[%llu]",
			 (unsigned long long)(100000 + (uint64_t)i * 65536));
		link_fd(700, fd, target);
	}
	mkdirf("self");
	mkdirf("123abc");
	char path[PATH_MAX];
	snprintf(path, sizeof(path), "%s/500", root); /* a numeric regular file at the top */
	FILE *f = fopen(path, "w");
	if (!f || fclose(f) != 0)
		return -1;
	snprintf(path, sizeof(path), "%s/400/fd", root);
	return chmod(path, 0) == 0 ? 0 : -1;
}

static int tree_teardown(void **state)
{
	(void)state;
	char cmd[PATH_MAX + 16];
	snprintf(cmd, sizeof(cmd), "%s/400/fd", root);
	chmod(cmd, 0755); /* else an unprivileged rm cannot empty it */
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", root);
	return system(cmd) == 0 ? 0 : -1;
}

static const struct sock_owner *owner_of(const struct sock_owner *o, size_t n, int32_t pid, int32_t fd)
{
	for (size_t i = 0; i < n; i++)
		if (o[i].pid == pid && o[i].fd == fd)
			return &o[i];
	return NULL;
}

static void test_fake_tree(void **state)
{
	(void)state;
	struct procmap *m = NULL;
	size_t n = 99;
	assert_int_equal(procmap_build(root, &m, NULL), 0);
	assert_non_null(m);

	const struct sock_owner *o = procmap_lookup(m, 123, &n);
	assert_non_null(o);
	assert_int_equal(n, 3);
	assert_string_equal(owner_of(o, n, 100, 3)->comm, "a\033b)c");
	assert_string_equal(owner_of(o, n, 200, 3)->comm, "two\n");
	assert_non_null(owner_of(o, n, 200, 12));

	o = procmap_lookup(m, 4294967297ull, &n);
	assert_int_equal(n, 1);
	assert_int_equal(o[0].pid, 100);
	assert_int_equal(o[0].fd, 7);

	o = procmap_lookup(m, 777, &n);
	assert_int_equal(n, 1);
	assert_int_equal(o[0].pid, 300);
	assert_int_equal(o[0].fd, 9);
	assert_string_equal(o[0].comm, "we)ird) n");

	for (int i = 0; i < MANY; i++) {
		o = procmap_lookup(m, 100000 + (uint64_t)i * 65536, &n);
		assert_int_equal(n, 1);
		assert_int_equal(o[0].fd, i + 3);
		assert_string_equal(o[0].comm, "a-very-long-nam");
	}
	static const uint64_t absent[] = { 0, 5, 12, 555, 888, 124, 100001, UINT64_MAX };
	for (size_t i = 0; i < sizeof(absent) / sizeof(absent[0]); i++) {
		n = 99;
		assert_null(procmap_lookup(m, absent[i], &n));
		assert_int_equal(n, 0);
	}
	/* 123, 2^32+1, 777, MANY, plus 999 when run as root (no EACCES then) */
	size_t base = 3 + MANY;
	assert_true(procmap_inodes(m) == base || procmap_inodes(m) == base + 1);
	assert_int_equal(procmap_owners(m), procmap_inodes(m) + 2);
	procmap_free(m);
}

/* Directory permissions do not stop root, so drop to nobody when we are root. */
static void test_no_permission(void **state)
{
	(void)state;
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
			_exit(10);
		struct procmap *m;
		size_t n;
		if (procmap_build(root, &m, NULL) != 0)
			_exit(11);
		if (procmap_lookup(m, 999, &n) != NULL || n != 0)
			_exit(12);
		if (!procmap_lookup(m, 777, &n) || n != 1)
			_exit(13);
		procmap_free(m);
		_exit(0);
	}
	int st;
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 0);
}

static void test_filtered(void **state)
{
	(void)state;
	/* ascending, as the API asks; 200000 is held by nobody */
	static const uint64_t sorted[] = { 123, 777, 200000, 100000 + 5 * 65536 };
	struct procmap *m;
	size_t n;
	assert_int_equal(procmap_build_for(root, sorted, 4, &m, NULL), 0);
	assert_int_equal(procmap_inodes(m), 3);
	assert_non_null(procmap_lookup(m, 123, &n));
	assert_int_equal(n, 3);
	assert_non_null(procmap_lookup(m, 777, &n));
	assert_non_null(procmap_lookup(m, 100000 + 5 * 65536, &n));
	assert_int_equal(n, 1);
	assert_null(procmap_lookup(m, 4294967297ull, &n));
	assert_null(procmap_lookup(m, 100000, &n));
	procmap_free(m);

	assert_int_equal(procmap_build_for(root, NULL, 0, &m, NULL), 0);
	assert_int_equal(procmap_inodes(m), 0);
	assert_null(procmap_lookup(m, 123, &n));
	procmap_free(m);
}

static void test_errors(void **state)
{
	(void)state;
	struct procmap *m = (struct procmap *)1;
	size_t n = 5;
	assert_int_equal(procmap_build("/nonexistent/sockls-proc", &m, NULL), -ENOENT);
	assert_null(m);
	char file[PATH_MAX];
	snprintf(file, sizeof(file), "%s/500", root);
	assert_int_equal(procmap_build(file, &m, NULL), -ENOTDIR);
	assert_null(procmap_lookup(NULL, 123, &n));
	assert_int_equal(n, 0);
	procmap_free(NULL);
}

static void test_empty_root(void **state)
{
	(void)state;
	char dir[PATH_MAX];
	snprintf(dir, sizeof(dir), "%s/self", root);
	struct procmap *m;
	size_t n = 1;
	assert_int_equal(procmap_build(dir, &m, NULL), 0);
	assert_int_equal(procmap_inodes(m), 0);
	assert_int_equal(procmap_owners(m), 0);
	assert_null(procmap_lookup(m, 1, &n));
	assert_int_equal(n, 0);
	procmap_free(m);
}

/* The real thing: our own socket, under two fds, found in /proc. */
static void test_real_proc(void **state)
{
	(void)state;
	int s = socket(AF_UNIX, SOCK_DGRAM, 0);
	assert_true(s >= 0);
	int s2 = dup(s);
	assert_true(s2 > s);
	struct stat st;
	assert_int_equal(fstat(s, &st), 0);
	char comm[32] = "";
	FILE *f = fopen("/proc/self/comm", "r");
	assert_non_null(f);
	assert_non_null(fgets(comm, sizeof(comm), f));
	fclose(f);
	comm[strcspn(comm, "\n")] = '\0';

	struct procmap *m;
	size_t n;
	assert_int_equal(procmap_build("/proc", &m, NULL), 0);
	const struct sock_owner *o = procmap_lookup(m, st.st_ino, &n);
	assert_non_null(o);
	assert_int_equal(n, 2);
	assert_int_equal(o[0].pid, getpid());
	assert_int_equal(o[0].fd, s);
	assert_int_equal(o[1].pid, getpid());
	assert_int_equal(o[1].fd, s2);
	assert_string_equal(o[0].comm, comm);
	procmap_free(m);
	close(s);
	close(s2);
}

/* A <pid>/comm that is a FIFO or /dev/zero (a hostile bundle) fails the build
 * at once and is named; it never blocks. */
static void test_hostile_comm(void **state)
{
	(void)state;
	struct procmap *m = NULL;
	struct file_fail ff;
	char dir[] = "/tmp/sockls-pmh-XXXXXX", path[PATH_MAX], comm[PATH_MAX + 8];
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/42", dir);
	assert_int_equal(mkdir(path, 0755), 0);
	strcat(path, "/fd");
	assert_int_equal(mkdir(path, 0755), 0);
	strcat(path, "/3");
	assert_int_equal(symlink("socket:[5]", path), 0);
	snprintf(comm, sizeof(comm), "%s/42/comm", dir);
	assert_int_equal(mkfifo(comm, 0600), 0);
	assert_int_equal(procmap_build(dir, &m, &ff), -ENODEV);
	assert_null(m);
	assert_string_equal(ff.path, comm);
	assert_int_equal(unlink(comm), 0);
	assert_int_equal(symlink("/dev/urandom", comm), 0);
	assert_int_equal(procmap_build(dir, &m, &ff), -ENODEV);
	assert_int_equal(unlink(comm), 0);
	FILE *f = fopen(comm, "w");
	assert_non_null(f);
	fprintf(f, "%100s\n", "long");
	fclose(f);
	assert_int_equal(procmap_build(dir, &m, &ff), -EFBIG);
	assert_int_equal(ff.limit, 63);
	f = fopen(comm, "w");
	assert_non_null(f);
	fputs("ok\n", f);
	fclose(f);
	assert_int_equal(procmap_build(dir, &m, &ff), 0);
	assert_int_equal(ff.err, 0);
	procmap_free(m);
	snprintf(path, sizeof(path), "rm -rf '%s'", dir);
	assert_int_equal(system(path), 0);
}

/* One process's name by pid, as a netlink port id is resolved: comm, else
 * stat's name between the first '(' and the last ')'; nothing for no such
 * process, pid 0 or below, or a stat without a name. */
static void test_comm_by_pid(void **state)
{
	(void)state;
	char dir[] = "/tmp/sockls-pmc-XXXXXX", path[PATH_MAX + 16], comm[16];
	FILE *f;

	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/42", dir);
	assert_int_equal(mkdir(path, 0755), 0);
	strcat(path, "/comm");
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("python3\n", f);
	fclose(f);
	assert_int_equal(procmap_comm(dir, 42, comm), 0);
	assert_string_equal(comm, "python3");
	snprintf(path, sizeof(path), "%s/43", dir);
	assert_int_equal(mkdir(path, 0755), 0);
	strcat(path, "/stat");
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("43 (a) b) S 1 43 43 0 -1\n", f);
	fclose(f);
	assert_int_equal(procmap_comm(dir, 43, comm), 0);
	assert_string_equal(comm, "a) b");
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("43 no name\n", f);
	fclose(f);
	assert_int_equal(procmap_comm(dir, 43, comm), -ENOENT);
	assert_int_equal(procmap_comm(dir, 44, comm), -ENOENT);
	assert_int_equal(procmap_comm(dir, 0, comm), -EINVAL);
	assert_int_equal(procmap_comm(dir, -4097, comm), -EINVAL);
	assert_string_equal(comm, "");
	/* this process, from the real /proc */
	assert_int_equal(procmap_comm(NULL, (int32_t)getpid(), comm), 0);
	assert_string_equal(comm, "test_procmap");
	snprintf(path, sizeof(path), "rm -rf '%s'", dir);
	assert_int_equal(system(path), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fake_tree),
		cmocka_unit_test(test_no_permission),
		cmocka_unit_test(test_filtered),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_empty_root),
		cmocka_unit_test(test_real_proc),
		cmocka_unit_test(test_hostile_comm),
		cmocka_unit_test(test_comm_by_pid),
	};
	return cmocka_run_group_tests(tests, tree_setup, tree_teardown);
}
