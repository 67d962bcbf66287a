/* dt-ordinal.h — the order of a notice's numbering: "I.3.10" after "I.3.9"
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The one order of ordinals ("I.3.a", "2.1", "B12") and notice numbers, for
 * the list and the timeline alike: runs of digits compare as numbers ("9"
 * before "10"), letters without regard to case ("b" with "B"), the rest
 * byte by byte.  dt_ordinal_key() is the order as a string that strcmp()
 * sorts (the list sorts by it in SQL): each run of digits padded with zeros
 * to six; dt_ordinal_compare() compares two ordinals as strcmp() would
 * compare their keys, without making them.  NULL sorts as "". */
char     *dt_ordinal_key     (const char *ordinal);
int       dt_ordinal_compare (const char *a,
                              const char *b);

G_END_DECLS
