/* eph_json.h - the --ephemeral report as a JSON object. */
#ifndef SOCKLS_EPH_JSON_H
#define SOCKLS_EPH_JSON_H

#include "sockls/ephemeral.h"

struct jsonw;

/* Writes the report object (sizes, ports in use per protocol, TIME_WAIT, the
 * top destinations, warning above warn_pct). Returns the writer's sticky error. */
int eph_report_json(struct jsonw *jw, const struct eph_report *rep, double warn_pct);

#endif
