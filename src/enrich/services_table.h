/* SPDX-License-Identifier: MIT */
/* services_table.h - layout of the generated service tables ($(BUILD)/gen/services_table.c); private to services.c. */
#ifndef SOCKLS_SERVICES_TABLE_H
#define SOCKLS_SERVICES_TABLE_H

#include <stdint.h>

/* One name->port row; name ids index svc_name_off, 0 is "no name". */
struct svc_lookup {
	uint16_t name;
	uint16_t port;
	uint8_t proto;  /* PROTO_TCP or PROTO_UDP */
	uint8_t alias;  /* 1: not the name the table shows for this port */
};

/* One built-in table. lookup is sorted by ASCII-lower-case name, primaries
 * before aliases, then proto, then port. */
struct svc_table {
	const uint16_t (*by_port)[2];  /* [port][proto] = name id, 0 = unnamed */
	const struct svc_lookup *lookup;
	unsigned int n_lookup;
};

/* Both tables share one pool of names. */
extern const unsigned int svc_n_names;
extern const char svc_pool[];
extern const uint32_t svc_name_off[];

/* System ports plus data/services-wellknown.tsv: the names shown by default. */
extern const struct svc_table svc_table_wk;
/* IANA's full registry (data/services.tsv). */
extern const struct svc_table svc_table_iana;

#endif
