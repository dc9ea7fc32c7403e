/* SPDX-License-Identifier: MIT */
/* peertab.h - the connected TCP/UDP sockets of one namespace whose remote
 * address is local, as a compact 4-tuple -> inode hash: the peer of a
 * loopback connection is the socket holding the reversed tuple. Filled by
 * one dump (peertab_add), sealed (indexed) once, then searched. */
#ifndef SOCKLS_PEERTAB_H
#define SOCKLS_PEERTAB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sockls/sock.h"

struct peertab;

/* NULL with errno ENOMEM. */
struct peertab *peertab_new(void);
void peertab_free(struct peertab *t);

/* Forgets every entry (the next namespace); keeps the memory. */
void peertab_clear(struct peertab *t);

/* Room for n IPv4 (or v4-mapped) sockets of TCP (udp false) or UDP, made
 * once: a large block is only address space until written, and no copy is
 * made as the table fills (the sockets the namespace counts are a bound).
 * 0 or -ENOMEM. */
int peertab_reserve(struct peertab *t, bool udp, size_t n);

/* Keeps rec's tuple -> inode: a TCP or UDP socket with an inode (1 to
 * 0xfffffffe, the kernel's are 32-bit) and a remote port. IPv4 and
 * v4-mapped IPv6 addresses are one key. Two sockets with one tuple (UDP with
 * SO_REUSEPORT) make the tuple ambiguous: it then maps to nothing.
 * 0 kept, 1 not a socket it keeps, -ENOMEM. */
int peertab_add(struct peertab *t, const struct sock_rec *rec);

/* After the adds: indexes the tuples once; lookups need it. 0 or -ENOMEM
 * (then nothing is found). */
int peertab_seal(struct peertab *t);

/* The inode of the socket whose tuple is rec's reversed (local and remote
 * swapped, same protocol); 0 when there is none or it is ambiguous. */
uint64_t peertab_peer(const struct peertab *t, const struct sock_rec *rec);

/* Sockets kept (a repeat counts again) and bytes of memory held. */
size_t peertab_count(const struct peertab *t);
size_t peertab_bytes(const struct peertab *t);

#endif
