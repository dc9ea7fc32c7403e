/* SPDX-License-Identifier: MIT */
/* sockev.h - sock_diag destroy events (the SKNLGRP_*_DESTROY multicast groups
 * ss -E listens to) and SOCK_DESTROY (ss -K). Both speak netlink in the
 * current network namespace; neither prints. */
#ifndef SOCKLS_SOCKEV_H
#define SOCKLS_SOCKEV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sockls/sock.h"

struct sockev;

/* Binds a netlink socket (a port id of its own: an unbound one receives no
 * broadcast) and joins the destroy groups of the kinds in protos (TCP, UDP)
 * and the families in families (FAM_* bits). rcvbuf 0: 8 MiB (forced when
 * privileged). 0 or -errno (-EPERM: joining needs CAP_NET_ADMIN). */
int sockev_open(struct sockev **out, uint32_t protos, uint32_t families, size_t rcvbuf);
void sockev_close(struct sockev *ev);
int sockev_fd(const struct sockev *ev);

/* The destroy records in one received datagram (at most 4 KiB are read):
 * calls cb for each. Returns how many, 0 when it held none (truncated,
 * malformed, another message), or cb's negative return. */
int sockev_parse(const void *buf, size_t len, sock_rec_cb cb, void *data);

/* What sockev_read has met so far. */
struct sockev_stats {
	uint64_t events;      /* records handed to cb */
	uint64_t unreadable;  /* datagrams that held no destroy record (truncated, malformed) */
	uint64_t overruns;    /* ENOBUFS reports: the kernel dropped some (sockev_drops says how many) */
};

/* Reads one batch of queued datagrams (up to 64) without blocking and calls
 * cb with the final record of each destroyed socket, as the kernel sent it:
 * state CLOSE, tuple, cookie, tcp_info (uid and inode are sent as 0:
 * unknown). Returns a positive number when it read something or was told of
 * an overrun (call again), 0 when nothing was queued, or -errno (cb's
 * negative return stops). */
int sockev_read(struct sockev *ev, sock_rec_cb cb, void *data, struct sockev_stats *st);
/* Messages the kernel dropped on this socket since it was opened (the
 * socket's drop counter, SO_MEMINFO): the exact number of lost events. */
int sockev_drops(const struct sockev *ev, uint64_t *drops);

/* SOCK_DESTROY of one TCP or UDP socket named by its record (tuple and
 * cookie). 0, or the kernel's -errno: -EPERM without CAP_NET_ADMIN,
 * -EOPNOTSUPP without CONFIG_INET_DIAG_DESTROY, -ENOENT when it is gone. */
struct sockev_killer;
int sockev_killer_open(struct sockev_killer **out);
int sockev_kill(struct sockev_killer *k, const struct sock_rec *rec);
void sockev_killer_close(struct sockev_killer *k);

/* Whether this process has CAP_NET_ADMIN in its effective set, from
 * proc_root/self/status: 1, 0, or -errno when it cannot tell. */
int sockev_have_net_admin(const char *proc_root);
/* CONFIG_INET_DIAG_DESTROY in /boot/config-RELEASE: 1 set, 0 not set,
 * -ENOENT when no readable plain config names it. */
int sockev_kernel_destroy_config(void);

#endif
