/* SPDX-License-Identifier: MIT */
/* hash.h - the one hash function: FNV-1a over bytes (keys, tuples, the
 * identities that must survive a refresh), and a 64-bit mixer for keys that
 * are numbers already (cookies, inodes). */
#ifndef SOCKLS_HASH_H
#define SOCKLS_HASH_H

#include <stddef.h>
#include <stdint.h>

#include "sockls/sock.h"

#define HASH_FNV_INIT 0xcbf29ce484222325ULL

/* Folds n bytes at p into h (start with HASH_FNV_INIT). */
static inline uint64_t hash_fnv(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;

	for (size_t i = 0; i < n; i++)
		h = (h ^ b[i]) * 0x100000001b3ULL;
	return h;
}

/* Spreads a 64-bit number over all bits (MurmurHash3's finalizer). */
static inline uint64_t hash_u64(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	x *= 0xc4ceb9fe1a85ec53ULL;
	return x ^ (x >> 33);
}

/* A socket's kind and 4-tuple: proto, family, local and remote address and port. */
static inline uint64_t hash_sock_tuple(const struct sock_rec *rec)
{
	uint64_t h = HASH_FNV_INIT;

	h = hash_fnv(h, &rec->proto, 1);
	h = hash_fnv(h, &rec->family, 1);
	h = hash_fnv(h, rec->local.addr, 16);
	h = hash_fnv(h, &rec->local.port, 2);
	h = hash_fnv(h, rec->remote.addr, 16);
	return hash_fnv(h, &rec->remote.port, 2);
}

#endif
