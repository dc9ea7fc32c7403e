/* SPDX-License-Identifier: MIT */
/* proc_ops.h - the /proc line parsers of the kinds whose lines are not
 * proc_parse_inet_line()'s, in the one shape the protocol table's proc_line
 * takes (proto.h): family and file as proc_source.c reads them. */
#ifndef SOCKLS_PROC_OPS_H
#define SOCKLS_PROC_OPS_H

#include <stddef.h>

struct sock_rec;

int proc_line_unix(const char *line, size_t len, unsigned int family, unsigned int file,
		   struct sock_rec *rec);
int proc_line_packet(const char *line, size_t len, unsigned int family, unsigned int file,
		     struct sock_rec *rec);
int proc_line_netlink(const char *line, size_t len, unsigned int family, unsigned int file,
		      struct sock_rec *rec);
/* sctp/eps (file 0) or sctp/assocs (file 1). */
int proc_line_sctp(const char *line, size_t len, unsigned int family, unsigned int file,
		   struct sock_rec *rec);

#endif
