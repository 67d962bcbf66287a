/* test-timeline-cli.c — `directives --export-timeline` from a database
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <sqlite3.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dt-date.h"
#include "dt-store.h"
#include "dt-directive-list.h"
#include "dt-timeline-cli.h"
#include "dt-timeline-item.h"
#include "dt-timeline-preset.h"
#include "pdf-text.h"
#include "timeline-fixtures.h"

#define NOTICE_NUMBER "01/TB-UBND"

static char *tmpdir;
static char *db_path;

/* The sample notice's directives (its gold reading, those with one lead
 * unit), stored as the importer would. */
static void
build_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) store = NULL;
  g_autoptr(DtNotice) notice = dt_notice_new ();
  g_autoptr(GPtrArray) directives = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) units = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) rows = fixture_read_gold (&error);
  DtDate meeting = dt_date_new (2024, 1, 25);

  g_assert_no_error (error);
  store = dt_store_open (db_path, &error);
  g_assert_no_error (error);

  dt_notice_set_number (notice, NOTICE_NUMBER);
  dt_notice_set_issue_date (notice, dt_date_new (2024, 1, 31));
  dt_notice_set_meeting_date (notice, meeting);

  for (guint i = 0; i < rows->len; i++)
    {
      const FixtureGoldRow *row = g_ptr_array_index (rows, i);
      g_autoptr(DtDirective) d = NULL;
      gpointer unit_id;

      if (strchr (row->units, ';') != NULL)
        continue;
      if (!g_hash_table_lookup_extended (units, row->units, NULL, &unit_id))
        {
          g_autoptr(DtUnit) unit = dt_unit_new (row->units);

          g_assert_true (dt_store_save_unit (store, unit, &error));
          g_assert_no_error (error);
          unit_id = GINT_TO_POINTER ((int) dt_unit_get_id (unit));
          g_hash_table_insert (units, row->units, unit_id);
        }

      d = dt_directive_new ();
      dt_directive_set_ordinal (d, row->ordinal);
      dt_directive_set_section (d, row->section);
      dt_directive_set_text (d, row->text);
      dt_directive_set_lead_unit_id (d, GPOINTER_TO_INT (unit_id));
      dt_directive_set_assigned_date (d, meeting);
      dt_directive_set_deadline (d, row->deadline);
      dt_directive_set_deadline_approximate (d, row->approximate);
      if (row->every_days > 0)
        dt_directive_set_recurrence (d, DT_RECURRENCE_DAYS, row->every_days);
      g_ptr_array_add (directives, g_steal_pointer (&d));
    }

  g_assert_true (dt_store_save_notice_with_directives (store, notice, directives, &error));
  g_assert_no_error (error);
}

/* Every page of the text ends with a form feed. */
static guint
count_pages (const char *text)
{
  return pdf_text_count (text, "\f");
}

static GVariantDict *
export_options (const char *out)
{
  GVariantDict *dict = g_variant_dict_new (NULL);

  g_variant_dict_insert_value (dict, "export-timeline", g_variant_new_bytestring (out));
  return dict;
}

#if HAVE_POPPLER
/* Runs the command line with the options of dict and the status rule
 * (NULL: the default), asserting it succeeds, and returns the text of the
 * PDF it wrote to out. */
static char *
export_text (GVariantDict       *dict,
             const char         *out,
             const DtStatusRule *rule)
{
  g_assert_cmpint (dt_timeline_cli_run (dict, db_path, rule), ==, 0);
  return pdf_text_read (out);
}
#endif

static void
test_cli_not_asked (void)
{
  g_autoptr(GVariantDict) dict = g_variant_dict_new (NULL);

  g_variant_dict_insert (dict, "scale", "s", "week");
  g_assert_cmpint (dt_timeline_cli_run (dict, db_path, NULL), ==, -1);
}

static void
test_cli_export_notice (void)
{
#if HAVE_POPPLER
  g_autofree char *out = g_build_filename (tmpdir, "notice.pdf", NULL);
  g_autoptr(GVariantDict) dict = export_options (out);
  g_autofree char *text = NULL;
  g_autofree char *text_2 = NULL;
  g_autofree char *text_more = NULL;
  guint pages_1;

  g_variant_dict_insert (dict, "notice", "s", NOTICE_NUMBER);
  g_variant_dict_insert (dict, "paper", "s", "A3");
  g_variant_dict_insert (dict, "pages-wide", "i", 1);
  text = export_text (dict, out, NULL);
  g_assert_nonnull (strstr (text, "Sở Nông nghiệp và Phát triển nông thôn"));
  g_assert_nonnull (strstr (text, "Văn phòng Ủy ban nhân dân tỉnh"));
  g_assert_nonnull (strstr (text, NOTICE_NUMBER));
  g_assert_nonnull (strstr (text, "Page 1/"));
  pages_1 = count_pages (text);
  g_assert_cmpuint (pages_1, >=, 1);

  /* Two pages wide: twice the pages. */
  g_variant_dict_insert (dict, "pages-wide", "i", 2);
  text_2 = export_text (dict, out, NULL);
  g_assert_cmpuint (count_pages (text_2), ==, 2 * pages_1);

  /* A3 for more on each page (A4's type): fewer pages than larger type. */
  g_variant_dict_insert (dict, "pages-wide", "i", 1);
  g_variant_dict_insert (dict, "type-size", "s", "normal");
  text_more = export_text (dict, out, NULL);
  g_assert_nonnull (strstr (text_more, "Sở Nông nghiệp và Phát triển nông thôn"));
  g_test_message ("A3: %u pages with larger type, %u with more on each page",
                  pages_1, count_pages (text_more));
  g_assert_cmpuint (count_pages (text_more), <, pages_1);
  g_assert_cmpint (g_remove (out), ==, 0);
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

/* A meeting two years after the deadlines: --as-of sets the reporting date,
 * the pages reach it, and the default is one page wide. */
static void
test_cli_export_as_of (void)
{
#if HAVE_POPPLER
  g_autofree char *out = g_build_filename (tmpdir, "as-of.pdf", NULL);
  g_autoptr(GVariantDict) dict = export_options (out);
  g_autofree char *text = NULL;

  g_variant_dict_insert (dict, "as-of", "s", "04/12/2026");
  g_variant_dict_insert (dict, "scale", "s", "month");
  text = export_text (dict, out, NULL);
  g_assert_nonnull (strstr (text, "As of 04/12/2026"));
  g_assert_nonnull (strstr (text, "to 31/01/2027"));
  g_assert_nonnull (strstr (text, "Page 1/"));
  g_assert_cmpint (g_remove (out), ==, 0);

  g_variant_dict_insert (dict, "as-of", "s", "31/02/2026");
  g_assert_cmpint (dt_timeline_cli_run (dict, db_path, NULL), ==, 2);
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

/* The command line judges statuses by the rule it is given (the user's
 * settings): with 90 days counted as due soon, on 01/01/2024 nothing of
 * the sample is "in progress" any more but due soon.  The legend names
 * every status once a page; a group's header adds to it. */
static void
test_cli_status_rule (void)
{
#if HAVE_POPPLER
  const char *in_progress = "In progress";
  g_autofree char *out = g_build_filename (tmpdir, "rule.pdf", NULL);
  g_autoptr(GVariantDict) dict = export_options (out);
  g_autofree char *by_default = NULL;
  g_autofree char *by_rule = NULL;
  DtStatusRule ninety = { 90, DT_LATENESS_AGAINST_CURRENT };

  g_variant_dict_insert (dict, "group", "s", "status");
  g_variant_dict_insert (dict, "as-of", "s", "01/01/2024");
  by_default = export_text (dict, out, NULL);
  g_assert_cmpuint (pdf_text_count (by_default, in_progress), >, count_pages (by_default));

  by_rule = export_text (dict, out, &ninety);
  g_assert_cmpuint (pdf_text_count (by_rule, in_progress), ==, count_pages (by_rule));
  g_assert_cmpuint (pdf_text_count (by_rule, "Due soon"), >, count_pages (by_rule));
  g_assert_cmpint (g_remove (out), ==, 0);
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

static void
test_cli_export_unit (void)
{
#if HAVE_POPPLER
  g_autofree char *out = g_build_filename (tmpdir, "unit.pdf", NULL);
  g_autoptr(GVariantDict) dict = export_options (out);
  g_autofree char *text = NULL;

  /* Matched as the store matches names: case and tone placement aside. */
  g_variant_dict_insert (dict, "unit", "s", "sở y tế");
  g_variant_dict_insert (dict, "from", "s", "01/01/2024");
  g_variant_dict_insert (dict, "to", "s", "2024-06-30");
  g_variant_dict_insert (dict, "scale", "s", "week");
  text = export_text (dict, out, NULL);
  g_assert_nonnull (strstr (text, "Sở Y tế"));
  g_assert_null (strstr (text, "Sở Nội vụ"));
  g_assert_nonnull (strstr (text, "From 01/01/2024 to 30/06/2024"));
  g_assert_cmpint (g_remove (out), ==, 0);
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

static void
test_cli_export_png (void)
{
  g_autofree char *out = g_build_filename (tmpdir, "timeline.png", NULL);
  g_autoptr(GVariantDict) dict = export_options (out);
  cairo_surface_t *image;

  g_variant_dict_insert (dict, "group", "s", "status");
  g_assert_cmpint (dt_timeline_cli_run (dict, db_path, NULL), ==, 0);
  image = cairo_image_surface_create_from_png (out);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (image);
  g_assert_cmpint (g_remove (out), ==, 0);
}

static void
expect_bad_value (const char *out_name,
                  const char *key,
                  const char *value)
{
  g_autofree char *out = g_build_filename (tmpdir, out_name, NULL);
  g_autoptr(GVariantDict) dict = export_options (out);

  if (key)
    g_variant_dict_insert (dict, key, "s", value);
  g_assert_cmpint (dt_timeline_cli_run (dict, db_path, NULL), ==, 2);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

/* The one adapter: a stored directive, extended, becomes an item with both
 * deadlines, its unit's name and its status. */
static void
test_item_from_directive (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtStore) store = dt_store_open (db_path, &error);
  g_autoptr(DtDirectiveList) list = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(DtDirective) extended = NULL;
  g_autoptr(DtExtension) extension = NULL;
  g_autoptr(DtTimelineItem) item = NULL;
  DtDirective *with_deadline = NULL;
  guint n;

  g_assert_no_error (error);
  list = dt_directive_list_new (store);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  items = dt_timeline_items_from_model (G_LIST_MODEL (list));
  g_assert_cmpuint (items->len, ==, n);
  g_assert_cmpuint (n, >=, 40);

  for (guint i = 0; i < n && with_deadline == NULL; i++)
    {
      g_autoptr(DtDirective) d = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (dt_directive_get_deadline (d) == dt_date_new (2024, 3, 31))
        with_deadline = g_steal_pointer (&d);
    }
  g_assert_nonnull (with_deadline);

  extension = dt_extension_new (dt_directive_get_id (with_deadline), dt_date_new (2024, 4, 30),
                                dt_date_new (2024, 3, 20), "Chờ ý kiến của bộ");
  g_assert_true (dt_store_add_extension (store, extension, &error));
  g_assert_no_error (error);
  extended = dt_store_get_directive (store, dt_directive_get_id (with_deadline), &error);
  g_assert_no_error (error);

  item = dt_timeline_item_new_from_directive (extended);
  g_assert_cmpint (item->id, ==, dt_directive_get_id (with_deadline));
  g_assert_cmpuint (item->deadline, ==, dt_date_new (2024, 4, 30));
  g_assert_cmpuint (item->original_deadline, ==, dt_date_new (2024, 3, 31));
  g_assert_cmpuint (item->assigned, ==, dt_date_new (2024, 1, 25));
  g_assert_nonnull (item->unit);
  g_assert_cmpstr (item->unit, ==, dt_directive_get_lead_unit_name (with_deadline));
  g_assert_cmpstr (item->ordinal, ==, dt_directive_get_ordinal (with_deadline));
  g_assert_cmpint (item->status, ==, DT_STATUS_IN_PROGRESS);   /* today is 20/02/2024 */

  /* a text cut from mid-sentence is drawn and printed with a capital first
   * letter, as the list shows it */
  dt_directive_set_text (extended, "phối hợp chặt chẽ với Sở Tài chính");
  g_clear_pointer (&item, dt_timeline_item_free);
  item = dt_timeline_item_new_from_directive (extended);
  g_assert_cmpstr (item->text, ==, "Phối hợp chặt chẽ với Sở Tài chính");

  g_assert_true (dt_store_delete_extension (store, dt_extension_get_id (extension), &error));
  g_assert_no_error (error);
  g_object_unref (with_deadline);
}

/* "Overdue and due in the next 30 days" on 20/02/2024: the deadlines of
 * 14/02 (overdue), 24/02 and 29/02 are on the chart; those of 31/03 and
 * the directives without a deadline are not; the subtitle says until when. */
static void
test_cli_preset_due (void)
{
#if HAVE_POPPLER
  g_autofree char *out = g_build_filename (tmpdir, "due.pdf", NULL);
  g_autoptr(GVariantDict) dict = export_options (out);
  const char *due[] = { "overdue-30", NULL };
  const char *due_unit[] = { "overdue-30", "unit:sở y tế", NULL };
  g_autofree char *text = NULL;
  g_autofree char *text_unit = NULL;

  g_variant_dict_insert (dict, "preset", "^as", due);
  text = export_text (dict, out, NULL);
  g_assert_nonnull (strstr (text, "Overdue and due by 21/03/2024"));
  g_assert_nonnull (strstr (text, "Sở Y tế"));                 /* 14/02, overdue */
  g_assert_nonnull (strstr (text, "Sở Công Thương"));          /* 24/02 */
  g_assert_nonnull (strstr (text, "Sở Kế hoạch và Đầu tư"));   /* 29/02 */
  g_assert_null (strstr (text, "Sở Nội vụ"));                  /* 31/03 and none */
  g_assert_null (strstr (text, "Sở Du lịch"));                 /* no deadline */

  /* Repeated: what is due, of one unit. */
  g_variant_dict_insert (dict, "preset", "^as", due_unit);
  text_unit = export_text (dict, out, NULL);
  g_assert_nonnull (strstr (text_unit, "Sở Y tế"));
  g_assert_null (strstr (text_unit, "Sở Công Thương"));
  g_assert_cmpint (g_remove (out), ==, 0);
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

/* notice:NUMBER is the notice's chart, as --notice; a bad preset is refused. */
static void
test_cli_preset_notice (void)
{
#if HAVE_POPPLER
  g_autofree char *out = g_build_filename (tmpdir, "preset-notice.pdf", NULL);
  g_autoptr(GVariantDict) dict = export_options (out);
  const char *notice[] = { "notice:" NOTICE_NUMBER, NULL };
  const char *missing[] = { "notice:999/TB-XX", NULL };
  const char *bad[][2] = { { "overdue-0", NULL }, { "overdue-", NULL }, { "notice:", NULL },
                           { "week", NULL }, { "overdue-400", NULL } };
  g_autofree char *text = NULL;

  g_variant_dict_insert (dict, "preset", "^as", notice);
  text = export_text (dict, out, NULL);
  g_assert_nonnull (strstr (text, NOTICE_NUMBER));
  g_assert_nonnull (strstr (text, "Sở Nội vụ"));
  g_assert_cmpint (g_remove (out), ==, 0);

  g_variant_dict_insert (dict, "preset", "^as", missing);
  g_assert_cmpint (dt_timeline_cli_run (dict, db_path, NULL), ==, 2);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_variant_dict_insert (dict, "preset", "^as", bad[i]);
      g_assert_cmpint (dt_timeline_cli_run (dict, db_path, NULL), ==, 2);
    }
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
#else
  g_test_skip (PDF_TEXT_WITHOUT_POPPLER);
#endif
}

static DtTimelineItem *
due_item (DtTimelineItem *item,
          DtDate          deadline,
          DtStatus        status)
{
  item->deadline = item->original_deadline = deadline;
  item->status = status;
  return item;
}

/* The rule itself, on items made by hand: overdue (by either deadline rule)
 * or due by the 30th day after the reporting date, never what is completed
 * or cancelled on that day; the order is kept. */
static void
test_preset_keep_due (void)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) dt_timeline_item_free);
  DtDate as_of = dt_date_new (2026, 12, 4);
  DtTimelineItem *overdue, *last_day, *extended;
  DtTimelinePreset preset;
  const char *name;
  guint days;

  g_assert_true (dt_timeline_preset_parse ("overdue-30", &preset, &days, &name));
  g_assert_cmpint (preset, ==, DT_TIMELINE_PRESET_DUE);
  g_assert_cmpuint (days, ==, 30);
  g_assert_true (dt_timeline_preset_parse ("unit:Sở Y tế", &preset, &days, &name));
  g_assert_cmpint (preset, ==, DT_TIMELINE_PRESET_UNIT);
  g_assert_cmpstr (name, ==, "Sở Y tế");

  g_ptr_array_add (items, overdue = due_item (dt_timeline_item_new (), dt_date_new (2024, 3, 31),
                                              DT_STATUS_OVERDUE));
  g_ptr_array_add (items, due_item (dt_timeline_item_new (), dt_date_new (2024, 3, 31),
                                    DT_STATUS_COMPLETED_LATE));
  g_ptr_array_add (items, last_day = due_item (dt_timeline_item_new (), as_of + 30, DT_STATUS_IN_PROGRESS));
  g_ptr_array_add (items, due_item (dt_timeline_item_new (), as_of + 31, DT_STATUS_IN_PROGRESS));
  g_ptr_array_add (items, due_item (dt_timeline_item_new (), DT_DATE_NONE, DT_STATUS_ONGOING));
  g_ptr_array_add (items, due_item (dt_timeline_item_new (), as_of + 3, DT_STATUS_CANCELLED));
  ((DtTimelineItem *) g_ptr_array_index (items, items->len - 1))->cancelled = TRUE;
  /* extended past the window, but late against the deadline first set */
  g_ptr_array_add (items, extended = due_item (dt_timeline_item_new (), as_of + 90, DT_STATUS_OVERDUE));
  extended->original_deadline = as_of - 10;

  dt_timeline_items_keep_due (items, as_of, 30);
  g_assert_cmpuint (items->len, ==, 3);
  g_assert_true (g_ptr_array_index (items, 0) == overdue);
  g_assert_true (g_ptr_array_index (items, 1) == last_day);
  g_assert_true (g_ptr_array_index (items, 2) == extended);
}

static void
test_cli_bad_values (void)
{
  g_autofree char *out = g_build_filename (tmpdir, "x.pdf", NULL);
  g_autoptr(GVariantDict) dict = export_options (out);

  expect_bad_value ("x.docx", NULL, NULL);
  expect_bad_value ("x.pdf", "scale", "fortnight");
  expect_bad_value ("x.pdf", "paper", "Letter");
  expect_bad_value ("x.pdf", "type-size", "huge");
  expect_bad_value ("x.pdf", "group", "colour");
  expect_bad_value ("x.pdf", "from", "32/13/2024");
  expect_bad_value ("x.pdf", "to", "tomorrow");
  expect_bad_value ("x.pdf", "notice", "999/TB-XX");
  expect_bad_value ("x.pdf", "unit", "Sở Không Tồn Tại");

  g_variant_dict_insert (dict, "pages-wide", "i", -1);
  g_assert_cmpint (dt_timeline_cli_run (dict, db_path, NULL), ==, 2);
  g_variant_dict_insert (dict, "pages-wide", "i", 1);
  g_variant_dict_insert (dict, "from", "s", "01/06/2024");
  g_variant_dict_insert (dict, "to", "s", "01/01/2024");
  g_assert_cmpint (dt_timeline_cli_run (dict, db_path, NULL), ==, 2);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

/* Another program's database with a user_version we know: refused with a
 * message and a failure status, not an empty timeline; left as it was. */
static void
test_cli_foreign_database (void)
{
  g_autofree char *foreign = g_build_filename (tmpdir, "contacts.db", NULL);
  g_autofree char *out = g_build_filename (tmpdir, "foreign.pdf", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len = 0, after_len = 0;

  if (!g_test_subprocess ())
    {
      sqlite3 *db = NULL;

      g_assert_cmpint (sqlite3_open (foreign, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE contacts (name TEXT);"
                                     "INSERT INTO contacts VALUES ('Nguyễn Văn A');"
                                     "PRAGMA user_version = 2;", NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (db);
      g_assert_true (g_file_get_contents (foreign, &before, &before_len, NULL));

      g_setenv ("DT_TEST_FOREIGN_DB", foreign, TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      g_test_trap_assert_stderr ("*not a Directives database*");

      g_assert_true (g_file_get_contents (foreign, &after, &after_len, NULL));
      g_assert_cmpmem (before, before_len, after, after_len);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
      g_remove (foreign);
      return;
    }
  {
    g_autoptr(GVariantDict) dict = export_options (out);

    g_assert_cmpint (dt_timeline_cli_run (dict, g_getenv ("DT_TEST_FOREIGN_DB"), NULL), ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  g_setenv ("DT_TODAY", "2024-02-20", TRUE);

  tmpdir = g_dir_make_tmp ("dt-timeline-cli-XXXXXX", &error);
  g_assert_no_error (error);
  db_path = g_build_filename (tmpdir, "directives.db", NULL);
  build_database ();

  g_test_add_func ("/timeline/cli/not-asked", test_cli_not_asked);
  g_test_add_func ("/timeline/cli/export-notice", test_cli_export_notice);
  g_test_add_func ("/timeline/cli/export-unit", test_cli_export_unit);
  g_test_add_func ("/timeline/cli/export-as-of", test_cli_export_as_of);
  g_test_add_func ("/timeline/cli/status-rule", test_cli_status_rule);
  g_test_add_func ("/timeline/cli/export-png", test_cli_export_png);
  g_test_add_func ("/timeline/cli/bad-values", test_cli_bad_values);
  g_test_add_func ("/timeline/cli/preset-due", test_cli_preset_due);
  g_test_add_func ("/timeline/cli/preset-notice", test_cli_preset_notice);
  g_test_add_func ("/timeline/preset/keep-due", test_preset_keep_due);
  g_test_add_func ("/timeline/cli/foreign-database", test_cli_foreign_database);
  g_test_add_func ("/timeline/cli/item-from-directive", test_item_from_directive);
  status = g_test_run ();

  g_remove (db_path);
  g_rmdir (tmpdir);
  g_free (db_path);
  g_free (tmpdir);
  return status;
}
