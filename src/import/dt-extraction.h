/* dt-extraction.h — what the importer read in a notice, for review
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-types.h"

G_BEGIN_DECLS

typedef enum
{
  DT_EXTRACTION_PART_BODY,
  DT_EXTRACTION_PART_APPENDIX,   /* the table of tasks after the notice */
} DtExtractionPart;

/* What the review should make the user look at */
typedef enum
{
  DT_EXTRACTION_DOUBT_NONE            = 0,
  DT_EXTRACTION_DOUBT_UNKNOWN_UNIT    = 1 << 0,  /* lead unit not in the catalogue: proposed as new */
  DT_EXTRACTION_DOUBT_NO_DEADLINE     = 1 << 1,  /* the text seems to give a deadline, none understood */
  DT_EXTRACTION_DOUBT_GUESSED_SPLIT   = 1 << 2,  /* where the task ends and the unit begins was guessed */
  DT_EXTRACTION_DOUBT_COLLECTIVE      = 1 << 3,  /* "Các sở, ngành": no single unit in charge */
  DT_EXTRACTION_DOUBT_IMPOSSIBLE_DATE = 1 << 4,  /* "31/02": flagged, not guessed */
} DtExtractionDoubt;

#define DT_TYPE_EXTRACTED_DIRECTIVE (dt_extracted_directive_get_type ())
#define DT_TYPE_EXTRACTION (dt_extraction_get_type ())

typedef struct _DtExtractedDirective DtExtractedDirective;
typedef struct _DtExtraction DtExtraction;

struct _DtExtractedDirective
{
  char              *id;                 /* "A20", "B17b": unique in the extraction */
  DtExtractionPart   part;
  char              *ordinal;            /* the appendix row number, or the section path */
  char              *where;              /* section path "I.3.1", or the row number */
  char              *category;           /* the group or section heading it belongs to */
  char              *lead_unit;          /* canonical name; as written when unknown */
  gboolean           lead_unit_known;    /* found in the catalogue */
  gboolean           collective;         /* lead_unit is a collective subject */
  char             **coordinating_units; /* canonical names, NULL-terminated */
  char              *deadline_phrase;    /* as written, or NULL */
  DtDate             deadline;
  gboolean           approximate;
  gboolean           inherited;          /* from the section heading */
  gboolean           ongoing;            /* "thường xuyên" */
  DtRecurrence       recurrence;
  guint              recurrence_interval;
  DtRecurrenceAnchors recurrence_anchors; /* "trước ngày 20 hằng tháng" */
  char              *text;               /* the directive's text, lines joined */
  gsize              source_start;       /* byte span of its source paragraph */
  gsize              source_end;         /* (or table row) in the notice text */
  DtExtractionDoubt  doubts;
  /* re-importing: the notice's text replaces the one the user corrected
   * in the application (the review's choice; kept by default) */
  gboolean           replace_user_text;
};

struct _DtExtraction
{
  char         *issuing_body;   /* "Ủy ban nhân dân tỉnh Nghệ An" */
  DtNoticeKind  kind;
  char         *number;         /* "37/TB-UBND"; "/TB-UBND" in an unnumbered draft; NULL if none */
  char         *title;
  char         *concluded_by;   /* "Chủ tịch UBND tỉnh Nguyễn Đức Trung" */
  DtDate        meeting_date;
  DtDate        issue_date;
  char         *signer;
  char         *source_text;    /* the text that was read */
  GPtrArray    *directives;     /* of DtExtractedDirective */
};

GType                  dt_extracted_directive_get_type (void) G_GNUC_CONST;
DtExtractedDirective  *dt_extracted_directive_new   (void);
DtExtractedDirective  *dt_extracted_directive_copy  (const DtExtractedDirective *self);
void                   dt_extracted_directive_free  (DtExtractedDirective       *self);
/* The deadline as the gold files write it: "~2024-02-14", "inherit:…", "" */
char                  *dt_extracted_directive_dup_deadline_string (const DtExtractedDirective *self);
/* "10d", "monthly on day 20", "continuous", "" (see dt_recurrence_to_code()) */
const char            *dt_extracted_directive_get_recurrence_code (const DtExtractedDirective *self,
                                                                   char                        buffer[DT_RECURRENCE_CODE_SIZE]);

GType                  dt_extraction_get_type       (void) G_GNUC_CONST;
DtExtraction          *dt_extraction_new            (void);
DtExtraction          *dt_extraction_ref            (DtExtraction *self);
void                   dt_extraction_unref          (DtExtraction *self);
/* The deadlines are resolved against this: meeting date, else issue date, else today */
DtDate                 dt_extraction_get_reference_date (DtExtraction *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DtExtractedDirective, dt_extracted_directive_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DtExtraction, dt_extraction_unref)

G_END_DECLS
