/* dt-extractor-emit.c — the directives of an assignment
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One directive per lead unit of an assignment, with the units that help
 * ("phối hợp với …", "cùng …", read once for all the assignments of a
 * paragraph) and its deadline, its own or its heading's.
 */

#include "config.h"

#include <string.h>

#include "dt-deadline.h"
#include "dt-extractor-private.h"

/* "phối hợp với X, Y", "cùng Z" at a folded position of a paragraph: the
 * units named and where the phrase ends */
typedef struct
{
  gsize      at;
  gsize      end;
  GPtrArray *units;   /* of DtUnitName, or NULL */
} Helpers;

static void
helpers_clear (gpointer data)
{
  Helpers *h = data;

  g_clear_pointer (&h->units, g_ptr_array_unref);
}

/* Every such phrase from the folded position from on, found once for the
 * paragraph: a paragraph of many assignments asks for each of them */
static GArray *
para_helpers (Context    *ctx,
              const Para *const_para,
              gsize       from)
{
  Para *para = (Para *) const_para;   /* a cache: the paragraph reads the same */
  const DtFolded *f = &para->folded;

  if (para->helpers != NULL && para->helpers_from <= from)
    return para->helpers;
  g_clear_pointer (&para->helpers, g_array_unref);
  para->helpers = g_array_new (FALSE, FALSE, sizeof (Helpers));
  g_array_set_clear_func (para->helpers, helpers_clear);
  para->helpers_from = from;

  for (gsize p = from; p + 4 <= f->len; p++)
    {
      Helpers h = { p, p, NULL };

      if ((f->text[p] != 'p' && f->text[p] != 'c') || (p > 0 && g_ascii_isalnum (f->text[p - 1])))
        continue;
      if (_dt_extractor_eat (f, &h.end, "phoi hop"))
        {
          _dt_extractor_eat (f, &h.end, "chat che");
          _dt_extractor_eat (f, &h.end, "voi");
        }
      else if (!_dt_extractor_eat (f, &h.end, "cung"))
        continue;
      h.units = _dt_extractor_match_unit_list (ctx, para, &h.end);
      g_array_append_val (para->helpers, h);
    }
  return para->helpers;
}

/* The units that help with a task from the folded position from to the
 * paragraph's end, leads left out */
static char **
find_coordinators (Context    *ctx,
                   const Para *para,
                   gsize       from,
                   GPtrArray  *leads)
{
  GArray *helpers = para_helpers (ctx, para, from);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  gsize p = from;

  for (guint k = 0; k < helpers->len; k++)
    {
      const Helpers *h = &g_array_index (helpers, Helpers, k);
      GPtrArray *units = h->units;

      /* as a reader going on from from: a phrase inside the list just
       * read is not read again */
      if (h->at < p)
        continue;
      for (guint i = 0; units && i < units->len; i++)
        {
          const DtUnitName *unit = g_ptr_array_index (units, i);
          gboolean is_lead = FALSE;

          if (unit->vague)
            continue;
          for (guint j = 0; leads && j < leads->len && !is_lead; j++)
            is_lead = g_strcmp0 (((DtUnitName *) g_ptr_array_index (leads, j))->name, unit->name) == 0;
          if (!is_lead && !g_ptr_array_find_with_equal_func (found, unit->name, g_str_equal, NULL))
            g_ptr_array_add (found, g_strdup (unit->name));
        }
      p = h->end > h->at ? h->end : h->at + 1;
    }

  g_ptr_array_add (found, NULL);
  return (char **) g_ptr_array_steal (found, NULL);
}

char *
_dt_extractor_collapse_spaces (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static gboolean
seems_to_give_deadline (const char *text)
{
  DtFolded f;
  gboolean result;

  _dt_folded_init (&f, text, -1);
  result = strstr (f.text, "cham nhat") != NULL || strstr (f.text, "truoc ngay") != NULL
           || strstr (f.text, "thoi han") != NULL || strstr (f.text, "han chot") != NULL;
  _dt_folded_clear (&f);
  return result;
}

static void
apply_deadline (DtExtractedDirective *d,
                const DtDeadline     *own,
                const DtDeadline     *heading)
{
  const DtDeadline *dl = own;
  g_autoptr(DtDeadline) inherited = NULL;

  if (dl == NULL && heading != NULL)
    dl = inherited = dt_deadline_inherit (heading);

  if (dl != NULL)
    {
      d->deadline_phrase = g_strdup (dl->phrase);
      d->deadline = dl->date;
      d->approximate = dl->approximate;
      d->inherited = dl->inherited;
      d->ongoing = dl->ongoing;
      d->recurrence = dl->recurrence;
      d->recurrence_interval = dl->recurrence_interval;
      d->recurrence_anchors = dl->recurrence_anchors;
      if (dl->impossible)
        d->doubts |= DT_EXTRACTION_DOUBT_IMPOSSIBLE_DATE;
    }
  else if (seems_to_give_deadline (d->text))
    d->doubts |= DT_EXTRACTION_DOUBT_NO_DEADLINE;
}

/* One directive per lead unit, all from the same paragraph */
void
_dt_extractor_emit_directives (Context          *ctx,
                               DtExtractionPart  part,
                               const char       *id_prefix,
                               const char       *where,
                               const char       *category,
                               const Para       *para,
                               const Assignment *a,
                               GPtrArray        *more_coordinators,
                               const char       *text,
                               const DtDeadline *own_deadline,
                               const DtDeadline *heading_deadline)
{
  g_auto(GStrv) coordinators = NULL;
  guint n = a->leads != NULL ? a->leads->len : 0;

  coordinators = find_coordinators (ctx, para, a->text_start, a->leads);
  for (guint i = 0; more_coordinators && i < more_coordinators->len; i++)
    {
      const DtUnitName *more = g_ptr_array_index (more_coordinators, i);
      const char *unit = more->name;

      if (more->vague)
        continue;
      if (!g_strv_contains ((const char * const *) coordinators, unit))
        {
          guint len = g_strv_length (coordinators);

          coordinators = g_renew (char *, coordinators, len + 2);
          coordinators[len] = g_strdup (unit);
          coordinators[len + 1] = NULL;
        }
    }

  for (guint i = 0; i < n; i++)
    {
      const DtUnitName *lead = g_ptr_array_index (a->leads, i);
      DtExtractedDirective *d = dt_extracted_directive_new ();

      if (n > 1)
        d->id = g_strdup_printf ("%s%c", id_prefix, 'a' + (i % 26));
      else
        d->id = g_strdup (id_prefix);
      d->part = part;
      d->where = g_strdup (where);
      d->ordinal = g_strdup (where);
      d->category = g_strdup (category);
      d->lead_unit = _dt_extractor_collapse_spaces (lead->name);
      d->lead_unit_known = lead->kind == DT_UNIT_NAME_KNOWN;
      d->collective = lead->kind == DT_UNIT_NAME_COLLECTIVE;
      g_strfreev (d->coordinating_units);
      d->coordinating_units = g_strdupv (coordinators);
      d->text = g_strdup (text);
      d->source_start = para->source_start;
      d->source_end = para->source_end;
      if (d->collective)
        d->doubts |= DT_EXTRACTION_DOUBT_COLLECTIVE;
      if (lead->kind == DT_UNIT_NAME_NEW)
        d->doubts |= DT_EXTRACTION_DOUBT_UNKNOWN_UNIT;
      if (a->guessed)
        d->doubts |= DT_EXTRACTION_DOUBT_GUESSED_SPLIT;
      apply_deadline (d, own_deadline, heading_deadline);
      g_ptr_array_add (ctx->extraction->directives, d);
    }
}
