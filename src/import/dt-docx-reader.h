/* dt-docx-reader.h — the text of a Word document (.docx)
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Uncompressed bytes read from the parts of one document, all together.  A
 * notice is a few hundred kilobytes of XML; a ZIP bomb is stopped here,
 * after a fraction of a second and this much memory. */
#define DT_DOCX_MAX_EXPANDED_SIZE (64 * 1000 * 1000)

/* The first bytes of a ZIP archive (a .docx, but also an .odt or .xlsx) */
gboolean  dt_docx_reader_is_zip (const guint8  *data,
                                 gsize          size);

/* The text of the document as it reads in Word: one line a paragraph, in
 * order, with the automatic list numbers ("1.", "a)", "-"); a table row a
 * line, its cells joined with " | ".  Errors in DT_IMPORT_ERROR: NOT_WORD,
 * DAMAGED, PROTECTED, TOO_LARGE.  Not normalised (the caller composes
 * it to NFC). */
char     *dt_docx_reader_read   (GBytes        *bytes,
                                 GError       **error);

G_END_DECLS
