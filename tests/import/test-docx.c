/* test-docx.c — Word documents: the corpus document, text, tables and list
 * numbers (bad files: test-docx-bad.c)
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-docx-reader.h"
#include "dt-extractor.h"
#include "dt-import-source.h"
#include "docx-fixture.h"

#define CORPUS_01 "01_ttg-ct07-2012-kkt-kcn-ccn"

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
  docx_assert_text ("<w:p><w:r><w:t>Sở Y </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>tế</w:t></w:r></w:p>"
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
  docx_assert_text ("<w:p><w:r><w:t>PHỤ LỤC</w:t></w:r></w:p>"
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
  docx_assert_text ("<w:tbl>"
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

static void
test_numbering (void)
{
  docx_assert_text (P (1, 0, "Sở Y tế:") P (1, 1, "Rà soát;") P (1, 1, "Báo cáo;")
                    P (1, 2, "chi tiết") P (1, 0, "Sở Tài chính:") P (1, 1, "Bố trí vốn.")
                    "<w:p><w:r><w:t>Đoạn không đánh số</w:t></w:r></w:p>"
                    P (2, 0, "Sở Xây dựng") P (3, 0, "Danh sách mới") P (3, 0, "Mục hai")
                    P (4, 0, "NHIỆM VỤ") P (4, 1, "Chung") P (4, 2, "Riêng") P (4, 3, "Chi tiết")
                    P (4, 3, "Nữa") P (4, 0, "TỔ CHỨC") P (4, 1, "Phân công")
                    P (5, 0, "Ba") P (5, 1, "cộng") P (5, 0, "Bốn")
                    P (6, 0, "Z") P (6, 1, "một") P (6, 0, "AA") P (6, 1, "hai")
                    P (0, 0, "Số đã bỏ"),
                    docx_numbering, NULL,
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
  docx_assert_text (P_STYLE ("Heading1", "NHIỆM VỤ") P_STYLE ("Muc", "GIẢI PHÁP")
                    P_STYLE ("Normal", "Thường")
                    "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>"
                    "</w:pPr><w:r><w:t>Không số</w:t></w:r></w:p>"
                    P_STYLE ("Heading1", "TỔ CHỨC"),
                    docx_numbering, docx_styles,
                    "I. NHIỆM VỤ\n"
                    "II. GIẢI PHÁP\n"
                    "Thường\n"
                    "Không số\n"
                    "III. TỔ CHỨC\n");
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

  return g_test_run ();
}
