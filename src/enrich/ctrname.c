/* SPDX-License-Identifier: MIT */
/* ctrname.c - container and pod names from the runtimes' and the kubelet's
 * local state: docker's config.v2.json, containers-storage's containers.json
 * (podman, rootful and rootless), cri-o's and containerd's OCI config.json
 * annotations, the kubelet's /var/log/containers and /var/log/pods names.
 * Each file goes through the bounded reader; each JSON through jscan. */
#include <dirent.h>
#include <errno.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sockls/ctrname.h"
#include "sockls/file.h"
#include "sockls/jscan.h"

#define LONGPATH (2 * FILE_PATH_MAX)
#define CTR_NS_MAX 64       /* containerd namespaces looked into */

/* A containers.json read once per run (a system one and one user's). */
struct list_doc {
	char path[LONGPATH];
	char *buf;
	size_t len;
	int err;
};

struct ctr_state {
	char root[FILE_PATH_MAX]; /* "" is "/" */
	struct list_doc lists[2];
	unsigned int next;
};

struct ctr_state *ctr_state_new(const char *root)
{
	struct ctr_state *st = calloc(1, sizeof(*st));

	if (st)
		snprintf(st->root, sizeof(st->root), "%s", root && strcmp(root, "/") != 0 ? root : "");
	return st;
}

void ctr_state_free(struct ctr_state *st)
{
	if (!st)
		return;
	for (int i = 0; i < 2; i++)
		free(st->lists[i].buf);
	free(st);
}

/* A path, or false when it does not fit (a cut path would name another file). */
__attribute__((format(printf, 3, 4)))
static bool mkpath(char *buf, size_t cap, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, cap, fmt, ap);
	va_end(ap);
	return n >= 0 && (size_t)n < cap;
}

/* Only a non-empty name, and only where none is known yet. */
static void fill(char *dst, size_t cap, const char *v)
{
	if (!dst[0] && v[0])
		snprintf(dst, cap, "%s", v);
}

/* The OCI config's annotations: the container, then the pod. */
static void from_config(const char *path, const char *const keys[3], struct cg_names *nm)
{
	char *doc, v[CG_NAME_MAX];
	char *const dst[3] = { nm->ctr_name, nm->pod_name, nm->pod_ns };
	size_t len;

	if (file_read_alloc(path, CTR_CONFIG_MAX, &doc, &len) < 0)
		return;
	for (int i = 0; i < 3; i++) {
		const char *p[2] = { "annotations", keys[i] };
		if (keys[i] && jscan_path(doc, len, p, 2, v, sizeof(v)) == 0)
			fill(dst[i], CG_NAME_MAX, v);
	}
	free(doc);
}

/* docker: "Name": "/web" in containers/<id>/config.v2.json. */
static void docker(const struct ctr_state *st, struct cg_names *nm)
{
	char path[LONGPATH], v[CG_NAME_MAX], *doc;
	const char *key[1] = { "Name" };
	size_t len;

	if (!mkpath(path, sizeof(path), "%s/var/lib/docker/containers/%s/config.v2.json",
		    st->root, nm->ctr_id) || file_read_alloc(path, CTR_CONFIG_MAX, &doc, &len) < 0)
		return;
	if (jscan_path(doc, len, key, 1, v, sizeof(v)) == 0)
		fill(nm->ctr_name, sizeof(nm->ctr_name), v[0] == '/' ? v + 1 : v);
	free(doc);
}

static const struct list_doc *list_at(struct ctr_state *st, const char *path)
{
	struct list_doc *d;

	for (int i = 0; i < 2; i++)
		if (strcmp(st->lists[i].path, path) == 0)
			return &st->lists[i];
	d = &st->lists[st->next++ % 2];
	free(d->buf);
	memcpy(d->path, path, strlen(path) + 1);
	d->err = file_read_alloc(path, CTR_LIST_MAX, &d->buf, &d->len);
	return d;
}

/* The user's home from the password database, for rootless storage. */
static int user_home(uint32_t uid, char *out, size_t cap)
{
	struct passwd pw, *res = NULL;
	char buf[16384];

	if (getpwuid_r((uid_t)uid, &pw, buf, sizeof(buf), &res) != 0 || !res || !pw.pw_dir ||
	    pw.pw_dir[0] != '/' || strlen(pw.pw_dir) >= cap)
		return -ENOENT;
	snprintf(out, cap, "%s", pw.pw_dir);
	return 0;
}

/* podman: containers-storage's containers.json, {"id": ID, "names": ["web"]};
 * under user@UID.service the user's rootless store first. */
static void podman(struct ctr_state *st, struct cg_names *nm)
{
	static const char rel[] = "containers/storage/overlay-containers/containers.json";
	char path[LONGPATH], home[FILE_PATH_MAX], v[CG_NAME_MAX];
	const struct list_doc *d;

	for (int pass = 0; pass < 2 && !nm->ctr_name[0]; pass++) {
		if (pass == 0 && (!nm->user_service || user_home(nm->user_uid, home, sizeof(home)) < 0))
			continue;
		if (!(pass == 0 ? mkpath(path, sizeof(path), "%s%s/.local/share/%s", st->root, home, rel) :
		      mkpath(path, sizeof(path), "%s/var/lib/%s", st->root, rel)))
			continue;
		d = list_at(st, path);
		if (d->err == 0 &&
		    jscan_array_find(d->buf, d->len, "id", nm->ctr_id, "names", v, sizeof(v)) == 0)
			fill(nm->ctr_name, sizeof(nm->ctr_name), v);
	}
}

/* cri-o: the bundle's userdata/config.json, under the run root or the graph root. */
static void crio(const struct ctr_state *st, struct cg_names *nm)
{
	static const char *const keys[3] = { "io.kubernetes.container.name",
					     "io.kubernetes.pod.name", "io.kubernetes.pod.namespace" };
	static const char *const dirs[] = { "run", "var/lib" };
	char path[LONGPATH];

	for (size_t i = 0; i < 2 && !nm->ctr_name[0]; i++) {
		if (mkpath(path, sizeof(path),
			   "%s/%s/containers/storage/overlay-containers/%s/userdata/config.json",
			   st->root, dirs[i], nm->ctr_id))
			from_config(path, keys, nm);
	}
}

/* containerd: the task bundle's config.json in each containerd namespace
 * (k8s.io, default, moby, ...); CRI annotations, else nerdctl's name. */
static void containerd(const struct ctr_state *st, struct cg_names *nm)
{
	static const char *const cri[3] = { "io.kubernetes.cri.container-name",
					    "io.kubernetes.cri.sandbox-name",
					    "io.kubernetes.cri.sandbox-namespace" };
	static const char *const nerdctl[3] = { "nerdctl/name", NULL, NULL };
	char dir[LONGPATH], path[3 * FILE_PATH_MAX];
	struct dirent *de;
	DIR *d;
	int n = 0;

	if (!mkpath(dir, sizeof(dir), "%s/run/containerd/io.containerd.runtime.v2.task", st->root) ||
	    !(d = opendir(dir)))
		return;
	while (!nm->ctr_name[0] && n++ < CTR_NS_MAX && (de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		if (!mkpath(path, sizeof(path), "%s/%s/%s/config.json", dir, de->d_name, nm->ctr_id) ||
		    access(path, F_OK) != 0)
			continue;
		from_config(path, cri, nm);
		if (!nm->ctr_name[0])
			from_config(path, nerdctl, nm);
	}
	closedir(d);
}

/* The kubelet's /var/log/containers/<pod>_<namespace>_<container>-<id>.log
 * (symlinks; only their names are read), for any CRI runtime. */
static void kubelet(const struct ctr_state *st, struct cg_names *nm)
{
	char dir[LONGPATH], tail[CG_ID_MAX + 8];
	size_t tl = (size_t)snprintf(tail, sizeof(tail), "-%s.log", nm->ctr_id);
	struct dirent *de;
	DIR *d;
	int n = 0;

	if (!mkpath(dir, sizeof(dir), "%s/var/log/containers", st->root) || !(d = opendir(dir)))
		return;
	while (n++ < CTR_DIR_MAX && (de = readdir(d))) {
		size_t len = strlen(de->d_name);
		char *ns, *ctr;
		if (len <= tl || strcmp(de->d_name + len - tl, tail) != 0)
			continue;
		de->d_name[len - tl] = '\0';
		if (!(ns = strchr(de->d_name, '_')) || !(ctr = strchr(ns + 1, '_')) ||
		    ns == de->d_name || ctr == ns + 1 || !ctr[1])
			continue;
		*ns++ = '\0';
		*ctr++ = '\0';
		fill(nm->ctr_name, sizeof(nm->ctr_name), ctr);
		fill(nm->pod_name, sizeof(nm->pod_name), de->d_name);
		fill(nm->pod_ns, sizeof(nm->pod_ns), ns);
		break;
	}
	closedir(d);
}

/* The kubelet keeps /var/log/pods/<namespace>_<name>_<uid>. */
static void pod_dir(const struct ctr_state *st, struct cg_names *nm)
{
	char path[LONGPATH];
	size_t ulen = strlen(nm->pod_uid);
	struct dirent *de;
	DIR *d;
	int n = 0;

	if (!mkpath(path, sizeof(path), "%s/var/log/pods", st->root) || !(d = opendir(path)))
		return;
	while (n++ < CTR_DIR_MAX && (de = readdir(d))) {
		size_t len = strlen(de->d_name);
		char *us = strchr(de->d_name, '_');
		if (len <= ulen + 1 || strcmp(de->d_name + len - ulen, nm->pod_uid) != 0 ||
		    de->d_name[len - ulen - 1] != '_' || !us || us >= de->d_name + len - ulen - 1)
			continue;
		de->d_name[len - ulen - 1] = '\0';
		*us = '\0';
		snprintf(nm->pod_ns, sizeof(nm->pod_ns), "%s", de->d_name);
		snprintf(nm->pod_name, sizeof(nm->pod_name), "%s", us + 1);
		break;
	}
	closedir(d);
}

void ctr_state_names(struct ctr_state *st, struct cg_names *nm)
{
	const char *rt = nm->runtime;

	if (nm->pod_uid[0])
		pod_dir(st, nm);
	if (!nm->ctr_id[0])
		return;
	if (strcmp(rt, "docker") == 0)
		docker(st, nm);
	else if (strcmp(rt, "podman") == 0)
		podman(st, nm);
	if (strcmp(rt, "containerd") == 0 || !rt[0])
		containerd(st, nm);
	if (strcmp(rt, "cri-o") == 0 || !rt[0])
		crio(st, nm);
	/* any CRI runtime, or one the path did not name */
	if ((!nm->ctr_name[0] || !nm->pod_name[0]) && strcmp(rt, "docker") != 0 &&
	    strcmp(rt, "podman") != 0)
		kubelet(st, nm);
}
