/* test-status-rule.c — the status rule, in C and in SQL, and its settings
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * dt_status_compute() is the one definition of a status; the lists filter,
 * count and sort in SQL by dt_status_rule_to_sql().  Here every row of a
 * database holding every kind of directive is judged both ways, under
 * each value of the two settings ("due-soon-days",
 * "lateness-against-original"), and the store's rule reaches the objects
 * the lists hold.
 */

#include "config.h"

#include "dt-date.h"
#include "dt-directive-list.h"
#include "dt-status.h"
#include "dt-store.h"
#include "model-test-util.h"

#define D(y, m, d) dt_date_new (y, m, d)
#define TODAY D (2024, 3, 15)

typedef struct
{
  DtStore   *store;
  GPtrArray *directives;  /* as saved */
} Fixture;

/* Every combination that decides a status: a deadline around today (or
 * none), extended to before or after today or not, completed before, on
 * or after it or not, cancelled or not, recurring or not. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const int offsets[] = { G_MININT, -30, -1, 0, 1, 5, 7, 8, 10, 11, 40 };
  const int extensions[] = { 0, -10, 3, 20 };
  const int completions[] = { G_MININT, -2, 0, 1, 25 };
  const DtRecurrence recurrences[] = { DT_RECURRENCE_NONE, DT_RECURRENCE_MONTHLY,
                                       DT_RECURRENCE_ONGOING };
  g_autoptr(DtNotice) notice = NULL;
  g_autoptr(DtUnit) unit = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_setenv ("DT_TODAY", "2024-03-15", TRUE);
  f->store = model_test_open_store (":memory:");
  f->directives = g_ptr_array_new_with_free_func (g_object_unref);
  notice = model_test_add_notice (f->store, "37/TB-UBND", D (2024, 1, 31));
  unit = model_test_add_unit (f->store, "Sở Y tế");

  for (guint o = 0; o < G_N_ELEMENTS (offsets); o++)
    for (guint e = 0; e < G_N_ELEMENTS (extensions); e++)
      for (guint c = 0; c < G_N_ELEMENTS (completions); c++)
        for (guint r = 0; r < G_N_ELEMENTS (recurrences); r++)
          for (guint cancelled = 0; cancelled <= 1; cancelled++)
            {
              DtDate deadline = offsets[o] == G_MININT ? DT_DATE_NONE : TODAY + offsets[o];
              g_autofree char *ordinal = g_strdup_printf ("%u", ++n);
              g_autoptr(DtDirective) d = NULL;

              /* a directive without a deadline is extended to one, or not */
              d = model_test_add_directive (f->store, dt_notice_get_id (notice),
                                            dt_unit_get_id (unit), ordinal, "Nhiệm vụ", deadline);
              if (extensions[e] != 0)
                {
                  g_autoptr(DtExtension) extension = NULL;

                  extension = dt_extension_new (dt_directive_get_id (d), TODAY + extensions[e],
                                                D (2024, 2, 1), "Gia hạn");
                  g_assert_true (dt_store_add_extension (f->store, extension, &error));
                  g_assert_no_error (error);
                }
              g_clear_object (&d);
              d = dt_store_get_directive (f->store, (gint64) n, &error);
              g_assert_no_error (error);
              if (completions[c] != G_MININT)
                dt_directive_set_completed_date (d, (deadline ? deadline : TODAY) + completions[c]);
              dt_directive_set_cancelled (d, cancelled);
              dt_directive_set_recurrence (d, recurrences[r], recurrences[r] ? 1 : 0);
              g_assert_true (dt_store_save_directive (f->store, d, &error));
              g_assert_no_error (error);
              g_ptr_array_add (f->directives, g_steal_pointer (&d));
            }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->directives, g_ptr_array_unref);
  g_assert_finalize_object (f->store);
  g_unsetenv ("DT_TODAY");
}

static DtStatus
expected_status (DtDirective        *d,
                 const DtStatusRule *rule)
{
  return dt_status_compute (rule, TODAY, dt_directive_get_deadline (d),
                            dt_directive_get_original_deadline (d),
                            dt_directive_get_completed_date (d), dt_directive_get_cancelled (d),
                            dt_directive_get_recurrence (d));
}

/* Under every rule, each status filter of a list holds exactly the rows
 * dt_status_compute() gives that status, the counts agree, and the
 * objects of the list say the same. */
static void
test_sql_agrees_on_every_row (Fixture       *f,
                              gconstpointer  data)
{
  const guint windows[] = { 0, 7, 10 };
  g_autoptr(DtDirectiveList) list = dt_directive_list_new (f->store);

  for (guint w = 0; w < G_N_ELEMENTS (windows); w++)
    for (guint lateness = DT_LATENESS_AGAINST_CURRENT; lateness <= DT_LATENESS_AGAINST_ORIGINAL; lateness++)
      {
        DtStatusRule rule = { windows[w], lateness };
        guint expected[DT_N_STATUSES] = { 0 };
        guint counts[DT_N_STATUSES];

        dt_store_set_status_rule (f->store, &rule);
        dt_directive_list_set_statuses (list, 0);
        dt_directive_list_count_statuses (list, counts);
        for (guint i = 0; i < f->directives->len; i++)
          expected[expected_status (f->directives->pdata[i], &rule)]++;
        for (DtStatus s = 0; s < DT_N_STATUSES; s++)
          {
            g_autoptr(GHashTable) ids = g_hash_table_new (g_int64_hash, g_int64_equal);

            g_assert_cmpuint (counts[s], ==, expected[s]);
            dt_directive_list_set_statuses (list, DT_STATUS_FLAG (s));
            g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, expected[s]);
            for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
              {
                g_autoptr(DtDirective) item = g_list_model_get_item (G_LIST_MODEL (list), i);

                g_assert_cmpint (expected_status (item, &rule), ==, s);
                g_assert_cmpint (dt_directive_get_status (item), ==, s);
              }
          }
      }

  /* the varied database holds every status but the ones it cannot */
  {
    guint seen[DT_N_STATUSES] = { 0 };
    DtStatusRule rule = DT_STATUS_RULE_INIT;

    for (guint i = 0; i < f->directives->len; i++)
      seen[expected_status (f->directives->pdata[i], &rule)]++;
    for (DtStatus s = 0; s < DT_N_STATUSES; s++)
      g_assert_cmpuint (seen[s], >, 0);
  }
}

static void
count_changed (DtStore    *store,
               guint       changes,
               GHashTable *directive_ids,
               gpointer    data)
{
  (*(guint *) data)++;
}

/* "due-soon-days": 7 by default, and what the user sets */
static void
test_due_soon_days (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(DtDirectiveList) list = dt_directive_list_new (f->store);
  g_autoptr(DtDirective) in_ten_days = NULL;
  guint n_status = 0;
  guint n_changed = 0;

  dt_directive_list_set_statuses (list, DT_STATUS_FLAG (DT_STATUS_DUE_SOON));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(DtDirective) item = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_cmpint (dt_directive_get_deadline (item) - TODAY, <=, 7);
    }

  /* an object the list holds follows the setting, and says so */
  dt_directive_list_set_statuses (list, 0);
  for (guint i = 0; in_ten_days == NULL; i++)
    {
      g_autoptr(DtDirective) item = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (dt_directive_get_deadline (item) == TODAY + 10 && !dt_directive_get_cancelled (item)
          && dt_directive_get_completed_date (item) == DT_DATE_NONE)
        in_ten_days = g_steal_pointer (&item);
    }
  g_assert_cmpint (dt_directive_get_status (in_ten_days), ==, DT_STATUS_IN_PROGRESS);
  g_signal_connect (in_ten_days, "notify::status", G_CALLBACK (model_test_count_notify),
                    &n_status);
  g_signal_connect (f->store, "changed", G_CALLBACK (count_changed), &n_changed);

  g_object_set (f->store, "due-soon-days", 10u, NULL);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (n_status, >=, 1);
  g_assert_cmpint (dt_directive_get_status (in_ten_days), ==, DT_STATUS_DUE_SOON);

  /* the same value again changes nothing */
  g_object_set (f->store, "due-soon-days", 10u, NULL);
  g_assert_cmpuint (n_changed, ==, 1);

  g_object_set (f->store, "due-soon-days", 7u, NULL);
  g_assert_cmpint (dt_directive_get_status (in_ten_days), ==, DT_STATUS_IN_PROGRESS);
  g_signal_handlers_disconnect_by_func (f->store, count_changed, &n_changed);
}

/* "lateness-against-original": an extended directive is judged against
 * its new deadline by default, against the first one when set */
static void
test_lateness_against_original (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(DtDirectiveList) list = dt_directive_list_new (f->store);
  guint overdue_current, overdue_original;
  gboolean lateness = TRUE;
  guint counts[DT_N_STATUSES];

  dt_directive_list_count_statuses (list, counts);
  overdue_current = counts[DT_STATUS_OVERDUE];
  g_object_set (f->store, "lateness-against-original", TRUE, NULL);
  g_object_get (f->store, "lateness-against-original", &lateness, NULL);
  g_assert_true (lateness);
  g_assert_cmpint (dt_store_get_status_rule (f->store)->lateness, ==, DT_LATENESS_AGAINST_ORIGINAL);
  dt_directive_list_count_statuses (list, counts);
  overdue_original = counts[DT_STATUS_OVERDUE];
  /* the counts follow the setting */
  g_assert_cmpuint (overdue_original, !=, overdue_current);

  /* extended from a past deadline to a later one: late only by the first */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(DtDirective) item = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (dt_directive_get_original_deadline (item) == TODAY - 1
          && dt_directive_get_deadline (item) == TODAY + 20
          && !dt_directive_get_cancelled (item)
          && dt_directive_get_completed_date (item) == DT_DATE_NONE)
        {
          g_assert_cmpint (dt_directive_get_status (item), ==, DT_STATUS_OVERDUE);
          g_object_set (f->store, "lateness-against-original", FALSE, NULL);
          g_assert_cmpint (dt_directive_get_status (item), ==, DT_STATUS_IN_PROGRESS);
          return;
        }
    }
  g_assert_not_reached ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/status-rule/sql-agrees-on-every-row", Fixture, NULL, fixture_set_up,
              test_sql_agrees_on_every_row, fixture_tear_down);
  g_test_add ("/status-rule/due-soon-days", Fixture, NULL, fixture_set_up,
              test_due_soon_days, fixture_tear_down);
  g_test_add ("/status-rule/lateness-against-original", Fixture, NULL, fixture_set_up,
              test_lateness_against_original, fixture_tear_down);

  return g_test_run ();
}
