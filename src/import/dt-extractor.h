/* dt-extractor.h — reading the directives out of a notice's text
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dt-extraction.h"
#include "dt-unit-catalog.h"

G_BEGIN_DECLS

#define DT_EXTRACTOR_ERROR (dt_extractor_error_quark ())

typedef enum
{
  DT_EXTRACTOR_ERROR_NOT_A_NOTICE,   /* millions of tiny lines, or over 4 GB: no notice */
} DtExtractorError;

GQuark dt_extractor_error_quark (void);

#define DT_TYPE_EXTRACTOR (dt_extractor_get_type ())
G_DECLARE_FINAL_TYPE (DtExtractor, dt_extractor, DT, EXTRACTOR, GObject)

/* Called from the extracting thread with the fraction done (0 … 1) */
typedef void (*DtExtractorProgressFunc) (double   fraction,
                                         gpointer user_data);

/* catalog: NULL for the built-in catalogue */
DtExtractor   *dt_extractor_new          (DtUnitCatalog  *catalog);
DtUnitCatalog *dt_extractor_get_catalog  (DtExtractor    *self);
/* Whether the text can be a notice at all, by its shape alone (millions of
 * lines of a word or two cannot, nor more than a hundred lines of a
 * character or three): what dt_extractor_extract() checks first,
 * for a reader to refuse such a text before it copies it.  A pass of
 * memchr() over the text, no memory. */
gboolean       dt_extractor_check_shape  (const char     *text,
                                          gsize           length,
                                          GError        **error);
/* Reads header fields and directives; never fails on odd text (it finds
 * less), only when cancelled or when dt_extractor_check_shape() refuses.
 * Linear in the length of the text; besides the text (copied into the
 * extraction) 16 bytes a line, 16 a paragraph of the body and the
 * paragraph being read: under ten bytes a byte of text whatever its lines
 * (tests/import/bench-extract, /bench/line-lengths). */
DtExtraction  *dt_extractor_extract      (DtExtractor    *self,
                                          const char     *text,
                                          gssize          length,
                                          GCancellable   *cancellable,
                                          GError        **error);
DtExtraction  *dt_extractor_extract_with_progress (DtExtractor            *self,
                                                   const char             *text,
                                                   gssize                  length,
                                                   DtExtractorProgressFunc progress,
                                                   gpointer                user_data,
                                                   GCancellable           *cancellable,
                                                   GError                **error);

G_END_DECLS
