/* directive-list-fixture.c — a store with a notice and two units, for the
 * tests of DtDirectiveList
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "directive-list-fixture.h"
#include "model-test-util.h"

void
directive_list_fixture_set_up (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_setenv ("DT_TODAY", "2024-03-15", TRUE);
  f->store = dt_store_open (":memory:", &error);
  g_assert_no_error (error);
  f->notice = dt_notice_new ();
  dt_notice_set_number (f->notice, "37/TB-UBND");
  dt_notice_set_title (f->notice, "Kết luận giao ban quý I");
  dt_notice_set_issue_date (f->notice, D (2024, 1, 31));
  g_assert_true (dt_store_save_notice (f->store, f->notice, &error));
  f->health = model_test_add_unit (f->store, "Sở Y tế");
  f->transport = model_test_add_unit (f->store, "Sở Giao thông vận tải");
}

void
directive_list_fixture_tear_down (Fixture       *f,
                                  gconstpointer  data)
{
  g_clear_object (&f->notice);
  g_clear_object (&f->health);
  g_clear_object (&f->transport);
  g_assert_finalize_object (f->store);
  g_unsetenv ("DT_TODAY");
}

guint
directive_list_n_items (DtDirectiveList *list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}
