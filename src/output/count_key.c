/* SPDX-License-Identifier: MIT */
/* count_key.c - the keys of --count-by: parsing the list, one socket's key
 * as bytes, and those bytes back as text, JSON or a label.
 *
 * A key is its values one after another, each a status byte (known, none,
 * unknown) and, when known, bytes whose memcmp order is the documented order
 * of ties: names bytewise and NUL-terminated, ports as two big-endian bytes,
 * addresses as a family byte (4 before 6) and the address, processes as a
 * list of (1, pid, name NUL) ended by 0. None and unknown sort after every
 * known value. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/addr.h"
#include "sockls/cgroup.h"
#include "sockls/count.h"
#include "sockls/esc.h"
#include "sockls/table.h"
#include "sockls/proto.h"
#include "sockls/users.h"

static const char *const names[CK_MAX][2] = {
	[CK_STATE] = { "state", "state" },
	[CK_KIND] = { "kind", "kind" },
	[CK_LOCAL_ADDR] = { "local-addr", "local_addr" },
	[CK_LOCAL_PORT] = { "local-port", "local_port" },
	[CK_REMOTE_ADDR] = { "remote-addr", "remote_addr" },
	[CK_REMOTE_PORT] = { "remote-port", "remote_port" },
	[CK_REMOTE] = { "remote", "remote" },
	[CK_SERVICE] = { "service", "service" },
	[CK_PROCESS] = { "process", "process" },
	[CK_USER] = { "user", "user" },
	[CK_UNIT] = { "unit", "unit" },
	[CK_CONTAINER] = { "container", "container" },
	[CK_POD] = { "pod", "pod" },
	[CK_NETNS] = { "netns", "netns" },
};

const char *count_key_name(enum count_key k)
{
	return k < CK_MAX ? names[k][0] : "?";
}

const char *count_key_label(enum count_key k)
{
	return k < CK_MAX ? names[k][1] : "?";
}

int count_keys_parse(const char *list, struct count_keys *out, char *msg, size_t cap)
{
	const char *p = list;

	memset(out, 0, sizeof(*out));
	for (;;) {
		size_t len = strcspn(p, ","), k;
		for (k = 0; k < CK_MAX; k++)
			if (len && strlen(names[k][0]) == len && !strncmp(p, names[k][0], len))
				break;
		if (k == CK_MAX) {
			snprintf(msg, cap, "--count-by '%s': unknown key '%.*s' (state, kind, local-addr, "
				 "local-port, remote-addr, remote-port, remote, service, process, user, "
				 "unit, container, pod, netns)", list, (int)(len < 64 ? len : 64), p);
			return -EINVAL;
		}
		for (size_t i = 0; i < out->n; i++)
			if (out->key[i] == k) {
				snprintf(msg, cap, "--count-by '%s': key '%s' given twice", list,
					 names[k][0]);
				return -EINVAL;
			}
		if (out->n == COUNT_KEYS_MAX) {
			snprintf(msg, cap, "--count-by '%s': at most %d keys", list, COUNT_KEYS_MAX);
			return -EINVAL;
		}
		out->key[out->n++] = (uint8_t)k;
		if (!p[len])
			return 0;
		p += len + 1;
	}
}

static bool has_key(const struct count_keys *k, enum count_key key)
{
	for (size_t i = 0; i < k->n; i++)
		if (k->key[i] == key)
			return true;
	return false;
}

bool count_keys_need_cgroups(const struct count_keys *k)
{
	return has_key(k, CK_UNIT) || has_key(k, CK_CONTAINER) || has_key(k, CK_POD);
}

bool count_keys_need_owners(const struct count_keys *k)
{
	return has_key(k, CK_PROCESS);
}

/* Encoding: a bounded buffer; a value that would not fit is unknown (never
 * cut short into another value). Room is kept for one status byte per key,
 * so the statuses of the values after a long one always fit. */
struct enc {
	uint8_t *buf;
	size_t n;
};

static bool room(const struct enc *e, size_t more)
{
	return e->n + more + COUNT_KEYS_MAX <= COUNT_KEY_BYTES;
}

static void put_status(struct enc *e, enum count_status st)
{
	e->buf[e->n++] = (uint8_t)st;
}

static void put_str(struct enc *e, const char *s)
{
	size_t len = s ? strnlen(s, COUNT_KEY_BYTES) : 0;

	if (!s || !room(e, len + 2)) {
		put_status(e, s ? CV_UNKNOWN : CV_NONE);
		return;
	}
	put_status(e, CV_KNOWN);
	memcpy(e->buf + e->n, s, len);
	e->n += len;
	e->buf[e->n++] = 0;
}

static bool is_inet(const struct sock_rec *rec)
{
	return rec->family == AF_INET || rec->family == AF_INET6;
}

/* A v4-mapped IPv6 address is the IPv4 peer it stands for: counted as a.b.c.d. */
static void put_addr(struct enc *e, const struct sock_rec *rec, const struct sock_endpoint *ep)
{
	bool mapped = rec->family == AF_INET6 && sock_is_v4mapped(ep->addr);
	bool v4 = rec->family == AF_INET || mapped;

	e->buf[e->n++] = v4 ? 4 : 6;
	memcpy(e->buf + e->n, mapped ? ep->addr + 12 : ep->addr, v4 ? 4 : 16);
	e->n += v4 ? 4 : 16;
}

static void put_port(struct enc *e, uint16_t port)
{
	e->buf[e->n++] = (uint8_t)(port >> 8);
	e->buf[e->n++] = (uint8_t)port;
}

/* A UNIX socket's local address is its name as the listing shows it
 * ("@" for an abstract name's NULs, "*" when unnamed). */
static void put_unix_name(struct enc *e, const struct sock_rec *rec)
{
	char name[SOCK_UNIX_PATH_MAX + 2];
	size_t len = rec->path_len < sizeof(name) - 1 ? rec->path_len : sizeof(name) - 1;

	memcpy(name, rec->path, len);
	for (size_t i = 0; i < len; i++)
		if (name[i] == '\0')
			name[i] = '@';
	if (!len)
		name[len++] = '*';
	name[len] = '\0';
	if (!room(e, len + 3)) {
		put_status(e, CV_UNKNOWN);
		return;
	}
	put_status(e, CV_KNOWN);
	e->buf[e->n++] = 1; /* before 4 (IPv4) and 6 (IPv6) */
	memcpy(e->buf + e->n, name, len + 1);
	e->n += len + 1;
}

/* Addresses and ports: IP sockets (a raw socket's port is its protocol, as
 * the listing shows it); the local name of a UNIX socket; none otherwise. */
static void put_endpoint(struct enc *e, const struct sock_row *row, enum count_key key)
{
	const struct sock_rec *rec = row->rec;
	bool local = key == CK_LOCAL_ADDR || key == CK_LOCAL_PORT;
	const struct sock_endpoint *ep = local ? &rec->local : &rec->remote;

	if (key == CK_LOCAL_ADDR && proto_draw(rec->proto) == PROTO_DRAW_PATH) {
		put_unix_name(e, rec);
		return;
	}
	if (!is_inet(rec)) {
		put_status(e, CV_NONE);
		return;
	}
	if (!room(e, 1 + 1 + 16 + 2)) {
		put_status(e, CV_UNKNOWN);
		return;
	}
	put_status(e, CV_KNOWN);
	if (key != CK_LOCAL_PORT && key != CK_REMOTE_PORT)
		put_addr(e, rec, ep);
	if (key != CK_LOCAL_ADDR && key != CK_REMOTE_ADDR)
		put_port(e, ep->port);
}

/* The distinct processes holding the socket, each once (owners come pid by
 * pid); unknown when none was found (a TIME_WAIT socket, or not readable). */
static void put_process(struct enc *e, const struct sock_row *row)
{
	size_t start = e->n;

	if (!row->n_owners) {
		put_status(e, CV_UNKNOWN);
		return;
	}
	put_status(e, CV_KNOWN);
	for (size_t i = 0; i < row->n_owners; i++) {
		const struct sock_owner *o = &row->owners[i];
		size_t len = strnlen(o->comm, sizeof(o->comm));
		if (i && o->pid == row->owners[i - 1].pid)
			continue;
		/* half the key at most: the other values keep their room */
		if (!room(e, len + 7) || e->n + len + 7 > start + COUNT_KEY_BYTES / 2) {
			e->n = start;
			put_status(e, CV_UNKNOWN);
			return;
		}
		e->buf[e->n++] = 1;
		for (int b = 24; b >= 0; b -= 8)
			e->buf[e->n++] = (uint8_t)((uint32_t)o->pid >> b);
		memcpy(e->buf + e->n, o->comm, len);
		e->n += len;
		e->buf[e->n++] = 0;
	}
	e->buf[e->n++] = 0;
}

static void put_uid(struct enc *e, const struct sock_rec *rec)
{
	if (!(rec->have & HAVE_UID) || !room(e, 5)) {
		put_status(e, CV_UNKNOWN);
		return;
	}
	put_status(e, CV_KNOWN);
	for (int b = 24; b >= 0; b -= 8)
		e->buf[e->n++] = (uint8_t)(rec->uid >> b);
}

/* unit, container, pod: unknown without the socket's cgroup; none when the
 * cgroup is known and names none. */
static void put_cgroup(struct enc *e, const struct sock_row *row, enum count_key key)
{
	const struct cg_names *nm = row->cgroup ? row->cgroup->names : NULL;
	char buf[CG_NAME_MAX * 2 + 2];

	if (!nm) {
		put_status(e, CV_UNKNOWN);
		return;
	}
	if (key == CK_UNIT) {
		put_str(e, nm->unit[0] ? nm->unit : NULL);
	} else if (key == CK_CONTAINER) {
		snprintf(buf, sizeof(buf), "%.12s", nm->ctr_id);
		put_str(e, nm->ctr_name[0] ? nm->ctr_name : nm->ctr_id[0] ? buf : NULL);
	} else if (nm->pod_name[0]) {
		snprintf(buf, sizeof(buf), "%s/%s", nm->pod_ns, nm->pod_name);
		put_str(e, buf);
	} else {
		put_str(e, nm->pod_uid[0] ? nm->pod_uid : NULL);
	}
}

static void put_key(struct enc *e, const struct sock_row *row, enum count_key key,
		    const char *netns)
{
	const struct sock_rec *rec = row->rec;
	unsigned int st = rec->state == ST_NEW_SYN_RECV ? ST_SYN_RECV : rec->state;

	switch (key) {
	case CK_STATE: put_str(e, sock_state_name(rec->proto, st)); break;
	case CK_KIND: put_str(e, table_netid(rec)); break;
	case CK_SERVICE: put_str(e, is_inet(rec) ? row->service : NULL); break;
	case CK_PROCESS: put_process(e, row); break;
	case CK_USER: put_uid(e, rec); break;
	case CK_UNIT: case CK_CONTAINER: case CK_POD: put_cgroup(e, row, key); break;
	case CK_NETNS:
		if (row->netns || netns)
			put_str(e, row->netns ? row->netns : netns);
		else
			put_status(e, CV_UNKNOWN);
		break;
	default: put_endpoint(e, row, key); break;
	}
}

size_t count_encode(const struct count_keys *k, const struct sock_row *row, const char *netns,
		    uint8_t *buf)
{
	struct enc e = { .buf = buf };

	for (size_t i = 0; i < k->n; i++)
		put_key(&e, row, k->key[i], netns);
	return e.n;
}

/* The length of one known value of key at p (len bytes left); 0 when malformed. */
static size_t known_len(enum count_key key, const uint8_t *p, size_t len)
{
	const uint8_t *z;
	size_t n, a;

	switch (key) {
	case CK_LOCAL_PORT: case CK_REMOTE_PORT: return len >= 2 ? 2 : 0;
	case CK_USER: return len >= 4 ? 4 : 0;
	case CK_LOCAL_ADDR: case CK_REMOTE_ADDR: case CK_REMOTE:
		if (len && (p[0] == 4 || p[0] == 6)) {
			a = 1 + (p[0] == 4 ? 4 : 16) + (key == CK_REMOTE ? 2 : 0);
			return len >= a ? a : 0;
		}
		if (!len || p[0] != 1 || !(z = memchr(p + 1, 0, len - 1)))
			return 0;
		return (size_t)(z - p) + 1; /* a UNIX name */
	case CK_PROCESS:
		for (n = 0; n < len && p[n] == 1;) {
			if (n + 5 >= len || !(z = memchr(p + n + 5, 0, len - n - 5)))
				return 0;
			n = (size_t)(z - p) + 1;
		}
		return n < len && p[n] == 0 ? n + 1 : 0;
	default:
		break;
	}
	z = memchr(p, 0, len);
	return z ? (size_t)(z - p) + 1 : 0;
}

bool count_decode(const struct count_keys *k, const uint8_t *key, size_t len,
		  struct count_val *vals)
{
	size_t off = 0;

	for (size_t i = 0; i < k->n; i++) {
		if (off >= len || key[off] > CV_UNKNOWN)
			return false;
		vals[i] = (struct count_val){ .status = key[off], .p = key + off + 1 };
		off++;
		if (vals[i].status != CV_KNOWN)
			continue;
		if (!(vals[i].len = known_len(k->key[i], key + off, len - off)))
			return false;
		off += vals[i].len;
	}
	return off == len;
}

/* The text of a value; term: escaped for the terminal, else raw bytes. */
static size_t put_text(char *buf, size_t cap, const char *s, size_t len, bool term)
{
	if (term)
		return esc_term(s, len, buf, cap);
	len = len < cap - 1 ? len : cap - 1;
	memcpy(buf, s, len);
	buf[len] = '\0';
	return len;
}

static uint32_t be32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* An address value (and port, for remote) as the listing prints it. */
static size_t addr_text(const uint8_t *p, enum count_key key, char *buf, size_t cap)
{
	struct sock_endpoint ep = { 0 };
	unsigned int fam = p[0] == 4 ? AF_INET : AF_INET6;

	memcpy(ep.addr, p + 1, fam == AF_INET ? 4 : 16);
	if (key != CK_REMOTE)
		return addr_format(buf, cap, fam, ep.addr);
	ep.port = (uint16_t)(p[fam == AF_INET ? 5 : 17] << 8 | p[fam == AF_INET ? 6 : 18]);
	return addr_format_endpoint(buf, cap, fam, &ep, NULL);
}

/* "nginx/812,nginx/813" */
static size_t process_text(const uint8_t *p, char *buf, size_t cap, bool term)
{
	size_t n = 0;

	buf[0] = '\0';
	while (*p == 1 && n + 16 < cap) {
		const char *comm = (const char *)p + 5;
		size_t len = strlen(comm);
		if (n)
			buf[n++] = ',';
		n += put_text(buf + n, cap - n - 12, comm, len, term);
		n += (size_t)snprintf(buf + n, cap - n, "/%u", be32(p + 1));
		p += 5 + len + 1;
	}
	return n;
}

size_t count_val_text(const struct count_keys *k, enum count_key key, const struct count_val *v,
		      char *buf, size_t cap, bool term)
{
	char name[64];
	uint32_t uid;

	if (v->status != CV_KNOWN)
		return put_text(buf, cap, v->status == CV_NONE ? "-" : "?", 1, false);
	switch (key) {
	case CK_LOCAL_PORT: case CK_REMOTE_PORT:
		return (size_t)snprintf(buf, cap, "%u", (unsigned int)(v->p[0] << 8 | v->p[1]));
	case CK_USER:
		uid = be32(v->p);
		if (!k->numeric && users_name(uid, name, sizeof(name)))
			return put_text(buf, cap, name, strlen(name), term);
		return (size_t)snprintf(buf, cap, "%u", uid);
	case CK_PROCESS:
		return process_text(v->p, buf, cap, term);
	case CK_LOCAL_ADDR: case CK_REMOTE_ADDR: case CK_REMOTE:
		if (v->p[0] == 4 || v->p[0] == 6)
			return addr_text(v->p, key, buf, cap);
		return put_text(buf, cap, (const char *)v->p + 1, v->len - 2, term);
	default:
		return put_text(buf, cap, (const char *)v->p, v->len - 1, term);
	}
}

static int process_json(struct jsonw *jw, const uint8_t *p)
{
	jsonw_arr_begin(jw);
	while (*p == 1) {
		const char *comm = (const char *)p + 5;
		jsonw_obj_begin(jw);
		jsonw_key_uint(jw, "pid", be32(p + 1));
		jsonw_key_str(jw, "name", comm);
		jsonw_obj_end(jw);
		p += 5 + strlen(comm) + 1;
	}
	return jsonw_arr_end(jw);
}

int count_val_json(struct jsonw *jw, const struct count_keys *k, enum count_key key,
		   const struct count_val *v)
{
	char buf[ADDR_TEXT_MAX], name[64];

	if (v->status != CV_KNOWN)
		return jsonw_null(jw);
	switch (key) {
	case CK_LOCAL_PORT: case CK_REMOTE_PORT:
		return jsonw_uint(jw, (unsigned int)(v->p[0] << 8 | v->p[1]));
	case CK_USER:
		jsonw_obj_begin(jw);
		jsonw_key_uint(jw, "uid", be32(v->p));
		jsonw_key_str(jw, "name", k->numeric ? NULL : users_name(be32(v->p), name,
									  sizeof(name)));
		return jsonw_obj_end(jw);
	case CK_PROCESS:
		return process_json(jw, v->p);
	case CK_LOCAL_ADDR: case CK_REMOTE_ADDR: case CK_REMOTE:
		if (v->p[0] == 4 || v->p[0] == 6) {
			addr_text(v->p, key, buf, sizeof(buf));
			return jsonw_str(jw, buf);
		}
		return jsonw_strn(jw, (const char *)v->p + 1, v->len - 2);
	default:
		return jsonw_strn(jw, (const char *)v->p, v->len - 1);
	}
}
