/* test-import-source.c — reading files: encodings, binary, empty, PDF, async
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "dt-extractor.h"
#include "dt-import-source.h"

static const char vietnamese[] = "THÔNG BÁO\n- Sở Y tế hoàn thành trước ngày 31/3/2024; Uỷ ban, hoá chất.\n";

static char *
read_string (const char      *data,
             gsize            size,
             DtImportFormat  *format,
             GError         **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);

  return dt_import_read_bytes (bytes, format, error);
}

static void
test_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *with_bom = g_strconcat ("\xEF\xBB\xBF", vietnamese, NULL);
  g_autofree char *text = NULL;
  g_autofree char *decomposed = g_utf8_normalize (vietnamese, -1, G_NORMALIZE_NFD);
  g_autofree char *nfc = NULL;
  DtImportFormat format;

  text = read_string (with_bom, strlen (with_bom), &format, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, vietnamese);
  g_assert_cmpint (format, ==, DT_IMPORT_FORMAT_UTF8);
  g_assert_null (dt_import_format_describe (format));

  /* combining tone marks come out composed */
  nfc = read_string (decomposed, strlen (decomposed), &format, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (nfc, ==, vietnamese);
}

static void
test_windows_1258 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *legacy = NULL;
  g_autofree char *text = NULL;
  gsize size = 0;
  DtImportFormat format;

  legacy = g_convert (vietnamese, -1, "WINDOWS-1258", "UTF-8", NULL, &size, &error);
  g_assert_no_error (error);
  g_assert_false (g_utf8_validate_len (legacy, size, NULL));

  text = read_string (legacy, size, &format, &error);
  g_assert_no_error (error);
  g_assert_cmpint (format, ==, DT_IMPORT_FORMAT_WINDOWS_1258);
  g_assert_cmpstr (text, ==, vietnamese);
  /* the user is told */
  g_assert_nonnull (dt_import_format_describe (format));
}

static void
test_utf16 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *utf16 = NULL;
  g_autofree char *with_bom = NULL;
  g_autofree char *text = NULL;
  gsize size = 0;
  DtImportFormat format;

  utf16 = g_convert (vietnamese, -1, "UTF-16LE", "UTF-8", NULL, &size, &error);
  g_assert_no_error (error);
  with_bom = g_malloc (size + 2);
  with_bom[0] = (char) 0xFF;
  with_bom[1] = (char) 0xFE;
  memcpy (with_bom + 2, utf16, size);

  text = read_string (with_bom, size + 2, &format, &error);
  g_assert_no_error (error);
  g_assert_cmpint (format, ==, DT_IMPORT_FORMAT_UTF16);
  g_assert_cmpstr (text, ==, vietnamese);
}

static void
test_bad_input (void)
{
  static const char binary[] = "\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0";
  static const char undefined[] = "Th\x81\x8D\x8E\x8F\x90 b\xC3o";
  g_autoptr(GError) error = NULL;
  char *text;

  text = read_string (binary, sizeof binary - 1, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_BINARY);
  g_clear_error (&error);

  text = read_string ("", 0, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_EMPTY);
  g_clear_error (&error);

  text = read_string (" \n\t \xEF\xBB\xBF\n", 8, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_EMPTY);
  g_clear_error (&error);

  /* bytes Windows-1258 leaves undefined */
  text = read_string (undefined, sizeof undefined - 1, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_ENCODING);
  g_assert_true (strstr (error->message, "UTF-8") != NULL);
  g_clear_error (&error);
}

static cairo_status_t
write_to_string (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
make_pdf (const char *text)
{
  GByteArray *array = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (write_to_string, array, 595, 842);
  cairo_t *cr = cairo_create (surface);

  if (text != NULL)
    {
      cairo_select_font_face (cr, "Noto Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
      cairo_set_font_size (cr, 12);
      cairo_move_to (cr, 50, 100);
      cairo_show_text (cr, text);
    }
  else
    {
      /* a "scan": only an image-like shape */
      cairo_rectangle (cr, 50, 50, 400, 600);
      cairo_fill (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  return g_byte_array_free_to_bytes (array);
}

static void
test_pdf (void)
{
  g_autoptr(GBytes) with_text = make_pdf ("Sở Y tế hoàn thành trước ngày 31/3/2024");
  g_autoptr(GBytes) scanned = make_pdf (NULL);
  g_autoptr(GBytes) broken = g_bytes_new_static ("%PDF-1.7\nnot really", 19);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  DtImportFormat format;
  char *none;

  text = dt_import_read_bytes (with_text, &format, &error);
#if HAVE_POPPLER
  g_assert_no_error (error);
  g_assert_cmpint (format, ==, DT_IMPORT_FORMAT_PDF);
  g_assert_nonnull (strstr (text, "Sở Y tế hoàn thành trước ngày 31/3/2024"));

  none = dt_import_read_bytes (scanned, &format, &error);
  g_assert_null (none);
  g_assert_error (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_PDF_NO_TEXT);
  g_clear_error (&error);

  none = dt_import_read_bytes (broken, &format, &error);
  g_assert_null (none);
  g_assert_error (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_PDF);
#else
  g_assert_null (text);
  g_assert_error (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_UNSUPPORTED);
  (void) none;
#endif
}

static void
test_nul_far_in (void)
{
  /* a UTF-8 text damaged by a stray NUL byte past the first 64 KB: read as
   * UTF-8 to its end, not as Windows-1258 cut at the NUL */
  static const char line[] = "- Sở Y tế chủ trì, phối hợp với các đơn vị liên quan rà soát.\n";
  static const char tail[] = "Giao Sở Tài chính hoàn thành trước ngày 31/3/2024.\n";
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *read = NULL;
  DtImportFormat format = DT_IMPORT_FORMAT_PDF;

  while (text->len < 70 * 1024)
    g_string_append (text, line);
  g_string_append_c (text, '\0');
  g_string_append (text, tail);

  read = read_string (text->str, text->len, &format, &error);
  g_assert_no_error (error);
  g_assert_cmpint (format, ==, DT_IMPORT_FORMAT_UTF8);
  g_assert_true (g_str_has_prefix (read, line));
  g_assert_true (g_str_has_suffix (read, tail));
  g_assert_cmpuint (strlen (read), ==, text->len);

  /* a NUL in the first block, or many of them: not text */
  text->str[10] = '\0';
  g_assert_null (read_string (text->str, text->len, NULL, &error));
  g_assert_error (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_BINARY);
  g_clear_error (&error);
  text->str[10] = ' ';
  for (gsize i = 65536; i < text->len; i += 10)
    text->str[i] = '\0';
  g_assert_null (read_string (text->str, text->len, NULL, &error));
  g_assert_error (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_BINARY);
}

static void
test_not_regular (void)
{
  g_autoptr(GFile) zero = g_file_new_for_path ("/dev/zero");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *fifo_path = NULL;
  g_autoptr(GFile) fifo = NULL;
  g_autoptr(GFile) folder = NULL;
  char *text;

  /* endless: refused, not read until memory runs out */
  text = dt_import_read_file (zero, NULL, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_NOT_REGULAR);
  g_clear_error (&error);

  /* a pipe nobody writes to: refused, not waited on for ever */
  dir = g_dir_make_tmp ("dt-import-XXXXXX", &error);
  g_assert_no_error (error);
  fifo_path = g_build_filename (dir, "notice.txt", NULL);
  g_assert_cmpint (mkfifo (fifo_path, 0600), ==, 0);
  fifo = g_file_new_for_path (fifo_path);
  text = dt_import_read_file (fifo, NULL, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_NOT_REGULAR);
  g_clear_error (&error);

  folder = g_file_new_for_path (dir);
  text = dt_import_read_file (folder, NULL, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, DT_IMPORT_ERROR, DT_IMPORT_ERROR_NOT_REGULAR);

  g_assert_cmpint (g_unlink (fifo_path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_docx_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "import", "corpus",
                                                 "01_ttg-ct07-2012-kkt-kcn-ccn.docx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  DtImportFormat format = DT_IMPORT_FORMAT_UTF8;

  text = dt_import_read_file (file, &format, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (format, ==, DT_IMPORT_FORMAT_DOCX);
  g_assert_true (g_str_has_prefix (text, "THỦ TƯỚNG CHÍNH PHỦ"));
  g_assert_nonnull (strstr (text, "\nSố: 07/CT-TTg | Hà Nội, ngày 02 tháng 03 năm 2012\n"));
  g_assert_null (dt_import_format_describe (format));
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/notice.txt");
  g_autoptr(GError) error = NULL;
  char *text = dt_import_read_file (file, NULL, NULL, &error);

  g_assert_null (text);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  /* ours, so translated: not GLib's "Error when getting information for
   * file …: No such file or directory", English in a Flatpak */
  g_assert_cmpstr (error->message, ==, "The file does not exist, or no longer does.");
}

static void
on_extracted (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
on_progress (double   fraction,
             gpointer user_data)
{
  double *last = user_data;

  /* only forward, and in the main thread */
  g_assert_cmpfloat (fraction, >=, *last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  *last = fraction;
}

static void
test_async (void)
{
  double last_fraction = 0;
  g_autofree char *path = g_build_filename (g_getenv ("DT_SAMPLES_DIR"),
                                            "nghe-an-ket-luan-2024-01.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) cancelled_result = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(DtExtraction) extraction = NULL;
  g_autoptr(GError) error = NULL;
  DtImportFormat format = DT_IMPORT_FORMAT_PDF;
  DtExtraction *none;

  dt_import_extract_file_with_progress_async (file, extractor, on_progress, &last_fraction, NULL,
                                              on_extracted, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  extraction = dt_import_extract_file_finish (result, &format, &error);
  g_assert_no_error (error);
  g_assert_cmpint (format, ==, DT_IMPORT_FORMAT_UTF8);
  g_assert_cmpuint (extraction->directives->len, >=, 28);
  /* the last report came before the result */
  g_assert_cmpfloat (last_fraction, ==, 1.0);

  g_cancellable_cancel (cancellable);
  dt_import_extract_text_async ("1. Giao Sở Y tế rà soát.", extractor, cancellable,
                                on_extracted, &cancelled_result);
  while (cancelled_result == NULL)
    g_main_context_iteration (NULL, TRUE);
  none = dt_import_extract_text_finish (cancelled_result, &error);
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* Millions of one-character lines are refused by the reader as the
 * extractor would refuse them, before the text is copied */
static void
test_not_a_notice (void)
{
  GString *text = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *read = NULL;

  for (guint i = 0; i < 400000; i++)
    g_string_append (text, "a\n");
  bytes = g_string_free_to_bytes (text);
  read = dt_import_read_bytes (bytes, NULL, &error);
  g_assert_null (read);
  g_assert_error (error, DT_EXTRACTOR_ERROR, DT_EXTRACTOR_ERROR_NOT_A_NOTICE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-source/utf8", test_utf8);
  g_test_add_func ("/import-source/windows-1258", test_windows_1258);
  g_test_add_func ("/import-source/utf16", test_utf16);
  g_test_add_func ("/import-source/bad-input", test_bad_input);
  g_test_add_func ("/import-source/pdf", test_pdf);
  g_test_add_func ("/import-source/nul-far-in", test_nul_far_in);
  g_test_add_func ("/import-source/not-regular", test_not_regular);
  g_test_add_func ("/import-source/not-a-notice", test_not_a_notice);
  g_test_add_func ("/import-source/docx-file", test_docx_file);
  g_test_add_func ("/import-source/missing-file", test_missing_file);
  g_test_add_func ("/import-source/async", test_async);

  return g_test_run ();
}
