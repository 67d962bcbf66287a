/* dt-import-text.c — folding text for the importer's matchers
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-import-text-private.h"
#include "dt-text.h"

char
_dt_fold_char_beyond_ascii (gunichar c)
{
  gunichar f = dt_text_fold_char (c);

  if (f < 0x80)
    return (char) f;
  /* the matchers read one byte a character: the punctuation they look for
   * in ASCII, anything else as '?' */
  switch (f)
    {
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB:
      return '"';
    case 0x2018: case 0x2019: case 0x201A:
      return '\'';
    case 0x2026:
      return '.';
    default:
      return '?';
    }
}

void
_dt_folded_init (DtFolded   *folded,
                 const char *source,
                 gssize      length)
{
  const char *p, *end;
  gsize n = 0;
  gsize last_end = 0;
  gboolean space = TRUE;   /* drop leading white space */

  if (length < 0)
    length = strlen (source);
  end = source + length;

  folded->source = source;
  folded->text = g_new (char, length + 1);
  folded->marks = g_new (guint32, length / DT_FOLDED_MARK + 1);

  for (p = source; p < end; )
    {
      gunichar c;
      const char *next;
      char f;

      c = _dt_next_char (p, end, &next);

      f = _dt_fold_char (c);
      if ((f == ' ' && !space) || (f != ' ' && f != 0))
        {
          if (n % DT_FOLDED_MARK == 0)
            folded->marks[n / DT_FOLDED_MARK] = p - source;
          folded->text[n++] = f;
          space = f == ' ';
          if (f != ' ')
            last_end = next - source;
        }
      p = next;
    }

  if (n > 0 && folded->text[n - 1] == ' ')
    n--;
  folded->text[n] = '\0';
  folded->end = last_end;
  folded->len = n;
}

gsize
_dt_folded_source (const DtFolded *folded,
                   gsize           i)
{
  const char *p, *end;
  gsize n;

  g_assert (i <= folded->len);

  if (i == folded->len)
    return folded->end;
  if (i % DT_FOLDED_MARK == 0)
    return folded->marks[i / DT_FOLDED_MARK];
  n = i - i % DT_FOLDED_MARK;
  p = folded->source + folded->marks[n / DT_FOLDED_MARK];
  end = folded->source + folded->end;
  /* fold again from the mark, as _dt_folded_init() did: byte n is there */
  for (gboolean space = FALSE; p < end; )
    {
      const char *next;
      char f = _dt_fold_char (_dt_next_char (p, end, &next));

      if ((f == ' ' && !space) || (f != ' ' && f != 0))
        {
          if (n == i)
            return p - folded->source;
          n++;
          space = f == ' ';
        }
      p = next;
    }
  g_assert_not_reached ();
  return folded->end;
}

gsize
_dt_folded_position (const DtFolded *folded,
                     gsize           source_offset,
                     gsize           from)
{
  gsize lo = from, hi, step = 1;

  /* the source offsets grow with the folded position; what is looked for
   * is most often a few bytes on: gallop, then halve */
  while (lo < folded->len && _dt_folded_source (folded, lo) < source_offset)
    {
      lo += step;
      step *= 2;
    }
  hi = MIN (lo, folded->len);
  lo = lo > from + step / 2 ? lo - step / 2 + 1 : from;
  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;

      if (_dt_folded_source (folded, mid) < source_offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

void
_dt_folded_clear (DtFolded *folded)
{
  g_clear_pointer (&folded->text, g_free);
  g_clear_pointer (&folded->marks, g_free);
  folded->source = NULL;
  folded->len = 0;
}

gboolean
_dt_scan_eat (const DtScan *sc,
              gsize        *p,
              const char   *lit)
{
  gsize q = *p;
  const char *l;

  if (q < sc->len && sc->s[q] == ' ')
    q++;
  for (l = lit; *l != '\0'; l++)
    {
      if (*l == ' ')
        {
          if (q < sc->len && sc->s[q] == ' ')
            q++;
          continue;
        }
      if (q >= sc->len || sc->s[q] != *l)
        return FALSE;
      q++;
    }
  if (l > lit && g_ascii_isalnum (l[-1]) && q < sc->len && g_ascii_isalnum (sc->s[q]))
    return FALSE;

  *p = q;
  return TRUE;
}

gboolean
_dt_scan_eat_any (const DtScan       *sc,
                  gsize              *p,
                  const char * const *lits)
{
  for (guint i = 0; lits[i] != NULL; i++)
    if (_dt_scan_eat (sc, p, lits[i]))
      return TRUE;
  return FALSE;
}

gboolean
_dt_is_word_char (char c)
{
  return g_ascii_isalnum (c);
}

/* Abbreviations seen in notices, as token sequences of the folded text. */
static const struct
{
  const char *abbrev;
  const char *expansion;
} abbreviations[] = {
  { "nn va ptnt", "nong nghiep va phat trien nong thon" },
  { "nnptnt", "nong nghiep va phat trien nong thon" },
  { "nn va mt", "nong nghiep va moi truong" },
  { "nnmt", "nong nghiep va moi truong" },
  { "ptnt", "phat trien nong thon" },
  { "kh va dt", "ke hoach va dau tu" },
  { "khdt", "ke hoach va dau tu" },
  { "tn va mt", "tai nguyen va moi truong" },
  { "tnmt", "tai nguyen va moi truong" },
  { "tt va tt", "thong tin va truyen thong" },
  { "tttt", "thong tin va truyen thong" },
  { "ld tb va xh", "lao dong thuong binh va xa hoi" },
  { "ldtb va xh", "lao dong thuong binh va xa hoi" },
  { "ldtbxh", "lao dong thuong binh va xa hoi" },
  { "gd va dt", "giao duc va dao tao" },
  { "gddt", "giao duc va dao tao" },
  { "vh tt va dl", "van hoa the thao va du lich" },
  { "vhttdl", "van hoa the thao va du lich" },
  { "vh va tt", "van hoa va the thao" },
  { "vhtt", "van hoa va the thao" },
  { "kh va cn", "khoa hoc va cong nghe" },
  { "khcn", "khoa hoc va cong nghe" },
  { "gtvt", "giao thong van tai" },
  { "pt th", "phat thanh va truyen hinh" },
  { "pt va th", "phat thanh va truyen hinh" },
  { "ptth", "phat thanh va truyen hinh" },
  { "dt va tg", "dan toc va ton giao" },
  { "ubnd", "uy ban nhan dan" },
  { "hdnd", "hoi dong nhan dan" },
  { "vp", "van phong" },
  { "bch", "bo chi huy" },
  { "bchqs", "bo chi huy quan su" },
  { "qs", "quan su" },
  { "bdbp", "bo doi bien phong" },
  { "bql", "ban quan ly" },
  { "kkt", "khu kinh te" },
  { "kcn", "khu cong nghiep" },
  { "nhnn", "ngan hang nha nuoc" },
  { "kbnn", "kho bac nha nuoc" },
  { "bhxh", "bao hiem xa hoi" },
  { "ca", "cong an" },
  { "ttr", "thanh tra" },
};

static gboolean
tokens_match (GPtrArray  *tokens,
              guint       at,
              char      **pattern,
              guint      *n_matched)
{
  guint i;

  for (i = 0; pattern[i] != NULL; i++)
    if (at + i >= tokens->len || strcmp (g_ptr_array_index (tokens, at + i), pattern[i]) != 0)
      return FALSE;
  *n_matched = i;
  return TRUE;
}

char *
_dt_unit_key (const char *text,
              gssize      length)
{
  static gsize initialized = 0;
  static char **patterns[G_N_ELEMENTS (abbreviations)];
  g_autoptr(GPtrArray) tokens = g_ptr_array_new_with_free_func (g_free);
  GString *key;
  DtFolded folded;
  const char *p;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (abbreviations); i++)
        patterns[i] = g_strsplit (abbreviations[i].abbrev, " ", -1);
      g_once_init_leave (&initialized, 1);
    }

  _dt_folded_init (&folded, text, length);
  for (p = folded.text; *p != '\0'; )
    {
      if (*p == '&')
        {
          g_ptr_array_add (tokens, g_strdup ("va"));
          p++;
        }
      else if (_dt_is_word_char (*p))
        {
          const char *start = p;

          while (_dt_is_word_char (*p))
            p++;
          g_ptr_array_add (tokens, g_strndup (start, p - start));
        }
      else
        p++;
    }
  _dt_folded_clear (&folded);

  if (tokens->len > 2 && strcmp (g_ptr_array_index (tokens, tokens->len - 1), "tinh") == 0)
    g_ptr_array_remove_index (tokens, tokens->len - 1);

  key = g_string_new (NULL);
  for (guint i = 0; i < tokens->len; )
    {
      guint n = 0;
      guint j;

      for (j = 0; j < G_N_ELEMENTS (abbreviations); j++)
        if (tokens_match (tokens, i, patterns[j], &n))
          break;

      if (key->len > 0)
        g_string_append_c (key, ' ');
      if (j < G_N_ELEMENTS (abbreviations))
        {
          g_string_append (key, abbreviations[j].expansion);
          i += n;
        }
      else
        {
          g_string_append (key, g_ptr_array_index (tokens, i));
          i++;
        }
    }

  return g_string_free (key, FALSE);
}
