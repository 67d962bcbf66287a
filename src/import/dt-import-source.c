/* dt-import-source.c — a notice file (text, PDF or Word) as UTF-8 text
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE   /* memmem */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#if HAVE_POPPLER
#include <poppler.h>
#endif

#include "dt-docx-reader.h"
#include "dt-extractor.h"
#include "dt-import-source.h"
#include "dt-import-text-private.h"

G_DEFINE_QUARK (dt-import-error-quark, dt_import_error)

/* a text file has no NUL byte in its first block */
#define SNIFF_SIZE 65536
/* past it, a few stray NUL bytes (a damaged copy) are read as spaces; more
 * than one byte in this many, and it is not text */
#define MAX_NUL_RATIO 1000
#define READ_CHUNK (256 * 1024)

/* An OLE compound file: an Office document of before 2007 (.doc), or one
 * of today encrypted with a password */
static const guint8 ole_magic[8] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)) && g_utf8_get_char (p) != 0xFEFF)
      return FALSE;
  return TRUE;
}

static char *
check_not_empty (char    *text,
                 GError **error)
{
  if (text != NULL && is_blank (text))
    {
      g_free (text);
      g_set_error_literal (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_EMPTY,
                           _("The file is empty: there is no text to import."));
      return NULL;
    }
  return text;
}

/* A space that is no ASCII space: no-break (U+00A0, U+202F), the typeset
 * widths U+2000…U+200A, U+205F, the ideographic U+3000.  Word and web
 * pages write them between words and after list markers; the extractor
 * reads words and markers apart by ' ' */
static gboolean
is_wide_space (gunichar c)
{
  return c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}

char *
_dt_import_normalize (const char *text,
                      gssize      length)
{
  g_autofree char *nfc = NULL;
  gboolean wide = FALSE;
  const char *p, *end;
  char *out, *q;

  if (length < 0)
    length = strlen (text);

  /* no combining mark (U+0300…U+036F is 0xCC 0x80 … 0xCD 0xAF): already
   * composed; spares a 50 MB text the four-times-larger conversion */
  if (memchr (text, 0xCC, length) != NULL || memchr (text, 0xCD, length) != NULL)
    {
      /* NFC: Windows-1258 and some PDFs write tone marks as combining characters */
      nfc = g_utf8_normalize (text, length, G_NORMALIZE_NFC);
      if (nfc != NULL)
        {
          text = nfc;
          length = strlen (nfc);
        }
    }

  /* the wide spaces start with 0xC2, 0xE2 or 0xE3 */
  for (p = text, end = text + length; p < end && !wide; p++)
    if ((guchar) *p == 0xC2 || (guchar) *p == 0xE2 || (guchar) *p == 0xE3)
      wide = is_wide_space (g_utf8_get_char_validated (p, end - p));
  if (!wide)
    return nfc != NULL ? g_steal_pointer (&nfc) : g_strndup (text, length);

  out = q = g_new (char, length + 1);
  for (p = text; p < end; )
    {
      gunichar c = (guchar) *p < 0x80 ? (guchar) *p : g_utf8_get_char_validated (p, end - p);
      const char *next = (guchar) *p < 0x80 || c == (gunichar) -1 || c == (gunichar) -2
                         ? p + 1 : g_utf8_next_char (p);

      if (is_wide_space (c))
        *q++ = ' ';
      else
        {
          memcpy (q, p, next - p);
          q += next - p;
        }
      p = next;
    }
  *q = '\0';
  return out;
}

#if HAVE_POPPLER
static char *
read_pdf (GBytes  *bytes,
          GError **error)
{
  g_autoptr(GObject) document_object = NULL;
  PopplerDocument *document;
  g_autoptr(GError) local_error = NULL;
  GString *text;
  int n_pages;

  document = poppler_document_new_from_bytes (bytes, NULL, &local_error);
  document_object = (GObject *) document;
  if (document == NULL)
    {
      g_set_error (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_PDF,
                   _("The PDF file cannot be read: %s"), local_error->message);
      return NULL;
    }

  n_pages = poppler_document_get_n_pages (document);
  text = g_string_new (NULL);
  for (int i = 0; i < n_pages; i++)
    {
      g_autoptr(GObject) page = (GObject *) poppler_document_get_page (document, i);
      g_autofree char *page_text = page ? poppler_page_get_text (POPPLER_PAGE (page)) : NULL;

      /* a form feed where a page begins, as pdftotext writes: the
       * extractor knows the page number and header around it for what
       * they are */
      if (i > 0)
        g_string_append_c (text, '\f');
      if (page_text != NULL)
        {
          g_string_append (text, page_text);
          g_string_append_c (text, '\n');
        }
    }

  if (is_blank (text->str))
    {
      g_string_free (text, TRUE);
      g_set_error_literal (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_PDF_NO_TEXT,
                           _("This PDF has no text layer: it is probably a scanned image. "
                             "Copy the text from the original document, or run it through "
                             "text recognition (OCR) first."));
      return NULL;
    }

  {
    char *nfc = _dt_import_normalize (text->str, text->len);

    g_string_free (text, TRUE);
    return nfc;
  }
}
#endif

/* Whether a stream of that name is in the compound file: its directory
 * holds the names in UTF-16LE */
static gboolean
has_stream_name (const char *data,
                 gsize       size,
                 const char *name)
{
  gsize length = strlen (name);
  g_autofree char *utf16 = g_malloc0 (2 * length);

  for (gsize i = 0; i < length; i++)
    utf16[2 * i] = name[i];
  return memmem (data, size, utf16, 2 * length) != NULL;
}

static void
set_ole_error (const char  *data,
               gsize        size,
               GError     **error)
{
  if (has_stream_name (data, size, "EncryptedPackage"))
    g_set_error_literal (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_PROTECTED,
                         _("This Word document is protected by a password. Open it in Word, "
                           "remove the password, save it, and import it again."));
  else
    g_set_error_literal (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_OLD_FORMAT,
                         _("This is an old Word document (.doc) or another Office file of before "
                           "2007. Open it in Word or LibreOffice, save it as a Word document "
                           "(.docx), and import that."));
}

static void
set_too_large (goffset   size,
               GError  **error)
{
  g_autofree char *formatted = g_format_size (size);

  g_set_error (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_TOO_LARGE,
               _("The file is too large to be a notice (%s)."), formatted);
}

static void
set_binary_error (GError **error)
{
  g_set_error_literal (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_BINARY,
                       _("The file is not text: import a plain text file (.txt), a PDF or a Word "
                         "document (.docx)."));
}

char *
dt_import_read_bytes (GBytes          *bytes,
                      DtImportFormat  *format,
                      GError         **error)
{
  g_autofree char *cleaned = NULL;
  const char *data;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (format)
    *format = DT_IMPORT_FORMAT_UTF8;

  if (size == 0 || data == NULL)
    {
      g_set_error_literal (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_EMPTY,
                           _("The file is empty: there is no text to import."));
      return NULL;
    }

  if (size > DT_IMPORT_MAX_SIZE)
    {
      set_too_large (size, error);
      return NULL;
    }

  if (size >= 4 && memcmp (data, "%PDF", 4) == 0)
    {
      if (format)
        *format = DT_IMPORT_FORMAT_PDF;
#if HAVE_POPPLER
      return read_pdf (bytes, error);
#else
      g_set_error_literal (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_UNSUPPORTED,
                           _("This version of the application cannot read PDF files. "
                             "Copy the text out of the PDF and import that instead."));
      return NULL;
#endif
    }

  if (dt_docx_reader_is_zip ((const guint8 *) data, size))
    {
      g_autofree char *text = NULL;

      if (format)
        *format = DT_IMPORT_FORMAT_DOCX;
      text = dt_docx_reader_read (bytes, error);
      return text ? check_not_empty (_dt_import_normalize (text, -1), error) : NULL;
    }

  if (size >= sizeof ole_magic && memcmp (data, ole_magic, sizeof ole_magic) == 0)
    {
      set_ole_error (data, size, error);
      return NULL;
    }

  /* UTF-16 with a byte order mark (Windows "Unicode" text) */
  if (size >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE)
                    || ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      g_autofree char *utf8 = g_convert (data, size, "UTF-8", "UTF-16", NULL, NULL, NULL);

      if (utf8 != NULL)
        {
          const char *start = g_str_has_prefix (utf8, "\xEF\xBB\xBF") ? utf8 + 3 : utf8;

          if (format)
            *format = DT_IMPORT_FORMAT_UTF16;
          return check_not_empty (_dt_import_normalize (start, -1), error);
        }
    }

  /* A NUL byte: binary data, unless it is a stray one far into a text (a
   * damaged copy), which must not cut the text short (C strings end there) */
  {
    const char *nul = memchr (data, '\0', size);

    if (nul != NULL)
      {
        gsize n_nul = 0;

        if (nul - data < SNIFF_SIZE)
          {
            set_binary_error (error);
            return NULL;
          }
        for (const char *p = nul; p != NULL; p = memchr (p + 1, '\0', size - (p + 1 - data)))
          if (++n_nul > size / MAX_NUL_RATIO)
            {
              set_binary_error (error);
              return NULL;
            }
        cleaned = g_memdup2 (data, size);
        for (char *p = cleaned + (nul - data); p != NULL; p = memchr (p + 1, '\0', size - (p + 1 - cleaned)))
          *p = ' ';
        data = cleaned;
      }
  }

  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      size -= 3;
    }

  if (g_utf8_validate_len (data, size, NULL))
    {
      /* what the extractor would refuse, refused before a copy of 50 MB */
      if (!dt_extractor_check_shape (data, size, error))
        return NULL;
      return check_not_empty (_dt_import_normalize (data, size), error);
    }

  /* Vietnamese text from older Windows programs */
  {
    g_autofree char *utf8 = g_convert (data, size, "UTF-8", "WINDOWS-1258", NULL, NULL, NULL);

    if (utf8 != NULL)
      {
        if (format)
          *format = DT_IMPORT_FORMAT_WINDOWS_1258;
        return check_not_empty (_dt_import_normalize (utf8, -1), error);
      }
  }

  g_set_error_literal (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_ENCODING,
                       _("The file is not in a known text encoding: it is neither UTF-8 nor "
                         "Windows-1258. Save it as UTF-8 text and try again."));
  return NULL;
}

/* At most DT_IMPORT_MAX_SIZE bytes, whatever the file said its size was
 * (files in /proc say 0; a file may grow while it is read) */
static GBytes *
read_limited (GInputStream  *stream,
              goffset        size_hint,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GByteArray) array = g_byte_array_sized_new ((guint) CLAMP (size_hint, 0, DT_IMPORT_MAX_SIZE) + 1);
  g_autofree guint8 *buffer = g_malloc (READ_CHUNK);

  for (;;)
    {
      gssize n = g_input_stream_read (stream, buffer, READ_CHUNK, cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      if (array->len + (gsize) n > DT_IMPORT_MAX_SIZE)
        {
          g_autofree char *limit = g_format_size (DT_IMPORT_MAX_SIZE);

          g_set_error (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_TOO_LARGE,
                       _("The file is too large to be a notice (more than %s)."), limit);
          return NULL;
        }
      g_byte_array_append (array, buffer, n);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&array));
}

/* GIO's messages are GLib's, in English wherever GLib's own translations
 * are not installed (a Flatpak): ours are made from the error's code, which
 * stays as it was for the caller. */
static void
set_io_error (GError  *local,
              GError **error)
{
  const char *message;

  if (local->domain != G_IO_ERROR || g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, local);
      return;
    }

  switch (local->code)
    {
    case G_IO_ERROR_NOT_FOUND:
      message = _("The file does not exist, or no longer does.");
      break;
    case G_IO_ERROR_PERMISSION_DENIED:
      message = _("You are not allowed to read this file.");
      break;
    case G_IO_ERROR_IS_DIRECTORY:
    case G_IO_ERROR_NOT_REGULAR_FILE:
      message = _("This is a folder, not a file.");
      break;
    case G_IO_ERROR_INVALID_FILENAME:
    case G_IO_ERROR_FILENAME_TOO_LONG:
    case G_IO_ERROR_NOT_DIRECTORY:
      message = _("There is no file by this name.");
      break;
    default:
      message = _("The file could not be read.");
      break;
    }

  g_set_error_literal (error, local->domain, local->code, message);
  g_error_free (local);
}

char *
dt_import_read_file (GFile           *file,
                     DtImportFormat  *format,
                     GCancellable    *cancellable,
                     GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  GError *local = NULL;
  GFileType type;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* the type before opening: opening a pipe with no writer would block */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local);
  if (info == NULL)
    {
      set_io_error (local, error);
      return NULL;
    }
  type = g_file_info_get_file_type (info);
  if (type != G_FILE_TYPE_REGULAR && !(type == G_FILE_TYPE_UNKNOWN && !g_file_is_native (file)))
    {
      g_set_error_literal (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_NOT_REGULAR,
                           _("This is not a file that can be imported: it is a folder, a device "
                             "or a pipe. Choose a notice saved as a text, PDF or Word file."));
      return NULL;
    }
  if (g_file_info_get_size (info) > DT_IMPORT_MAX_SIZE)
    {
      set_too_large (g_file_info_get_size (info), error);
      return NULL;
    }

  stream = g_file_read (file, cancellable, &local);
  if (stream == NULL)
    {
      set_io_error (local, error);
      return NULL;
    }
  bytes = read_limited (G_INPUT_STREAM (stream), g_file_info_get_size (info), cancellable, &local);
  if (bytes == NULL)
    {
      set_io_error (local, error);
      return NULL;
    }

  return dt_import_read_bytes (bytes, format, error);
}

const char *
dt_import_format_describe (DtImportFormat format)
{
  switch (format)
    {
    case DT_IMPORT_FORMAT_WINDOWS_1258:
      return _("The file was not UTF-8: it was read as Windows-1258 (Vietnamese) text. "
               "Check the accents of the extracted text.");
    case DT_IMPORT_FORMAT_UTF16:
      return _("The file was read as UTF-16 text.");
    case DT_IMPORT_FORMAT_PDF:
      return _("The text was taken from the PDF's text layer: check that table rows were read in order.");
    case DT_IMPORT_FORMAT_DOCX:
    case DT_IMPORT_FORMAT_UTF8:
    default:
      return NULL;
    }
}
