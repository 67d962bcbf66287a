/* dt-docx-private.h — shared by the parts of the Word document reader
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/xmlreader.h>

G_BEGIN_DECLS

/* One XML part of the document, read as a stream of nodes: memory stays
 * proportional to the text, never to the tree.  No network, no DTD (a Word
 * part has none, so one is refused with its entities), no entity
 * substitution. */
typedef struct
{
  xmlTextReaderPtr  reader;
  const char       *part;    /* its name in the archive, for messages */
  char             *error;   /* the first error libxml2 reported */
} DtDocxXml;

/* DT_IMPORT_ERROR_DAMAGED, with what was found wrong */
void         _dt_docx_set_damaged (GError       **error,
                                   const char    *detail);

void         _dt_docx_xml_open    (DtDocxXml     *xml,
                                   GByteArray    *data,
                                   const char    *part);
void         _dt_docx_xml_clear   (DtDocxXml     *xml);
/* 1: on the next node; 0: the end; -1: the part is damaged (error set) */
int          _dt_docx_xml_next    (DtDocxXml     *xml,
                                   GError       **error);
/* The local name of the element or end tag under the cursor when it is in
 * the WordprocessingML namespace (transitional or strict), else NULL */
const char  *_dt_docx_xml_w_name  (DtDocxXml     *xml);
/* A w: attribute of the element under the cursor (w:val, w:numId…) */
char        *_dt_docx_xml_w_attr  (DtDocxXml     *xml,
                                   const char    *name);
/* An on/off property (<w:vanish/>, <w:isLgl w:val="0"/>): on when absent */
gboolean     _dt_docx_xml_w_on    (DtDocxXml     *xml);
/* An integer attribute, clamped to [min, max]; fallback when absent or
 * not a number */
int          _dt_docx_xml_w_int   (DtDocxXml     *xml,
                                   const char    *name,
                                   int            min,
                                   int            max,
                                   int            fallback);

/* Word's automatic numbering: numbering.xml and the styles that number */
typedef struct _DtDocxNumbering DtDocxNumbering;

DtDocxNumbering *_dt_docx_numbering_new   (GByteArray       *numbering_xml,
                                           GByteArray       *styles_xml,
                                           GError          **error);
void             _dt_docx_numbering_free  (DtDocxNumbering  *self);
/* Advances the counters of the list and returns the label Word shows
 * before the paragraph ("1. ", "a) ", "- "), or NULL when it has none.
 * num_id and ilvl are -1 when the paragraph does not set them; style may
 * be NULL. */
char            *_dt_docx_numbering_label (DtDocxNumbering  *self,
                                           int               num_id,
                                           int               ilvl,
                                           const char       *style);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DtDocxNumbering, _dt_docx_numbering_free)

/* The text of a document from its parts, already out of the archive (what
 * dt_docx_reader_read() does next; numbering and styles may be NULL): the
 * entry point for fuzzing the XML side without ZIP checksums in the way */
char            *_dt_docx_read_parts      (GByteArray       *document,
                                           GByteArray       *numbering_xml,
                                           GByteArray       *styles_xml,
                                           GError          **error);

/* dt-docx-reader.c: the errors of a file that is no Word document */
void             _dt_docx_set_too_large   (GError          **error);
void             _dt_docx_set_not_word    (GError          **error);

G_END_DECLS
