/* docx-fixture.c — Word documents and ZIP archives built in memory for the
 * reader's tests
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <archive_entry.h>
#include <string.h>

#include "dt-import-source.h"
#include "docx-fixture.h"

la_ssize_t
docx_write_to_array (struct archive *archive,
                     void           *array,
                     const void     *buffer,
                     size_t          length)
{
  g_byte_array_append (array, buffer, length);
  return length;
}

void
docx_add_entry (struct archive *archive,
                const char     *name,
                const void     *data,
                gsize           size)
{
  struct archive_entry *entry = archive_entry_new ();

  archive_entry_set_pathname (entry, name);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, size);
  g_assert_cmpint (archive_write_header (archive, entry), ==, ARCHIVE_OK);
  if (size > 0)
    g_assert_cmpint (archive_write_data (archive, data, size), ==, (la_ssize_t) size);
  archive_entry_free (entry);
}

struct archive *
docx_zip_new (GByteArray *array)
{
  struct archive *archive = archive_write_new ();

  g_assert_cmpint (archive_write_set_format_zip (archive), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open (archive, array, NULL, docx_write_to_array, NULL), ==, ARCHIVE_OK);
  return archive;
}

GBytes *
docx_zip_finish (struct archive *archive,
                 GByteArray     *array)
{
  g_assert_cmpint (archive_write_close (archive), ==, ARCHIVE_OK);
  archive_write_free (archive);
  return g_byte_array_free_to_bytes (array);
}

GBytes *
docx_make_zip (const char *name,
               ...)
{
  GByteArray *array = g_byte_array_new ();
  struct archive *archive = docx_zip_new (array);
  va_list args;

  va_start (args, name);
  for (; name != NULL; name = va_arg (args, const char *))
    {
      const char *content = va_arg (args, const char *);

      docx_add_entry (archive, name, content, strlen (content));
    }
  va_end (args);
  return docx_zip_finish (archive, array);
}

char *
docx_document_xml (const char *body)
{
  return g_strconcat ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<w:document xmlns:w=\"" W_NS "\" "
                      "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
                      "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                      "<w:body>", body, "<w:sectPr/></w:body></w:document>", NULL);
}

GBytes *
docx_make (const char *body,
           const char *numbering,
           const char *styles)
{
  g_autofree char *document = docx_document_xml (body);
  g_autofree char *numbering_xml = NULL;
  g_autofree char *styles_xml = NULL;
  GByteArray *array = g_byte_array_new ();
  struct archive *archive = docx_zip_new (array);
  static const char content_types[] =
    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";

  docx_add_entry (archive, "[Content_Types].xml", content_types, strlen (content_types));
  docx_add_entry (archive, "word/document.xml", document, strlen (document));
  if (numbering != NULL)
    {
      numbering_xml = g_strconcat ("<w:numbering xmlns:w=\"" W_NS "\">", numbering, "</w:numbering>", NULL);
      docx_add_entry (archive, "word/numbering.xml", numbering_xml, strlen (numbering_xml));
    }
  if (styles != NULL)
    {
      styles_xml = g_strconcat ("<w:styles xmlns:w=\"" W_NS "\">", styles, "</w:styles>", NULL);
      docx_add_entry (archive, "word/styles.xml", styles_xml, strlen (styles_xml));
    }
  return docx_zip_finish (archive, array);
}

static char *
read_docx (GBytes  *bytes,
           GError **error)
{
  DtImportFormat format = DT_IMPORT_FORMAT_UTF8;
  char *text = dt_import_read_bytes (bytes, &format, error);

  g_assert_cmpint (format, ==, DT_IMPORT_FORMAT_DOCX);
  return text;
}

void
docx_assert_text (const char *body,
                  const char *numbering,
                  const char *styles,
                  const char *expected)
{
  g_autoptr(GBytes) docx = docx_make (body, numbering, styles);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = read_docx (docx, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, expected);
}

/* List numbers ----------------------------------------------------------------- */

#define LVL(ilvl, fmt, text, start) \
  "<w:lvl w:ilvl=\"" #ilvl "\"><w:start w:val=\"" #start "\"/><w:numFmt w:val=\"" fmt "\"/>" \
  "<w:lvlText w:val=\"" text "\"/><w:lvlJc w:val=\"left\"/></w:lvl>"

const char docx_numbering[] =
  /* the usual notice: 1. / a) / - */
  "<w:abstractNum w:abstractNumId=\"10\">"
  LVL (0, "decimal", "%1.", 1) LVL (1, "lowerLetter", "%2)", 1) LVL (2, "bullet", "\xEF\x82\xB7", 1)
  "</w:abstractNum>"
  /* sections: I. / 1.1. (legal numbering) / I.1.1 / (i) */
  "<w:abstractNum w:abstractNumId=\"20\">"
  LVL (0, "upperRoman", "%1.", 1)
  "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:isLgl/>"
  "<w:lvlText w:val=\"%1.%2.\"/></w:lvl>"
  LVL (2, "decimal", "%1.%2.%3", 1) LVL (3, "lowerRoman", "(%4)", 1)
  "</w:abstractNum>"
  /* starting at 3, "+" below, no space after the number */
  "<w:abstractNum w:abstractNumId=\"30\">"
  "<w:lvl w:ilvl=\"0\"><w:start w:val=\"3\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1)\"/>"
  "<w:suff w:val=\"nothing\"/></w:lvl>"
  LVL (1, "bullet", "+", 1)
  "</w:abstractNum>"
  /* letters past z, and a level that never restarts */
  "<w:abstractNum w:abstractNumId=\"40\">"
  LVL (0, "upperLetter", "%1.", 26)
  "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlRestart w:val=\"0\"/>"
  "<w:lvlText w:val=\"%2/\"/></w:lvl>"
  "</w:abstractNum>"
  "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"10\"/></w:num>"
  /* another instance of the same list continues it */
  "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"10\"/></w:num>"
  /* "Restart numbering" */
  "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"10\"/>"
  "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
  "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"20\"/></w:num>"
  "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"30\"/></w:num>"
  "<w:num w:numId=\"6\"><w:abstractNumId w:val=\"40\"/></w:num>";

const char docx_styles[] =
  "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:basedOn w:val=\"Normal\"/>"
  "<w:pPr><w:numPr><w:numId w:val=\"4\"/></w:numPr></w:pPr></w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"Muc\"><w:basedOn w:val=\"Heading1\"/></w:style>";
