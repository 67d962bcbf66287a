/* dt-text.h — folding Vietnamese text for matching and search
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Lower case, no diacritics, đ → d, dashes unified, white space collapsed:
 * "Sở Y tế" → "so y te", "hoá" and "hóa" → "hoa". */
char     *dt_text_fold           (const char *text);
/* Lower case, NFC, tone placement made modern ("hoá" → "hóa", "uỷ" → "ủy"),
 * dashes unified, spaces collapsed: for comparing names exactly. */
char     *dt_text_normalize_name (const char *text);
/* Vietnamese collation key (Đ after D, tones after the base letter) */
char     *dt_text_collate_key    (const char *text);
/* For display: the first letter in capital ("đôn đốc…" → "Đôn đốc…"), as a
 * directive cut from mid-sentence starts in lower case; the rest as is. */
char     *dt_text_capitalize_first (const char *text);

G_END_DECLS
