/* test-import-files.c — what the review makes of the files and texts a user
 * brings: bad files, old encodings, scanned PDFs, Word documents, the
 * clipboard, a drop from the file manager, cancelling
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <string.h>

#include "gui-test-util.h"
#include "gui-test-window.h"
#include "import-fixture.h"

static DtImportDialog *
import_bytes (Fixture    *f,
              const char *name,
              const void *data,
              gsize       size)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  DtImportDialog *dialog;

  g_file_set_contents (path, data, size, &error);
  g_assert_no_error (error);

  dialog = g_object_ref (import_file (f->window, file));
  wait_loaded (dialog);
  g_unlink (path);
  return dialog;
}

static void
test_binary_file (Fixture       *f,
                  gconstpointer  data)
{
  guchar bytes[4096];
  g_autoptr(DtImportDialog) dialog = NULL;

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = (guchar) ((i * 7919) % 256);
  dialog = import_bytes (f, "picture.bin", bytes, sizeof bytes);

  g_assert_cmpstr (dt_import_dialog_get_page (dialog), ==, "error");
  g_assert_nonnull (dt_import_dialog_get_error_message (dialog));
  /* nothing to accept */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.accept-all", NULL);
  gui_test_wait_idle ();
  g_assert_true (dt_store_is_empty (f->store));
  g_assert_cmpuint (n_units (f), ==, 0);
}

static void
test_empty_file (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(DtImportDialog) dialog = import_bytes (f, "empty.txt", " \n\n \t\n", 6);

  g_assert_cmpstr (dt_import_dialog_get_page (dialog), ==, "error");
  g_assert_nonnull (dt_import_dialog_get_error_message (dialog));
  g_assert_true (dt_store_is_empty (f->store));
}

static void
test_windows_1258 (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *utf8 = NULL;
  g_autofree char *legacy = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DtImportDialog) dialog = NULL;
  gsize length;
  GListModel *rows;

  /* the sample notice, saved by an old editor in Windows-1258 */
  path = g_build_filename (g_getenv ("DT_SAMPLES_DIR"), "nghe-an-ket-luan-2024-01.txt", NULL);
  g_file_get_contents (path, &utf8, NULL, &error);
  g_assert_no_error (error);
  legacy = g_convert_with_fallback (utf8, -1, "WINDOWS-1258", "UTF-8", "?", NULL, &length, &error);
  g_assert_no_error (error);

  dialog = import_bytes (f, "legacy.txt", legacy, length);
  g_assert_cmpstr (dt_import_dialog_get_page (dialog), ==, "review");
  /* said so in the review */
  g_assert_cmpint (dt_import_dialog_get_format (dialog), ==, DT_IMPORT_FORMAT_WINDOWS_1258);
  rows = dt_import_dialog_get_rows (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (rows), >, 28);
  g_assert_true (dt_store_is_empty (f->store));
}

/* A scanned notice: a PDF page with a picture and no text layer */
static void
test_pdf_without_text (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "scanned.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DtImportDialog) dialog = NULL;
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);

  cairo_rectangle (cr, 50, 50, 400, 600);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  dialog = g_object_ref (import_file (f->window, file));
  wait_loaded (dialog);
  g_unlink (path);

  g_assert_cmpstr (dt_import_dialog_get_page (dialog), ==, "error");
  g_assert_nonnull (dt_import_dialog_get_error_message (dialog));
  g_assert_true (dt_store_is_empty (f->store));
}

/* Ctrl+Shift+V: the notice's text copied from a PDF viewer */
static void
test_clipboard (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("DT_SAMPLES_DIR"), "nghe-an-ket-luan-2024-01.txt", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  AdwDialog *dialog = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (f->window)), text);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.import-clipboard", NULL));
  /* the clipboard is read asynchronously: the dialog comes after */
  gui_test_wait_until (window_has_dialog, f->window);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
  g_assert_true (DT_IS_IMPORT_DIALOG (dialog));
  g_object_ref (dialog);
  wait_loaded (DT_IMPORT_DIALOG (dialog));
  g_assert_cmpstr (dt_import_dialog_get_page (DT_IMPORT_DIALOG (dialog)), ==, "review");
  g_assert_cmpuint (g_list_model_get_n_items (dt_import_dialog_get_rows (DT_IMPORT_DIALOG (dialog))), >, 28);

  accept (DT_IMPORT_DIALOG (dialog), "import.accept-all");
  g_assert_cmpuint (n_notices (f), ==, 1);
  g_object_unref (dialog);
}

/* A file dropped from the file manager onto the window */
static void
test_drop_file (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("DT_SAMPLES_DIR"), "nghe-an-ket-luan-2024-01.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_auto(GValue) value = G_VALUE_INIT;
  AdwDialog *dialog;

  g_value_init (&value, G_TYPE_FILE);
  g_value_set_object (&value, file);
  dialog = gui_window_drop (f->window, &value);
  g_assert_true (DT_IS_IMPORT_DIALOG (dialog));
  g_object_ref (dialog);
  wait_loaded (DT_IMPORT_DIALOG (dialog));
  g_assert_cmpstr (dt_import_dialog_get_page (DT_IMPORT_DIALOG (dialog)), ==, "review");
  g_assert_cmpuint (g_list_model_get_n_items (dt_import_dialog_get_rows (DT_IMPORT_DIALOG (dialog))), >, 28);
  /* nothing written until accepted */
  g_assert_true (dt_store_is_empty (f->store));
  adw_dialog_force_close (dialog);
  gui_test_wait_idle ();
  g_object_unref (dialog);
}

static la_ssize_t
write_to_array (struct archive *archive,
                void           *array,
                const void     *buffer,
                size_t          length)
{
  g_byte_array_append (array, buffer, length);
  return length;
}

/* The sample notice as Word writes it: a .docx with a paragraph a line */
static char *
write_sample_docx (Fixture *f)
{
  g_autofree char *sample = g_build_filename (g_getenv ("DT_SAMPLES_DIR"), "nghe-an-ket-luan-2024-01.txt", NULL);
  g_autofree char *path = g_build_filename (f->dir, "thong-bao.docx", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) xml = g_string_new ("<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                                         "wordprocessingml/2006/main\"><w:body>");
  g_autoptr(GByteArray) array = g_byte_array_new ();
  g_autoptr(GError) error = NULL;
  struct archive *archive = archive_write_new ();
  struct archive_entry *entry = archive_entry_new ();

  g_file_get_contents (sample, &text, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (lines[i], -1);

      g_string_append_printf (xml, "<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>", escaped);
    }
  g_string_append (xml, "</w:body></w:document>");

  g_assert_cmpint (archive_write_set_format_zip (archive), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open (archive, array, NULL, write_to_array, NULL), ==, ARCHIVE_OK);
  archive_entry_set_pathname (entry, "word/document.xml");
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, xml->len);
  g_assert_cmpint (archive_write_header (archive, entry), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_data (archive, xml->str, xml->len), ==, (la_ssize_t) xml->len);
  archive_entry_free (entry);
  g_assert_cmpint (archive_write_close (archive), ==, ARCHIVE_OK);
  archive_write_free (archive);

  g_file_set_contents (path, (const char *) array->data, array->len, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static DtImportDialog *
wait_dialog (Fixture *f)
{
  AdwDialog *dialog;

  gui_test_wait_until (window_has_dialog, f->window);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
  g_assert_true (DT_IS_IMPORT_DIALOG (dialog));
  g_object_ref (dialog);
  wait_loaded (DT_IMPORT_DIALOG (dialog));
  return DT_IMPORT_DIALOG (dialog);
}

/* A Word document dropped from the file manager */
static void
test_drop_docx (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = write_sample_docx (f);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSList) files = g_slist_prepend (NULL, file);
  g_autoptr(DtImportDialog) dialog = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, files);
  gui_window_drop (f->window, &value);

  dialog = wait_dialog (f);
  g_assert_cmpstr (dt_import_dialog_get_page (dialog), ==, "review");
  g_assert_cmpint (dt_import_dialog_get_format (dialog), ==, DT_IMPORT_FORMAT_DOCX);
  g_assert_cmpuint (g_list_model_get_n_items (dt_import_dialog_get_rows (dialog)), >, 28);
  accept (dialog, "import.accept-all");
  g_assert_cmpuint (n_notices (f), ==, 1);
}

/* Ctrl+Shift+V on a Word document copied in the file manager: the file
 * is imported, not its name as text */
static void
test_clipboard_file (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = write_sample_docx (f);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSList) files = g_slist_prepend (NULL, file);
  g_autoptr(DtImportDialog) dialog = NULL;

  gdk_clipboard_set (gtk_widget_get_clipboard (GTK_WIDGET (f->window)), GDK_TYPE_FILE_LIST, files);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.import-clipboard", NULL));

  dialog = wait_dialog (f);
  g_assert_cmpstr (dt_import_dialog_get_page (dialog), ==, "review");
  g_assert_cmpint (dt_import_dialog_get_format (dialog), ==, DT_IMPORT_FORMAT_DOCX);
  g_assert_cmpuint (g_list_model_get_n_items (dt_import_dialog_get_rows (dialog)), >, 28);
  adw_dialog_force_close (ADW_DIALOG (dialog));
  gui_test_wait_idle ();
}

/* A password-protected Word document: said so, nothing saved */
static void
test_protected_docx (Fixture       *f,
                     gconstpointer  data)
{
  static const guint8 magic[] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
  static const char name[] = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0";
  guint8 bytes[2048] = { 0, };
  g_autoptr(DtImportDialog) dialog = NULL;

  memcpy (bytes, magic, sizeof magic);
  memcpy (bytes + 1024, name, sizeof name - 1);
  dialog = import_bytes (f, "mat-khau.docx", bytes, sizeof bytes);

  g_assert_cmpstr (dt_import_dialog_get_page (dialog), ==, "error");
  g_assert_nonnull (strstr (dt_import_dialog_get_error_message (dialog), "password"));
  g_assert_true (dt_store_is_empty (f->store));
}

static void
test_cancel_writes_nothing (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(DtImportDialog) dialog = NULL;
  AdwDialog *shown;

  /* the empty state's "Open Sample Notice" */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-sample", NULL));
  shown = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
  g_assert_true (DT_IS_IMPORT_DIALOG (shown));
  dialog = g_object_ref (DT_IMPORT_DIALOG (shown));
  g_assert_cmpstr (dt_import_dialog_get_page (dialog), ==, "loading");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL));
  gui_test_wait_idle ();
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window)));
  g_assert_true (dt_store_is_empty (f->store));
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "2024-03-20");

#define ADD(name, func) \
  g_test_add ("/gui/import/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("binary-file", test_binary_file);
  ADD ("empty-file", test_empty_file);
  ADD ("windows-1258", test_windows_1258);
  ADD ("pdf-without-text", test_pdf_without_text);
  ADD ("clipboard", test_clipboard);
  ADD ("drop-file", test_drop_file);
  ADD ("drop-docx", test_drop_docx);
  ADD ("clipboard-file", test_clipboard_file);
  ADD ("protected-docx", test_protected_docx);
  ADD ("cancel-writes-nothing", test_cancel_writes_nothing);

  return g_test_run ();
}
