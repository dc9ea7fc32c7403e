/* SPDX-License-Identifier: MIT */
/* kstat.h - the kernel's TCP/UDP counters that ss -s and netstat -s users watch
 * (/proc/net/netstat and /proc/net/snmp), as metrics with names and help. */
#ifndef SOCKLS_KSTAT_H
#define SOCKLS_KSTAT_H

#include <stdbool.h>
#include <stdint.h>

/* One counter: the group and field of the /proc file and its metric name. */
struct kstat_def {
	const char *group;   /* "TcpExt", "Tcp", "Udp" */
	const char *field;   /* "ListenOverflows", ... */
	const char *metric;  /* "sockls_tcp_listen_overflows_total" */
	const char *help;
};

#define KSTAT_MAX 20

struct kstat {
	uint64_t v[KSTAT_MAX];
	uint32_t have;       /* bit i: v[i] was read */
};

/* The table and its length. */
const struct kstat_def *kstat_defs(unsigned int *n);
/* Parses one file's text ("Group: names\nGroup: values\n" pairs) into *k,
 * setting the have bits of the counters found. -EINVAL if a pair is malformed. */
int kstat_parse(const char *text, struct kstat *k);
/* Reads <proc_root>/net/netstat and net/snmp (proc_root NULL = "/proc") into
 * *k (cleared first). A missing file reads as no counters; 0 or -errno. */
int kstat_read(const char *proc_root, struct kstat *k);

#endif
