/* dt-import-source.h — a notice file (text, PDF or Word) as UTF-8 text
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dt-extractor.h"

G_BEGIN_DECLS

#define DT_IMPORT_ERROR (dt_import_error_quark ())

typedef enum
{
  DT_IMPORT_ERROR_EMPTY,         /* nothing but white space */
  DT_IMPORT_ERROR_BINARY,        /* not text, not a PDF, not a Word document */
  DT_IMPORT_ERROR_ENCODING,      /* neither UTF-8 nor Windows-1258 */
  DT_IMPORT_ERROR_PDF_NO_TEXT,   /* a scanned PDF */
  DT_IMPORT_ERROR_PDF,           /* damaged or protected PDF */
  DT_IMPORT_ERROR_UNSUPPORTED,   /* a PDF, and built without poppler */
  DT_IMPORT_ERROR_TOO_LARGE,     /* also a Word document that expands too far */
  DT_IMPORT_ERROR_NOT_REGULAR,   /* a folder, a device, a pipe */
  DT_IMPORT_ERROR_NOT_WORD,      /* a ZIP archive without a Word document in it */
  DT_IMPORT_ERROR_DAMAGED,       /* a damaged Word document */
  DT_IMPORT_ERROR_PROTECTED,     /* a password-protected Word document */
  DT_IMPORT_ERROR_OLD_FORMAT,    /* an old binary Office file (.doc) */
} DtImportError;

GQuark dt_import_error_quark (void);

typedef enum
{
  DT_IMPORT_FORMAT_UTF8,
  DT_IMPORT_FORMAT_UTF16,
  DT_IMPORT_FORMAT_WINDOWS_1258,   /* converted: worth telling the user */
  DT_IMPORT_FORMAT_PDF,
  DT_IMPORT_FORMAT_DOCX,
} DtImportFormat;

/* Largest input read: far above any notice, low enough to stay responsive */
#define DT_IMPORT_MAX_SIZE (256 * 1024 * 1024)

/* Bytes of a file, a drop or the clipboard → NFC UTF-8 text, BOM removed.
 * Recognises PDF by its magic number ("%PDF"), a Word document (.docx) by
 * that of a ZIP archive, and tells an old binary Office file (.doc) or a
 * password-protected Word document by that of an OLE compound file.  Any
 * bytes are safe to pass: this is the entry point of the readers' fuzzing. */
char        *dt_import_read_bytes     (GBytes          *bytes,
                                       DtImportFormat  *format,
                                       GError         **error);
/* Only a regular file is read (a pipe or a device is refused before it is
 * opened), and no more than DT_IMPORT_MAX_SIZE bytes of it. */
char        *dt_import_read_file      (GFile           *file,
                                       DtImportFormat  *format,
                                       GCancellable    *cancellable,
                                       GError         **error);
/* A sentence for the user about how the text was read, or NULL when there
 * is nothing to say (UTF-8).  Translated. */
const char  *dt_import_format_describe (DtImportFormat  format);

/* Read and extract off the main loop; cancel with the cancellable.  In
 * the _with_progress variant, progress (may be NULL) is called in the
 * caller's main context with the fraction done, always before callback;
 * progress_data must live until callback runs.  Both finish with
 * dt_import_extract_file_finish(). */
void          dt_import_extract_file_async  (GFile               *file,
                                             DtExtractor         *extractor,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
void          dt_import_extract_file_with_progress_async (GFile                   *file,
                                                          DtExtractor             *extractor,
                                                          DtExtractorProgressFunc  progress,
                                                          gpointer                 progress_data,
                                                          GCancellable            *cancellable,
                                                          GAsyncReadyCallback      callback,
                                                          gpointer                 user_data);
DtExtraction *dt_import_extract_file_finish (GAsyncResult        *result,
                                             DtImportFormat      *format,
                                             GError             **error);
/* For pasted text (already UTF-8) */
void          dt_import_extract_text_async  (const char          *text,
                                             DtExtractor         *extractor,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
DtExtraction *dt_import_extract_text_finish (GAsyncResult        *result,
                                             GError             **error);

G_END_DECLS
