/* SPDX-License-Identifier: MIT */
/* cgpath.c - what a cgroup path names: the systemd unit, the container
 * (runtime and id) and the Kubernetes pod UID. Pure string work. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "sockls/cgroup.h"

/* A path component as pointer and length (paths are not modified). */
struct comp {
	const char *s;
	size_t n;
};

static bool ends_with(struct comp c, const char *suf)
{
	size_t k = strlen(suf);
	return c.n >= k && memcmp(c.s + c.n - k, suf, k) == 0;
}

static bool starts_with(struct comp c, const char *pre)
{
	size_t k = strlen(pre);
	return c.n >= k && memcmp(c.s, pre, k) == 0;
}

static bool all_hex(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return false;
	return true;
}

/* A container id: 64 lower-case hex digits (docker, containerd, cri-o, podman). */
static bool is_ctr_id(const char *s, size_t n)
{
	return n == 64 && all_hex(s, n);
}

static void copy(char *dst, size_t cap, const char *s, size_t n)
{
	if (n >= cap)
		n = cap - 1;
	memcpy(dst, s, n);
	dst[n] = '\0';
}

static const struct {
	const char *prefix, *runtime;
} scopes[] = {
	{ "docker-", "docker" },
	{ "libpod-", "podman" },
	{ "cri-containerd-", "containerd" },
	{ "crio-", "cri-o" },
};

/* <runtime-prefix><id>.scope, the systemd cgroup driver's container scope. */
static bool container_scope(struct comp c, struct cg_names *out)
{
	if (!ends_with(c, ".scope"))
		return false;
	for (size_t i = 0; i < sizeof(scopes) / sizeof(scopes[0]); i++) {
		size_t k = strlen(scopes[i].prefix);
		if (!starts_with(c, scopes[i].prefix) || c.n < k + 6)
			continue;
		if (!is_ctr_id(c.s + k, c.n - k - 6))
			continue;
		snprintf(out->runtime, sizeof(out->runtime), "%s", scopes[i].runtime);
		copy(out->ctr_id, sizeof(out->ctr_id), c.s + k, c.n - k - 6);
		return true;
	}
	return false;
}

/* A pod UID as the path spells it: dashes (cgroupfs) or underscores (systemd). */
static bool pod_uid(const char *s, size_t n, struct cg_names *out)
{
	char uid[CG_UID_MAX];

	if (n < 32 || n >= sizeof(uid))
		return false;
	for (size_t i = 0; i < n; i++) {
		char ch = s[i] == '_' ? '-' : s[i];
		if (ch != '-' && !all_hex(&ch, 1))
			return false;
		uid[i] = ch;
	}
	uid[n] = '\0';
	memcpy(out->pod_uid, uid, n + 1);
	return true;
}

/* kubepods[-qos]-pod<uid>.slice (systemd driver) or pod<uid> under kubepods
 * (cgroupfs driver). */
static void pod_comp(struct comp c, bool under_kubepods, struct cg_names *out)
{
	if (starts_with(c, "kubepods") && ends_with(c, ".slice")) {
		const char *p = NULL;
		for (size_t i = 0; i + 4 <= c.n; i++)
			if (memcmp(c.s + i, "-pod", 4) == 0)
				p = c.s + i + 4;
		if (p)
			pod_uid(p, (size_t)(c.s + c.n - 6 - p), out);
	} else if (under_kubepods && starts_with(c, "pod")) {
		pod_uid(c.s + 3, c.n - 3, out);
	}
}

static bool is_unit(struct comp c)
{
	static const char *const suffixes[] = { ".service", ".scope", ".socket", ".mount", ".swap" };

	for (size_t i = 0; i < sizeof(suffixes) / sizeof(suffixes[0]); i++)
		if (ends_with(c, suffixes[i]) && c.n > strlen(suffixes[i]))
			return true;
	return false;
}

/* user@UID.service: the user's own systemd, where rootless containers live.
 * The UID as systemd writes it: decimal, no leading zero. */
static void user_service(struct comp c, struct cg_names *out)
{
	uint64_t uid = 0;
	size_t i;

	if (!starts_with(c, "user@") || !ends_with(c, ".service") || c.n <= 13 ||
	    (c.s[5] == '0' && c.n > 14))
		return;
	for (i = 5; i < c.n - 8; i++) {
		if (c.s[i] < '0' || c.s[i] > '9' || uid > UINT32_MAX / 10)
			return;
		uid = uid * 10 + (uint64_t)(c.s[i] - '0');
	}
	if (uid > UINT32_MAX)
		return;
	out->user_uid = (uint32_t)uid;
	out->user_service = true;
}

static void one_comp(struct comp c, struct comp prev, bool kube, struct cg_names *out)
{
	user_service(c, out);
	if (is_unit(c))
		copy(out->unit, sizeof(out->unit), c.s, c.n);
	if (container_scope(c, out))
		return;
	pod_comp(c, kube, out);
	/* cgroupfs: /docker/<id>, /kubepods/<qos>/pod<uid>/<id> */
	if (is_ctr_id(c.s, c.n) && (kube || (prev.n == 6 && memcmp(prev.s, "docker", 6) == 0))) {
		snprintf(out->runtime, sizeof(out->runtime), "%s", kube ? "" : "docker");
		copy(out->ctr_id, sizeof(out->ctr_id), c.s, c.n);
	}
}

void cg_parse_path(const char *path, struct cg_names *out)
{
	struct comp prev = { "", 0 };
	bool kube = false;

	memset(out, 0, sizeof(*out));
	while (path && *path) {
		struct comp c = { path, strcspn(path, "/") };
		if (c.n) {
			one_comp(c, prev, kube, out);
			if (starts_with(c, "kubepods"))
				kube = true;
			prev = c;
		}
		path += c.n + (path[c.n] == '/');
	}
}

void cg_names_delegate(struct cg_names *n, uint32_t uid)
{
	n->delegated = true;
	n->owner_uid = uid;
	/* its runtime's state is that user's (ctrname reads uid's store) */
	n->user_service = true;
	n->user_uid = uid;
	memset(n->pod_uid, 0, sizeof(n->pod_uid));
	if (strcmp(n->runtime, "podman") != 0) {
		memset(n->runtime, 0, sizeof(n->runtime));
		memset(n->ctr_id, 0, sizeof(n->ctr_id));
	}
}
