/* dt-extractor-cells.c — tables whose cells are marked: one directive a row
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A table reaches the importer in one of these shapes:
 *
 *   | TT | Nhiệm vụ | Cơ quan chủ trì | …     a row a line (Markdown, a web copy)
 *   1 | Nhiệm vụ … | Sở X | Quý IV-2025     a row a line (Word, cells joined)
 *   1<TAB>Nhiệm vụ …<TAB>Sở X               a row a line (a spreadsheet copy)
 *   |  STT  |  Tên nhiệm vụ  |  …  |  |      one cell a line between "|" lines,
 *                                           "|" twice between rows (HTML)
 *
 * The columns are found by their header (number, task, lead, coordinating
 * units, time), whatever their order; a row with fewer cells is a group
 * heading.  Tables without a task and a lead column (the document's own
 * header, the recipients) are left alone.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dt-deadline.h"
#include "dt-extractor-private.h"
#include "dt-text.h"

/* A "|"-only line between two cells can hold this many lines of text */
#define MAX_CELL_LINES 30

typedef struct
{
  GPtrArray *cells;    /* of char*, trimmed */
  gsize      start;    /* byte span in the text */
  gsize      end;
} Row;

static void
row_free (gpointer data)
{
  Row *row = data;

  g_ptr_array_unref (row->cells);
  g_free (row);
}

static Row *
row_new (void)
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

static GPtrArray *
read_rows (Context *ctx,
           guint    first,
           guint    last)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (row_free);
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
          row = row_new ();
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
          row = row_new ();
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

Column
_dt_extractor_column_of (const char *label)
{
  g_autofree char *f = dt_text_fold (label);

  if (strstr (f, "phoi hop") != NULL)
    return COLUMN_COORDINATING;
  if (strstr (f, "chu tri") != NULL || (strstr (f, "thuc hien") != NULL && strstr (f, "thoi") == NULL)
      || g_str_has_prefix (f, "co quan") || g_str_has_prefix (f, "don vi") || strstr (f, "trach nhiem") != NULL)
    return COLUMN_LEAD;
  if (strstr (f, "thoi gian") != NULL || strstr (f, "thoi han") != NULL || strstr (f, "tien do") != NULL
      || strstr (f, "hoan thanh") != NULL || g_str_has_prefix (f, "moc"))
    return COLUMN_TIME;
  if (strstr (f, "nhiem vu") != NULL || strstr (f, "noi dung") != NULL || strstr (f, "cong viec") != NULL
      || strstr (f, "hoat dong") != NULL || strstr (f, "giai phap") != NULL || strstr (f, "de an") != NULL)
    return COLUMN_TASK;
  if (strcmp (f, "tt") == 0 || strcmp (f, "stt") == 0 || g_str_has_prefix (f, "so tt")
      || strcmp (f, "so") == 0)
    return COLUMN_NUMBER;
  if (g_str_has_prefix (f, "san pham") || g_str_has_prefix (f, "ket qua") || g_str_has_prefix (f, "kinh phi")
      || g_str_has_prefix (f, "nguon") || g_str_has_prefix (f, "ghi chu"))
    return COLUMN_OTHER;
  return COLUMN_UNKNOWN;
}

static const char *
cell_at (const Row *row,
         gint       column)
{
  if (column < 0 || (guint) column >= row->cells->len)
    return "";
  return g_ptr_array_index (row->cells, column);
}

/* The units of a cell: "Sở KH&CN", "Viện A; Viện B", a name the grammar
 * does not know kept as written */
GPtrArray *
_dt_extractor_cell_units (Context    *ctx,
                          const char *cell,
                          gboolean    keep_unknown)
{
  Para para = { 0 };
  GPtrArray *units = g_ptr_array_new_with_free_func ((GDestroyNotify) dt_unit_name_free);
  gsize p = 0;

  para.text = g_strdup (cell);
  para.len = strlen (cell);
  _dt_folded_init (&para.folded, para.text, para.len);

  while (p < para.folded.len)
    {
      g_autoptr(GPtrArray) some = NULL;
      gsize q = p;

      while (q < para.folded.len && strchr (" ,;.", para.folded.text[q]) != NULL)
        q++;
      _dt_extractor_eat (&para.folded, &q, "va");
      if (q >= para.folded.len)
        break;
      some = _dt_extractor_match_unit_list (ctx, &para, &q);
      if (some == NULL)
        {
          /* skip a word */
          while (q < para.folded.len && para.folded.text[q] != ' ' && para.folded.text[q] != ','
                 && para.folded.text[q] != ';')
            q++;
          p = q;
          continue;
        }
      for (guint i = 0; i < some->len; i++)
        g_ptr_array_add (units, g_steal_pointer (&g_ptr_array_index (some, i)));
      g_ptr_array_set_free_func (some, NULL);
      p = q;
    }

  if (units->len == 0 && keep_unknown)
    {
      g_autofree char *name = _dt_extractor_collapse_spaces (cell);
      gsize n = strlen (name);

      while (n > 0 && (name[n - 1] == '.' || name[n - 1] == ';'))
        name[--n] = '\0';
      if (n > 0 && _dt_extractor_count_words (name) <= 14)
        g_ptr_array_add (units, _dt_extractor_lead_new (DT_UNIT_NAME_NEW, name));
    }

  _dt_folded_clear (&para.folded);
  g_clear_pointer (&para.helpers, g_array_unref);
  g_free (para.text);
  return units;
}

DtDeadline *
_dt_extractor_time_cell (Context    *ctx,
                         const char *cell)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (cell));
  gsize n = strlen (trimmed);
  DtDeadline *dl;

  while (n > 0 && trimmed[n - 1] == '.')
    trimmed[--n] = '\0';
  if (n == 0)
    return NULL;
  dl = dt_deadline_parse (trimmed, -1, ctx->reference, NULL);
  if (dl == NULL)
    {
      /* "Tháng 8/2024", "Quý IV-2025", "2025": the time of the task */
      g_autofree char *phrase = g_strconcat ("trong ", trimmed, NULL);

      dl = dt_deadline_parse (phrase, -1, ctx->reference, NULL);
    }
  if (dl != NULL)
    {
      g_free (dl->phrase);
      dl->phrase = g_strdup (trimmed);
      dl->start = dl->end = -1;
    }
  return dl;
}

static void
read_table (Context *ctx,
            guint    first,
            guint    last)
{
  g_autoptr(GPtrArray) rows = read_rows (ctx, first, last);
  gint col[COLUMN_OTHER + 1] = { -1, -1, -1, -1, -1, -1, -1 };
  guint header = G_MAXUINT, width = 0;
  g_autofree char *category = NULL;
  g_autoptr(GPtrArray) previous_leads = NULL;
  guint n_rows = 0;

  for (guint r = 0; r < rows->len && header == G_MAXUINT; r++)
    {
      Row *row = g_ptr_array_index (rows, r);
      gint found[COLUMN_OTHER + 1] = { -1, -1, -1, -1, -1, -1, -1 };

      for (guint c = 0; c < row->cells->len; c++)
        {
          Column kind = _dt_extractor_column_of (g_ptr_array_index (row->cells, c));

          if (found[kind] < 0)
            found[kind] = c;
        }
      if (found[COLUMN_TASK] >= 0 && found[COLUMN_LEAD] >= 0 && found[COLUMN_TASK] != found[COLUMN_LEAD]
          && found[COLUMN_NUMBER] > 0)
        {
          /* "PHỤ LỤC … (Kèm theo …) | STT | Nhiệm vụ | …": the table's
           * title run into its header, where no empty line set it apart
           * (a PDF's text); the columns begin at the number */
          g_ptr_array_remove_range (row->cells, 0, found[COLUMN_NUMBER]);
          memset (found, -1, sizeof found);
          for (guint c = 0; c < row->cells->len; c++)
            {
              Column kind = _dt_extractor_column_of (g_ptr_array_index (row->cells, c));

              if (found[kind] < 0)
                found[kind] = c;
            }
        }
      if (found[COLUMN_TASK] >= 0 && found[COLUMN_LEAD] >= 0 && found[COLUMN_TASK] != found[COLUMN_LEAD])
        {
          header = r;
          width = row->cells->len;
          memcpy (col, found, sizeof col);
        }
    }
  if (header == G_MAXUINT)
    return;

  /* rows run together where the "|" between them was lost */
  for (guint r = header + 1; r < rows->len; r++)
    {
      Row *row = g_ptr_array_index (rows, r);

      if (row->cells->len >= 2 * width)
        {
          Row *rest = row_new ();

          rest->start = row->start;
          rest->end = row->end;
          while (row->cells->len > width)
            g_ptr_array_add (rest->cells, g_ptr_array_steal_index (row->cells, width));
          g_ptr_array_insert (rows, r + 1, rest);
        }
    }

  for (guint r = header + 1; r < rows->len; r++)
    {
      const Row *row = g_ptr_array_index (rows, r);
      const char *task, *number;
      Assignment a = { 0 };
      Para para = { 0 };
      g_autoptr(GPtrArray) coordinators = NULL;
      g_autoptr(DtDeadline) dl = NULL;
      g_autofree char *text = NULL;
      g_autofree char *id = NULL;
      g_autofree char *where = NULL;

      if (row->cells->len == 0)
        continue;
      /* "I. | NÂNG CAO NHẬN THỨC": a group */
      if (row->cells->len <= 2 && row->cells->len + 1 < width)
        {
          g_autoptr(GString) joined = g_string_new (NULL);

          for (guint c = 0; c < row->cells->len; c++)
            g_string_append_printf (joined, "%s%s", c > 0 ? " " : "", (char *) g_ptr_array_index (row->cells, c));
          g_free (category);
          category = _dt_extractor_heading_text (joined->str);
          continue;
        }
      task = cell_at (row, col[COLUMN_TASK]);
      if (*task == '\0' || _dt_extractor_column_of (task) == COLUMN_TASK)
        continue;
      number = cell_at (row, col[COLUMN_NUMBER]);
      a.leads = _dt_extractor_cell_units (ctx, cell_at (row, col[COLUMN_LEAD]), TRUE);
      if (a.leads->len == 0 && previous_leads != NULL)
        {
          /* a merged cell: the lead of the row above */
          for (guint i = 0; i < previous_leads->len; i++)
            {
              const DtUnitName *u = g_ptr_array_index (previous_leads, i);

              g_ptr_array_add (a.leads, _dt_extractor_lead_new (u->kind, u->name));
            }
        }
      if (a.leads->len == 0)
        {
          _dt_extractor_assignment_clear (&a);
          continue;
        }
      g_clear_pointer (&previous_leads, g_ptr_array_unref);
      previous_leads = g_ptr_array_ref (a.leads);

      coordinators = _dt_extractor_cell_units (ctx, cell_at (row, col[COLUMN_COORDINATING]), FALSE);
      dl = _dt_extractor_time_cell (ctx, cell_at (row, col[COLUMN_TIME]));
      text = _dt_extractor_collapse_spaces (task);
      if (dl == NULL)
        dl = dt_deadline_parse_full (text, -1, ctx->reference, NULL, DT_DEADLINE_PARSE_PRECISE_ONLY);

      n_rows++;
      where = g_strdup (*number != '\0' ? number : "");
      {
        gsize n = strlen (where);

        while (n > 0 && (where[n - 1] == '.' || where[n - 1] == ' '))
          where[--n] = '\0';
      }
      id = g_strdup_printf ("A%s", *where != '\0' ? where : "");
      if (*where == '\0')
        {
          g_free (id);
          id = g_strdup_printf ("A%u", n_rows);
        }

      para.text = text;
      para.len = strlen (text);
      _dt_folded_init (&para.folded, para.text, para.len);
      para.source_start = row->start;
      para.source_end = row->end;
      _dt_extractor_emit_directives (ctx, DT_EXTRACTION_PART_APPENDIX, id, where, category, &para, &a,
                                     coordinators, text, dl, NULL);
      _dt_folded_clear (&para.folded);
      g_clear_pointer (&para.helpers, g_array_unref);
      _dt_extractor_assignment_clear (&a);
    }
}

void
_dt_extractor_read_tables (Context *ctx)
{
  for (guint t = 0; t < ctx->tables->len; t++)
    {
      const guint *span = &g_array_index (ctx->tables, guint, 2 * t);

      read_table (ctx, span[0], span[1]);
    }
}
