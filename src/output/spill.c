/* SPDX-License-Identifier: MIT */
/* spill.c - an unnamed temporary file (O_TMPFILE, else mkstemp + unlink):
 * the table parks rows there so its memory stays bounded. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "sockls/spill.h"

struct spill {
	int fd;
};

const char *spill_dir(void)
{
	const char *d = getenv("TMPDIR");

	return d && *d ? d : "/tmp";
}

static int open_unnamed(const char *dir)
{
	char path[4096];
	int fd;

#ifdef O_TMPFILE
	fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
	if (fd >= 0)
		return fd;
#endif
	if ((size_t)snprintf(path, sizeof(path), "%s/sockls.XXXXXX", dir) >= sizeof(path))
		return -ENAMETOOLONG;
	fd = mkostemp(path, O_CLOEXEC);
	if (fd < 0)
		return -errno;
	unlink(path);
	return fd;
}

int spill_open(struct spill **out)
{
	struct spill *s = malloc(sizeof(*s));
	int fd;

	*out = NULL;
	if (!s)
		return -ENOMEM;
	fd = open_unnamed(spill_dir());
	if (fd < 0) {
		free(s);
		return fd;
	}
	s->fd = fd;
	*out = s;
	return 0;
}

int spill_write(struct spill *s, const void *buf, size_t len)
{
	const char *p = buf;

	while (len > 0) {
		ssize_t n = write(s->fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return n < 0 ? -errno : -EIO;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int spill_rewind(struct spill *s)
{
	return lseek(s->fd, 0, SEEK_SET) < 0 ? -errno : 0;
}

long spill_read(struct spill *s, void *buf, size_t cap)
{
	ssize_t n;

	do
		n = read(s->fd, buf, cap);
	while (n < 0 && errno == EINTR);
	return n < 0 ? -errno : (long)n;
}

void spill_close(struct spill *s)
{
	if (!s)
		return;
	close(s->fd);
	free(s);
}
