/* SPDX-License-Identifier: MIT */
/* run_services.c - the --services overlay and --list-services, for the run. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "run_int.h"
#include "sockls/esc.h"
#include "sockls/file.h"
#include "sockls/services.h"

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
	(void)data;
	/* an overlay's names are a file's bytes: the table's escaping */
	size_t len = strlen(name);
	char *esc = malloc(ESC_TERM_SIZE(len));
	if (!esc)
		return -ENOMEM;
	esc_term(name, len, esc, ESC_TERM_SIZE(len));
	int ret = puts(esc) == EOF ? (errno ? -errno : -EIO) : 0;
	free(esc);
	return ret;
}

int run_list_services(const struct opts *o, run_say_fn say)
{
	int ret, err;

	if (o->n_states || o->sport || o->dport || o->port || o->n_expr) {
		say("--list-services lists service names and takes no filter or state");
		return 2;
	}
	if ((ret = run_load_services(o, say)))
		return ret;
	err = svc_foreach(list_service_cb, NULL);
	svc_overlay_free();
	if (err == 0 && fflush(stdout) != 0)
		err = errno ? -errno : -EIO;
	return err < 0 ? run_write_failed(err, say) : 0;
}
