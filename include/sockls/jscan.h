/* SPDX-License-Identifier: MIT */
/* jscan.h - reads one string out of a JSON document someone else wrote (a
 * container runtime's state file): no tree is built, nesting is bounded, any
 * input is safe, and what is not well-formed yields nothing. */
#ifndef SOCKLS_JSCAN_H
#define SOCKLS_JSCAN_H

#include <stddef.h>

/* Nesting deeper than this is refused (-EINVAL) rather than followed. */
#define JSCAN_DEPTH_MAX 64

/* The string at path in doc: each path element a key of nested objects
 * ({"annotations": {"io.kubernetes.container.name": "web"}} with the path
 * "annotations", "io.kubernetes.container.name"). Decoded into out (escapes
 * undone, \u0000 and lone surrogates as U+FFFD, cut at cap - 1 bytes),
 * NUL-terminated. When a key repeats, its first value counts. 0, -ENOENT
 * (no such key, or its value is not a string), -EINVAL (not well-formed
 * before the answer was reached). */
int jscan_path(const char *doc, size_t len, const char *const *path, size_t npath, char *out,
	       size_t cap);

/* In a document that is an array of objects (containers-storage's
 * containers.json), the first string of the array under key list_key of the
 * element whose key id_key is the string id: {"id": ID, "names": ["web"]}.
 * Returns as jscan_path. */
int jscan_array_find(const char *doc, size_t len, const char *id_key, const char *id,
		     const char *list_key, char *out, size_t cap);

#endif
