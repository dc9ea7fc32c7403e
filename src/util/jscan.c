/* SPDX-License-Identifier: MIT */
/* jscan.c - one string out of a JSON document, by a path of keys or from the
 * matching element of an array of objects; a bounded recursive descent over
 * the bytes, no allocation, no tree. */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "sockls/jscan.h"

#define KEY_MAX 256

struct js {
	const char *p, *end;
	int depth;
};

/* Where a decoded string goes; cap 0 discards it. */
struct sink {
	char *out;
	size_t cap, n;
	bool cut;
};

static void ws(struct js *s)
{
	while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
		s->p++;
}

static bool at(struct js *s, char c)
{
	ws(s);
	return s->p < s->end && *s->p == c;
}

static void put(struct sink *k, const char *b, size_t n)
{
	if (!k->cap)
		return;
	if (k->n + n >= k->cap) {
		k->cut = true;
		n = k->cap - 1 - k->n;
	}
	memcpy(k->out + k->n, b, n);
	k->n += n;
}

static void put_cp(struct sink *k, uint32_t cp)
{
	char b[4];

	if (cp == 0 || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
		cp = 0xfffd;
	if (cp < 0x80) {
		b[0] = (char)cp;
		put(k, b, 1);
	} else if (cp < 0x800) {
		b[0] = (char)(0xc0 | cp >> 6);
		b[1] = (char)(0x80 | (cp & 0x3f));
		put(k, b, 2);
	} else if (cp < 0x10000) {
		b[0] = (char)(0xe0 | cp >> 12);
		b[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		b[2] = (char)(0x80 | (cp & 0x3f));
		put(k, b, 3);
	} else {
		b[0] = (char)(0xf0 | cp >> 18);
		b[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
		b[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
		b[3] = (char)(0x80 | (cp & 0x3f));
		put(k, b, 4);
	}
}

static int hex4(struct js *s, uint32_t *v)
{
	*v = 0;
	if (s->end - s->p < 4)
		return -EINVAL;
	for (int i = 0; i < 4; i++) {
		char c = *s->p++;
		int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 :
			c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
		if (d < 0)
			return -EINVAL;
		*v = *v << 4 | (uint32_t)d;
	}
	return 0;
}

/* \uXXXX, after the 'u'; a high surrogate takes the low one that follows. */
static int unicode(struct js *s, struct sink *k)
{
	uint32_t cp, lo;

	if (hex4(s, &cp) < 0)
		return -EINVAL;
	if (cp >= 0xd800 && cp <= 0xdbff && s->end - s->p >= 6 && s->p[0] == '\\' &&
	    s->p[1] == 'u') {
		const char *back = s->p;
		s->p += 2;
		if (hex4(s, &lo) == 0 && lo >= 0xdc00 && lo <= 0xdfff)
			cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
		else
			s->p = back; /* a lone high surrogate; the next escape stands alone */
	}
	put_cp(k, cp);
	return 0;
}

static int escape(struct js *s, struct sink *k)
{
	static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
	const char *e;

	if (s->p >= s->end)
		return -EINVAL;
	if (*s->p == 'u') {
		s->p++;
		return unicode(s, k);
	}
	if (!(e = memchr(from, *s->p, sizeof(from) - 1)))
		return -EINVAL;
	put(k, &to[e - from], 1);
	s->p++;
	return 0;
}

/* A string, s->p at its opening quote. Raw control bytes and invalid UTF-8
 * are kept as they are: the output escapes them. */
static int string(struct js *s, struct sink *k)
{
	if (!at(s, '"'))
		return -EINVAL;
	s->p++;
	while (s->p < s->end) {
		const char *q = s->p;
		while (q < s->end && *q != '"' && *q != '\\')
			q++;
		put(k, s->p, (size_t)(q - s->p));
		s->p = q;
		if (q == s->end)
			break;
		s->p++;
		if (*q == '"') {
			if (k->cap)
				k->out[k->n] = '\0';
			return 0;
		}
		if (escape(s, k) < 0)
			return -EINVAL;
	}
	return -EINVAL;
}

static int value(struct js *s);

/* The members or elements of an object or array, s->p at '{' or '['; each
 * value skipped (keys too). */
static int container(struct js *s, char close)
{
	struct sink none = { 0 };

	if (++s->depth > JSCAN_DEPTH_MAX)
		return -EINVAL;
	s->p++;
	if (at(s, close)) {
		s->p++;
		s->depth--;
		return 0;
	}
	for (;;) {
		if (close == '}') {
			if (string(s, &none) < 0 || !at(s, ':'))
				return -EINVAL;
			s->p++;
		}
		if (value(s) < 0)
			return -EINVAL;
		if (at(s, ',')) {
			s->p++;
			continue;
		}
		if (!at(s, close))
			return -EINVAL;
		s->p++;
		s->depth--;
		return 0;
	}
}

static int value(struct js *s)
{
	struct sink none = { 0 };
	const char *start;

	ws(s);
	if (s->p >= s->end)
		return -EINVAL;
	if (*s->p == '"')
		return string(s, &none);
	if (*s->p == '{')
		return container(s, '}');
	if (*s->p == '[')
		return container(s, ']');
	for (start = s->p; s->p < s->end && (strchr("+-.eE", *s->p) || (*s->p >= '0' && *s->p <= '9') ||
					     (*s->p >= 'a' && *s->p <= 'z')) && *s->p; s->p++)
		;
	return s->p > start ? 0 : -EINVAL;
}

/* Inside an object (s->p at '{'): moves to the value of key. */
static int find_key(struct js *s, const char *key)
{
	char name[KEY_MAX] = "";

	if (!at(s, '{') || ++s->depth > JSCAN_DEPTH_MAX)
		return s->depth > JSCAN_DEPTH_MAX ? -EINVAL : -ENOENT;
	s->p++;
	if (at(s, '}'))
		return -ENOENT;
	for (;;) {
		struct sink k = { name, sizeof(name), 0, false };
		if (string(s, &k) < 0 || !at(s, ':'))
			return -EINVAL;
		s->p++;
		if (!k.cut && k.n == strlen(key) && memcmp(name, key, k.n) == 0)
			return 0;
		if (value(s) < 0)
			return -EINVAL;
		if (at(s, '}'))
			return -ENOENT;
		if (!at(s, ','))
			return -EINVAL;
		s->p++;
	}
}

int jscan_path(const char *doc, size_t len, const char *const *path, size_t npath, char *out,
	       size_t cap)
{
	struct js s = { doc, doc + len, 0 };
	struct sink k = { out, cap, 0, false };
	int err;

	if (!cap)
		return -EINVAL;
	out[0] = '\0';
	for (size_t i = 0; i < npath; i++)
		if ((err = find_key(&s, path[i])) < 0)
			return err;
	if (!at(&s, '"'))
		return -ENOENT;
	if ((err = string(&s, &k)) < 0)
		out[0] = '\0';
	return err;
}

/* One element of the array: its id_key and the first string of list_key. */
static int element(struct js *s, const char *id_key, const char *list_key, struct sink *id,
		   struct sink *name)
{
	char key[KEY_MAX] = "";

	if (!at(s, '{'))
		return value(s);
	if (++s->depth > JSCAN_DEPTH_MAX)
		return -EINVAL;
	s->p++;
	while (!at(s, '}')) {
		struct sink k = { key, sizeof(key), 0, false };
		if (string(s, &k) < 0 || !at(s, ':'))
			return -EINVAL;
		s->p++;
		bool is_id = !k.cut && strcmp(key, id_key) == 0 && at(s, '"');
		bool is_list = !k.cut && strcmp(key, list_key) == 0 && at(s, '[');
		if (is_id && string(s, id) < 0)
			return -EINVAL;
		if (is_list && (s->p++, at(s, '"')) && string(s, name) < 0)
			return -EINVAL;
		if (is_list && !at(s, ']') && !at(s, ',') && value(s) < 0)
			return -EINVAL;
		while (is_list && at(s, ',') && (s->p++, value(s) == 0))
			;
		if (is_list && !at(s, ']'))
			return -EINVAL;
		if (is_list)
			s->p++;
		if (!is_id && !is_list && value(s) < 0)
			return -EINVAL;
		if (at(s, ','))
			s->p++;
		else if (!at(s, '}'))
			return -EINVAL;
	}
	s->p++;
	s->depth--;
	return 0;
}

int jscan_array_find(const char *doc, size_t len, const char *id_key, const char *id,
		     const char *list_key, char *out, size_t cap)
{
	struct js s = { doc, doc + len, 0 };
	char idbuf[KEY_MAX];

	if (!cap)
		return -EINVAL;
	out[0] = '\0';
	if (!at(&s, '['))
		return -ENOENT;
	s.p++;
	while (!at(&s, ']')) {
		struct sink ik = { idbuf, sizeof(idbuf), 0, false }, nk = { out, cap, 0, false };
		idbuf[0] = out[0] = '\0';
		if (element(&s, id_key, list_key, &ik, &nk) < 0)
			break;
		if (!ik.cut && strcmp(idbuf, id) == 0 && nk.n)
			return 0;
		out[0] = '\0';
		if (at(&s, ','))
			s.p++;
		else if (!at(&s, ']'))
			break;
	}
	out[0] = '\0';
	return at(&s, ']') ? -ENOENT : -EINVAL;
}
