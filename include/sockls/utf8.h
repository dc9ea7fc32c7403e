/* SPDX-License-Identifier: MIT */
/* utf8.h - strict UTF-8 decoding shared by the JSON and terminal escapers. */
#ifndef SOCKLS_UTF8_H
#define SOCKLS_UTF8_H

#include <stddef.h>
#include <stdint.h>

/*
 * Decode the sequence at s[0] (len >= 1) by the well-formed table of Unicode
 * 3.9 (Table 3-7): no overlongs, no surrogates, nothing above U+10FFFF.
 * Returns the byte length n > 0 of a valid sequence and stores its code point
 * in *cp, or -k where k >= 1 is the length of the maximal ill-formed subpart
 * (Unicode's "substitution of maximal subparts": each such subpart counts as
 * one bad unit, so U+FFFD replacement matches what browsers and Python do).
 */
int utf8_decode(const uint8_t *s, size_t len, uint32_t *cp);

#endif
