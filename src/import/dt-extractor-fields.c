/* dt-extractor-fields.c — a task written as a block of fields
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "a) Nhiệm vụ: …  b) Cơ quan chủ trì: …  c) Thời gian hoàn thành: …": a
 * paragraph whose items each give one field of one directive, read by the
 * labels the appendix table's columns have (dt-extractor-cells.c).
 */

#include "config.h"

#include <string.h>

#include "dt-deadline.h"
#include "dt-extractor-private.h"

/* "Cơ quan chủ trì: Sở X" → COLUMN_LEAD, *value at "Sở X" */
static Column
field_of (Context    *ctx,
          const Node *node,
          gsize      *value)
{
  const Line *line = _dt_extractor_line (ctx, node->first);
  const char *p = ctx->text + line->content;
  const char *colon = memchr (p, ':', MIN (line->end - line->content, 60));
  g_autofree char *label = NULL;

  if (colon == NULL)
    return COLUMN_UNKNOWN;
  label = g_strndup (p, colon - p);
  *value = colon + 1 - ctx->text;
  return _dt_extractor_column_of (label);
}

static char *
node_text_from (Context    *ctx,
                const Node *node,
                gsize       from)
{
  const Line *last = _dt_extractor_line (ctx, node->last);
  g_autofree char *raw = g_strndup (ctx->text + from, last->end - from);

  return _dt_extractor_collapse_spaces (raw);
}

/* A task written as a block of fields, one item a field: one directive */
gboolean
_dt_extractor_read_field_block (Context     *ctx,
                  GArray      *nodes,
                  guint        n,
                  const Scope *up,
                  const Para  *para)
{
  const Node *node = &g_array_index (nodes, Node, n);
  g_autofree char *task = NULL;
  g_autofree char *lead = NULL;
  g_autofree char *coordinating = NULL;
  g_autofree char *time = NULL;
  guint fields = 0;

  for (guint m = n + 1; m < nodes->len && g_array_index (nodes, Node, m).parent >= (gint) n; m++)
    {
      const Node *child = &g_array_index (nodes, Node, m);
      gsize value = 0;
      char **slot = NULL;

      if (child->parent != (gint) n || child->merged)
        continue;
      switch (field_of (ctx, child, &value))
        {
        case COLUMN_TASK: slot = &task; break;
        case COLUMN_LEAD: slot = &lead; break;
        case COLUMN_COORDINATING: slot = &coordinating; break;
        case COLUMN_TIME: slot = &time; break;
        case COLUMN_OTHER: fields++; continue;
        case COLUMN_NUMBER: case COLUMN_UNKNOWN: default: return FALSE;
        }
      if (*slot != NULL)
        return FALSE;
      *slot = node_text_from (ctx, child, value);
      fields++;
    }
  if (fields < 2 || lead == NULL)
    return FALSE;

  {
    Assignment a = { 0 };
    Para cell = { 0 };
    g_autoptr(GPtrArray) coordinators = NULL;
    g_autoptr(DtDeadline) dl = NULL;
    g_autofree char *text = task != NULL ? g_strdup (task) : _dt_extractor_collapse_spaces (para->text);
    g_autofree char *where = _dt_extractor_node_where (ctx, node, up);
    g_autofree char *id = NULL;

    a.leads = _dt_extractor_cell_units (ctx, lead, TRUE);
    if (a.leads->len == 0)
      {
        _dt_extractor_assignment_clear (&a);
        return FALSE;
      }
    if (coordinating != NULL)
      coordinators = _dt_extractor_cell_units (ctx, coordinating, FALSE);
    if (time != NULL)
      dl = _dt_extractor_time_cell (ctx, time);
    if (dl == NULL)
      dl = dt_deadline_parse (text, -1, ctx->reference, NULL);
    cell.text = text;
    cell.len = strlen (text);
    _dt_folded_init (&cell.folded, cell.text, cell.len);
    cell.source_start = para->source_start;
    cell.source_end = _dt_extractor_line (ctx, g_array_index (nodes, Node, n).last)->end;
    ctx->n_body++;
    id = g_strdup_printf ("B%u", ctx->n_body);
    _dt_extractor_emit_directives (ctx, DT_EXTRACTION_PART_BODY, id, where, up ? up->category : NULL,
                                   &cell, &a, coordinators, text, dl, NULL);
    _dt_folded_clear (&cell.folded);
    g_clear_pointer (&cell.helpers, g_array_unref);
    _dt_extractor_assignment_clear (&a);
  }
  return TRUE;
}
