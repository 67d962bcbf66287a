/* dt-window-report.c — the window's Report page
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report shares the timeline's reporting date (both read "as of" the
 * same day), and a directive chosen behind one of its numbers opens in the
 * list, among its unit's.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-report-view.h"
#include "dt-timeline-view.h"
#include "dt-window-private.h"

static void
on_show_directive (DtWindow     *self,
                   gint64        id,
                   DtReportView *view)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtDirective) directive = dt_store_get_directive (self->store, id, &error);

  if (directive == NULL)
    {
      dt_gui_show_error (GTK_WIDGET (self), _("Cannot Open the Directive"), error);
      return;
    }
  _dt_window_select_unit (self, dt_directive_get_lead_unit_id (directive));
  adw_view_stack_set_visible_child_name (self->view_stack, "list");
  _dt_window_show_directive (self, directive);
}

static void
create_report_view (DtWindow *self)
{
  GtkWidget *view = dt_report_view_new (self->store, self->settings);
  DtTimelineView *timeline = _dt_window_get_timeline_view (self);

  adw_bin_set_child (self->report_bin, view);
  if (timeline != NULL)
    g_object_bind_property (dt_timeline_view_get_chart (timeline), "as-of", view, "as-of",
                            G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (view, "show-directive", G_CALLBACK (on_show_directive), self, G_CONNECT_SWAPPED);
}

/* Nothing of the page is built before it is first shown: the launch does
 * not pay for it. */
static void
on_visible_page (DtWindow     *self,
                 GParamSpec   *pspec,
                 AdwViewStack *stack)
{
  if (adw_bin_get_child (self->report_bin) == NULL
      && g_strcmp0 (adw_view_stack_get_visible_child_name (stack), "report") == 0)
    create_report_view (self);
}

void
_dt_window_setup_report (DtWindow *self)
{
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (on_visible_page), self, G_CONNECT_SWAPPED);
  on_visible_page (self, NULL, self->view_stack);
}
