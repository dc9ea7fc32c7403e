/* SPDX-License-Identifier: MIT */
/* proc.h - the /proc/net source: line parsers for tcp/udp/raw{,6}, unix, packet,
 * netlink and sctp/{eps,assocs}, and a streaming reader. */
#ifndef SOCKLS_PROC_H
#define SOCKLS_PROC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sockls/file.h"
#include "sockls/query.h"
#include "sockls/sock.h"

/* proc_parse_*_line() result for the column-title line ("  sl  local_address ..."
 * or "Num       RefCount ..."): not a record and not an error. */
#define PROC_PARSE_HEADER 1

/* /proc prints timers with jiffies_to_clock_t(), i.e. in USER_HZ ticks, which
 * is 100 on every architecture sockls targets (alpha's 1024 is not one). */
#define PROC_USER_HZ 100

/* Lines longer than this are not kernel output: the longest real line is a
 * unix line with a 108-byte path (~180 bytes); tcp lines are padded to 149.
 * SCTP lines list every address of an association and may be as long as the
 * file reader allows (FILE_LINE_MAX). */
#define PROC_LINE_MAX 512

#define PROC_FILE_MAX 4096

/* Byte cap on a /proc/net file that is a regular file (a copy in a
 * --proc-root bundle): ~7M TCP lines. The kernel's own files are not capped. */
#define PROC_FILE_CAP (1ull << 30)

/* One line of /proc/net/{tcp,tcp6,udp,udp6,raw,raw6} (the same layout for all:
 * sl, local, remote, st, tx:rx, tr:when, retrnsmt, uid, timeout, inode, ...).
 * proto is PROTO_TCP/UDP/RAW, family AF_INET or AF_INET6 (it fixes the address
 * width: 8 or 32 hex digits). A trailing '\n' is allowed; len excludes any NUL.
 * Fills *rec completely (zeroed first). Returns 0, PROC_PARSE_HEADER, or
 * -EINVAL for anything the kernel would not print (rec is then unspecified). */
int proc_parse_inet_line(const char *line, size_t len, unsigned int proto,
			 unsigned int family, struct sock_rec *rec);

/* One line of /proc/net/unix ("Num RefCount Protocol Flags Type St Inode Path").
 * A path starting with '@' is taken as abstract and stored with a leading NUL
 * (as unix_diag gives it); /proc prints every NUL of an abstract name as '@',
 * so only the first one can be restored. Returns as proc_parse_inet_line(). */
int proc_parse_unix_line(const char *line, size_t len, struct sock_rec *rec);

/* One line of /proc/net/packet ("sk RefCnt Type Proto Iface R Rmem User Inode")
 * and of /proc/net/netlink ("sk Eth Pid Groups Rmem Wmem Dump Locks Drops
 * Inode"): the kinds' fields as packet_diag/netlink_diag give them (a netlink
 * socket's type and peer are not in the file). Returns as proc_parse_inet_line(). */
int proc_parse_packet_line(const char *line, size_t len, struct sock_rec *rec);
int proc_parse_netlink_line(const char *line, size_t len, struct sock_rec *rec);

/* One line of /proc/net/sctp/eps (" ENDPT SOCK STY SST HBKT LPORT UID INODE
 * LADDRS": the listening endpoints) and of /proc/net/sctp/assocs (" ASSOC SOCK
 * STY SST ST HBKT ASSOC-ID TX_QUEUE RX_QUEUE UID INODE LPORT RPORT LADDRS <->
 * RADDRS" then, after a tab, "HBINT INS OUTS MAXRT T1X T2X RTXC wmema wmemq
 * sndbuf rcvbuf"), as net/sctp/proc.c prints them. The record is what
 * sctp_diag gives: an endpoint's socket state and first address; an
 * association's state (sock_sctp_state() of ST), first local address, the
 * peer's primary address ('*'), queues (TX_QUEUE send, RX_QUEUE receive) and
 * assoc = 1. The family is the addresses' (IPv4 or IPv6; an association with
 * one of each is IPv6, the IPv4 one v4-mapped): the file does not say the
 * socket's. An endpoint has no queues in the file. Returns as
 * proc_parse_inet_line(). */
int proc_parse_sctp_ep_line(const char *line, size_t len, struct sock_rec *rec);
int proc_parse_sctp_assoc_line(const char *line, size_t len, struct sock_rec *rec);

/* What one proc_source_dump() call read, so the caller can say
 * "sockls: /proc/net/tcp: 3 lines could not be read". */
struct proc_stats {
	unsigned long lines;      /* lines read, the column-title line excluded */
	unsigned long records;    /* lines that parsed, before the state mask */
	unsigned long matched;    /* records handed to the callback */
	unsigned long repeated;   /* records dropped as shown already (churn at a read boundary) */
	unsigned long malformed;  /* lines skipped as unreadable (too_long included) */
	unsigned long too_long;   /* lines longer than PROC_LINE_MAX */
	unsigned long first_bad;  /* 1-based line number of the first malformed line, 0 if none */
	unsigned long ambiguous;  /* unix: lines that may be the tail of a socket name (a
				   * newline in it) as much as a socket, left out (proc_unix.c) */
	char file[PROC_FILE_MAX]; /* the path opened (or tried), for messages */
	struct file_fail fail;    /* fail.err != 0: the error came from opening or
				   * reading the file (not from the callback) */
};

/* How many /proc/net files a kind has: 0 (vsock, MPTCP), 1, or 2 for a kind
 * whose files each list both families (SCTP: eps, then assocs). */
unsigned int proc_file_count(unsigned int proto);

/* Whether file (an index below proc_file_count()) can hold a socket in one of
 * states as the netlink source would list it: sctp_diag reads the endpoints
 * only for LISTEN and the associations only for a state past LISTEN and
 * CLOSE, and the /proc source does as it does. */
bool proc_file_wanted(unsigned int proto, unsigned int file, uint32_t states);

/* Builds "<proc_root>/net/<name>" for proto/family and file, an index below
 * proc_file_count() (family ignored for one-family kinds and for a kind whose
 * files list both). Returns 0, -EINVAL for a bad proto/family/file, -ENOENT
 * for a kind without a /proc file, -ENAMETOOLONG. */
int proc_path(char *buf, size_t cap, const char *proc_root, unsigned int proto,
	      unsigned int family, unsigned int file);

/* Streams <proc_root>/net/<file> and calls cb for every record whose state is
 * in q->states (the filter expression is the caller's job) and, for a file
 * that lists both families, whose family is family. Malformed lines
 * are skipped and counted in *stats (reset on entry; may be NULL).
 * Returns 0, cb's negative value if it stopped the dump, -ENOENT when the file
 * does not exist (e.g. tcp6 with IPv6 disabled: not an error for the caller),
 * or another negative errno from file_lines_open()/file_lines_next() (see
 * file.h: -ENODEV for a FIFO or device, -EFBIG above PROC_FILE_CAP,
 * -EOVERFLOW for a line above FILE_LINE_MAX), with stats->fail filled in.
 * Lines above PROC_LINE_MAX but within FILE_LINE_MAX are counted, not fatal. */
int proc_source_dump(const char *proc_root, unsigned int proto, unsigned int family,
		     unsigned int file, const struct query *q, sock_rec_cb cb, void *data,
		     struct proc_stats *stats);

#endif
