/* test_services.c - built-in service names per protocol, name lookup, port classes, /etc/services overlays. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "sockls/services.h"
#include "sockls/sock.h"

struct seed {
	uint16_t port;
	const char *tcp, *udp; /* NULL: not checked for that protocol */
};

/* The seed services of DESIGN.md, with the names an ss -r user expects. */
static const struct seed seeds[] = {
	{ 20, "ftp-data", NULL },   { 21, "ftp", NULL },
	{ 22, "ssh", NULL },        { 25, "smtp", NULL },
	{ 53, "domain", "domain" }, { 67, NULL, "bootps" },
	{ 68, NULL, "bootpc" },     { 69, NULL, "tftp" },
	{ 80, "http", "http" },     { 110, "pop3", NULL },
	{ 123, NULL, "ntp" },       { 137, "netbios-ns", "netbios-ns" },
	{ 138, NULL, "netbios-dgm" }, { 143, "imap", NULL },
	{ 161, NULL, "snmp" },      { 162, NULL, "snmptrap" },
	{ 389, "ldap", "ldap" },    { 443, "https", "https" },
	{ 465, "submissions", NULL }, { 500, NULL, "isakmp" },
	{ 514, "shell", "syslog" }, { 520, NULL, "router" },
	{ 587, "submission", NULL }, { 993, "imaps", NULL },
	{ 995, "pop3s", NULL },     { 1194, "openvpn", "openvpn" },
	{ 1434, "ms-sql-m", "ms-sql-m" }, { 1701, "l2tp", "l2tp" },
	{ 1900, "ssdp", "ssdp" },   { 3306, "mysql", NULL },
	{ 3389, "ms-wbt-server", "ms-wbt-server" }, { 3478, "stun", "stun" },
	{ 4500, NULL, "ipsec-nat-t" }, { 5353, "mdns", "mdns" },
	{ 5355, "llmnr", "llmnr" }, { 5432, "postgresql", NULL },
	{ 2049, "nfs", "nfs" },     { 6000, "x11", "x11" },
};

static void test_seed_ports(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(seeds) / sizeof(seeds[0]); i++) {
		const struct seed *s = &seeds[i];
		if (s->tcp) {
			const char *n = svc_name(PROTO_TCP, s->port);
			assert_non_null(n);
			assert_string_equal(n, s->tcp);
		}
		if (s->udp) {
			const char *n = svc_name(PROTO_UDP, s->port);
			assert_non_null(n);
			assert_string_equal(n, s->udp);
		}
	}
}

static void test_proto_differences(void **state)
{
	(void)state;
	/* IANA reserves these on udp, or gives them to something else. */
	assert_null(svc_name(PROTO_UDP, 143));
	assert_null(svc_name(PROTO_UDP, 993));
	assert_string_equal(svc_name(PROTO_TCP, 514), "shell");
	assert_string_equal(svc_name(PROTO_UDP, 514), "syslog");
	assert_string_equal(svc_name(PROTO_UDP, 465), "igmpv3lite");
	assert_string_equal(svc_name(PROTO_TCP, 520), "efs");
	/* A range entry (x11 6000-6063) is expanded; 6064 is not x11. */
	assert_string_equal(svc_name(PROTO_TCP, 6063), "x11");
	assert_true(svc_name(PROTO_TCP, 6064) == NULL || strcmp(svc_name(PROTO_TCP, 6064), "x11") != 0);
}

static void test_unknown(void **state)
{
	(void)state;
	assert_null(svc_name(PROTO_TCP, 0));
	assert_null(svc_name(PROTO_UDP, 0));
	assert_null(svc_name(PROTO_TCP, 65535));
	assert_null(svc_name(PROTO_TCP, 60999));
	assert_null(svc_name(PROTO_RAW, 80));
	assert_null(svc_name(PROTO_UNIX, 80));
	assert_null(svc_name(PROTO_MAX, 80));
	assert_null(svc_name(99, 80));
}

static void test_name_to_port(void **state)
{
	(void)state;
	uint16_t port = 0;
	assert_int_equal(svc_port("http", PROTO_TCP, &port), 0);
	assert_int_equal(port, 80);
	assert_int_equal(svc_port("HTTPS", PROTO_TCP, &port), 0);
	assert_int_equal(port, 443);
	assert_int_equal(svc_port("SsH", PROTO_MAX, &port), 0);
	assert_int_equal(port, 22);
	assert_int_equal(svc_port("ntp", PROTO_UDP, &port), 0);
	assert_int_equal(port, 123);
	assert_int_equal(svc_port("syslog", PROTO_UDP, &port), 0);
	assert_int_equal(port, 514);
	/* Aliases: IANA's other names and the overlay's. */
	assert_int_equal(svc_port("www", PROTO_TCP, &port), 0);
	assert_int_equal(port, 80);
	assert_int_equal(svc_port("smtps", PROTO_TCP, &port), 0);
	assert_int_equal(port, 465);
	assert_int_equal(svc_port("postgres", PROTO_MAX, &port), 0);
	assert_int_equal(port, 5432);
	assert_int_equal(svc_port("rip", PROTO_UDP, &port), 0);
	assert_int_equal(port, 520);
	assert_int_equal(svc_port("mysql", PROTO_MAX, &port), 0);
	assert_int_equal(port, 3306);
	/* Names IANA spells with capitals match in any case. */
	assert_int_equal(svc_port("caIlic", PROTO_TCP, &port), 0);
	assert_int_equal(port, 216);

	port = 7;
	assert_int_equal(svc_port("no-such-service", PROTO_MAX, &port), -ENOENT);
	assert_int_equal(svc_port("", PROTO_TCP, &port), -ENOENT);
	assert_int_equal(svc_port("http", PROTO_RAW, &port), -ENOENT);
	assert_int_equal(port, 7);
	/* A udp-only name is not found for tcp. */
	assert_int_equal(svc_port("syslog", PROTO_TCP, &port), -ENOENT);
}

static void test_classes(void **state)
{
	(void)state;
	assert_int_equal(svc_port_class(0), SVC_CLASS_WELL_KNOWN);
	assert_int_equal(svc_port_class(1023), SVC_CLASS_WELL_KNOWN);
	assert_int_equal(svc_port_class(1024), SVC_CLASS_REGISTERED);
	assert_int_equal(svc_port_class(49151), SVC_CLASS_REGISTERED);
	assert_int_equal(svc_port_class(49152), SVC_CLASS_DYNAMIC);
	assert_int_equal(svc_port_class(65535), SVC_CLASS_DYNAMIC);
	assert_string_equal(svc_class_name(SVC_CLASS_WELL_KNOWN), "well-known");
	assert_string_equal(svc_class_name(SVC_CLASS_REGISTERED), "registered");
	assert_string_equal(svc_class_name(SVC_CLASS_DYNAMIC), "dynamic");
	assert_string_equal(svc_class_name((enum svc_class)7), "?");
}

static char *write_temp(const char *text)
{
	char *path = strdup("/tmp/test_services_XXXXXX");
	assert_non_null(path);
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	size_t len = strlen(text);
	assert_int_equal(write(fd, text, len), (ssize_t)len);
	close(fd);
	return path;
}

static void test_overlay(void **state)
{
	(void)state;
	char *path = write_temp("# site services\n"
				"\n"
				"myapp\t8123/tcp\tmy-app app8123   # our app\n"
				"http-site 80/tcp\n"
				"second    8123/tcp\n"
				"metrics   9100/udp\n"
				"ddpthing  4/ddp  alias\n"
				"   \t  # indented comment\n");
	unsigned int bad = 99;
	assert_int_equal(svc_overlay_load(path, &bad), 0);
	assert_int_equal(bad, 0);
	assert_string_equal(svc_name(PROTO_TCP, 8123), "myapp"); /* first wins */
	assert_string_equal(svc_name(PROTO_TCP, 80), "http-site");
	assert_string_equal(svc_name(PROTO_UDP, 80), "http");      /* built-in still there */
	assert_string_equal(svc_name(PROTO_UDP, 9100), "metrics");
	assert_string_equal(svc_name(PROTO_TCP, 22), "ssh");
	assert_null(svc_name(PROTO_UDP, 8123)); /* the overlay named tcp only */

	uint16_t port = 0;
	assert_int_equal(svc_port("APP8123", PROTO_TCP, &port), 0);
	assert_int_equal(port, 8123);
	assert_int_equal(svc_port("second", PROTO_MAX, &port), 0);
	assert_int_equal(port, 8123);
	assert_int_equal(svc_port("metrics", PROTO_TCP, &port), -ENOENT);
	assert_int_equal(svc_port("metrics", PROTO_MAX, &port), 0);
	assert_int_equal(port, 9100);
	assert_int_equal(svc_port("ddpthing", PROTO_MAX, &port), -ENOENT);

	svc_overlay_free();
	assert_string_equal(svc_name(PROTO_TCP, 80), "http");
	assert_null(svc_name(PROTO_TCP, 8123));
	unlink(path);
	free(path);
}

static void expect_bad(const char *text, unsigned int line)
{
	char *path = write_temp(text);
	unsigned int bad = 0;
	assert_int_equal(svc_overlay_load(path, &bad), -EINVAL);
	assert_int_equal(bad, line);
	unlink(path);
	free(path);
}

static void test_overlay_errors(void **state)
{
	(void)state;
	/* A good overlay survives a failed reload. */
	char *good = write_temp("keepme 64999/tcp\n");
	assert_int_equal(svc_overlay_load(good, NULL), 0);

	expect_bad("ok 1/tcp\nbroken\n", 2);
	expect_bad("a 1/tcp\n# c\nb 70000/tcp\n", 3);
	expect_bad("x tcp/80\n", 1);
	expect_bad("x 80\n", 1);
	expect_bad("x 80/\n", 1);
	expect_bad("x /tcp\n", 1);
	expect_bad("x 8a/tcp\n", 1);
	expect_bad("x 000000080/tcp\n", 1);
	expect_bad("x\x01y 80/tcp\n", 1);
	assert_string_equal(svc_name(PROTO_TCP, 64999), "keepme");

	unsigned int bad = 5;
	assert_int_equal(svc_overlay_load("/nonexistent/services", &bad), -ENOENT);
	assert_int_equal(bad, 0);
	assert_int_equal(svc_overlay_load("/", &bad), -EISDIR);
	assert_string_equal(svc_name(PROTO_TCP, 64999), "keepme");
	svc_overlay_free();
	assert_null(svc_name(PROTO_TCP, 64999));
	unlink(good);
	free(good);
}

struct walk {
	size_t n;
	int found_www, found_ov;
};

static int walk_cb(const char *name, uint16_t port, unsigned int proto, void *data)
{
	struct walk *w = data;
	w->n++;
	if (strcmp(name, "www") == 0 && port == 80 && proto == PROTO_TCP)
		w->found_www = 1;
	if (strcmp(name, "zz-ov") == 0 && port == 4444 && proto == PROTO_UDP)
		w->found_ov = 1;
	return w->n == 100000 ? 42 : 0;
}

static int stop_cb(const char *name, uint16_t port, unsigned int proto, void *data)
{
	(void)name, (void)port, (void)proto;
	return ++*(int *)data == 3 ? -7 : 0;
}

static void test_foreach(void **state)
{
	(void)state;
	char *path = write_temp("zz-ov 4444/udp\n");
	assert_int_equal(svc_overlay_load(path, NULL), 0);
	struct walk w = { 0 };
	assert_int_equal(svc_foreach(walk_cb, &w), 0);
	assert_true(w.n > 10000);
	assert_true(w.found_www);
	assert_true(w.found_ov);
	int calls = 0;
	assert_int_equal(svc_foreach(stop_cb, &calls), -7);
	assert_int_equal(calls, 3);
	svc_overlay_free();
	unlink(path);
	free(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed_ports),
		cmocka_unit_test(test_proto_differences),
		cmocka_unit_test(test_unknown),
		cmocka_unit_test(test_name_to_port),
		cmocka_unit_test(test_classes),
		cmocka_unit_test(test_overlay),
		cmocka_unit_test(test_overlay_errors),
		cmocka_unit_test(test_foreach),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
