/* SPDX-License-Identifier: MIT */
/* floor.c - the benchmark floor: a bare sock_diag TCP dump that parses and discards every message.
 * It asks the cheapest way the kernel offers: one TCPDIAG_GETSOCK request, which
 * dumps both families in one walk of the socket tables (as sockls does).
 * With -2: one SOCK_DIAG_BY_FAMILY request per family, two walks (as ss asks).
 * With -i: each socket's tcp_info too (INET_DIAG_INFO), the kernel's work of a
 * dump that reads byte counters (as --watch does for its rates, ss -i). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <libmnl/libmnl.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>

#define FLOOR_BUF_SIZE (1u << 20)
#define FLOOR_SOCK_RCVBUF (8 << 20)

/* The least work any lister must do per message: find its boundaries and look at it. */
static int floor_msg_cb(const struct nlmsghdr *nlh, void *data)
{
	unsigned long *count = data;

	if (nlh->nlmsg_type == TCPDIAG_GETSOCK || nlh->nlmsg_type == SOCK_DIAG_BY_FAMILY)
		(*count)++;
	return MNL_CB_OK;
}

static void floor_rcvbuf(struct mnl_socket *nl)
{
	int fd = mnl_socket_get_fd(nl);
	int size = FLOOR_SOCK_RCVBUF;

	/* FORCE needs CAP_NET_ADMIN; plain RCVBUF is capped by rmem_max but still helps. */
	if (setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof(size)) < 0)
		setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof(size));
}

/* family 0: the compat request for both; AF_INET or AF_INET6: a v2 request for one. */
static int floor_dump(struct mnl_socket *nl, char *buf, unsigned int family, unsigned char ext,
		      unsigned long *count)
{
	struct nlmsghdr *nlh;
	unsigned int seq = (unsigned int)time(NULL) + family;
	unsigned int portid = mnl_socket_get_portid(nl);
	ssize_t n;
	int ret;

	nlh = mnl_nlmsg_put_header(buf);
	nlh->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	nlh->nlmsg_seq = seq;
	if (family) {
		struct inet_diag_req_v2 *req = mnl_nlmsg_put_extra_header(nlh, sizeof(*req));
		nlh->nlmsg_type = SOCK_DIAG_BY_FAMILY;
		req->sdiag_family = (unsigned char)family;
		req->sdiag_protocol = IPPROTO_TCP;
		req->idiag_states = ~0u;
		req->idiag_ext = ext;
	} else {
		struct inet_diag_req *req = mnl_nlmsg_put_extra_header(nlh, sizeof(*req));
		nlh->nlmsg_type = TCPDIAG_GETSOCK;
		req->idiag_family = AF_INET; /* the compat dump covers both families */
		req->idiag_states = ~0u;
		req->idiag_ext = ext;
	}
	if (mnl_socket_sendto(nl, nlh, nlh->nlmsg_len) < 0)
		return -errno;
	do {
		n = mnl_socket_recvfrom(nl, buf, FLOOR_BUF_SIZE);
		if (n < 0)
			return -errno;
		ret = mnl_cb_run(buf, (size_t)n, seq, portid, floor_msg_cb, count);
	} while (ret > MNL_CB_STOP);
	return ret < 0 ? -errno : 0;
}

int main(int argc, char **argv)
{
	unsigned char ext = 0;
	struct mnl_socket *nl;
	unsigned long count = 0;
	int two = 0;
	char *buf;
	int err;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-2") == 0) {
			two = 1;
		} else if (strcmp(argv[i], "-i") == 0) {
			ext = 1u << (INET_DIAG_INFO - 1);
		} else {
			fprintf(stderr, "usage: floor [-2] [-i]\n");
			return 2;
		}
	}
	buf = malloc(FLOOR_BUF_SIZE);
	nl = mnl_socket_open(NETLINK_SOCK_DIAG);
	if (!buf || !nl || mnl_socket_bind(nl, 0, MNL_SOCKET_AUTOPID) < 0) {
		perror("floor: netlink socket");
		return 1;
	}
	floor_rcvbuf(nl);
	err = floor_dump(nl, buf, two ? AF_INET : 0, ext, &count);
	if (two && err == 0)
		err = floor_dump(nl, buf, AF_INET6, ext, &count);
	if (err < 0) {
		fprintf(stderr, "floor: dump: %s\n", strerror(-err));
		return 1;
	}
	fprintf(stderr, "floor: %lu sockets\n", count);
	mnl_socket_close(nl);
	free(buf);
	return 0;
}
