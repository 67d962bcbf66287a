/* test-docx-bad.c — Word documents the reader refuses: not Word, empty,
 * damaged, protected, entities, bombs
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <string.h>

#include "dt-docx-reader.h"
#include "dt-import-source.h"
#include "docx-fixture.h"

static void
assert_refused (GBytes *bytes,
                int     code)
{
  g_autoptr(GError) error = NULL;
  char *text = dt_import_read_bytes (bytes, NULL, &error);

  g_assert_null (text);
  g_assert_error (error, DT_IMPORT_ERROR, code);
  g_test_message ("%s", error->message);
}

static void
test_not_word (void)
{
  g_autoptr(GBytes) odt = docx_make_zip ("mimetype", "application/vnd.oasis.opendocument.text",
                                         "content.xml", "<office:document-content/>", NULL);
  g_autoptr(GBytes) xlsx = docx_make_zip ("[Content_Types].xml", "<Types/>",
                                          "xl/workbook.xml", "<workbook/>", NULL);
  g_autoptr(GBytes) other_root = docx_make_zip ("word/document.xml",
                                                "<w:ftr xmlns:w=\"" W_NS "\"><w:p/></w:ftr>", NULL);
  g_autoptr(GBytes) empty_zip = docx_make_zip (NULL);

  assert_refused (odt, DT_IMPORT_ERROR_NOT_WORD);
  assert_refused (xlsx, DT_IMPORT_ERROR_NOT_WORD);
  assert_refused (other_root, DT_IMPORT_ERROR_NOT_WORD);
  assert_refused (empty_zip, DT_IMPORT_ERROR_NOT_WORD);
}

static void
test_empty (void)
{
  g_autoptr(GBytes) docx = docx_make ("<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>", NULL, NULL);

  assert_refused (docx, DT_IMPORT_ERROR_EMPTY);
}

static void
test_damaged (void)
{
  g_autoptr(GBytes) good = docx_make (P (1, 0, "Sở Y tế rà soát") "<w:p><w:r><w:t>Một đoạn dài</w:t></w:r></w:p>",
                                      docx_numbering, docx_styles);
  g_autoptr(GBytes) malformed = docx_make_zip ("word/document.xml",
                                               "<w:document xmlns:w=\"" W_NS "\"><w:body><w:p><w:r>"
                                               "<w:t>Sở Y tế</w:body>", NULL);
  g_autoptr(GBytes) bad_numbering = docx_make_zip ("word/document.xml",
                                                   "<w:document xmlns:w=\"" W_NS "\"><w:body/></w:document>",
                                                   "word/numbering.xml", "<w:numbering", NULL);
  gsize size;
  const guint8 *data = g_bytes_get_data (good, &size);

  /* cut anywhere after its first header: damaged, never read in part */
  for (gsize cut = 30; cut < size; cut += 7)
    {
      g_autoptr(GBytes) truncated = g_bytes_new (data, cut);
      g_autoptr(GError) error = NULL;
      g_autofree char *text = dt_import_read_bytes (truncated, NULL, &error);

      if (text != NULL)
        {
          /* only when what is cut is past the parts read (the central directory) */
          g_assert_cmpstr (text, ==, "1. Sở Y tế rà soát\nMột đoạn dài\n");
          continue;
        }
      g_assert_error (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_DAMAGED);
    }

  assert_refused (malformed, DT_IMPORT_ERROR_DAMAGED);
  assert_refused (bad_numbering, DT_IMPORT_ERROR_DAMAGED);
}

static void
test_entities (void)
{
  /* a Word part has no document type: one with entities (the "billion
   * laughs", a file or a URL to fetch) is refused, nothing expanded */
  g_autoptr(GBytes) laughs = docx_make_zip ("word/document.xml",
                                            "<?xml version=\"1.0\"?>"
                                            "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">"
                                            "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                                            "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                                            "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
                                            "<w:document xmlns:w=\"" W_NS "\"><w:body><w:p><w:r>"
                                            "<w:t>&d;</w:t></w:r></w:p></w:body></w:document>", NULL);
  g_autoptr(GBytes) external = docx_make_zip ("word/document.xml",
                                              "<?xml version=\"1.0\"?>"
                                              "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                              "<w:document xmlns:w=\"" W_NS "\"><w:body><w:p><w:r>"
                                              "<w:t>&x;</w:t></w:r></w:p></w:body></w:document>", NULL);

  assert_refused (laughs, DT_IMPORT_ERROR_DAMAGED);
  assert_refused (external, DT_IMPORT_ERROR_DAMAGED);
}

/* An OLE compound file: its header, then a directory with these stream
 * names (UTF-16LE, as the format stores them) */
static GBytes *
make_ole (const char *stream_name)
{
  static const guint8 magic[] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
  GByteArray *array = g_byte_array_new ();
  guint8 zeros[512] = { 0, };

  g_byte_array_append (array, magic, sizeof magic);
  g_byte_array_append (array, zeros, sizeof zeros - sizeof magic);
  for (const char *p = "Root Entry"; ; p++)
    {
      guint8 unit[2] = { (guint8) *p, 0 };

      g_byte_array_append (array, unit, 2);
      if (*p == '\0')
        break;
    }
  g_byte_array_append (array, zeros, 64);
  for (const char *p = stream_name; ; p++)
    {
      guint8 unit[2] = { (guint8) *p, 0 };

      g_byte_array_append (array, unit, 2);
      if (*p == '\0')
        break;
    }
  g_byte_array_append (array, zeros, sizeof zeros);
  return g_byte_array_free_to_bytes (array);
}

static void
test_protected (void)
{
  g_autoptr(GBytes) encrypted = make_ole ("EncryptedPackage");
  g_autoptr(GBytes) old_doc = make_ole ("WordDocument");
  GByteArray *array;
  g_autofree char *document = docx_document_xml ("<w:p><w:r><w:t>Mật</w:t></w:r></w:p>");
  struct archive *archive = archive_write_new ();
  g_autoptr(GBytes) encrypted_zip = NULL;

  assert_refused (encrypted, DT_IMPORT_ERROR_PROTECTED);
  assert_refused (old_doc, DT_IMPORT_ERROR_OLD_FORMAT);

  /* a ZIP whose entries are encrypted */
  g_assert_cmpint (archive_write_set_format_zip (archive), ==, ARCHIVE_OK);
  if (archive_write_set_options (archive, "zip:encryption=zipcrypt") != ARCHIVE_OK
      || archive_write_set_passphrase (archive, "secret") != ARCHIVE_OK)
    {
      archive_write_free (archive);
      g_test_message ("libarchive writes no encrypted ZIP here: not tried");
      return;
    }
  array = g_byte_array_new ();
  g_assert_cmpint (archive_write_open (archive, array, NULL, docx_write_to_array, NULL), ==, ARCHIVE_OK);
  docx_add_entry (archive, "word/document.xml", document, strlen (document));
  encrypted_zip = docx_zip_finish (archive, array);
  assert_refused (encrypted_zip, DT_IMPORT_ERROR_PROTECTED);
}

static void
test_zip_bomb (void)
{
  /* 80 MB of text in a few hundred kilobytes */
  const gsize expanded = 80 * 1024 * 1024;
  g_autofree char *head = NULL;
  g_autofree char *filler = g_malloc (1024 * 1024);
  GByteArray *array = g_byte_array_new ();
  struct archive *archive = docx_zip_new (array);
  struct archive_entry *entry = archive_entry_new ();
  g_autoptr(GBytes) bomb = NULL;

  head = g_strdup ("<w:document xmlns:w=\"" W_NS "\"><w:body><w:p><w:r><w:t>");
  memset (filler, 'a', 1024 * 1024);
  archive_entry_set_pathname (entry, "word/document.xml");
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, strlen (head) + expanded);
  g_assert_cmpint (archive_write_header (archive, entry), ==, ARCHIVE_OK);
  archive_write_data (archive, head, strlen (head));
  for (gsize written = 0; written < expanded; written += 1024 * 1024)
    archive_write_data (archive, filler, 1024 * 1024);
  archive_entry_free (entry);
  bomb = docx_zip_finish (archive, array);
  g_assert_cmpuint (g_bytes_get_size (bomb), <, expanded / 100);
  g_assert_cmpuint (expanded, >, DT_DOCX_MAX_EXPANDED_SIZE);

  assert_refused (bomb, DT_IMPORT_ERROR_TOO_LARGE);
}

static void
test_numbers_bomb (void)
{
  /* every empty paragraph numbered by the default style with a long label:
   * the text made, not only the XML read, is bounded */
  static const char numbering_xml[] =
    "<w:numbering xmlns:w=\"" W_NS "\"><w:abstractNum w:abstractNumId=\"1\">"
    "<w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"lowerLetter\"/><w:start w:val=\"200\"/>"
    "<w:lvlText w:val=\"%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1\"/></w:lvl>"
    "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>";
  static const char styles_xml[] =
    "<w:styles xmlns:w=\"" W_NS "\"><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"N\">"
    "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style></w:styles>";
  g_autoptr(GString) document = g_string_new ("<w:document xmlns:w=\"" W_NS "\"><w:body>");
  GByteArray *array = g_byte_array_new ();
  struct archive *archive = docx_zip_new (array);
  g_autoptr(GBytes) bomb = NULL;

  /* 6 bytes of XML a paragraph, some 200 of text */
  while (document->len < 4 * 1000 * 1000)
    g_string_append (document, "<w:p/>");
  g_string_append (document, "</w:body></w:document>");
  docx_add_entry (archive, "word/document.xml", document->str, document->len);
  docx_add_entry (archive, "word/numbering.xml", numbering_xml, strlen (numbering_xml));
  docx_add_entry (archive, "word/styles.xml", styles_xml, strlen (styles_xml));
  bomb = docx_zip_finish (archive, array);

  assert_refused (bomb, DT_IMPORT_ERROR_TOO_LARGE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/docx/not-word", test_not_word);
  g_test_add_func ("/docx/empty", test_empty);
  g_test_add_func ("/docx/damaged", test_damaged);
  g_test_add_func ("/docx/entities", test_entities);
  g_test_add_func ("/docx/protected", test_protected);
  g_test_add_func ("/docx/zip-bomb", test_zip_bomb);
  g_test_add_func ("/docx/numbers-bomb", test_numbers_bomb);

  return g_test_run ();
}
