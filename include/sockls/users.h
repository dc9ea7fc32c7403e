/* SPDX-License-Identifier: MIT */
/* users.h - user names for uids, as -e prints them. */
#ifndef SOCKLS_USERS_H
#define SOCKLS_USERS_H

#include <stddef.h>
#include <stdint.h>

/*
 * The user name of uid copied into buf, or NULL when the user database has
 * no such uid or the name does not fit. Keeps a small cache of recent
 * answers (getpwuid_r may ask NSS over the network): not thread-safe.
 */
const char *users_name(uint32_t uid, char *buf, size_t cap);

#endif
