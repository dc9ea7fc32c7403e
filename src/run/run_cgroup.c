/* SPDX-License-Identifier: MIT */
/* run_cgroup.c - the cgroup side of a run: the index (--cgroup, --unit,
 * --container, --pod), those filters on the enriched row, and the cgroup a
 * 'cgroup PATH' term sees for a socket the kernel gave no cgroup id (UNIX, the
 * /proc source, kernels before 5.8): its first owner's, as the column shows. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "run_int.h"

bool run_wants_cgroup(const struct opts *o)
{
	return (o->ext & EXT_CGROUP) || o->unit || o->container || o->pod || o->cgroups;
}

/* --unit, --container, --pod: user space only, on the enriched row. */
bool run_cgroup_ok(const struct run *r, const struct sock_row *row)
{
	const struct opts *o = r->o;

	if (!run_wants_cgroup(o))
		return true;
	return (!o->unit || cg_match_unit(row->cgroup, o->unit)) &&
	       (!o->container || cg_match_container(row->cgroup, o->container)) &&
	       (!o->pod || cg_match_pod(row->cgroup, o->pod));
}

/* The index; -ENOENT (no cgroup2) still leaves one: owners' /proc/PID/cgroup answer. */
static int build_index(struct run *r)
{
	int err = cg_index_build(r->o->proc_root, getenv("SOCKLS_CGROUP_ROOT"), &r->cg.index);

	if (!r->cg.index)
		return err;
	cg_index_set_state_root(r->cg.index, getenv("SOCKLS_STATE_ROOT"));
	return 0;
}

/* A --unit, --container or --pod that no cgroup on the host has: said, exit
 * 1, rather than an empty table that looks like "no sockets". */
static int name_exists(struct run *r)
{
	static const char *const what[] = { "unit", "container", "pod" };
	bool (*const match[])(const struct cg_entry *, const char *) = {
		cg_match_unit, cg_match_container, cg_match_pod,
	};
	const char *word[] = { r->o->unit, r->o->container, r->o->pod };

	for (size_t i = 0; i < 3; i++) {
		unsigned long unread = cg_index_unread(r->cg.index);

		if (!word[i] || !r->cg.index || cg_index_has(r->cg.index, match[i], word[i]))
			continue;
		if (unread)
			r->say("no %s named '%s' among the cgroups that could be read (%lu "
			       "directories of the hierarchy could not be): nothing listed",
			       what[i], word[i], unread);
		else
			r->say("no %s named '%s' on this host (no cgroup matches --%s): nothing "
			       "listed", what[i], word[i], what[i]);
		return 1;
	}
	return 0;
}

int run_open_cgroups(struct run *r)
{
	int err;

	r->cg.filter_cg = filter_uses_cgroup(r->filter);
	/* --prometheus: the unit label, when the index can be made */
	if (!run_wants_cgroup(r->o) && !r->o->all_netns && (!r->o->prometheus || r->o->count))
		return 0;
	/* --all-netns alone: the namespaces' owners, if the index can be made */
	if ((err = build_index(r)) < 0 && run_wants_cgroup(r->o)) {
		r->say("cannot index the cgroup hierarchy: %s", strerror(-err));
		return 1;
	}
	return name_exists(r);
}

/* The owners and the index, made the first time a record needs them; the
 * enricher then takes its cgroup from its owner too. */
static bool lazy_owners(struct run *r)
{
	struct run_owners *ow = &r->owners;

	if (ow->all && r->cg.index)
		return true;
	if (r->cg.lazy_failed)
		return false;
	if ((!ow->all && procmap_build(r->o->proc_root, &ow->all, NULL) < 0) ||
	    (!r->cg.index && build_index(r) < 0)) {
		r->cg.lazy_failed = true;
		if (r->o->verbose)
			r->say("the owners of sockets without a cgroup id are unknown");
		return false;
	}
	enricher_set_owners(r->en, ow->all);
	return true;
}

/* A socket with an owner but no cgroup id from the kernel. */
static bool wants_owner_cgroup(const struct run *r, const struct sock_rec *rec)
{
	return (r->cg.filter_cg || run_wants_cgroup(r->o)) && !(rec->have & HAVE_CGROUP) &&
	       (rec->have & HAVE_INODE) && rec->inode;
}

/* The namespace's lowest pid is most often the one that made it: a
 * container's init or a pod's pause process. A namespace entered later by a
 * host process with a lower pid (pid numbers wrap) is shown with no owner,
 * never a wrong one; a host namespace's first process is no container's. */
const struct cg_entry *run_netns_owner(struct run *r, const struct netns_entry *e)
{
	const struct cg_entry *c;

	if (!r->cg.index || e->pid <= 0 || !(c = cg_lookup_pid(r->cg.index, e->pid)) || !c->names)
		return NULL;
	return c->names->ctr_id[0] || cg_names_pod(c->names) ? c : NULL;
}

bool run_cgroup_need(struct run *r, const struct sock_rec *rec)
{
	return wants_owner_cgroup(r, rec) && lazy_owners(r);
}

const struct sock_rec *run_cgroup_view(struct run *r, const struct sock_row *row, bool owned)
{
	const struct sock_rec *rec = row->rec;
	const struct sock_owner *ow;
	const struct cg_entry *e = row->cgroup; /* the early enrichment's, when it has the index */
	size_t n;

	if (!owned || !r->cg.filter_cg)
		return rec; /* owners made for the enricher, if it needs them */
	if (!e && (!(ow = procmap_lookup(r->owners.all, rec->inode, &n)) || !n ||
		   !(e = cg_lookup_pid(r->cg.index, ow[0].pid))))
		return rec;
	if (!e->id)
		return rec;
	memcpy(&r->cg.rec, rec, sizeof(r->cg.rec));
	r->cg.rec.cgroup_id = e->id;
	r->cg.rec.have |= HAVE_CGROUP;
	return &r->cg.rec;
}
