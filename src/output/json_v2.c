/* SPDX-License-Identifier: MIT */
/* json_v2.c - schema v2's "local" and "remote" objects of UNIX, packet, netlink
 * and vsock sockets: the other end is "remote" for every kind, as for IP
 * sockets (v1 had peer_inode, dst_portid, remote_cid side by side). */
#include <string.h>

#include "sockls/kindname.h"
#include "sockls/proto.h"
#include "sockls/query.h"
#include "json_int.h"

static void inode_member(struct jsonw *jw, const struct sock_rec *rec)
{
	jsonw_key(jw, "inode");
	rec->have & HAVE_INODE ? jsonw_uint(jw, rec->inode) : jsonw_null(jw);
}

/* {"local": {"path"}, "type", "inode", "remote": {"inode", "processes" (-p)}} */
void json2_unix(struct jsonw *jw, const struct sock_row *row, uint32_t ext)
{
	const struct sock_rec *rec = row->rec;

	jsonw_key(jw, "local");
	jsonw_obj_begin(jw);
	json_unix_path(jw, rec);
	jsonw_obj_end(jw);
	jsonw_key_str(jw, "type", json_unix_type(rec->unix_type));
	inode_member(jw, rec);
	jsonw_key(jw, "remote");
	jsonw_obj_begin(jw);
	jsonw_key(jw, "inode");
	rec->have & HAVE_PEER_INODE ? jsonw_uint(jw, rec->peer_inode) : jsonw_null(jw);
	if (ext & EXT_PROCESSES)
		json_remote_processes(jw, row);
	jsonw_obj_end(jw);
}

static void netlink_ends(struct jsonw *jw, const struct sock_row *row)
{
	const struct sock_rec *rec = row->rec;
	uint32_t group;

	memcpy(&group, rec->remote.addr, sizeof(group));
	jsonw_key_uint(jw, "protocol", rec->kind_proto);
	jsonw_key_str(jw, "protocol_name", kind_netlink_name(rec->kind_proto));
	jsonw_key(jw, "local");
	jsonw_obj_begin(jw);
	jsonw_key_uint(jw, "portid", rec->local.id);
	jsonw_key(jw, "process");
	if (row->portid_comm) {
		jsonw_obj_begin(jw);
		jsonw_key_uint(jw, "pid", rec->local.id);
		jsonw_key_str(jw, "comm", row->portid_comm);
		jsonw_obj_end(jw);
	} else {
		jsonw_null(jw);
	}
	jsonw_obj_end(jw);
	jsonw_key(jw, "remote");
	jsonw_obj_begin(jw);
	jsonw_key_uint(jw, "portid", rec->remote.id);
	jsonw_key_uint(jw, "group", group);
	jsonw_obj_end(jw);
}

static void vsock_end(struct jsonw *jw, const char *key, const struct sock_endpoint *ep)
{
	uint32_t cid;

	memcpy(&cid, ep->addr, sizeof(cid));
	jsonw_key(jw, key);
	jsonw_obj_begin(jw);
	jsonw_key_uint(jw, "cid", cid);
	jsonw_key_uint(jw, "port", ep->id);
	jsonw_obj_end(jw);
}

/* packet: "local": {"ifindex", "iface"} (it has no other end); netlink:
 * "local": {"portid", "process"}, "remote": {"portid", "group"}; vsock:
 * "local"/"remote": {"cid", "port"}. */
void json2_kind(struct jsonw *jw, const struct sock_row *row)
{
	const struct sock_rec *rec = row->rec;
	const struct proto_desc *d = proto_get(rec->proto);

	jsonw_key_str(jw, "type", json_unix_type(rec->unix_type));
	switch (d ? d->json : PROTO_JSON_NONE) {
	case PROTO_JSON_ETHERTYPE:
		jsonw_key_uint(jw, "ethertype", rec->kind_proto);
		jsonw_key_str(jw, "ethertype_name", kind_ether_name(rec->kind_proto));
		jsonw_key(jw, "local");
		jsonw_obj_begin(jw);
		jsonw_key_uint(jw, "ifindex", rec->local.ifindex);
		jsonw_key_str(jw, "iface", row->local.ifname);
		jsonw_obj_end(jw);
		break;
	case PROTO_JSON_PORTID:
		netlink_ends(jw, row);
		break;
	case PROTO_JSON_CID:
		vsock_end(jw, "local", &rec->local);
		vsock_end(jw, "remote", &rec->remote);
		break;
	default: break; /* a kind without extras: its type and inode */
	}
	inode_member(jw, rec);
}
