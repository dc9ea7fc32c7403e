/* SPDX-License-Identifier: MIT */
/* utf8.c - strict UTF-8 decoding shared by the JSON and terminal escapers. */
#include "sockls/utf8.h"

int utf8_decode(const uint8_t *s, size_t len, uint32_t *cp)
{
	uint8_t c = s[0];
	uint8_t lo = 0x80, hi = 0xbf; /* allowed range of the second byte */
	int n;
	uint32_t v;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xc2 && c <= 0xdf) {
		n = 2;
		v = c & 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		n = 3;
		v = c & 0x0f;
		if (c == 0xe0)
			lo = 0xa0; /* overlong below U+0800 */
		else if (c == 0xed)
			hi = 0x9f; /* surrogates U+D800-U+DFFF */
	} else if (c >= 0xf0 && c <= 0xf4) {
		n = 4;
		v = c & 0x07;
		if (c == 0xf0)
			lo = 0x90; /* overlong below U+10000 */
		else if (c == 0xf4)
			hi = 0x8f; /* above U+10FFFF */
	} else {
		return -1; /* continuation byte, C0/C1 overlong lead, or F5-FF */
	}
	for (int i = 1; i < n; i++) {
		if ((size_t)i >= len || s[i] < lo || s[i] > hi)
			return -i;
		v = (v << 6) | (s[i] & 0x3f);
		lo = 0x80;
		hi = 0xbf;
	}
	*cp = v;
	return n;
}

bool utf8_cp_hidden(uint32_t cp)
{
	if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f))
		return true;
	if (cp < 0xad)
		return false;
	return cp == 0xad || cp == 0x34f || cp == 0x61c || cp == 0x115f || cp == 0x1160 ||
	       cp == 0x180e || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202e) ||
	       (cp >= 0x2060 && cp <= 0x206f) || cp == 0x3164 || cp == 0xfeff || cp == 0xffa0 ||
	       (cp >= 0xfff9 && cp <= 0xfffb) || (cp >= 0xe0000 && cp <= 0xe007f);
}
