/* SPDX-License-Identifier: MIT */
/* netns.c - open, enter and enumerate network namespaces (-N, --netns-pid, --all-netns). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <linux/nsfs.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sockls/esc.h"
#include "sockls/file.h"
#include "sockls/netns.h"
#include "sockls/num.h"

/* Our own namespace is asked of the calling thread: setns() moves one thread,
 * and /proc/self follows the thread group leader. */
static int open_self(void)
{
	int fd = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);

	if (fd < 0 && errno == ENOENT) /* kernels before 3.17 */
		fd = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
	return fd;
}

/* A file setns() would refuse is refused here, with the same -EINVAL, so
 * that -N names the culprit before anything is entered. */
static int check_netns_fd(int fd)
{
	int type = ioctl(fd, NS_GET_NSTYPE);

	if (type < 0)
		return errno == ENOTTY ? -EINVAL : -errno;
	return type == CLONE_NEWNET ? 0 : -EINVAL;
}

/* file_open(FILE_NSFS) refuses a FIFO or device from stat() alone and
 * anything off nsfs before the ioctl, so -N never blocks or pokes a driver. */
static int open_path(const char *path, int *fd)
{
	int f, err;

	err = file_open(AT_FDCWD, path, FILE_NSFS, &f);
	if (err == -ENODEV || err == -EISDIR)
		err = -EINVAL;
	if (err < 0)
		return err;
	err = check_netns_fd(f);
	if (err < 0) {
		close(f);
		return err;
	}
	*fd = f;
	return 0;
}

int netns_open(const char *name_or_path, int *fd)
{
	char path[NETNS_PATH_MAX];

	*fd = -1;
	if (!name_or_path || !*name_or_path)
		return -EINVAL;
	if (strchr(name_or_path, '/'))
		return open_path(name_or_path, fd);
	if (!strcmp(name_or_path, ".") || !strcmp(name_or_path, ".."))
		return -EINVAL;
	if ((size_t)snprintf(path, sizeof(path), "%s/%s", NETNS_RUN_DIR, name_or_path) >= sizeof(path))
		return -ENAMETOOLONG;
	return open_path(path, fd);
}

/* ".../PID/ns/net" of a process that has exited or is exiting (a zombie, or
 * gone): its namespace link refuses with EACCES for a moment, which is a
 * namespace going away, not one we may not read. */
static bool pid_exiting(const char *path)
{
	const char *ns = strstr(path, "/ns/net"), *p;
	char stat_path[FILE_PATH_MAX], buf[2048];
	size_t len;
	const char *close;
	int err;

	if (!ns || ns[7] != '\0')
		return false;
	for (p = ns; p > path && p[-1] >= '0' && p[-1] <= '9'; p--)
		;
	if (p == ns || (size_t)(p - path) + 32 >= sizeof(stat_path))
		return false;
	snprintf(stat_path, sizeof(stat_path), "%.*s/stat", (int)(ns - path), path);
	if ((err = file_read_small(stat_path, buf, sizeof(buf), &len)) < 0)
		return err == -ENOENT || err == -ESRCH; /* gone */
	buf[len < sizeof(buf) ? len : sizeof(buf) - 1] = '\0';
	close = strrchr(buf, ')');
	return close && close[1] == ' ' && (close[2] == 'Z' || close[2] == 'X' || close[2] == 'x');
}

int netns_open_entry(const struct netns_entry *e, int *fd)
{
	struct stat st;
	int err = netns_open(e->path, fd);

	if ((err == -EACCES || err == -EPERM) && pid_exiting(e->path))
		return -ESTALE;
	/* A /run/netns name being deleted leaves a plain file behind for a moment:
	 * enumerated as a namespace, no longer one: gone. */
	if (err == -EINVAL)
		return -ESTALE;
	if (err < 0)
		return err;
	/* A pid may have been reused, a name re-bound: still the one enumerated? */
	if (fstat(*fd, &st) < 0 || (uint64_t)st.st_ino != e->inode || (uint64_t)st.st_dev != e->dev) {
		close(*fd);
		*fd = -1;
		return -ESTALE;
	}
	return 0;
}

int netns_open_pid(int pid, int *fd)
{
	char path[48];

	*fd = -1;
	if (pid <= 0)
		return -EINVAL;
	snprintf(path, sizeof(path), "/proc/%d/ns/net", pid);
	return open_path(path, fd);
}

int netns_enter(int nsfd, int *saved_fd)
{
	int saved = open_self();
	int err;

	*saved_fd = -1;
	if (saved < 0)
		return -errno;
	if (setns(nsfd, CLONE_NEWNET) < 0) {
		err = -errno;
		close(saved);
		return err;
	}
	*saved_fd = saved;
	return 0;
}

int netns_leave(int saved_fd)
{
	int err = 0;

	if (saved_fd < 0)
		return -EBADF;
	if (setns(saved_fd, CLONE_NEWNET) < 0)
		err = -errno;
	close(saved_fd);
	return err;
}

/* ---- enumeration ---- */

static struct netns_entry *list_add(struct netns_list *l)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 16;
		struct netns_entry *v = realloc(l->v, cap * sizeof(*v));
		if (!v)
			return NULL;
		l->v = v;
		l->cap = cap;
	}
	memset(&l->v[l->n], 0, sizeof(l->v[0]));
	return &l->v[l->n++];
}

/* Looks among the first n entries. */
static struct netns_entry *list_find(const struct netns_list *l, size_t n, uint64_t dev,
				     uint64_t ino)
{
	for (size_t i = 0; i < n; i++)
		if (l->v[i].inode == ino && l->v[i].dev == dev)
			return &l->v[i];
	return NULL;
}

static int cmp_named(const void *a, const void *b)
{
	const struct netns_entry *x = a, *y = b;

	return strcmp(x->path, y->path);
}

/* Named namespaces: bind mounts of nsfs files under run_dir. Files on another
 * device (left behind when the mount failed or was undone) are not namespaces. */
static int scan_named(const char *run_dir, dev_t nsfs_dev, struct netns_list *l)
{
	DIR *d = opendir(run_dir);
	struct dirent *de;
	struct stat st;

	if (!d)
		return 0; /* no /run/netns: nothing named */
	while ((de = readdir(d))) {
		struct netns_entry *e;
		char path[NETNS_PATH_MAX];
		size_t len = strlen(de->d_name);

		if (de->d_name[0] == '.' && (len == 1 || (len == 2 && de->d_name[1] == '.')))
			continue;
		if ((size_t)snprintf(path, sizeof(path), "%s/%s", run_dir, de->d_name) >= sizeof(path))
			continue;
		if (stat(path, &st) < 0 || st.st_dev != nsfs_dev)
			continue;
		if (!(e = list_add(l))) {
			closedir(d);
			return -ENOMEM;
		}
		e->inode = st.st_ino;
		e->dev = st.st_dev;
		e->named = true;
		memcpy(e->path, path, sizeof(path));
		esc_term(de->d_name, len, e->tag, sizeof(e->tag));
	}
	closedir(d);
	if (l->n)
		qsort(l->v, l->n, sizeof(l->v[0]), cmp_named);
	return 0;
}

/* Two names for one namespace: the first by name stays, so runs agree. */
static void dedup_named(struct netns_list *l)
{
	size_t kept = 0;

	for (size_t i = 0; i < l->n; i++) {
		if (list_find(l, kept, l->v[i].dev, l->v[i].inode))
			continue;
		if (kept != i)
			l->v[kept] = l->v[i];
		kept++;
	}
	l->n = kept;
}

struct pid_ns {
	uint64_t inode;
	int pid;
};

static int cmp_pid_ns(const void *a, const void *b)
{
	const struct pid_ns *x = a, *y = b;

	if (x->inode != y->inode)
		return x->inode < y->inode ? -1 : 1;
	return (x->pid > y->pid) - (x->pid < y->pid);
}

/* A /proc entry name -> pid; 0 for anything that is not one. */
static int parse_pid(const char *s)
{
	uint64_t v;

	return num_parse_str(s, INT32_MAX, &v) == 0 ? (int)v : 0;
}

static int push_pid_ns(struct pid_ns **v, size_t *n, size_t *cap, uint64_t ino, int pid)
{
	if (*n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 256;
		struct pid_ns *nv = realloc(*v, ncap * sizeof(*nv));
		if (!nv)
			return -ENOMEM;
		*v = nv;
		*cap = ncap;
	}
	(*v)[*n].inode = ino;
	(*v)[(*n)++].pid = pid;
	return 0;
}

int netns_procnet_key(const char *proc_root, int pid, uint64_t *key)
{
	char path[NETNS_PATH_MAX];
	struct stat st;

	if (pid > 0)
		snprintf(path, sizeof(path), "%s/%d/net/dev", proc_root, pid);
	else
		snprintf(path, sizeof(path), "%s/thread-self/net/dev", proc_root);
	if (stat(path, &st) < 0)
		return -errno;
	*key = st.st_ino;
	return 0;
}

/* A process whose ns/net we may not stat (EACCES: ptrace rules): its
 * namespace's /proc/net key, kept once, so that a namespace held only by such
 * processes is counted as unreadable instead of vanishing. */
static int push_hidden(const char *proc_root, int pid, struct netns_list *l)
{
	uint64_t key = 0;

	if (netns_procnet_key(proc_root, pid, &key) < 0)
		return 0; /* gone, or a zombie without a namespace */
	for (size_t i = 0; i < l->n_hidden; i++)
		if (l->hidden[i] == key)
			return 0;
	if (l->n_hidden == l->cap_hidden) {
		size_t cap = l->cap_hidden ? l->cap_hidden * 2 : 16;
		uint64_t *v = realloc(l->hidden, cap * sizeof(*v));
		if (!v)
			return -ENOMEM;
		l->hidden = v;
		l->cap_hidden = cap;
	}
	l->hidden[l->n_hidden++] = key;
	return 0;
}

/* One (inode, pid) pair per inspectable process, sorted, so that the
 * dedup below is n log n however many processes share a namespace. */
static int scan_pids(const char *proc_root, dev_t nsfs_dev, struct pid_ns **out, size_t *n_out,
		     struct netns_list *l)
{
	DIR *d = opendir(proc_root);
	struct dirent *de;
	struct pid_ns *v = NULL;
	size_t n = 0, cap = 0;
	int err = 0;

	if (!d)
		return -errno;
	while ((de = readdir(d))) {
		char path[NETNS_PATH_MAX];
		struct stat st;
		int pid = parse_pid(de->d_name);

		if (!pid)
			continue;
		if ((size_t)snprintf(path, sizeof(path), "%s/%d/ns/net", proc_root, pid) >= sizeof(path))
			continue;
		/* Vanished (ENOENT) or not a namespace: skip; not ours to inspect
		 * (EACCES): remembered by its /proc/net key. */
		if (stat(path, &st) < 0) {
			if ((errno == EACCES || errno == EPERM) &&
			    (err = push_hidden(proc_root, pid, l)) < 0)
				break;
			continue;
		}
		if (st.st_dev != nsfs_dev)
			continue;
		if ((err = push_pid_ns(&v, &n, &cap, st.st_ino, pid)) < 0)
			break;
	}
	closedir(d);
	if (err < 0) {
		free(v);
		return err;
	}
	if (n)
		qsort(v, n, sizeof(*v), cmp_pid_ns);
	*out = v;
	*n_out = n;
	return 0;
}

bool netns_list_settle(struct netns_list *l, uint64_t key)
{
	for (size_t i = 0; i < l->n_hidden; i++)
		if (l->hidden[i] == key) {
			l->hidden[i] = l->hidden[--l->n_hidden];
			return true;
		}
	return false;
}

static int merge_pids(const char *proc_root, dev_t dev, const struct pid_ns *v, size_t n,
		      struct netns_list *l)
{
	size_t named = l->n;

	for (size_t i = 0; i < n; i++) {
		struct netns_entry *e;

		if (i > 0 && v[i].inode == v[i - 1].inode)
			continue; /* the lowest pid of each inode comes first */
		e = list_find(l, named, dev, v[i].inode);
		if (e) {
			e->pid = v[i].pid;
			continue;
		}
		if (!(e = list_add(l)))
			return -ENOMEM;
		e->inode = v[i].inode;
		e->dev = dev;
		e->pid = v[i].pid;
		snprintf(e->tag, sizeof(e->tag), "ns:%" PRIu64, e->inode);
		if ((size_t)snprintf(e->path, sizeof(e->path), "%s/%d/ns/net", proc_root,
				     e->pid) >= sizeof(e->path))
			l->n--;
	}
	return 0;
}

int netns_list_at(const char *run_dir, const char *proc_root, struct netns_list *out)
{
	struct pid_ns *v = NULL;
	struct stat self;
	size_t n = 0;
	int fd = open_self(), err;
	struct netns_entry *e;

	memset(out, 0, sizeof(*out));
	if (fd < 0)
		return -errno;
	err = fstat(fd, &self) < 0 ? -errno : 0;
	close(fd);
	if (err < 0)
		return err;
	if ((err = scan_named(run_dir, self.st_dev, out)) < 0)
		return err;
	dedup_named(out);
	err = scan_pids(proc_root, self.st_dev, &v, &n, out);
	if (err == 0)
		err = merge_pids(proc_root, self.st_dev, v, n, out);
	free(v);
	if (err < 0)
		return err;
	e = list_find(out, out->n, self.st_dev, self.st_ino);
	if (!e) {
		/* Our own namespace with no visible process in it (a foreign proc root). */
		if (!(e = list_add(out)))
			return -ENOMEM;
		e->inode = self.st_ino;
		e->dev = self.st_dev;
		e->pid = getpid();
		snprintf(e->tag, sizeof(e->tag), "ns:%" PRIu64, e->inode);
		snprintf(e->path, sizeof(e->path), "/proc/%d/ns/net", e->pid);
	}
	e->is_self = true;
	return 0;
}

int netns_list(struct netns_list *out)
{
	return netns_list_at(NETNS_RUN_DIR, "/proc", out);
}

void netns_list_free(struct netns_list *l)
{
	if (!l)
		return;
	free(l->v);
	free(l->hidden);
	l->v = NULL;
	l->hidden = NULL;
	l->n = l->cap = 0;
	l->n_hidden = l->cap_hidden = 0;
}
