/* test-undo-stack.c — one undo stack for deleting, completing, importing
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-date.h"
#include "dt-store.h"
#include "dt-undo-stack.h"
#include "model-test-util.h"

#define D(y, m, d) dt_date_new (y, m, d)

typedef struct
{
  DtStore     *store;
  DtUndoStack *undo;
  DtUnit      *unit;
  DtNotice    *notice;
  DtDirective *first;
  DtDirective *second;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = model_test_open_store (":memory:");
  f->undo = dt_undo_stack_new (f->store);
  f->unit = model_test_add_unit (f->store, "Sở Y tế");
  f->notice = model_test_add_notice (f->store, "37/TB-UBND", D (2024, 1, 31));
  f->first = model_test_add_directive (f->store, dt_notice_get_id (f->notice), dt_unit_get_id (f->unit),
                                       "1", "Kiểm tra an toàn thực phẩm", D (2024, 3, 31));
  f->second = model_test_add_directive (f->store, dt_notice_get_id (f->notice), dt_unit_get_id (f->unit),
                                        "2", "Tiêm chủng mở rộng", D (2024, 6, 30));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->first);
  g_clear_object (&f->second);
  g_clear_object (&f->notice);
  g_clear_object (&f->unit);
  g_assert_finalize_object (f->undo);
  g_assert_finalize_object (f->store);
}

static gboolean
exists (Fixture *f,
        gint64   id)
{
  g_autoptr(DtDirective) d = dt_store_get_directive (f->store, id, NULL);

  return d != NULL;
}

static DtDate
completed_on (Fixture *f,
              gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtDirective) d = dt_store_get_directive (f->store, id, &error);

  g_assert_no_error (error);
  return dt_directive_get_completed_date (d);
}

/* Deletes @d as the window does: snapshot, then delete, then push. */
static void
delete (Fixture     *f,
        DtDirective *d)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) extensions = dt_store_list_extensions (f->store, dt_directive_get_id (d), &error);
  g_autoptr(GPtrArray) reports = dt_store_list_reports (f->store, dt_directive_get_id (d), &error);

  g_assert_no_error (error);
  g_assert_true (dt_store_delete_directive (f->store, dt_directive_get_id (d), &error));
  g_assert_no_error (error);
  dt_undo_stack_push (f->undo, dt_undo_command_new_delete (d, extensions, reports));
}

static void
complete (Fixture     *f,
          DtDirective *d,
          DtDate       date)
{
  g_autoptr(GError) error = NULL;
  DtDate before = dt_directive_get_completed_date (d);

  dt_directive_set_completed_date (d, date);
  g_assert_true (dt_store_save_directive (f->store, d, &error));
  g_assert_no_error (error);
  dt_undo_stack_push (f->undo, dt_undo_command_new_complete (dt_directive_get_id (d), before, date));
}

/* Ctrl+Z undoes the last thing done, whatever it was: a completion after a
 * deletion is undone first, then the deletion; Ctrl+Shift+Z redoes them in
 * their order. */
static void
test_last_first (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 first = dt_directive_get_id (f->first);
  gint64 second = dt_directive_get_id (f->second);
  DtUndoKind kind;

  g_assert_false (dt_undo_stack_can_undo (f->undo));
  delete (f, f->first);
  complete (f, f->second, D (2024, 3, 20));
  g_assert_false (exists (f, first));
  g_assert_cmpuint (completed_on (f, second), ==, D (2024, 3, 20));

  g_assert_true (dt_undo_stack_peek_undo (f->undo, &kind));
  g_assert_cmpint (kind, ==, DT_UNDO_COMPLETE);
  g_assert_true (dt_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (completed_on (f, second), ==, DT_DATE_NONE);
  g_assert_false (exists (f, first));

  g_assert_true (dt_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  g_assert_true (exists (f, first));
  g_assert_false (dt_undo_stack_can_undo (f->undo));
  g_assert_true (dt_undo_stack_can_redo (f->undo));

  g_assert_true (dt_undo_stack_redo (f->undo, &error));
  g_assert_no_error (error);
  g_assert_false (exists (f, first));
  g_assert_cmpuint (completed_on (f, second), ==, DT_DATE_NONE);
  g_assert_true (dt_undo_stack_redo (f->undo, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (completed_on (f, second), ==, D (2024, 3, 20));
  g_assert_false (dt_undo_stack_can_redo (f->undo));
}

/* Something new done after an undo: what was undone cannot be redone. */
static void
test_new_action_ends_redo (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  complete (f, f->first, D (2024, 3, 20));
  g_assert_true (dt_undo_stack_undo (f->undo, &error));
  g_assert_true (dt_undo_stack_can_redo (f->undo));
  delete (f, f->second);
  g_assert_false (dt_undo_stack_can_redo (f->undo));
  g_assert_true (dt_undo_stack_can_undo (f->undo));
}

/* An import is undone with the units made for it; it is not redone, and
 * nothing undone after it can be redone (it may have depended on it). */
static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtUnit) unit = model_test_add_unit (f->store, "Sở Công Thương");
  g_autoptr(DtNotice) notice = model_test_add_notice (f->store, "99/TB-UBND", D (2024, 3, 1));
  g_autoptr(DtDirective) d = model_test_add_directive (f->store, dt_notice_get_id (notice),
                                                       dt_unit_get_id (unit), "1",
                                                       "Phát triển thương mại điện tử", D (2024, 9, 30));
  gint64 unit_id = dt_unit_get_id (unit);
  g_autoptr(DtUnit) gone = NULL;
  g_autoptr(DtNotice) gone_notice = NULL;

  dt_undo_stack_push (f->undo, dt_undo_command_new_import (dt_notice_get_id (notice), &unit_id, 1));
  complete (f, d, D (2024, 3, 20));
  g_assert_true (dt_undo_stack_undo (f->undo, &error));
  g_assert_true (dt_undo_stack_can_redo (f->undo));

  g_assert_true (dt_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  gone_notice = dt_store_get_notice (f->store, dt_notice_get_id (notice), NULL);
  g_assert_null (gone_notice);
  g_assert_false (exists (f, dt_directive_get_id (d)));
  gone = dt_store_get_unit (f->store, unit_id, NULL);
  g_assert_null (gone);
  g_assert_false (dt_undo_stack_can_redo (f->undo));
  /* what came before it is still there to undo */
  g_assert_false (dt_undo_stack_can_undo (f->undo));
  g_assert_true (exists (f, dt_directive_get_id (f->first)));
}

/* When the store refuses, the command stays to be tried again. */
static void
test_refused_stays (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = dt_directive_get_id (f->first);

  complete (f, f->first, D (2024, 3, 20));
  /* gone meanwhile: the completion cannot be taken back */
  g_assert_true (dt_store_delete_directive (f->store, id, &error));
  g_assert_false (dt_undo_stack_undo (f->undo, &error));
  g_assert_error (error, DT_STORE_ERROR, DT_STORE_ERROR_NOT_FOUND);
  g_assert_true (dt_undo_stack_can_undo (f->undo));
  g_assert_false (dt_undo_stack_can_redo (f->undo));
}

static void
test_notifies (Fixture       *f,
               gconstpointer  data)
{
  guint n_undo = 0, n_redo = 0;

  g_signal_connect (f->undo, "notify::can-undo", G_CALLBACK (model_test_count_notify), &n_undo);
  g_signal_connect (f->undo, "notify::can-redo", G_CALLBACK (model_test_count_notify), &n_redo);
  complete (f, f->first, D (2024, 3, 20));
  g_assert_cmpuint (n_undo, ==, 1);
  complete (f, f->second, D (2024, 3, 20));
  g_assert_cmpuint (n_undo, ==, 1);   /* still can */
  dt_undo_stack_undo (f->undo, NULL);
  g_assert_cmpuint (n_redo, ==, 1);
  dt_undo_stack_clear (f->undo);
  g_assert_cmpuint (n_undo, ==, 2);
  g_assert_cmpuint (n_redo, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/undo-stack/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("last-first", test_last_first);
  ADD ("new-action-ends-redo", test_new_action_ends_redo);
  ADD ("import", test_import);
  ADD ("refused-stays", test_refused_stays);
  ADD ("notifies", test_notifies);

  return g_test_run ();
}
