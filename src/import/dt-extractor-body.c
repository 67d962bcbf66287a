/* dt-extractor-body.c — the numbered sections of a notice, paragraph by paragraph
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dt-deadline.h"
#include "dt-extractor-private.h"

#define MAX_LEVELS 6

typedef struct
{
  char       *number;
  char       *heading;
  DtDeadline *deadline;
  gboolean    report;      /* results, difficulties: no directives */
} Level;

typedef struct
{
  Level      levels[MAX_LEVELS];
  gboolean   have_roman;
  /* "- Sở X:" followed by "+ task" sub-items */
  GPtrArray *item_leads;
  gboolean   item_context;
} BodyState;

static void
level_clear (Level *level)
{
  g_clear_pointer (&level->number, g_free);
  g_clear_pointer (&level->heading, g_free);
  g_clear_pointer (&level->deadline, dt_deadline_free);
  level->report = FALSE;
}

static int
innermost_level (BodyState *state)
{
  for (int i = MAX_LEVELS - 1; i >= 0; i--)
    if (state->levels[i].number != NULL)
      return i;
  return -1;
}

static char *
section_path (BodyState *state)
{
  GString *path = g_string_new (NULL);

  for (int i = 0; i < MAX_LEVELS; i++)
    if (state->levels[i].number != NULL)
      {
        if (path->len > 0)
          g_string_append_c (path, '.');
        g_string_append (path, state->levels[i].number);
      }
  return g_string_free (path, FALSE);
}

static const char *
section_category (BodyState *state)
{
  int inner = innermost_level (state);

  for (int i = inner - 1; i >= 0; i--)
    if (state->levels[i].heading != NULL)
      return state->levels[i].heading;
  /* a numbered paragraph at the top is a task, not a group */
  return inner == 0 && state->have_roman ? state->levels[0].heading : NULL;
}

static const DtDeadline *
section_deadline (BodyState *state)
{
  for (int i = MAX_LEVELS - 1; i >= 0; i--)
    if (state->levels[i].deadline != NULL)
      return state->levels[i].deadline;
  return NULL;
}

static gboolean
section_is_report (BodyState *state)
{
  for (int i = 0; i < MAX_LEVELS; i++)
    if (state->levels[i].report)
      return TRUE;
  return FALSE;
}

char *
_dt_extractor_heading_text (const char *text)
{
  char *heading = _dt_extractor_collapse_spaces (text);
  gsize n = strlen (heading);

  while (n > 0 && (heading[n - 1] == '.' || heading[n - 1] == ':' || heading[n - 1] == ' '))
    heading[--n] = '\0';
  return heading;
}

static gboolean
is_report_heading (const char *heading)
{
  DtFolded f;
  gboolean report;

  _dt_folded_init (&f, heading, -1);
  report = (g_str_has_prefix (f.text, "ket qua") || g_str_has_prefix (f.text, "kho khan")
            || g_str_has_prefix (f.text, "han che") || g_str_has_prefix (f.text, "ton tai")
            || g_str_has_prefix (f.text, "danh gia") || g_str_has_prefix (f.text, "tinh hinh"))
           && strstr (f.text, "nhiem vu") == NULL && strstr (f.text, "giai phap") == NULL
           && strstr (f.text, "phuong huong") == NULL;
  _dt_folded_clear (&f);
  return report;
}

static void
enter_section (Context    *ctx,
               BodyState  *state,
               const Line *line,
               const Para *para)
{
  int level;
  g_auto(GStrv) parts = NULL;

  if (line->kind == LINE_ROMAN)
    {
      state->have_roman = TRUE;
      parts = g_new0 (char *, 2);
      parts[0] = g_strdup (line->number);
      level = 0;
    }
  else
    {
      parts = g_strsplit (line->number, ".", -1);
      level = state->have_roman ? 1 : 0;
    }

  for (guint i = 0; parts[i] != NULL && level < MAX_LEVELS; i++, level++)
    {
      Level *l = &state->levels[level];

      if (parts[i + 1] == NULL || g_strcmp0 (l->number, parts[i]) != 0)
        {
          for (int j = level; j < MAX_LEVELS; j++)
            level_clear (&state->levels[j]);
          l->number = g_strdup (parts[i]);
        }
      if (parts[i + 1] == NULL)
        {
          DtDeadline *dl;

          l->heading = _dt_extractor_heading_text (para->text);
          l->report = is_report_heading (l->heading);
          dl = dt_deadline_parse_full (para->text, -1, ctx->reference, NULL,
                                       DT_DEADLINE_PARSE_PRECISE_ONLY);
          if (dl != NULL && dl->date != DT_DATE_NONE)
            l->deadline = dl;
          else
            dt_deadline_free (dl);
        }
    }

  g_clear_pointer (&state->item_leads, g_ptr_array_unref);
  state->item_context = FALSE;
}

static void
body_paragraph (Context   *ctx,
                BodyState *state,
                guint      first,
                guint      last)
{
  const Line *line = g_ptr_array_index (ctx->lines, first);
  Para para = { 0 };
  Assignment a = { 0 };
  g_autofree char *where = NULL;
  g_autofree char *id = NULL;
  gboolean found;

  _dt_extractor_para_init (&para, ctx->text, ctx->lines, first, last, TRUE);

  if (line->kind == LINE_ROMAN || line->kind == LINE_NUMBERED)
    {
      enter_section (ctx, state, line, &para);
      /* a numbered paragraph may itself assign a task: "2. Giao Sở X …" */
      if (line->kind == LINE_ROMAN)
        goto out;
    }
  else if (line->kind == LINE_ITEM)
    {
      g_clear_pointer (&state->item_leads, g_ptr_array_unref);
      state->item_context = FALSE;
    }

  if (section_is_report (state) || para.folded.len == 0)
    goto out;

  found = _dt_extractor_find_assignment (ctx, &para, TRUE,
                                         !(line->kind == LINE_SUBITEM && state->item_leads != NULL), &a);

  if (line->kind == LINE_NUMBERED && (!found || a.collective != NULL))
    goto out;   /* a heading: its subject, if any, is collective */

  if (!found && line->kind == LINE_ITEM && a.context_only)
    {
      state->item_context = TRUE;
      goto out;
    }
  if (!found && line->kind == LINE_SUBITEM && state->item_leads != NULL)
    {
      a.leads = g_ptr_array_ref (state->item_leads);
      a.text_start = 0;
      found = TRUE;
    }
  if (!found)
    goto out;

  {
    gsize start = a.text_start;
    g_autofree char *raw = NULL;
    g_autofree char *text = NULL;
    g_autoptr(DtDeadline) own = NULL;

    _dt_extractor_skip_separators (&para.folded, &start);
    if (start >= para.folded.len)
      {
        /* "- Sở X:" — the tasks follow as "+" sub-items */
        if ((line->kind == LINE_ITEM || line->kind == LINE_NUMBERED) && a.leads != NULL)
          state->item_leads = g_ptr_array_ref (a.leads);
        goto out;
      }

    raw = g_strdup (para.text + para.folded.map[start]);
    text = _dt_extractor_collapse_spaces (raw);
    own = dt_deadline_parse (text, -1, ctx->reference, NULL);

    where = section_path (state);
    ctx->n_body++;
    id = g_strdup_printf ("B%u", ctx->n_body);
    _dt_extractor_emit_directives (ctx, DT_EXTRACTION_PART_BODY, id, where, section_category (state),
                                   &para, &a, NULL, text, own, section_deadline (state));
  }

out:
  _dt_extractor_assignment_clear (&a);
  _dt_extractor_para_clear (&para);
}

static gboolean
ends_sentence (const Line *line,
               const char *text)
{
  const char *end = text + line->end;

  while (end > text + line->start && (end[-1] == ' '))
    end--;
  if (end == text + line->start)
    return FALSE;
  return end[-1] == '.' || end[-1] == ':' || end[-1] == '!' || end[-1] == '?';
}

void
_dt_extractor_read_body (Context *ctx,
                         guint    first,
                         guint    last)
{
  BodyState state = { 0 };
  guint start = G_MAXUINT;
  guint prev = G_MAXUINT;

  for (guint i = first; i < last; i++)
    {
      Line *line = g_ptr_array_index (ctx->lines, i);
      gboolean new_para;

      if (line->kind == LINE_NOISE)
        continue;

      new_para = line->kind != LINE_TEXT
                 || prev == G_MAXUINT
                 || (ends_sentence (g_ptr_array_index (ctx->lines, prev), ctx->text)
                     && _dt_extractor_starts_upper (ctx->text + line->start, ctx->text + line->end));
      if (new_para && start != G_MAXUINT)
        body_paragraph (ctx, &state, start, prev);
      if (new_para)
        start = i;
      prev = i;

      if (_dt_extractor_check_point (ctx, i))
        break;
    }
  if (start != G_MAXUINT)
    body_paragraph (ctx, &state, start, prev);

  for (int i = 0; i < MAX_LEVELS; i++)
    level_clear (&state.levels[i]);
  g_clear_pointer (&state.item_leads, g_ptr_array_unref);
}
