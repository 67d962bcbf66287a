/* dt-import-text-private.h — folding text for the importer's matchers
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A folded copy of a text: lower-case ASCII, one byte per source character
 * (diacritics dropped, đ → d, dashes → '-', curly quotes → '"', "…" → '.'),
 * white space collapsed to one space.  _dt_folded_source() gives the byte
 * offset in the source of folded byte i (of len: the end of the last
 * folded character), so a match in the folded text gives back the phrase
 * exactly as written.  It keeps the offset of every DT_FOLDED_MARK-th byte
 * and folds again from there: a folded copy costs 1.5 bytes a character,
 * not 5.  The source must outlive it. */
#define DT_FOLDED_MARK 8

typedef struct
{
  char       *text;
  gsize       len;
  const char *source;
  guint32    *marks;     /* source offset of folded bytes 0, 8, 16 … */
  guint32     end;       /* source offset after the last folded character */
} DtFolded;

void      _dt_folded_init   (DtFolded    *folded,
                             const char  *source,
                             gssize       length);
void      _dt_folded_clear  (DtFolded    *folded);
/* Source offset of folded byte i (0 ≤ i ≤ len) */
gsize     _dt_folded_source (const DtFolded *folded,
                             gsize           i);
/* The first folded position at or after from whose source offset is at or
 * after source_offset (len if none) */
gsize     _dt_folded_position (const DtFolded *folded,
                               gsize           source_offset,
                               gsize           from);

char      _dt_fold_char_beyond_ascii (gunichar c);

/* Folds one character by dt_text_fold_char() (dt-text.h), the one rule of
 * the application, into one byte: what is left beyond ASCII is the
 * punctuation the matchers look for ('"', '\'', '.') or '?'.  0 for a
 * character that folds to nothing (a combining mark). */
static inline char
_dt_fold_char (gunichar c)
{
  if (c < 0x80)
    {
      if (c >= 'A' && c <= 'Z')
        return (char) (c + ('a' - 'A'));
      if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        return ' ';
      return (char) c;
    }
  return _dt_fold_char_beyond_ascii (c);
}

/* Canonical key of a unit name: folded, '&' read as "và", punctuation and
 * dashes as spaces, common abbreviations expanded ("PTNT", "UBND", "BCH",
 * "LĐ-TB&XH" …), a trailing "tỉnh" dropped. */
char     *_dt_unit_key      (const char  *text,
                             gssize       length);

gboolean  _dt_is_word_char  (char         c);

/* A copy of the text in NFC (tone marks written as combining characters
 * composed), with every no-break or typeset-width space (U+00A0, U+2000…
 * U+200A, U+202F, U+205F, U+3000) made an ASCII space; a plain copy when
 * it has neither (dt-import-source.c) */
char     *_dt_import_normalize (const char *text,
                                gssize      length);

/* The character at p (before end) and where the next one starts; a byte
 * that is no UTF-8 reads as '?' and moves one byte on */
static inline gunichar
_dt_next_char (const char  *p,
               const char  *end,
               const char **next)
{
  gunichar c;

  if ((guchar) *p < 0x80)
    {
      *next = p + 1;
      return (guchar) *p;
    }
  c = g_utf8_get_char_validated (p, end - p);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    {
      *next = p + 1;
      return '?';
    }
  *next = g_utf8_next_char (p);
  return c;
}

/* A folded text read word by word: the deadline grammar's and the
 * extractor's matchers */
typedef struct
{
  const char *s;
  gsize       len;
} DtScan;

static inline DtScan
_dt_scan_of_folded (const DtFolded *folded)
{
  return (DtScan) { folded->text, folded->len };
}

/* Matches the words of lit (folded) at *p, after an optional space; a
 * space in lit matches an optional space in the text, and the match ends
 * on a word boundary ("nam" does not match "nama").  On a match *p moves
 * past it. */
gboolean  _dt_scan_eat      (const DtScan       *sc,
                             gsize              *p,
                             const char         *lit);
/* The first of lits that matches at *p */
gboolean  _dt_scan_eat_any  (const DtScan       *sc,
                             gsize              *p,
                             const char * const *lits);

G_END_DECLS
