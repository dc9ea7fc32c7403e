/* SPDX-License-Identifier: MIT */
/* ctrname.h - container and pod names from the local state of docker,
 * podman (rootful and rootless), containerd, cri-o and the kubelet: files
 * only, never an API. Every name is outside input: callers escape it. */
#ifndef SOCKLS_CTRNAME_H
#define SOCKLS_CTRNAME_H

#include <stddef.h>

#include "sockls/cgroup.h"

/* Caps on what is read: one container's config, containers-storage's list
 * of every container, entries of a state directory. */
#define CTR_CONFIG_MAX (4u << 20)
#define CTR_LIST_MAX (16u << 20)
#define CTR_DIR_MAX 65536

struct ctr_state; /* opaque: the root and the lists read so far */

/* root stands for "/" (tests point it at a made-up tree); NULL or "" is "/".
 * NULL with errno ENOMEM. */
struct ctr_state *ctr_state_new(const char *root);
void ctr_state_free(struct ctr_state *st);

/* Fills nm->ctr_name (nm->ctr_id and runtime from the cgroup path) and, when
 * the state says, nm->pod_ns/pod_name (nm->pod_uid from the path). Names
 * the state does not give stay "". Files that are missing, not regular,
 * over their cap or not JSON give nothing. */
void ctr_state_names(struct ctr_state *st, struct cg_names *nm);

#endif
