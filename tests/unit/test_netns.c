/* SPDX-License-Identifier: MIT */
/* test_netns.c - netns: name vs path, error returns, enumeration and dedup over
 * fake /run/netns and /proc trees, and (where allowed) a real second namespace. */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "testskip.h"

#include "sockls/netns.h"

static uint64_t ino_of(const char *path)
{
	struct stat st;

	assert_int_equal(stat(path, &st), 0);
	return st.st_ino;
}

/* ino_of without an assert, for a forked process (0: cannot stat). */
static uint64_t ino_quiet(const char *path)
{
	struct stat st;

	return stat(path, &st) < 0 ? 0 : st.st_ino;
}

static uint64_t fd_ino(int fd)
{
	struct stat st;

	assert_int_equal(fstat(fd, &st), 0);
	return st.st_ino;
}

__attribute__((format(printf, 2, 3)))
static void fmt(char *buf, const char *f, ...)
{
	va_list ap;

	va_start(ap, f);
	assert_true(vsnprintf(buf, 512, f, ap) < 512);
	va_end(ap);
}

static void test_open_errors(void **state)
{
	int fd = 42;

	(void)state;
	assert_int_equal(netns_open("sockls-unit-no-such-namespace", &fd), -ENOENT);
	assert_int_equal(fd, -1);
	assert_int_equal(netns_open("", &fd), -EINVAL);
	assert_int_equal(netns_open(NULL, &fd), -EINVAL);
	assert_int_equal(netns_open(".", &fd), -EINVAL);
	assert_int_equal(netns_open("..", &fd), -EINVAL);
	assert_int_equal(netns_open("/nonexistent-sockls/ns/net", &fd), -ENOENT);
	/* Files that exist but are not network namespaces. */
	assert_int_equal(netns_open("/proc/self/ns/mnt", &fd), -EINVAL);
	assert_int_equal(netns_open("/proc/self/status", &fd), -EINVAL);
	assert_int_equal(netns_open("/", &fd), -EINVAL);
	assert_int_equal(fd, -1);
	char longname[400];
	memset(longname, 'a', sizeof(longname) - 1);
	longname[sizeof(longname) - 1] = '\0';
	assert_int_equal(netns_open(longname, &fd), -ENAMETOOLONG);
}

static void test_open_path_and_pid(void **state)
{
	uint64_t self = ino_of("/proc/self/ns/net");
	int fd = -1;

	(void)state;
	assert_int_equal(netns_open("/proc/self/ns/net", &fd), 0);
	assert_true(fd >= 0);
	assert_int_equal(fd_ino(fd), self);
	assert_true(fcntl(fd, F_GETFD) & FD_CLOEXEC);
	close(fd);
	assert_int_equal(netns_open_pid(getpid(), &fd), 0);
	assert_int_equal(fd_ino(fd), self);
	close(fd);
	assert_int_equal(netns_open_pid(0, &fd), -EINVAL);
	assert_int_equal(netns_open_pid(-5, &fd), -EINVAL);
	/* Above any pid_max the kernel allows (2^22). */
	assert_int_equal(netns_open_pid(2000000000, &fd), -ENOENT);
	assert_int_equal(fd, -1);
}

/* Something with a '/' is a path even when relative; a bare word is only
 * ever looked up under /run/netns, never in the current directory. */
static void test_name_vs_path(void **state)
{
	char cwd[4096];
	int fd = -1;

	(void)state;
	assert_non_null(getcwd(cwd, sizeof(cwd)));
	assert_int_equal(chdir("/proc/self"), 0);
	assert_int_equal(netns_open("ns/net", &fd), 0);
	assert_int_equal(fd_ino(fd), ino_of("/proc/self/ns/net"));
	close(fd);
	assert_int_equal(chdir("/proc/self/ns"), 0);
	if (access(NETNS_RUN_DIR "/net", F_OK) != 0)
		assert_int_equal(netns_open("net", &fd), -ENOENT);
	assert_int_equal(chdir(cwd), 0);
}

static void test_leave_bad_fd(void **state)
{
	(void)state;
	assert_int_equal(netns_leave(-1), -EBADF);
}

static const struct netns_entry *find_ino(const struct netns_list *l, uint64_t ino)
{
	const struct netns_entry *hit = NULL;

	for (size_t i = 0; i < l->n; i++) {
		if (l->v[i].inode != ino)
			continue;
		assert_null(hit); /* one entry per namespace */
		hit = &l->v[i];
	}
	return hit;
}

static void check_distinct(const struct netns_list *l)
{
	size_t selves = 0;

	for (size_t i = 0; i < l->n; i++) {
		selves += l->v[i].is_self;
		for (size_t j = i + 1; j < l->n; j++)
			assert_false(l->v[i].inode == l->v[j].inode && l->v[i].dev == l->v[j].dev);
	}
	assert_int_equal(selves, 1);
}

static void test_list_real_self(void **state)
{
	struct netns_list l;
	uint64_t self = ino_of("/proc/thread-self/ns/net");
	char tag[64];
	int fd;

	(void)state;
	assert_int_equal(netns_list(&l), 0);
	assert_true(l.n >= 1);
	check_distinct(&l);
	const struct netns_entry *e = find_ino(&l, self);
	assert_non_null(e);
	assert_true(e->is_self);
	assert_true(e->pid > 0);
	assert_true(e->pid <= getpid() || e->named);
	if (!e->named) {
		fmt(tag, "ns:%llu", (unsigned long long)self);
		assert_string_equal(e->tag, tag);
	}
	assert_int_equal(netns_open(e->path, &fd), 0);
	assert_int_equal(fd_ino(fd), self);
	close(fd);
	netns_list_free(&l);
	assert_null(l.v);
	assert_int_equal(l.n, 0);
}

struct tree {
	char root[64];
	char run[128];
	char proc[128];
};

static void mk(const char *path)
{
	assert_int_equal(mkdir(path, 0700), 0);
}

/* <proc>/<pid>/ns/net -> target */
static void fake_pid(const struct tree *t, const char *pid, const char *target)
{
	char p[512];

	fmt(p, "%s/%s", t->proc, pid);
	mk(p);
	fmt(p, "%s/%s/ns", t->proc, pid);
	mk(p);
	if (target) {
		fmt(p, "%s/%s/ns/net", t->proc, pid);
		assert_int_equal(symlink(target, p), 0);
	}
}

static void make_tree(struct tree *t)
{
	char p[512];

	strcpy(t->root, "/tmp/sockls-netns-XXXXXX");
	assert_non_null(mkdtemp(t->root));
	fmt(t->run, "%s/run", t->root);
	fmt(t->proc, "%s/proc", t->root);
	mk(t->run);
	mk(t->proc);
	/* Two names for our namespace, one stale file from a failed `ip netns add`. */
	fmt(p, "%s/blue", t->run);
	assert_int_equal(symlink("/proc/self/ns/net", p), 0);
	fmt(p, "%s/alias", t->run);
	assert_int_equal(symlink("/proc/self/ns/net", p), 0);
	fmt(p, "%s/stale", t->run);
	int fd = open(p, O_CREAT | O_WRONLY, 0600);
	assert_true(fd >= 0);
	close(fd);
	/* Three processes sharing it, one without ns, and non-pid entries. */
	fake_pid(t, "300", "/proc/self/ns/net");
	fake_pid(t, "12", "/proc/self/ns/net");
	fake_pid(t, "40", "/proc/self/ns/net");
	fake_pid(t, "7", NULL);
	fake_pid(t, "self", "/proc/self/ns/net");
	fake_pid(t, "0012x", "/proc/self/ns/net");
}

static void rm_tree(const struct tree *t)
{
	char cmd[256];

	fmt(cmd, "rm -rf '%s'", t->root);
	assert_int_equal(system(cmd), 0);
}

static void test_list_fake_dedup(void **state)
{
	struct tree t;
	struct netns_list l;
	char p[512];

	(void)state;
	make_tree(&t);
	assert_int_equal(netns_list_at(t.run, t.proc, &l), 0);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.v[0].inode, ino_of("/proc/self/ns/net"));
	assert_true(l.v[0].is_self);
	assert_true(l.v[0].named);
	assert_string_equal(l.v[0].tag, "alias"); /* first name wins */
	fmt(p, "%s/alias", t.run);
	assert_string_equal(l.v[0].path, p);
	assert_int_equal(l.v[0].pid, 12); /* the lowest holder */
	netns_list_free(&l);

	/* No run dir at all: the namespace is found through its processes. */
	fmt(p, "%s/none", t.root);
	assert_int_equal(netns_list_at(p, t.proc, &l), 0);
	assert_int_equal(l.n, 1);
	assert_false(l.v[0].named);
	fmt(p, "ns:%llu", (unsigned long long)ino_of("/proc/self/ns/net"));
	assert_string_equal(l.v[0].tag, p);
	fmt(p, "%s/12/ns/net", t.proc);
	assert_string_equal(l.v[0].path, p);
	netns_list_free(&l);
	rm_tree(&t);
}

/* A name with control bytes is escaped in the tag, never in the path. */
static void test_list_escaped_tag(void **state)
{
	struct tree t;
	struct netns_list l;
	char p[512];

	(void)state;
	strcpy(t.root, "/tmp/sockls-netns-XXXXXX");
	assert_non_null(mkdtemp(t.root));
	fmt(t.run, "%s/run", t.root);
	fmt(t.proc, "%s/proc", t.root);
	mk(t.run);
	mk(t.proc);
	fmt(p, "%s/a\033[31mb\nc", t.run);
	assert_int_equal(symlink("/proc/self/ns/net", p), 0);
	assert_int_equal(netns_list_at(t.run, t.proc, &l), 0);
	assert_int_equal(l.n, 1);
	assert_string_equal(l.v[0].tag, "a\\x1b[31mb\\x0ac");
	assert_string_equal(l.v[0].path, p);
	assert_int_equal(l.v[0].pid, 0); /* no process in the fake proc holds it */
	assert_true(l.v[0].is_self);
	netns_list_free(&l);
	rm_tree(&t);
}

/* A child in a namespace of its own; -1 when this host allows none. No
 * cmocka assert here: test_enter_leave calls it in a forked process. */
static pid_t spawn_ns_child(void)
{
	int pfd[2];
	char c = 0;
	pid_t pid;

	if (pipe(pfd) < 0)
		return -1;
	pid = fork();
	if (pid < 0) {
		close(pfd[0]);
		close(pfd[1]);
		return -1;
	}
	if (pid == 0) {
		close(pfd[0]);
		if (unshare(CLONE_NEWNET) < 0 && unshare(CLONE_NEWUSER | CLONE_NEWNET) < 0)
			_exit(1);
		c = 1;
		if (write(pfd[1], &c, 1) != 1)
			_exit(1);
		pause();
		_exit(0);
	}
	close(pfd[1]);
	if (read(pfd[0], &c, 1) != 1 || c != 1) {
		close(pfd[0]);
		waitpid(pid, NULL, 0);
		return -1;
	}
	close(pfd[0]);
	return pid;
}

static void reap(pid_t pid)
{
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
}

static void test_list_second_namespace(void **state)
{
	struct netns_list l;
	char p[512];
	pid_t child = spawn_ns_child();

	(void)state;
	if (child < 0)
		skip_why("no network namespace can be made here (unshare CLONE_NEWNET, also with CLONE_NEWUSER)");
	fmt(p, "/proc/%d/ns/net", (int)child);
	uint64_t ino = ino_of(p);
	assert_true(ino != ino_of("/proc/self/ns/net"));
	assert_int_equal(netns_list(&l), 0);
	check_distinct(&l);
	const struct netns_entry *e = find_ino(&l, ino);
	assert_non_null(e);
	assert_false(e->is_self);
	assert_false(e->named);
	assert_int_equal(e->pid, child);
	assert_string_equal(e->path, p);
	fmt(p, "ns:%llu", (unsigned long long)ino);
	assert_string_equal(e->tag, p);
	netns_list_free(&l);
	reap(child);
}

/* In a forked process: enter the child's namespace, check that this thread
 * and /proc/self/net now follow it, leave, check we are back. */
static int enter_and_leave(pid_t target, uint64_t target_ino)
{
	uint64_t home = ino_quiet("/proc/thread-self/ns/net");
	int fd, saved = 7, err;

	if (netns_open_pid(target, &fd) < 0)
		return 10;
	err = netns_enter(fd, &saved);
	close(fd);
	if (err < 0 || saved < 0)
		return 12;
	if (ino_quiet("/proc/thread-self/ns/net") != target_ino)
		return 13;
	/* A fresh namespace has only lo: /proc/net/dev holds 2 header lines + lo. */
	FILE *f = fopen("/proc/net/dev", "r");
	char line[256];
	int lines = 0, lo = 0;
	if (!f)
		return 14;
	while (fgets(line, sizeof(line), f)) {
		lines++;
		lo += strstr(line, "lo:") != NULL;
	}
	fclose(f);
	if (lines != 3 || lo != 1)
		return 15;
	if (netns_leave(saved) < 0 || ino_quiet("/proc/thread-self/ns/net") != home)
		return 16;
	return 0;
}

/* The forked tester: not root, it first makes a user namespace of its own
 * (with a network namespace to come back to), which owns the network
 * namespace its child makes: setns needs CAP_SYS_ADMIN over the target, both
 * ways. So this runs unprivileged too. */
static int tester_main(void)
{
	char p[64];
	struct stat st;
	pid_t child;
	int rc;

	if (geteuid() != 0 && unshare(CLONE_NEWUSER | CLONE_NEWNET) < 0)
		return 78;
	child = spawn_ns_child();
	if (child < 0)
		return 79;
	fmt(p, "/proc/%d/ns/net", (int)child);
	rc = stat(p, &st) < 0 ? 17 : enter_and_leave(child, st.st_ino);
	kill(child, SIGKILL);
	waitpid(child, NULL, 0);
	return rc;
}

static void test_enter_leave(void **state)
{
	int status;
	pid_t tester;

	(void)state;
	tester = fork();
	assert_true(tester >= 0);
	if (tester == 0)
		_exit(tester_main());
	assert_int_equal(waitpid(tester, &status, 0), tester);
	assert_true(WIFEXITED(status));
	if (WEXITSTATUS(status) == 78)
		skip_why("not root, and no user namespace can be made here (unshare CLONE_NEWUSER)");
	if (WEXITSTATUS(status) == 79)
		skip_why("no network namespace can be made here (unshare CLONE_NEWNET)");
	assert_int_equal(WEXITSTATUS(status), 0);
}

/* -N on a FIFO, a device or a directory is "not a namespace" at once: open()
 * of a FIFO without O_NONBLOCK would wait for a writer forever. */
static void test_open_hostile(void **state)
{
	(void)state;
	char dir[] = "/tmp/sockls-nsh-XXXXXX", fifo[64];
	int fd = 7;
	assert_non_null(mkdtemp(dir));
	snprintf(fifo, sizeof(fifo), "%s/fifo", dir);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	assert_int_equal(netns_open(fifo, &fd), -EINVAL);
	assert_int_equal(fd, -1);
	assert_int_equal(netns_open("/dev/zero", &fd), -EINVAL);
	assert_int_equal(netns_open(dir, &fd), -EINVAL);
	assert_int_equal(netns_open("/proc/self/ns/net", &fd), 0);
	close(fd);
	assert_int_equal(unlink(fifo), 0);
	assert_int_equal(rmdir(dir), 0);
}

/* An entry whose path now leads to another namespace (a reused pid) is
 * refused; one that is gone says so; the right one opens. */
static void test_open_entry_checks_identity(void **state)
{
	struct netns_entry e;
	struct stat st;
	int fd;

	(void)state;
	memset(&e, 0, sizeof(e));
	snprintf(e.path, sizeof(e.path), "/proc/self/ns/net");
	assert_int_equal(stat(e.path, &st), 0);
	e.inode = st.st_ino;
	e.dev = st.st_dev;
	assert_int_equal(netns_open_entry(&e, &fd), 0);
	close(fd);
	e.inode = st.st_ino + 1;
	assert_int_equal(netns_open_entry(&e, &fd), -ESTALE);
	assert_int_equal(fd, -1);
	snprintf(e.path, sizeof(e.path), "/proc/999999999/ns/net");
	assert_int_equal(netns_open_entry(&e, &fd), -ENOENT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_open_errors),
		cmocka_unit_test(test_open_hostile),
		cmocka_unit_test(test_open_path_and_pid),
		cmocka_unit_test(test_name_vs_path),
		cmocka_unit_test(test_leave_bad_fd),
		cmocka_unit_test(test_list_real_self),
		cmocka_unit_test(test_list_fake_dedup),
		cmocka_unit_test(test_list_escaped_tag),
		cmocka_unit_test(test_list_second_namespace),
		cmocka_unit_test(test_enter_leave),
		cmocka_unit_test(test_open_entry_checks_identity),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
