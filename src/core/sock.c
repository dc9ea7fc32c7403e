/* SPDX-License-Identifier: MIT */
/* sock.c - names and small predicates shared by every module that handles a sock_rec. */
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/proto.h"
#include "sockls/sock.h"

static const char *const state_names[ST_MAX] = {
	[ST_UNKNOWN] = "UNKNOWN",
	[ST_ESTABLISHED] = "ESTABLISHED",
	[ST_SYN_SENT] = "SYN_SENT",
	[ST_SYN_RECV] = "SYN_RECV",
	[ST_FIN_WAIT1] = "FIN_WAIT1",
	[ST_FIN_WAIT2] = "FIN_WAIT2",
	[ST_TIME_WAIT] = "TIME_WAIT",
	[ST_CLOSE] = "CLOSE",
	[ST_CLOSE_WAIT] = "CLOSE_WAIT",
	[ST_LAST_ACK] = "LAST_ACK",
	[ST_LISTEN] = "LISTEN",
	[ST_CLOSING] = "CLOSING",
	[ST_NEW_SYN_RECV] = "SYN_RECV",
	[ST_BOUND_INACTIVE] = "BOUND_INACTIVE",
};

const char *sock_state_name(unsigned int proto, unsigned int state)
{
	if (state >= ST_MAX)
		return "UNKNOWN";
	if (state == ST_CLOSE && proto != PROTO_TCP)
		return "UNCONN";
	return state_names[state];
}

const char *sock_proto_name(unsigned int proto)
{
	const struct proto_desc *d = proto_get(proto);

	return d ? d->name : "?";
}

const char *sock_family_name(unsigned int family)
{
	switch (family) {
	case AF_INET: return "inet";
	case AF_INET6: return "inet6";
	case AF_UNIX: return "unix";
	case AF_PACKET: return "packet";
	case AF_NETLINK: return "netlink";
	case AF_VSOCK: return "vsock";
	default: return NULL;
	}
}

bool sock_is_v4mapped(const uint8_t addr[16])
{
	static const uint8_t prefix[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };
	return memcmp(addr, prefix, sizeof(prefix)) == 0;
}

bool sock_addr_is_any(unsigned int family, const uint8_t addr[16])
{
	static const uint8_t zero[16];
	return memcmp(addr, zero, family == AF_INET ? 4 : 16) == 0;
}

bool sock_is_minisock(const struct sock_rec *rec)
{
	if (rec->proto != PROTO_TCP)
		return false;
	if (rec->state == ST_TIME_WAIT || rec->state == ST_NEW_SYN_RECV)
		return true;
	return rec->state == ST_SYN_RECV && (rec->have & HAVE_INODE) && rec->inode == 0;
}

int sock_dual_stack(const struct sock_rec *rec)
{
	if (rec->family != AF_INET6 || rec->proto == PROTO_UNIX ||
	    !sock_addr_is_any(AF_INET6, rec->local.addr))
		return 0;
	if (!(rec->have & HAVE_V6ONLY))
		return -1;
	return rec->v6only ? 0 : 1;
}

uint8_t sock_sctp_state(uint8_t st)
{
	/* SCTP_STATE_CLOSED, COOKIE_WAIT, COOKIE_ECHOED, ESTABLISHED,
	 * SHUTDOWN_PENDING, SHUTDOWN_SENT, SHUTDOWN_RECEIVED, SHUTDOWN_ACK_SENT */
	static const uint8_t map[] = {
		ST_CLOSE, ST_SYN_SENT, ST_SYN_SENT, ST_ESTABLISHED,
		ST_FIN_WAIT1, ST_FIN_WAIT1, ST_CLOSE_WAIT, ST_LAST_ACK,
	};
	return st < sizeof(map) ? map[st] : ST_UNKNOWN;
}

bool sock_is_linklocal(unsigned int family, const uint8_t addr[16])
{
	return family == AF_INET6 && addr[0] == 0xfe && (addr[1] & 0xc0) == 0x80;
}

void sock_rec_reset(struct sock_rec *rec)
{
	memset(rec, 0, offsetof(struct sock_rec, meminfo));
}
