/* SPDX-License-Identifier: MIT */
/* proc_ops.c - the protocol table's proc_line operations (proc_ops.h): each
 * kind's line parser of proc.h in the table's one shape. */
#include "sockls/proc.h"
#include "sockls/proc_ops.h"

int proc_line_unix(const char *line, size_t len, unsigned int family, unsigned int file,
		   struct sock_rec *rec)
{
	(void)family;
	(void)file;
	return proc_parse_unix_line(line, len, rec);
}

int proc_line_packet(const char *line, size_t len, unsigned int family, unsigned int file,
		     struct sock_rec *rec)
{
	(void)family;
	(void)file;
	return proc_parse_packet_line(line, len, rec);
}

int proc_line_netlink(const char *line, size_t len, unsigned int family, unsigned int file,
		      struct sock_rec *rec)
{
	(void)family;
	(void)file;
	return proc_parse_netlink_line(line, len, rec);
}

int proc_line_sctp(const char *line, size_t len, unsigned int family, unsigned int file,
		   struct sock_rec *rec)
{
	(void)family;
	return file == 0 ? proc_parse_sctp_ep_line(line, len, rec) :
			   proc_parse_sctp_assoc_line(line, len, rec);
}
