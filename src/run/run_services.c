/* SPDX-License-Identifier: MIT */
/* run_services.c - the --services overlay and --list-services, for the run. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "run_int.h"
#include "sockls/file.h"
#include "sockls/services.h"
#include "sockls/writer.h"

int run_load_services(const struct opts *o, run_say_fn say)
{
	unsigned int bad = 0;
	int err;

	if (!o->services_file)
		return 0;
	err = svc_overlay_load(o->services_file, &bad);
	if (err == -EINVAL) {
		say("%s:%u: malformed services line", o->services_file, bad);
		return 2;
	}
	if (err < 0) {
		struct file_fail ff;
		char msg[FILE_PATH_MAX + 128];
		file_fail_set(&ff, o->services_file, err, SVC_FILE_MAX, FILE_LINE_MAX);
		say("cannot read services file %s", file_fail_msg(&ff, msg, sizeof(msg)));
		return 1;
	}
	return 0;
}

static int list_service_cb(const char *name, uint16_t port, unsigned int proto, void *data)
{
	(void)port;
	(void)proto;
	return writer_service(data, name);
}

int run_list_services(const struct opts *o, run_say_fn say)
{
	struct writer w;
	int ret, err;

	if (o->n_states || o->sport || o->dport || o->port || o->n_expr) {
		say("--list-services lists service names and takes no filter or state");
		return 2;
	}
	if ((ret = run_load_services(o, say)))
		return ret;
	if ((ret = run_stream_open(o, WREC_SERVICES, say, &w)) == 0) {
		err = svc_foreach(list_service_cb, &w);
		if (err == 0)
			err = writer_end(&w);
		writer_free(&w);
		ret = err < 0 ? run_write_failed(err, say) : 0;
	}
	svc_overlay_free();
	return ret;
}
