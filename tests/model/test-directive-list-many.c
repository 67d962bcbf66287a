/* test-directive-list-many.c — a long list of directives, read a page at
 * a time
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-date.h"
#include "dt-directive-list.h"
#include "dt-status.h"
#include "dt-store.h"
#include "directive-list-fixture.h"
#include "model-test-util.h"

/* Items are read a page at a time: a long list gives every row the same
 * as reading it alone, keeps its objects while they are held (and brings
 * them up to date), and foreach() visits each row once with the same data. */
#define N_MANY 700

typedef struct
{
  GPtrArray *texts;    /* by position */
  GPtrArray *coords;   /* names joined, by position */
  guint      calls;
} Visited;

static char *
join_coordinating (DtDirective *directive)
{
  return g_strjoinv ("|", (char **) dt_directive_get_coordinating_unit_names (directive));
}

static void
visit (DtDirective *directive,
       guint        position,
       gpointer     user_data)
{
  Visited *visited = user_data;

  g_assert_cmpuint (position, <, visited->texts->len);
  g_assert_null (visited->texts->pdata[position]);
  visited->texts->pdata[position] = g_strdup (dt_directive_get_text (directive));
  visited->coords->pdata[position] = join_coordinating (directive);
  visited->calls++;
}

static void
assert_foreach_matches (DtDirectiveList *list)
{
  guint n = directive_list_n_items (list);
  Visited visited = { g_ptr_array_new_with_free_func (g_free),
                      g_ptr_array_new_with_free_func (g_free), 0 };

  g_ptr_array_set_size (visited.texts, n);
  g_ptr_array_set_size (visited.coords, n);
  dt_directive_list_foreach (list, visit, &visited);
  g_assert_cmpuint (visited.calls, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtDirective) directive = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autofree char *coords = join_coordinating (directive);

      g_assert_cmpstr (visited.texts->pdata[i], ==, dt_directive_get_text (directive));
      g_assert_cmpstr (visited.coords->pdata[i], ==, coords);
    }
  g_ptr_array_unref (visited.texts);
  g_ptr_array_unref (visited.coords);
}

static void
test_many (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(DtDirectiveList) list = NULL;
  g_autoptr(DtUnit) justice = model_test_add_unit (f->store, "Sở Tư pháp");
  g_autoptr(DtDirective) held = NULL;
  g_autoptr(DtDirective) held_far = NULL;
  g_autoptr(GError) error = NULL;
  gint64 held_far_id;

  for (guint i = 0; i < N_MANY; i++)
    {
      g_autofree char *ordinal = g_strdup_printf ("%u", i + 1);
      g_autofree char *text = g_strdup_printf ("Nhiệm vụ %u", i + 1);
      /* a few led by Tư pháp; every third has coordinating units, in an
       * order that is not that of their ids */
      DtUnit *lead = i % 100 == 7 ? justice : (i % 2 ? f->health : f->transport);
      g_autoptr(DtDirective) d = dt_directive_new ();

      dt_directive_set_notice_id (d, dt_notice_get_id (f->notice));
      dt_directive_set_lead_unit_id (d, dt_unit_get_id (lead));
      dt_directive_set_ordinal (d, ordinal);
      dt_directive_set_text (d, text);
      dt_directive_set_deadline (d, i % 5 ? D (2024, 1 + i % 12, 1 + i % 28) : 0);
      if (i % 3 == 0)
        {
          gint64 ids[] = { dt_unit_get_id (justice), dt_unit_get_id (f->transport),
                           dt_unit_get_id (f->health) };

          dt_directive_set_coordinating_unit_ids (d, ids, G_N_ELEMENTS (ids));
        }
      g_assert_true (dt_store_save_directive (f->store, d, &error));
      g_assert_no_error (error);
    }

  list = dt_directive_list_new (f->store);
  g_assert_cmpuint (directive_list_n_items (list), ==, N_MANY);

  /* every row as the store gives it alone */
  for (guint i = 0; i < N_MANY; i++)
    {
      g_autoptr(DtDirective) item = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autoptr(DtDirective) alone = dt_store_get_directive (f->store, dt_directive_get_id (item),
                                                             &error);
      g_autofree char *item_coords = join_coordinating (item);
      g_autofree char *alone_coords = join_coordinating (alone);

      g_assert_no_error (error);
      g_assert_cmpstr (dt_directive_get_text (item), ==, dt_directive_get_text (alone));
      g_assert_cmpstr (dt_directive_get_lead_unit_name (item), ==,
                       dt_directive_get_lead_unit_name (alone));
      g_assert_cmpstr (dt_directive_get_notice_label (item), ==, "37/TB-UBND");
      g_assert_cmpint (dt_directive_get_deadline (item), ==, dt_directive_get_deadline (alone));
      g_assert_cmpstr (item_coords, ==, alone_coords);
    }

  /* held objects come back the same after the whole list was read … */
  held = g_list_model_get_item (G_LIST_MODEL (list), 1);
  held_far = g_list_model_get_item (G_LIST_MODEL (list), N_MANY - 2);
  held_far_id = dt_directive_get_id (held_far);
  for (guint i = 0; i < N_MANY; i++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), i));
  {
    g_autoptr(DtDirective) again = g_list_model_get_item (G_LIST_MODEL (list), 1);
    g_autoptr(DtDirective) again_far = g_list_model_get_item (G_LIST_MODEL (list), N_MANY - 2);

    g_assert_true (again == held);
    g_assert_true (again_far == held_far);
  }

  /* … and are brought up to date in place, far apart as they are */
  {
    g_autoptr(DtDirective) copy = dt_store_get_directive (f->store, held_far_id, &error);
    g_autoptr(DtDirective) again = NULL;

    g_assert_no_error (error);
    dt_directive_set_text (copy, "Nhiệm vụ đã sửa");
    g_assert_true (dt_store_save_directive (f->store, copy, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (dt_directive_get_text (held_far), ==, "Nhiệm vụ đã sửa");
    again = g_list_model_get_item (G_LIST_MODEL (list), N_MANY - 2);
    g_assert_true (again == held_far);
  }

  /* foreach: the whole list (read in one pass), then a few of its rows
   * (read a page at a time) */
  assert_foreach_matches (list);
  dt_directive_list_set_unit (list, dt_unit_get_id (justice));
  g_assert_cmpuint (directive_list_n_items (list), ==, N_MANY / 100);
  assert_foreach_matches (list);
  dt_directive_list_set_unit (list, 0);
  dt_directive_list_set_sort (list, DT_DIRECTIVE_SORT_TEXT, TRUE);
  assert_foreach_matches (list);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/directive-list/many", Fixture, NULL, directive_list_fixture_set_up,
              test_many, directive_list_fixture_tear_down);

  return g_test_run ();
}
