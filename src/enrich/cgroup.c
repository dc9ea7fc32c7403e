/* SPDX-License-Identifier: MIT */
/* cgroup.c - maps a socket's cgroup2 id (or its owner's /proc/PID/cgroup) to
 * the cgroup path, indexing the hierarchy once per run, and names the unit,
 * container and pod from the path and (ctrname.c) the runtimes' local state. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sockls/cgroup.h"
#include "sockls/ctrname.h"
#include "sockls/file.h"

#define CG_DEPTH_MAX 64
#define CG_ENTRIES_MAX (1u << 20)
#define PIDCACHE 1024
#define LONGPATH (FILE_PATH_MAX + 256) /* a root plus a short suffix */

struct pid_slot {
	int32_t pid;        /* 0: empty */
	const struct cg_entry *e;
};

struct cg_index {
	char mount[FILE_PATH_MAX];      /* the cgroup2 mount, "" if none */
	char proc_root[FILE_PATH_MAX];
	struct ctr_state *ctr;          /* runtimes' and kubelet's state; NULL: none read */
	struct cg_entry **v;            /* [0, n_sorted) by id; then entries known by path only */
	size_t n, n_sorted, cap;
	bool rewalked;                  /* walked again: add only what is new */
	unsigned int rewalks;           /* walks made for ids newer than the index */
	unsigned long unread;           /* directories whose children were not walked */
	struct pid_slot pids[PIDCACHE];
};

/* The mount point of cgroup2 from a mountinfo file (field 5, after " - "
 * the type). Octal escapes (\040) in the mount point are not decoded: such a
 * mount is not found. */
static int find_cgroup2(const char *mountinfo, char *out, size_t cap)
{
	struct file_lines *fl;
	char *line;
	size_t len;
	int rc, found = -ENOENT;

	if ((rc = file_lines_open(&fl, mountinfo, FILE_LINE_MAX, 64u << 20)) < 0)
		return rc;
	while (found < 0 && (rc = file_lines_next(fl, &line, &len)) > 0) {
		char *sep = strstr(line, " - cgroup2 ");
		char *f = line, *mp;
		if (!sep)
			continue;
		for (int i = 0; i < 4 && f; i++)
			f = strchr(f + 1, ' ');
		if (!f || f > sep || !(mp = strtok(f + 1, " ")))
			continue;
		if (strlen(mp) < cap) {
			memcpy(out, mp, strlen(mp) + 1);
			found = 0;
		}
	}
	file_lines_close(fl);
	return rc < 0 ? rc : found;
}

static int add_entry(struct cg_index *ix, uint64_t id, const char *path, struct cg_entry **out)
{
	struct cg_entry *e;

	if (ix->n >= CG_ENTRIES_MAX)
		return -E2BIG;
	if (ix->n == ix->cap) {
		size_t cap = ix->cap ? ix->cap * 2 : 256;
		struct cg_entry **v = realloc(ix->v, cap * sizeof(struct cg_entry *));
		if (!v)
			return -ENOMEM;
		ix->v = v;
		ix->cap = cap;
	}
	if (!(e = calloc(1, sizeof(*e))) || !(e->path = strdup(path))) {
		free(e);
		return -ENOMEM;
	}
	e->id = id;
	ix->v[ix->n++] = e;
	if (out)
		*out = e;
	return 0;
}

#define CG_REWALKS_MAX 8

static struct cg_entry *sorted_find(const struct cg_index *ix, uint64_t id)
{
	size_t lo = 0, hi = ix->n_sorted;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ix->v[mid]->id == id)
			return ix->v[mid];
		if (ix->v[mid]->id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Depth-first under dirfd (which it closes); rel is the path of dirfd. A
 * directory that vanishes or may not be read is skipped. */
static int walk(struct cg_index *ix, int dirfd, char *rel, size_t rlen, int depth)
{
	DIR *d = fdopendir(dirfd);
	struct dirent *de;
	int err = 0;

	if (!d) {
		close(dirfd);
		ix->unread++;
		return 0;
	}
	while (err == 0 && (de = readdir(d))) {
		struct stat st;
		size_t nlen = strlen(de->d_name);
		int fd = -1;
		if (de->d_type != DT_DIR || de->d_name[0] == '.')
			continue;
		if (rlen + 1 + nlen >= FILE_PATH_MAX) {
			ix->unread++;
			continue;
		}
		if (fstatat(dirfd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0 || !S_ISDIR(st.st_mode))
			continue;
		rel[rlen] = '/';
		memcpy(rel + rlen + 1, de->d_name, nlen + 1);
		/* walked again: only the directories made since */
		if (!ix->rewalked || !sorted_find(ix, (uint64_t)st.st_ino))
			err = add_entry(ix, (uint64_t)st.st_ino, rel, NULL);
		if (err == 0 && depth < CG_DEPTH_MAX)
			fd = openat(dirfd, de->d_name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (err == 0 && fd >= 0)
			err = walk(ix, fd, rel, rlen + 1 + nlen, depth + 1);
		else if (err == 0 && (depth >= CG_DEPTH_MAX || errno != ENOENT))
			ix->unread++; /* too deep, or not ours to read: its children unknown */
		rel[rlen] = '\0';
	}
	closedir(d);
	return err;
}

static int by_id(const void *a, const void *b)
{
	const struct cg_entry *x = *(const struct cg_entry *const *)a;
	const struct cg_entry *y = *(const struct cg_entry *const *)b;
	return x->id < y->id ? -1 : x->id > y->id;
}

static int index_tree(struct cg_index *ix)
{
	char rel[FILE_PATH_MAX] = "";
	struct stat st;
	int fd, err;

	ix->unread = 0; /* of this walk */
	fd = open(ix->mount, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	if (fstat(fd, &st) < 0)
		err = -errno;
	else if (ix->rewalked)
		err = 0; /* the root is indexed already */
	else
		err = add_entry(ix, (uint64_t)st.st_ino, "/", NULL);
	if (err < 0) {
		close(fd);
		return err;
	}
	if ((err = walk(ix, fd, rel, 0, 0)) < 0)
		return err;
	if (ix->n) /* qsort(NULL, 0) is undefined */
		qsort(ix->v, ix->n, sizeof(struct cg_entry *), by_id);
	ix->n_sorted = ix->n;
	return 0;
}

int cg_index_build(const char *proc_root, const char *root, struct cg_index **out)
{
	struct cg_index *ix = calloc(1, sizeof(*ix));
	char mi[LONGPATH];
	int err = 0;

	*out = NULL;
	if (!ix)
		return -ENOMEM;
	snprintf(ix->proc_root, sizeof(ix->proc_root), "%s", proc_root ? proc_root : "/proc");
	ix->ctr = ctr_state_new(NULL);
	snprintf(mi, sizeof(mi), "%s/self/mountinfo", ix->proc_root);
	if (root)
		snprintf(ix->mount, sizeof(ix->mount), "%s", root);
	else if (find_cgroup2(mi, ix->mount, sizeof(ix->mount)) < 0)
		ix->mount[0] = '\0';
	if (ix->mount[0] && (err = index_tree(ix)) < 0 && err != -ENOENT && err != -EACCES) {
		cg_index_free(ix);
		return err;
	}
	*out = ix;
	return ix->mount[0] ? 0 : -ENOENT;
}

void cg_index_free(struct cg_index *ix)
{
	if (!ix)
		return;
	for (size_t i = 0; i < ix->n; i++) {
		free(ix->v[i]->path);
		free(ix->v[i]->names);
		free(ix->v[i]);
	}
	free(ix->v);
	ctr_state_free(ix->ctr);
	free(ix);
}

void cg_index_set_state_root(struct cg_index *ix, const char *root)
{
	ctr_state_free(ix->ctr);
	ix->ctr = ctr_state_new(root); /* NULL (no memory): names stay unknown */
}

/* The owner of the first directory on path, from the mount down, whom the
 * hierarchy's root does not belong to (root, on a host): a delegated subtree
 * (systemd's user@UID.service, any chown'd directory). False when one owner
 * has the whole path or a directory cannot be read. */
static bool delegated_to(const struct cg_index *ix, const char *path, uint32_t *uid)
{
	char full[LONGPATH];
	size_t m = strlen(ix->mount), n = 0;
	struct stat st;
	uid_t top;

	if (!ix->mount[0] || m + strlen(path) + 2 > sizeof(full) || stat(ix->mount, &st) < 0)
		return false;
	top = st.st_uid;
	memcpy(full, ix->mount, m + 1);
	while (path[n]) {
		size_t k = strcspn(path + n, "/");
		if (k) {
			full[m] = '/';
			memcpy(full + m + 1, path + n, k);
			m += k + 1;
			full[m] = '\0';
			if (stat(full, &st) < 0)
				return false;
			if (st.st_uid != top) {
				*uid = (uint32_t)st.st_uid;
				return true;
			}
		}
		n += k + (path[n + k] == '/');
	}
	return false;
}

static const struct cg_entry *with_names(const struct cg_index *ix, struct cg_entry *e)
{
	uint32_t uid;

	if (e && !e->names && (e->names = malloc(sizeof(*e->names)))) {
		cg_parse_path(e->path, e->names);
		if (delegated_to(ix, e->path, &uid))
			cg_names_delegate(e->names, uid);
		if (ix->ctr)
			ctr_state_names(ix->ctr, e->names);
	}
	return e && e->names ? e : NULL;
}

/* A socket's cgroup that was removed after the socket was made: the kernel
 * keeps its id, no directory has it. Names empty: it matches no unit,
 * container or pod, whether or not the owner is known. */
static struct cg_names deleted_names;
static char deleted_path[] = "deleted";
static struct cg_entry deleted_entry = { .id = 0, .path = deleted_path, .names = &deleted_names };

bool cg_is_deleted(const struct cg_entry *e)
{
	return e == &deleted_entry;
}

const struct cg_entry *cg_lookup_id(struct cg_index *ix, uint64_t id)
{
	struct cg_entry *e = sorted_find(ix, id);

	if (e)
		return with_names(ix, e);
	if (!id || !ix->mount[0] || !ix->n_sorted)
		return NULL;
	/* cgroup ids only grow. One older than the newest directory of the last
	 * walk existed before that walk, which did not find it: removed since
	 * the socket was made (ss: "unreachable"). A newer one was made after
	 * the walk: walk again (a few times at most) and judge then. */
	if (id > ix->v[ix->n_sorted - 1]->id) {
		if (ix->rewalks >= CG_REWALKS_MAX)
			return NULL; /* unknown */
		ix->rewalks++;
		ix->rewalked = true;
		if (index_tree(ix) < 0)
			return NULL;
		if ((e = sorted_find(ix, id)))
			return with_names(ix, e);
	}
	return &deleted_entry;
}

/* The cgroup2 line "0::/path" of /proc/PID/cgroup; on a v1-only host, the
 * name=systemd hierarchy's line. */
static int pid_cgroup_path(const struct cg_index *ix, int32_t pid, char *out, size_t cap)
{
	char path[LONGPATH], buf[16384], *line, *save = NULL;
	size_t len;
	int rc, found = -ENOENT;

	snprintf(path, sizeof(path), "%s/%d/cgroup", ix->proc_root, (int)pid);
	if ((rc = file_read_small(path, buf, sizeof(buf), &len)) < 0)
		return rc;
	for (line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		const char *p = NULL;
		if (strncmp(line, "0::", 3) == 0)
			p = line + 3;
		else if (found < 0 && strstr(line, ":name=systemd:"))
			p = strstr(line, ":name=systemd:") + 14;
		if (p && strlen(p) < cap) {
			memcpy(out, p, strlen(p) + 1);
			found = 0;
			if (p == line + 3)
				break;
		}
	}
	return found;
}

static struct cg_entry *find_path(struct cg_index *ix, const char *path)
{
	struct cg_entry *e = NULL;

	for (size_t i = 0; i < ix->n; i++)
		if (strcmp(ix->v[i]->path, path) == 0)
			return ix->v[i];
	return add_entry(ix, 0, path, &e) == 0 ? e : NULL;
}

const struct cg_entry *cg_lookup_pid(struct cg_index *ix, int32_t pid)
{
	struct pid_slot *s = &ix->pids[(uint32_t)pid % PIDCACHE];
	char path[FILE_PATH_MAX];

	if (pid <= 0)
		return NULL;
	if (s->pid != pid) {
		s->pid = pid;
		s->e = pid_cgroup_path(ix, pid, path, sizeof(path)) == 0 ?
		       with_names(ix, find_path(ix, path)) : NULL;
	}
	return s->e;
}

int cg_path_id(const char *path, uint64_t *id)
{
	char mount[FILE_PATH_MAX], full[2 * FILE_PATH_MAX];
	struct stat st;
	int rc;

	if ((rc = find_cgroup2("/proc/self/mountinfo", mount, sizeof(mount))) < 0)
		return rc;
	if (strncmp(path, mount, strlen(mount)) == 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		*id = (uint64_t)st.st_ino;
		return 0;
	}
	snprintf(full, sizeof(full), "%s/%s", mount, path[0] == '/' ? path + 1 : path);
	if (stat(full, &st) < 0)
		return -errno;
	if (!S_ISDIR(st.st_mode))
		return -ENOTDIR;
	*id = (uint64_t)st.st_ino;
	return 0;
}

const char *cg_label(const struct cg_entry *e, char *buf, size_t cap)
{
	const struct cg_names *n;
	char *start = buf;
	int w = 0;

	if (!e)
		return NULL;
	if (cg_is_deleted(e)) { /* ss: "unreachable" */
		snprintf(buf, cap, "deleted");
		return start;
	}
	n = e->names;
	if (n && n->delegated && cap) { /* whose subtree it is, first */
		w = snprintf(buf, cap, "user:%u/", n->owner_uid);
		if (w < 0 || (size_t)w >= cap)
			return start;
		buf += w;
		cap -= (size_t)w;
	}
	if (cg_names_pod(n) && n->pod_name[0])
		snprintf(buf, cap, "pod:%s/%s", n->pod_ns, n->pod_name);
	else if (cg_names_pod(n))
		snprintf(buf, cap, "pod:%s", n->pod_uid);
	else if (n && n->ctr_id[0] && n->ctr_name[0])
		snprintf(buf, cap, "ctr:%s/%s", n->runtime[0] ? n->runtime : "?", n->ctr_name);
	else if (n && n->ctr_id[0]) /* the id as docker ps shortens it */
		snprintf(buf, cap, "ctr:%s/%.12s", n->runtime[0] ? n->runtime : "?", n->ctr_id);
	else if (n && n->unit[0])
		snprintf(buf, cap, "unit:%s", n->unit);
	else
		snprintf(buf, cap, "%s", e->path);
	return start;
}

/* Any component of the path is NAME or NAME.service. */
bool cg_match_unit(const struct cg_entry *e, const char *word)
{
	size_t wl = strlen(word);
	const char *p = e && !cg_is_deleted(e) ? e->path : NULL;

	while (p && *p && wl) {
		size_t n = strcspn(p, "/");
		if ((n == wl && memcmp(p, word, wl) == 0) ||
		    (n == wl + 8 && memcmp(p, word, wl) == 0 && memcmp(p + wl, ".service", 8) == 0))
			return true;
		p += n + (p[n] == '/');
	}
	return false;
}

/* Whether any indexed cgroup matches word: false only when the hierarchy was
 * walked and none does (a misspelled --unit, --container, --pod). */
bool cg_index_has(struct cg_index *ix, bool (*match)(const struct cg_entry *, const char *),
		  const char *word)
{
	if (!ix || !ix->mount[0] || !ix->n)
		return true; /* nothing walked: cannot tell */
	for (size_t i = 0; i < ix->n; i++)
		if (match(with_names(ix, ix->v[i]), word))
			return true;
	return false;
}

unsigned long cg_index_unread(const struct cg_index *ix)
{
	return ix ? ix->unread : 0;
}

/* An id prefix (at least 4 digits) or the name. */
bool cg_match_container(const struct cg_entry *e, const char *word)
{
	size_t wl = strlen(word);

	if (!e || !e->names || !e->names->ctr_id[0] || !wl)
		return false;
	if (strcmp(e->names->ctr_name, word) == 0)
		return true;
	return wl >= 4 && strncmp(e->names->ctr_id, word, wl) == 0;
}

/* The UID, the name, or namespace/name. */
bool cg_match_pod(const struct cg_entry *e, const char *word)
{
	const struct cg_names *n = e ? e->names : NULL;
	const char *slash = strchr(word, '/');

	if (!cg_names_pod(n) || !*word)
		return false;
	if (strcmp(n->pod_uid, word) == 0 || strcmp(n->pod_name, word) == 0)
		return true;
	return slash && strlen(n->pod_ns) == (size_t)(slash - word) &&
	       strncmp(n->pod_ns, word, (size_t)(slash - word)) == 0 &&
	       strcmp(n->pod_name, slash + 1) == 0;
}
