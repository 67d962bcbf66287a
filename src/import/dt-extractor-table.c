/* dt-extractor-table.c — the appendix table of a notice: one directive a row
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dt-deadline.h"
#include "dt-extractor-private.h"

gboolean
_dt_extractor_is_table_header (Context    *ctx,
                               const Line *line)
{
  char f[FOLD_PREFIX + 1];

  if (!_dt_extractor_line_has_prefix (ctx, line, "tt ") && !_dt_extractor_line_has_prefix (ctx, line, "stt "))
    return FALSE;
  _dt_extractor_line_fold (ctx, line, f);
  return strlen (f) < 120
         && (strstr (f, "nhiem vu") != NULL || strstr (f, "noi dung") != NULL
             || strstr (f, "cong viec") != NULL)
         && (strstr (f, "don vi") != NULL || strstr (f, "chu tri") != NULL
             || strstr (f, "co quan") != NULL || strstr (f, "thuc hien") != NULL);
}

gboolean
_dt_extractor_is_page_header (Context    *ctx,
                              const Line *line)
{
  static const char * const headers[] = {
    "uy ban nhan dan", "cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc",
    "hoi dong nhan dan", NULL
  };

  for (guint i = 0; headers[i] != NULL; i++)
    if (_dt_extractor_line_is (ctx, line, headers[i]))
      return TRUE;
  return FALSE;
}

typedef struct
{
  gboolean coordinating_column;   /* "Đơn vị phối hợp" */
  gboolean deadline_column;       /* "Thời hạn", "Thời gian hoàn thành" */
} TableLayout;

static void
skip_cell_separators (const DtFolded *f,
                      gsize          *q)
{
  while (*q < f->len && (f->text[*q] == ' ' || f->text[*q] == '.' || f->text[*q] == ','
                         || f->text[*q] == ';'))
    (*q)++;
}

/* A deadline cell: "31/3/2024", "Tháng 3/2024", "Quý I/2024", "Trước ngày …",
 * "Thường xuyên" — the whole cell must be the phrase. */
static DtDeadline *
parse_deadline_cell (Context    *ctx,
                     const char *cell)
{
  static const char * const prefixes[] = { "", "trong ", "trước ngày ", NULL };
  g_autofree char *trimmed = g_strstrip (g_strdup (cell));
  gsize n = strlen (trimmed);

  while (n > 0 && trimmed[n - 1] == '.')
    trimmed[--n] = '\0';
  if (n == 0)
    return NULL;

  for (guint i = 0; prefixes[i] != NULL; i++)
    {
      g_autofree char *text = g_strconcat (prefixes[i], trimmed, NULL);
      DtDeadline *dl = dt_deadline_parse (text, -1, ctx->reference, NULL);
      gsize skip = strlen (prefixes[i]);

      if (dl != NULL && dl->start <= (gssize) skip && (gsize) dl->end >= skip + n - 1)
        {
          g_free (dl->phrase);
          dl->phrase = g_strdup (trimmed);
          dl->start = dl->end = -1;
          return dl;
        }
      dt_deadline_free (dl);
    }
  return NULL;
}

/* Does the rest of the row, from p, consist of the unit cells only (lead
 * units, then the coordinating units and the deadline if the table has
 * those columns)? */
static gboolean
is_unit_cell (Context            *ctx,
              const Para         *para,
              gsize               p,
              const TableLayout  *layout,
              Assignment         *a,
              GPtrArray         **coordinators,
              DtDeadline        **deadline)
{
  const DtFolded *f = &para->folded;
  gsize q = p;
  g_autoptr(GPtrArray) coords = NULL;
  g_autoptr(DtDeadline) cell_deadline = NULL;

  if ((a->leads = _dt_extractor_match_unit_list (ctx, para, &q)) == NULL)
    return FALSE;
  skip_cell_separators (f, &q);

  if (layout->coordinating_column && q < f->len)
    {
      coords = _dt_extractor_match_unit_list (ctx, para, &q);
      _dt_extractor_eat_any (f, &q, (const char *[]) { "co lien quan", "lien quan", NULL });
      skip_cell_separators (f, &q);
    }
  if (layout->deadline_column && q < f->len)
    {
      g_autofree char *cell = _dt_extractor_source_span (para, q, f->len);

      if ((cell_deadline = parse_deadline_cell (ctx, cell)) != NULL)
        q = f->len;
    }

  if (q == f->len)
    {
      if (coordinators)
        *coordinators = g_steal_pointer (&coords);
      if (deadline)
        *deadline = g_steal_pointer (&cell_deadline);
      return TRUE;
    }
  g_clear_pointer (&a->leads, g_ptr_array_unref);
  return FALSE;
}

guint
_dt_extractor_count_words (const char *s)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (; *s; s++)
    {
      gboolean space = *s == ' ';

      if (!space && !in_word)
        n++;
      in_word = !space;
    }
  return n;
}

/* the longest unit cell: several names */
#define MAX_CELL 600

static void
appendix_row (Context    *ctx,
              const char *number,
              const char *category,
              guint       first,
              guint       last,
              const TableLayout *layout)
{
  Para para = { 0 };
  Assignment a = { 0 };
  const DtFolded *f;
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GPtrArray) cell_coordinators = NULL;
  g_autoptr(DtDeadline) cell_deadline = NULL;
  gsize cut = 0;

  _dt_extractor_para_init (&para, ctx->text, ctx->lines, first, last, TRUE);
  f = &para.folded;

  /* where the unit cell may begin: after a sentence, or at a line start,
   * near the end of the row */
  {
    gsize pos = 0;

    for (guint i = 0; i < para.line_starts->len; i++)
      {
        pos = _dt_extractor_folded_pos (f, g_array_index (para.line_starts, guint32, i), pos);
        if (pos + MAX_CELL >= f->len)
          g_array_append_val (cuts, pos);
      }
  }
  for (gsize p = f->len > MAX_CELL ? f->len - MAX_CELL : 1; p + 1 < f->len; p++)
    if ((f->text[p] == '.' || f->text[p] == ';') && f->text[p + 1] == ' ')
      {
        gsize pos = p + 2;

        g_array_append_val (cuts, pos);
      }

  /* the earliest cut after which only unit names follow: where a line or
   * a sentence begins, or at any capitalised word ("… hành chính Sở Nội vụ
   * Văn phòng UBND tỉnh Quý I/2025") */
  {
    gsize best = G_MAXSIZE;
    gboolean at_word = FALSE;
    guint n_breaks = cuts->len;

    for (gsize p = f->len > MAX_CELL ? f->len - MAX_CELL : 1; p < f->len; p++)
      if (f->text[p - 1] == ' ' && g_ascii_isalpha (f->text[p])
          && _dt_extractor_starts_upper (para.text + _dt_folded_source (f, p), para.text + para.len))
        g_array_append_val (cuts, p);

    for (guint i = 0; i < cuts->len; i++)
      {
        gsize c = g_array_index (cuts, gsize, i);
        Assignment trial = { 0 };
        GPtrArray *coords = NULL;
        DtDeadline *dl = NULL;

        if (c == 0 || c >= f->len || c >= best)
          continue;
        if (is_unit_cell (ctx, &para, c, layout, &trial, &coords, &dl))
          {
            _dt_extractor_assignment_clear (&a);
            a = trial;
            best = c;
            at_word = i >= n_breaks;
            g_clear_pointer (&cell_coordinators, g_ptr_array_unref);
            g_clear_pointer (&cell_deadline, dt_deadline_free);
            cell_coordinators = coords;
            cell_deadline = dl;
          }
        else
          _dt_extractor_assignment_clear (&trial);
      }
    cut = best != G_MAXSIZE ? best : 0;
    if (cut > 0 && at_word)
      a.guessed = TRUE;
  }

  /* not in the catalogue: the words after the last sentence, as written */
  if (cut == 0)
    {
      gsize last_sentence = 0;

      for (guint i = 0; i < cuts->len; i++)
        {
          gsize c = g_array_index (cuts, gsize, i);

          if (c > 0 && c < f->len && c > last_sentence && c >= 2 && f->text[c - 2] == '.')
            last_sentence = c;
        }
      if (last_sentence > 0)
        {
          g_autofree char *cell = _dt_extractor_source_span (&para, last_sentence, f->len);
          guint words = _dt_extractor_count_words (cell);

          if (words >= 2 && words <= 10 && _dt_extractor_starts_upper (cell, cell + strlen (cell)))
            {
              gsize n = strlen (cell);

              while (n > 0 && (cell[n - 1] == '.' || cell[n - 1] == ' '))
                cell[--n] = '\0';
              a.leads = g_ptr_array_new_with_free_func ((GDestroyNotify) dt_unit_name_free);
              g_ptr_array_add (a.leads, _dt_extractor_lead_new (DT_UNIT_NAME_NEW, cell));
              cut = last_sentence;
            }
        }
      a.guessed = TRUE;
    }

  if (cut > 0)
    {
      g_autofree char *raw = _dt_extractor_source_span (&para, 0, cut);
      g_autofree char *text = _dt_extractor_collapse_spaces (raw);
      g_autofree char *id = g_strdup_printf ("A%s", number);
      g_autoptr(DtDeadline) own = NULL;
      Para task = { 0 };

      if (cell_deadline != NULL)
        own = g_steal_pointer (&cell_deadline);
      else
        own = dt_deadline_parse_full (text, -1, ctx->reference, NULL,
                                      layout->deadline_column ? DT_DEADLINE_PARSE_DEFAULT
                                                              : DT_DEADLINE_PARSE_PRECISE_ONLY);
      /* coordinators are searched in the task text only */
      task.text = text;
      task.len = strlen (text);
      _dt_folded_init (&task.folded, text, task.len);
      task.source_start = para.source_start;
      task.source_end = para.source_end;
      a.text_start = 0;
      _dt_extractor_emit_directives (ctx, DT_EXTRACTION_PART_APPENDIX, id, number, category, &task, &a,
                                     cell_coordinators, text, own, NULL);
      _dt_folded_clear (&task.folded);
      g_clear_pointer (&task.helpers, g_array_unref);
    }
  else
    {
      /* no unit found at all: keep the task, flagged for review */
      g_autofree char *text = _dt_extractor_collapse_spaces (para.text);
      DtExtractedDirective *d = dt_extracted_directive_new ();

      d->id = g_strdup_printf ("A%s", number);
      d->part = DT_EXTRACTION_PART_APPENDIX;
      d->where = g_strdup (number);
      d->ordinal = g_strdup (number);
      d->category = g_strdup (category);
      d->lead_unit = g_strdup ("");
      d->text = g_steal_pointer (&text);
      d->source_start = para.source_start;
      d->source_end = para.source_end;
      d->doubts = DT_EXTRACTION_DOUBT_UNKNOWN_UNIT | DT_EXTRACTION_DOUBT_GUESSED_SPLIT;
      g_ptr_array_add (ctx->extraction->directives, d);
    }

  _dt_extractor_assignment_clear (&a);
  _dt_extractor_para_clear (&para);
}

static void
line_set_noise (Line *line)
{
  line->kind = LINE_NOISE;
}

void
_dt_extractor_read_appendix (Context *ctx,
                             guint    header,
                             guint    last)
{
  char folded[FOLD_PREFIX + 1];
  g_autoptr(GString) header_text = g_string_new (_dt_extractor_line_fold (ctx, _dt_extractor_line (ctx, header),
                                                                          folded));
  TableLayout layout;

  /* a header wrapped over a line or two: "… Đơn vị phối" / "hợp Thời gian" */
  for (guint i = header + 1; i < last && i <= header + 2; i++)
    {
      const Line *line = _dt_extractor_line (ctx, i);

      if (line->kind != LINE_TEXT || strlen (_dt_extractor_line_fold (ctx, line, folded)) > 60)
        break;
      g_string_append_printf (header_text, " %s", folded);
      if (line->kind == LINE_TEXT && (strstr (folded, "hop") || strstr (folded, "thoi")
                                      || strstr (folded, "hoan thanh")))
        line_set_noise ((Line *) line);
    }
  layout.coordinating_column = strstr (header_text->str, "phoi hop") != NULL;
  layout.deadline_column = strstr (header_text->str, "thoi han") != NULL
                           || strstr (header_text->str, "thoi gian") != NULL;
  g_autofree char *category = NULL;
  g_autofree char *number = NULL;
  guint row_first = G_MAXUINT, row_last = 0;
  int expected = 1;

  for (guint i = header + 1; i < last; i++)
    {
      Line *line = _dt_extractor_line (ctx, i);
      gboolean row_start = FALSE, group = FALSE;
      char line_number[LINE_NUMBER_SIZE];

      if (_dt_extractor_check_point (ctx, i))
        break;
      if (line->kind == LINE_NOISE || _dt_extractor_is_page_header (ctx, line))
        continue;
      if (_dt_extractor_is_table_header (ctx, line))
        continue;

      _dt_extractor_line_number (ctx, line, line_number);
      if (line->kind == LINE_ROMAN)
        group = TRUE;
      else if (line->kind == LINE_NUMBERED && strchr (line_number, '.') == NULL)
        row_start = TRUE;
      else if (line->kind == LINE_TEXT && g_ascii_isdigit (ctx->text[line->start])
               && atoi (_dt_extractor_line_fold (ctx, line, folded)) == expected
               && (folded[strspn (folded, "0123456789")] == '\0'
                   || (folded[strspn (folded, "0123456789")] == ' '
                       && _dt_extractor_starts_upper (ctx->text + line->start
                                                      + strspn (folded, "0123456789") + 1,
                                                      ctx->text + line->end))))
        {
          row_start = TRUE;
          line->content = line->start + strspn (folded, "0123456789");
          while (line->content < line->end && ctx->text[line->content] == ' ')
            line->content++;
          g_snprintf (line_number, sizeof line_number, "%d", expected);
        }

      if ((group || row_start) && row_first != G_MAXUINT)
        {
          appendix_row (ctx, number, category, row_first, row_last, &layout);
          row_first = G_MAXUINT;
        }

      if (group)
        {
          g_autofree char *raw = g_strndup (ctx->text + line->content, line->end - line->content);

          g_free (category);
          category = _dt_extractor_heading_text (raw);
        }
      else if (row_start)
        {
          g_free (number);
          number = g_strdup (line_number[0] ? line_number : _dt_extractor_line_fold (ctx, line, folded));
          expected = atoi (number) + 1;
          row_first = row_last = i;
        }
      else if (row_first != G_MAXUINT)
        row_last = i;
    }
  if (row_first != G_MAXUINT)
    appendix_row (ctx, number, category, row_first, row_last, &layout);
}
