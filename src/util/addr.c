/* SPDX-License-Identifier: MIT */
/* addr.c - hand-written address and number formatting for the table's hot path. */
#include <arpa/inet.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/addr.h"

size_t addr_utoa(char *buf, uint64_t v)
{
	char tmp[20];
	size_t n = 0;

	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	for (size_t i = 0; i < n; i++)
		buf[i] = tmp[n - 1 - i];
	return n;
}

static size_t fmt_v4(char *buf, const uint8_t a[4])
{
	size_t n = 0;

	for (int i = 0; i < 4; i++) {
		if (i)
			buf[n++] = '.';
		n += addr_utoa(buf + n, a[i]);
	}
	buf[n] = '\0';
	return n;
}

size_t addr_format(char *buf, size_t cap, unsigned int family, const uint8_t addr[16])
{
	char tmp[INET6_ADDRSTRLEN];
	size_t n;

	if (cap == 0)
		return 0;
	if (family == AF_INET)
		n = fmt_v4(tmp, addr);
	else if (inet_ntop(AF_INET6, addr, tmp, sizeof(tmp)))
		n = strlen(tmp);
	else
		n = 0;
	if (n >= cap)
		n = cap - 1;
	memcpy(buf, tmp, n);
	buf[n] = '\0';
	return n;
}

size_t addr_format_endpoint(char *buf, size_t cap, unsigned int family,
			    const struct sock_endpoint *ep, const char *ifname)
{
	char tmp[ADDR_TEXT_MAX + 32];
	size_t n = 0;

	if (cap == 0)
		return 0;
	if (family == AF_INET6)
		tmp[n++] = '[';
	n += addr_format(tmp + n, INET6_ADDRSTRLEN, family, ep->addr);
	if (family == AF_INET6)
		tmp[n++] = ']';
	if (ifname && *ifname) {
		size_t l = strnlen(ifname, 64);
		tmp[n++] = '%';
		memcpy(tmp + n, ifname, l);
		n += l;
	}
	tmp[n++] = ':';
	if (ep->port)
		n += addr_utoa(tmp + n, ep->port);
	else
		tmp[n++] = '*';
	if (n >= cap)
		n = cap - 1;
	memcpy(buf, tmp, n);
	buf[n] = '\0';
	return n;
}
