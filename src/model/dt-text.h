/* dt-text.h — folding Vietnamese text for matching and search
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Folding, the one rule of the application for matching and search (the
 * list's search, the importer's matchers, finding a directive in its
 * notice): lower case, diacritics dropped, đ → d, every dash → '-', every
 * kind of white space → ' ', combining marks and zero-width characters →
 * nothing (0).  Other characters are kept, in lower case. */
gunichar  dt_text_fold_char      (gunichar    c);
/* A text folded character by character, white space collapsed and trimmed:
 * "Sở Y tế" → "so y te", "hoá" and "hóa" → "hoa"; "" for NULL or text that
 * is not UTF-8. */
char     *dt_text_fold           (const char *text);
/* The same, with for each folded byte the byte offset in text of the
 * character it came from (offsets: a GArray of gsize, or NULL) */
char     *dt_text_fold_mapped    (const char *text,
                                  GArray     *offsets);
/* Lower case, NFC, tone placement made modern ("hoá" → "hóa", "uỷ" → "ủy"),
 * dashes unified, spaces collapsed: for comparing names exactly. */
char     *dt_text_normalize_name (const char *text);
/* Vietnamese collation key (Đ after D, tones after the base letter) */
char     *dt_text_collate_key    (const char *text);
/* For display: the first letter in capital ("đôn đốc…" → "Đôn đốc…"), as a
 * directive cut from mid-sentence starts in lower case; the rest as is. */
char     *dt_text_capitalize_first (const char *text);

/* The paragraph of @source_text that holds @text (matched ignoring case
 * and diacritics, by its first words: the text may have been edited since),
 * from the end of the sentence or list item before it to the end of its
 * own, its spaces made single; NULL when it is not there. */
char     *dt_text_find_paragraph (const char *source_text,
                                  const char *text);

G_END_DECLS
