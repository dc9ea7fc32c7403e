/* SPDX-License-Identifier: MIT */
/* nl_inet.c - the inet_diag operations of the protocol table's rows
 * (nl_ops.h): the dump requests of TCP, UDP, RAW, MPTCP and SCTP, and their
 * inet_diag_msg replies to sock_rec. Pure, as nl_parse.c: requests are built
 * in a buffer and replies read from one, so both are unit tests. */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <arpa/inet.h>
#include <sys/socket.h>

#include <libmnl/libmnl.h>
#include <linux/inet_diag.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>

#include "sockls/nl_ops.h"
#include "sockls/proto.h"
#include "sockls/query.h"

#include "nl_int.h"

static uint8_t inet_ext_bits(uint32_t ext)
{
	uint8_t bits = 0;

	if (ext & (EXT_INFO | EXT_BYTES))
		bits |= 1u << (INET_DIAG_INFO - 1);
	if (ext & EXT_INFO)
		bits |= 1u << (INET_DIAG_CONG - 1);
	if (ext & EXT_MEMORY)
		bits |= 1u << (INET_DIAG_SKMEMINFO - 1);
	return bits;
}

static struct inet_diag_req_raw *put_inet_req(struct nlmsghdr *nlh, const struct proto_desc *d,
					      unsigned int family, const struct query *q,
					      const uint8_t *bc, size_t bc_len)
{
	struct inet_diag_req_raw *req = mnl_nlmsg_put_extra_header(nlh, sizeof(*req));

	req->sdiag_family = (uint8_t)family;
	req->sdiag_protocol = (uint8_t)d->ipproto;
	req->idiag_ext = inet_ext_bits(q->ext);
	req->idiag_states = query_states_for(q, d->id);
	if (bc && bc_len)
		mnl_attr_put(nlh, INET_DIAG_REQ_BYTECODE, bc_len, bc);
	/* A protocol above 255 (MPTCP) travels in an attribute (Linux 5.9+); an
	 * older kernel would read the low byte alone, so ask only with it. */
	if (d->ipproto > UINT8_MAX) {
		req->sdiag_protocol = 0;
		mnl_attr_put_u32(nlh, INET_DIAG_REQ_PROTOCOL, d->ipproto);
	}
	return req;
}

int nl_req_inet(struct nlmsghdr *nlh, const struct proto_desc *d, unsigned int family,
		const struct query *q, const uint8_t *bc, size_t bc_len)
{
	if (family != AF_INET && family != AF_INET6)
		return -EAFNOSUPPORT;
	put_inet_req(nlh, d, family, q, bc, bc_len);
	return 0;
}

/* TCP for both families at once (family AF_UNSPEC): the old TCPDIAG_GETSOCK
 * request dumps with AF_UNSPEC, one walk of the kernel's hash tables instead
 * of two (a quarter less time at 100k sockets). Replies come back with the
 * request's type. */
int nl_req_tcp(struct nlmsghdr *nlh, const struct proto_desc *d, unsigned int family,
	       const struct query *q, const uint8_t *bc, size_t bc_len)
{
	struct inet_diag_req *req;

	if (family != AF_UNSPEC)
		return nl_req_inet(nlh, d, family, q, bc, bc_len);
	req = mnl_nlmsg_put_extra_header(nlh, sizeof(*req));
	nlh->nlmsg_type = TCPDIAG_GETSOCK;
	req->idiag_family = AF_INET; /* ignored by the compat dump */
	req->idiag_ext = inet_ext_bits(q->ext);
	req->idiag_states = query_states_for(q, d->id);
	if (bc && bc_len)
		mnl_attr_put(nlh, INET_DIAG_REQ_BYTECODE, bc_len, bc);
	return 0;
}

/* raw_diag: IPPROTO_RAW asks for raw sockets of every IP protocol. */
int nl_req_raw(struct nlmsghdr *nlh, const struct proto_desc *d, unsigned int family,
	       const struct query *q, const uint8_t *bc, size_t bc_len)
{
	if (family != AF_INET && family != AF_INET6)
		return -EAFNOSUPPORT;
	put_inet_req(nlh, d, family, q, bc, bc_len)->sdiag_raw_protocol = IPPROTO_RAW;
	return 0;
}

static void copy_addr(uint8_t dst[16], const uint32_t src[4], unsigned int family)
{
	memset(dst, 0, 16);
	memcpy(dst, src, family == AF_INET ? 4 : 16);
}

static inline void parse_inet_attrs(const struct attr_tab *t, const struct proto_desc *d,
			     struct sock_rec *rec)
{
	const struct nlattr *a;

	if ((a = t->tb[INET_DIAG_INFO])) {
		size_t n = mnl_attr_get_payload_len(a);
		if (n > SOCK_TCP_INFO_MAX)
			n = SOCK_TCP_INFO_MAX;
		memcpy(rec->tcp_info, mnl_attr_get_payload(a), n);
		rec->tcp_info_len = (uint16_t)n;
		/* mptcp_diag answers INET_DIAG_INFO with a struct mptcp_info */
		rec->have |= d->flags & PROTO_F_MPTCPINFO ? HAVE_MPTCP_INFO : HAVE_TCP_INFO;
	}
	if ((a = t->tb[INET_DIAG_CONG])) {
		size_t n = mnl_attr_get_payload_len(a);
		if (n >= SOCK_CONG_MAX)
			n = SOCK_CONG_MAX - 1;
		memcpy(rec->cong, mnl_attr_get_payload(a), n);
		rec->cong[n] = '\0';
		rec->have |= HAVE_CONG;
	}
	if ((a = t->tb[INET_DIAG_SKMEMINFO])) {
		size_t n = mnl_attr_get_payload_len(a) / sizeof(uint32_t);
		if (n > SOCK_MEMINFO_VARS)
			n = SOCK_MEMINFO_VARS;
		memcpy(rec->meminfo, mnl_attr_get_payload(a), n * sizeof(uint32_t));
		if (n == SOCK_MEMINFO_VARS)
			rec->have |= HAVE_MEMINFO;
	}
	if ((a = t->tb[INET_DIAG_SKV6ONLY]) && mnl_attr_get_payload_len(a) >= 1) {
		rec->v6only = mnl_attr_get_u8(a) ? 1 : 0;
		rec->have |= HAVE_V6ONLY;
	}
	if ((a = t->tb[INET_DIAG_PROTOCOL]) && mnl_attr_get_payload_len(a) >= 1)
		rec->raw_protocol = mnl_attr_get_u8(a);
	if ((a = t->tb[INET_DIAG_SOCKOPT]) && mnl_attr_get_payload_len(a) >= sizeof(struct inet_diag_sockopt)) {
		struct inet_diag_sockopt so;
		memcpy(&so, mnl_attr_get_payload(a), sizeof(so));
		rec->sockopt = so.bind_address_no_port ? SOCKOPT_BIND_NO_PORT : 0;
		rec->have |= HAVE_SOCKOPT;
	}
	/* Sent unasked for every full socket (CONFIG_SOCK_CGROUP_DATA); never for
	 * TIME_WAIT or request sockets, which stay unknown. */
	if ((a = t->tb[INET_DIAG_CGROUP_ID]) && mnl_attr_get_payload_len(a) >= 8) {
		rec->cgroup_id = mnl_attr_get_u64(a);
		rec->have |= HAVE_CGROUP;
	}
}

/* What one inet_diag kind reads differently (the nl_parse_* below). */
enum inet_quirk {
	INET_PLAIN,
	INET_TCP,  /* CLOSE is bound-inactive */
	INET_RAW,  /* the IP protocol in the port */
	INET_SCTP, /* an association's state */
};

/* The inet_diag_msg of nlh into rec: 0 or -EINVAL. Inline, so that each
 * kind's parser below is the whole walk with its quirk folded in (a call per
 * message, none per attribute).
 *
 * A TCP socket reported in CLOSE came from the bind table walk that only
 * state bit 13 asks for (no other table holds a closed socket): it is
 * bound-inactive. A socket with no inode has no owner the kernel kept:
 * TIME_WAIT and request sockets always report uid 0, an orphan does on
 * kernels before sk_uid was kept, so uid 0 there is unknown, not root; any
 * other uid is the real one. raw_diag reports the IP protocol as the "port",
 * as /proc/net/raw does. sctp_diag: an endpoint carries its socket state
 * (LISTEN, CLOSE, ...), an association its SCTP state; only an association
 * has the peers' addresses (net/sctp/diag.c, inet_sctp_diag_fill). */
static inline int parse_inet(const struct nlmsghdr *nlh, const struct proto_desc *d,
			     struct sock_rec *rec, enum inet_quirk quirk)
{
	const struct inet_diag_msg *m = mnl_nlmsg_get_payload(nlh);
	struct attr_tab t;

	if (mnl_nlmsg_get_payload_len(nlh) < sizeof(*m))
		return -EINVAL;
	if (m->idiag_family != AF_INET && m->idiag_family != AF_INET6)
		return -EINVAL;
	rec->proto = (uint8_t)d->id;
	rec->family = m->idiag_family;
	rec->state = m->idiag_state < ST_MAX ? m->idiag_state : ST_UNKNOWN;
	rec->timer = m->idiag_timer;
	rec->retrans = m->idiag_retrans;
	rec->expires_ms = m->idiag_expires;
	rec->recv_q = m->idiag_rqueue;
	rec->send_q = m->idiag_wqueue;
	rec->uid = m->idiag_uid;
	rec->inode = m->idiag_inode;
	rec->cookie = (uint64_t)m->id.idiag_cookie[1] << 32 | m->id.idiag_cookie[0];
	rec->have = HAVE_UID | HAVE_INODE | HAVE_COOKIE | HAVE_TIMER | HAVE_RECV_Q | HAVE_SEND_Q |
		    HAVE_IFINDEX;
	if (quirk == INET_TCP && rec->state == ST_CLOSE)
		rec->state = ST_BOUND_INACTIVE;
	if (rec->inode == 0 && (rec->uid == 0 || sock_is_minisock(rec)))
		rec->have &= ~(uint32_t)HAVE_UID;
	copy_addr(rec->local.addr, m->id.idiag_src, m->idiag_family);
	copy_addr(rec->remote.addr, m->id.idiag_dst, m->idiag_family);
	rec->local.port = ntohs(m->id.idiag_sport);
	rec->remote.port = ntohs(m->id.idiag_dport);
	rec->local.ifindex = m->id.idiag_if;
	if (quirk == INET_RAW)
		rec->raw_protocol = (uint8_t)rec->local.port;
	if (nl_attr_collect(nlh, sizeof(*m), &t) < 0)
		return -EINVAL;
	if (quirk == INET_SCTP && t.tb[INET_DIAG_PEERS]) {
		rec->state = sock_sctp_state(m->idiag_state);
		rec->assoc = 1;
	}
	parse_inet_attrs(&t, d, rec);
	return 0;
}

int nl_parse_inet(const struct nlmsghdr *nlh, const struct proto_desc *d, struct sock_rec *rec)
{
	return parse_inet(nlh, d, rec, INET_PLAIN);
}

int nl_parse_tcp(const struct nlmsghdr *nlh, const struct proto_desc *d, struct sock_rec *rec)
{
	return parse_inet(nlh, d, rec, INET_TCP);
}

int nl_parse_raw(const struct nlmsghdr *nlh, const struct proto_desc *d, struct sock_rec *rec)
{
	return parse_inet(nlh, d, rec, INET_RAW);
}

int nl_parse_sctp(const struct nlmsghdr *nlh, const struct proto_desc *d, struct sock_rec *rec)
{
	return parse_inet(nlh, d, rec, INET_SCTP);
}
