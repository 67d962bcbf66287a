/* dt-unit-name.c — recognising Vietnamese unit names by their grammar
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text after the offset is cut into tokens (dt-unit-name-words.c, which
 * also knows the vocabulary).  A unit starts with a head noun written
 * capitalised ("Sở", "Bộ", "Ủy ban nhân dân", "Cục" …); its name runs on
 * while the words can belong to a name and stops at a verb, a preposition,
 * punctuation or the next unit of a list.  Names keep their lower-case
 * words ("Cục Biến đổi khí hậu") and may hold commas, "và" and dashes ("Bộ
 * Văn hóa, Thể thao và Du lịch", "Bộ Lao động - Thương binh và Xã hội"):
 * after such a separator the name goes on with a capitalised word that
 * cannot start a unit of its own, unless the name before it is already a
 * complete name of the catalogue.  The catalogue then decides identity: the
 * longest name it knows wins; a known name followed by a place ("Ủy ban
 * nhân dân tỉnh Ninh Bình", "Công an Thành phố") is another unit, a new one.
 * Lists ("các Bộ: A, B", "UBND các tỉnh: A, B và C"), officials ("Bộ trưởng
 * Bộ Y tế") and collectives ("các sở, ban, ngành tỉnh") are read here too.
 *
 * This file builds names and holds the public functions; where a name ends
 * is in dt-unit-name-end.c, one named unit in dt-unit-name-named.c, lists,
 * officials and collectives in dt-unit-name-list.c.
 */

#include "config.h"

#include <string.h>

#include "dt-import-text-private.h"
#include "dt-unit-name.h"
#include "dt-unit-name-private.h"

#define SHORT_WINDOW 32

/* ------------------------------------------------------------------ */
/* building names                                                      */

/* The words of tokens [a, b) as written, white space collapsed,
 * abbreviations expanded */
void
_dt_unit_append_span (GString    *out,
                      const Toks *t,
                      guint       a,
                      guint       b)
{
  for (guint i = a; i < b; )
    {
      const Tok *k = &t->tok[i];
      const char *expansion = NULL;
      guint n = _dt_unit_abbreviation_at (t, i, &expansion);
      gboolean space = i > a && t->tok[i - 1].end < k->start;

      if (out->len > 0 && out->str[out->len - 1] != ' ' && (space || (i == a)))
        {
          if (!(k->kind == TOK_PUNCT && (k->punct == ',' || k->punct == ')' || k->punct == ';'
                                         || k->punct == ':')))
            g_string_append_c (out, ' ');
        }
      /* "TP. Hồ Chí Minh" → "Thành phố Hồ Chí Minh" */
      if (k->kind == TOK_PUNCT && k->punct == '.' && i > a && _dt_unit_is_tp (t, i - 1))
        {
          i++;
          continue;
        }
      /* "&" between words reads "và" */
      if (k->kind == TOK_PUNCT && k->punct == '&' && n == 0)
        {
          if (!space && out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append (out, "và");
          if (i + 1 < b && t->tok[i + 1].start == k->end)
            g_string_append_c (out, ' ');
          i++;
          continue;
        }
      if (n > 0)
        {
          g_string_append (out, expansion);
          i += n;
          continue;
        }
      g_string_append_len (out, t->text + k->start, k->end - k->start);
      i++;
    }
}

DtUnitName *
_dt_unit_name_new (DtUnitNameKind kind,
                   char          *name,
                   gsize          start,
                   gsize          end)
{
  DtUnitName *u = g_new0 (DtUnitName, 1);

  u->kind = kind;
  u->name = name;
  u->start = start;
  u->end = end;
  return u;
}

void
dt_unit_name_free (DtUnitName *name)
{
  if (name == NULL)
    return;
  g_free (name->name);
  g_free (name);
}

/* The catalogue's name for the words: prefix (e.g. "Bộ") and tokens [a, b) */
const char *
_dt_unit_lookup (DtUnitCatalog *catalog,
                 const char    *prefix,
                 const Toks    *t,
                 guint          a,
                 guint          b)
{
  g_autofree char *words = NULL;
  g_autofree char *phrase = NULL;

  if (catalog == NULL || b <= a)
    return NULL;
  words = g_strndup (t->text + t->tok[a].start, t->tok[b - 1].end - t->tok[a].start);
  if (prefix)
    phrase = g_strconcat (prefix, " ", words, NULL);
  return dt_unit_catalog_lookup (catalog, phrase ? phrase : words);
}

/* the public functions                                                */

/* The word before offset is a head that takes a name: "Công an" in "Bộ
 * Công an" is not a unit of its own */
static gboolean
inside_name (const char *text,
             gsize       offset)
{
  const char *p = text + offset;
  const char *word_end, *word;
  static const char * const name_heads[] = {
    "Bộ", "Sở", "Cục", "Vụ", "Ban", "Viện", "Tổng cục", "Chi cục", "Trường", "Học viện", NULL
  };

  while (p > text && (p[-1] == ' ' || p[-1] == '\t'))
    p--;
  word_end = p;
  while (p > text && !g_ascii_isspace (p[-1]) && p[-1] != ',' && p[-1] != ';' && p[-1] != ':'
         && p[-1] != '(' && p[-1] != '"')
    p--;
  word = p;
  if (word == word_end)
    return FALSE;
  for (guint i = 0; name_heads[i] != NULL; i++)
    if (strlen (name_heads[i]) == (gsize) (word_end - word)
        && memcmp (name_heads[i], word, word_end - word) == 0)
      return TRUE;
  return FALSE;
}

/* "Quyết định số 58/QĐ-UBND": the letters after a number's dash or slash
 * name an office in a document number, not a unit */
static gboolean
in_document_number (const char *text,
                    gsize       offset)
{
  const char *p = text + offset;

  while (p > text && (p[-1] == ' ' || p[-1] == '\n' || p[-1] == '\r' || p[-1] == '\t'))
    p--;
  if (p - text < 2 || (p[-1] != '-' && p[-1] != '/'))
    return FALSE;
  return g_ascii_isupper (p[-2]) || g_ascii_isdigit (p[-2])
  || ((guchar) p[-2] >= 0x80 && p - 1 > text);
}

static gsize
skip_space (const char *text,
            gsize       length,
            gsize       offset)
{
  while (offset < length)
    {
      gunichar c = g_utf8_get_char_validated (text + offset, length - offset);

      if (c == (gunichar) -1 || c == (gunichar) -2 || !g_unichar_isspace (c))
        break;
      offset = g_utf8_next_char (text + offset) - text;
    }
  return offset;
}

gboolean
dt_unit_name_starts_at (const char *text,
                        gsize       length,
                        gsize       offset)
{
  Toks t;
  guint n;
  const Head *head;

  g_return_val_if_fail (text != NULL, FALSE);

  offset = skip_space (text, length, offset);
  if (offset >= length)
    return FALSE;
  /* most words start no unit: a quick look at the first letter, which is
   * a capital, or the "c" of "các" */
  {
    gunichar c = g_utf8_get_char_validated (text + offset, length - offset);

    if (c == (gunichar) -1 || c == (gunichar) -2)
      return FALSE;
    if (!g_unichar_isupper (c) && c != 'c' && c != 'n')
      return FALSE;
  }

  _dt_unit_tokenize (&t, text, length, offset, 7);
  if (t.n == 0 || t.tok[0].kind != TOK_WORD)
    return FALSE;
  /* "ngành Thuế", "ngành Y tế": a sector names its department */
  if (_dt_unit_word_is (&t, 0, "ngành"))
    return _dt_unit_is_capital (&t, 1) && !inside_name (text, offset);
  if (_dt_unit_class_of_unit (&t, 0))
    return !inside_name (text, offset);
  if (!t.tok[0].upper && !_dt_unit_word_is (&t, 0, "các"))
    return FALSE;

  if (_dt_unit_word_is (&t, 0, "các"))
    return _dt_unit_collective_noun_at (&t, 1, NULL)
    || _dt_unit_head_at (&t, 1, TRUE, NULL) != NULL;
  if (_dt_unit_phrase_at (&t, 0, "đồng chí", TRUE) && _dt_unit_title_at (&t, 2) > 0)
    return TRUE;
  if (_dt_unit_title_at (&t, 0) > 0)
    return TRUE;
  head = _dt_unit_head_at (&t, 0, FALSE, &n);
  if (head == NULL)
    return FALSE;
  if (inside_name (text, offset) || (t.tok[0].caps && in_document_number (text, offset)))
    return FALSE;
  if (head->flags & H_PERSON)
    return TRUE;
  if (head->flags & H_ALONE)
    return !_dt_unit_alone_in_phrase (&t, n, head->flags);
  if (_dt_unit_name_starts (&t, n, head->flags) || _dt_unit_word_is (&t, n, "các"))
    return TRUE;
  /* "Đài truyền hình Việt Nam" is how the catalogue may have it */
  return _dt_unit_is_word (&t, n) && !t.tok[n].caps
         && (_dt_unit_is_capital (&t, n + 1) || _dt_unit_is_capital (&t, n + 2)
             || _dt_unit_is_capital (&t, n + 3));
}

/* The units after the first of a list: ", Sở Y tế", "và các Bộ, ngành" */
static guint
parse_rest (Parse    *ps,
            guint     next,
            gboolean  list)
{
  const Toks *t = ps->t;

  while (next > 0 && list)
    {
      guint k = next;
      guint got = 0;

      if (_dt_unit_is_punct (t, k, ',') || _dt_unit_is_punct (t, k, ';'))
        k++;
      if (_dt_unit_word_is (t, k, "và"))
        k++;
      /* a cell of a table: units on lines of their own */
      if (k == next && !(k < t->n && t->tok[k].nl && _dt_unit_starts (t, k)))
        break;
      if (_dt_unit_starts (t, k)
          || (_dt_unit_word_is (t, k, "các") && _dt_unit_head_at (t, k + 1, TRUE, NULL)))
        got = _dt_unit_parse_element (ps, k, FALSE);
      else if (ps->head != NULL && _dt_unit_is_capital (t, k))
        {
          /* "Sở Y tế, Tài chính và Xây dựng": the head is left out */
          g_autofree char *prefix = _dt_unit_capitalize (g_strdup (ps->head));

          got = _dt_unit_parse_item (ps, prefix, k, FALSE, 0);
        }
      if (got == 0 && (_dt_unit_is_capital (t, k) || _dt_unit_word_is (t, k, "ngành")))
        got = _dt_unit_parse_element (ps, k, FALSE);
      if (got == 0)
        break;
      next = got;
    }

  return next;
}

static GPtrArray *
match_all (DtUnitCatalog *catalog,
           const char    *text,
           gsize          length,
           gsize          offset,
           gboolean       list,
           gsize         *end)
{
  g_autoptr(GPtrArray) out = NULL;
  g_autofree Toks *t = NULL;
  Parse ps;
  guint next;

  offset = skip_space (text, length, offset);
  if (end)
    *end = offset;
  if (offset >= length || inside_name (text, offset))
    return NULL;
  if (!dt_unit_name_starts_at (text, length, offset))
    {
      /* what only the catalogue knows: "ngành Thuế", "Hải quan" */
      if (catalog == NULL
          || dt_unit_catalog_match_prefix (catalog, text + offset, length - offset, NULL) == 0)
        return NULL;
    }

  out = g_ptr_array_new_with_free_func ((GDestroyNotify) dt_unit_name_free);
  t = g_new (Toks, 1);
  ps.catalog = catalog;
  ps.t = t;
  ps.out = out;

  /* most names take a few words: read a short window first, and the long
   * one only when what was found reaches the end of the short one */
  for (guint window = SHORT_WINDOW; ; window = MAX_TOKENS)
    {
      _dt_unit_tokenize (t, text, length, offset, window);
      ps.head = NULL;
      g_ptr_array_set_size (out, 0);
      next = _dt_unit_parse_element (&ps, 0, FALSE);
      next = parse_rest (&ps, next, list);
      if (!t->truncated || window == MAX_TOKENS || next + 14 < t->n)
        break;
    }

  if (out->len == 0)
    return NULL;
  if (end)
    *end = list ? t->tok[next - 1].end : ((DtUnitName *) g_ptr_array_index (out, 0))->end;

  /* duplicates: "Bộ trưởng Bộ Y tế, Thứ trưởng Bộ Y tế" */
  for (guint a = 0; a < out->len; a++)
    for (guint b = out->len - 1; b > a; b--)
      if (g_strcmp0 (((DtUnitName *) out->pdata[a])->name,
                     ((DtUnitName *) out->pdata[b])->name) == 0)
        g_ptr_array_remove_index (out, b);

  return g_steal_pointer (&out);
}

DtUnitName *
dt_unit_name_match (DtUnitCatalog *catalog,
                    const char    *text,
                    gsize          length,
                    gsize          offset,
                    gsize         *end)
{
  g_autoptr(GPtrArray) all = NULL;
  DtUnitName *first;

  g_return_val_if_fail (catalog == NULL || DT_IS_UNIT_CATALOG (catalog), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  all = match_all (catalog, text, length, offset, FALSE, end);
  if (all == NULL)
    return NULL;
  first = g_ptr_array_steal_index (all, 0);
  if (end)
    *end = first->end;
  return first;
}

GPtrArray *
dt_unit_name_match_list (DtUnitCatalog *catalog,
                         const char    *text,
                         gsize          length,
                         gsize          offset,
                         gsize         *end)
{
  g_return_val_if_fail (catalog == NULL || DT_IS_UNIT_CATALOG (catalog), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return match_all (catalog, text, length, offset, TRUE, end);
}
