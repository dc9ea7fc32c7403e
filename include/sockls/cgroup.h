/* SPDX-License-Identifier: MIT */
/* cgroup.h - the cgroup of a socket: cgroup2 ids mapped to paths, and the
 * systemd unit, container and Kubernetes pod a path names. */
#ifndef SOCKLS_CGROUP_H
#define SOCKLS_CGROUP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define CG_UNIT_MAX 256
#define CG_ID_MAX 65    /* 64 hex digits of a container id, plus NUL */
#define CG_UID_MAX 37   /* a pod UID in its dashed form, plus NUL */
#define CG_NAME_MAX 256

/* What a cgroup path says; "" is unknown. */
struct cg_names {
	char unit[CG_UNIT_MAX];       /* innermost systemd unit: x.service, docker-<id>.scope */
	char runtime[16];             /* docker, podman, containerd, cri-o; "" with an id: unknown */
	char ctr_id[CG_ID_MAX];       /* container id, lower-case hex */
	char ctr_name[CG_NAME_MAX];   /* from the runtime's or the kubelet's local state */
	char pod_uid[CG_UID_MAX];     /* Kubernetes pod UID */
	char pod_ns[CG_NAME_MAX];     /* from /var/log/pods, the runtime's state or
				       * /var/log/containers */
	char pod_name[CG_NAME_MAX];
	uint32_t user_uid;            /* with user_service: the UID of user@UID.service */
	bool user_service;            /* under a user's systemd (rootless containers) */
	uint32_t owner_uid;           /* with delegated: the owner of the subtree */
	bool delegated;               /* a directory on the path is a user's, not the root's owner's */
};

/* One cgroup as the rows see it. */
struct cg_entry {
	uint64_t id;          /* cgroup2 inode; 0 when known only by path */
	char *path;           /* "/system.slice/x.service", relative to the cgroup2 root */
	struct cg_names *names; /* filled on first use */
};

/* Pure: the unit, container and pod named by path; fields it does not name
 * are left "". Local state (names) is not read here. */
void cg_parse_path(const char *path, struct cg_names *out);

/* A path inside a subtree delegated to uid (a directory on it that uid owns,
 * not the owner of the hierarchy's root): its user made every name below, so only what that user's own
 * runtime makes is believed, a rootless podman container, labelled as uid's;
 * a docker, containerd or cri-o scope or a pod there is just a name. Pure. */
void cg_names_delegate(struct cg_names *n, uint32_t uid);

struct cg_index; /* opaque */

/* Indexes the cgroup2 hierarchy under root (NULL: find the cgroup2 mount in
 * proc_root/self/mountinfo). -ENOENT: no cgroup2 mounted (the index is still
 * made and answers the /proc/PID/cgroup fallback). */
int cg_index_build(const char *proc_root, const char *root, struct cg_index **out);
void cg_index_free(struct cg_index *ix);

/* Where the runtime and kubelet state is read (tests point it elsewhere);
 * "" or NULL is "/". */
void cg_index_set_state_root(struct cg_index *ix, const char *root);

/* The cgroup of a cgroup2 id, NULL unknown; names filled. */
const struct cg_entry *cg_lookup_id(struct cg_index *ix, uint64_t id);
/* The entry cg_lookup_id() gives for a cgroup removed since the socket was
 * made (its id is older than the newest directory and no directory has it):
 * labelled "deleted", no names, matches no --unit/--container/--pod. */
bool cg_is_deleted(const struct cg_entry *e);
/* The cgroup of a process (from /proc/PID/cgroup), NULL unknown; cached per pid. */
const struct cg_entry *cg_lookup_pid(struct cg_index *ix, int32_t pid);

/* The cgroup2 id of a directory path given as the kernel shows it
 * ("/system.slice/x.service", relative to the cgroup2 root) or absolute under
 * the mount; -ENOENT when there is none. */
int cg_path_id(const char *path, uint64_t *id);

/* The one rule for "in a pod", read by the table, JSON, --pod and the
 * namespace owner alike: the cgroup path names a pod UID (a kubepods cgroup).
 * Pod names a runtime's state gives a container outside kubepods make no pod. */
static inline bool cg_names_pod(const struct cg_names *n)
{
	return n && n->pod_uid[0];
}

/* The label of the table column: "pod:ns/name", "ctr:docker/3f2a1b9c",
 * "unit:x.service", else the path; NULL with no entry. */
const char *cg_label(const struct cg_entry *e, char *buf, size_t cap);

/* Filters of --unit, --container, --pod: does e match the word? */
bool cg_match_unit(const struct cg_entry *e, const char *word);
bool cg_match_container(const struct cg_entry *e, const char *word);
bool cg_match_pod(const struct cg_entry *e, const char *word);
/* Does any cgroup of the walked hierarchy match word? True when the index
 * cannot tell (no cgroup2 mount walked). */
bool cg_index_has(struct cg_index *ix, bool (*match)(const struct cg_entry *, const char *),
		  const char *word);
/* How many directories of the hierarchy could not be walked into (not ours
 * to read, or nested too deep): a name cg_index_has() missed may be there. */
unsigned long cg_index_unread(const struct cg_index *ix);

#endif
