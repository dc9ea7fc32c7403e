/* SPDX-License-Identifier: MIT */
/* destroy.c - SOCK_DESTROY of one socket (-K) and the two preconditions a
 * user should hear about by name: CAP_NET_ADMIN and CONFIG_INET_DIAG_DESTROY. */
#include <errno.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "sockls/file.h"
#include "sockls/proto.h"
#include "sockls/sockev.h"

#define KILL_TIMEOUT_MS 2000
#define CAP_NET_ADMIN_BIT 12

struct sockev_killer {
	int fd;
	uint32_t seq;
};

int sockev_killer_open(struct sockev_killer **out)
{
	struct sockev_killer *k = calloc(1, sizeof(*k));
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };

	if (!k)
		return -ENOMEM;
	k->fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
	if (k->fd < 0 || bind(k->fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		int err = -errno;
		sockev_killer_close(k);
		return err;
	}
	*out = k;
	return 0;
}

void sockev_killer_close(struct sockev_killer *k)
{
	if (!k)
		return;
	if (k->fd >= 0)
		close(k->fd);
	free(k);
}

static void fill_req(struct inet_diag_req_v2 *r, const struct sock_rec *rec)
{
	size_t alen = rec->family == AF_INET ? 4 : 16;

	memset(r, 0, sizeof(*r));
	r->sdiag_family = rec->family;
	r->sdiag_protocol = (uint8_t)proto_get(rec->proto)->ipproto; /* a PROTO_F_DESTROY kind */
	r->idiag_states = ~0u;
	r->id.idiag_sport = htons(rec->local.port);
	r->id.idiag_dport = htons(rec->remote.port);
	memcpy(r->id.idiag_src, rec->local.addr, alen);
	memcpy(r->id.idiag_dst, rec->remote.addr, alen);
	r->id.idiag_if = rec->local.ifindex;
	if (rec->have & HAVE_COOKIE) {
		r->id.idiag_cookie[0] = (uint32_t)rec->cookie;
		r->id.idiag_cookie[1] = (uint32_t)(rec->cookie >> 32);
	} else {
		r->id.idiag_cookie[0] = r->id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;
	}
}

/* The ack of request seq: 0 or the kernel's -errno; bounded by a timeout. */
static int wait_ack(int fd, uint32_t seq)
{
	char buf[1024];
	struct pollfd p = { .fd = fd, .events = POLLIN };

	for (int i = 0; i < 16; i++) {
		ssize_t len;
		int r = poll(&p, 1, KILL_TIMEOUT_MS);
		if (r == 0)
			return -ETIMEDOUT;
		if (r < 0 && errno == EINTR)
			continue;
		len = r < 0 ? -1 : recv(fd, buf, sizeof(buf), 0);
		if (len < 0)
			return -errno;
		size_t n = (size_t)len;
		for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, n); h = NLMSG_NEXT(h, n)) {
			if (h->nlmsg_seq != seq || h->nlmsg_type != NLMSG_ERROR)
				continue;
			if (h->nlmsg_len < NLMSG_LENGTH(sizeof(struct nlmsgerr)))
				return -EBADMSG;
			return ((struct nlmsgerr *)NLMSG_DATA(h))->error;
		}
	}
	return -ETIMEDOUT;
}

int sockev_kill(struct sockev_killer *k, const struct sock_rec *rec)
{
	struct {
		struct nlmsghdr h;
		struct inet_diag_req_v2 r;
	} req;
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };

	if (!proto_has(rec->proto, PROTO_F_DESTROY))
		return -EOPNOTSUPP;
	memset(&req, 0, sizeof(req));
	req.h.nlmsg_len = sizeof(req);
	req.h.nlmsg_type = SOCK_DESTROY;
	req.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
	req.h.nlmsg_seq = ++k->seq;
	fill_req(&req.r, rec);
	if (sendto(k->fd, &req, sizeof(req), 0, (struct sockaddr *)&sa, sizeof(sa)) < 0)
		return -errno;
	return wait_ack(k->fd, k->seq);
}

int sockev_have_net_admin(const char *proc_root)
{
	char path[FILE_PATH_MAX], buf[4096], *p, *end;
	size_t len;
	unsigned long long caps;
	int err;

	snprintf(path, sizeof(path), "%s/self/status", proc_root);
	if ((err = file_read_small(path, buf, sizeof(buf) - 1, &len)) < 0)
		return err;
	buf[len] = '\0';
	if (!(p = strstr(buf, "\nCapEff:")))
		return -EINVAL;
	p += 8;
	while (*p == '\t' || *p == ' ')
		p++;
	errno = 0;
	caps = strtoull(p, &end, 16);
	if (errno || end == p)
		return -EINVAL;
	return (caps >> CAP_NET_ADMIN_BIT) & 1 ? 1 : 0;
}

/* /proc/config.gz would need a gzip reader: only the plain /boot copy is read;
 * without it the kernel's EOPNOTSUPP tells. */
int sockev_kernel_destroy_config(void)
{
	struct file_lines *fl;
	struct utsname u;
	char path[FILE_PATH_MAX], *line;
	size_t len;
	int ret = -ENOENT;

	if (uname(&u) < 0)
		return -errno;
	snprintf(path, sizeof(path), "/boot/config-%s", u.release);
	if (file_lines_open(&fl, path, FILE_LINE_MAX, 16u << 20) < 0)
		return -ENOENT;
	while (ret == -ENOENT && file_lines_next(fl, &line, &len) > 0) {
		if (!strncmp(line, "CONFIG_INET_DIAG_DESTROY=y", 26))
			ret = 1;
		else if (!strncmp(line, "# CONFIG_INET_DIAG_DESTROY is not set", 37))
			ret = 0;
	}
	file_lines_close(fl);
	return ret;
}
