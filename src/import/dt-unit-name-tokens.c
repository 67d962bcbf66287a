/* dt-unit-name-tokens.c — a text cut into the tokens of unit names
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text after an offset is cut into a few dozen tokens (words and
 * punctuation) without allocation, each with its folded spelling (no
 * diacritics, lower case) and whether it is written capitalised; a token
 * or a run of them is compared with a word or phrase of the vocabulary
 * (dt-unit-name-words.c) with its diacritics.
 */

#include "config.h"

#include <string.h>

#include "dt-import-text-private.h"
#include "dt-unit-name-private.h"

void
_dt_unit_tokenize (Toks       *t,
                   const char *text,
                   gsize       length,
                   gsize       offset,
                   guint       max_tokens)
{
  const char *p = text + offset;
  const char *end = text + length;
  gboolean nl = FALSE;

  t->text = text;
  t->length = length;
  t->n = 0;
  t->flen = 0;
  t->truncated = FALSE;
  max_tokens = MIN (max_tokens, MAX_TOKENS);

  while (p < end)
    {
      gunichar c;
      const char *next;

      if (t->n >= max_tokens || t->flen >= MAX_WINDOW - 64)
        {
          t->truncated = TRUE;
          return;
        }
      c = _dt_next_char (p, end, &next);

      if (c < 0x80 ? g_ascii_isspace (c) : (g_unichar_isspace (c) || c == 0x200B || c == 0xFEFF))
        {
          if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029)
            nl = TRUE;
          p = next;
          continue;
        }

      if (c < 0x80 ? g_ascii_isalnum (c) : g_unichar_isalnum (c))
        {
          Tok *k = &t->tok[t->n++];
          guint n_letters = 0, n_upper = 0;

          k->start = p - text;
          k->kind = TOK_WORD;
          k->punct = 0;
          k->fstart = t->flen;
          k->flen = 0;
          k->upper = c < 0x80 ? g_ascii_isupper (c) : g_unichar_isupper (c);
          k->digit = c < 0x80 && g_ascii_isdigit (c);
          k->ascii = TRUE;
          k->nl = nl;
          nl = FALSE;
          while (p < end)
            {
              char f;

              if ((guchar) *p < 0x80)
                {
                  /* the common case, quickly */
                  c = (guchar) *p;
                  if (!g_ascii_isalnum (c))
                    break;
                  if (g_ascii_isalpha (c))
                    {
                      n_letters++;
                      if (g_ascii_isupper (c))
                        n_upper++;
                    }
                  if (t->flen < MAX_WINDOW && t->flen - k->fstart < 250)
                    t->fold[t->flen++] = g_ascii_tolower (c);
                  p++;
                  continue;
                }
              c = g_utf8_get_char_validated (p, end - p);
              if (c == (gunichar) -1 || c == (gunichar) -2)
                break;
              next = g_utf8_next_char (p);
              k->ascii = FALSE;
              if (!g_unichar_isalnum (c) && !g_unichar_ismark (c))
                break;
              if (g_unichar_isalpha (c))
                {
                  n_letters++;
                  if (g_unichar_isupper (c))
                    n_upper++;
                }
              f = _dt_fold_char (c);
              if (f != 0 && t->flen < MAX_WINDOW && t->flen - k->fstart < 250)
                t->fold[t->flen++] = f;
              p = next;
            }
          k->end = p - text;
          k->flen = t->flen - k->fstart;
          k->caps = n_letters >= 2 && n_upper == n_letters;
          continue;
        }

      /* punctuation: one token a character */
      {
        Tok *k = &t->tok[t->n++];
        char f = c < 0x80 ? (char) c : _dt_fold_char (c);

        k->start = p - text;
        k->end = next - text;
        k->kind = TOK_PUNCT;
        k->punct = f ? f : '?';
        k->fstart = t->flen;
        k->flen = 0;
        k->upper = k->caps = k->digit = FALSE;
        k->ascii = c < 0x80;
        k->nl = nl;
        nl = FALSE;
        p = next;
      }
    }
}

/* The folded spelling of a literal word, into buf */
gsize
_dt_unit_fold_literal (const char *word,
                       gsize       len,
                       char       *buf,
                       gsize       size)
{
  const char *p = word, *end = word + len;
  gsize n = 0;

  while (p < end && n < size)
    {
      gunichar c = g_utf8_get_char (p);
      char f = _dt_fold_char (c);

      if (f != 0)
        buf[n++] = f;
      p = g_utf8_next_char (p);
    }
  return n;
}

/* Token i is the word (len bytes of lower-case UTF-8) */
static gboolean
word_is_n (const Toks *t,
           guint       i,
           const char *word,
           gsize       len,
           int         mode)
{
  const Tok *k;
  char buf[64];
  gsize n;

  if (len == 1 && !g_ascii_isalnum (word[0]))
    return _dt_unit_is_punct (t, i, word[0]);
  if (!_dt_unit_is_word (t, i))
    return FALSE;
  k = &t->tok[i];
  if (mode == MATCH_EXACT && k->ascii)
    {
      /* a plain word: the same letters, case aside */
      if (len != k->end - k->start)
        return FALSE;
      return g_ascii_strncasecmp (t->text + k->start, word, len) == 0;
    }
  if (mode == MATCH_FOLDED || k->ascii)
    {
      n = _dt_unit_fold_literal (word, len, buf, sizeof buf);
      if (n != k->flen || memcmp (buf, t->fold + k->fstart, n) != 0)
        return FALSE;
    }
  if (mode == MATCH_FOLDED)
    return TRUE;
  if (k->ascii)
    return TRUE;   /* a head written without diacritics: "Vu Kế hoạch" */

  /* compare the letters with their marks */
  {
    const char *a = t->text + k->start, *a_end = t->text + k->end;
    const char *b = word, *b_end = word + len;

    while (a < a_end && b < b_end)
      {
        if (g_unichar_tolower (g_utf8_get_char (a)) != g_utf8_get_char (b))
          return FALSE;
        a = g_utf8_next_char (a);
        b = g_utf8_next_char (b);
      }
    return a == a_end && b == b_end;
  }
}

/* How many tokens from i spell the phrase (words separated by one space;
 * "&", "-", "," stand for punctuation tokens), 0 when they don't. */
guint
_dt_unit_phrase_at (const Toks *t,
                    guint       i,
                    const char *phrase,
                    int         mode)
{
  const char *p = phrase;
  guint n = 0;

  while (*p != '\0')
    {
      const char *space = strchr (p, ' ');
      gsize len = space ? (gsize) (space - p) : strlen (p);

      if (!word_is_n (t, i + n, p, len, mode))
        return 0;
      n++;
      p += len;
      if (*p == ' ')
        p++;
    }
  return n;
}

gboolean
_dt_unit_word_is (const Toks *t,
                  guint       i,
                  const char *word)
{
  return word_is_n (t, i, word, strlen (word), TRUE);
}

/* ------------------------------------------------------------------ */
