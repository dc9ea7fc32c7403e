/* SPDX-License-Identifier: MIT */
/* proto.c - the protocol descriptor table (see proto.h): adding a socket kind
 * starts with one row here. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/kindname.h"
#include "sockls/nl_ops.h"
#include "sockls/proc_ops.h"
#include "sockls/proto.h"
#include "sockls/sock.h"
#ifdef SOCKLS_FIXTURE_KIND
#include "dummy.h"
#include "xdp.h"
#endif

#ifndef AF_VSOCK
#define AF_VSOCK 40
#endif
#ifndef IPPROTO_MPTCP
#define IPPROTO_MPTCP 262
#endif

#define INET_STATES STATES_ALL
#define DGRAM_STATES (STATE_BIT(ST_ESTABLISHED) | STATE_BIT(ST_CLOSE))
#define UNIX_STATES (STATE_BIT(ST_ESTABLISHED) | STATE_BIT(ST_CLOSE) | STATE_BIT(ST_LISTEN) | \
		     STATE_BIT(ST_SYN_SENT) | STATE_BIT(ST_CLOSE_WAIT))
/* packet and netlink sockets have no connection state: ss shows them UNCONN. */
#define UNCONN_STATES STATE_BIT(ST_CLOSE)
#define VSOCK_STATES (UNIX_STATES | STATE_BIT(ST_CLOSING))

/* ss's default listing has packet, netlink and SCTP besides TCP, UDP, RAW and
 * UNIX (iproute2 ss.c filter_default_dbs); MPTCP and vsock only on request. */
const struct proto_desc proto_table[] = {
	{ .id = PROTO_TCP, .name = "tcp", .diag_family = AF_INET, .ipproto = IPPROTO_TCP,
	  .inet = true, .one_walk = true, .by_default = true, .proc_file = { "tcp", "tcp6" },
	  .states = INET_STATES | STATE_BIT(ST_NEW_SYN_RECV) | STATE_BIT(ST_BOUND_INACTIVE),
	  .diag_module = "tcp_diag", .summary = PROTO_SUM_TRANSPORT,
	  .flags = PROTO_F_TCPINFO | PROTO_F_EPHEMERAL | PROTO_F_DESTROY | PROTO_F_COUNTED,
	  .nl_req = nl_req_tcp, .nl_parse = nl_parse_tcp },
	{ .id = PROTO_UDP, .name = "udp", .diag_family = AF_INET, .ipproto = IPPROTO_UDP,
	  .inet = true, .by_default = true, .proc_file = { "udp", "udp6" }, .states = DGRAM_STATES,
	  .diag_module = "udp_diag", .summary = PROTO_SUM_TRANSPORT,
	  .flags = PROTO_F_EPHEMERAL | PROTO_F_DESTROY, .nl_req = nl_req_inet, .nl_parse = nl_parse_inet },
	{ .id = PROTO_RAW, .name = "raw", .diag_family = AF_INET, .ipproto = IPPROTO_RAW,
	  .inet = true, .by_default = true, .proc_file = { "raw", "raw6" }, .states = DGRAM_STATES,
	  .diag_module = "raw_diag", .summary = PROTO_SUM_TRANSPORT, .json = PROTO_JSON_IP_PROTOCOL,
	  .nl_req = nl_req_raw, .nl_parse = nl_parse_raw },
	{ .id = PROTO_UNIX, .name = "unix", .diag_family = AF_UNIX, .by_default = true, .n_netids = 3,
	  .proc_file = { "unix", "unix" }, .states = UNIX_STATES,
	  .diag_module = "unix_diag", .summary = PROTO_SUM_TRANSPORT, .flags = PROTO_F_PATH,
	  .netid = kind_unix_netid, .proc_line = proc_line_unix,
	  .nl_req = nl_req_unix, .nl_parse = nl_parse_unix },
	{ .id = PROTO_PACKET, .name = "packet", .diag_family = AF_PACKET, .by_default = true,
	  .n_netids = 2,
	  .proc_file = { "packet", "packet" }, .states = UNCONN_STATES,
	  .diag_module = "af_packet_diag", .summary = PROTO_SUM_LISTED, .json = PROTO_JSON_ETHERTYPE,
	  .netid = kind_packet_netid, .endpoint = kind_packet_endpoint,
	  .proc_line = proc_line_packet, .nl_req = nl_req_packet, .nl_parse = nl_parse_packet },
	{ .id = PROTO_NETLINK, .name = "netlink", .diag_family = AF_NETLINK, .by_default = true,
	  .proc_file = { "netlink", "netlink" }, .states = UNCONN_STATES,
	  .diag_module = "netlink_diag", .summary = PROTO_SUM_LISTED, .json = PROTO_JSON_PORTID,
	  .flags = PROTO_F_PORTID, .netid = kind_netlink_netid, .endpoint = kind_netlink_endpoint,
	  .proc_line = proc_line_netlink, .nl_req = nl_req_netlink, .nl_parse = nl_parse_netlink },
	/* ss 6.1 lists MPTCP sockets by default, with -a, -l, -4/-6 and -f too */
	{ .id = PROTO_MPTCP, .name = "mptcp", .diag_family = AF_INET, .ipproto = IPPROTO_MPTCP,
	  .inet = true, .by_default = true, .states = INET_STATES,
	  .n_netids = 2, /* ss -M keeps its Netid column (seen with iproute2 6.1) */
	  .diag_module = "mptcp_diag", .summary = PROTO_SUM_LISTED, .flags = PROTO_F_MPTCPINFO,
	  .nl_req = nl_req_inet, .nl_parse = nl_parse_inet },
	/* /proc/net/sctp/eps has the listening endpoints, assocs the associations */
	{ .id = PROTO_SCTP, .name = "sctp", .diag_family = AF_INET, .ipproto = IPPROTO_SCTP,
	  .inet = true, .by_default = true, .states = INET_STATES,
	  .proc_file = { "sctp/eps", "sctp/assocs" }, .proc_mixed = true,
	  .diag_module = "sctp_diag", .summary = PROTO_SUM_LISTED, .json = PROTO_JSON_ASSOCIATION,
	  .proc_line = proc_line_sctp, .nl_req = nl_req_inet, .nl_parse = nl_parse_sctp },
	{ .id = PROTO_VSOCK, .name = "vsock", .diag_family = AF_VSOCK, .states = VSOCK_STATES,
	  .n_netids = 3,
	  .diag_module = "vsock_diag", .summary = PROTO_SUM_LISTED, .json = PROTO_JSON_CID,
	  .netid = kind_vsock_netid, .endpoint = kind_vsock_endpoint,
	  .nl_req = nl_req_vsock, .nl_parse = nl_parse_vsock },
#ifdef SOCKLS_FIXTURE_KIND
	/* tests/kind/: a kind of the fixture build only, read from /proc/net/dummy */
	{ .id = PROTO_DUMMY, .name = "dummy", .proc_file = { "dummy", "dummy" },
	  .states = UNCONN_STATES, .netid = dummy_netid, .endpoint = dummy_endpoint,
	  .proc_line = dummy_proc_line },
	/* tests/kind/: a kind of the fixture build only, served by sock_diag
	 * (xsk_diag's format) */
	{ .id = PROTO_XDP, .name = "xdp", .diag_family = AF_XDP, .states = UNCONN_STATES,
	  .diag_module = "xsk_diag", .endpoint = xdp_endpoint, .nl_req = xdp_nl_req,
	  .nl_parse = xdp_nl_parse },
#endif
};

const size_t proto_count = sizeof(proto_table) / sizeof(proto_table[0]);

_Static_assert(sizeof(proto_table) / sizeof(proto_table[0]) == PROTO_MAX,
	       "one proto_table row per enum sock_proto value");
_Static_assert(sizeof(void *) != 8 || sizeof(struct proto_desc) == 96,
	       "a row of 96 bytes (3 x 32): cheap for proto_get() to index");
_Static_assert(PROTO_MAX <= 16, "source.c keeps four request bits per kind in 64 bits");

const struct proto_desc *proto_by_name(const char *name)
{
	for (size_t i = 0; name && i < proto_count; i++)
		if (strcmp(proto_table[i].name, name) == 0)
			return &proto_table[i];
	return NULL;
}

uint32_t proto_default_set(void)
{
	uint32_t set = 0;

	for (size_t i = 0; i < proto_count; i++)
		if (proto_table[i].by_default)
			set |= PROTO_BIT(proto_table[i].id);
	return set;
}

uint32_t proto_set(uint32_t flags)
{
	uint32_t set = 0;

	for (size_t i = 0; i < proto_count; i++)
		if ((proto_table[i].flags & flags) == flags)
			set |= PROTO_BIT(proto_table[i].id);
	return set;
}

const char *proto_netid(const struct sock_rec *rec)
{
	const struct proto_desc *d = proto_get(rec->proto);

	if (!d)
		return "?";
	return d->netid ? d->netid(rec) : d->name;
}

size_t proto_endpoint(char *buf, size_t cap, const struct sock_rec *rec, bool local,
		      const char *name)
{
	const struct proto_desc *d = proto_get(rec->proto);
	size_t n;

	if (cap == 0)
		return 0;
	if (d && d->endpoint)
		return d->endpoint(buf, cap, rec, local, name);
	n = cap > 1;
	memcpy(buf, "*", n);
	buf[n] = '\0';
	return n;
}
