/* pdf-text.h — what a PDF the application wrote says, read with poppler-glib
 *
 * The tests read the application's PDFs through the library the application
 * already links for PDF import, not through poppler-utils: a GNOME SDK (where
 * flatpak-builder runs the tests) has no pdftotext.  Only in a build with
 * poppler-glib (HAVE_POPPLER); without it (-Dpdf-import=disabled) a test that
 * needs this skips itself with PDF_TEXT_WITHOUT_POPPLER as the reason.
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PDF_TEXT_WITHOUT_POPPLER \
  "reading a PDF's text needs poppler-glib, which this build is without (-Dpdf-import=disabled)"

/* The text of every page, line by line as laid out on the page (as
 * pdftotext -layout gives it, less the column alignment), each page
 * followed by a form feed; fails the test when the file cannot be read. */
char       *pdf_text_read         (const char *path);
guint       pdf_text_count_pages  (const char *path);
/* How many times needle stands in text (pages: "\f"); needs no poppler. */
guint       pdf_text_count        (const char *text,
                                   const char *needle);
/* A field of the document's information: "title", "creator" or
 * "creation-date" (ISO 8601); NULL when the file has none. */
char       *pdf_text_dup_info     (const char *path,
                                   const char *field);
/* How often a search (poppler's, as a viewer's Find) finds needle in the
 * document, and on how many pages (n_pages may be NULL) */
guint       pdf_text_count_found  (const char *path,
                                   const char *needle,
                                   guint      *n_pages);
/* The room between words one space apart on a line of a PDF: from the end
 * of a word's last glyph (x, y: from the page's top left) to the start of
 * the next word, in points, with the height of the glyphs before (their
 * type size, near enough) and the letters either side (a font may kern a
 * space with some capitals: "Y", "T"). */
typedef struct
{
  guint    page;
  double   x;
  double   y;
  double   width;
  double   height;
  gunichar before;
  gunichar after;
} PdfTextGap;
GArray     *pdf_text_get_word_gaps (const char *path);
/* How wide the first needle found is drawn, from its first letter's start
 * to its last one's end, in points; -1 when it is not there.  An ellipsized
 * text keeps what it leaves out in the PDF (a reader extracts and finds
 * it), but drawn narrower, as the one "…". */
double      pdf_text_get_drawn_width (const char *path,
                                      const char *needle);
/* Fails the test unless every font of the document is embedded. */
void        pdf_text_assert_fonts_embedded (const char *path);

G_END_DECLS
