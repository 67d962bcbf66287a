/* test-docx.c — Word documents: text, list numbers, tables, bad files
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <string.h>

#include "dt-docx-reader.h"
#include "dt-extractor.h"
#include "dt-import-source.h"

#define CORPUS_01 "01_ttg-ct07-2012-kkt-kcn-ccn"
#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

/* Building archives ------------------------------------------------------------ */

static la_ssize_t
write_to_array (struct archive *archive,
                void           *array,
                const void     *buffer,
                size_t          length)
{
  g_byte_array_append (array, buffer, length);
  return length;
}

static void
add_entry (struct archive *archive,
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

static struct archive *
zip_new (GByteArray *array)
{
  struct archive *archive = archive_write_new ();

  g_assert_cmpint (archive_write_set_format_zip (archive), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open (archive, array, NULL, write_to_array, NULL), ==, ARCHIVE_OK);
  return archive;
}

static GBytes *
zip_finish (struct archive *archive,
            GByteArray     *array)
{
  g_assert_cmpint (archive_write_close (archive), ==, ARCHIVE_OK);
  archive_write_free (archive);
  return g_byte_array_free_to_bytes (array);
}

/* A ZIP archive of name, content pairs, NULL-terminated */
static GBytes *
make_zip (const char *name,
          ...)
{
  GByteArray *array = g_byte_array_new ();
  struct archive *archive = zip_new (array);
  va_list args;

  va_start (args, name);
  for (; name != NULL; name = va_arg (args, const char *))
    {
      const char *content = va_arg (args, const char *);

      add_entry (archive, name, content, strlen (content));
    }
  va_end (args);
  return zip_finish (archive, array);
}

static char *
document_xml (const char *body)
{
  return g_strconcat ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<w:document xmlns:w=\"" W_NS "\" "
                      "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
                      "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                      "<w:body>", body, "<w:sectPr/></w:body></w:document>", NULL);
}

/* A .docx: the document's body, and numbering and styles when not NULL */
static GBytes *
make_docx (const char *body,
           const char *numbering,
           const char *styles)
{
  g_autofree char *document = document_xml (body);
  g_autofree char *numbering_xml = NULL;
  g_autofree char *styles_xml = NULL;
  GByteArray *array = g_byte_array_new ();
  struct archive *archive = zip_new (array);
  static const char content_types[] =
    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";

  add_entry (archive, "[Content_Types].xml", content_types, strlen (content_types));
  add_entry (archive, "word/document.xml", document, strlen (document));
  if (numbering != NULL)
    {
      numbering_xml = g_strconcat ("<w:numbering xmlns:w=\"" W_NS "\">", numbering, "</w:numbering>", NULL);
      add_entry (archive, "word/numbering.xml", numbering_xml, strlen (numbering_xml));
    }
  if (styles != NULL)
    {
      styles_xml = g_strconcat ("<w:styles xmlns:w=\"" W_NS "\">", styles, "</w:styles>", NULL);
      add_entry (archive, "word/styles.xml", styles_xml, strlen (styles_xml));
    }
  return zip_finish (archive, array);
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

static void
assert_docx_text (const char *body,
                  const char *numbering,
                  const char *styles,
                  const char *expected)
{
  g_autoptr(GBytes) docx = make_docx (body, numbering, styles);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = read_docx (docx, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, expected);
}

/* The corpus document: the .docx reads as its text copy ---------------------- */

static char *
read_test_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "import", "corpus", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  char *text = dt_import_read_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return text;
}

/* Runs of white space (no-break spaces too) as one space, none at the ends */
static char *
squeeze (const char *line)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
    }
  return g_string_free (out, FALSE);
}

/* The non-empty lines of a text, squeezed */
static GPtrArray *
text_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = squeeze (lines[i]);

      if (*line != '\0')
        g_ptr_array_add (out, line);
      else
        g_free (line);
    }
  return out;
}

static void
test_corpus_text (void)
{
  g_autofree char *docx_text = read_test_file (CORPUS_01 ".docx");
  g_autofree char *txt_text = read_test_file (CORPUS_01 ".txt");
  const char *txt_body = strchr (txt_text, '\n') + 1;
  g_autoptr(GPtrArray) docx = text_lines (docx_text);
  g_autoptr(GPtrArray) txt = NULL;
  guint i = 0, j = 0, joined = 0;

  g_assert_true (g_str_has_prefix (txt_text, "# source:"));
  txt = text_lines (txt_body);

  /* Line for line, but for one difference: the text copy ends a line at
   * each line break (Shift+Enter), and the reader does too, except in a
   * table cell, where a break is a space so that the row stays one line.
   * So a docx line is a text line, or a table row that is several
   * consecutive text lines joined with spaces. */
  for (; i < docx->len && j < txt->len; i++)
    {
      const char *want = g_ptr_array_index (docx, i);
      g_autoptr(GString) got = g_string_new (g_ptr_array_index (txt, j++));

      while (strcmp (got->str, want) != 0 && j < txt->len && g_str_has_prefix (want, got->str)
             && want[got->len] == ' ')
        {
          g_string_append_printf (got, " %s", (const char *) g_ptr_array_index (txt, j++));
          if (strcmp (got->str, want) == 0)
            {
              /* only table rows are joined */
              g_assert_nonnull (strstr (want, " | "));
              joined++;
            }
        }
      g_assert_cmpstr (want, ==, got->str);
    }
  g_assert_cmpuint (i, ==, docx->len);
  g_assert_cmpuint (j, ==, txt->len);
  /* the letterhead and the recipients/signature rows */
  g_assert_cmpuint (joined, ==, 2);
}

static void
assert_same_unit (const char *a,
                  const char *b)
{
  g_assert_cmpstr (a, ==, b);
}

static void
test_corpus_directives (void)
{
  g_autofree char *docx_text = read_test_file (CORPUS_01 ".docx");
  g_autofree char *txt_text = read_test_file (CORPUS_01 ".txt");
  g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
  g_autoptr(DtExtraction) from_docx = NULL;
  g_autoptr(DtExtraction) from_txt = NULL;
  g_autoptr(GError) error = NULL;

  from_docx = dt_extractor_extract (extractor, docx_text, -1, NULL, &error);
  g_assert_no_error (error);
  from_txt = dt_extractor_extract (extractor, strchr (txt_text, '\n') + 1, -1, NULL, &error);
  g_assert_no_error (error);

  /* compared with each other, not with fixed figures: the extractor changes */
  g_test_message ("%u directives from the .txt, %u from the .docx",
                  from_txt->directives->len, from_docx->directives->len);
  g_assert_cmpstr (from_docx->number, ==, from_txt->number);
  g_assert_cmpuint (from_docx->issue_date, ==, from_txt->issue_date);
  g_assert_cmpuint (from_docx->directives->len, ==, from_txt->directives->len);
  for (guint i = 0; i < from_txt->directives->len; i++)
    {
      DtExtractedDirective *a = g_ptr_array_index (from_txt->directives, i);
      DtExtractedDirective *b = g_ptr_array_index (from_docx->directives, i);
      g_autofree char *text_a = squeeze (a->text);
      g_autofree char *text_b = squeeze (b->text);
      g_autofree char *deadline_a = dt_extracted_directive_dup_deadline_string (a);
      g_autofree char *deadline_b = dt_extracted_directive_dup_deadline_string (b);

      g_assert_cmpstr (text_b, ==, text_a);
      assert_same_unit (b->lead_unit, a->lead_unit);
      g_assert_cmpstr (b->deadline_phrase, ==, a->deadline_phrase);
      g_assert_cmpstr (deadline_b, ==, deadline_a);
    }
}

/* Paragraphs, runs, tables ------------------------------------------------------ */

static void
test_paragraphs (void)
{
  /* runs join; a tab is a space; a line break ends the line; deleted text,
   * field codes and hidden text are not on the page; inserted text is;
   * a text box's text comes once (not again from its fallback copy) */
  assert_docx_text ("<w:p><w:r><w:t>Sở Y </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>tế</w:t></w:r></w:p>"
                    "<w:p/>"
                    "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
                    "<w:r><w:t>a)</w:t><w:tab/><w:t>Rà soát</w:t><w:br/><w:t>xong</w:t></w:r></w:p>"
                    "<w:p><w:del><w:r><w:delText>cũ </w:delText></w:r></w:del>"
                    "<w:ins><w:r><w:t>mới</w:t></w:r></w:ins>"
                    "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                    "<w:r><w:instrText> PAGE </w:instrText></w:r>"
                    "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t> 3</w:t></w:r>"
                    "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                    "<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r>"
                    "<w:r><w:noBreakHyphen/><w:t>x</w:t></w:r></w:p>"
                    "<w:p><w:r><w:t>Trước</w:t></w:r>"
                    "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>"
                    "<w:txbxContent><w:p><w:r><w:t>Trong hộp</w:t></w:r></w:p></w:txbxContent>"
                    "</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
                    "<w:p><w:r><w:t>Trong hộp</w:t></w:r></w:p></w:txbxContent></w:pict>"
                    "</mc:Fallback></mc:AlternateContent></w:r>"
                    "<w:r><w:t xml:space=\"preserve\"> sau</w:t></w:r></w:p>",
                    NULL, NULL,
                    "Sở Y tế\n"
                    "\n"
                    "a) Rà soát\nxong\n"
                    "mới 3-x\n"
                    "Trước sau\n"
                    "Trong hộp\n");
}

static void
test_tables (void)
{
  /* a row a line, cells joined with " | ", a cell's paragraphs and line
   * breaks with a space; an empty cell keeps its place; a nested table's
   * text stays in its cell; a row of empty cells is layout, not text */
  assert_docx_text ("<w:p><w:r><w:t>PHỤ LỤC</w:t></w:r></w:p>"
                    "<w:tbl><w:tblPr/><w:tblGrid/>"
                    "<w:tr><w:tc><w:p><w:r><w:t>TT</w:t></w:r></w:p></w:tc>"
                    "<w:tc><w:p><w:r><w:t>Nhiệm vụ</w:t></w:r></w:p></w:tc>"
                    "<w:tc><w:p><w:r><w:t>Thời hạn</w:t></w:r></w:p></w:tc></w:tr>"
                    "<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>"
                    "<w:tc><w:p><w:r><w:t>Rà soát</w:t></w:r></w:p>"
                    "<w:p><w:r><w:t>quy hoạch</w:t><w:br/><w:t>chung</w:t></w:r></w:p></w:tc>"
                    "<w:tc><w:p><w:r><w:t>Quý IV/2025</w:t></w:r></w:p></w:tc></w:tr>"
                    "<w:tr><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc>"
                    "<w:tc><w:p/></w:tc>"
                    "<w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Năm</w:t></w:r></w:p></w:tc>"
                    "<w:tc><w:p><w:r><w:t>2026</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
                    "<w:p/></w:tc></w:tr>"
                    "<w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>"
                    "</w:tbl>"
                    "<w:p><w:r><w:t>Nơi nhận:</w:t></w:r></w:p>",
                    NULL, NULL,
                    "PHỤ LỤC\n"
                    "TT | Nhiệm vụ | Thời hạn\n"
                    "1 | Rà soát quy hoạch chung | Quý IV/2025\n"
                    "2 |  | Năm 2026\n"
                    "Nơi nhận:\n");
}

static void
test_merged_cells (void)
{
  /* a lead unit's cell merged down over its tasks is repeated on each row,
   * as the row reads in Word; a cell spanning columns is one cell */
  assert_docx_text ("<w:tbl>"
                    "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>Nhiệm vụ</w:t></w:r></w:p></w:tc>"
                    "<w:tc><w:p><w:r><w:t>Chủ trì</w:t></w:r></w:p></w:tc></w:tr>"
                    "<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>"
                    "<w:tc><w:p><w:r><w:t>Rà soát</w:t></w:r></w:p></w:tc>"
                    "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>Sở Xây dựng</w:t></w:r></w:p></w:tc></w:tr>"
                    "<w:tr><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc>"
                    "<w:tc><w:p><w:r><w:t>Báo cáo</w:t></w:r></w:p></w:tc>"
                    "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>"
                    "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>"
                    "<w:tc><w:p><w:r><w:t>Tổng hợp</w:t></w:r></w:p></w:tc>"
                    "<w:tc><w:tcPr><w:vMerge w:val=\"continue\"/></w:tcPr><w:p/></w:tc></w:tr>"
                    "</w:tbl>"
                    "<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
                    "<w:tc><w:p><w:r><w:t>Bảng khác</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
                    NULL, NULL,
                    "Nhiệm vụ | Chủ trì\n"
                    "1 | Rà soát | Sở Xây dựng\n"
                    "2 | Báo cáo | Sở Xây dựng\n"
                    "Tổng hợp | Sở Xây dựng\n"
                    " | Bảng khác\n");
}

/* List numbers ----------------------------------------------------------------- */

#define LVL(ilvl, fmt, text, start) \
  "<w:lvl w:ilvl=\"" #ilvl "\"><w:start w:val=\"" #start "\"/><w:numFmt w:val=\"" fmt "\"/>" \
  "<w:lvlText w:val=\"" text "\"/><w:lvlJc w:val=\"left\"/></w:lvl>"

static const char numbering[] =
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

static const char styles[] =
  "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:basedOn w:val=\"Normal\"/>"
  "<w:pPr><w:numPr><w:numId w:val=\"4\"/></w:numPr></w:pPr></w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"Muc\"><w:basedOn w:val=\"Heading1\"/></w:style>";

#define P(num, lvl, text) \
  "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" #lvl "\"/><w:numId w:val=\"" #num "\"/></w:numPr></w:pPr>" \
  "<w:r><w:t>" text "</w:t></w:r></w:p>"
#define P_STYLE(style, text) \
  "<w:p><w:pPr><w:pStyle w:val=\"" style "\"/></w:pPr><w:r><w:t>" text "</w:t></w:r></w:p>"

static void
test_numbering (void)
{
  assert_docx_text (P (1, 0, "Sở Y tế:") P (1, 1, "Rà soát;") P (1, 1, "Báo cáo;")
                    P (1, 2, "chi tiết") P (1, 0, "Sở Tài chính:") P (1, 1, "Bố trí vốn.")
                    "<w:p><w:r><w:t>Đoạn không đánh số</w:t></w:r></w:p>"
                    P (2, 0, "Sở Xây dựng") P (3, 0, "Danh sách mới") P (3, 0, "Mục hai")
                    P (4, 0, "NHIỆM VỤ") P (4, 1, "Chung") P (4, 2, "Riêng") P (4, 3, "Chi tiết")
                    P (4, 3, "Nữa") P (4, 0, "TỔ CHỨC") P (4, 1, "Phân công")
                    P (5, 0, "Ba") P (5, 1, "cộng") P (5, 0, "Bốn")
                    P (6, 0, "Z") P (6, 1, "một") P (6, 0, "AA") P (6, 1, "hai")
                    P (0, 0, "Số đã bỏ"),
                    numbering, NULL,
                    "1. Sở Y tế:\n"
                    "a) Rà soát;\n"
                    "b) Báo cáo;\n"
                    "- chi tiết\n"
                    "2. Sở Tài chính:\n"
                    "a) Bố trí vốn.\n"
                    "Đoạn không đánh số\n"
                    "3. Sở Xây dựng\n"
                    "1. Danh sách mới\n"
                    "2. Mục hai\n"
                    "I. NHIỆM VỤ\n"
                    "1.1. Chung\n"
                    "I.1.1 Riêng\n"
                    "(i) Chi tiết\n"
                    "(ii) Nữa\n"
                    "II. TỔ CHỨC\n"
                    "2.1. Phân công\n"
                    "3)Ba\n"
                    "+ cộng\n"
                    "4)Bốn\n"
                    "Z. Z\n"
                    "1/ một\n"
                    "AA. AA\n"
                    "2/ hai\n"
                    "Số đã bỏ\n");
}

static void
test_numbering_styles (void)
{
  /* numbered through the paragraph style, or one based on it; a direct
   * numId 0 takes it off */
  assert_docx_text (P_STYLE ("Heading1", "NHIỆM VỤ") P_STYLE ("Muc", "GIẢI PHÁP")
                    P_STYLE ("Normal", "Thường")
                    "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>"
                    "</w:pPr><w:r><w:t>Không số</w:t></w:r></w:p>"
                    P_STYLE ("Heading1", "TỔ CHỨC"),
                    numbering, styles,
                    "I. NHIỆM VỤ\n"
                    "II. GIẢI PHÁP\n"
                    "Thường\n"
                    "Không số\n"
                    "III. TỔ CHỨC\n");
}

/* Bad files ----------------------------------------------------------------------- */

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
  g_autoptr(GBytes) odt = make_zip ("mimetype", "application/vnd.oasis.opendocument.text",
                                    "content.xml", "<office:document-content/>", NULL);
  g_autoptr(GBytes) xlsx = make_zip ("[Content_Types].xml", "<Types/>",
                                     "xl/workbook.xml", "<workbook/>", NULL);
  g_autoptr(GBytes) other_root = make_zip ("word/document.xml",
                                           "<w:ftr xmlns:w=\"" W_NS "\"><w:p/></w:ftr>", NULL);
  g_autoptr(GBytes) empty_zip = make_zip (NULL);

  assert_refused (odt, DT_IMPORT_ERROR_NOT_WORD);
  assert_refused (xlsx, DT_IMPORT_ERROR_NOT_WORD);
  assert_refused (other_root, DT_IMPORT_ERROR_NOT_WORD);
  assert_refused (empty_zip, DT_IMPORT_ERROR_NOT_WORD);
}

static void
test_empty (void)
{
  g_autoptr(GBytes) docx = make_docx ("<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>", NULL, NULL);

  assert_refused (docx, DT_IMPORT_ERROR_EMPTY);
}

static void
test_damaged (void)
{
  g_autoptr(GBytes) good = make_docx (P (1, 0, "Sở Y tế rà soát") "<w:p><w:r><w:t>Một đoạn dài</w:t></w:r></w:p>",
                                      numbering, styles);
  g_autoptr(GBytes) malformed = make_zip ("word/document.xml",
                                          "<w:document xmlns:w=\"" W_NS "\"><w:body><w:p><w:r>"
                                          "<w:t>Sở Y tế</w:body>", NULL);
  g_autoptr(GBytes) bad_numbering = make_zip ("word/document.xml",
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
  g_autoptr(GBytes) laughs = make_zip ("word/document.xml",
                                       "<?xml version=\"1.0\"?>"
                                       "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">"
                                       "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                                       "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                                       "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
                                       "<w:document xmlns:w=\"" W_NS "\"><w:body><w:p><w:r>"
                                       "<w:t>&d;</w:t></w:r></w:p></w:body></w:document>", NULL);
  g_autoptr(GBytes) external = make_zip ("word/document.xml",
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
  g_autofree char *document = document_xml ("<w:p><w:r><w:t>Mật</w:t></w:r></w:p>");
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
  g_assert_cmpint (archive_write_open (archive, array, NULL, write_to_array, NULL), ==, ARCHIVE_OK);
  add_entry (archive, "word/document.xml", document, strlen (document));
  encrypted_zip = zip_finish (archive, array);
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
  struct archive *archive = zip_new (array);
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
  bomb = zip_finish (archive, array);
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
  struct archive *archive = zip_new (array);
  g_autoptr(GBytes) bomb = NULL;

  /* 6 bytes of XML a paragraph, some 200 of text */
  while (document->len < 4 * 1000 * 1000)
    g_string_append (document, "<w:p/>");
  g_string_append (document, "</w:body></w:document>");
  add_entry (archive, "word/document.xml", document->str, document->len);
  add_entry (archive, "word/numbering.xml", numbering_xml, strlen (numbering_xml));
  add_entry (archive, "word/styles.xml", styles_xml, strlen (styles_xml));
  bomb = zip_finish (archive, array);

  assert_refused (bomb, DT_IMPORT_ERROR_TOO_LARGE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/docx/corpus/text", test_corpus_text);
  g_test_add_func ("/docx/corpus/directives", test_corpus_directives);
  g_test_add_func ("/docx/paragraphs", test_paragraphs);
  g_test_add_func ("/docx/tables", test_tables);
  g_test_add_func ("/docx/merged-cells", test_merged_cells);
  g_test_add_func ("/docx/numbering", test_numbering);
  g_test_add_func ("/docx/numbering-styles", test_numbering_styles);
  g_test_add_func ("/docx/not-word", test_not_word);
  g_test_add_func ("/docx/empty", test_empty);
  g_test_add_func ("/docx/damaged", test_damaged);
  g_test_add_func ("/docx/entities", test_entities);
  g_test_add_func ("/docx/protected", test_protected);
  g_test_add_func ("/docx/zip-bomb", test_zip_bomb);
  g_test_add_func ("/docx/numbers-bomb", test_numbers_bomb);

  return g_test_run ();
}
