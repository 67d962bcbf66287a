/* dt-extractor-header.c — a notice's number, dates, issuing body and closing
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dt-deadline.h"
#include "dt-extractor-private.h"

static DtDate
find_date (const char *text,
           gsize       length,
           gboolean    require_ngay)
{
  static GRegex *regex;
  g_autoptr(GMatchInfo) match = NULL;
  DtDate date = DT_DATE_NONE;

  if (g_once_init_enter_pointer (&regex))
    g_once_init_leave_pointer (&regex,
                               g_regex_new ("(?i)(ngày\\s+)?(\\d{1,2})\\s*(?:/|-|\\.|\\s+tháng\\s+)\\s*(\\d{1,2})"
                                            "\\s*(?:/|-|\\.|\\s+năm\\s+)\\s*(\\d{4})",
                                            G_REGEX_OPTIMIZE, 0, NULL));

  if (g_regex_match_full (regex, text, length, 0, 0, &match, NULL))
    {
      while (g_match_info_matches (match))
        {
          g_autofree char *ngay = g_match_info_fetch (match, 1);
          g_autofree char *d = g_match_info_fetch (match, 2);
          g_autofree char *m = g_match_info_fetch (match, 3);
          g_autofree char *y = g_match_info_fetch (match, 4);

          if ((!require_ngay || (ngay && *ngay)) && dt_date_is_valid (atoi (y), atoi (m), atoi (d)))
            {
              date = dt_date_new (atoi (y), atoi (m), atoi (d));
              break;
            }
          g_match_info_next (match, NULL);
        }
    }
  return date;
}

static char *
title_case_place (const char *caps)
{
  /* "TỈNH NGHỆ AN" → "tỉnh Nghệ An" */
  g_autofree char *lower = g_utf8_strdown (caps, -1);
  g_auto(GStrv) words = g_strsplit (g_strstrip (lower), " ", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      if (i == 0)
        g_string_append (out, words[i]);
      else
        {
          gunichar c = g_unichar_totitle (g_utf8_get_char (words[i]));
          char buf[8];

          buf[g_unichar_to_utf8 (c, buf)] = '\0';
          g_string_append (out, buf);
          g_string_append (out, g_utf8_next_char (words[i]));
        }
    }
  return g_string_free (out, FALSE);
}

static char *
line_text (Context    *ctx,
           const Line *line)
{
  return g_strstrip (g_strndup (ctx->text + line->start, line->end - line->start));
}

void
_dt_extractor_read_number (Context    *ctx,
                           const Line *line)
{
  static GRegex *regex;
  g_autoptr(GMatchInfo) match = NULL;

  if (ctx->extraction->number != NULL)
    return;
  if (g_once_init_enter_pointer (&regex))
    g_once_init_leave_pointer (&regex,
                               g_regex_new ("(?:Số|số|SỐ)\\s*:?\\s*(\\d*)\\s*/\\s*([\\p{Lu}Đ][\\p{Lu}Đ0-9]*(?:-[\\p{Lu}Đ0-9]+)*)",
                                            G_REGEX_OPTIMIZE, 0, NULL));
  if (g_regex_match_full (regex, ctx->text + line->start, line->end - line->start, 0, 0, &match, NULL))
    {
      g_autofree char *num = g_match_info_fetch (match, 1);
      g_autofree char *sym = g_match_info_fetch (match, 2);

      ctx->extraction->number = g_strdup_printf ("%s/%s", num, sym);
    }
}

static gboolean
is_all_caps (Context    *ctx,
             const Line *line)
{
  gboolean letters = FALSE;

  for (const char *p = ctx->text + line->start; p < ctx->text + line->end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      if (g_unichar_isalpha (c))
        letters = TRUE;
    }
  return letters;
}

void
_dt_extractor_read_issuing_body (Context *ctx,
                                 guint    i)
{
  Line *line = _dt_extractor_line (ctx, i);
  const Line *next = i + 1 < ctx->lines->len ? _dt_extractor_line (ctx, i + 1) : NULL;
  g_autofree char *raw = NULL;
  g_autofree char *place = NULL;

  if (ctx->extraction->issuing_body != NULL || !_dt_extractor_line_has_prefix (ctx, line, "uy ban nhan dan")
      || !is_all_caps (ctx, line))
    return;

  /* "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH" on one line */
  if (_dt_extractor_line_has_prefix (ctx, line, "uy ban nhan dan tinh ")
      || _dt_extractor_line_has_prefix (ctx, line, "uy ban nhan dan thanh pho "))
    {
      g_autofree char *whole = line_text (ctx, line);
      const char *rest = whole;

      for (guint words = 0; words < 4 && rest != NULL; words++)
        {
          rest = strchr (rest, ' ');
          if (rest != NULL)
            rest++;
        }
      if (rest != NULL)
        {
          place = title_case_place (rest);
          ctx->extraction->issuing_body = g_strdup_printf ("Ủy ban nhân dân %s", place);
        }
      return;
    }
  if (next == NULL)
    return;
  if (!_dt_extractor_line_has_prefix (ctx, next, "tinh ")
      && !_dt_extractor_line_has_prefix (ctx, next, "thanh pho ")
      && !_dt_extractor_line_has_prefix (ctx, next, "huyen "))
    return;
  raw = line_text (ctx, next);
  place = title_case_place (raw);
  ctx->extraction->issuing_body = g_strdup_printf ("Ủy ban nhân dân %s", place);
}

static DtNoticeKind
kind_from_folded (const char *folded)
{
  if (g_str_has_prefix (folded, "thong bao"))
    return DT_NOTICE_KIND_CONCLUSION;
  if (g_str_has_prefix (folded, "chi thi"))
    return DT_NOTICE_KIND_DIRECTIVE;
  if (g_str_has_prefix (folded, "ke hoach"))
    return DT_NOTICE_KIND_PLAN;
  if (g_str_has_prefix (folded, "quyet dinh"))
    return DT_NOTICE_KIND_DECISION;
  if (g_str_has_prefix (folded, "cong van"))
    return DT_NOTICE_KIND_OFFICIAL_LETTER;
  return DT_NOTICE_KIND_OTHER;
}

void
_dt_extractor_read_header (Context *ctx,
                           guint    body_start)
{
  DtExtraction *e = ctx->extraction;
  guint kind_line = G_MAXUINT;

  for (guint i = 0; i < body_start; i++)
    {
      Line *line = _dt_extractor_line (ctx, i);
      char folded[FOLD_PREFIX + 1];

      if (line->kind == LINE_NOISE)
        continue;
      _dt_extractor_line_fold (ctx, line, folded);
      if (g_str_has_prefix (folded, "so:") || g_str_has_prefix (folded, "so "))
        _dt_extractor_read_number (ctx, line);
      if (e->issue_date == DT_DATE_NONE && strstr (folded, ", ngay ") != NULL
          && strstr (folded, " thang ") != NULL)
        e->issue_date = find_date (ctx->text + line->start, line->end - line->start, TRUE);
      if (kind_line == G_MAXUINT && is_all_caps (ctx, line)
          && kind_from_folded (folded) != DT_NOTICE_KIND_OTHER && strlen (folded) < 40)
        {
          kind_line = i;
          e->kind = kind_from_folded (folded);
        }
    }

  /* the title: the lines under the kind, up to the first paragraph */
  if (kind_line != G_MAXUINT)
    {
      GString *title = g_string_new (NULL);
      guint last_title = kind_line;

      for (guint i = kind_line + 1; i < body_start && i <= kind_line + 4; i++)
        {
          Line *line = _dt_extractor_line (ctx, i);
          g_autofree char *raw = NULL;
          char folded[FOLD_PREFIX + 1];

          _dt_extractor_line_fold (ctx, line, folded);
          if (line->indent >= 4 || g_str_has_prefix (folded, "ngay ")
              || g_str_has_prefix (folded, "can cu") || g_str_has_prefix (folded, "vao ngay")
              || g_str_has_prefix (folded, "sang ngay") || g_str_has_prefix (folded, "chieu ngay")
              || strspn (folded, "-_=*. ") == strlen (folded))
            break;
          raw = line_text (ctx, line);
          if (title->len > 0)
            g_string_append_c (title, ' ');
          g_string_append (title, raw);
          last_title = i;
        }
      if (title->len > 0)
        {
          DtFolded f;
          const char *of, *at;

          e->title = _dt_extractor_collapse_spaces (title->str);
          _dt_folded_init (&f, e->title, -1);
          of = strstr (f.text, "ket luan cua ");
          if (of == NULL)
            of = strstr (f.text, "chi dao cua ");
          at = of ? strstr (of, " tai ") : NULL;
          if (of != NULL && at != NULL)
            {
              gsize from = (strstr (of, "cua ") - f.text) + 4;

              e->concluded_by = g_strstrip (g_strndup (e->title + _dt_folded_source (&f, from),
                                                       _dt_folded_source (&f, at - f.text) - _dt_folded_source (&f, from)));
            }
          _dt_folded_clear (&f);
        }
      g_string_free (title, TRUE);

      /* the meeting: the first date in the opening paragraph */
      for (guint i = last_title + 1; i < body_start && e->meeting_date == DT_DATE_NONE; i++)
        {
          Line *line = _dt_extractor_line (ctx, i);

          e->meeting_date = find_date (ctx->text + line->start, line->end - line->start, FALSE);
        }
      if (e->meeting_date == DT_DATE_NONE && e->title != NULL)
        e->meeting_date = find_date (e->title, strlen (e->title), FALSE);
    }
}

void
_dt_extractor_read_closing (Context *ctx,
                            guint    first,
                            guint    last)
{
  static const char * const titles[] = {
    "tl. chu tich", "kt. chu tich", "tm. uy ban nhan dan", "tm. ubnd", "chu tich", "pho chu tich",
    "chanh van phong", "pho chanh van phong", "giam doc", "q. chu tich", NULL
  };
  gboolean after_title = FALSE;

  for (guint i = first; i < last; i++)
    {
      Line *line = _dt_extractor_line (ctx, i);
      char folded[FOLD_PREFIX + 1];

      if (line->kind == LINE_NOISE)
        continue;
      _dt_extractor_line_fold (ctx, line, folded);
      if (g_strv_contains (titles, folded))
        {
          after_title = TRUE;
          continue;
        }
      if (after_title && ctx->extraction->signer == NULL && !is_all_caps (ctx, line)
          && line->kind == LINE_TEXT && strpbrk (folded, "0123456789:()") == NULL
          && !g_str_has_prefix (folded, "da ky"))
        {
          g_autofree char *raw = line_text (ctx, line);
          guint words = _dt_extractor_count_words (raw);

          if (words >= 2 && words <= 6)
            {
              ctx->extraction->signer = g_steal_pointer (&raw);
              return;
            }
        }
    }
}
