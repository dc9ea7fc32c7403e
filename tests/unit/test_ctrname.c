/* SPDX-License-Identifier: MIT */
/* test_ctrname.c - container and pod names from a made-up state tree: docker,
 * podman (rootful and the user's rootless store), cri-o (run and graph
 * roots), containerd (CRI and nerdctl), the kubelet's log names; and hostile
 * state: escape codes, a FIFO, a file over the cap, a directory, bad JSON. */
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
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

#include "sockls/cgroup.h"
#include "sockls/ctrname.h"

#define ID_A "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
#define ID_B "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
#define ID_C "cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc"
#define ID_D "dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd"
#define ID_E "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee"
#define ID_F "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
#define UID "0a1b2c3d-4e5f-6789-abcd-ef0123456789"

static char root[64];

__attribute__((format(printf, 2, 3)))
static void put(const char *text, const char *fmt, ...)
{
	char rel[512], path[1024], cmd[1200];
	va_list ap;
	FILE *f;

	va_start(ap, fmt);
	vsnprintf(rel, sizeof(rel), fmt, ap);
	va_end(ap);
	snprintf(path, sizeof(path), "%s/%s", root, rel);
	snprintf(cmd, sizeof(cmd), "mkdir -p \"$(dirname '%s')\"", path);
	assert_int_equal(system(cmd), 0);
	if (!text)
		return;
	assert_non_null(f = fopen(path, "w"));
	fputs(text, f);
	fclose(f);
}

static void names_of(struct ctr_state *st, const char *path, struct cg_names *nm)
{
	cg_parse_path(path, nm);
	ctr_state_names(st, nm);
}

static int setup(void **state)
{
	(void)state;
	snprintf(root, sizeof(root), "/tmp/sockls-ctr-XXXXXX");
	return mkdtemp(root) ? 0 : -1;
}

static int teardown(void **state)
{
	char cmd[128];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", root);
	return system(cmd) == 0 ? 0 : -1;
}

static void test_runtimes(void **state)
{
	struct ctr_state *st;
	struct cg_names nm;
	struct passwd *pw = getpwuid(getuid());

	(void)state;
	assert_non_null(pw);
	put("{\"Name\":\"/web\"}", "var/lib/docker/containers/" ID_A "/config.v2.json");
	put("[{\"id\":\"" ID_C "\",\"names\":[\"other\"]},{\"id\":\"" ID_B "\",\"names\":[\"db\"],"
	    "\"metadata\":\"{\\\"id\\\":\\\"" ID_C "\\\"}\"}]",
	    "var/lib/containers/storage/overlay-containers/containers.json");
	put("[{\"id\":\"" ID_C "\",\"names\":[\"mine\"]}]",
	    "%s/.local/share/containers/storage/overlay-containers/containers.json", pw->pw_dir + 1);
	put("{\"annotations\":{\"io.kubernetes.container.name\":\"api\",\"io.kubernetes.pod.name\":"
	    "\"api-7d\",\"io.kubernetes.pod.namespace\":\"prod\"}}",
	    "run/containers/storage/overlay-containers/" ID_D "/userdata/config.json");
	put("{\"annotations\":{\"io.kubernetes.cri.container-type\":\"container\","
	    "\"io.kubernetes.cri.container-name\":\"nginx\",\"io.kubernetes.cri.sandbox-name\":"
	    "\"front-0\",\"io.kubernetes.cri.sandbox-namespace\":\"edge\"}}",
	    "run/containerd/io.containerd.runtime.v2.task/k8s.io/" ID_E "/config.json");
	put("{\"annotations\":{\"nerdctl/name\":\"cache\"}}",
	    "run/containerd/io.containerd.runtime.v2.task/default/" ID_F "/config.json");
	assert_non_null(st = ctr_state_new(root));

	names_of(st, "/system.slice/docker-" ID_A ".scope", &nm);
	assert_string_equal(nm.ctr_name, "web");
	names_of(st, "/machine.slice/libpod-" ID_B ".scope", &nm);
	assert_string_equal(nm.ctr_name, "db");
	names_of(st, "/machine.slice/libpod-" ID_C ".scope", &nm); /* rootful store */
	assert_string_equal(nm.ctr_name, "other");
	char path[256];
	snprintf(path, sizeof(path), "/user.slice/user-%u.slice/user@%u.service/user.slice/"
		 "libpod-" ID_C ".scope/container", (unsigned)getuid(), (unsigned)getuid());
	names_of(st, path, &nm); /* the user's own store first */
	assert_true(nm.user_service);
	assert_int_equal(nm.user_uid, getuid());
	assert_string_equal(nm.ctr_name, "mine");
	names_of(st, "/kubepods.slice/kubepods-pod" UID ".slice/crio-" ID_D ".scope", &nm);
	assert_string_equal(nm.ctr_name, "api");
	assert_string_equal(nm.pod_name, "api-7d");
	assert_string_equal(nm.pod_ns, "prod");
	names_of(st, "/kubepods.slice/kubepods-pod" UID ".slice/cri-containerd-" ID_E ".scope", &nm);
	assert_string_equal(nm.ctr_name, "nginx");
	assert_string_equal(nm.pod_name, "front-0");
	assert_string_equal(nm.pod_ns, "edge");
	names_of(st, "/system.slice/cri-containerd-" ID_F ".scope", &nm);
	assert_string_equal(nm.ctr_name, "cache");
	names_of(st, "/system.slice/docker-" ID_B ".scope", &nm); /* docker has no such id */
	assert_string_equal(nm.ctr_name, "");
	ctr_state_free(st);
}

/* cgroupfs kubepods: the runtime is not in the path; the kubelet's names. */
static void test_kubelet_logs(void **state)
{
	struct ctr_state *st;
	struct cg_names nm;
	char target[600], link[600];

	(void)state;
	put(NULL, "var/log/containers/x");
	put("{}", "var/log/pods/ns1_pod1_" UID "/c/0.log");
	snprintf(target, sizeof(target), "%s/var/log/pods/ns1_pod1_" UID "/c/0.log", root);
	snprintf(link, sizeof(link), "%s/var/log/containers/pod1_ns1_sidecar-" ID_A ".log", root);
	assert_int_equal(symlink(target, link), 0);
	snprintf(link, sizeof(link), "%s/var/log/containers/bad_" ID_B ".log", root);
	assert_int_equal(symlink("/nonexistent", link), 0);
	assert_non_null(st = ctr_state_new(root));
	names_of(st, "/kubepods/burstable/pod" UID "/" ID_A, &nm);
	assert_string_equal(nm.runtime, "");
	assert_string_equal(nm.ctr_name, "sidecar");
	assert_string_equal(nm.pod_name, "pod1");
	assert_string_equal(nm.pod_ns, "ns1");
	names_of(st, "/kubepods/burstable/pod" UID "/" ID_B, &nm); /* "bad": no namespace */
	assert_string_equal(nm.ctr_name, "");
	assert_string_equal(nm.pod_name, "pod1"); /* from /var/log/pods by the UID */
	ctr_state_free(st);
}

static void test_hostile_state(void **state)
{
	struct ctr_state *st;
	struct cg_names nm;
	char path[600];
	int fd;

	(void)state;
	/* escape codes come back as bytes: the writers escape them */
	put("{\"Name\":\"/\\u001b]0;pwned\\u0007\\u001b[2J\"}",
	    "var/lib/docker/containers/" ID_A "/config.v2.json");
	/* a FIFO where a config should be: refused without blocking */
	put(NULL, "run/containers/storage/overlay-containers/" ID_B "/userdata/x");
	snprintf(path, sizeof(path),
		 "%s/run/containers/storage/overlay-containers/" ID_B "/userdata/config.json", root);
	assert_int_equal(mkfifo(path, 0600), 0);
	/* a file past the cap (sparse): refused from its size */
	put("", "var/lib/containers/storage/overlay-containers/containers.json");
	snprintf(path, sizeof(path), "%s/var/lib/containers/storage/overlay-containers/"
		 "containers.json", root);
	assert_true((fd = open(path, O_WRONLY)) >= 0);
	assert_int_equal(ftruncate(fd, (off_t)CTR_LIST_MAX + 1), 0);
	close(fd);
	/* a directory and bad JSON */
	put(NULL, "run/containerd/io.containerd.runtime.v2.task/k8s.io/" ID_C "/config.json/x");
	put("{\"annotations\":{\"io.kubernetes.container.name\":", "var/lib/containers/storage/"
	    "overlay-containers/" ID_D "/userdata/config.json");
	assert_non_null(st = ctr_state_new(root));

	names_of(st, "/system.slice/docker-" ID_A ".scope", &nm);
	assert_string_equal(nm.ctr_name, "\x1b]0;pwned\x07\x1b[2J");
	names_of(st, "/kubepods.slice/crio-" ID_B ".scope", &nm);
	assert_string_equal(nm.ctr_name, "");
	names_of(st, "/machine.slice/libpod-" ID_E ".scope", &nm);
	assert_string_equal(nm.ctr_name, "");
	names_of(st, "/kubepods.slice/cri-containerd-" ID_C ".scope", &nm);
	assert_string_equal(nm.ctr_name, "");
	names_of(st, "/kubepods.slice/crio-" ID_D ".scope", &nm);
	assert_string_equal(nm.ctr_name, "");
	ctr_state_free(st);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_runtimes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_kubelet_logs, setup, teardown),
		cmocka_unit_test_setup_teardown(test_hostile_state, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
