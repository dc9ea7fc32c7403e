/* SPDX-License-Identifier: MIT */
/* xdp.c - the parser file of the fixture's sock_diag kind (xdp.h): its dump
 * request (struct xdp_diag_req, with the interface, queue and owner), its
 * reply (struct xdp_diag_msg and attributes) to sock_rec, and how its
 * endpoints are drawn: "<interface or ifindex>:q<queue>" and "*". */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#include <libmnl/libmnl.h>
#include <linux/xdp_diag.h>

#include "nl_int.h"
#include "sockls/proto.h"
#include "sockls/sock.h"
#include "xdp.h"

size_t xdp_endpoint(char *buf, size_t cap, const struct sock_rec *rec, bool local,
		    const char *name)
{
	int n;

	if (!local || !rec->local.ifindex)
		n = snprintf(buf, cap, "*");
	else if (name)
		n = snprintf(buf, cap, "%s:q%u", name, rec->local.id);
	else
		n = snprintf(buf, cap, "%u:q%u", rec->local.ifindex, rec->local.id);
	if (n < 0) {
		buf[0] = '\0';
		return 0;
	}
	return (size_t)n < cap ? (size_t)n : cap - 1;
}

/* xsk_diag has no state filter: every XDP socket is dumped, UNCONN. */
int xdp_nl_req(struct nlmsghdr *nlh, const struct proto_desc *d, unsigned int family,
	       const struct query *q, const uint8_t *bc, size_t bc_len)
{
	struct xdp_diag_req *req = mnl_nlmsg_put_extra_header(nlh, sizeof(*req));

	(void)family, (void)q, (void)bc, (void)bc_len;
	req->sdiag_family = d->diag_family;
	req->xdiag_show = XDP_SHOW_INFO; /* XDP_DIAG_INFO and XDP_DIAG_UID */
	return 0;
}

int xdp_nl_parse(const struct nlmsghdr *nlh, const struct proto_desc *d, struct sock_rec *rec)
{
	const struct xdp_diag_msg *m = mnl_nlmsg_get_payload(nlh);
	const struct nlattr *a;
	struct attr_tab t;

	if (mnl_nlmsg_get_payload_len(nlh) < sizeof(*m) || m->xdiag_family != d->diag_family)
		return -EINVAL;
	if (nl_attr_collect(nlh, sizeof(*m), &t) < 0)
		return -EINVAL;
	rec->proto = (uint8_t)d->id;
	rec->family = m->xdiag_family;
	rec->state = ST_CLOSE;
	rec->unix_type = m->xdiag_type;
	rec->inode = m->xdiag_ino;
	rec->cookie = (uint64_t)m->xdiag_cookie[1] << 32 | m->xdiag_cookie[0];
	rec->have = HAVE_INODE | HAVE_COOKIE;
	if ((a = t.tb[XDP_DIAG_INFO]) && mnl_attr_get_payload_len(a) >= sizeof(struct xdp_diag_info)) {
		const struct xdp_diag_info *info = mnl_attr_get_payload(a);
		rec->local.ifindex = info->ifindex;
		rec->local.id = info->queue_id;
	}
	if ((a = t.tb[XDP_DIAG_UID]) && mnl_attr_get_payload_len(a) >= 4) {
		rec->uid = mnl_attr_get_u32(a);
		rec->have |= HAVE_UID;
	}
	return 0;
}
