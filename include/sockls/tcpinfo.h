/* SPDX-License-Identifier: MIT */
/* tcpinfo.h - the one decoder of the kernel's struct tcp_info bytes, shared by
 * the table and JSON writers (the kernel's struct may be shorter or longer). */
#ifndef SOCKLS_TCPINFO_H
#define SOCKLS_TCPINFO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sockls/sock.h"

/* The first eight bytes: state, ca_state, ..., options and the bitfields
 * (window scales, app_limited), each known only if the kernel sent it. */
struct tcpinfo_head {
	bool have_ca_state, have_options, have_wscale, have_app_limited;
	uint8_t ca_state;
	uint8_t options;                 /* TCPI_OPT_* */
	uint8_t snd_wscale, rcv_wscale;  /* only with have_wscale (TCPI_OPT_WSCALE set) */
	bool app_limited;
};

/* Bytes of tcp_info this record holds: 0 without HAVE_TCP_INFO. */
size_t tcpinfo_len(const struct sock_rec *rec);
/* Copies the size bytes at off into v; false when the kernel's struct ends before. */
bool tcpinfo_get(const struct sock_rec *rec, size_t off, size_t size, void *v);
void tcpinfo_head(const struct sock_rec *rec, struct tcpinfo_head *h);

/* tcpinfo_get() of a named field, with its size checked against v's. */
#define TCPINFO_FIELD(rec, f, v) \
	(sizeof(v) == sizeof(((struct tcp_info *)0)->f) && \
	 tcpinfo_get((rec), offsetof(struct tcp_info, f), sizeof(v), &(v)))

#endif
