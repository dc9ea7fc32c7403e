/* SPDX-License-Identifier: MIT */
/* nl_kinds.c - the sock_diag operations of the rows that are not inet_diag
 * (nl_ops.h): the dump requests of unix_diag, packet_diag, netlink_diag and
 * vsock_diag and their replies to sock_rec; and the attribute walk every
 * parser uses. Pure, like nl_parse.c, so captured and hand-built replies
 * replay in tests and fuzzing. */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>

#include <libmnl/libmnl.h>
#include <linux/netlink_diag.h>
#include <linux/packet_diag.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <linux/vm_sockets_diag.h>

#include "sockls/nl_ops.h"
#include "sockls/proto.h"
#include "sockls/query.h"

#include "nl_int.h"

/* mnl_attr_parse() stops quietly at a malformed attribute; this walk also
 * reports one, so a damaged message is an error rather than a shorter record. */
int nl_attr_collect(const struct nlmsghdr *nlh, size_t offset, struct attr_tab *t)
{
	/* Not mnl_nlmsg_get_payload_tail(): it rounds nlmsg_len up, past the end
	 * of an unpadded last message. */
	const char *tail = (const char *)nlh + nlh->nlmsg_len;
	const struct nlattr *a = mnl_nlmsg_get_payload_offset(nlh, offset);
	long rem = tail - (const char *)a;

	memset(t, 0, sizeof(*t));
	while (rem > 0 && mnl_attr_ok(a, (int)rem)) {
		unsigned int type = mnl_attr_get_type(a);
		/* Unknown (newer) attributes are skipped, not errors. */
		if (type < 32)
			t->tb[type] = a;
		a = mnl_attr_next(a);
		rem = tail - (const char *)a;
	}
	return rem > 0 ? -EINVAL : 0;
}

int nl_req_unix(struct nlmsghdr *nlh, const struct proto_desc *d, unsigned int family,
		const struct query *q, const uint8_t *bc, size_t bc_len)
{
	struct unix_diag_req *req = mnl_nlmsg_put_extra_header(nlh, sizeof(*req));

	(void)d, (void)family, (void)bc, (void)bc_len;
	req->sdiag_family = AF_UNIX;
	req->udiag_states = q->states;
	req->udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_PEER | UDIAG_SHOW_RQLEN | UDIAG_SHOW_UID;
	if (q->ext & EXT_MEMORY)
		req->udiag_show |= UDIAG_SHOW_MEMINFO;
	return 0;
}

/* packet and netlink sockets are all UNCONN: the state mask is checked on the replies. */
int nl_req_packet(struct nlmsghdr *nlh, const struct proto_desc *d, unsigned int family,
		  const struct query *q, const uint8_t *bc, size_t bc_len)
{
	struct packet_diag_req *req = mnl_nlmsg_put_extra_header(nlh, sizeof(*req));

	(void)d, (void)family, (void)q, (void)bc, (void)bc_len;
	req->sdiag_family = AF_PACKET;
	req->pdiag_show = PACKET_SHOW_INFO | PACKET_SHOW_MEMINFO;
	return 0;
}

int nl_req_netlink(struct nlmsghdr *nlh, const struct proto_desc *d, unsigned int family,
		   const struct query *q, const uint8_t *bc, size_t bc_len)
{
	struct netlink_diag_req *req = mnl_nlmsg_put_extra_header(nlh, sizeof(*req));

	(void)d, (void)family, (void)q, (void)bc, (void)bc_len;
	req->sdiag_family = AF_NETLINK;
	req->sdiag_protocol = NDIAG_PROTO_ALL;
	req->ndiag_show = NDIAG_SHOW_MEMINFO;
	return 0;
}

int nl_req_vsock(struct nlmsghdr *nlh, const struct proto_desc *d, unsigned int family,
		 const struct query *q, const uint8_t *bc, size_t bc_len)
{
	struct vsock_diag_req *req = mnl_nlmsg_put_extra_header(nlh, sizeof(*req));

	(void)d, (void)family, (void)bc, (void)bc_len;
	req->sdiag_family = AF_VSOCK;
	req->vdiag_states = q->states;
	return 0;
}

/* unix_diag reports TCP_* values: LISTEN, ESTABLISHED, CLOSE (unconnected),
 * SYN_SENT (connecting). Anything else is shown as unknown. */
static uint8_t unix_state(uint8_t st)
{
	return st < ST_MAX ? st : ST_UNKNOWN;
}

static void parse_unix_attrs(const struct attr_tab *t, struct sock_rec *rec)
{
	const struct nlattr *a;

	if ((a = t->tb[UNIX_DIAG_NAME])) {
		size_t n = mnl_attr_get_payload_len(a);
		if (n > SOCK_UNIX_PATH_MAX)
			n = SOCK_UNIX_PATH_MAX;
		memcpy(rec->path, mnl_attr_get_payload(a), n);
		/* A path name arrives with its terminating NUL; an abstract name
		 * (leading NUL) is raw bytes and is kept whole. */
		if (n && rec->path[0] != '\0')
			n = strnlen(rec->path, n);
		rec->path[n] = '\0';
		rec->path_len = (uint16_t)n;
	}
	/* UDIAG_SHOW_PEER is always asked for: no attribute means no peer. */
	rec->have |= HAVE_PEER_INODE;
	if ((a = t->tb[UNIX_DIAG_PEER]) && mnl_attr_get_payload_len(a) >= 4)
		rec->peer_inode = mnl_attr_get_u32(a);
	if ((a = t->tb[UNIX_DIAG_RQLEN]) && mnl_attr_get_payload_len(a) >= sizeof(struct unix_diag_rqlen)) {
		const struct unix_diag_rqlen *q = mnl_attr_get_payload(a);
		rec->recv_q = q->udiag_rqueue;
		rec->send_q = q->udiag_wqueue;
		rec->have |= HAVE_RECV_Q | HAVE_SEND_Q;
	}
	if ((a = t->tb[UNIX_DIAG_UID]) && mnl_attr_get_payload_len(a) >= 4) {
		rec->uid = mnl_attr_get_u32(a);
		rec->have |= HAVE_UID;
	}
	if ((a = t->tb[UNIX_DIAG_MEMINFO]) &&
	    mnl_attr_get_payload_len(a) >= SOCK_MEMINFO_VARS * sizeof(uint32_t)) {
		memcpy(rec->meminfo, mnl_attr_get_payload(a), sizeof(rec->meminfo));
		rec->have |= HAVE_MEMINFO;
	}
}

int nl_parse_unix(const struct nlmsghdr *nlh, const struct proto_desc *d, struct sock_rec *rec)
{
	const struct unix_diag_msg *m = mnl_nlmsg_get_payload(nlh);
	struct attr_tab t;

	if (mnl_nlmsg_get_payload_len(nlh) < sizeof(*m) || m->udiag_family != AF_UNIX)
		return -EINVAL;
	rec->proto = (uint8_t)d->id;
	rec->family = AF_UNIX;
	rec->unix_type = m->udiag_type;
	rec->state = unix_state(m->udiag_state);
	rec->inode = m->udiag_ino;
	rec->cookie = (uint64_t)m->udiag_cookie[1] << 32 | m->udiag_cookie[0];
	rec->have = HAVE_INODE | HAVE_COOKIE;

	if (nl_attr_collect(nlh, sizeof(*m), &t) < 0)
		return -EINVAL;
	parse_unix_attrs(&t, rec);
	return 0;
}

/* sk_meminfo's first two words: receive and send memory allocated. */
#define MEM_RMEM 0
#define MEM_WMEM 2

static const uint32_t *meminfo(const struct nlattr *a, struct sock_rec *rec)
{
	if (!a || mnl_attr_get_payload_len(a) < SOCK_MEMINFO_VARS * sizeof(uint32_t))
		return NULL;
	memcpy(rec->meminfo, mnl_attr_get_payload(a), sizeof(rec->meminfo));
	rec->have |= HAVE_MEMINFO;
	return rec->meminfo;
}

/* packet: "ethertype:interface"; Recv-Q is the receive memory, as ss shows it. */
int nl_parse_packet(const struct nlmsghdr *nlh, const struct proto_desc *d, struct sock_rec *rec)
{
	const struct packet_diag_msg *m = mnl_nlmsg_get_payload(nlh);
	const struct nlattr *a;
	struct attr_tab t;

	if (mnl_nlmsg_get_payload_len(nlh) < sizeof(*m) || m->pdiag_family != AF_PACKET)
		return -EINVAL;
	if (nl_attr_collect(nlh, sizeof(*m), &t) < 0)
		return -EINVAL;
	rec->proto = (uint8_t)d->id;
	rec->family = AF_PACKET;
	rec->state = ST_CLOSE;
	rec->unix_type = m->pdiag_type;
	rec->kind_proto = m->pdiag_num;
	rec->inode = m->pdiag_ino;
	rec->cookie = (uint64_t)m->pdiag_cookie[1] << 32 | m->pdiag_cookie[0];
	rec->have = HAVE_INODE | HAVE_COOKIE;
	if ((a = t.tb[PACKET_DIAG_INFO]) &&
	    mnl_attr_get_payload_len(a) >= sizeof(struct packet_diag_info)) {
		const struct packet_diag_info *pi = mnl_attr_get_payload(a);
		rec->local.ifindex = pi->pdi_index;
	}
	if ((a = t.tb[PACKET_DIAG_UID]) && mnl_attr_get_payload_len(a) >= 4) {
		rec->uid = mnl_attr_get_u32(a);
		rec->have |= HAVE_UID;
	}
	/* the queues as ss reads them: the socket's allocated memory */
	if (meminfo(t.tb[PACKET_DIAG_MEMINFO], rec)) {
		rec->recv_q = rec->meminfo[MEM_RMEM];
		rec->send_q = rec->meminfo[MEM_WMEM];
		rec->have |= HAVE_RECV_Q | HAVE_SEND_Q;
	}
	return 0;
}

/* netlink: "protocol:port id", peer "port id" or "*"; ss shows every one UNCONN. */
int nl_parse_netlink(const struct nlmsghdr *nlh, const struct proto_desc *d, struct sock_rec *rec)
{
	const struct netlink_diag_msg *m = mnl_nlmsg_get_payload(nlh);
	struct attr_tab t;

	if (mnl_nlmsg_get_payload_len(nlh) < sizeof(*m) || m->ndiag_family != AF_NETLINK)
		return -EINVAL;
	if (nl_attr_collect(nlh, sizeof(*m), &t) < 0)
		return -EINVAL;
	rec->proto = (uint8_t)d->id;
	rec->family = AF_NETLINK;
	rec->state = ST_CLOSE;
	rec->unix_type = m->ndiag_type;
	rec->kind_proto = m->ndiag_protocol;
	rec->local.id = m->ndiag_portid;
	rec->remote.id = m->ndiag_dst_portid;
	memcpy(rec->remote.addr, &m->ndiag_dst_group, sizeof(m->ndiag_dst_group));
	rec->inode = m->ndiag_ino;
	rec->cookie = (uint64_t)m->ndiag_cookie[1] << 32 | m->ndiag_cookie[0];
	rec->have = HAVE_INODE | HAVE_COOKIE;
	if (meminfo(t.tb[NETLINK_DIAG_MEMINFO], rec)) {
		rec->recv_q = rec->meminfo[MEM_RMEM];
		rec->send_q = rec->meminfo[MEM_WMEM];
		rec->have |= HAVE_RECV_Q | HAVE_SEND_Q;
	}
	return 0;
}

/* vsock: "cid:port" at each end; queues are not reported by vsock_diag. */
int nl_parse_vsock(const struct nlmsghdr *nlh, const struct proto_desc *d, struct sock_rec *rec)
{
	const struct vsock_diag_msg *m = mnl_nlmsg_get_payload(nlh);

	if (mnl_nlmsg_get_payload_len(nlh) < sizeof(*m) || m->vdiag_family != AF_VSOCK)
		return -EINVAL;
	rec->proto = (uint8_t)d->id;
	rec->family = AF_VSOCK;
	rec->state = m->vdiag_state < ST_MAX ? m->vdiag_state : ST_UNKNOWN;
	rec->unix_type = m->vdiag_type;
	memcpy(rec->local.addr, &m->vdiag_src_cid, sizeof(m->vdiag_src_cid));
	memcpy(rec->remote.addr, &m->vdiag_dst_cid, sizeof(m->vdiag_dst_cid));
	rec->local.id = m->vdiag_src_port;
	rec->remote.id = m->vdiag_dst_port;
	rec->inode = m->vdiag_ino;
	rec->cookie = (uint64_t)m->vdiag_cookie[1] << 32 | m->vdiag_cookie[0];
	rec->have = HAVE_INODE | HAVE_COOKIE;
	return 0;
}
