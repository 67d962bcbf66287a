/* test-import-row.c — one extracted directive as the review shows and edits it
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-date.h"
#include "dt-import-row.h"

static DtExtractedDirective *
directive_new (const char *lead_unit,
               gboolean    known,
               guint       doubts)
{
  DtExtractedDirective *x = dt_extracted_directive_new ();

  x->text = g_strdup ("Kiểm tra an toàn thực phẩm dịp Tết");
  x->lead_unit = g_strdup (lead_unit);
  x->lead_unit_known = known;
  x->doubts = doubts;
  return x;
}

static void
count_notify (guint *n)
{
  (*n)++;
}

/* A deadline typed in the review: dd/mm/yyyy, or nothing; anything else is
 * refused and leaves the row as it was.  A date typed is meant exactly. */
static void
test_deadline_text (void)
{
  g_autoptr(DtExtractedDirective) x = directive_new ("Sở Y tế", TRUE,
                                                     DT_EXTRACTION_DOUBT_NO_DEADLINE);
  g_autoptr(DtImportRow) row = dt_import_row_new (x, NULL);
  g_autofree char *shown = NULL;
  g_autofree char *empty = NULL;

  x->approximate = TRUE;
  g_assert_true (dt_import_row_set_deadline_text (row, " 30/6/2024 "));
  shown = dt_import_row_dup_deadline_text (row);
  g_assert_cmpstr (shown, ==, "30/06/2024");
  g_assert_cmpuint (x->deadline, ==, dt_date_new (2024, 6, 30));
  g_assert_false (x->approximate);
  g_assert_cmpuint (dt_import_row_get_doubts (row) & DT_EXTRACTION_DOUBT_NO_DEADLINE, ==, 0);

  g_assert_false (dt_import_row_set_deadline_text (row, "cuối quý"));
  g_assert_cmpuint (x->deadline, ==, dt_date_new (2024, 6, 30));

  g_assert_true (dt_import_row_set_deadline_text (row, ""));
  empty = dt_import_row_dup_deadline_text (row);
  g_assert_cmpstr (empty, ==, "");
}

/* The lead unit typed: a name the catalogue knows becomes its own spelling
 * and is known; another is proposed as a new unit, which the row says. */
static void
test_lead_unit (void)
{
  g_autoptr(DtUnitCatalog) catalog = dt_unit_catalog_new_default ();
  g_autoptr(DtExtractedDirective) x = directive_new ("Các sở, ngành", FALSE,
                                                     DT_EXTRACTION_DOUBT_COLLECTIVE);
  g_autoptr(DtImportRow) row = dt_import_row_new (x, catalog);
  const char *canonical = dt_unit_catalog_lookup (catalog, "Sở Y tế");
  g_autofree char *doubt = NULL;

  g_assert_nonnull (canonical);
  dt_import_row_set_lead_unit (row, "  sở y tế ");
  g_assert_cmpstr (dt_import_row_get_lead_unit (row), ==, canonical);
  g_assert_true (dt_import_row_get_lead_unit_known (row));
  g_assert_cmpuint (dt_import_row_get_doubts (row), ==, DT_EXTRACTION_DOUBT_NONE);
  g_assert_null (dt_import_row_dup_doubt_text (row));

  dt_import_row_set_lead_unit (row, "Ban Quản lý dự án Đường sắt Bắc Nam");
  g_assert_false (dt_import_row_get_lead_unit_known (row));
  g_assert_cmpuint (dt_import_row_get_doubts (row), ==, DT_EXTRACTION_DOUBT_UNKNOWN_UNIT);
  doubt = dt_import_row_dup_doubt_text (row);
  g_assert_nonnull (strstr (doubt, "Ban Quản lý dự án Đường sắt Bắc Nam"));
}

/* What the review's cells bind to is notified once a change, never for
 * nothing. */
static void
test_notifies (void)
{
  g_autoptr(DtExtractedDirective) x = directive_new ("Sở Y tế", TRUE, 0);
  g_autoptr(DtImportRow) row = dt_import_row_new (x, NULL);
  guint n = 0;
  gboolean accepted = dt_import_row_get_accepted (row);

  g_signal_connect_swapped (row, "notify::accepted", G_CALLBACK (count_notify), &n);
  dt_import_row_set_accepted (row, accepted);
  g_assert_cmpuint (n, ==, 0);
  dt_import_row_set_accepted (row, !accepted);
  dt_import_row_set_accepted (row, !accepted);
  g_assert_cmpint (dt_import_row_get_accepted (row), ==, !accepted);
  g_assert_cmpuint (n, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-row/deadline-text", test_deadline_text);
  g_test_add_func ("/import-row/lead-unit", test_lead_unit);
  g_test_add_func ("/import-row/notifies", test_notifies);

  return g_test_run ();
}
