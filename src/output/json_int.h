/* SPDX-License-Identifier: MIT */
/* json_int.h - the parts json.c and json_v2.c (the socket kinds' ends in schema v2) share. */
#ifndef SOCKLS_OUTPUT_JSON_INT_H
#define SOCKLS_OUTPUT_JSON_INT_H

#include <stdint.h>

#include "sockls/jsonw.h"
#include "sockls/row.h"

/* json_parts.c */
const char *json_unix_type(unsigned int type);             /* "stream", ... or NULL */
void json_unix_path(struct jsonw *jw, const struct sock_rec *rec); /* "path": the name */
void json_owners(struct jsonw *jw, const char *key, const struct sock_owner *v, size_t n);
/* The other end's owners under key (UNIX, TCP, UDP; nothing for other kinds), null unknown */
void json_peers(struct jsonw *jw, const struct sock_row *row, const char *key);
/* v2 "processes" of the remote object: the other end's owners, or null (unknown) */
void json_remote_processes(struct jsonw *jw, const struct sock_row *row);

/* json_v2.c: a UNIX socket and a packet, netlink or vsock socket in schema v2:
 * "local" and "remote" objects, as an IP socket's (ext: -p adds remote.processes). */
void json2_unix(struct jsonw *jw, const struct sock_row *row, uint32_t ext);
void json2_kind(struct jsonw *jw, const struct sock_row *row);

#endif
