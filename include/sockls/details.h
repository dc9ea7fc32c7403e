/* SPDX-License-Identifier: MIT */
/* details.h - the ss-like extra text of a table row: -o timers, -e, -m skmem, -i tcp_info, -p users. */
#ifndef SOCKLS_DETAILS_H
#define SOCKLS_DETAILS_H

#include <stddef.h>
#include <stdint.h>

#include "sockls/row.h"

/* Room for every extension of details_format() at once, NUL included. */
#define DETAILS_MAX 2048
/* Room for one owner in details_owners(): an all-escaped comm plus the numbers. */
#define DETAILS_OWNER_MAX (15 * 4 + 48)
/* Room kept in details_owners() for ",... +N more" when not every owner fits. */
#define DETAILS_CUT_ROOM 32

/*
 * Writes the extras the ext bits (enum query_ext) ask for, space separated,
 * in ss's order and words:
 *   EXT_TIMERS    timer:(keepalive,9min58sec,0)            TCP; nothing when off
 *   EXT_EXTENDED  uid:1000 ino:12345 sk:1f2e [v6only:1]
 *   EXT_MEMORY    skmem:(r0,rb131072,t0,tb2626560,f0,w0,o0,bl0,d0)
 *   EXT_INFO      ts sack cubic wscale:7,7 rto:204 rtt:0.05/0.025 ... (TCP)
 * A fact whose have-bit is clear prints as "?" (uid:?, skmem:?, timer:?,
 * tcp_info:?), never as a made-up 0; TIME_WAIT and request sockets have no
 * memory or tcp_info at all and print nothing for them. tcp_info fields
 * beyond rec->tcp_info_len (an older kernel) are left out.
 * Always NUL-terminates when cap > 0; stops at cap. Returns the bytes
 * written, NUL excluded.
 */
size_t details_format(const struct sock_row *row, uint32_t ext, char *buf, size_t cap);

/*
 * users:(("sshd",pid=812,fd=3),("sshd",pid=900,fd=3)) for row->owners, or ""
 * when there are none. The comm is escaped with esc_term(), and a '"' in it
 * as \x22, so the text is one unambiguous table cell. Never cuts an owner in
 * half: stops before the first one that does not fit and says so, as in
 * users:(("a",pid=1,fd=3),... +198 more) (size the buffer with
 * 16 + DETAILS_CUT_ROOM + n_owners * DETAILS_OWNER_MAX for all of them).
 * Returns the bytes written, NUL excluded.
 */
size_t details_owners(const struct sock_row *row, char *buf, size_t cap);
/* The same for the processes at the other end (row->peers): peer:((...)). */
size_t details_peers(const struct sock_row *row, char *buf, size_t cap);

struct cg_entry;

/* The --all-netns tag as text: "ns:4026532001(pod:default/web-0)", the
 * owner's label escaped (container names are outside input); the tag alone
 * without an owner. NUL-terminated, cut to cap; returns its length. */
size_t details_netns(const char *tag, const struct cg_entry *owner, char *buf, size_t cap);

#endif
