/* dt-unit-name-list.c — lists of units: "các Bộ: A, B", "UBND các tỉnh: A, B và C", collectives
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-import-text-private.h"
#include "dt-unit-name.h"
#include "dt-unit-name-private.h"

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
guint
_dt_unit_parse_item (Parse      *ps,
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

  longest = _dt_unit_name_end (t, k, FALSE);
  first_end = _dt_unit_name_end (t, k, TRUE);
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
      if ((known = _dt_unit_lookup (ps->catalog, prefix, t, k, b)) != NULL)
        break;
    }
  /* a short name written alone: "các Tập đoàn: PVN, VNPT, Viettel" */
  if (known == NULL && (known = _dt_unit_lookup (ps->catalog, NULL, t, k, first_end)) != NULL)
    b = first_end;
  if (t->truncated && MAX (b, first_end) >= t->n)
    return 0;   /* cut by the end of the window */
  if (known != NULL)
    {
      _dt_unit_add (ps, DT_UNIT_NAME_KNOWN, g_strdup (known), mention_start ? mention_start : k, b);
      return b;
    }
  if (!unknown_ok || (_dt_unit_starts (t, k) && !bare_head (t, k)) || _dt_unit_verb_at (t, k) > 0
      || first_end <= k)
    return 0;
  {
    GString *s = g_string_new (prefix);

    _dt_unit_append_span (s, t, k, first_end);
    _dt_unit_add (ps, DT_UNIT_NAME_NEW, g_string_free (s, FALSE), mention_start ? mention_start : k,
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
      next = _dt_unit_parse_item (ps, city ? city_prefix : prefix, k, TRUE, n == 0 ? mention_start : 0);

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

  _dt_unit_append_span (s, t, a, b);
  return _dt_unit_capitalize (g_string_free (s, FALSE));
}


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
  _dt_unit_add (ps, DT_UNIT_NAME_KNOWN, g_strdup (canonical), k, b);
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
  end = _dt_unit_collective_end (t, c + 1);
  if (end <= c + 1)
    return 0;
  {
    GString *s = g_string_new (NULL);

    _dt_unit_append_span (s, t, c, end);
    _dt_unit_add (ps, DT_UNIT_NAME_COLLECTIVE, g_string_free (s, FALSE), mention_start, end);
  }
  return end;
}

/* One element at i; returns the token after it, 0 when none */
guint
_dt_unit_parse_element (Parse    *ps,
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
      guint end = _dt_unit_collective_end (t, i);
      GString *s;

      if (end <= i + 2)
        return 0;
      s = g_string_new (NULL);
      _dt_unit_append_span (s, t, i, end);
      _dt_unit_add (ps, DT_UNIT_NAME_COLLECTIVE, g_string_free (s, FALSE), i, end);
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
      guint end = _dt_unit_collective_end (t, k);
      GString *s;

      if (end <= k)
        return 0;
      s = g_string_new (minister_alone ? "Các bộ, " : "Các ");
      _dt_unit_append_span (s, t, k, end);
      _dt_unit_add (ps, DT_UNIT_NAME_COLLECTIVE, g_string_free (s, FALSE), i, end);
      return end;
    }
  if (consumed)
    {
      /* "Chủ tịch UBND các tỉnh: A, B và C" */
      guint end = _dt_unit_parse_element (ps, k, TRUE);

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

            _dt_unit_append_span (s, t, p, p + n_place);
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
      guint end = _dt_unit_parse_named (ps, k, titled);

      /* "Đài truyền hình Việt Nam" as the catalogue has it; but not "Công
       * an nhân dân" */
      return end > 0 ? end : (head->flags & H_ALONE) ? 0 : catalogue_element (ps, k);
    }
  }
}

/* ------------------------------------------------------------------ */
