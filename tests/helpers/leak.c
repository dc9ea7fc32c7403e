/* SPDX-License-Identifier: MIT */
/* leak.c - a program with one definite leak: test_valgrind.sh's positive
 * control (valgrind must report it, or its silence about sockls means nothing). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
	char *volatile p = malloc(64);

	if (!p)
		return 1;
	strcpy(p, "lost");
	p = NULL;
	puts("leaked 64 bytes");
	return 0;
}
