/* dt-unit-name-named.c — one named unit: "Sở Y tế", "Ủy ban nhân dân tỉnh Ninh Bình"
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-import-text-private.h"
#include "dt-unit-name.h"
#include "dt-unit-name-private.h"

/* elements: one unit, a list "các Bộ: A, B", an official, a collective */


void
_dt_unit_add (Parse         *ps,
              DtUnitNameKind kind,
              char          *name,
              guint          a,
              guint          b)
{
  DtUnitName *u = _dt_unit_name_new (kind, name, ps->t->tok[a].start, ps->t->tok[b - 1].end);

  if (kind == DT_UNIT_NAME_COLLECTIVE)
    {
      u->name = _dt_unit_capitalize (u->name);
      u->vague = _dt_unit_is_vague (u->name);
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

/* Where the words in capitals from h end, when they are a whole line or
 * one of a list of units that makes a whole line: h opens the line or
 * follows ",", ":" or ";", and a line break, a colon, the end of the text
 * or ", " and another head noun follows them; 0 otherwise */
static guint
shouted_line_end (const Toks *t,
                  guint       h)
{
  guint k = h, n;

  if (h > 0 && !t->tok[h].nl && !_dt_unit_is_punct (t, h - 1, ',') && !_dt_unit_is_punct (t, h - 1, ':')
      && !_dt_unit_is_punct (t, h - 1, ';'))
    return 0;
  while (k < t->n && (k == h || !t->tok[k].nl)
         && !(_dt_unit_is_punct (t, k, ',') && k + 1 < t->n && _dt_unit_head_at (t, k + 1, FALSE, &n) != NULL)
         && ((_dt_unit_is_word (t, k) && !t->tok[k].digit
              && (t->tok[k].caps || (t->tok[k].upper && t->tok[k].flen == 1)))
             || _dt_unit_is_punct (t, k, ',') || _dt_unit_is_punct (t, k, '-')
             || _dt_unit_is_punct (t, k, '&')))
    k++;
  if (!(k < t->n ? t->tok[k].nl || _dt_unit_is_punct (t, k, ':') || _dt_unit_is_punct (t, k, ',')
                 : !t->truncated))
    return 0;
  while (k > h && t->tok[k - 1].kind == TOK_PUNCT)
    k--;
  return k;
}

/* A name in capitals as names are written: its head and its first word
 * capitalised, the rest in lower case ("Cục Xuất bản, in và phát hành") */
static char *
unshouted (const Toks *t,
           guint       h,
           guint       first,
           guint       end)
{
  g_autoptr(GString) head = g_string_new (NULL);
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *head_down = NULL, *name_down = NULL;
  g_autofree char *head_cap = NULL, *name_cap = NULL;

  _dt_unit_append_span (head, t, h, first);
  _dt_unit_append_span (name, t, first, end);
  head_cap = _dt_unit_capitalize (g_utf8_strdown (head->str, -1));
  name_cap = _dt_unit_capitalize (g_utf8_strdown (name->str, -1));
  return g_strconcat (head_cap, " ", name_cap, NULL);
}

/* The named unit whose head is at h; returns the token after it, or 0 */
guint
_dt_unit_parse_named (Parse    *ps,
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

        _dt_unit_append_span (s, t, h, k + run);
        _dt_unit_add (ps, DT_UNIT_NAME_NEW, g_string_free (s, FALSE), h, k + run);
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
        if ((known = _dt_unit_lookup (ps->catalog, NULL, t, h, b)) != NULL)
          {
            _dt_unit_add (ps, DT_UNIT_NAME_KNOWN, g_strdup (known), h, b);
            ps->head = head->words;
            return b;
          }
      /* but a line in capitals that is nothing but a head and its name
       * ("1. VỤ PHÁP CHẾ", "CỤC XUẤT BẢN, IN VÀ PHÁT HÀNH:") is that unit */
      k = shouted_line_end (t, h);
      if (k > first && (head->flags & H_NAME))
        {
          _dt_unit_add (ps, DT_UNIT_NAME_NEW, unshouted (t, h, first, k), h, k);
          ps->head = head->words;
          return k;
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
      end = _dt_unit_collective_end (t, p);
      if (end <= p)
        return 0;
      /* kept as written, even where the catalogue has the class */
      s = g_string_new (NULL);
      _dt_unit_append_span (s, t, h, end);
      _dt_unit_add (ps, DT_UNIT_NAME_COLLECTIVE, g_string_free (s, FALSE), h, end);
      return end;
    }

  if (!(head->flags & H_ALONE) && !_dt_unit_name_starts (t, first, head->flags))
    return 0;
  if (_dt_unit_alone_in_phrase (t, first, head->flags))
    return 0;
  if (head->flags & H_WEAK && ps->catalog == NULL)
    return 0;

  grammar = _dt_unit_name_starts (t, first, head->flags) ? _dt_unit_name_end (t, first, FALSE) : first;
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
  if ((known = _dt_unit_lookup (ps->catalog, NULL, t, h, grammar)) != NULL)
    best = grammar;
  for (guint b = limit; known == NULL && b > h; b--)
    {
      if (b == grammar || (t->tok[b - 1].kind == TOK_PUNCT && t->tok[b - 1].punct != ')'))
        continue;
      if (!_dt_unit_name_may_end (t, b))
        continue;
      if ((known = _dt_unit_lookup (ps->catalog, NULL, t, h, b)) != NULL)
        best = b;
    }

  if (head->flags & H_WEAK)
    {
      if (known == NULL)
        return 0;
      _dt_unit_add (ps, DT_UNIT_NAME_KNOWN, g_strdup (known), h, best);
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
      guint p = _dt_unit_place_end (t, best, grammar, _dt_unit_ends_with_place (t, first, best));

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
      _dt_unit_add (ps, DT_UNIT_NAME_KNOWN, g_strdup (known), h, best);
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
          _dt_unit_append_span (s, t, h, first);
          _dt_unit_add (ps, DT_UNIT_NAME_NEW, g_string_free (s, FALSE), h, first);
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
          guint p = _dt_unit_place_end (t, k, grammar, FALSE);

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
      grammar = _dt_unit_collective_end (t, grammar + 1);
    if (t->truncated && grammar >= t->n)
      return 0;
    for (guint k = first; k < grammar; k++)
      if (_dt_unit_word_is (t, k, "các") || _dt_unit_phrase_at (t, k, "cấp", TRUE))
        kind = DT_UNIT_NAME_COLLECTIVE;
    s = g_string_new (NULL);
    _dt_unit_append_span (s, t, h, grammar);
    _dt_unit_add (ps, kind, g_string_free (s, FALSE), h, grammar);
    ps->head = head->words;
    return grammar;
  }
}
