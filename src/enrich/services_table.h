/* services_table.h - layout of the generated built-in service table (src/services_table.c); private to services.c. */
#ifndef SOCKLS_SERVICES_TABLE_H
#define SOCKLS_SERVICES_TABLE_H

#include <stdint.h>

/* One name->port row; name ids index svc_name_off, 0 is "no name". */
struct svc_lookup {
	uint16_t name;
	uint16_t port;
	uint8_t proto;  /* PROTO_TCP or PROTO_UDP */
	uint8_t alias;  /* 1: not the name svc_name() shows for this port */
};

extern const unsigned int svc_n_names;
extern const unsigned int svc_n_lookup;
extern const char svc_pool[];
extern const uint32_t svc_name_off[];
extern const uint16_t svc_by_port[65536][2];
extern const struct svc_lookup svc_lookup[];

#endif
