/* test-import-save.c — an extraction into the store: the directives' fields,
 * a re-import after the user's edits, a notice from its text and its PDF
 * (the command line: test-import-save-cli.c; one transaction, undo and
 * saving off the main loop: test-import-save-undo.c)
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "dt-date.h"
#include "dt-directive-list.h"
#include "dt-extractor.h"
#include "dt-import-save.h"
#include "dt-import-source.h"
#include "dt-status.h"
#include "import-save-fixture.h"

static void
test_save_and_update (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) store = dt_store_open (":memory:", &error);
  g_autoptr(DtUnitCatalog) catalog = dt_unit_catalog_new_default ();
  g_autoptr(DtExtraction) extraction = NULL;
  g_autoptr(DtExtraction) again = NULL;
  g_autoptr(DtNotice) notice = NULL;
  g_autoptr(DtUnit) health = NULL;
  g_autoptr(GPtrArray) selected = g_ptr_array_new ();
  g_auto(DtImportSaveResult) result = { 0 };
  g_auto(DtImportSaveResult) second = { 0 };
  guint n;

  g_assert_no_error (error);
  extraction = import_save_extract_sample (catalog);
  n = extraction->directives->len;

  g_assert_true (dt_extraction_save (extraction, store, catalog, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_false (result.was_update);
  g_assert_cmpuint (result.n_saved, ==, n);
  g_assert_cmpuint (result.n_skipped, ==, 0);
  g_assert_cmpuint (dt_store_count_notice_directives (store, result.notice_id, NULL), ==, n);

  notice = dt_store_get_notice (store, result.notice_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dt_notice_get_number (notice), ==, "/TB-UBND");
  g_assert_cmpuint (dt_notice_get_meeting_date (notice), ==, extraction->meeting_date);
  g_assert_cmpstr (dt_notice_get_signer (notice), ==, "Đặng Thanh Tùng");

  /* catalogue units arrive with their aliases: the abbreviation finds them */
  health = dt_store_find_unit (store, "Sở LĐ-TB&XH");
  g_assert_nonnull (health);
  g_assert_cmpstr (dt_unit_get_name (health), ==, "Sở Lao động - Thương binh và Xã hội");

  /* the same notice again: noticed, updated in place, no duplicate */
  g_assert_true (dt_unit_catalog_add_store_units (catalog, store, NULL));
  again = import_save_extract_sample (catalog);
  g_assert_true (dt_extraction_save (again, store, catalog, NULL, &second, &error));
  g_assert_no_error (error);
  g_assert_true (second.was_update);
  g_assert_cmpint (second.notice_id, ==, result.notice_id);
  g_assert_cmpuint (second.n_updated, ==, n);
  g_assert_cmpuint (second.n_saved, ==, 0);
  g_assert_cmpuint (second.n_new_units, ==, 0);
  g_assert_cmpuint (dt_store_count_notice_directives (store, result.notice_id, NULL), ==, n);

  /* saving only what the reviewer selected */
  {
    g_autoptr(DtStore) other = dt_store_open (":memory:", &error);
    g_auto(DtImportSaveResult) partial = { 0 };

    g_ptr_array_add (selected, g_ptr_array_index (extraction->directives, 0));
    g_assert_true (dt_extraction_save (extraction, other, catalog, selected, &partial, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (dt_store_count_notice_directives (other, partial.notice_id, NULL), ==, 1);
  }
}

static void
test_directive_fields (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) store = dt_store_open (":memory:", &error);
  g_autoptr(DtExtraction) extraction = import_save_extract_sample (NULL);
  g_autoptr(DtNotice) notice = NULL;
  g_autoptr(GPtrArray) directives = NULL;
  g_autoptr(GPtrArray) new_units = NULL;
  DtImportSaveResult result;
  gboolean found = FALSE;
  guint n_collective = 0;

  g_assert_true (dt_extraction_to_store_objects (extraction, store, NULL, NULL, &notice,
                                                 &directives, &new_units, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (directives->len, ==, extraction->directives->len);
  /* nothing written yet: every unit is one to create, named by placeholder */
  g_assert_true (dt_store_is_empty (store));
  g_assert_cmpuint (result.n_new_units, ==, new_units->len);
  for (guint i = 0; i < directives->len; i++)
    {
      DtDirective *d = g_ptr_array_index (directives, i);
      gint64 lead = dt_directive_get_lead_unit_id (d);

      /* a collective ("Các sở, ngành") is whom it addresses, not a unit */
      if (*dt_directive_get_addressee (d) != '\0')
        {
          g_assert_cmpint (lead, ==, 0);
          n_collective++;
          continue;
        }
      g_assert_cmpint (lead, <, 0);
      g_assert_cmpint (-lead, <=, new_units->len);
      if (g_strcmp0 (dt_directive_get_ordinal (d), "20") == 0)
        {
          found = TRUE;
          g_assert_cmpuint (dt_directive_get_deadline (d), ==, dt_date_new (2024, 3, 31));
          g_assert_cmpstr (dt_directive_get_deadline_phrase (d), ==, "trước ngày 31/3/2024");
          g_assert_cmpstr (dt_directive_get_section (d), ==, "Về quản lý nhà nước");
        }
    }
  g_assert_true (found);
  g_assert_cmpuint (n_collective, >, 0);
  for (guint i = 0; i < new_units->len; i++)
    {
      g_autofree char *lower = g_utf8_strdown (dt_unit_get_name (new_units->pdata[i]), -1);

      g_assert_false (g_str_has_prefix (lower, "các "));
      g_assert_null (strstr (lower, " các "));
    }
}

/* "thường xuyên" without a date is a standing duty (ongoing); a directive
 * with no deadline at all is "no deadline" until someone sets one. */
static void
test_ongoing_and_no_deadline (void)
{
  const char *text =
    "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nSố: 12/TB-UBND\n\nTHÔNG BÁO\n"
    "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày 10/01/2024\n\n"
    "1. Giao Sở Y tế thường xuyên kiểm tra an toàn thực phẩm trên địa bàn.\n"
    "2. Giao Sở Tài chính rà soát các khoản chi của các dự án.\n"
    "3. Giao Sở Xây dựng hoàn thành quy hoạch trước ngày 30/6/2024.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) store = dt_store_open (":memory:", &error);
  g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
  g_autoptr(DtExtraction) extraction = dt_extractor_extract (extractor, text, -1, NULL, NULL);
  g_autoptr(DtNotice) notice = NULL;
  g_autoptr(GPtrArray) directives = NULL;
  g_autoptr(GPtrArray) new_units = NULL;
  DtImportSaveResult result;
  DtStatus statuses[3];

  g_assert_cmpuint (extraction->directives->len, ==, 3);
  g_assert_true (dt_extraction_to_store_objects (extraction, store, NULL, NULL, &notice,
                                                 &directives, &new_units, &result, &error));
  g_assert_no_error (error);
  g_setenv ("DT_TODAY", "2024-03-15", TRUE);
  for (guint i = 0; i < 3; i++)
    statuses[i] = dt_directive_get_status (g_ptr_array_index (directives, i));
  g_unsetenv ("DT_TODAY");
  g_assert_cmpint (dt_directive_get_recurrence (g_ptr_array_index (directives, 0)), ==,
                   DT_RECURRENCE_ONGOING);
  g_assert_cmpint (statuses[0], ==, DT_STATUS_ONGOING);
  g_assert_cmpint (statuses[1], ==, DT_STATUS_NO_DEADLINE);
  g_assert_cmpint (statuses[2], ==, DT_STATUS_IN_PROGRESS);
}

/* Re-imported after the user edited a directive's text and another's lead
 * unit in the application: each is found again by its place in the notice
 * and updated, and no copy is added. */
static void
test_reimport_after_edit (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) store = dt_store_open (":memory:", &error);
  g_autoptr(DtUnitCatalog) catalog = dt_unit_catalog_new_default ();
  g_autoptr(DtExtraction) extraction = import_save_extract_sample (catalog);
  g_autoptr(DtExtraction) again = NULL;
  g_autoptr(DtDirectiveList) list = NULL;
  g_autoptr(DtDirective) edited = NULL;
  g_autoptr(DtDirective) moved = NULL;
  g_autoptr(DtUnit) other = NULL;
  g_auto(DtImportSaveResult) first = { 0 };
  g_auto(DtImportSaveResult) second = { 0 };
  guint n;

  g_assert_true (dt_extraction_save (extraction, store, catalog, NULL, &first, &error));
  g_assert_no_error (error);
  n = dt_store_count_notice_directives (store, first.notice_id, NULL);

  list = dt_directive_list_new (store);
  dt_directive_list_set_sort (list, DT_DIRECTIVE_SORT_ORDINAL, FALSE);
  edited = g_list_model_get_item (G_LIST_MODEL (list), 3);
  moved = g_list_model_get_item (G_LIST_MODEL (list), 7);
  dt_directive_set_text (edited, "Một câu do người dùng sửa lại hoàn toàn");
  g_assert_true (dt_store_save_directive (store, edited, &error));
  other = dt_unit_new ("Sở Ngoại vụ");
  g_assert_true (dt_store_save_unit (store, other, &error));
  dt_directive_set_lead_unit_id (moved, dt_unit_get_id (other));
  dt_directive_set_text (moved, "Cũng sửa cả nội dung");
  g_assert_true (dt_store_save_directive (store, moved, &error));
  g_assert_no_error (error);

  g_assert_true (dt_unit_catalog_add_store_units (catalog, store, NULL));
  again = import_save_extract_sample (catalog);
  g_assert_true (dt_extraction_save (again, store, catalog, NULL, &second, &error));
  g_assert_no_error (error);
  g_assert_true (second.was_update);
  g_assert_cmpuint (second.n_saved, ==, 0);
  g_assert_cmpuint (second.n_updated, ==, n);
  g_assert_cmpuint (dt_store_count_notice_directives (store, first.notice_id, NULL), ==, n);
  for (guint k = 0; k < 2; k++)
    {
      gint64 id = dt_directive_get_id (k == 0 ? edited : moved);
      gboolean found = FALSE;

      for (guint i = 0; i < second.updated_ids->len; i++)
        found |= g_array_index (second.updated_ids, gint64, i) == id;
      g_assert_true (found);
    }
  /* and the texts the user wrote are theirs still */
  g_assert_cmpuint (second.n_kept_texts, ==, 2);
  {
    g_autoptr(DtDirective) stored = dt_store_get_directive (store, dt_directive_get_id (edited), NULL);

    g_assert_cmpstr (dt_directive_get_text (stored), ==, "Một câu do người dùng sửa lại hoàn toàn");
  }
}

static char *
text_of (DtStore *store,
         gint64   id)
{
  g_autoptr(DtDirective) d = dt_store_get_directive (store, id, NULL);

  g_assert_nonnull (d);
  return g_strdup (dt_directive_get_text (d));
}

/* A word of @text found once in @source, or NULL */
static char *
word_found_once (const char *text,
                 const char *source)
{
  g_auto(GStrv) words = g_strsplit_set (text, " ,.;:()", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *at = g_utf8_strlen (words[i], -1) >= 6 ? strstr (source, words[i]) : NULL;

      if (at != NULL && strstr (at + 1, words[i]) == NULL)
        return g_strdup (words[i]);
    }
  return NULL;
}

/* Re-imported after the user corrected a directive's text by hand: the
 * correction is kept (the review shows it), while a directive the notice
 * now words otherwise, which the user left alone, takes the new wording;
 * the user may choose the notice's text instead of theirs. */
static void
test_reimport_keeps_user_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) store = dt_store_open (":memory:", &error);
  g_autoptr(DtUnitCatalog) catalog = dt_unit_catalog_new_default ();
  g_autoptr(DtExtraction) extraction = import_save_extract_sample (catalog);
  g_autoptr(DtExtraction) again = NULL;
  g_autoptr(DtExtraction) third = NULL;
  g_autoptr(DtExtractor) extractor = NULL;
  g_autoptr(DtDirectiveList) list = NULL;
  g_autoptr(DtDirective) corrected = NULL;
  g_autoptr(DtDirective) reworded = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GString) source = NULL;
  g_auto(DtImportSaveResult) first = { 0 };
  g_auto(DtImportSaveResult) second = { 0 };
  g_auto(DtImportSaveResult) last = { 0 };
  const char *mine = "Một câu do người dùng sửa lại cho đúng";
  g_autofree char *word = NULL;
  g_autofree char *text = NULL;
  guint n_kept = 0;
  int corrected_at = -1;

  g_assert_true (dt_extraction_save (extraction, store, catalog, NULL, &first, &error));
  g_assert_no_error (error);
  list = dt_directive_list_new (store);
  dt_directive_list_set_sort (list, DT_DIRECTIVE_SORT_ORDINAL, FALSE);
  corrected = g_list_model_get_item (G_LIST_MODEL (list), 3);
  dt_directive_set_text (corrected, mine);
  g_assert_true (dt_store_save_directive (store, corrected, &error));
  g_assert_no_error (error);

  /* a new version of the notice: a word of another directive changed */
  source = g_string_new (extraction->source_text);
  for (guint i = 5; word == NULL && i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_clear_object (&reworded);
      reworded = g_list_model_get_item (G_LIST_MODEL (list), i);
      word = word_found_once (dt_directive_get_text (reworded), source->str);
    }
  g_assert_nonnull (word);
  g_string_replace (source, word, "ĐÃ-SỬA", 1);
  g_assert_true (dt_unit_catalog_add_store_units (catalog, store, NULL));
  extractor = dt_extractor_new (catalog);
  again = dt_extractor_extract (extractor, source->str, -1, NULL, NULL);

  /* the review is told which texts the user wrote */
  kept = dt_extraction_find_user_texts (again, store, catalog, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kept->len, ==, again->directives->len);
  for (guint i = 0; i < kept->len; i++)
    if (kept->pdata[i] != NULL)
      {
        g_assert_cmpstr (kept->pdata[i], ==, mine);
        corrected_at = (int) i;
        n_kept++;
      }
  g_assert_cmpuint (n_kept, ==, 1);

  g_assert_true (dt_extraction_save (again, store, catalog, NULL, &second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (second.n_kept_texts, ==, 1);
  text = text_of (store, dt_directive_get_id (corrected));
  g_assert_cmpstr (text, ==, mine);
  g_free (text);
  text = text_of (store, dt_directive_get_id (reworded));
  g_assert_nonnull (strstr (text, "ĐÃ-SỬA"));
  g_free (text);

  /* the user chooses the notice's text */
  third = dt_extractor_extract (extractor, source->str, -1, NULL, NULL);
  ((DtExtractedDirective *) g_ptr_array_index (third->directives, corrected_at))->replace_user_text = TRUE;
  g_assert_true (dt_extraction_save (third, store, catalog, NULL, &last, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (last.n_kept_texts, ==, 0);
  text = text_of (store, dt_directive_get_id (corrected));
  g_assert_cmpstr (text, ==, ((DtExtractedDirective *) g_ptr_array_index (third->directives, corrected_at))->text);
  g_assert_cmpuint (dt_store_count_notice_directives (store, first.notice_id, NULL), ==,
                    extraction->directives->len);
}

static cairo_status_t
write_to_bytes (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The text as a PDF copy prints it: A4 pages, lines wrapped at a width */
static GBytes *
text_to_pdf (const char *text)
{
  GByteArray *array = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (write_to_bytes, array, 595, 842);
  cairo_t *cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Noto Sans 10");
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n", -1);
  double y = 50;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, 480 * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      int height;

      pango_layout_set_text (layout, *paragraphs[i] ? paragraphs[i] : " ", -1);
      pango_layout_get_pixel_size (layout, NULL, &height);
      if (y + height > 800)
        {
          cairo_show_page (cr);
          y = 50;
        }
      cairo_move_to (cr, 57, y);
      pango_cairo_show_layout (cr, layout);
      y += height + 2;
    }
  pango_font_description_free (font);
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (array);
}

/* The notice imported from its text, then from its PDF: the same notice,
 * updated, not a second one. */
static void
test_pdf_and_text_same_notice (void)
{
#if HAVE_POPPLER
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) store = dt_store_open (":memory:", &error);
  g_autofree char *path = import_save_sample_path ();
  g_autofree char *text = NULL;
  g_autofree char *from_pdf = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(DtExtractor) extractor = dt_extractor_new (NULL);
  g_autoptr(DtExtraction) first = NULL;
  g_autoptr(DtExtraction) second = NULL;
  g_autoptr(GListModel) notices = NULL;
  g_auto(DtImportSaveResult) r1 = { 0 };
  g_auto(DtImportSaveResult) r2 = { 0 };
  DtImportFormat format;
  guint n;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  first = dt_extractor_extract (extractor, text, -1, NULL, NULL);
  g_assert_true (dt_extraction_save (first, store, NULL, NULL, &r1, &error));
  g_assert_no_error (error);
  n = dt_store_count_notice_directives (store, r1.notice_id, NULL);

  pdf = text_to_pdf (text);
  from_pdf = dt_import_read_bytes (pdf, &format, &error);
  g_assert_no_error (error);
  g_assert_cmpint (format, ==, DT_IMPORT_FORMAT_PDF);
  g_assert_cmpstr (from_pdf, !=, text);
  second = dt_extractor_extract (extractor, from_pdf, -1, NULL, NULL);
  g_assert_true (dt_extraction_save (second, store, NULL, NULL, &r2, &error));
  g_assert_no_error (error);

  g_assert_true (r2.was_update);
  g_assert_cmpint (r2.notice_id, ==, r1.notice_id);
  notices = dt_store_list_notices (store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (notices), ==, 1);
  g_test_message ("text: %u directives; PDF: %u read, %u updated, %u new",
                  n, second->directives->len, r2.n_updated, r2.n_saved);
  g_assert_cmpuint (r2.n_saved, ==, 0);
#else
  g_test_skip ("built without poppler");
#endif
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-save/save-and-update", test_save_and_update);
  g_test_add_func ("/import-save/directive-fields", test_directive_fields);
  g_test_add_func ("/import-save/ongoing-and-no-deadline", test_ongoing_and_no_deadline);
  g_test_add_func ("/import-save/reimport-after-edit", test_reimport_after_edit);
  g_test_add_func ("/import-save/reimport-keeps-user-text", test_reimport_keeps_user_text);
  g_test_add_func ("/import-save/pdf-and-text-same-notice", test_pdf_and_text_same_notice);

  return g_test_run ();
}
