/* SPDX-License-Identifier: MIT */
/* table.h - the aligned, human table writer: straight however long, memory bounded (rows beyond it wait in a temporary file). */
#ifndef SOCKLS_TABLE_H
#define SOCKLS_TABLE_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "sockls/row.h"

struct table_cfg {
	bool header;
	bool netns;        /* first column: namespace tag (--all-netns) */
	bool no_netid;     /* ss: no Netid column when one kind is listed */
	bool no_state;     /* ss: no State column when one state is asked */
	uint32_t ext;      /* EXT_* bits: which detail texts follow the columns */
	size_t lookahead;  /* rows held in memory before the rest wait in a temporary
			    * file (the widths come from all rows); 0 = bounded by bytes only */
	int *spill_err;    /* set to the -errno when no temporary file could be made or
			    * written (a full TMPDIR): the widths froze, rows streamed; may be NULL */
};

struct table;

struct table *table_new(FILE *out, const struct table_cfg *cfg);
/* 0, or -errno (e.g. -EPIPE when the reader went away). */
int table_row(struct table *t, const struct sock_row *row);
int table_end(struct table *t);
void table_free(struct table *t);

/* The Netid column text: tcp, udp, raw, u_str, u_dgr, u_seq. */
const char *table_netid(const struct sock_rec *rec);

/* The Local (local true) or Peer cell of row as the table prints it,
 * escaped: "127.0.0.1:22", "*:22", "/run/x.sock 4242", "rtnl:kernel".
 * buf holds TABLE_CELL_MAX bytes; returns the length. */
#define TABLE_CELL_MAX 4096
size_t table_endpoint(const struct sock_row *row, bool local, char *buf);

#endif
