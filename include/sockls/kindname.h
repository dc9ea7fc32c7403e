/* SPDX-License-Identifier: MIT */
/* kindname.h - names and endpoint text of the non-IP socket kinds (packet,
 * netlink, vsock) as ss prints them: "*:eth0", "rtnl:kernel", "genl:ss/42", "2:1024". */
#ifndef SOCKLS_KINDNAME_H
#define SOCKLS_KINDNAME_H

#include <stddef.h>
#include <stdint.h>

#include "sockls/sock.h"

/* ss's name of an ethertype ("ip", "arp", "ipv6", "802.1Q"; ETH_P_ALL is "*"), or NULL. */
const char *kind_ether_name(uint16_t ethertype);
/* ss's name of a netlink protocol ("rtnl", "tcpdiag", "genl", ...), or NULL. */
const char *kind_netlink_name(uint16_t protocol);
/* The protocol table's netid operations (proto.h): ss's Netid of a unix
 * (u_str, u_dgr, u_seq), packet (p_raw, p_dgr), netlink (nl) or vsock
 * (v_str, v_dgr, v_seq) socket. */
const char *kind_unix_netid(const struct sock_rec *rec);
const char *kind_packet_netid(const struct sock_rec *rec);
const char *kind_netlink_netid(const struct sock_rec *rec);
const char *kind_vsock_netid(const struct sock_rec *rec);
/* The protocol table's endpoint operations: the Local (local true) or Peer
 * column of a packet, netlink or vsock socket; name (may be NULL), already
 * escaped, is a packet socket's interface or the process a netlink port id
 * names ("rtnl:ss/1234"; without it the number, signed as ss prints it:
 * "genl:-4097"; "kernel" for 0). Returns the length written (NUL-terminated;
 * truncated to cap). */
size_t kind_packet_endpoint(char *buf, size_t cap, const struct sock_rec *rec, bool local,
			    const char *name);
size_t kind_netlink_endpoint(char *buf, size_t cap, const struct sock_rec *rec, bool local,
			     const char *name);
size_t kind_vsock_endpoint(char *buf, size_t cap, const struct sock_rec *rec, bool local,
			   const char *name);

#endif
