/* proto.h - the protocol descriptor table: one row per socket kind, read by the
 * options parser, the sources, the summary and the writers. */
#ifndef SOCKLS_PROTO_H
#define SOCKLS_PROTO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct proto_desc {
	unsigned int id;          /* enum sock_proto */
	const char *name;         /* "tcp": Netid, JSON "proto", -A/--proto word */
	uint8_t diag_family;      /* sock_diag family: AF_INET (inet_diag) or AF_UNIX */
	uint8_t ipproto;          /* inet_diag sdiag_protocol; 0 where not inet */
	bool inet;                /* -4/-6 apply; addresses and ports */
	bool one_walk;            /* both families in one request (TCPDIAG_GETSOCK) */
	const char *proc_file[2]; /* /proc/net files for inet, inet6 (unix: both "unix") */
	uint32_t states;          /* STATE_BIT()s this kind can be in */
	const char *diag_module;  /* the kernel module that serves its sock_diag dumps */
};

/* The rows in listing order (TCP, UDP, RAW, UNIX) and their count. */
extern const struct proto_desc proto_table[];
extern const size_t proto_count;

/* The row of an enum sock_proto value, or NULL for an unknown one: never a guess. */
const struct proto_desc *proto_get(unsigned int id);
/* The row named name (case-sensitive, as ss), or NULL. */
const struct proto_desc *proto_by_name(const char *name);

#endif
