/* SPDX-License-Identifier: MIT */
/* count.c - the --count-by mode: the listing's pipeline with the count
 * writers (src/output/count_out.c) in place of the rows, and only the
 * enrichment its keys need: owners for 'process', cgroups for 'unit',
 * 'container' and 'pod', no extension the kernel would have to send. */
#include <stdio.h>
#include <sys/stat.h>

#include "sockls/count.h"
#include "sockls/netns.h"
#include "sockls/run.h"

/* The namespace of a run without --all-netns: the -N name, else "ns:INODE"
 * as --all-netns tags a namespace without a name. */
static const char *own_netns(const struct opts *o, char *buf, size_t cap)
{
	char path[64];
	struct stat st;

	if (o->netns)
		return o->netns;
	if (o->netns_pid)
		snprintf(path, sizeof(path), "/proc/%d/ns/net", o->netns_pid);
	else
		snprintf(path, sizeof(path), "/proc/thread-self/ns/net");
	if (stat(path, &st) < 0)
		return NULL;
	snprintf(buf, cap, "ns:%llu", (unsigned long long)st.st_ino);
	return buf;
}

int run_count(const struct opts *o, run_say_fn say)
{
	struct opts c = *o;
	struct count_keys keys;
	char msg[400], tag[NETNS_TAG_MAX];

	if (count_keys_parse(o->count_by, &keys, msg, sizeof(msg)) < 0) {
		say("%s", msg);
		return 2;
	}
	keys.numeric = o->ext & EXT_NUMERIC;
	/* no column is shown: -p's peers, -i's tcp_info and the like would be cost alone */
	c.ext &= EXT_NUMERIC | EXT_IANA;
	c.owners = count_keys_need_owners(&keys);
	c.cgroups = count_keys_need_cgroups(&keys);
	c.count = &keys;
	c.count_netns = own_netns(o, tag, sizeof(tag));
	return run_listing(&c, say);
}
