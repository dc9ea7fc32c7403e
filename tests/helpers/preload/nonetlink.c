/* nonetlink.c - LD_PRELOAD shim for tests: socket(AF_NETLINK, ..., NETLINK_SOCK_DIAG)
 * fails with EPROTONOSUPPORT, as on a kernel or sandbox without sock_diag, so the
 * /proc fallback can be exercised on a normal machine. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <linux/netlink.h>
#include <sys/socket.h>

int socket(int domain, int type, int protocol)
{
	static int (*real_socket)(int, int, int);

	if (domain == AF_NETLINK && protocol == NETLINK_SOCK_DIAG) {
		errno = EPROTONOSUPPORT;
		return -1;
	}
	if (!real_socket)
		real_socket = (int (*)(int, int, int))dlsym(RTLD_NEXT, "socket");
	return real_socket(domain, type, protocol);
}
