/* hash.h - FNV-1a, the one hash of identities that must survive a refresh
 * (snapshots of sockets, ephemeral connections by 4-tuple). */
#ifndef SOCKLS_HASH_H
#define SOCKLS_HASH_H

#include <stddef.h>
#include <stdint.h>

#define HASH_FNV_INIT 0xcbf29ce484222325ULL

/* Folds n bytes at p into h (start with HASH_FNV_INIT). */
static inline uint64_t hash_fnv(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;

	for (size_t i = 0; i < n; i++)
		h = (h ^ b[i]) * 0x100000001b3ULL;
	return h;
}

#endif
