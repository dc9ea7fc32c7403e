/* SPDX-License-Identifier: MIT */
/* utf8.h - strict UTF-8 decoding shared by the JSON and terminal escapers. */
#ifndef SOCKLS_UTF8_H
#define SOCKLS_UTF8_H

#include <stdbool.h>
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

/*
 * The one list of code points no output shows raw (man page, ESCAPING): the
 * C0 and C1 controls and DEL; what reorders text (the bidirectional marks,
 * embeddings, overrides and isolates U+061C, U+200E-U+200F, U+202A-U+202E,
 * U+2066-U+2069); what is invisible or joins invisibly (U+00AD, U+034F,
 * U+115F-U+1160, U+180E, U+200B-U+200D, U+2060-U+2065, U+206A-U+206F,
 * U+3164, U+FEFF, U+FFA0, U+FFF9-U+FFFB, the tags U+E0000-U+E007F); and the
 * line and paragraph separators U+2028-U+2029. The table, --watch, stderr and
 * --list-services write them as \xHH per byte, JSON as \uXXXX, Prometheus
 * label values as the text \xHH.
 */
bool utf8_cp_hidden(uint32_t cp);

#endif
