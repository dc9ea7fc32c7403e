/* SPDX-License-Identifier: MIT */
/* users.c - uid -> user name through getpwuid_r, with a small cache of answers. */
#include <pwd.h>
#include <stdbool.h>
#include <string.h>

#include "sockls/users.h"

/* Recent uid -> name answers, misses included; a listing has few distinct uids. */
#define USER_CACHE 16

struct user_slot {
	uint32_t uid;
	bool used, found;
	char name[33];
};

static struct user_slot user_cache[USER_CACHE];
static unsigned int user_next;

static struct user_slot *user_lookup(uint32_t uid)
{
	for (unsigned int i = 0; i < USER_CACHE; i++)
		if (user_cache[i].used && user_cache[i].uid == uid)
			return &user_cache[i];
	struct user_slot *s = &user_cache[user_next++ % USER_CACHE];
	struct passwd pw, *res = NULL;
	char tmp[4096];
	s->used = true;
	s->uid = uid;
	s->found = getpwuid_r(uid, &pw, tmp, sizeof(tmp), &res) == 0 && res &&
		   strlen(res->pw_name) < sizeof(s->name);
	if (s->found)
		memcpy(s->name, res->pw_name, strlen(res->pw_name) + 1);
	return s;
}

const char *users_name(uint32_t uid, char *buf, size_t cap)
{
	const struct user_slot *s = user_lookup(uid);
	if (!s->found || strlen(s->name) >= cap)
		return NULL;
	memcpy(buf, s->name, strlen(s->name) + 1);
	return buf;
}
