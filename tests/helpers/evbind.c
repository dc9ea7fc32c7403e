/* SPDX-License-Identifier: MIT */
/* evbind.c - the kernel fact behind -E, alone: a NETLINK_SOCK_DIAG socket
 * joins the TCP destroy groups (v4 and v6) with or without bind() and counts
 * the destroy messages it receives. The kernel broadcasts from port id 0 and
 * skips a listener with the sender's port id, so the unbound socket (port id
 * 0) receives nothing; bind() with nl_pid 0 gives it a port id of its own.
 *
 *   evbind bind|nobind MS [FILE]   prints "portid N", then "events N" after MS
 *                                  milliseconds; FILE gets the first message raw
 *                                  (a fixture for the parser's unit test). */
#include <errno.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static long long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

static int open_listener(int do_bind)
{
	static const unsigned int groups[] = { SKNLGRP_INET_TCP_DESTROY, SKNLGRP_INET6_TCP_DESTROY };
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
	socklen_t len = sizeof(sa);
	int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);

	if (fd < 0)
		return -1;
	if (do_bind && bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
		return -1;
	for (size_t i = 0; i < sizeof(groups) / sizeof(groups[0]); i++)
		if (setsockopt(fd, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, &groups[i], sizeof(groups[i])) < 0)
			return -1;
	if (getsockname(fd, (struct sockaddr *)&sa, &len) < 0)
		return -1;
	printf("portid %u\n", sa.nl_pid);
	fflush(stdout);
	return fd;
}

static void save(const char *path, const char *buf, size_t len)
{
	FILE *f = fopen(path, "wb");

	if (!f || fwrite(buf, 1, len, f) != len || fclose(f) != 0)
		fprintf(stderr, "evbind: cannot write %s\n", path);
}

int main(int argc, char **argv)
{
	char buf[8192];
	long long end;
	unsigned long events = 0;
	int fd;

	if (argc < 3 || (strcmp(argv[1], "bind") && strcmp(argv[1], "nobind"))) {
		fprintf(stderr, "usage: evbind bind|nobind MS [FILE]\n");
		return 2;
	}
	if ((fd = open_listener(strcmp(argv[1], "bind") == 0)) < 0) {
		fprintf(stderr, "evbind: %s\n", strerror(errno));
		return 1;
	}
	end = now_ms() + atoll(argv[2]);
	for (long long left; (left = end - now_ms()) > 0;) {
		struct pollfd p = { .fd = fd, .events = POLLIN };
		ssize_t n;
		if (poll(&p, 1, (int)left) <= 0)
			continue;
		n = recv(fd, buf, sizeof(buf), MSG_DONTWAIT);
		if (n <= 0)
			continue;
		if (events++ == 0 && argc > 3)
			save(argv[3], buf, (size_t)n);
	}
	printf("events %lu\n", events);
	return 0;
}
