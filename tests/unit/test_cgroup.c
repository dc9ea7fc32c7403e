/* SPDX-License-Identifier: MIT */
/* test_cgroup.c - the cgroup path parser on real-world paths (v1, v2, hybrid,
 * both Kubernetes cgroup drivers, rootless podman), the index on a made-up
 * tree and /proc, the label and the --unit/--container/--pod matchers. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "bytecode_run.h"
#include "testskip.h"
#include <linux/inet_diag.h>

#include "sockls/bytecode.h"
#include "sockls/cgroup.h"
#include "sockls/filter.h"

#define ID64 "3f2a1b9c0d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8"

struct fixture {
	const char *path, *unit, *runtime, *id, *pod;
};

static const struct fixture fixtures[] = {
	/* systemd, v2 or the hybrid's unified/name=systemd line */
	{ "/system.slice/nginx.service", "nginx.service", "", "", "" },
	{ "/system.slice/system-getty.slice/getty@tty1.service", "getty@tty1.service", "", "", "" },
	{ "/user.slice/user-1000.slice/session-3.scope", "session-3.scope", "", "", "" },
	{ "/user.slice/user-1000.slice/user@1000.service/app.slice/x.service", "x.service", "", "", "" },
	{ "/", "", "", "", "" },
	{ "/system.slice", "", "", "", "" },
	/* docker with the systemd and the cgroupfs driver (v1 controllers too) */
	{ "/system.slice/docker-" ID64 ".scope", "docker-" ID64 ".scope", "docker", ID64, "" },
	{ "/docker/" ID64, "", "docker", ID64, "" },
	/* podman, rootful and rootless under user@.service; conmon is not the container */
	{ "/machine.slice/libpod-" ID64 ".scope/container", "libpod-" ID64 ".scope", "podman", ID64, "" },
	{ "/user.slice/user-1000.slice/user@1000.service/user.slice/libpod-" ID64 ".scope",
	  "libpod-" ID64 ".scope", "podman", ID64, "" },
	{ "/machine.slice/libpod-conmon-" ID64 ".scope", "libpod-conmon-" ID64 ".scope", "", "", "" },
	/* Kubernetes, systemd driver: guaranteed, burstable, besteffort */
	{ "/kubepods.slice/kubepods-pod0a1b2c3d_4e5f_6789_abcd_ef0123456789.slice/cri-containerd-" ID64 ".scope",
	  "cri-containerd-" ID64 ".scope", "containerd", ID64, "0a1b2c3d-4e5f-6789-abcd-ef0123456789" },
	{ "/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod0a1b2c3d_4e5f_6789_abcd_ef0123456789.slice/crio-" ID64 ".scope",
	  "crio-" ID64 ".scope", "cri-o", ID64, "0a1b2c3d-4e5f-6789-abcd-ef0123456789" },
	{ "/kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-pod0a1b2c3d_4e5f_6789_abcd_ef0123456789.slice",
	  "", "", "", "0a1b2c3d-4e5f-6789-abcd-ef0123456789" },
	/* Kubernetes, cgroupfs driver (v1 memory line or v2) */
	{ "/kubepods/burstable/pod0a1b2c3d-4e5f-6789-abcd-ef0123456789/" ID64,
	  "", "", ID64, "0a1b2c3d-4e5f-6789-abcd-ef0123456789" },
	{ "/kubepods/pod0a1b2c3d-4e5f-6789-abcd-ef0123456789/" ID64,
	  "", "", ID64, "0a1b2c3d-4e5f-6789-abcd-ef0123456789" },
	/* not ids: short hex, upper case, a pod word outside kubepods */
	{ "/docker/3f2a1b9c", "", "", "", "" },
	{ "/system.slice/docker-3F2A.scope", "docker-3F2A.scope", "", "", "" },
	{ "/pod0a1b2c3d-4e5f-6789-abcd-ef0123456789", "", "", "", "" },
};

static void test_fixtures(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(fixtures) / sizeof(fixtures[0]); i++) {
		const struct fixture *f = &fixtures[i];
		struct cg_names n;
		cg_parse_path(f->path, &n);
		if (strcmp(n.unit, f->unit) || strcmp(n.runtime, f->runtime) ||
		    strcmp(n.ctr_id, f->id) || strcmp(n.pod_uid, f->pod))
			fail_msg("%s: unit '%s' runtime '%s' id '%s' pod '%s'", f->path, n.unit,
				 n.runtime, n.ctr_id, n.pod_uid);
	}
}

static void test_hostile_paths(void **state)
{
	struct cg_names n;
	char longp[8192];

	(void)state;
	cg_parse_path(NULL, &n);
	assert_string_equal(n.unit, "");
	cg_parse_path("//.service/", &n);
	assert_string_equal(n.unit, "");
	memset(longp, 'a', sizeof(longp) - 9);
	memcpy(longp + sizeof(longp) - 9, ".service", 9);
	cg_parse_path(longp, &n);
	assert_int_equal(strlen(n.unit), CG_UNIT_MAX - 1);
	cg_parse_path("/kubepods.slice/kubepods-pod.slice", &n);
	assert_string_equal(n.pod_uid, "");
	/* user@UID.service as systemd names it: no leading zero, 32 bits (fuzz) */
	cg_parse_path("/user.slice/user-0.slice/user@0.service/x.scope", &n);
	assert_true(n.user_service);
	assert_int_equal(n.user_uid, 0);
	cg_parse_path("/user.slice/user@4294967295.service", &n);
	assert_true(n.user_service);
	assert_int_equal(n.user_uid, 4294967295u);
	cg_parse_path("/user@00012.service", &n);
	assert_false(n.user_service);
	cg_parse_path("/user@4294967296.service", &n);
	assert_false(n.user_service);
	cg_parse_path("/user@12x.service/user@.service", &n);
	assert_false(n.user_service);
}

static void make_dir(const char *base, const char *rel, char *out, size_t cap)
{
	char cmd[1024];
	snprintf(out, cap, "%s%s", base, rel);
	snprintf(cmd, sizeof(cmd), "mkdir -p '%s'", out);
	assert_int_equal(system(cmd), 0);
}

static void put_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

/* A made-up cgroup2 tree, /proc and runtime state: ids are the directories'
 * inodes, names come from the state root, /proc/PID/cgroup maps a pid. */
static void test_index(void **state)
{
	char base[] = "/tmp/sockls-cg-XXXXXX", d[512], f[512], buf[600];
	struct stat st;
	struct cg_index *ix;
	const struct cg_entry *e;

	(void)state;
	assert_non_null(mkdtemp(base));
	make_dir(base, "/cg/system.slice/docker-" ID64 ".scope", d, sizeof(d));
	assert_int_equal(stat(d, &st), 0);
	make_dir(base, "/state/var/lib/docker/containers/" ID64, f, sizeof(f));
	strcat(f, "/config.v2.json");
	put_file(f, "{\"ID\":\"x\",\"Name\":\"/web\",\"State\":{}}");
	make_dir(base, "/proc/42", f, sizeof(f));
	strcat(f, "/cgroup");
	put_file(f, "4:memory:/x\n0::/system.slice/nginx.service\n");
	snprintf(f, sizeof(f), "%s/cg", base);
	snprintf(buf, sizeof(buf), "%s/proc", base);
	assert_int_equal(cg_index_build(buf, f, &ix), 0);
	snprintf(f, sizeof(f), "%s/state", base);
	cg_index_set_state_root(ix, f);

	e = cg_lookup_id(ix, st.st_ino);
	assert_non_null(e);
	assert_string_equal(e->path, "/system.slice/docker-" ID64 ".scope");
	assert_string_equal(e->names->ctr_name, "web");
	assert_string_equal(cg_label(e, buf, sizeof(buf)), "ctr:docker/web");
	assert_true(cg_match_container(e, "web"));
	assert_true(cg_match_container(e, "3f2a1b"));
	assert_false(cg_match_container(e, "3f2"));
	assert_false(cg_match_container(e, "4f2a1b"));
	/* an id no walk finds (older, or newer after one more walk): deleted,
	 * labelled so and matching no unit; id 0 is no id */
	e = cg_lookup_id(ix, 1);
	assert_true(cg_is_deleted(e));
	assert_string_equal(cg_label(e, buf, sizeof(buf)), "deleted");
	assert_false(cg_match_unit(e, "deleted"));
	assert_false(cg_match_container(e, "deleted"));
	assert_true(cg_is_deleted(cg_lookup_id(ix, UINT64_MAX)));
	assert_null(cg_lookup_id(ix, 0));

	e = cg_lookup_pid(ix, 42);
	assert_non_null(e);
	assert_int_equal(e->id, 0); /* not a directory of the tree: known by path only */
	assert_string_equal(cg_label(e, buf, sizeof(buf)), "unit:nginx.service");
	assert_true(cg_match_unit(e, "nginx"));
	assert_true(cg_match_unit(e, "system.slice"));
	assert_false(cg_match_unit(e, "ngin"));
	assert_false(cg_match_pod(e, "nginx"));
	assert_ptr_equal(cg_lookup_pid(ix, 42), e);
	assert_null(cg_lookup_pid(ix, 43));
	cg_index_free(ix);
	snprintf(buf, sizeof(buf), "rm -rf '%s'", base);
	assert_int_equal(system(buf), 0);
}

static void test_pod_label(void **state)
{
	struct cg_names n;
	struct cg_entry e = { 7, (char *)(uintptr_t)"/kubepods/pod0a1b2c3d-4e5f-6789-abcd-ef0123456789", &n };
	char buf[128];

	(void)state;
	cg_parse_path(e.path, &n);
	assert_string_equal(cg_label(&e, buf, sizeof(buf)), "pod:0a1b2c3d-4e5f-6789-abcd-ef0123456789");
	snprintf(n.pod_ns, sizeof(n.pod_ns), "default");
	snprintf(n.pod_name, sizeof(n.pod_name), "web-0");
	assert_string_equal(cg_label(&e, buf, sizeof(buf)), "pod:default/web-0");
	assert_true(cg_match_pod(&e, "web-0"));
	assert_true(cg_match_pod(&e, "default/web-0"));
	assert_true(cg_match_pod(&e, "0a1b2c3d-4e5f-6789-abcd-ef0123456789"));
	assert_false(cg_match_pod(&e, "kube-system/web-0"));
	assert_null(cg_label(NULL, buf, sizeof(buf)));
}

/* Issue 26 items 7, 12: a pod is a pod UID from the path, whatever a runtime's
 * state says; in a user's delegated subtree only a rootless podman container
 * is believed, and the label says whose subtree it is. */
static void test_pod_and_delegation(void **state)
{
	static const char id[] = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
	char path[256], buf[256];
	struct cg_names n;
	struct cg_entry e = { 9, path, &n };

	(void)state;
	snprintf(path, sizeof(path), "/machine.slice/crio-%s.scope", id);
	cg_parse_path(path, &n);
	snprintf(n.pod_name, sizeof(n.pod_name), "ghost"); /* from annotations only */
	assert_false(cg_names_pod(&n));
	assert_string_equal(cg_label(&e, buf, sizeof(buf)), "ctr:cri-o/0123456789ab");
	assert_false(cg_match_pod(&e, "ghost"));

	snprintf(path, sizeof(path), "/user.slice/user@1000.service/docker-%s.scope", id);
	cg_parse_path(path, &n);
	assert_string_equal(n.runtime, "docker");
	cg_names_delegate(&n, 1000);
	assert_string_equal(n.ctr_id, "");
	assert_false(cg_match_container(&e, "0123456789ab"));
	assert_string_equal(cg_label(&e, buf, sizeof(buf)),
			    "user:1000/unit:docker-0123456789abcdef0123456789abcdef0123456789abcdef"
			    "0123456789abcdef.scope");

	snprintf(path, sizeof(path), "/user.slice/user@0.service/user.slice/libpod-%s.scope", id);
	cg_parse_path(path, &n);
	cg_names_delegate(&n, 1001); /* the owner's uid wins over the name's */
	assert_int_equal(n.user_uid, 1001);
	assert_string_equal(cg_label(&e, buf, sizeof(buf)), "user:1001/ctr:podman/0123456789ab");

	snprintf(path, sizeof(path), "/u/kubepods.slice/kubepods-pod0a1b2c3d_4e5f_6789_abcd_"
		 "ef0123456789.slice/crio-%s.scope", id);
	cg_parse_path(path, &n);
	assert_true(cg_names_pod(&n));
	cg_names_delegate(&n, 1000);
	assert_false(cg_names_pod(&n));
	assert_false(cg_match_pod(&e, "0a1b2c3d-4e5f-6789-abcd-ef0123456789"));
	/* a label too small for the prefix stays terminated */
	assert_string_equal(cg_label(&e, buf, 4), "use");
}

/* "cgroup /" compiles to one CGROUP_COND the kernel's audit accepts, and the
 * interpreter and the user-space match agree. Needs a cgroup2 mount. */
static void test_bytecode(void **state)
{
	char w0[] = "cgroup", w1[] = "/", b1[] = "/no/such/sockls/cgroup";
	char *words[] = { w0, w1 };
	struct filter_spec spec = { .expr = words, .n_expr = 2, .default_states = STATES_ALL };
	struct filter *flt;
	struct filter_error err;
	struct sock_rec rec = { .proto = PROTO_TCP, .family = 2, .state = ST_LISTEN };
	uint8_t bc[256];
	size_t len;
	uint64_t id;

	(void)state;
	if (cg_path_id("/", &id) < 0)
		skip_why("no cgroup2 mount: the cgroup id of / is unknown");
	assert_int_equal(filter_build(&spec, &flt, &err), 0);
	assert_int_equal(bc_compile(flt, 2, bc, sizeof(bc), &len), 0);
	assert_int_equal(len, 12);
	assert_int_equal(bc_audit(bc, len), 0);
	assert_true(bc_exact(flt, 2));
	assert_false(bc_run(bc, len, &rec));
	assert_false(filter_match(flt, &rec));
	rec.cgroup_id = id;
	rec.have |= HAVE_CGROUP;
	assert_true(bc_run(bc, len, &rec));
	assert_true(filter_match(flt, &rec));
	filter_free(flt);
	char *bad[] = { w0, b1 };
	spec.expr = bad;
	assert_int_equal(filter_build(&spec, &flt, &err), -EINVAL);
	assert_non_null(strstr(err.msg, "no cgroup2 directory"));
}

static struct filter *build(const char *expr)
{
	static char buf[256];
	char *words[16];
	int n = 0;
	struct filter_spec spec = { .default_states = STATES_ALL };
	struct filter *flt;
	struct filter_error err;

	snprintf(buf, sizeof(buf), "%s", expr);
	for (char *save = NULL, *w = strtok_r(buf, " ", &save); w && n < 16;
	     w = strtok_r(NULL, " ", &save))
		words[n++] = w;
	spec.expr = words;
	spec.n_expr = n;
	assert_int_equal(filter_build(&spec, &flt, &err), 0);
	return flt;
}

/* A kernel before 5.8 refuses CGROUP_COND: BC_NO_CGROUP compiles the rest,
 * a superset (the cgroup terms as "may match"), which the audit accepts. */
static void test_bytecode_no_cgroup(void **state)
{
	struct sock_rec rec = { .proto = PROTO_TCP, .family = 2, .state = ST_LISTEN };
	uint8_t bc[256];
	size_t len;
	uint64_t id;
	struct filter *f;

	(void)state;
	if (cg_path_id("/", &id) < 0)
		skip_why("no cgroup2 mount: the cgroup id of / is unknown");
	f = build("cgroup / and sport = :80");
	assert_int_equal(bc_compile(f, 2, bc, sizeof(bc), &len), 0);
	assert_true(bc_has_op(bc, len, INET_DIAG_BC_CGROUP_COND));
	assert_int_equal(bc_compile_flags(f, 2, BC_NO_CGROUP, bc, sizeof(bc), &len), 0);
	assert_true(len > 0);
	assert_int_equal(bc_audit(bc, len), 0);
	assert_false(bc_has_op(bc, len, INET_DIAG_BC_CGROUP_COND));
	rec.local.port = 80; /* any cgroup: the kernel may not tell */
	assert_true(bc_run(bc, len, &rec));
	rec.local.port = 81;
	assert_false(bc_run(bc, len, &rec));
	filter_free(f);
	/* under "not" the superset flips: nothing is ruled out */
	f = build("not cgroup /");
	assert_int_equal(bc_compile_flags(f, 2, BC_NO_CGROUP, bc, sizeof(bc), &len), 0);
	assert_int_equal(len, 0);
	filter_free(f);
	f = build("cgroup / or dport = :5");
	assert_int_equal(bc_compile_flags(f, 2, BC_NO_CGROUP, bc, sizeof(bc), &len), 0);
	assert_int_equal(len, 0);
	assert_true(filter_uses_cgroup(f));
	filter_free(f);
	f = build("dport = :5");
	assert_false(filter_uses_cgroup(f));
	assert_int_equal(bc_compile_flags(f, 2, BC_NO_CGROUP, bc, sizeof(bc), &len), 0);
	assert_false(bc_has_op(bc, len, INET_DIAG_BC_CGROUP_COND));
	assert_true(bc_has_op(bc, len, INET_DIAG_BC_D_COND));
	filter_free(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fixtures),
		cmocka_unit_test(test_hostile_paths),
		cmocka_unit_test(test_index),
		cmocka_unit_test(test_pod_label),
		cmocka_unit_test(test_pod_and_delegation),
		cmocka_unit_test(test_bytecode),
		cmocka_unit_test(test_bytecode_no_cgroup),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
