/* docx-fixture.h — Word documents and ZIP archives built in memory for the
 * reader's tests (test-docx, test-docx-bad)
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <archive.h>
#include <glib.h>

G_BEGIN_DECLS

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

/* The write callback of an archive written into a GByteArray */
la_ssize_t      docx_write_to_array (struct archive *archive,
                                     void           *array,
                                     const void     *buffer,
                                     size_t          length);

/* A ZIP archive written into @array, its entries added one by one */
struct archive *docx_zip_new      (GByteArray     *array);
void            docx_add_entry    (struct archive *archive,
                                   const char     *name,
                                   const void     *data,
                                   gsize           size);
GBytes         *docx_zip_finish   (struct archive *archive,
                                   GByteArray     *array);

/* A ZIP archive of name, content pairs, NULL-terminated */
GBytes         *docx_make_zip     (const char     *name,
                                   ...);

/* word/document.xml of a document of @body */
char           *docx_document_xml (const char     *body);

/* A .docx: the document's body, and numbering and styles when not NULL */
GBytes         *docx_make         (const char     *body,
                                   const char     *numbering,
                                   const char     *styles);

/* The .docx made of these reads as @expected */
void            docx_assert_text  (const char     *body,
                                   const char     *numbering,
                                   const char     *styles,
                                   const char     *expected);

/* Numbering of lists (abstract numbers 10 to 40, lists 1 to 6) and styles
 * (Heading1, numbered by list 4; Muc, based on it) for docx_make () */
extern const char docx_numbering[];
extern const char docx_styles[];

/* A paragraph of list @num at level @lvl, or of paragraph style @style */
#define P(num, lvl, text) \
  "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" #lvl "\"/><w:numId w:val=\"" #num "\"/></w:numPr></w:pPr>" \
  "<w:r><w:t>" text "</w:t></w:r></w:p>"
#define P_STYLE(style, text) \
  "<w:p><w:pPr><w:pStyle w:val=\"" style "\"/></w:pPr><w:r><w:t>" text "</w:t></w:r></w:p>"

G_END_DECLS
