/* SPDX-License-Identifier: MIT */
/* fuzz_sockstat.c - libFuzzer target: summary_parse_sockstat and summary_parse_snmp
 * on arbitrary bytes, summary_count_tcp on what they set, then print the result. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "sockls/summary.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* heap copy of exactly size bytes, so ASan sees any read past the end */
	char *buf = malloc(size ? size : 1);
	if (!buf)
		return 0;
	for (size_t i = 0; i < size; i++)
		buf[i] = (char)data[i];
	static struct summary s;
	summary_init(&s);
	size_t set = summary_parse_sockstat(buf, size, &s);
	if (set > size / 2 + 1)
		abort(); /* each value needs at least two bytes of input */
	for (unsigned int k = 0; k < SSTAT_MAX; k++)
		if (!(s.sockstat_have & SSTAT_BIT(k)) && s.sockstat[k] != 0)
			abort(); /* an unknown value must never carry a number */
	summary_parse_snmp(buf, size, &s);
	FILE *null = fopen("/dev/null", "w");
	if (null) {
		summary_print(null, &s, NULL);
		if (summary_count_tcp(&s) == 0) {
			uint64_t est, other;
			if (summary_group(&s, SUM_GRP_EST_CW, &est) == 0 &&
			    (summary_group(&s, SUM_GRP_OTHER, &other) != 0 ||
			     est != s.sockstat[SSTAT_TCP_CURR_ESTAB]))
				abort(); /* the groups are known together, from CurrEstab */
			summary_print(null, &s, NULL);
		}
		fclose(null);
	}
	free(buf);
	return 0;
}
