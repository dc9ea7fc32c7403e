/* SPDX-License-Identifier: MIT */
/* json_parts.c - the members both schema versions write alike (json.c for v1
 * and IP sockets, json_v2.c for the other kinds in v2): a UNIX name and type,
 * a list of owners, the other end's owners. */
#include <string.h>
#include <sys/socket.h>

#include "sockls/proto.h"
#include "sockls/query.h"
#include "json_int.h"

const char *json_unix_type(unsigned int type)
{
	switch (type) {
	case SOCK_STREAM: return "stream";
	case SOCK_DGRAM: return "dgram";
	case SOCK_SEQPACKET: return "seqpacket";
	case SOCK_RAW: return "raw";
	default: return NULL;
	}
}

/* Abstract names start with NUL; shown with "@" as ss does, later NULs escaped. */
void json_unix_path(struct jsonw *jw, const struct sock_rec *rec)
{
	size_t len = rec->path_len < SOCK_UNIX_PATH_MAX ? rec->path_len : SOCK_UNIX_PATH_MAX;
	jsonw_key(jw, "path");
	if (len == 0) {
		jsonw_null(jw);
	} else if (rec->path[0] == '\0') {
		char buf[SOCK_UNIX_PATH_MAX];
		buf[0] = '@';
		memcpy(buf + 1, rec->path + 1, len - 1);
		jsonw_strn(jw, buf, len);
	} else {
		jsonw_strn(jw, rec->path, len);
	}
}

/* An empty list means no owner was found (none, or not visible to this user). */
void json_owners(struct jsonw *jw, const char *key, const struct sock_owner *v, size_t n)
{
	jsonw_key(jw, key);
	jsonw_arr_begin(jw);
	for (size_t i = 0; v && i < n; i++) {
		const struct sock_owner *o = &v[i];
		jsonw_obj_begin(jw);
		jsonw_key_int(jw, "pid", o->pid);
		jsonw_key_strn(jw, "comm", o->comm, strnlen(o->comm, sizeof(o->comm)));
		jsonw_key_int(jw, "fd", o->fd);
		jsonw_obj_end(jw);
	}
	jsonw_arr_end(jw);
}

/* The other end's owners under key: UNIX: null when the source did not give
 * the peer (/proc). TCP/UDP: null unless the other end is a socket of this
 * namespace. Other kinds: nothing. */
void json_peers(struct jsonw *jw, const struct sock_row *row, const char *key)
{
	const struct sock_rec *rec = row->rec;
	bool path = proto_draw(rec->proto) == PROTO_DRAW_PATH;
	bool known = path ? (rec->have & HAVE_PEER_INODE) != 0 : row->peer_found;

	if (!path && !proto_has(rec->proto, PROTO_F_EPHEMERAL))
		return;
	if (known)
		json_owners(jw, key, row->peers, row->n_peers);
	else
		jsonw_key_null(jw, key);
}

void json_remote_processes(struct jsonw *jw, const struct sock_row *row)
{
	json_peers(jw, row, "processes");
}
