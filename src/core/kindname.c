/* SPDX-License-Identifier: MIT */
/* kindname.c - names and endpoint text of packet, netlink and vsock sockets (kindname.h). */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/kindname.h"

struct id_name {
	uint16_t id;
	const char *name;
};

static const struct id_name ether_names[] = {
	{ 0x0003, "*" }, { 0x0800, "ip" }, { 0x0806, "arp" }, { 0x86dd, "ipv6" },
	{ 0x8100, "802.1Q" }, { 0x88a8, "802.1ad" }, { 0x8035, "rarp" }, { 0x888e, "802.1X" },
	{ 0x88cc, "LLDP" }, { 0x8847, "mpls_uc" }, { 0x8848, "mpls_mc" }, { 0x0004, "802.2" },
};

/* Linux's NETLINK_* numbers with the names iproute2 gives them (rt_names). */
static const struct id_name netlink_names[] = {
	{ 0, "rtnl" }, { 1, "unused" }, { 2, "usersock" }, { 3, "fw" }, { 4, "tcpdiag" },
	{ 5, "nflog" }, { 6, "xfrm" }, { 7, "selinux" }, { 8, "iscsi" }, { 9, "audit" },
	{ 10, "fiblookup" }, { 11, "connector" }, { 12, "nft" }, { 13, "ip6fw" },
	{ 14, "dec-rt" }, { 15, "uevent" }, { 16, "genl" }, { 18, "scsi-trans" },
	{ 19, "ecryptfs" }, { 20, "rdma" }, { 21, "crypto" }, { 22, "smc" },
};

static const char *lookup(const struct id_name *t, size_t n, uint16_t id)
{
	for (size_t i = 0; i < n; i++)
		if (t[i].id == id)
			return t[i].name;
	return NULL;
}

const char *kind_ether_name(uint16_t ethertype)
{
	return lookup(ether_names, sizeof(ether_names) / sizeof(ether_names[0]), ethertype);
}

const char *kind_netlink_name(uint16_t protocol)
{
	return lookup(netlink_names, sizeof(netlink_names) / sizeof(netlink_names[0]), protocol);
}

const char *kind_unix_netid(const struct sock_rec *rec)
{
	switch (rec->unix_type) {
	case SOCK_STREAM: return "u_str";
	case SOCK_DGRAM: return "u_dgr";
	case SOCK_SEQPACKET: return "u_seq";
	default: return "u_???";
	}
}

const char *kind_packet_netid(const struct sock_rec *rec)
{
	return rec->unix_type == SOCK_DGRAM ? "p_dgr" : "p_raw";
}

const char *kind_netlink_netid(const struct sock_rec *rec)
{
	(void)rec;
	return "nl";
}

const char *kind_vsock_netid(const struct sock_rec *rec)
{
	if (rec->unix_type == SOCK_DGRAM)
		return "v_dgr";
	return rec->unix_type == SOCK_SEQPACKET ? "v_seq" : "v_str";
}

/* A 32-bit vsock CID or port; -1 (VMADDR_CID_ANY, VMADDR_PORT_ANY) is "*". */
static int put_u32(char *buf, size_t cap, uint32_t v)
{
	return v == UINT32_MAX ? snprintf(buf, cap, "*") : snprintf(buf, cap, "%u", v);
}

static int fmt_vsock(char *buf, size_t cap, const struct sock_endpoint *ep)
{
	uint32_t cid;
	int n;

	memcpy(&cid, ep->addr, sizeof(cid));
	n = put_u32(buf, cap, cid);
	if (n < 0 || (size_t)n + 1 >= cap)
		return n;
	buf[n++] = ':';
	return n + put_u32(buf + n, cap - (size_t)n, ep->id);
}

/* ss's netlink_show_one(): the port id as a signed int (autobind ids are
 * negative), 0 the kernel, -1 "*", a live pid "comm/pid". */
static int fmt_netlink(char *buf, size_t cap, const struct sock_rec *rec, bool local,
		       const char *comm)
{
	const char *name = kind_netlink_name(rec->kind_proto);
	int32_t id = (int32_t)rec->local.id;
	char proto[8], who[96];
	uint32_t group;

	if (!local) {
		memcpy(&group, rec->remote.addr, sizeof(group));
		if (!rec->remote.id && !group)
			return snprintf(buf, cap, "*");
		return snprintf(buf, cap, "%u:%u", group, rec->remote.id);
	}
	if (!name) {
		snprintf(proto, sizeof(proto), "%u", rec->kind_proto);
		name = proto;
	}
	if (id == 0)
		snprintf(who, sizeof(who), "kernel");
	else if (id == -1)
		snprintf(who, sizeof(who), "*");
	else if (comm)
		snprintf(who, sizeof(who), "%s/%d", comm, (int)id);
	else
		snprintf(who, sizeof(who), "%d", (int)id);
	return snprintf(buf, cap, "%s:%s", name, who);
}

static int fmt_packet(char *buf, size_t cap, const struct sock_rec *rec, bool local,
		      const char *ifname)
{
	const char *name = kind_ether_name(rec->kind_proto);
	const char *dev = rec->local.ifindex == 0 ? "*" : ifname;

	if (!local)
		return snprintf(buf, cap, "*");
	if (name && dev)
		return snprintf(buf, cap, "%s:%s", name, dev);
	if (name)
		return snprintf(buf, cap, "%s:%u", name, rec->local.ifindex);
	if (dev)
		return snprintf(buf, cap, "[%u]:%s", rec->kind_proto, dev);
	return snprintf(buf, cap, "[%u]:%u", rec->kind_proto, rec->local.ifindex);
}

/* snprintf's result as an endpoint operation returns it (proto.h). */
static size_t end_len(char *buf, size_t cap, int n)
{
	if (n < 0) {
		buf[0] = '\0';
		return 0;
	}
	return (size_t)n < cap ? (size_t)n : cap - 1;
}

size_t kind_packet_endpoint(char *buf, size_t cap, const struct sock_rec *rec, bool local,
			    const char *name)
{
	return cap ? end_len(buf, cap, fmt_packet(buf, cap, rec, local, name)) : 0;
}

size_t kind_netlink_endpoint(char *buf, size_t cap, const struct sock_rec *rec, bool local,
			     const char *name)
{
	return cap ? end_len(buf, cap, fmt_netlink(buf, cap, rec, local, name)) : 0;
}

size_t kind_vsock_endpoint(char *buf, size_t cap, const struct sock_rec *rec, bool local,
			   const char *name)
{
	(void)name;
	return cap ? end_len(buf, cap, fmt_vsock(buf, cap, local ? &rec->local : &rec->remote)) : 0;
}
