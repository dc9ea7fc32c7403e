/* SPDX-License-Identifier: MIT */
/* run_kernel.c - what the kernel says of a namespace besides its sockets:
 * -s's counters (sockstat, snmp), the ephemeral port range and its settings,
 * --prometheus's counters; all in r->kernel. */
#include <errno.h>

#include "sockls/file.h"

#include "run_int.h"

int run_kernel_counters(struct run *r)
{
	struct run_kernel *k = &r->kernel;
	struct file_fail ff;
	char msg[FILE_PATH_MAX + 128];
	int err;

	if (!r->o->summary)
		return 0;
	err = summary_read_sockstat(r->o->proc_root, &k->sum, &ff);
	if (err >= 0 || err == -ENOENT)
		err = summary_read_snmp(r->o->proc_root, &k->sum, &ff);
	if (err < 0 && err != -ENOENT) {
		r->say("%s", file_fail_msg(&ff, msg, sizeof(msg)));
		return 1;
	}
	return 0;
}

int run_kernel_range(struct run *r, struct file_fail *ff)
{
	struct run_kernel *k = &r->kernel;
	int err = eph_read(r->o->proc_root, &k->eph, ff);

	k->have_eph = err == 0;
	return err;
}

void run_kernel_netns(struct run *r, struct writer_ns *ns)
{
	struct run_kernel *k = &r->kernel;

	ns->eph = k->have_eph ? &k->eph : NULL;
	ns->set = &k->eph_set;
	eph_read_settings(r->o->proc_root, &k->eph_set);
	if (r->o->prometheus && !r->o->count) {
		k->have_kstat = kstat_read(r->o->proc_root, &k->kstat) == 0;
		ns->kstat = k->have_kstat ? &k->kstat : NULL;
	}
}
