/* SPDX-License-Identifier: MIT */
/* addr.h - address:port text as the table prints it ("127.0.0.1:22", "[::1]:*", "[fe80::1]%eth0:22"). */
#ifndef SOCKLS_ADDR_H
#define SOCKLS_ADDR_H

#include <stddef.h>
#include <stdint.h>

#include "sockls/sock.h"

/* Longest result: "[" 45-char IPv6 "]" "%" an escaped interface name (at most 64 bytes) ":" 5 digits. */
#define ADDR_TEXT_MAX 128

/* Address only, no brackets: "127.0.0.1", "::ffff:10.0.0.1". Returns length. */
size_t addr_format(char *buf, size_t cap, unsigned int family, const uint8_t addr[16]);

/* addr:port for the table; IPv6 in brackets, port 0 as "*", ifname (may be
 * NULL) appended as "%ifname" after the address. Returns length. */
size_t addr_format_endpoint(char *buf, size_t cap, unsigned int family,
			    const struct sock_endpoint *ep, const char *ifname);

/* Unsigned decimal into buf (no NUL); returns digits written. buf needs 20 bytes. */
size_t addr_utoa(char *buf, uint64_t v);

#endif
