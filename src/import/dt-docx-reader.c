/* dt-docx-reader.c — the text of a Word document (.docx)
 *
 * A .docx is a ZIP archive (read with libarchive) of XML parts (read with
 * libxml2's streaming reader, dt-docx-xml.c).  The text is in word/document.xml: w:p
 * paragraphs of w:r runs of w:t text, w:tbl tables of w:tr rows of w:tc
 * cells.  Automatic list numbers are not in the text: they come from
 * word/numbering.xml and word/styles.xml (dt-docx-numbering.c).
 *
 * The text comes out as a person copying it from Word would get it, in the
 * shape the extractor reads: a line a paragraph, its list number in front;
 * a line a table row, the cells joined with " | " and the paragraphs of a
 * cell with a space.  A line break (Shift+Enter) ends the line as on the
 * page, except in a table cell, where it is a space so that the row stays
 * one line; a tab is a space.  Deleted revisions, field codes, hidden text
 * and the fallback copies of text boxes are not text.
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n.h>
#include <string.h>

#include "dt-docx-private.h"
#include "dt-docx-reader.h"
#include "dt-import-source.h"

/* a Word document has a few dozen parts, a large one a few thousand */
#define MAX_ENTRIES 65536
#define CHUNK_SIZE 65536

/* The archive ----------------------------------------------------------------- */

typedef struct
{
  GByteArray *document;
  GByteArray *numbering;
  GByteArray *styles;
} Parts;

static void
parts_clear (Parts *parts)
{
  g_clear_pointer (&parts->document, g_byte_array_unref);
  g_clear_pointer (&parts->numbering, g_byte_array_unref);
  g_clear_pointer (&parts->styles, g_byte_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Parts, parts_clear)

void
_dt_docx_set_too_large (GError **error)
{
  g_autofree char *limit = g_format_size (DT_DOCX_MAX_EXPANDED_SIZE);

  g_set_error (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_TOO_LARGE,
               _("The Word document expands to more than %s when unpacked: it is not a notice, "
                 "or it is damaged."), limit);
}

void
_dt_docx_set_not_word (GError **error)
{
  g_set_error_literal (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_NOT_WORD,
                       _("This file is an archive, not a Word document. Import a Word document "
                         "(.docx), a PDF or a plain text file; save an OpenDocument text (.odt) "
                         "as .docx first."));
}

static void
set_archive_damaged (struct archive  *archive,
                     GError         **error)
{
  const char *detail = archive != NULL ? archive_error_string (archive) : NULL;

  _dt_docx_set_damaged (error, detail != NULL ? detail : "ZIP");
}

static GByteArray **
part_slot (Parts      *parts,
           const char *name)
{
  /* names in the package are case-insensitive */
  if (g_ascii_strcasecmp (name, "word/document.xml") == 0)
    return &parts->document;
  if (g_ascii_strcasecmp (name, "word/numbering.xml") == 0)
    return &parts->numbering;
  if (g_ascii_strcasecmp (name, "word/styles.xml") == 0)
    return &parts->styles;
  return NULL;
}

static gboolean
read_entry (struct archive  *archive,
            GByteArray      *into,
            gsize           *budget,
            GError         **error)
{
  g_autofree guint8 *buffer = g_malloc (CHUNK_SIZE);

  for (;;)
    {
      la_ssize_t n = archive_read_data (archive, buffer, CHUNK_SIZE);

      if (n == 0)
        return TRUE;
      if (n < 0)
        {
          set_archive_damaged (archive, error);
          return FALSE;
        }
      /* counted on what comes out, whatever the header claims */
      if ((gsize) n > *budget)
        {
          _dt_docx_set_too_large (error);
          return FALSE;
        }
      *budget -= n;
      g_byte_array_append (into, buffer, n);
    }
}

static gboolean
read_parts (GBytes   *bytes,
            Parts    *parts,
            GError  **error)
{
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  gsize budget = DT_DOCX_MAX_EXPANDED_SIZE;
  gsize size;
  const void *data = g_bytes_get_data (bytes, &size);
  gboolean ok = TRUE;

  archive_read_support_format_zip (archive);
  if (archive_read_open_memory (archive, data, size) != ARCHIVE_OK)
    {
      set_archive_damaged (archive, error);
      archive_read_free (archive);
      return FALSE;
    }

  for (guint n_entries = 0; ok; n_entries++)
    {
      const char *name;
      GByteArray **slot;
      int ret = archive_read_next_header (archive, &entry);

      if (ret == ARCHIVE_EOF)
        break;
      if (ret < ARCHIVE_WARN || n_entries >= MAX_ENTRIES)
        {
          /* past MAX_ENTRIES: no Word document has that many parts */
          set_archive_damaged (ret < ARCHIVE_WARN ? archive : NULL, error);
          ok = FALSE;
          break;
        }

      name = archive_entry_pathname (entry);
      slot = name ? part_slot (parts, name) : NULL;
      if (slot == NULL || *slot != NULL)
        continue;

      if (archive_entry_is_encrypted (entry))
        {
          g_set_error_literal (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_PROTECTED,
                               _("This Word document is protected by a password. Open it in Word, "
                                 "remove the password, save it, and import it again."));
          ok = FALSE;
          break;
        }
      *slot = g_byte_array_new ();
      ok = read_entry (archive, *slot, &budget, error);
    }

  archive_read_free (archive);
  return ok;
}

/* The document ---------------------------------------------------------------- */

gboolean
dt_docx_reader_is_zip (const guint8 *data,
                       gsize         size)
{
  /* a local file header, or the end record of an empty archive */
  return size >= 4 && data[0] == 'P' && data[1] == 'K'
         && ((data[2] == 3 && data[3] == 4) || (data[2] == 5 && data[3] == 6));
}

char *
dt_docx_reader_read (GBytes  *bytes,
                     GError **error)
{
  g_auto(Parts) parts = { NULL, };

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_parts (bytes, &parts, error))
    return NULL;
  if (parts.document == NULL)
    {
      _dt_docx_set_not_word (error);
      return NULL;
    }
  return _dt_docx_read_parts (parts.document, parts.numbering, parts.styles, error);
}
