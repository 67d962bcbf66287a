/* dt-report-document-private.h — the report's page engine, shared by the
 * files that build the document
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * dt-report-document.c lays blocks out into pages and draws them;
 * dt-report-document-sections.c adds the sections as blocks.
 */

#pragma once

#include <pango/pangocairo.h>

#include "dt-report-chart.h"
#include "dt-report-document.h"

G_BEGIN_DECLS

#define MM (72.0 / 25.4)
/* Decree 30's margins: top and bottom 20 mm, left 30 mm, right 20 mm */
#define MARGIN_TOP (20 * MM)
#define MARGIN_BOTTOM (20 * MM)
#define MARGIN_LEFT (30 * MM)
#define MARGIN_RIGHT (20 * MM)
#define FONT "Liberation Serif, Times New Roman, serif"
#define BODY_SIZE 13.0
#define TABLE_SIZE 12.0
#define APPENDIX_SIZE 11.0
#define CELL_PAD_X 3.0
#define CELL_PAD_Y 2.5
#define MAX_COLUMNS 8
#define MAX_CELL_LINES 6

typedef enum
{
  BLOCK_FIXED,   /* pieces of text and lines, kept on one page */
  BLOCK_TABLE,
  BLOCK_CHART,
  BLOCK_BREAK,
} BlockKind;

typedef struct
{
  PangoLayout *layout;
  double       x, y;
} Piece;

typedef struct
{
  PangoLayout *cells[MAX_COLUMNS];
  double       height;
} TableRow;

typedef struct
{
  BlockKind  kind;
  double     space_before;
  gboolean   keep_with_next;
  /* fixed */
  GArray    *pieces;        /* of Piece */
  GArray    *lines;         /* of double[4]: x1, y1, x2, y2 */
  double     height;
  /* table */
  guint      n_columns;
  double     widths[MAX_COLUMNS];
  TableRow   header;
  GArray    *rows;          /* of TableRow */
} Block;

typedef struct
{
  Block *block;
  int    row;               /* -1: the whole fixed block, or the table's header */
  double y;
} Placement;

struct _DtReportDocument
{
  const DtReport     *report;
  PangoContext       *context;
  double              page_width, page_height, text_width;
  GPtrArray          *blocks;   /* of Block */
  GPtrArray          *pages;    /* of GArray of Placement */
  DtReportChartStyle  chart;
  GHashTable         *fonts;      /* "size:style" → PangoFontDescription */
  PangoAttrList      *no_hyphens;
};

typedef enum
{
  STYLE_PLAIN = 0,
  STYLE_BOLD = 1 << 0,
  STYLE_ITALIC = 1 << 1,
  STYLE_JUSTIFY = 1 << 2,
} TextStyle;

/* dt-report-document.c: the blocks */
/* A layout of @markup (or plain text) @width wide (-1: unlimited), no hyphens */
PangoLayout *_dt_report_document_layout            (DtReportDocument *self,
                                                    const char       *markup,
                                                    double            size,
                                                    TextStyle         style,
                                                    double            width,
                                                    PangoAlignment    alignment);
double       _dt_report_layout_height              (PangoLayout      *layout);
Block       *_dt_report_document_add_block         (DtReportDocument *self,
                                                    BlockKind         kind,
                                                    double            space_before);
/* Adds a layout (taken) to a fixed block at (x, y); returns its bottom */
double       _dt_report_block_add_piece            (Block            *block,
                                                    PangoLayout      *layout,
                                                    double            x,
                                                    double            y);
void         _dt_report_block_add_line             (Block            *block,
                                                    double            x1,
                                                    double            y1,
                                                    double            x2,
                                                    double            y2);
/* A paragraph of text the width of the page */
Block       *_dt_report_document_add_paragraph     (DtReportDocument *self,
                                                    const char       *markup,
                                                    double            size,
                                                    TextStyle         style,
                                                    PangoAlignment    alignment,
                                                    double            space_before);
Block       *_dt_report_document_add_section_heading (DtReportDocument *self,
                                                    const char       *text);
Block       *_dt_report_document_add_table         (DtReportDocument *self,
                                                    const double     *widths,
                                                    guint             n_columns,
                                                    const char      **headers,
                                                    double            size);
/* A row of cells given as markup; alignments per column ("lcr") */
void         _dt_report_document_add_table_row     (DtReportDocument *self,
                                                    Block            *block,
                                                    const char      **cells,
                                                    const char       *alignments,
                                                    double            size,
                                                    TextStyle         style);

/* dt-report-document-sections.c */
void         _dt_report_document_add_sections      (DtReportDocument               *self,
                                                    const DtReportDocumentSettings *settings);

G_END_DECLS
