/* SPDX-License-Identifier: MIT */
/* test_jscan.c - one string out of runtimes' JSON: by a path of keys and from
 * the matching element of containers.json; escapes, surrogates, keys inside
 * strings, repeats, truncation, malformed and deeply nested input. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "sockls/jscan.h"

static int path1(const char *doc, const char *key, char *out, size_t cap)
{
	const char *p[] = { key };

	return jscan_path(doc, strlen(doc), p, 1, out, cap);
}

static void test_docker_and_oci(void **state)
{
	const char *docker = "{\"StreamConfig\":{},\"State\":{\"Running\":true,\"Pid\":4242},"
			     "\"ID\":\"abc\",\"Name\":\"/web\",\"Args\":[1,2.5e3,null,false]}";
	const char *oci = "{\n\t\"ociVersion\": \"1.0.2\",\n\t\"process\": {\"args\": [\"/pause\"]},"
			  "\n\t\"annotations\": {\n\t\t\"io.kubernetes.cri.container-type\": "
			  "\"container\",\n\t\t\"io.kubernetes.cri.container-name\": \"nginx\"\n\t}\n}";
	const char *ann[] = { "annotations", "io.kubernetes.cri.container-name" };
	char out[64];

	(void)state;
	assert_int_equal(path1(docker, "Name", out, sizeof(out)), 0);
	assert_string_equal(out, "/web");
	assert_int_equal(jscan_path(oci, strlen(oci), ann, 2, out, sizeof(out)), 0);
	assert_string_equal(out, "nginx");
	assert_int_equal(path1(docker, "Nope", out, sizeof(out)), -ENOENT);
	assert_int_equal(path1(docker, "State", out, sizeof(out)), -ENOENT); /* not a string */
	assert_string_equal(out, "");
}

static void test_escapes(void **state)
{
	char out[64];

	(void)state;
	assert_int_equal(path1("{\"n\":\"\\u001b[31m\\\"x\\\\\\/\\n\\t\"}", "n", out, sizeof(out)), 0);
	assert_string_equal(out, "\x1b[31m\"x\\/\n\t");
	assert_int_equal(path1("{\"n\":\"\\ud83d\\ude00|\\ud800|\\u0000|\\udc00|\\u00e9\"}", "n", out,
			       sizeof(out)), 0);
	assert_string_equal(out, "\xf0\x9f\x98\x80|\xef\xbf\xbd|\xef\xbf\xbd|\xef\xbf\xbd|\xc3\xa9");
	/* a lone high surrogate before another escape leaves that escape alone */
	assert_int_equal(path1("{\"n\":\"\\ud800\\n\"}", "n", out, sizeof(out)), 0);
	assert_string_equal(out, "\xef\xbf\xbd\n");
	assert_int_equal(path1("{\"n\":\"\\q\"}", "n", out, sizeof(out)), -EINVAL);
	assert_int_equal(path1("{\"n\":\"\\u12\"}", "n", out, sizeof(out)), -EINVAL);
	assert_int_equal(path1("{\"n\":\"abc", "n", out, sizeof(out)), -EINVAL);
	/* bytes JSON forbids raw are kept: the output escapes them */
	assert_int_equal(path1("{\"n\":\"a\x07\xff\"}", "n", out, sizeof(out)), 0);
	assert_string_equal(out, "a\x07\xff");
}

static void test_keys_in_strings_and_repeats(void **state)
{
	const char *doc = "{\"x\":\"\\\"Name\\\":\\\"/evil\\\"\",\"y\":{\"Name\":\"/inner\"},"
			  "\"Name\":\"/good\",\"Name\":\"/second\"}";
	char out[64];

	(void)state;
	assert_int_equal(path1(doc, "Name", out, sizeof(out)), 0);
	assert_string_equal(out, "/good");
}

static void test_cut_at_cap(void **state)
{
	char out[5];

	(void)state;
	assert_int_equal(path1("{\"n\":\"abcdefgh\"}", "n", out, sizeof(out)), 0);
	assert_string_equal(out, "abcd");
	assert_int_equal(path1("{\"n\":\"abc\"}", "n", out, 0), -EINVAL);
}

static void test_malformed(void **state)
{
	static const char *const bad[] = {
		"", "{", "{\"a\"", "{\"a\":", "{\"a\":1,", "{\"a\" 1}", "{a:1,\"n\":\"x\"}",
		"{\"a\":[1,2,\"n\":\"x\"}", "{\"a\":tru\x01, \"n\":\"x\"}", "[\"n\"]", "\"n\"",
	};
	char out[16];

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		int rc = path1(bad[i], "n", out, sizeof(out));
		assert_true(rc == -EINVAL || rc == -ENOENT);
		assert_string_equal(out, "");
	}
	/* the answer comes before the damage: it is given */
	assert_int_equal(path1("{\"n\":\"ok\",\"z\":", "n", out, sizeof(out)), 0);
}

static void test_depth(void **state)
{
	char doc[1024], out[16];
	size_t n = 0;

	(void)state;
	n += (size_t)snprintf(doc + n, sizeof(doc) - n, "{\"a\":");
	for (int i = 0; i < 200; i++)
		doc[n++] = '[';
	for (int i = 0; i < 200; i++)
		doc[n++] = ']';
	n += (size_t)snprintf(doc + n, sizeof(doc) - n, ",\"n\":\"x\"}");
	assert_int_equal(jscan_path(doc, n, (const char *const[]){ "n" }, 1, out, sizeof(out)),
			 -EINVAL);
	const char *deep[70];
	for (int i = 0; i < 70; i++)
		deep[i] = "a";
	assert_int_equal(jscan_path("{\"a\":{\"a\":\"x\"}}", 15, deep, 70, out, sizeof(out)), -ENOENT);
}

static void test_array_find(void **state)
{
	const char *doc = "[{\"id\":\"aaaa\",\"names\":[\"first\",\"alias\"],\"image\":\"i\"},"
			  "7,\"junk\",[1],"
			  "{\"names\":[\"web\"],\"metadata\":\"{\\\"id\\\":\\\"bbbb\\\"}\",\"id\":\"bbbb\","
			  "\"flags\":{\"x\":[{}]}},"
			  "{\"id\":\"cccc\",\"names\":[]},{\"id\":\"dddd\",\"names\":[5,\"late\"]}]";
	char out[32];

	(void)state;
	assert_int_equal(jscan_array_find(doc, strlen(doc), "id", "bbbb", "names", out, sizeof(out)),
			 0);
	assert_string_equal(out, "web");
	assert_int_equal(jscan_array_find(doc, strlen(doc), "id", "aaaa", "names", out, sizeof(out)),
			 0);
	assert_string_equal(out, "first");
	assert_int_equal(jscan_array_find(doc, strlen(doc), "id", "cccc", "names", out, sizeof(out)),
			 -ENOENT);
	assert_int_equal(jscan_array_find(doc, strlen(doc), "id", "dddd", "names", out, sizeof(out)),
			 -ENOENT); /* the first element is not a string */
	assert_int_equal(jscan_array_find(doc, strlen(doc), "id", "zzzz", "names", out, sizeof(out)),
			 -ENOENT);
	assert_int_equal(jscan_array_find("[{\"id\":\"a\",", 11, "id", "a", "names", out, sizeof(out)),
			 -EINVAL);
	assert_int_equal(jscan_array_find("{}", 2, "id", "a", "names", out, sizeof(out)), -ENOENT);
	assert_string_equal(out, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_docker_and_oci),
		cmocka_unit_test(test_escapes),
		cmocka_unit_test(test_keys_in_strings_and_repeats),
		cmocka_unit_test(test_cut_at_cap),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_depth),
		cmocka_unit_test(test_array_find),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
