/* dt-extractor-rows.c — the rows of tables whose cells are marked
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Which lines are a table's (kept out of the body), and the cells of each
 * row: a row a line ("| a | b |", "a | b", "a<TAB>b"), a Markdown row
 * broken over lines (up to the bars of the table's rule), or one cell a
 * line between "|" lines with "|" twice between rows.  A page's number
 * and running header where a page broke the table are skipped.  What the
 * columns hold is read in dt-extractor-cells.c.
 */

#include "config.h"

#include <string.h>

#include "dt-extractor-private.h"

/* A "|"-only line between two cells can hold this many lines of text */
#define MAX_CELL_LINES 30

void
_dt_extractor_row_free (gpointer data)
{
  Row *row = data;

  g_ptr_array_unref (row->cells);
  g_free (row);
}

Row *
_dt_extractor_row_new (void)
{
  Row *row = g_new0 (Row, 1);

  row->cells = g_ptr_array_new_with_free_func (g_free);
  return row;
}

static gboolean
line_is_bar (Context    *ctx,
             const Line *line)
{
  return line->end - line->start == 1 && ctx->text[line->start] == '|';
}

/* "| a | b |", "a | b", "a\tb\tc": the cells of a row, from p to end */
static GPtrArray *
split_span (const char *p,
            const char *end)
{
  char sep = 0;
  guint bars = 0, tabs = 0;
  GPtrArray *cells;

  for (const char *c = p; c < end; c++)
    {
      if (*c == '|')
        bars++;
      else if (*c == '\t')
        tabs++;
    }
  if (bars >= 2 || (bars == 1 && *p != '|' && memmem (p, end - p, " | ", 3) != NULL))
    sep = '|';
  else if (tabs >= 2)
    sep = '\t';
  else
    return NULL;

  cells = g_ptr_array_new_with_free_func (g_free);
  while (p <= end)
    {
      const char *q = memchr (p, sep, end - p);
      char *cell;

      if (q == NULL)
        q = end;
      cell = g_strndup (p, q - p);
      /* a row broken over lines: its line ends are spaces */
      for (char *c = cell; *c != '\0'; c++)
        if (*c == '\n' || *c == '\r')
          *c = ' ';
      g_ptr_array_add (cells, g_strstrip (cell));
      p = q + 1;
    }
  /* "| a | b |": nothing before the first bar and after the last */
  if (cells->len > 0 && *(char *) g_ptr_array_index (cells, 0) == '\0')
    g_ptr_array_remove_index (cells, 0);
  if (cells->len > 0 && *(char *) g_ptr_array_index (cells, cells->len - 1) == '\0')
    g_ptr_array_remove_index (cells, cells->len - 1);
  return cells;
}

static guint
count_bars (Context    *ctx,
            const Line *line)
{
  guint bars = 0;

  for (const char *c = ctx->text + line->start; c < ctx->text + line->end; c++)
    bars += *c == '|';
  return bars;
}

/* The last line of the row that line i opens: "| a | b |" is one line, but
 * a row opened by "|" and not closed by one, or with fewer bars than the
 * table's first row (bars, 0 for the first row itself), goes on over the
 * lines that do not open one, up to the line that closes it: the row of a
 * Markdown table broken at the width of a page or a mail */
static guint
row_last_line (Context *ctx,
               guint    i,
               guint    bars)
{
  const Line *line = _dt_extractor_line (ctx, i);
  guint seen = count_bars (ctx, line);

  if (ctx->text[line->start] != '|' || line->end - line->start < 2
      || (ctx->text[line->end - 1] == '|' && seen >= bars))
    return i;
  for (guint j = i + 1; j < ctx->lines->len && j <= i + MAX_CELL_LINES; j++)
    {
      const Line *next = _dt_extractor_line (ctx, j);

      /* a page number or header where the page broke the row */
      if (next->kind == LINE_NOISE)
        continue;
      if (next->blank_before && _dt_extractor_line (ctx, j - 1)->kind != LINE_NOISE)
        break;
      /* the row's last bar, broken onto a line of its own */
      if (line_is_bar (ctx, next))
        return seen + 1 >= bars ? j : i;
      /* a line opened by a bar opens the next row, unless the row lacks
       * bars (it was broken before one) and it has no more than those */
      if (ctx->text[next->start] == '|' && (bars == 0 || seen + count_bars (ctx, next) > bars))
        break;
      seen += count_bars (ctx, next);
      if (ctx->text[next->end - 1] == '|' && seen >= bars)
        return j;
    }
  return i;
}

/* The bars of a Markdown table's rows, by the rule under its header
 * ("| --- | --- |") within a few lines of line i; 0 without one */
static guint
rule_bars (Context *ctx,
           guint    i)
{
  for (guint j = i + 1; j < ctx->lines->len && j <= i + 8; j++)
    {
      const Line *line = _dt_extractor_line (ctx, j);
      const char *p = ctx->text + line->start;
      gsize n = line->end - line->start;

      if (line->kind == LINE_NOISE)
        continue;
      if (line->blank_before && _dt_extractor_line (ctx, j - 1)->kind != LINE_NOISE)
        break;
      if (*p == '|' && n > 2 && strspn (p, "|-: ") >= n && memchr (p, '-', n) != NULL)
        {
          guint bars = count_bars (ctx, line);

          /* its last bar broken onto the next line */
          if (p[n - 1] != '|' && j + 1 < ctx->lines->len && line_is_bar (ctx, _dt_extractor_line (ctx, j + 1)))
            bars++;
          return bars;
        }
    }
  return 0;
}

static guint
span_bars (Context *ctx,
           guint    i,
           guint    last)
{
  guint bars = 0;

  for (guint j = i; j <= last; j++)
    bars += count_bars (ctx, _dt_extractor_line (ctx, j));
  return bars;
}

static GPtrArray *
split_rows (Context *ctx,
            guint    i,
            guint    last)
{
  const Line *first = _dt_extractor_line (ctx, i);
  g_autoptr(GString) joined = NULL;

  if (last == i)
    return split_span (ctx->text + first->start, ctx->text + first->end);
  /* the lines of a broken row, without the page's number and header */
  joined = g_string_new (NULL);
  for (guint j = i; j <= last; j++)
    {
      const Line *line = _dt_extractor_line (ctx, j);

      if (line->kind == LINE_NOISE && j > i)
        continue;
      if (joined->len > 0)
        g_string_append_c (joined, ' ');
      g_string_append_len (joined, ctx->text + line->start, line->end - line->start);
    }
  return split_span (joined->str, joined->str + joined->len);
}

static gboolean
is_rule_row (GPtrArray *cells)
{
  for (guint i = 0; i < cells->len; i++)
    {
      const char *c = g_ptr_array_index (cells, i);

      if (c[strspn (c, "-: ")] != '\0')
        return FALSE;
    }
  return TRUE;
}

/* Tables of both shapes: their lines are kept out of the body */
void
_dt_extractor_mark_tables (Context *ctx)
{
  guint n = ctx->lines->len;

  ctx->tables = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
  for (guint i = 0; i < n; i++)
    {
      Line *line = _dt_extractor_line (ctx, i);
      guint first = i, last = i;
      g_autoptr(GPtrArray) cells = NULL;

      if (line_is_bar (ctx, line))
        {
          /* one cell a line: up to the last bar that another follows closely */
          guint j = i + 1, since = 0;

          for (; j < n && since <= MAX_CELL_LINES; j++)
            {
              if (line_is_bar (ctx, _dt_extractor_line (ctx, j)))
                {
                  last = j;
                  since = 0;
                }
              else
                since++;
            }
        }
      else if ((cells = split_rows (ctx, i, last = row_last_line (ctx, i, rule_bars (ctx, i)))) != NULL)
        {
          guint bars = span_bars (ctx, i, last);

          while (last + 1 < n)
            {
              guint row_last;

              /* a page's number and header between two rows */
              if (_dt_extractor_line (ctx, last + 1)->kind == LINE_NOISE)
                {
                  last++;
                  continue;
                }
              row_last = row_last_line (ctx, last + 1, bars);
              g_autoptr(GPtrArray) more = split_rows (ctx, last + 1, row_last);

              if (more == NULL)
                break;
              last = row_last;
            }
        }
      else
        continue;

      for (guint j = first; j <= last; j++)
        _dt_extractor_line (ctx, j)->in_table = TRUE;
      {
        guint span[2] = { first, last };

        g_array_append_val (ctx->tables, span);
      }
      i = last;
    }
}

GPtrArray *
_dt_extractor_read_rows (Context *ctx,
                         guint    first,
                         guint    last)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (_dt_extractor_row_free);
  Row *row = NULL;
  GString *cell = NULL;
  gboolean bars = line_is_bar (ctx, _dt_extractor_line (ctx, first));
  gboolean after_bar = FALSE, outside = FALSE;
  guint first_bars = 0;   /* of the first row, when a row a line */

  for (guint i = first; i <= last; i++)
    {
      const Line *line = _dt_extractor_line (ctx, i);

      /* text set apart by an empty line after a closing bar is not in
       * the table: "PHỤ LỤC" between the signature and the appendix */
      if (bars && after_bar && line->blank_before && !line_is_bar (ctx, line))
        outside = TRUE;
      if (outside)
        {
          if (!line_is_bar (ctx, line))
            continue;
          outside = FALSE;
          after_bar = FALSE;
          row = NULL;
        }

      if (!bars)
        {
          guint row_last = row_last_line (ctx, i, i == first ? rule_bars (ctx, i) : first_bars);
          GPtrArray *cells = split_rows (ctx, i, row_last);

          if (i == first)
            first_bars = span_bars (ctx, i, row_last);
          i = row_last;
          if (cells == NULL || is_rule_row (cells))
            {
              g_clear_pointer (&cells, g_ptr_array_unref);
              continue;
            }
          row = _dt_extractor_row_new ();
          g_ptr_array_unref (row->cells);
          row->cells = cells;
          row->start = line->start;
          row->end = _dt_extractor_line (ctx, row_last)->end;
          g_ptr_array_add (rows, row);
          continue;
        }

      /* a page's number and header where the page broke the table */
      if (line->kind == LINE_NOISE)
        continue;
      if (line_is_bar (ctx, line))
        {
          if (cell != NULL)
            {
              g_ptr_array_add (row->cells, g_string_free (g_steal_pointer (&cell), FALSE));
              row->end = line->start;
            }
          else if (after_bar && row != NULL && row->cells->len > 0)
            row = NULL;   /* "|" twice: the next row */
          after_bar = TRUE;
          continue;
        }
      after_bar = FALSE;
      if (row == NULL)
        {
          row = _dt_extractor_row_new ();
          row->start = line->start;
          g_ptr_array_add (rows, row);
        }
      if (cell == NULL)
        cell = g_string_new (NULL);
      else
        g_string_append_c (cell, ' ');
      g_string_append_len (cell, ctx->text + line->start, line->end - line->start);
      row->end = line->end;
    }
  if (cell != NULL)
    g_ptr_array_add (row->cells, g_string_free (cell, FALSE));

  return rows;
}
