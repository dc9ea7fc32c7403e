/* proto.c - the protocol descriptor table (see proto.h): adding a socket kind
 * starts with one row here. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

#include "sockls/proto.h"
#include "sockls/sock.h"

#define INET_STATES STATES_ALL
#define DGRAM_STATES (STATE_BIT(ST_ESTABLISHED) | STATE_BIT(ST_CLOSE))
#define UNIX_STATES (STATE_BIT(ST_ESTABLISHED) | STATE_BIT(ST_CLOSE) | STATE_BIT(ST_LISTEN) | \
		     STATE_BIT(ST_SYN_SENT) | STATE_BIT(ST_CLOSE_WAIT))

const struct proto_desc proto_table[] = {
	{ PROTO_TCP, "tcp", AF_INET, IPPROTO_TCP, true, true, { "tcp", "tcp6" },
	  INET_STATES | STATE_BIT(ST_NEW_SYN_RECV) | STATE_BIT(ST_BOUND_INACTIVE), "tcp_diag" },
	{ PROTO_UDP, "udp", AF_INET, IPPROTO_UDP, true, false, { "udp", "udp6" }, DGRAM_STATES,
	  "udp_diag" },
	{ PROTO_RAW, "raw", AF_INET, IPPROTO_RAW, true, false, { "raw", "raw6" }, DGRAM_STATES,
	  "raw_diag" },
	{ PROTO_UNIX, "unix", AF_UNIX, 0, false, false, { "unix", "unix" }, UNIX_STATES,
	  "unix_diag" },
};

const size_t proto_count = sizeof(proto_table) / sizeof(proto_table[0]);

_Static_assert(sizeof(proto_table) / sizeof(proto_table[0]) == PROTO_MAX,
	       "one proto_table row per enum sock_proto value");

const struct proto_desc *proto_get(unsigned int id)
{
	for (size_t i = 0; i < proto_count; i++)
		if (proto_table[i].id == id)
			return &proto_table[i];
	return NULL;
}

const struct proto_desc *proto_by_name(const char *name)
{
	for (size_t i = 0; name && i < proto_count; i++)
		if (strcmp(proto_table[i].name, name) == 0)
			return &proto_table[i];
	return NULL;
}
