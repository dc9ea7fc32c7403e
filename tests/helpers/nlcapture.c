/* SPDX-License-Identifier: MIT */
/* nlcapture.c - test helper: sends one sock_diag dump request and writes the raw
 * replies to a file, so nl_parse can be unit-tested on real captured bytes.
 * Usage: nlcapture tcp|udp|raw|unix|packet|netlink|mptcp 4|6 OUTFILE */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/netlink_diag.h>
#include <linux/packet_diag.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <netinet/in.h>

struct req {
	struct nlmsghdr nlh;
	union {
		struct inet_diag_req_raw inet;
		struct unix_diag_req unix_req;
		struct packet_diag_req packet;
		struct netlink_diag_req netlink;
	} r;
	struct nlattr proto_attr; /* mptcp: INET_DIAG_REQ_PROTOCOL */
	uint32_t proto_val;
};

static int build_kind(struct req *q, const char *proto)
{
	if (!strcmp(proto, "packet")) {
		q->nlh.nlmsg_len = NLMSG_LENGTH(sizeof(q->r.packet));
		q->r.packet.sdiag_family = AF_PACKET;
		q->r.packet.pdiag_show = PACKET_SHOW_INFO | PACKET_SHOW_MEMINFO;
		return 1;
	}
	if (!strcmp(proto, "netlink")) {
		q->nlh.nlmsg_len = NLMSG_LENGTH(sizeof(q->r.netlink));
		q->r.netlink.sdiag_family = AF_NETLINK;
		q->r.netlink.sdiag_protocol = NDIAG_PROTO_ALL;
		q->r.netlink.ndiag_show = NDIAG_SHOW_MEMINFO;
		return 1;
	}
	return 0;
}

static void build(struct req *q, const char *proto, int family)
{
	memset(q, 0, sizeof(*q));
	q->nlh.nlmsg_type = SOCK_DIAG_BY_FAMILY;
	q->nlh.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	q->nlh.nlmsg_seq = 1;
	if (!strcmp(proto, "unix")) {
		q->nlh.nlmsg_len = NLMSG_LENGTH(sizeof(q->r.unix_req));
		q->r.unix_req.sdiag_family = AF_UNIX;
		q->r.unix_req.udiag_states = ~0u;
		q->r.unix_req.udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_PEER | UDIAG_SHOW_RQLEN |
					   UDIAG_SHOW_UID | UDIAG_SHOW_MEMINFO;
		return;
	}
	if (build_kind(q, proto))
		return;
	q->nlh.nlmsg_len = NLMSG_LENGTH(sizeof(q->r.inet));
	if (!strcmp(proto, "mptcp")) {
		q->proto_attr.nla_len = sizeof(q->proto_attr) + sizeof(q->proto_val);
		q->proto_attr.nla_type = INET_DIAG_REQ_PROTOCOL;
		q->proto_val = 262; /* IPPROTO_MPTCP */
		q->nlh.nlmsg_len += q->proto_attr.nla_len;
	}
	q->r.inet.sdiag_family = (unsigned char)family;
	q->r.inet.sdiag_protocol = !strcmp(proto, "tcp") ? IPPROTO_TCP :
				   !strcmp(proto, "udp") ? IPPROTO_UDP : IPPROTO_RAW;
	if (q->r.inet.sdiag_protocol == IPPROTO_RAW)
		q->r.inet.sdiag_raw_protocol = IPPROTO_RAW;
	q->r.inet.idiag_states = ~0u;
	q->r.inet.idiag_ext = 1u << (INET_DIAG_INFO - 1) | 1u << (INET_DIAG_CONG - 1) |
			      1u << (INET_DIAG_SKMEMINFO - 1);
}

int main(int argc, char **argv)
{
	static char buf[65536];
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
	struct req q;
	FILE *out;
	int fd;

	if (argc != 4) {
		fputs("usage: nlcapture tcp|udp|raw|unix|packet|netlink|mptcp 4|6 OUTFILE\n", stderr);
		return 2;
	}
	build(&q, argv[1], argv[2][0] == '6' ? AF_INET6 : AF_INET);
	fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
	if (fd < 0 || sendto(fd, &q, q.nlh.nlmsg_len, 0, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		perror("nlcapture");
		return 1;
	}
	out = fopen(argv[3], "wb");
	if (!out) {
		perror(argv[3]);
		return 1;
	}
	for (;;) {
		ssize_t n = recv(fd, buf, sizeof(buf), 0);
		if (n <= 0) {
			perror("recv");
			return 1;
		}
		fwrite(buf, 1, (size_t)n, out);
		for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, (unsigned int)n);
		     h = NLMSG_NEXT(h, n))
			if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR)
				goto done;
	}
done:
	close(fd);
	return fclose(out) == 0 ? 0 : 1;
}
