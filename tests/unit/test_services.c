/* SPDX-License-Identifier: MIT */
/* test_services.c - well-known and IANA service tables per protocol, name lookup both ways, port classes, /etc/services overlays. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <cmocka.h>

#include "sockls/services.h"
#include "sockls/sock.h"

struct seed {
	uint16_t port;
	const char *tcp, *udp; /* NULL: not checked for that protocol */
};

/* The seed services of DESIGN.md, with the names an ss -r user expects
 * (IANA's spelling, Debian's where IANA lists several). */
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
	{ 1900, NULL, "ssdp" },     { 3306, "mysql", NULL },
	{ 3389, "ms-wbt-server", "ms-wbt-server" }, { 3478, "stun", "stun" },
	{ 4500, "ipsec-nat-t", "ipsec-nat-t" }, { 5353, NULL, "mdns" },
	{ 5355, "llmnr", "llmnr" }, { 5432, "postgresql", NULL },
	{ 2049, "nfs", "nfs" },     { 6000, "x11", NULL },
};

struct find {
	const char *name;
	uint16_t port;
	unsigned int proto;
	int found;
};

static int find_cb(const char *name, uint16_t port, unsigned int proto, void *data)
{
	struct find *f = data;
	if (strcasecmp(name, f->name) == 0 && port == f->port && proto == f->proto)
		f->found = 1;
	return 0;
}

/* Whether the well-known table (svc_foreach, no overlay loaded) or IANA's
 * full one (svc_foreach_iana) lists name for port/proto. */
static int table_has(int iana, const char *name, uint16_t port, unsigned int proto)
{
	struct find f = { name, port, proto, 0 };
	if (iana)
		assert_int_equal(svc_foreach_iana(find_cb, &f), 0);
	else
		assert_int_equal(svc_foreach(find_cb, &f), 0);
	return f.found;
}

static void check_seed(unsigned int proto, uint16_t port, const char *want)
{
	const char *n = svc_name(proto, port);
	uint16_t got = 0;
	assert_non_null(n);
	assert_string_equal(n, want);
	assert_int_equal(svc_port(want, proto, &got), 0);
	assert_int_equal(got, port);
	assert_true(table_has(0, want, port, proto));
}

static void test_seed_ports(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(seeds) / sizeof(seeds[0]); i++) {
		const struct seed *s = &seeds[i];
		if (s->tcp)
			check_seed(PROTO_TCP, s->port, s->tcp);
		if (s->udp)
			check_seed(PROTO_UDP, s->port, s->udp);
	}
}

struct word {
	const char *word;
	unsigned int proto;
	uint16_t port;
};

/* The words people type (sockls --port WORD), each an alias or a name of the
 * well-known table, not only of IANA's registry. */
static const struct word words[] = {
	{ "http", PROTO_TCP, 80 },         { "www", PROTO_TCP, 80 },
	{ "https", PROTO_TCP, 443 },       { "ssh", PROTO_TCP, 22 },
	{ "ftp", PROTO_TCP, 21 },          { "ftp-data", PROTO_TCP, 20 },
	{ "smtp", PROTO_TCP, 25 },         { "dns", PROTO_UDP, 53 },
	{ "dns", PROTO_TCP, 53 },          { "domain", PROTO_UDP, 53 },
	{ "pop3", PROTO_TCP, 110 },        { "imap", PROTO_TCP, 143 },
	{ "ntp", PROTO_UDP, 123 },         { "snmp", PROTO_UDP, 161 },
	{ "snmptrap", PROTO_UDP, 162 },    { "snmp-trap", PROTO_UDP, 162 },
	{ "ldap", PROTO_TCP, 389 },        { "smtps", PROTO_TCP, 465 },
	{ "submission", PROTO_TCP, 587 },  { "imaps", PROTO_TCP, 993 },
	{ "pop3s", PROTO_TCP, 995 },       { "mysql", PROTO_TCP, 3306 },
	{ "rdp", PROTO_TCP, 3389 },        { "rdp", PROTO_UDP, 3389 },
	{ "dhcp", PROTO_UDP, 67 },         { "bootps", PROTO_UDP, 67 },
	{ "dhcpc", PROTO_UDP, 68 },        { "tftp", PROTO_UDP, 69 },
	{ "netbios-ns", PROTO_UDP, 137 },  { "netbios-dgm", PROTO_UDP, 138 },
	{ "ike", PROTO_UDP, 500 },         { "isakmp", PROTO_UDP, 500 },
	{ "syslog", PROTO_UDP, 514 },      { "rip", PROTO_UDP, 520 },
	{ "openvpn", PROTO_UDP, 1194 },    { "ms-sql-m", PROTO_UDP, 1434 },
	{ "l2tp", PROTO_UDP, 1701 },       { "ssdp", PROTO_UDP, 1900 },
	{ "stun", PROTO_UDP, 3478 },       { "ipsec-nat-t", PROTO_UDP, 4500 },
	{ "nat-t", PROTO_UDP, 4500 },      { "mdns", PROTO_UDP, 5353 },
	{ "llmnr", PROTO_UDP, 5355 },      { "postgres", PROTO_TCP, 5432 },
	{ "redis", PROTO_TCP, 6379 },      { "mongodb", PROTO_TCP, 27017 },
	{ "memcache", PROTO_TCP, 11211 },  { "memcached", PROTO_UDP, 11211 },
	{ "http-alt", PROTO_TCP, 8080 },   { "nfs", PROTO_UDP, 2049 },
	{ "amqp", PROTO_TCP, 5672 },       { "mqtt", PROTO_TCP, 1883 },
	{ "ms-wbt-server", PROTO_TCP, 3389 },
};

static void test_seed_words(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		const struct word *w = &words[i];
		uint16_t port = 0;
		assert_int_equal(svc_port(w->word, w->proto, &port), 0);
		assert_int_equal(port, w->port);
		assert_true(table_has(0, w->word, w->port, w->proto));
	}
	uint16_t port = 0;
	assert_int_equal(svc_port("DNS", PROTO_MAX, &port), 0);
	assert_int_equal(port, 53);
	assert_int_equal(svc_port("Rdp", PROTO_MAX, &port), 0);
	assert_int_equal(port, 3389);
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

struct obscure {
	uint16_t port;
	const char *iana; /* IANA's first tcp name (the CSV of 2024-04-30) */
};

/* Registered ports whose common use is ambiguous or not IANA's registrant:
 * no well-known name, but IANA's registry still answers on request. */
static const struct obscure obscure[] = {
	{ 3000, "hbci" },           { 9090, "websm" },
	{ 8000, "irdmi" },          { 5601, "esmagent" },
	{ 9092, "XmlIpcRegSvc" },   { 2181, "eforward" },
	{ 9100, "hp-pdl-datastr" }, { 5008, "synapsis-edge" },
	{ 5009, "winfs" },          { 2024, "xinuexpansion4" },
	{ 8443, "pcsync-https" },   { 5000, "commplex-main" },
	{ 5001, "commplex-link" },  { 9200, "wap-wsp" },
	{ 9000, "cslistener" },
};

static void test_obscure_names(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(obscure) / sizeof(obscure[0]); i++) {
		const struct obscure *o = &obscure[i];
		uint16_t port = 0;
		assert_null(svc_name(PROTO_TCP, o->port));
		assert_null(svc_name_from(SVC_BUILTIN_WELL_KNOWN, PROTO_TCP, o->port));
		assert_false(table_has(0, o->iana, o->port, PROTO_TCP));
		assert_non_null(svc_iana_name(PROTO_TCP, o->port));
		assert_string_equal(svc_iana_name(PROTO_TCP, o->port), o->iana);
		assert_string_equal(svc_name_from(SVC_BUILTIN_IANA, PROTO_TCP, o->port), o->iana);
		assert_true(table_has(1, o->iana, o->port, PROTO_TCP));
		/* name -> port still knows IANA's names, after the well-known table */
		assert_int_equal(svc_port(o->iana, PROTO_TCP, &port), 0);
		assert_int_equal(port, o->port);
	}
}

/* Hand-written from IANA's CSV: the full registry, per protocol. */
static void test_iana_table(void **state)
{
	(void)state;
	assert_string_equal(svc_iana_name(PROTO_TCP, 80), "http");
	assert_string_equal(svc_iana_name(PROTO_UDP, 6000), "x11");
	assert_string_equal(svc_iana_name(PROTO_TCP, 6063), "x11");
	assert_string_equal(svc_iana_name(PROTO_TCP, 1900), "ssdp");
	assert_string_equal(svc_iana_name(PROTO_TCP, 5353), "mdns");
	assert_string_equal(svc_iana_name(PROTO_UDP, 3306), "mysql");
	assert_string_equal(svc_iana_name(PROTO_TCP, 6443), "sun-sr-https");
	assert_string_equal(svc_iana_name(PROTO_UDP, 9100), "hp-pdl-datastr");
	assert_null(svc_iana_name(PROTO_TCP, 0));
	assert_null(svc_iana_name(PROTO_UDP, 143));
	assert_null(svc_iana_name(PROTO_RAW, 80));
	assert_null(svc_iana_name(PROTO_MAX, 80));
	/* Registered, but only on the protocol that runs there in the
	 * well-known table. */
	assert_null(svc_name(PROTO_TCP, 1900));
	assert_null(svc_name(PROTO_TCP, 5353));
	assert_null(svc_name(PROTO_UDP, 3306));
	assert_null(svc_name(PROTO_UDP, 6000));
	/* Curated: a name IANA does not give the port. */
	assert_string_equal(svc_name(PROTO_TCP, 6443), "kube-apiserver");
	uint16_t port = 0;
	assert_int_equal(svc_port("kubernetes", PROTO_TCP, &port), 0);
	assert_int_equal(port, 6443);
	/* The well-known table wins name->port over a later IANA registration. */
	assert_int_equal(svc_port("x11", PROTO_MAX, &port), 0);
	assert_int_equal(port, 6000);
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
	/* The overlay comes first for either built-in table; svc_iana_name ignores it. */
	assert_string_equal(svc_name_from(SVC_BUILTIN_IANA, PROTO_TCP, 80), "http-site");
	assert_string_equal(svc_name_from(SVC_BUILTIN_IANA, PROTO_UDP, 9100), "metrics");
	assert_string_equal(svc_iana_name(PROTO_UDP, 9100), "hp-pdl-datastr");
	assert_string_equal(svc_iana_name(PROTO_TCP, 80), "http");

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
	/* overlay + well-known: about a thousand ports, not IANA's 11,000 */
	assert_true(w.n > 1000 && w.n < 3000);
	assert_true(w.found_www);
	assert_true(w.found_ov);
	struct walk all = { 0 };
	assert_int_equal(svc_foreach_iana(walk_cb, &all), 0);
	assert_true(all.n > 11000);
	assert_true(all.found_www);
	assert_false(all.found_ov); /* IANA's table alone */
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
		cmocka_unit_test(test_seed_words),
		cmocka_unit_test(test_obscure_names),
		cmocka_unit_test(test_iana_table),
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
