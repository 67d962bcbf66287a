/* test-cell-text.c — a list cell's text (DtCellText) and its tooltip
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dt-cell-text.h"
#include "gui-test-util.h"

typedef struct
{
  GtkWindow *window;
  GtkWidget *cell;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->window = GTK_WINDOW (gtk_window_new ());
  f->cell = dt_cell_text_new ();
  g_object_set (f->cell, "lines", 2, NULL);
  gtk_window_set_default_size (f->window, 160, -1);
  gtk_window_set_child (f->window, f->cell);
  gtk_window_present (f->window);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (f->window);
  gui_test_wait_idle ();
}

/* What GTK asks when the pointer rests on the cell: whether it has a
 * tooltip to show. */
static gboolean
shows_tooltip (Fixture *f)
{
  g_autoptr(GObject) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean shown = FALSE;

  gui_test_wait_for_draw (f->cell);
  if (!gtk_widget_get_has_tooltip (f->cell))
    return FALSE;
  g_signal_emit_by_name (f->cell, "query-tooltip", 2, 2, FALSE, tooltip, &shown);
  return shown;
}

/* A text the cell shows whole has no tooltip (it would only repeat it,
 * and every tooltip is a window of its own); a text cut short shows the
 * whole of it. */
static void
test_tooltip_when_cut (Fixture       *f,
                       gconstpointer  data)
{
  DtCellText *cell = DT_CELL_TEXT (f->cell);

  dt_cell_text_set_text (cell, "Sở Y tế");
  g_assert_false (shows_tooltip (f));

  dt_cell_text_set_text (cell, "Chủ trì, phối hợp với các sở, ngành và UBND các huyện, thị xã, "
                               "thành phố đẩy nhanh tiến độ giải phóng mặt bằng dự án đường ven biển");
  g_assert_true (shows_tooltip (f));

  dt_cell_text_set_text (cell, "Ban Dân tộc");
  g_assert_false (shows_tooltip (f));
}

/* A tooltip set on the cell says something else ("Addressed to …" under
 * "No lead unit"): it is shown, cut or not; taken away, the cell's own
 * rule comes back with the next text. */
static void
test_tooltip_set (Fixture       *f,
                  gconstpointer  data)
{
  DtCellText *cell = DT_CELL_TEXT (f->cell);

  dt_cell_text_set_text (cell, "No lead unit");
  gtk_widget_set_tooltip_text (f->cell, "Addressed to “Các sở, ngành”");
  g_assert_true (shows_tooltip (f));

  gtk_widget_set_tooltip_text (f->cell, NULL);
  g_assert_false (shows_tooltip (f));

  dt_cell_text_set_text (cell, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh");
  g_assert_true (shows_tooltip (f));
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "2024-03-20");

  g_test_add ("/gui/cell-text/tooltip-when-cut", Fixture, NULL,
              fixture_setup, test_tooltip_when_cut, fixture_teardown);
  g_test_add ("/gui/cell-text/tooltip-set", Fixture, NULL,
              fixture_setup, test_tooltip_set, fixture_teardown);

  return g_test_run ();
}
