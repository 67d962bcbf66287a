/* dt-extractor-private.h — what the parts of the extractor share
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * dt-extractor.c splits the text into lines and finds the parts; each part
 * is read by a file of its own: the header and closing (dt-extractor-header.c),
 * the body (dt-extractor-body.c) with who is assigned what in a paragraph
 * (dt-extractor-assign.c), and the appendix table (dt-extractor-table.c).
 */

#pragma once

#include "dt-date.h"
#include "dt-deadline.h"
#include "dt-extractor.h"
#include "dt-import-text-private.h"
#include "dt-unit-name.h"

G_BEGIN_DECLS

typedef enum
{
  LINE_TEXT,
  LINE_ROMAN,        /* "I. …", "II …" */
  LINE_NUMBERED,     /* "3.", "3.1.", "12.  " */
  LINE_ITEM,         /* "- …" */
  LINE_SUBITEM,      /* "+ …" */
  LINE_NOISE,        /* links, repeated page headers */
  LINE_CELL,         /* "|" or "| a | b |": a table's row or cell border */
} LineKind;

/* The kind of list marker a paragraph opens with: the outline nests a
 * marker kind it has not seen yet under the one above it */
typedef enum
{
  STYLE_NONE,
  STYLE_ARTICLE,       /* "Điều 2." */
  STYLE_ROMAN,         /* "II." */
  STYLE_UPPER,         /* "A." */
  STYLE_NUM1,          /* "3." */
  STYLE_NUM2,          /* "3.1." */
  STYLE_NUM3,          /* "3.1.2." */
  STYLE_NUM4,
  STYLE_NUM_PAREN,     /* "3)" */
  STYLE_PAREN_NUM,     /* "(3)" */
  STYLE_LETTER,        /* "a)" */
  STYLE_LETTER_DOT,    /* "a." */
  STYLE_PAREN_LETTER,  /* "(a)" */
  STYLE_PAREN_ROMAN,   /* "(iii)" */
  STYLE_DASH,          /* "- " "– " */
  STYLE_PLUS,          /* "+ " */
  STYLE_BULLET,        /* "• " "* " */
  N_STYLES
} LineStyle;

/* A line's folded prefix (what its first words say) and its number are
 * worked out when asked, from the text: a line keeps 16 bytes, so that
 * millions of short lines cost little more than the text itself */
#define FOLD_PREFIX 120
#define LINE_NUMBER_SIZE 16

typedef struct
{
  guint32   start;              /* trimmed span in the text */
  guint32   end;
  guint32   content;            /* after the marker */
  guint     indent       : 8;   /* leading spaces, at most 255 */
  guint     kind         : 3;   /* LineKind */
  guint     style        : 5;   /* LineStyle */
  guint     blank_before : 1;   /* an empty line separates it from the previous one */
  guint     in_table     : 1;   /* part of a table whose cells are marked */
  guint     marker_dot   : 1;   /* "I." rather than "I" */
} Line;

G_STATIC_ASSERT (sizeof (Line) == 16);
G_STATIC_ASSERT (LINE_CELL < 8 && N_STYLES <= 32);

typedef struct
{
  DtExtractor  *self;
  const char   *text;        /* the whole notice */
  GArray       *lines;       /* of Line */
  DtExtraction *extraction;
  DtDate        reference;
  guint         n_body;      /* directives numbered so far */
  GArray       *tables;      /* pairs of line numbers: first, last */
  GCancellable *cancellable;
  DtExtractorProgressFunc progress;
  gpointer      progress_data;
} Context;

typedef struct
{
  char     *text;        /* joined lines */
  gsize     len;
  DtFolded  folded;
  gsize     source_start;
  gsize     source_end;
  GArray   *line_starts; /* of guint32: where each line after the first begins in text */
  GArray   *helpers;     /* of Helpers: "phối hợp với …" read once for all its
                          * assignments (dt-extractor-assign.c) */
  gsize     helpers_from;
} Para;

typedef struct
{
  GPtrArray *leads;        /* of DtUnitName (owned) */
  gsize      text_start;   /* folded position where the task begins */
  gboolean   guessed;
} Assignment;

/* dt-extractor-lines.c: lines */
/* The lines of the text that are not blank, an array of Line */
GArray *
_dt_extractor_split_lines (const char *text,
                           gsize       length);
/* dt-extractor-pages.c: the page numbers and running headers at the form
 * feeds of a PDF's text made noise */
void
_dt_extractor_mark_page_furniture (Context *ctx);
/* The first characters of p…end folded, at most limit bytes (limit ≤
 * FOLD_PREFIX), white space collapsed and trimmed */
void
_dt_extractor_fold_prefix (const char *p,
                           const char *end,
                           char       *out,
                           gsize       limit);
gboolean
_dt_extractor_starts_upper (const char *p,
                            const char *end);

static inline Line *
_dt_extractor_line (Context *ctx,
                    guint    i)
{
  return &g_array_index (ctx->lines, Line, i);
}

/* The line's first FOLD_PREFIX characters folded (dt-import-text-private.h),
 * white space collapsed, into out; returns out */
const char *
_dt_extractor_line_fold (Context    *ctx,
                         const Line *line,
                         char        out[FOLD_PREFIX + 1]);
/* Whether the folded line begins with folded_prefix, folding no more of it
 * than needed */
gboolean
_dt_extractor_line_has_prefix (Context    *ctx,
                               const Line *line,
                               const char *folded_prefix);
/* Whether the folded line is folded_text and nothing more */
gboolean
_dt_extractor_line_is (Context    *ctx,
                       const Line *line,
                       const char *folded_text);
/* The number of its list marker as written ("I", "3.1", "a", "(2)",
 * "Điều 4"), or "" */
const char *
_dt_extractor_line_number (Context    *ctx,
                           const Line *line,
                           char        out[LINE_NUMBER_SIZE]);

/* dt-extractor-assign.c: who is assigned in a paragraph */
gboolean
_dt_extractor_check_point (Context *ctx,
                           guint    line);
void
_dt_extractor_para_init (Para        *para,
                         const char  *text,
                         GArray      *lines,
                         guint        first,
                         guint        last,
                         gboolean     from_content);
void
_dt_extractor_para_clear (Para *para);
gsize
_dt_extractor_folded_pos (const DtFolded *f,
                          gsize           source_offset,
                          gsize           from);
gboolean
_dt_extractor_eat_any (const DtFolded     *f,
                       gsize              *p,
                       const char * const *lits);
void
_dt_extractor_skip_separators (const DtFolded *f,
                               gsize          *p);
GPtrArray *
_dt_extractor_match_unit_list (Context    *ctx,
                               const Para *para,
                               gsize      *p);
DtUnitName *
_dt_extractor_lead_new (DtUnitNameKind  kind,
                        const char     *name);
void
_dt_extractor_assignment_clear (Assignment *a);
char *
_dt_extractor_source_span (const Para *para,
                           gsize       from,
                           gsize       to);
gboolean
_dt_extractor_find_assignment (Context    *ctx,
                               const Para *para,
                               gsize       from,
                               gboolean    inherited,
                               Assignment *a);
gsize
_dt_extractor_next_assignment (Context    *ctx,
                               const Para *para,
                               gsize       from,
                               Assignment *next);
gboolean
_dt_extractor_eat (const DtFolded *f,
                   gsize          *p,
                   const char     *lit);

/* dt-extractor-emit.c: one directive per lead unit, with helpers and deadline */
char *
_dt_extractor_collapse_spaces (const char *text);
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
                               const DtDeadline *heading_deadline);

/* A paragraph of the body and its place in the outline: 16 bytes, as a
 * text of a paragraph a line has as many of them as of lines */
typedef struct
{
  guint32   first;         /* lines of the paragraph */
  guint32   last;
  gint32    parent;        /* node, or -1 at the top */
  guint     style     : 5; /* LineStyle of its marker */
  guint     announces : 1; /* ends with ':' */
  guint     heading   : 1; /* short, no full stop: a title */
  guint     marked_children : 1;
  guint     brief     : 1; /* at most a line or two */
  guint     merged    : 1; /* joined to the paragraph before it */
  guint     n_children : 2; /* 0, 1, 2, or 3 for three or more */
  guint     index     : 16; /* among the siblings of its marker kind, from 1 */
} Node;

G_STATIC_ASSERT (sizeof (Node) == 16);

/* dt-extractor-outline.c: the body's paragraphs, nested; an array of Node */
GArray *
_dt_extractor_build_outline (Context *ctx,
                             guint    first,
                             guint    last);

/* What a paragraph passes on to the paragraphs below it */
typedef struct
{
  GPtrArray  *leads;       /* of DtUnitName: in charge of the items below */
  DtDeadline *deadline;    /* a heading's time frame */
  char       *where;       /* "III.1.a" */
  char       *category;    /* the nearest heading */
  gboolean    skip;        /* results, evaluation, purposes: no directives */
  gboolean    contents;    /* its items list what a report holds */
} Scope;

/* dt-extractor-body.c: the numbered sections */
char *
_dt_extractor_heading_text (const char *text);
void
_dt_extractor_read_body (Context *ctx,
                         guint    first,
                         guint    last);
/* "I.3.a": where the paragraph is, under its parent's place */
char *
_dt_extractor_node_where (Context     *ctx,
                          const Node  *node,
                          const Scope *parent);

/* dt-extractor-fields.c: "a) Nhiệm vụ: … b) Cơ quan chủ trì: …", one directive */
gboolean
_dt_extractor_read_field_block (Context     *ctx,
                                GArray      *nodes,
                                guint        n,
                                const Scope *up,
                                const Para  *para);

/* dt-extractor-table.c: the appendix table */
gboolean
_dt_extractor_is_table_header (Context    *ctx,
                               const Line *line);
gboolean
_dt_extractor_is_page_header (Context    *ctx,
                              const Line *line);
guint
_dt_extractor_count_words (const char *s);
void
_dt_extractor_read_appendix (Context *ctx,
                             guint    header,
                             guint    last);

/* What a table column or a field holds, by its header or label */
typedef enum
{
  COLUMN_UNKNOWN,
  COLUMN_NUMBER,        /* "TT", "STT" */
  COLUMN_TASK,          /* "Nhiệm vụ", "Nội dung" */
  COLUMN_LEAD,          /* "Cơ quan chủ trì", "Đơn vị thực hiện" */
  COLUMN_COORDINATING,  /* "Cơ quan phối hợp" */
  COLUMN_TIME,          /* "Thời gian hoàn thành", "Thời hạn" */
  COLUMN_OTHER,         /* "Sản phẩm", "Kinh phí", "Ghi chú": known, not read */
} Column;

/* dt-extractor-rows.c: the rows of tables whose cells are marked */
typedef struct
{
  GPtrArray *cells;    /* of char*, trimmed */
  gsize      start;    /* byte span in the text */
  gsize      end;
} Row;

Row *
_dt_extractor_row_new (void);
void
_dt_extractor_row_free (gpointer data);
/* Marks the lines of both shapes of table (kept out of the body) */
void
_dt_extractor_mark_tables (Context *ctx);
/* The rows of the table on lines first … last, of Row */
GPtrArray *
_dt_extractor_read_rows (Context *ctx,
                         guint    first,
                         guint    last);

/* dt-extractor-cells.c: tables whose cells are marked */
Column
_dt_extractor_column_of (const char *label);
void
_dt_extractor_read_tables (Context *ctx);
GPtrArray *
_dt_extractor_cell_units (Context    *ctx,
                          const char *cell,
                          gboolean    keep_unknown);
DtDeadline *
_dt_extractor_time_cell (Context    *ctx,
                         const char *cell);

/* dt-extractor-header.c: number, date, issuing body, closing */
void
_dt_extractor_read_number (Context    *ctx,
                           const Line *line);
void
_dt_extractor_read_issuing_body (Context *ctx,
                                 guint    i);
void
_dt_extractor_read_header (Context *ctx,
                           guint    body_start);
void
_dt_extractor_read_closing (Context *ctx,
                            guint    first,
                            guint    last);

G_END_DECLS
