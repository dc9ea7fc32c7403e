/* SPDX-License-Identifier: MIT */
/* kstat.c - reads the listen overflow/drop and other TCP/UDP counters from
 * /proc/net/netstat and /proc/net/snmp (per network namespace). */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/file.h"
#include "sockls/kstat.h"
#include "sockls/num.h"

static const struct kstat_def defs[] = {
	{ "TcpExt", "ListenOverflows", "sockls_tcp_listen_overflows_total",
	  "Times a listener's accept queue was full (TcpExt ListenOverflows)." },
	{ "TcpExt", "ListenDrops", "sockls_tcp_listen_drops_total",
	  "Connection requests dropped by listeners (TcpExt ListenDrops)." },
	{ "TcpExt", "TCPBacklogDrop", "sockls_tcp_backlog_drops_total",
	  "Segments dropped because the socket backlog was full (TcpExt TCPBacklogDrop)." },
	{ "TcpExt", "TCPReqQFullDrop", "sockls_tcp_reqq_full_drops_total",
	  "SYNs dropped because the request queue was full (TcpExt TCPReqQFullDrop)." },
	{ "TcpExt", "TCPReqQFullDoCookies", "sockls_tcp_reqq_full_do_cookies_total",
	  "SYNs answered with a cookie because the request queue was full (TcpExt TCPReqQFullDoCookies)." },
	{ "TcpExt", "SyncookiesSent", "sockls_tcp_syncookies_sent_total",
	  "SYN cookies sent (TcpExt SyncookiesSent)." },
	{ "TcpExt", "TCPTimeWaitOverflow", "sockls_tcp_timewait_overflows_total",
	  "TIME_WAIT sockets not created because tcp_max_tw_buckets was reached." },
	{ "Tcp", "ActiveOpens", "sockls_tcp_active_opens_total",
	  "TCP connections opened by connect() (Tcp ActiveOpens)." },
	{ "Tcp", "PassiveOpens", "sockls_tcp_passive_opens_total",
	  "TCP connections accepted (Tcp PassiveOpens)." },
	{ "Tcp", "AttemptFails", "sockls_tcp_attempt_fails_total",
	  "Failed TCP connection attempts (Tcp AttemptFails)." },
	{ "Tcp", "EstabResets", "sockls_tcp_estab_resets_total",
	  "Established TCP connections reset (Tcp EstabResets)." },
	{ "Tcp", "RetransSegs", "sockls_tcp_retrans_segments_total",
	  "TCP segments retransmitted (Tcp RetransSegs)." },
	{ "Tcp", "InErrs", "sockls_tcp_in_errors_total",
	  "TCP segments received in error (Tcp InErrs)." },
	{ "Tcp", "OutRsts", "sockls_tcp_out_resets_total",
	  "TCP resets sent (Tcp OutRsts)." },
	{ "Udp", "NoPorts", "sockls_udp_no_ports_total",
	  "UDP datagrams to a port with no socket (Udp NoPorts)." },
	{ "Udp", "InErrors", "sockls_udp_in_errors_total",
	  "UDP datagrams received in error (Udp InErrors)." },
	{ "Udp", "RcvbufErrors", "sockls_udp_rcvbuf_errors_total",
	  "UDP datagrams dropped for a full receive buffer (Udp RcvbufErrors)." },
	{ "Udp", "SndbufErrors", "sockls_udp_sndbuf_errors_total",
	  "UDP datagrams not sent for a full send buffer (Udp SndbufErrors)." },
};

_Static_assert(sizeof(defs) / sizeof(defs[0]) <= KSTAT_MAX, "KSTAT_MAX too small");

const struct kstat_def *kstat_defs(unsigned int *n)
{
	*n = sizeof(defs) / sizeof(defs[0]);
	return defs;
}

static int def_index(const char *group, size_t glen, const char *field, size_t flen)
{
	for (unsigned int i = 0; i < sizeof(defs) / sizeof(defs[0]); i++)
		if (strlen(defs[i].group) == glen && !memcmp(defs[i].group, group, glen) &&
		    strlen(defs[i].field) == flen && !memcmp(defs[i].field, field, flen))
			return (int)i;
	return -1;
}

/* Next whitespace-separated token of [*p, end): start and length, or 0 at end of line. */
static size_t token(const char **p, const char *end, const char **start)
{
	const char *s = *p;
	while (s < end && *s == ' ')
		s++;
	*start = s;
	while (s < end && *s != ' ')
		s++;
	*p = s;
	return (size_t)(s - *start);
}

/* names and values: the two lines of one group, without "Group:". */
static int parse_pair(const char *group, size_t glen, const char *names, const char *nend,
		      const char *vals, const char *vend, struct kstat *k)
{
	const char *n, *v;
	size_t nl, vl;

	while ((nl = token(&names, nend, &n)) > 0) {
		if ((vl = token(&vals, vend, &v)) == 0)
			return -EINVAL;
		int i = def_index(group, glen, n, nl);
		uint64_t x;
		/* Some counters (Tcp MaxConn) are -1: not ours, and skipped. */
		if (i < 0 || num_parse(v, vl, 10, UINT64_MAX, &x) < 0)
			continue;
		k->v[i] = x;
		k->have |= 1u << i;
	}
	return 0;
}

int kstat_parse(const char *text, struct kstat *k)
{
	const char *p = text;

	while (*p) {
		const char *e1 = strchr(p, '\n');
		if (!e1)
			return 0;
		const char *l2 = e1 + 1, *e2 = strchr(l2, '\n');
		const char *c1 = memchr(p, ':', (size_t)(e1 - p));
		if (!e2)
			e2 = l2 + strlen(l2);
		const char *c2 = memchr(l2, ':', (size_t)(e2 - l2));
		if (!c1 || !c2 || c1 - p != c2 - l2 || memcmp(p, l2, (size_t)(c1 - p)) != 0)
			return -EINVAL;
		int err = parse_pair(p, (size_t)(c1 - p), c1 + 1, e1, c2 + 1, e2, k);
		if (err)
			return err;
		p = *e2 ? e2 + 1 : e2;
	}
	return 0;
}

/* Both files are a few KiB. */
#define KSTAT_FILE_MAX (64u << 10)

int kstat_read(const char *proc_root, struct kstat *k)
{
	static const char *const files[] = { "netstat", "snmp" };
	const char *root = proc_root ? proc_root : "/proc";
	char path[PATH_MAX];
	char *text = malloc(KSTAT_FILE_MAX);
	size_t len;
	int err = 0;

	if (!text)
		return -ENOMEM;
	memset(k, 0, sizeof(*k));
	for (size_t i = 0; i < 2 && !err; i++) {
		int n = snprintf(path, sizeof(path), "%s/net/%s", root, files[i]);
		if (n < 0 || (size_t)n >= sizeof(path)) {
			err = -ENAMETOOLONG;
			break;
		}
		err = file_read_small(path, text, KSTAT_FILE_MAX, &len);
		if (err == -ENOENT) {
			err = 0;
			continue;
		}
		if (!err)
			err = kstat_parse(text, k);
	}
	free(text);
	return err;
}
