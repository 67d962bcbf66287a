/* dt-extraction.c — what the importer read in a notice, for review
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-date.h"
#include "dt-deadline.h"
#include "dt-extraction.h"

G_DEFINE_BOXED_TYPE (DtExtractedDirective, dt_extracted_directive,
                     dt_extracted_directive_copy, dt_extracted_directive_free)
G_DEFINE_BOXED_TYPE (DtExtraction, dt_extraction, dt_extraction_ref, dt_extraction_unref)

DtExtractedDirective *
dt_extracted_directive_new (void)
{
  DtExtractedDirective *self = g_new0 (DtExtractedDirective, 1);

  self->coordinating_units = g_new0 (char *, 1);

  return self;
}

DtExtractedDirective *
dt_extracted_directive_copy (const DtExtractedDirective *self)
{
  DtExtractedDirective *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->id = g_strdup (self->id);
  copy->ordinal = g_strdup (self->ordinal);
  copy->where = g_strdup (self->where);
  copy->category = g_strdup (self->category);
  copy->lead_unit = g_strdup (self->lead_unit);
  copy->coordinating_units = g_strdupv (self->coordinating_units);
  copy->deadline_phrase = g_strdup (self->deadline_phrase);
  copy->text = g_strdup (self->text);

  return copy;
}

void
dt_extracted_directive_free (DtExtractedDirective *self)
{
  if (self == NULL)
    return;

  g_free (self->id);
  g_free (self->ordinal);
  g_free (self->where);
  g_free (self->category);
  g_free (self->lead_unit);
  g_strfreev (self->coordinating_units);
  g_free (self->deadline_phrase);
  g_free (self->text);
  g_free (self);
}

char *
dt_extracted_directive_dup_deadline_string (const DtExtractedDirective *self)
{
  DtDeadline deadline = { 0 };

  g_return_val_if_fail (self != NULL, NULL);

  deadline.date = self->deadline;
  deadline.approximate = self->approximate;
  deadline.inherited = self->inherited;

  return dt_deadline_to_string (&deadline);
}

const char *
dt_extracted_directive_get_recurrence_code (const DtExtractedDirective *self,
                                            char                        buffer[DT_RECURRENCE_CODE_SIZE])
{
  g_return_val_if_fail (self != NULL, NULL);

  return dt_recurrence_to_code (self->recurrence, self->recurrence_interval,
                                self->recurrence_anchors, self->ongoing, buffer);
}

typedef struct
{
  DtExtraction   extraction;
  gatomicrefcount ref_count;
} DtExtractionReal;

DtExtraction *
dt_extraction_new (void)
{
  DtExtractionReal *real = g_new0 (DtExtractionReal, 1);

  g_atomic_ref_count_init (&real->ref_count);
  real->extraction.kind = DT_NOTICE_KIND_OTHER;
  real->extraction.directives =
    g_ptr_array_new_with_free_func ((GDestroyNotify) dt_extracted_directive_free);

  return &real->extraction;
}

DtExtraction *
dt_extraction_ref (DtExtraction *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&((DtExtractionReal *) self)->ref_count);

  return self;
}

void
dt_extraction_unref (DtExtraction *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&((DtExtractionReal *) self)->ref_count))
    return;

  g_free (self->issuing_body);
  g_free (self->number);
  g_free (self->title);
  g_free (self->concluded_by);
  g_free (self->signer);
  g_free (self->source_text);
  g_ptr_array_unref (self->directives);
  g_free (self);
}

DtDate
dt_extraction_get_reference_date (DtExtraction *self)
{
  g_return_val_if_fail (self != NULL, DT_DATE_NONE);

  if (self->meeting_date != DT_DATE_NONE)
    return self->meeting_date;
  if (self->issue_date != DT_DATE_NONE)
    return self->issue_date;
  return dt_date_today ();
}
