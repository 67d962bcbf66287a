/* dt-text.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-text.h"

static gboolean
is_dash (gunichar c)
{
  return (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58
         || c == 0xFE63 || c == 0xFF0D;
}

static gboolean
is_tone_mark (gunichar c)
{
  /* huyền, sắc, ngã, hỏi, nặng (and the Vietnamese-specific forms) */
  return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309
         || c == 0x0323 || c == 0x0340 || c == 0x0341;
}

static gboolean
is_mark (gunichar c)
{
  GUnicodeType t = g_unichar_type (c);

  return t == G_UNICODE_NON_SPACING_MARK || t == G_UNICODE_SPACING_MARK
         || t == G_UNICODE_ENCLOSING_MARK;
}

/* Append c, turning dashes into '-' and runs of white space into one
 * space; leading space is dropped (trailing space by the caller). */
static void
append_unified (GString  *out,
                gunichar  c)
{
  if (g_unichar_isspace (c) || c == 0x00A0)
    {
      if (out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
      return;
    }
  if (is_dash (c))
    c = '-';
  g_string_append_unichar (out, c);
}

/* Letters with diacritics of Latin-1 to Latin Extended Additional (where
 * Vietnamese lives) → their base letter, lower case; 0: not such a letter */
#define FOLD_TABLE_FIRST 0x00C0
#define FOLD_TABLE_LAST  0x1EFF

static gpointer
build_fold_table (gpointer data)
{
  char *table = g_new0 (char, FOLD_TABLE_LAST - FOLD_TABLE_FIRST + 1);

  for (gunichar c = FOLD_TABLE_FIRST; c <= FOLD_TABLE_LAST; c++)
    {
      gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
      gsize n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));

      if (n > 0 && decomposed[0] < 0x80 && g_ascii_isalpha (decomposed[0]))
        table[c - FOLD_TABLE_FIRST] = g_ascii_tolower (decomposed[0]);
    }
  table[0x0110 - FOLD_TABLE_FIRST] = 'd';   /* Đ */
  table[0x0111 - FOLD_TABLE_FIRST] = 'd';   /* đ */

  return table;
}

gunichar
dt_text_fold_char (gunichar c)
{
  static GOnce once = G_ONCE_INIT;
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];

  if (c < 0x80)
    {
      if (c >= 'A' && c <= 'Z')
        return c + ('a' - 'A');
      if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        return ' ';
      return c;
    }
  if (c >= FOLD_TABLE_FIRST && c <= FOLD_TABLE_LAST)
    {
      const char *table = g_once (&once, build_fold_table, NULL);

      if (table[c - FOLD_TABLE_FIRST] != 0)
        return (guchar) table[c - FOLD_TABLE_FIRST];
    }
  if (c == 0x00A0 || g_unichar_isspace (c))
    return ' ';
  if (c == 0x200B || c == 0xFEFF || is_mark (c))   /* zero-width space, stray BOM */
    return 0;
  if (is_dash (c))
    return '-';
  if (g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed)) > 0)
    c = decomposed[0];
  return g_unichar_tolower (c);
}

char *
dt_text_fold_mapped (const char *text,
                     GArray     *offsets)
{
  GString *out;

  if (offsets != NULL)
    g_array_set_size (offsets, 0);
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_strdup ("");

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar f = dt_text_fold_char (g_utf8_get_char (p));
      gsize before = out->len;

      if (f == 0 || (f == ' ' && (out->len == 0 || out->str[out->len - 1] == ' ')))
        continue;
      g_string_append_unichar (out, f);
      for (gsize i = before; offsets != NULL && i < out->len; i++)
        {
          gsize offset = p - text;

          g_array_append_val (offsets, offset);
        }
    }
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    {
      g_string_truncate (out, out->len - 1);
      if (offsets != NULL)
        g_array_set_size (offsets, out->len);
    }
  return g_string_free (out, FALSE);
}

char *
dt_text_fold (const char *text)
{
  return dt_text_fold_mapped (text, NULL);
}

static gboolean
is_base_vowel (gunichar c)
{
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/* A syllable in NFD, lower case: move its tone mark to where the modern
 * placement puts it.  The two placements only differ for the open
 * syllables "oa", "oe" and "uy": "hoá" → "hóa", "khoẻ" → "khỏe", "thuỷ" →
 * "thủy" (but "quý", "hoàn", "thuyền" are the same in both). */
static void
append_syllable (GString    *out,
                 const char *syl,
                 gsize       len)
{
  gunichar chars[64];
  guint n = 0;
  gunichar tone = 0;
  int tone_after = -1;
  guint nbase = 0;
  int base_index[64];

  for (const char *p = syl; p < syl + len && n < G_N_ELEMENTS (chars); p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_tone_mark (c) && tone == 0)
        {
          tone = c;
          tone_after = (int) n - 1;
          continue;
        }
      chars[n++] = c;
    }

  /* indexes of the base letters, skipping their other marks */
  for (guint i = 0; i < n; i++)
    if (!is_mark (chars[i]))
      base_index[nbase++] = i;

  if (tone != 0 && nbase >= 2)
    {
      guint last = base_index[nbase - 1];
      guint prev = base_index[nbase - 2];
      gunichar a = chars[prev], b = chars[last];
      gboolean plain_pair = (last == prev + 1) && (last == n - 1);
      gboolean preceded_by_vowel = FALSE;
      gboolean after_q = FALSE;

      if (nbase >= 3)
        {
          gunichar before = chars[base_index[nbase - 3]];
          preceded_by_vowel = is_base_vowel (before);
          after_q = before == 'q';
        }

      if (plain_pair && !preceded_by_vowel
          && ((a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y' && !after_q)))
        tone_after = prev;
    }

  for (guint i = 0; i < n; i++)
    {
      g_string_append_unichar (out, chars[i]);
      /* keep the tone after the letter's other marks, as NFD orders them */
      if (tone != 0 && (int) i >= tone_after
          && (i + 1 >= n || !is_mark (chars[i + 1]) || is_tone_mark (chars[i + 1])))
        {
          g_string_append_unichar (out, tone);
          tone = 0;
        }
    }
  if (tone != 0)
    g_string_append_unichar (out, tone);
}

/* text in lower case, its marks apart (NFD); NULL for NULL or text that
 * is not UTF-8 */
static char *
lower_nfd (const char *text)
{
  g_autofree char *lower = NULL;

  if (text == NULL)
    return NULL;
  lower = g_utf8_strdown (text, -1);
  return g_utf8_normalize (lower, -1, G_NORMALIZE_NFD);
}

char *
dt_text_normalize_name (const char *text)
{
  g_autofree char *nfd = lower_nfd (text);
  g_autoptr(GString) unified = NULL;
  GString *out;
  const char *p, *start;

  if (nfd == NULL)
    return g_strdup ("");

  unified = g_string_new (NULL);
  for (p = nfd; *p; p = g_utf8_next_char (p))
    append_unified (unified, g_utf8_get_char (p));
  if (unified->len > 0 && unified->str[unified->len - 1] == ' ')
    g_string_truncate (unified, unified->len - 1);

  out = g_string_sized_new (unified->len);
  p = start = unified->str;
  while (*p)
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c) || is_mark (c))
        {
          start = p;
          while (*p && (g_unichar_isalpha (g_utf8_get_char (p)) || is_mark (g_utf8_get_char (p))))
            p = g_utf8_next_char (p);
          append_syllable (out, start, p - start);
        }
      else
        {
          g_string_append_unichar (out, c);
          p = g_utf8_next_char (p);
        }
    }

  {
    g_autofree char *tmp = g_string_free (out, FALSE);
    return g_utf8_normalize (tmp, -1, G_NORMALIZE_NFC);
  }
}

/* The Vietnamese alphabet, each letter a primary weight. */
static const char * const alphabet[] = {
  "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l",
  "m", "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
};

static int
letter_weight (gunichar base,
               gunichar modifier)
{
  static GHashTable *weights;
  char buf[16];
  int len;

  if (g_once_init_enter_pointer (&weights))
    {
      GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < G_N_ELEMENTS (alphabet); i++)
        {
          g_autofree char *nfd = g_utf8_normalize (alphabet[i], -1, G_NORMALIZE_NFD);
          g_hash_table_insert (table, g_steal_pointer (&nfd), GINT_TO_POINTER (i + 1));
        }
      g_once_init_leave_pointer (&weights, table);
    }

  len = g_unichar_to_utf8 (base, buf);
  if (modifier != 0)
    len += g_unichar_to_utf8 (modifier, buf + len);
  buf[len] = '\0';
  return GPOINTER_TO_INT (g_hash_table_lookup (weights, buf));
}

static int
tone_weight (gunichar tone)
{
  switch (tone)
    {
    case 0x0300: case 0x0340: return 1;  /* huyền */
    case 0x0301: case 0x0341: return 2;  /* sắc */
    case 0x0309: return 3;               /* hỏi */
    case 0x0303: return 4;               /* ngã */
    case 0x0323: return 5;               /* nặng */
    default: return 0;
    }
}

/* Key: the letters by their place in the Vietnamese alphabet (a ă â b …
 * d đ …), then, after a separator lower than any letter, the tones. */
char *
dt_text_collate_key (const char *text)
{
  g_autofree char *nfd = lower_nfd (text);
  g_autoptr(GString) tones = g_string_new (NULL);
  GString *primary;
  gboolean space = FALSE;

  if (nfd == NULL)
    return g_strdup ("");

  primary = g_string_sized_new (strlen (nfd));
  for (const char *p = nfd; *p;)
    {
      gunichar c = g_utf8_get_char (p);
      gunichar modifier = 0, tone = 0;
      int w;

      p = g_utf8_next_char (p);
      while (*p && is_mark (g_utf8_get_char (p)))
        {
          gunichar m = g_utf8_get_char (p);
          if (is_tone_mark (m))
            tone = m;
          else if (modifier == 0)
            modifier = m;
          p = g_utf8_next_char (p);
        }

      if (g_unichar_isspace (c))
        {
          space = primary->len > 0;
          continue;
        }
      if (space)
        {
          g_string_append_c (primary, ' ');
          space = FALSE;
        }

      w = letter_weight (c, modifier);
      if (w == 0 && modifier != 0)
        w = letter_weight (c, 0);
      if (w > 0)
        {
          g_string_append_c (primary, (char) ('A' + w - 1));
          g_string_append_c (tones, (char) ('0' + tone_weight (tone)));
        }
      else if (c < 0x40)
        g_string_append_c (primary, is_dash (c) ? '-' : (char) c);
      else if (c < 0x80)
        g_string_append_c (primary, '?');
      else
        g_string_append_unichar (primary, c);
    }

  g_string_append_c (primary, '\x01');
  g_string_append_len (primary, tones->str, tones->len);
  return g_string_free (primary, FALSE);
}

char *
dt_text_capitalize_first (const char *text)
{
  const char *p;
  gunichar c;
  GString *out;

  if (text == NULL)
    return NULL;

  /* the first letter, after any opening punctuation and spaces */
  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      c = g_utf8_get_char (p);
      if (g_unichar_isalnum (c))
        break;
    }
  if (*p == '\0' || !g_unichar_islower (c))
    return g_strdup (text);

  out = g_string_new_len (text, p - text);
  g_string_append_unichar (out, g_unichar_totitle (c));
  g_string_append (out, g_utf8_next_char (p));
  return g_string_free (out, FALSE);
}

/* Finding a directive in its notice ------------------------------------- */

static gboolean
ends_paragraph (const char *p)
{
  /* a sentence that ends a line: "...;\n", "...:\n", "...\.\n" */
  while (*p == ' ' || *p == '\t')
    p++;
  return *p == '\n' || *p == '\0';
}

char *
dt_text_find_paragraph (const char *source_text,
                        const char *text)
{
  g_autoptr(GArray) map = NULL;
  g_autofree char *haystack = NULL;
  g_autofree char *needle = NULL;
  gsize needle_len;
  g_autoptr(GString) result = NULL;
  const char *found, *start, *end, *limit;
  gboolean space = FALSE;

  if (source_text == NULL || text == NULL || text[0] == '\0')
    return NULL;

  needle = dt_text_fold (text);
  needle_len = strlen (needle);
  /* The start of the directive is enough to find it; the whole text may
   * have been edited since the import. */
  if (needle_len > 50)
    {
      const char *cut = g_utf8_find_prev_char (needle, needle + 50);

      needle_len = cut ? (gsize) (cut - needle) : 50;
    }
  while (needle_len > 0 && needle[needle_len - 1] == ' ')
    needle_len--;
  needle[needle_len] = '\0';
  if (needle_len < 8)
    return NULL;

  map = g_array_new (FALSE, FALSE, sizeof (gsize));
  haystack = dt_text_fold_mapped (source_text, map);
  found = strstr (haystack, needle);
  if (found == NULL)
    return NULL;

  /* Back to the end of the previous sentence or list item, forward to the
   * end of this one: the paragraph as the notice wrote it. */
  start = source_text + g_array_index (map, gsize, found - haystack);
  limit = start > source_text + 800 ? start - 800 : source_text;
  while (start > limit)
    {
      const char *prev = start - 1;

      if ((*prev == '.' || *prev == ';' || *prev == ':') && ends_paragraph (start))
        break;
      if (*prev == '\n')
        {
          const char *q = start;
          while (*q == ' ' || *q == '\t' || *q == '\n')
            q++;
          if (*q == '-' || *q == '+' || g_ascii_isdigit (*q))
            break;
        }
      start = prev;
    }

  end = source_text + g_array_index (map, gsize, found - haystack);
  limit = end + 1500;
  while (*end != '\0' && end < limit)
    {
      if ((*end == '.' || *end == ';') && ends_paragraph (end + 1))
        {
          end++;
          break;
        }
      end++;
    }

  result = g_string_new (NULL);
  for (const char *p = start; p < end; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = result->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (result, ' ');
      space = FALSE;
      g_string_append_c (result, *p);
    }

  if (!g_utf8_validate (result->str, result->len, NULL) || result->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&result), FALSE);
}
