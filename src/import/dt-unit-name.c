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
 */

#include "config.h"

#include <string.h>

#include "dt-import-text-private.h"
#include "dt-unit-name.h"
#include "dt-unit-name-private.h"

#define SHORT_WINDOW 32
#define MAX_LOWER_RUN 7

/* ------------------------------------------------------------------ */
/* building names                                                      */

/* The words of tokens [a, b) as written, white space collapsed,
 * abbreviations expanded */
static void
append_span (GString    *out,
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

static DtUnitName *
unit_name_new (DtUnitNameKind kind,
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
static const char *
lookup (DtUnitCatalog *catalog,
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

/* ------------------------------------------------------------------ */
/* one name                                                            */

/* A name can end before token b: not inside a run of lower-case words
 * ("Cục Biến đổi | khí hậu") */
static gboolean
name_may_end (const Toks *t,
              guint       b)
{
  return b >= t->n || t->tok[b].kind == TOK_PUNCT || t->tok[b].nl || _dt_unit_is_capital (t, b)
         || t->tok[b].digit || _dt_unit_word_is (t, b, "và") || _dt_unit_is_stop (t, b)
         || _dt_unit_verb_at (t, b) > 0
         || _dt_unit_place_at (t, b) > 0;
}

typedef enum
{
  SEP_NONE,
  SEP_COMMA,
  SEP_AND,
  SEP_DASH,
  SEP_AMP,
} Sep;

/* Where the name whose first word is at j ends, by grammar alone */
static guint
name_end (const Toks *t,
          guint       j,
          gboolean    stop_at_and)
{
  guint end = j, k = j, words = 0, lower_run = 0, last_capital_end = j;
  Sep sep = SEP_NONE;
  gboolean prev_lower = FALSE, in_place = FALSE;
  guint n_head = 0, name_start = G_MAXUINT;
  const Head *inner;

  while (k < t->n)
    {
      const Tok *tok = &t->tok[k];

      if (tok->kind == TOK_PUNCT)
        {
          /* "UBND TP. Hồ Chí Minh" */
          if (tok->punct == '.' && words > 0 && sep == SEP_NONE && _dt_unit_is_tp (t, k - 1)
              && _dt_unit_is_capital (t, k + 1))
            {
              k++;
              continue;
            }
          if (words == 0 || sep != SEP_NONE)
            break;
          if (tok->punct == ',' && !stop_at_and)
            sep = SEP_COMMA;
          else if (tok->punct == '-')
            sep = SEP_DASH;
          else if (tok->punct == '&')
            sep = SEP_AMP;
          else
            break;
          k++;
          continue;
        }

      /* "Ban Chỉ đạo 35 tỉnh", "Bệnh viện 108"; not a date, a number on the
       * next line of a table ("Sở Y tế \n 15.") */
      if (tok->digit
          && (sep != SEP_NONE || tok->nl || !_dt_unit_is_word (t, k - 1)
              || (k + 1 < t->n && t->tok[k + 1].kind == TOK_PUNCT && t->tok[k + 1].punct != ','
                  && t->tok[k + 1].punct != ';' && t->tok[k + 1].punct != ':')))
        break;
      /* "II" of a heading, but "khu vực XII" */
      if (words > 0 && _dt_unit_is_roman (t, k)
          && !(k >= 2 && _dt_unit_phrase_at (t, k - 2, "khu vực", MATCH_EXACT)))
        break;
      if (words > 0 && tok->nl && tok->caps)
        {
          const char *expansion;

          if (_dt_unit_abbreviation_at (t, k, &expansion) == 0)
            break;
        }
      /* "a) …", "b) …": a list item follows */
      if (tok->flen == 1 && _dt_unit_is_punct (t, k + 1, ')'))
        break;

      if (words > 0)
        {
          if (sep == SEP_AMP)
            {
              if (!tok->caps && !t->tok[k - 2].caps)
                break;
            }
          else if (sep == SEP_COMMA || sep == SEP_AND)
            {
              if (_dt_unit_starts (t, k) || _dt_unit_not_name_at (t, k) > 0)
                break;
              if (!_dt_unit_is_capital (t, k))
                {
                  if (sep == SEP_COMMA || !prev_lower || _dt_unit_is_stop (t, k)
                      || _dt_unit_verb_at (t, k) > 0
                      || _dt_unit_generic_noun_at (t, k) > 0
                      || _dt_unit_phrase_at (t, k, "chính quyền", TRUE) > 0
                      || _dt_unit_phrase_at (t, k, "nhân dân", TRUE) > 0)
                    break;
                }
              else if (_dt_unit_verb_at (t, k) > 0
                       && (tok->nl || _dt_unit_name_verb_at (t, k) == 0))
                break;
            }
          else if (sep == SEP_DASH)
            {
              if (!_dt_unit_is_capital (t, k) || _dt_unit_verb_at (t, k) > 0
                  || _dt_unit_starts (t, k)
                  || _dt_unit_phrase_at (t, k, "cơ quan", TRUE) > 0
                  || _dt_unit_phrase_at (t, k, "đơn vị", TRUE) > 0)
                break;
            }
          else
            {
              if (_dt_unit_word_is (t, k, "và") || _dt_unit_phrase_at (t, k, "va", FALSE) == 1)
                {
                  if (stop_at_and || !_dt_unit_word_is (t, k, "và"))
                    break;
                  sep = SEP_AND;
                  k++;
                  continue;
                }
              /* a verb ends the name; written capitalised, only at the start
               * of a line or as a phrase that names nothing ("Khẩn
               * trương"), not in "Quỳnh Lập", nor as the first word of a
               * name inside the name ("Thanh tra Sở Xây dựng") */
              if (_dt_unit_is_stop (t, k))
                break;
              /* "Ban Quản lý dự án đầu tư xây dựng …": a compound of names */
              if (k >= 2 && _dt_unit_phrase_at (t, k - 2, "đầu tư", MATCH_EXACT) == 2
                  && _dt_unit_phrase_at (t, k, "xây dựng", MATCH_EXACT) == 2)
                ;
              else if (k != name_start && _dt_unit_verb_at (t, k) > 0
                  && (!_dt_unit_is_capital (t, k) || tok->nl
                      || (_dt_unit_verb_at (t, k) >= 2
                          && _dt_unit_name_verb_at (t, k) == 0)))
                break;
              /* "Ủy ban nhân dân Thành phố | phương án …" */
              if (in_place && !_dt_unit_is_capital (t, k) && _dt_unit_place_at (t, k) == 0)
                break;
              /* a unit on the next line: two cells of a table */
              if (tok->nl && _dt_unit_starts (t, k))
                break;
              if (!_dt_unit_is_capital (t, k) && lower_run >= MAX_LOWER_RUN)
                return last_capital_end;
            }
        }

      if (_dt_unit_place_at (t, k) > 0
          && !(_dt_unit_head_at (t, k, FALSE, &n_head) != NULL
               && n_head > _dt_unit_place_at (t, k)))
        {
          guint n_place = _dt_unit_place_at (t, k);

          in_place = TRUE;
          words += n_place;
          lower_run = 0;
          prev_lower = FALSE;
          sep = SEP_NONE;
          end = k += n_place;
          continue;
        }
      /* a head inside the name: the next word starts its name */
      if (words > 0 && (inner = _dt_unit_head_at (t, k, FALSE, &n_head)) != NULL)
        {
          words += n_head;
          lower_run = 0;
          prev_lower = FALSE;
          sep = SEP_NONE;
          last_capital_end = end = k += n_head;
          name_start = (inner->flags & H_NAME) ? k : G_MAXUINT;
          continue;
        }
      words++;
      if (_dt_unit_is_capital (t, k))
        {
          lower_run = 0;
          last_capital_end = k + 1;
        }
      else
        lower_run++;
      prev_lower = !_dt_unit_is_capital (t, k);
      sep = SEP_NONE;
      end = ++k;
    }
  return end;
}

/* How long a place qualifier at i runs ("tỉnh Ninh Bình", "Thành phố",
 * "huyện Vị Xuyên"); after_place: the words before were a place word, so a
 * bare capitalised name is the place.  A person's name often follows
 * ("Chủ tịch UBND tỉnh Ninh Bình Trần Huy Tuấn"): places have at most
 * three words, so the last three of a longer run are the person's. */
static guint
place_end (const Toks *t,
           guint       i,
           guint       limit,
           gboolean    after_place)
{
  guint k = i, run = 0;
  guint n = _dt_unit_place_at (t, i);

  if (n > 0)
    {
      /* "chi nhánh tỉnh", "khu vực XII" */
      k += n;
      while (k < limit && _dt_unit_place_at (t, k) > 0)
        k += _dt_unit_place_at (t, k);
      if (k < limit && k >= 2 && _dt_unit_phrase_at (t, k - 2, "khu vực", MATCH_EXACT)
          && _dt_unit_is_roman (t, k))
        k++;
    }
  else if (!after_place)
    return 0;

  /* the first word after a place word names the place even when it looks
   * like a head ("thành phố Hội An", "huyện Vụ Bản", "thành phố Quy Nhơn") */
  while (k + run < limit && _dt_unit_is_capital (t, k + run) && _dt_unit_verb_at (t, k + run) == 0
         && (!_dt_unit_starts (t, k + run) || (n > 0 && run == 0)))
    {
      /* no place is named like a person: "Chủ tịch UBND tỉnh Nguyễn Đức Trung" */
      if (run + 1 < limit - k && _dt_unit_is_capital (t, k + run + 1)
          && _dt_unit_surname_at (t, k + run))
        break;
      run++;
    }
  if (n == 0 && run == 0)
    return 0;
  if (run > 3)
    run -= 3;
  return k + run;
}

static gboolean
ends_with_place (const Toks *t,
                 guint       a,
                 guint       b)
{
  for (guint i = a; i < b; i++)
    {
      guint n = _dt_unit_place_at (t, i);

      if (n > 0 && i + n == b)
        return TRUE;
    }
  return FALSE;
}

/* "các cơ quan liên quan", "các cơ quan, đơn vị": no coordinator */
static gboolean
is_vague (const char *name)
{
  static const char * const generic[] = {
    "cac", "bo", "nganh", "co", "quan", "don", "vi", "dia", "phuong", "to", "chuc", "ca",
    "nhan", "cap", "so", "ban", "va", "khac", NULL
  };
  DtFolded folded;
  gboolean vague = TRUE;

  _dt_folded_init (&folded, name, -1);
  if (strstr (folded.text, "lien quan") != NULL)
    {
      _dt_folded_clear (&folded);
      return TRUE;
    }
  for (char *p = folded.text; *p != '\0' && vague; )
    {
      char *start;
      char saved;

      while (*p != '\0' && !g_ascii_isalnum (*p))
        p++;
      if (*p == '\0')
        break;
      start = p;
      while (g_ascii_isalnum (*p))
        p++;
      saved = *p;
      *p = '\0';
      if (!g_strv_contains (generic, start))
        vague = FALSE;
      *p = saved;
    }
  _dt_folded_clear (&folded);
  return vague;
}

static char *
capitalize (char *text)
{
  gunichar c = g_utf8_get_char (text);
  char buf[8];
  char *result;

  if (!g_unichar_islower (c))
    return text;
  buf[g_unichar_to_utf8 (g_unichar_toupper (c), buf)] = '\0';
  result = g_strconcat (buf, g_utf8_next_char (text), NULL);
  g_free (text);
  return result;
}

/* A collective at i ("các Bộ, ngành liên quan", "Các đơn vị có thủ tục
 * hành chính", "Ủy ban nhân dân các xã, phường"): where it ends.  first is
 * the token after "các". */
static guint
collective_end (const Toks *t,
                guint       first)
{
  guint k = first, end = first, words = 0;
  gboolean specific = FALSE, after_unit = FALSE;

  while (k < t->n && words < 24)
    {
      guint n = 0;

      /* "cơ quan chuyên môn thuộc Bộ X | và các địa phương" */
      if (after_unit && (_dt_unit_is_punct (t, k, ',') || _dt_unit_word_is (t, k, "và")))
        break;
      /* "các huyện, thành phố", "các huyện/thành phố" */
      if (_dt_unit_is_punct (t, k, ',') || _dt_unit_is_punct (t, k, '/'))
        {
          guint r = k + 1;

          if (_dt_unit_word_is (t, r, "các"))
            r++;
          if (!_dt_unit_collective_noun_at (t, r, &n) || (r == k + 1 && _dt_unit_starts (t, r)))
            break;
          /* "các Tập đoàn, Tổng công ty, đơn vị liên quan": the vague rest
           * is a collective of its own */
          if (specific && _dt_unit_generic_noun_at (t, r) > 0
              && (_dt_unit_phrase_at (t, r + n, "liên quan", TRUE)
                  || _dt_unit_phrase_at (t, r + n, "có liên quan", TRUE)))
            break;
          k = r;
          continue;
        }
      if (_dt_unit_word_is (t, k, "và"))
        {
          guint r = k + 1;

          if (_dt_unit_word_is (t, r, "các"))
            r++;
          if (!_dt_unit_collective_noun_at (t, r, &n) || _dt_unit_starts (t, r))
            break;
          /* "các nhà thầu và các bộ, cơ quan liên quan": two classes */
          if (specific && _dt_unit_generic_noun_at (t, r) > 0)
            break;
          k = r;
          continue;
        }
      if (!_dt_unit_is_word (t, k) || t->tok[k].digit)
        break;
      /* "… Trung ương\na) …", a unit on the next line of a table */
      if (t->tok[k].flen == 1 && _dt_unit_is_punct (t, k + 1, ')'))
        break;
      if (k > first && t->tok[k].nl && _dt_unit_is_capital (t, k)
          && !_dt_unit_word_is (t, k - 1, "thuộc"))
        break;
      if (_dt_unit_collective_noun_at (t, k, &n)
          && (k == first || !_dt_unit_is_word (t, k - 1) || _dt_unit_word_is (t, k - 1, "các")
              || _dt_unit_word_is (t, k - 1, "và") || _dt_unit_word_is (t, k - 1, "là")))
        {
          if (_dt_unit_generic_noun_at (t, k) == 0)
            specific = TRUE;
          k += n;
          end = k;
          words += n;
          continue;
        }
      /* relative words of a class: "có thủ tục hành chính", "là tổ chức",
       * "thuộc Bộ Tài chính", "trực thuộc Trung ương", "ngang bộ" */
      if (_dt_unit_phrase_at (t, k, "có trách nhiệm", TRUE)
          || _dt_unit_phrase_at (t, k, "có ý kiến", TRUE)
          || _dt_unit_phrase_at (t, k, "có văn bản", TRUE))
        break;
      if (_dt_unit_word_is (t, k, "thuộc") || _dt_unit_phrase_at (t, k, "trực thuộc", TRUE)
          || (k >= 2 && _dt_unit_phrase_at (t, k - 2, "thành viên", TRUE) && _dt_unit_starts (t, k)))
        {
          /* "thuộc Bộ Tài nguyên và Môi trường", "trực thuộc Trung ương",
           * "các thành viên Ban Tổ chức" */
          guint r = k + (_dt_unit_word_is (t, k, "thuộc") ? 1
                         : _dt_unit_phrase_at (t, k, "trực thuộc", TRUE) ? 2 : 0);
          guint n_head = 0;

          if (r >= t->n)
            break;

          if (_dt_unit_place_at (t, r) > 0)
            r += _dt_unit_place_at (t, r);
          else if (_dt_unit_head_at (t, r, FALSE, &n_head) != NULL)
            r = _dt_unit_name_starts (t, r + n_head, H_NAME) ? name_end (t, r + n_head, FALSE)
                                                             : r + n_head;
          else
            while (_dt_unit_is_capital (t, r) && _dt_unit_verb_at (t, r) == 0)
              r++;
          after_unit = TRUE;
          k = end = r;
          words++;
          continue;
        }
      if (_dt_unit_phrase_at (t, k, "liên quan", TRUE))
        {
          /* "các Bộ, ngành liên quan (khác)" ends there */
          k += 2;
          if (_dt_unit_word_is (t, k, "khác"))
            k++;
          end = k;
          if (_dt_unit_word_is (t, k, "thuộc") || _dt_unit_phrase_at (t, k, "trực thuộc", TRUE))
            continue;
          break;
        }
      if ((_dt_unit_word_is (t, k, "có") || _dt_unit_word_is (t, k, "là"))
          && (!_dt_unit_is_word (t, k + 1) || _dt_unit_verb_at (t, k + 1) > 0
              || _dt_unit_is_stop (t, k + 1))
          && !_dt_unit_collective_noun_at (t, k + 1, NULL))
        break;
      if (_dt_unit_word_is (t, k, "có") || _dt_unit_word_is (t, k, "là")
          || _dt_unit_word_is (t, k, "ngang")
          || _dt_unit_word_is (t, k, "khác"))
        {
          k++;
          end = k;
          words++;
          continue;
        }
      /* "các sở, ngành cấp tỉnh" */
      if (_dt_unit_place_at (t, k) > 0)
        {
          k += _dt_unit_place_at (t, k);
          end = k;
          words++;
          continue;
        }
      if (_dt_unit_is_stop (t, k) || _dt_unit_verb_at (t, k) > 0)
        break;
      if (t->tok[k].nl && _dt_unit_is_capital (t, k))
        break;
      /* a unit inside: "ngang Bộ" */
      if (_dt_unit_starts (t, k) && !(k > first && _dt_unit_word_is (t, k - 1, "ngang")))
        break;
      k++;
      end = k;
      words++;
    }
  return end;
}

/* ------------------------------------------------------------------ */
/* elements: one unit, a list "các Bộ: A, B", an official, a collective */

typedef struct
{
  DtUnitCatalog *catalog;
  const Toks    *t;
  GPtrArray     *out;     /* of DtUnitName */
  const char    *head;    /* the head noun of the last unit, for "Sở Y tế, Tài chính" */
} Parse;

static void
add (Parse         *ps,
     DtUnitNameKind kind,
     char          *name,
     guint          a,
     guint          b)
{
  DtUnitName *u = unit_name_new (kind, name, ps->t->tok[a].start, ps->t->tok[b - 1].end);

  if (kind == DT_UNIT_NAME_COLLECTIVE)
    {
      u->name = capitalize (u->name);
      u->vague = is_vague (u->name);
    }
  g_ptr_array_add (ps->out, u);
}

/* "phường, xã, đặc khu": places listed after a head, a class of units */
static gboolean
place_list (const Toks *t,
            guint       first)
{
  guint n = _dt_unit_place_at (t, first);

  return n > 0 && _dt_unit_is_punct (t, first + n, ',') && _dt_unit_place_at (t, first + n + 1) > 0;
}

/* The named unit whose head is at h; returns the token after it, or 0 */
static guint
parse_named (Parse    *ps,
             guint     h,
             gboolean  from_title)
{
  const Toks *t = ps->t;
  const Head *head;
  guint n_head, first, grammar, best = 0, limit;
  const char *known = NULL;

  head = _dt_unit_head_at (t, h, FALSE, &n_head);
  if (head == NULL)
    return 0;
  first = h + n_head;

  if (head->flags & H_PERSON)
    {
      /* "Phó Thủ tướng Chính phủ Trần Hồng Hà" */
      guint k = first, run = 0;

      if (t->tok[h].caps)
        return 0;

      if (_dt_unit_phrase_at (t, k, "chính phủ", TRUE))
        k += 2;
      while (_dt_unit_is_capital (t, k + run) && !_dt_unit_is_stop (t, k + run)
             && _dt_unit_verb_at (t, k + run) == 0)
        run++;
      if (run < 2 || run > 4)
        return 0;
      {
        GString *s = g_string_new (NULL);

        append_span (s, t, h, k + run);
        add (ps, DT_UNIT_NAME_NEW, g_string_free (s, FALSE), h, k + run);
      }
      return k + run;
    }

  if (_dt_unit_head_shouting (t, h, head)
      || (_dt_unit_is_word (t, first) && t->tok[first].caps && !t->tok[first].ascii
          && _dt_unit_abbreviation_at (t, first, &(const char *) { NULL }) == 0))
    {
      /* a heading in capitals names a unit only as the catalogue knows it */
      guint k = h;

      while (k < t->n
             && (t->tok[k].caps || _dt_unit_word_is (t, k, "VÀ") || t->tok[k].kind == TOK_PUNCT)
             && !_dt_unit_is_punct (t, k, ':') && !_dt_unit_is_punct (t, k, '.'))
        k++;
      for (guint b = k; b > first; b--)
        if ((known = lookup (ps->catalog, NULL, t, h, b)) != NULL)
          {
            add (ps, DT_UNIT_NAME_KNOWN, g_strdup (known), h, b);
            ps->head = head->words;
            return b;
          }
      return 0;
    }

  /* "Ủy ban nhân dân các xã, phường", "Công an các phường, xã, đặc khu",
   * "Công an phường, xã, đặc khu" */
  if ((head->flags & H_PLACE) && (_dt_unit_word_is (t, first, "các") || place_list (t, first)))
    {
      guint p = _dt_unit_word_is (t, first, "các") ? first + 1 : first;
      guint n_place = _dt_unit_place_at (t, p);
      GString *s;
      guint end;

      if (n_place > 0
          && (_dt_unit_is_punct (t, p + n_place, ':') || _dt_unit_is_capital (t, p + n_place))
          && !_dt_unit_phrase_at (t, p + n_place, "trực thuộc", TRUE))
        return 0;   /* a list: "UBND các tỉnh: A, B" — the caller expands it */
      if (n_place == 0 && !_dt_unit_collective_noun_at (t, p, NULL))
        return 0;
      end = collective_end (t, p);
      if (end <= p)
        return 0;
      /* kept as written, even where the catalogue has the class */
      s = g_string_new (NULL);
      append_span (s, t, h, end);
      add (ps, DT_UNIT_NAME_COLLECTIVE, g_string_free (s, FALSE), h, end);
      return end;
    }

  if (!(head->flags & H_ALONE) && !_dt_unit_name_starts (t, first, head->flags))
    return 0;
  if (_dt_unit_alone_in_phrase (t, first, head->flags))
    return 0;
  if (head->flags & H_WEAK && ps->catalog == NULL)
    return 0;

  grammar = _dt_unit_name_starts (t, first, head->flags) ? name_end (t, first, FALSE) : first;
  if (grammar <= first && !(head->flags & H_ALONE))
    return 0;

  /* the longest name the catalogue knows, up to some words past the
   * grammar's end ("Ban Quản lý dự án đầu tư xây dựng công trình …") */
  limit = grammar;
  if (grammar < t->n && t->tok[grammar].kind == TOK_WORD && !t->tok[grammar].nl)
    limit = MIN (t->n, grammar + 8);
  for (guint k = first; k < limit; k++)
    if (t->tok[k].kind == TOK_PUNCT && t->tok[k].punct != ',' && t->tok[k].punct != '-'
        && t->tok[k].punct != '&')
      {
        limit = k;
        break;
      }
  limit = MAX (limit, grammar);
  /* the grammar's name first: most often known, or new; then a longer
   * known name, then a shorter one */
  if ((known = lookup (ps->catalog, NULL, t, h, grammar)) != NULL)
    best = grammar;
  for (guint b = limit; known == NULL && b > h; b--)
    {
      if (b == grammar || (t->tok[b - 1].kind == TOK_PUNCT && t->tok[b - 1].punct != ')'))
        continue;
      if (!name_may_end (t, b))
        continue;
      if ((known = lookup (ps->catalog, NULL, t, h, b)) != NULL)
        best = b;
    }

  if (head->flags & H_WEAK)
    {
      if (known == NULL)
        return 0;
      add (ps, DT_UNIT_NAME_KNOWN, g_strdup (known), h, best);
      return best;
    }

  if (known != NULL && best < grammar)
    {
      /* a known name and more: a place makes it another unit ("Công an
       * Thành phố", "Ủy ban nhân dân tỉnh Ninh Bình"), and so do more
       * capitalised words ("Ban Quản lý Khu kinh tế Đông Nam") unless an
       * official's name follows his body ("Bộ trưởng Bộ Y tế Đào Hồng
       * Lan"); what follows a separator ("Bộ Xây dựng - Cơ quan Thường
       * trực", "Bộ Tài chính, Xây dựng") or a lower-case word is not part
       * of the name */
      guint p = place_end (t, best, grammar, ends_with_place (t, first, best));

      if (p > best)
        grammar = p;
      /* "Sở Nội vụ Văn phòng UBND tỉnh", two cells of a table run
       * together: another unit's head ends a known name of three words or
       * more (but "Thanh tra Sở Xây dựng" is one unit) */
      else if (_dt_unit_starts (t, best) && best - h >= 3)
        grammar = best;
      else if (!from_title && _dt_unit_is_capital (t, best)
               && t->tok[best].start > t->tok[best - 1].end)
        ;
      else
        grammar = best;
    }

  if (known != NULL && best >= grammar)
    {
      add (ps, DT_UNIT_NAME_KNOWN, g_strdup (known), h, best);
      ps->head = head->words;
      return best;
    }

  if (grammar <= first && (head->flags & H_ALONE) && known == NULL)
    {
      /* "Ủy ban nhân dân" alone, with no catalogue entry */
      GString *s = g_string_new (NULL);

      if (from_title || _dt_unit_is_punct (t, first, ',') || first >= t->n
          || _dt_unit_verb_at (t, first) > 0
          || _dt_unit_is_stop (t, first) || _dt_unit_is_punct (t, first, ':')
          || _dt_unit_is_punct (t, first, '.'))
        {
          append_span (s, t, h, first);
          add (ps, DT_UNIT_NAME_NEW, g_string_free (s, FALSE), h, first);
          return first;
        }
      g_string_free (s, TRUE);
      return 0;
    }

  {
    GString *s;
    DtUnitNameKind kind = DT_UNIT_NAME_NEW;

    /* a person after a place: "Chủ tịch UBND huyện Vị Xuyên Nguyễn Văn A" */
    for (guint k = first; k < grammar; k++)
      if (_dt_unit_place_at (t, k) > 0 && (k == first || !_dt_unit_is_capital (t, k)))
        {
          guint p = place_end (t, k, grammar, FALSE);

          if (p > k && p < grammar && _dt_unit_is_capital (t, p))
            grammar = p;
          break;
        }
    /* "Bí thư Tỉnh ủy Ninh Bình Đặng Xuân Phong": the last three words of
     * a long run of capitalised words after an official are his name */
    if (from_title)
      {
        guint run = 0;

        while (grammar - run > first && _dt_unit_is_capital (t, grammar - run - 1))
          run++;
        for (guint j = grammar - run; j + 1 < grammar; j++)
          if (_dt_unit_surname_at (t, j))
            {
              run = 0;
              grammar = j;
              break;
            }
        if (run > 3)
          grammar -= 3;
      }
    /* "Hạt Kiểm lâm các huyện", "Trạm Y tế các xã, phường" */
    if ((head->flags & H_PLACE) && _dt_unit_word_is (t, grammar, "các")
        && _dt_unit_place_at (t, grammar + 1) > 0)
      grammar = collective_end (t, grammar + 1);
    if (t->truncated && grammar >= t->n)
      return 0;
    for (guint k = first; k < grammar; k++)
      if (_dt_unit_word_is (t, k, "các") || _dt_unit_phrase_at (t, k, "cấp", TRUE))
        kind = DT_UNIT_NAME_COLLECTIVE;
    s = g_string_new (NULL);
    append_span (s, t, h, grammar);
    add (ps, kind, g_string_free (s, FALSE), h, grammar);
    ps->head = head->words;
    return grammar;
  }
}

/* A head that is a whole item of a list: "Công an" in "các Bộ: Quốc
 * phòng, Công an và …" */
static gboolean
bare_head (const Toks *t,
           guint       k)
{
  guint n;
  const Head *head = _dt_unit_head_at (t, k, FALSE, &n);

  return head != NULL && (k + n >= t->n || t->tok[k + n].kind == TOK_PUNCT
                          || _dt_unit_word_is (t, k + n, "và") || _dt_unit_verb_at (t, k + n) > 0
                          || _dt_unit_is_stop (t, k + n));
}

/* The item of a list at k with the head prefix ("Bộ", "Ủy ban nhân dân
 * tỉnh", "Tập đoàn"): returns the token after it, 0 when none */
static guint
parse_item (Parse      *ps,
            const char *prefix,
            guint       k,
            gboolean    unknown_ok,
            guint       mention_start)
{
  const Toks *t = ps->t;
  guint longest, first_end, b;
  const char *known = NULL;

  /* "(i) Văn hóa …" */
  if (_dt_unit_is_punct (t, k, '(') && _dt_unit_is_word (t, k + 1)
                         && _dt_unit_is_punct (t, k + 2, ')'))
    k += 3;
  if (!_dt_unit_is_capital (t, k) || _dt_unit_is_stop (t, k))
    return 0;

  longest = name_end (t, k, FALSE);
  first_end = name_end (t, k, TRUE);
  /* a name holds a comma or two at most: "Văn hóa, Thể thao và Du lịch" */
  for (guint j = k, commas = 0; j < longest; j++)
    if (_dt_unit_is_punct (t, j, ',') && ++commas == 2)
      {
        longest = j;
        break;
      }
  for (b = longest; b > k; b--)
    {
      if (t->tok[b - 1].kind == TOK_PUNCT)
        continue;
      /* a known name may end before a separator, "và", or a word in
       * lower case that is no part of it ("Sở Giáo dục và Đào tạo cân đối") */
      if (b != longest && b != first_end && !_dt_unit_is_punct (t, b, ',')
          && !_dt_unit_word_is (t, b, "và")
          && !_dt_unit_is_punct (t, b, '-')
          && !(_dt_unit_is_word (t, b) && !_dt_unit_is_capital (t, b)))
        continue;
      if ((known = lookup (ps->catalog, prefix, t, k, b)) != NULL)
        break;
    }
  /* a short name written alone: "các Tập đoàn: PVN, VNPT, Viettel" */
  if (known == NULL && (known = lookup (ps->catalog, NULL, t, k, first_end)) != NULL)
    b = first_end;
  if (t->truncated && MAX (b, first_end) >= t->n)
    return 0;   /* cut by the end of the window */
  if (known != NULL)
    {
      add (ps, DT_UNIT_NAME_KNOWN, g_strdup (known), mention_start ? mention_start : k, b);
      return b;
    }
  if (!unknown_ok || (_dt_unit_starts (t, k) && !bare_head (t, k)) || _dt_unit_verb_at (t, k) > 0
      || first_end <= k)
    return 0;
  {
    GString *s = g_string_new (prefix);

    append_span (s, t, k, first_end);
    add (ps, DT_UNIT_NAME_NEW, g_string_free (s, FALSE), mention_start ? mention_start : k,
         first_end);
  }
  return first_end;
}

/* Items after a list's head: "Công an, Tài chính và Xây dựng" */
static guint
parse_items (Parse      *ps,
             const char *prefix,
             const char *city_prefix,
             guint       k,
             guint       mention_start)
{
  const Toks *t = ps->t;
  guint end = 0, n = 0;
  static const char * const cities[] = {
    "hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế", NULL
  };

  while (k < t->n)
    {
      gboolean city = FALSE;
      guint next;

      /* "UBND các tỉnh, thành phố: Huế, Quảng Trị": the cities under the
       * centre are "thành phố" */
      for (guint j = 0; city_prefix != NULL && cities[j] != NULL; j++)
        if (_dt_unit_phrase_at (t, k, cities[j], MATCH_EXACT) > 0)
          city = TRUE;
      next = parse_item (ps, city ? city_prefix : prefix, k, TRUE, n == 0 ? mention_start : 0);

      if (next == 0)
        break;
      end = next;
      n++;
      k = next;
      if (_dt_unit_is_punct (t, k, ','))
        k++;
      if (_dt_unit_word_is (t, k, "và"))
        k++;
      if (k == next)
        break;
    }
  return n > 0 ? end : 0;
}

/* The singular of a list's head: "các Bộ" → "Bộ", "UBND các tỉnh" →
 * "Ủy ban nhân dân tỉnh" */
static char *
list_prefix (const Toks *t,
             guint       a,
             guint       b)
{
  GString *s = g_string_new (NULL);

  append_span (s, t, a, b);
  return capitalize (g_string_free (s, FALSE));
}

static guint parse_element (Parse *ps, guint i, gboolean from_title);

/* What only the catalogue knows at k: "ngành Thuế", "Hải quan", "Đài
 * truyền hình Việt Nam" */
static guint
catalogue_element (Parse *ps,
                   guint  k)
{
  const Toks *t = ps->t;
  const char *canonical = NULL;
  gsize stop;
  guint b = k;

  guint last = MIN (t->n, k + 12);

  /* a heading in capitals is no unit ("VĂN PHÒNG", "BÁO CÁO") */
  if (ps->catalog == NULL || !_dt_unit_is_word (t, k) || (t->tok[k].caps && !t->tok[k].ascii))
    return 0;
  stop = dt_unit_catalog_match_prefix (ps->catalog, t->text + t->tok[k].start,
                                       t->tok[last - 1].end - t->tok[k].start, &canonical);
  if (stop == 0)
    return 0;
  stop += t->tok[k].start;
  while (b < t->n && t->tok[b].end <= stop)
    b++;
  if (b == k)
    return 0;
  add (ps, DT_UNIT_NAME_KNOWN, g_strdup (canonical), k, b);
  return b;
}

/* After "các" at c: a list "các Bộ: A, B", "các bộ Công an, Xây dựng", or
 * a collective "các Bộ, ngành liên quan" */
static guint
parse_cac (Parse *ps,
           guint  c,
           guint  mention_start)
{
  const Toks *t = ps->t;
  const Head *head;
  guint n_head, k, end;

  head = _dt_unit_head_at (t, c + 1, TRUE, &n_head);
  if (head != NULL && !(head->flags & (H_WEAK | H_PERSON)))
    {
      k = c + 1 + n_head;
      /* "các Bộ, cơ quan: Quốc phòng, …" */
      if (_dt_unit_is_punct (t, k, ',') && _dt_unit_phrase_at (t, k + 1, "cơ quan", TRUE)
          && _dt_unit_is_punct (t, k + 3, ':'))
        k += 3;
      if (_dt_unit_is_punct (t, k, ':') || _dt_unit_is_capital (t, k))
        {
          g_autofree char *prefix = list_prefix (t, c + 1, c + 1 + n_head);
          guint items = _dt_unit_is_punct (t, k, ':') ? k + 1 : k;

          end = parse_items (ps, prefix, NULL, items, mention_start);
          if (end > 0)
            return end;
        }
    }

  if (!_dt_unit_collective_noun_at (t, c + 1, NULL))
    return 0;
  end = collective_end (t, c + 1);
  if (end <= c + 1)
    return 0;
  {
    GString *s = g_string_new (NULL);

    append_span (s, t, c, end);
    add (ps, DT_UNIT_NAME_COLLECTIVE, g_string_free (s, FALSE), mention_start, end);
  }
  return end;
}

/* One element at i; returns the token after it, 0 when none */
static guint
parse_element (Parse    *ps,
               guint     i,
               gboolean  from_title)
{
  const Toks *t = ps->t;
  guint k = i, n;
  gboolean minister_alone = FALSE, titled = from_title, consumed = FALSE;
  gboolean minister_before_colon = FALSE;

  if (!_dt_unit_is_word (t, i))
    return 0;

  if (_dt_unit_class_of_unit (t, i))
    {
      guint end = collective_end (t, i);
      GString *s;

      if (end <= i + 2)
        return 0;
      s = g_string_new (NULL);
      append_span (s, t, i, end);
      add (ps, DT_UNIT_NAME_COLLECTIVE, g_string_free (s, FALSE), i, end);
      return end;
    }

  /* "các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ" */
  if (_dt_unit_word_is (t, k, "các") && _dt_unit_title_at (t, k + 1) > 0)
    k++;

  /* "Đồng chí Bộ trưởng Bộ Y tế" */
  if (_dt_unit_phrase_at (t, k, "đồng chí", TRUE) && _dt_unit_title_at (t, k + 2) > 0)
    k += 2;

  /* officials: "Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ", "Chủ tịch
   * Hội đồng thành viên, Tổng giám đốc các Tập đoàn" */
  while ((n = _dt_unit_title_at (t, k)) > 0)
    {
      const Head *head = _dt_unit_head_at (t, k, FALSE, NULL);
      guint n_head = 0;

      /* "Chủ tịch Ủy ban nhân dân" is an official; "Trưởng Ban Dân tộc" too;
       * but "Bộ Chỉ huy", "Ban …" are heads */
      if (head != NULL)
        {
          _dt_unit_head_at (t, k, FALSE, &n_head);
          if (n_head >= n)
            break;
        }
      titled = consumed = TRUE;
      minister_before_colon = _dt_unit_phrase_at (t, k, "bộ trưởng", TRUE) > 0
                              && _dt_unit_is_punct (t, k + n, ':');
      if (_dt_unit_phrase_at (t, k, "bộ trưởng", TRUE) && _dt_unit_is_punct (t, k + n, ','))
        minister_alone = TRUE;
      k += n;
      if (_dt_unit_word_is (t, k, "kiêm") && _dt_unit_title_at (t, k + 1) > 0)
        k++;
      else if (_dt_unit_is_punct (t, k, ',') && _dt_unit_title_at (t, k + 1) > 0)
        k++;
    }

  /* "các bộ trưởng: Quốc phòng, Công an" */
  if (consumed && _dt_unit_is_punct (t, k, ':') && minister_before_colon)
    {
      guint end = parse_items (ps, "Bộ", NULL, k + 1, i);

      if (end > 0)
        return end;
    }
  /* "Tổng giám đốc: Đài truyền hình Việt Nam, …" */
  if (consumed && _dt_unit_is_punct (t, k, ':'))
    k++;
  if (_dt_unit_word_is (t, k, "các") && !t->tok[k].caps && (titled || _dt_unit_is_word (t, k)))
    {
      guint before = ps->out->len;
      guint end = parse_cac (ps, k, titled ? k : i);

      if (end > 0 && minister_alone && ps->out->len == before + 1)
        {
          DtUnitName *u = g_ptr_array_index (ps->out, before);

          if (u->kind == DT_UNIT_NAME_COLLECTIVE && g_str_has_prefix (u->name, "Các "))
            {
              char *name = g_strconcat ("Các bộ, ", u->name + strlen ("Các "), NULL);

              g_free (u->name);
              u->name = name;
            }
        }
      return end;
    }

  if (consumed && _dt_unit_collective_noun_at (t, k, NULL)
      && _dt_unit_head_at (t, k, FALSE, NULL) == NULL)
    {
      /* "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ" */
      guint end = collective_end (t, k);
      GString *s;

      if (end <= k)
        return 0;
      s = g_string_new (minister_alone ? "Các bộ, " : "Các ");
      append_span (s, t, k, end);
      add (ps, DT_UNIT_NAME_COLLECTIVE, g_string_free (s, FALSE), i, end);
      return end;
    }
  if (consumed)
    {
      /* "Chủ tịch UBND các tỉnh: A, B và C" */
      guint end = parse_element (ps, k, TRUE);

      return end;
    }

  /* "UBND các tỉnh: Đắk Lắk, Khánh Hòa" */
  {
    const Head *head = _dt_unit_head_at (t, k, FALSE, &n);

    if (head == NULL || (head->flags & H_WEAK))
      return catalogue_element (ps, k);
    if ((head->flags & H_PLACE) && _dt_unit_word_is (t, k + n, "các"))
      {
        guint p = k + n + 1;
        guint n_place = _dt_unit_place_at (t, p);
        guint after = p + n_place;
        gboolean mixed = FALSE;

        /* "các tỉnh, thành phố: A, B" */
        if (n_place > 0 && _dt_unit_is_punct (t, after, ',') && _dt_unit_place_at (t, after + 1) > 0
            && _dt_unit_is_punct (t, after + 1 + _dt_unit_place_at (t, after + 1), ':'))
          {
            mixed = TRUE;
            after = after + 1 + _dt_unit_place_at (t, after + 1);
          }
        if (n_place > 0
            && (_dt_unit_is_punct (t, after, ':') || (!mixed && _dt_unit_is_capital (t, after)))
            && !_dt_unit_phrase_at (t, after, "trực thuộc", TRUE))
          {
            g_autofree char *head_text = list_prefix (t, k, k + n);
            g_autofree char *place_text = NULL;
            g_autofree char *prefix = NULL;
            g_autofree char *city_prefix = NULL;
            GString *s = g_string_new (NULL);
            guint items = _dt_unit_is_punct (t, after, ':') ? after + 1 : after;
            guint end;

            append_span (s, t, p, p + n_place);
            place_text = g_string_free (s, FALSE);
            /* "các tỉnh" → "tỉnh" already singular */
            prefix = g_strconcat (head_text, " ", place_text, NULL);
            if (mixed)
              city_prefix = g_strconcat (head_text, " thành phố", NULL);
            end = parse_items (ps, prefix, city_prefix, items, i);
            if (end > 0)
              return end;
          }
      }
    {
      guint end = parse_named (ps, k, titled);

      /* "Đài truyền hình Việt Nam" as the catalogue has it; but not "Công
       * an nhân dân" */
      return end > 0 ? end : (head->flags & H_ALONE) ? 0 : catalogue_element (ps, k);
    }
  }
}

/* ------------------------------------------------------------------ */
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
        got = parse_element (ps, k, FALSE);
      else if (ps->head != NULL && _dt_unit_is_capital (t, k))
        {
          /* "Sở Y tế, Tài chính và Xây dựng": the head is left out */
          g_autofree char *prefix = capitalize (g_strdup (ps->head));

          got = parse_item (ps, prefix, k, FALSE, 0);
        }
      if (got == 0 && (_dt_unit_is_capital (t, k) || _dt_unit_word_is (t, k, "ngành")))
        got = parse_element (ps, k, FALSE);
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
      next = parse_element (&ps, 0, FALSE);
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
