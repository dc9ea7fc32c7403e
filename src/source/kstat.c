/* SPDX-License-Identifier: MIT */
/* kstat.c - the listen overflow/drop and other TCP/UDP counters of
 * /proc/net/netstat and /proc/net/snmp (per network namespace) as metrics;
 * source/counters.c reads and parses the files. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sockls/counters.h"
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

static void field_cb(const struct counter_field *f, void *data)
{
	struct kstat *k = data;
	int i = def_index(f->group, f->glen, f->name, f->nlen);
	uint64_t x;

	/* Some counters (Tcp MaxConn) are -1: not ours, and skipped. */
	if (i < 0 || num_parse(f->val, f->vlen, 10, UINT64_MAX, &x) < 0)
		return;
	k->v[i] = x;
	k->have |= 1u << i;
}

int kstat_parse(const char *text, struct kstat *k)
{
	return counters_parse_table(text, strlen(text), field_cb, k);
}

/* Both files are a few KiB. */
#define KSTAT_FILE_MAX (64u << 10)

int kstat_read(const char *proc_root, struct kstat *k)
{
	static const char *const files[] = { "netstat", "snmp" };
	char *text = malloc(KSTAT_FILE_MAX);
	size_t len;
	int err = 0;

	if (!text)
		return -ENOMEM;
	memset(k, 0, sizeof(*k));
	for (size_t i = 0; i < 2 && !err; i++) {
		err = counters_read(proc_root, files[i], text, KSTAT_FILE_MAX, &len, NULL);
		if (err == -ENOENT) {
			err = 0;
			continue;
		}
		if (!err)
			err = counters_parse_table(text, len, field_cb, k);
	}
	free(text);
	return err;
}
