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
 * The rows are read in dt-extractor-rows.c.  The columns are found by
 * their header (number, task, lead, coordinating units, time), whatever
 * their order; a row with fewer cells is a group heading.  Tables without
 * a task and a lead column (the document's own header, the recipients)
 * are left alone.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dt-deadline.h"
#include "dt-extractor-private.h"
#include "dt-text.h"

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
  g_autoptr(GPtrArray) rows = _dt_extractor_read_rows (ctx, first, last);
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
          Row *rest = _dt_extractor_row_new ();

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
