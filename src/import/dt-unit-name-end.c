/* dt-unit-name-end.c — where a unit's name ends: places, officials, collectives
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-import-text-private.h"
#include "dt-unit-name.h"
#include "dt-unit-name-private.h"

#define MAX_LOWER_RUN 7

/* A name can end before token b: not inside a run of lower-case words
 * ("Cục Biến đổi | khí hậu") */
gboolean
_dt_unit_name_may_end (const Toks *t,
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
guint
_dt_unit_name_end (const Toks *t,
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
guint
_dt_unit_place_end (const Toks *t,
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

gboolean
_dt_unit_ends_with_place (const Toks *t,
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
gboolean
_dt_unit_is_vague (const char *name)
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

char *
_dt_unit_capitalize (char *text)
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
guint
_dt_unit_collective_end (const Toks *t,
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
            r = _dt_unit_name_starts (t, r + n_head, H_NAME) ? _dt_unit_name_end (t, r + n_head, FALSE)
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
