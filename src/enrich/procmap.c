/* SPDX-License-Identifier: MIT */
/* procmap.c - one scan of /proc/<pid>/fd into a hash table inode -> owners. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sockls/file.h"
#include "sockls/hash.h"
#include "sockls/htab.h"
#include "sockls/num.h"
#include "sockls/procmap.h"

struct pm_proc {
	int32_t pid;
	char comm[16];
	size_t first; /* index of its first pair: a process's pairs are contiguous */
};

/* One inode: start/count index owners[]. Inode 0 never maps. */
struct pm_ent {
	uint64_t inode;
	uint32_t start;
	uint32_t count;
};

struct procmap {
	struct htab idx;         /* by inode, of ents */
	struct pm_ent *ents;     /* n_inodes of them, in scan order */
	struct sock_owner *owners;
	size_t n_owners;
	size_t n_inodes;
	size_t denied;           /* processes whose fd directory we may not read */
};

struct pm_scan {
	/* One entry per socket fd found; keys[] holds the inode during the scan
	 * and the index of its entry once indexed. Two arrays, no padding. */
	uint64_t *keys;
	int32_t *fds;
	size_t n_pairs, cap_pairs;
	struct pm_proc *procs;
	size_t n_procs, cap_procs;
	const uint64_t *filter; /* ascending; NULL keeps every inode */
	size_t n_filter;
	const int32_t *pids;     /* non-NULL: scan only these processes */
	size_t n_pids;
	const char *root;        /* proc_root, to name a refused file */
	struct file_fail *ff;    /* may be NULL */
	size_t denied;           /* fd directories refused (EACCES, EPERM: another user's) */
};

static bool pm_eq(const void *ctx, uint32_t idx, const void *key)
{
	const struct pm_ent *ents = ctx;

	return ents[idx].inode == *(const uint64_t *)key;
}

/* A failure that would make the map silently incomplete, not just one process. */
static bool pm_fatal(int err)
{
	return err == ENOMEM || err == EMFILE || err == ENFILE;
}

static bool pm_parse_uint(const char *s, uint64_t max, uint64_t *out)
{
	return num_parse_str(s, max, out) == 0;
}

/* "socket:[12345]" -> 12345; anything else (pipe, file, anon_inode) -> 0. */
static uint64_t pm_socket_inode(const char *link, size_t len)
{
	uint64_t v;

	if (len < 10 || memcmp(link, "socket:[", 8) != 0 || link[len - 1] != ']')
		return 0;
	return num_parse(link + 8, len - 9, 10, UINT64_MAX, &v) == 0 ? v : 0;
}

static bool pm_wanted(const struct pm_scan *sc, uint64_t inode)
{
	if (!sc->filter)
		return true;
	size_t lo = 0, hi = sc->n_filter;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (sc->filter[mid] < inode)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < sc->n_filter && sc->filter[lo] == inode;
}

static int pm_grow(void **arr, size_t *cap, size_t elem)
{
	size_t ncap = *cap ? *cap * 2 : 1024;
	if (ncap > SIZE_MAX / elem)
		return -ENOMEM;
	void *n = realloc(*arr, ncap * elem);
	if (!n)
		return -ENOMEM;
	*arr = n;
	*cap = ncap;
	return 0;
}

/* <pid>/comm and <pid>/stat are procfs files of a few hundred bytes at most;
 * in a --proc-root bundle they may be anything, and are refused (see file.h). */
#define PM_COMM_MAX 64
#define PM_STAT_MAX 2048

/* dirfd/name whole into buf; a refused file is recorded in sc->ff. */
static int pm_read_small(const struct pm_scan *sc, int32_t pid, int dirfd, const char *name,
			 char *buf, size_t cap, size_t *len)
{
	int err = file_read_small_at(dirfd, name, buf, cap, len);
	if (err && file_err_refused(err)) {
		char path[FILE_PATH_MAX];
		snprintf(path, sizeof(path), "%s/%d/%s", sc->root, (int)pid, name);
		file_fail_set(sc->ff, path, err, cap - 1, 0);
	}
	return err;
}

static void pm_set_comm(char comm[16], const char *s, size_t len)
{
	size_t n = strnlen(s, len < 15 ? len : 15);
	memcpy(comm, s, n);
	comm[n] = '\0';
}

/* The name from <pid>/comm (its one trailing newline is not part of it), or
 * from <pid>/stat between the first '(' and the last ')', since the name
 * itself may hold ')' or a newline. -ENOENT/-ESRCH when the process is gone;
 * a file.h refusal (a FIFO or device in a bundle) is an error too. */
static int pm_read_comm(const struct pm_scan *sc, int piddir, int32_t pid, char comm[16])
{
	char buf[PM_STAT_MAX];
	size_t n;
	comm[0] = '\0';
	int err = pm_read_small(sc, pid, piddir, "comm", buf, PM_COMM_MAX, &n);
	if (err == 0) {
		if (n > 0 && buf[n - 1] == '\n')
			n--;
		pm_set_comm(comm, buf, n);
		return 0;
	}
	if (file_err_refused(err))
		return err;
	err = pm_read_small(sc, pid, piddir, "stat", buf, sizeof(buf), &n);
	if (err)
		return (err == -ENOENT || err == -ESRCH || file_err_refused(err)) ? err : 0;
	const char *open = memchr(buf, '(', n);
	const char *close = memrchr(buf, ')', n);
	if (open && close && close > open)
		pm_set_comm(comm, open + 1, (size_t)(close - open - 1));
	return 0;
}

int procmap_comm(const char *proc_root, int32_t pid, char comm[16])
{
	struct pm_scan sc = { .root = proc_root ? proc_root : "/proc" };
	char path[FILE_PATH_MAX];
	int fd, err;

	comm[0] = '\0';
	if (pid <= 0)
		return -EINVAL;
	if ((size_t)snprintf(path, sizeof(path), "%s/%d", sc.root, (int)pid) >= sizeof(path))
		return -ENAMETOOLONG;
	if ((fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
		return -errno;
	err = pm_read_comm(&sc, fd, pid, comm);
	close(fd);
	return err == 0 && comm[0] == '\0' ? -ENOENT : err;
}

static int pm_add_proc(struct pm_scan *sc, int piddir, int32_t pid)
{
	char comm[16];
	int err = pm_read_comm(sc, piddir, pid, comm);
	if (err)
		return err;
	if (sc->n_procs == sc->cap_procs &&
	    pm_grow((void **)&sc->procs, &sc->cap_procs, sizeof(*sc->procs)))
		return -ENOMEM;
	struct pm_proc *p = &sc->procs[sc->n_procs++];
	p->pid = pid;
	p->first = sc->n_pairs;
	memcpy(p->comm, comm, sizeof(comm));
	return 0;
}

static int pm_add_pair(struct pm_scan *sc, uint64_t inode, int32_t fd)
{
	if (sc->n_pairs == sc->cap_pairs) {
		size_t cap = sc->cap_pairs;
		if (pm_grow((void **)&sc->keys, &cap, sizeof(*sc->keys)))
			return -ENOMEM;
		cap = sc->cap_pairs;
		if (pm_grow((void **)&sc->fds, &cap, sizeof(*sc->fds)))
			return -ENOMEM;
		sc->cap_pairs = cap;
	}
	sc->keys[sc->n_pairs] = inode;
	sc->fds[sc->n_pairs++] = fd;
	return 0;
}

/* Walks one <pid>/fd directory. The process is recorded (and its name read)
 * only once its first socket shows up: most processes hold none. */
static int pm_scan_fds(struct pm_scan *sc, int piddir, int fddir, int32_t pid)
{
	DIR *d = fdopendir(fddir);
	if (!d) {
		close(fddir);
		return pm_fatal(errno) ? -errno : 0;
	}
	bool have_proc = false;
	int err = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		uint64_t fd;
		if (!pm_parse_uint(e->d_name, INT32_MAX, &fd))
			continue;
		char link[64];
		ssize_t n = readlinkat(fddir, e->d_name, link, sizeof(link));
		if (n <= 0)
			continue; /* fd closed meanwhile, or not ours to read */
		uint64_t inode = pm_socket_inode(link, (size_t)n);
		if (inode == 0 || !pm_wanted(sc, inode))
			continue;
		if (!have_proc) {
			err = pm_add_proc(sc, piddir, pid);
			if (err)
				break;
			have_proc = true;
		}
		err = pm_add_pair(sc, inode, (int32_t)fd);
		if (err)
			break;
	}
	closedir(d);
	return err == -ENOMEM || file_err_refused(err) ? err : 0;
}

static int pm_scan_pid(struct pm_scan *sc, int procfd, const char *name, int32_t pid)
{
	int piddir = openat(procfd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (piddir < 0)
		return pm_fatal(errno) ? -errno : 0;
	int err = 0;
	int fddir = openat(piddir, "fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fddir >= 0)
		err = pm_scan_fds(sc, piddir, fddir, pid);
	else if (pm_fatal(errno))
		err = -errno;
	else if (errno == EACCES || errno == EPERM)
		sc->denied++;
	close(piddir);
	return err;
}

static int pm_scan_root(struct pm_scan *sc, const char *proc_root)
{
	int procfd = open(proc_root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (procfd < 0)
		return -errno;
	DIR *d = fdopendir(procfd);
	if (!d) {
		int err = -errno;
		close(procfd);
		return err;
	}
	int err = 0;
	struct dirent *e;
	errno = 0;
	while (!err && (e = readdir(d))) {
		uint64_t pid;
		if (e->d_type != DT_DIR && e->d_type != DT_UNKNOWN)
			continue;
		if (!pm_parse_uint(e->d_name, INT32_MAX, &pid) || pid == 0)
			continue;
		err = pm_scan_pid(sc, procfd, e->d_name, (int32_t)pid);
		errno = 0;
	}
	if (!err && errno)
		err = -errno;
	closedir(d);
	return err;
}

/* Only the listed processes: a 'pid' filter reads nothing else. */
static int pm_scan_list(struct pm_scan *sc, const char *proc_root)
{
	int procfd = open(proc_root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	char name[16];
	int err = 0;

	if (procfd < 0)
		return -errno;
	for (size_t i = 0; i < sc->n_pids && !err; i++) {
		snprintf(name, sizeof(name), "%d", (int)sc->pids[i]);
		err = pm_scan_pid(sc, procfd, name, sc->pids[i]);
	}
	close(procfd);
	return err;
}

static void pm_place(struct procmap *m, const struct pm_scan *sc)
{
	size_t p = sc->n_procs;
	for (size_t i = sc->n_pairs; i-- > 0;) {
		while (sc->procs[p - 1].first > i)
			p--;
		const struct pm_proc *proc = &sc->procs[p - 1];
		struct sock_owner *o = &m->owners[--m->ents[sc->keys[i]].start];
		o->pid = proc->pid;
		o->fd = sc->fds[i];
		memcpy(o->comm, proc->comm, sizeof(o->comm));
	}
}

/* Counting placement instead of a sort: one hash probe per pair, owners of
 * one inode end up contiguous and in scan order. */
static int pm_index(struct procmap *m, const struct pm_scan *sc)
{
	size_t n = sc->n_pairs ? sc->n_pairs : 1;
	uint32_t end = 0, e;

	if (sc->n_pairs > HTAB_MAX)
		return -ENOMEM;
	m->ents = malloc(n * sizeof(*m->ents));
	m->owners = malloc(n * sizeof(*m->owners));
	if (!m->ents || !m->owners || htab_reserve(&m->idx, sc->n_pairs) < 0)
		return -ENOMEM;
	for (size_t i = 0; i < sc->n_pairs; i++) {
		int ret = htab_add(&m->idx, hash_u64(sc->keys[i]), pm_eq, m->ents, &sc->keys[i],
				   (uint32_t)m->n_inodes, &e);
		if (ret < 0)
			return -ENOMEM;
		if (ret == 0) {
			e = (uint32_t)m->n_inodes++;
			m->ents[e] = (struct pm_ent){ .inode = sc->keys[i] };
		}
		m->ents[e].count++;
		sc->keys[i] = e;
	}
	for (size_t i = 0; i < m->n_inodes; i++) {
		end += m->ents[i].count;
		m->ents[i].start = end;
	}
	pm_place(m, sc);
	m->n_owners = sc->n_pairs;
	return 0;
}

static int pm_build(const char *proc_root, struct pm_scan *sc, struct procmap **out)
{
	*out = NULL;
	sc->root = proc_root;
	if (sc->ff)
		sc->ff->err = 0;
	struct procmap *m = calloc(1, sizeof(*m));
	if (!m)
		return -ENOMEM;
	htab_init(&m->idx, HTAB_MAX);
	int err = sc->pids ? pm_scan_list(sc, proc_root) : pm_scan_root(sc, proc_root);
	if (!err)
		err = pm_index(m, sc);
	m->denied = sc->denied;
	free(sc->keys);
	free(sc->fds);
	free(sc->procs);
	if (err) {
		procmap_free(m);
		return err;
	}
	*out = m;
	return 0;
}

int procmap_build(const char *proc_root, struct procmap **out, struct file_fail *ff)
{
	struct pm_scan sc = { .ff = ff };
	return pm_build(proc_root, &sc, out);
}

int procmap_build_for(const char *proc_root, const uint64_t *inodes, size_t n,
		      struct procmap **out, struct file_fail *ff)
{
	static const uint64_t none[1];
	struct pm_scan sc = { .filter = inodes ? inodes : none, .n_filter = inodes ? n : 0,
			      .ff = ff };
	return pm_build(proc_root, &sc, out);
}

int procmap_build_pids(const char *proc_root, const int32_t *pids, size_t n,
		       struct procmap **out, struct file_fail *ff)
{
	static const int32_t none[1];
	struct pm_scan sc = { .pids = pids ? pids : none, .n_pids = pids ? n : 0, .ff = ff };
	return pm_build(proc_root, &sc, out);
}

const struct sock_owner *procmap_lookup(const struct procmap *m, uint64_t inode, size_t *n)
{
	*n = 0;
	if (!m || inode == 0 || m->n_inodes == 0)
		return NULL;
	uint32_t i = htab_find(&m->idx, hash_u64(inode), pm_eq, m->ents, &inode);
	if (i == HTAB_NONE)
		return NULL;
	*n = m->ents[i].count;
	return &m->owners[m->ents[i].start];
}

size_t procmap_denied(const struct procmap *m)
{
	return m ? m->denied : 0;
}

size_t procmap_inodes(const struct procmap *m)
{
	return m ? m->n_inodes : 0;
}

size_t procmap_owners(const struct procmap *m)
{
	return m ? m->n_owners : 0;
}

void procmap_free(struct procmap *m)
{
	if (!m)
		return;
	htab_fini(&m->idx);
	free(m->ents);
	free(m->owners);
	free(m);
}
