/* dt-directive-detail.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-date-row.h"
#include "dt-directive-detail-private.h"
#include "dt-gui-util.h"
#include "dt-text.h"
#include "dt-window.h"


G_DEFINE_FINAL_TYPE (DtDirectiveDetail, dt_directive_detail, ADW_TYPE_BIN)

enum {
  CLOSED,
  SHOW_NOTICE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void dt_directive_detail_load (DtDirectiveDetail *self);

/* Saving ----------------------------------------------------------------- */

/* The store saves the edit after a pause, or before anything else reads
 * or writes a directive: nobody has to save it first. */
static void
dt_directive_detail_queue_save (DtDirectiveDetail *self)
{
  if (self->directive == NULL || self->store == NULL)
    return;

  dt_store_save_directive_soon (self->store, self->directive);
  dt_gui_status_label_set (self->status_label, dt_directive_get_status (self->directive));
}

/* A choice (a date, a unit) is saved at once, with what is being typed. */
void
_dt_directive_detail_save (DtDirectiveDetail *self)
{
  g_autoptr(GError) error = NULL;

  if (self->directive == NULL || self->store == NULL)
    return;

  if (!dt_store_save_directive (self->store, self->directive, &error))
    dt_gui_show_error (GTK_WIDGET (self), _("Cannot Save the Directive"), error);
  dt_gui_status_label_set (self->status_label, dt_directive_get_status (self->directive));
}

/* Field handlers ---------------------------------------------------------- */

static void
on_text_changed (DtDirectiveDetail *self,
                 GtkTextBuffer     *buffer)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (self->loading || self->directive == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  dt_directive_set_text (self->directive, text);
  dt_directive_detail_queue_save (self);
}

static void
show_section (DtDirectiveDetail *self,
              const char        *section)
{
  gtk_label_set_label (self->section_label, section ? section : "");
  gtk_widget_set_visible (GTK_WIDGET (self->section_label), section != NULL && section[0] != '\0');
}

static void
on_entry_changed (DtDirectiveDetail *self,
                  AdwEntryRow       *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (self->loading || self->directive == NULL)
    return;

  if (row == self->ordinal_row)
    {
      g_autofree char *title = g_strdup_printf (_("Directive %s"), text);

      dt_directive_set_ordinal (self->directive, text);
      gtk_label_set_label (self->ordinal_title, title);
    }
  else if (row == self->section_row)
    {
      dt_directive_set_section (self->directive, text);
      show_section (self, text);
    }
  else if (row == self->phrase_row)
    dt_directive_set_deadline_phrase (self->directive, text);

  dt_directive_detail_queue_save (self);
}

static void
on_date_changed (DtDirectiveDetail *self,
                 GParamSpec        *pspec,
                 DtDateRow         *row)
{
  DtDate date = dt_date_row_get_date (row);

  if (self->loading || self->directive == NULL)
    return;

  if (row == self->assigned_row)
    dt_directive_set_assigned_date (self->directive, date);
  else if (row == self->deadline_row)
    dt_directive_set_deadline (self->directive, date);
  else if (row == self->completed_row)
    dt_directive_set_completed_date (self->directive, date);

  _dt_directive_detail_save (self);

  /* With extensions the current deadline is the last extension's. */
  if (row == self->deadline_row)
    {
      self->loading = TRUE;
      dt_date_row_set_date (self->deadline_row, dt_directive_get_deadline (self->directive));
      self->loading = FALSE;
    }
}

static void
on_switch_changed (DtDirectiveDetail *self,
                   GParamSpec        *pspec,
                   AdwSwitchRow      *row)
{
  gboolean active = adw_switch_row_get_active (row);

  if (self->loading || self->directive == NULL)
    return;

  if (row == self->approximate_row)
    dt_directive_set_deadline_approximate (self->directive, active);
  else if (row == self->cancelled_row)
    dt_directive_set_cancelled (self->directive, active);

  _dt_directive_detail_save (self);
}

static void
on_recurrence_changed (DtDirectiveDetail *self)
{
  DtRecurrence recurrence = adw_combo_row_get_selected (self->recurrence_row);
  guint interval = (guint) adw_spin_row_get_value (self->interval_row);

  gtk_widget_set_visible (GTK_WIDGET (self->interval_row), recurrence == DT_RECURRENCE_DAYS);

  if (self->loading || self->directive == NULL)
    return;

  if (recurrence > DT_RECURRENCE_LAST)
    recurrence = DT_RECURRENCE_NONE;

  dt_directive_set_recurrence (self->directive, recurrence,
                               recurrence == DT_RECURRENCE_DAYS ? interval : 0);
  dt_directive_detail_queue_save (self);
}

/* Loading ----------------------------------------------------------------- */

static void
dt_directive_detail_load_notice (DtDirectiveDetail *self)
{
  g_autoptr(DtNotice) notice = NULL;
  g_autofree char *paragraph = NULL;

  if (self->directive != NULL && self->store != NULL)
    notice = dt_store_get_notice (self->store, dt_directive_get_notice_id (self->directive), NULL);

  if (notice == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->notice_row), "");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->notice_row), "");
      gtk_widget_set_visible (GTK_WIDGET (self->paragraph_label), FALSE);
      return;
    }

  {
    g_autofree char *name = dt_notice_dup_display_name (notice);
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->notice_row), name);
  }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->notice_row), dt_notice_get_title (notice));

  paragraph = dt_text_find_paragraph (dt_notice_get_source_text (notice),
                                     dt_directive_get_text (self->directive));
  gtk_label_set_label (self->paragraph_label, paragraph ? paragraph : "");
  gtk_widget_set_visible (GTK_WIDGET (self->paragraph_label), paragraph != NULL);
}

static void
dt_directive_detail_load (DtDirectiveDetail *self)
{
  DtDirective *d = self->directive;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autofree char *title = NULL;

  if (d == NULL)
    return;

  self->loading = TRUE;

  title = g_strdup_printf (_("Directive %s"), dt_directive_get_ordinal (d) ? dt_directive_get_ordinal (d) : "");
  gtk_label_set_label (self->ordinal_title, title);
  dt_gui_status_label_set (self->status_label, dt_directive_get_status (d));

  /* Cut from mid-sentence, a directive may start in lower case: shown with
   * a capital; stored as written until the user edits it. */
  {
    g_autofree char *text = dt_text_capitalize_first (dt_directive_get_text (d));

    gtk_text_buffer_set_text (buffer, text ? text : "", -1);
  }
  gtk_editable_set_text (GTK_EDITABLE (self->ordinal_row), dt_directive_get_ordinal (d) ? dt_directive_get_ordinal (d) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->section_row), dt_directive_get_section (d) ? dt_directive_get_section (d) : "");
  show_section (self, dt_directive_get_section (d));
  gtk_editable_set_text (GTK_EDITABLE (self->phrase_row), dt_directive_get_deadline_phrase (d) ? dt_directive_get_deadline_phrase (d) : "");

  _dt_directive_detail_load_units (self);

  dt_date_row_set_date (self->assigned_row, dt_directive_get_assigned_date (d));
  dt_date_row_set_date (self->deadline_row, dt_directive_get_deadline (d));
  dt_date_row_set_date (self->completed_row, dt_directive_get_completed_date (d));
  adw_switch_row_set_active (self->approximate_row, dt_directive_get_deadline_approximate (d));
  adw_switch_row_set_active (self->cancelled_row, dt_directive_get_cancelled (d));
  adw_combo_row_set_selected (self->recurrence_row, dt_directive_get_recurrence (d));
  if (dt_directive_get_recurrence_interval (d) > 0)
    adw_spin_row_set_value (self->interval_row, dt_directive_get_recurrence_interval (d));
  gtk_widget_set_visible (GTK_WIDGET (self->interval_row),
                          dt_directive_get_recurrence (d) == DT_RECURRENCE_DAYS);

  {
    DtDate original = dt_directive_get_original_deadline (d);

    if (original != DT_DATE_NONE && original != dt_directive_get_deadline (d))
      {
        g_autofree char *date = dt_date_format (original);
        g_autofree char *text = g_strdup_printf (_("Extended; originally %s"), date);
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->deadline_row), text);
      }
    else
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->deadline_row), _("Deadline"));
  }

  _dt_directive_detail_load_extensions (self);
  _dt_directive_detail_load_reports (self);
  dt_directive_detail_load_notice (self);

  self->loading = FALSE;
}

void
dt_directive_detail_reload (DtDirectiveDetail *self)
{
  g_autoptr(DtDirective) fresh = NULL;

  g_return_if_fail (DT_IS_DIRECTIVE_DETAIL (self));

  if (self->directive == NULL || self->store == NULL)
    return;

  /* The store derives the current deadline from the extensions: read it back. */
  fresh = dt_store_get_directive (self->store, dt_directive_get_id (self->directive), NULL);
  if (fresh != NULL)
    g_set_object (&self->directive, fresh);

  dt_directive_detail_load (self);
}

/* Actions ----------------------------------------------------------------- */

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  DtDirectiveDetail *self = DT_DIRECTIVE_DETAIL (widget);

  g_signal_emit (self, signals[CLOSED], 0);
}

static void
on_notice_row_activated (DtDirectiveDetail *self,
                         AdwActionRow      *row)
{
  if (self->directive != NULL)
    g_signal_emit (self, signals[SHOW_NOTICE], 0, dt_directive_get_notice_id (self->directive));
}

/* GObject ----------------------------------------------------------------- */

static void
dt_directive_detail_dispose (GObject *object)
{
  DtDirectiveDetail *self = (DtDirectiveDetail *)object;

  /* closing the window keeps what was typed */
  if (self->store != NULL)
    dt_store_flush (self->store, NULL);

  /* after the template: unparenting the text view changes its adjustment,
   * which would ask for a measure after the pane is gone */
  gtk_widget_dispose_template (GTK_WIDGET (self), DT_TYPE_DIRECTIVE_DETAIL);
  g_clear_handle_id (&self->remeasure_idle, g_source_remove);

  g_clear_object (&self->directive);
  g_clear_object (&self->picker_model);
  g_clear_object (&self->lead_choices);
  g_clear_object (&self->units);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (dt_directive_detail_parent_class)->dispose (object);
}

static void
dt_directive_detail_class_init (DtDirectiveDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dt_directive_detail_dispose;

  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SHOW_NOTICE] = g_signal_new ("show-notice", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (DT_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/dt-directive-detail.ui");
  gtk_widget_class_set_css_name (widget_class, "directivedetail");
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, scroller);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, ordinal_title);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, status_label);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, section_label);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, text_view);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, ordinal_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, section_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, lead_unit_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, no_lead_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, add_unit_button);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, add_unit_popover);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, unit_search);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, unit_picker);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, chips_box);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, assigned_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, deadline_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, phrase_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, approximate_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, recurrence_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, interval_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, completed_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, cancelled_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, extensions_list);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, reports_list);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, notice_row);
  gtk_widget_class_bind_template_child (widget_class, DtDirectiveDetail, paragraph_label);
  gtk_widget_class_bind_template_callback (widget_class, on_notice_row_activated);

  gtk_widget_class_install_action (widget_class, "detail.close", NULL, close_action);
  _dt_directive_detail_class_init_history (widget_class);
  _dt_directive_detail_class_init_units (widget_class);
}

/* A text view asks for the height of its text at the width it last had:
 * once given another width, it is asked again, so that the whole text
 * shows (a new pane cut its last line in half) */
static gboolean
remeasure_text (gpointer data)
{
  DtDirectiveDetail *self = data;

  self->remeasure_idle = 0;
  gtk_widget_queue_resize (GTK_WIDGET (self->text_view));
  return G_SOURCE_REMOVE;
}

static void
on_text_width_changed (DtDirectiveDetail *self,
                       GtkAdjustment     *adjustment)
{
  double width = gtk_adjustment_get_page_size (adjustment);

  if (width == self->text_width || self->text_view == NULL)  /* disposed */
    return;
  self->text_width = width;
  if (self->remeasure_idle == 0)
    self->remeasure_idle = g_idle_add (remeasure_text, self);
}

static void
dt_directive_detail_init (DtDirectiveDetail *self)
{
  g_autoptr(GtkStringList) recurrences = NULL;
  const char *recurrence_names[] = {
    _("Does not recur"),
    _("Every Few Days"),
    _("Weekly"),
    _("Monthly"),
    _("Quarterly"),
    _("Yearly"),
    _("Periodically"),
    /* Translators: a standing duty without a deadline ("thường xuyên") */
    _("Ongoing, No Deadline Needed"),
    NULL
  };

  gtk_widget_init_template (GTK_WIDGET (self));

  recurrences = gtk_string_list_new (recurrence_names);
  adw_combo_row_set_model (self->recurrence_row, G_LIST_MODEL (recurrences));


  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (on_text_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->ordinal_row, "changed", G_CALLBACK (on_entry_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->section_row, "changed", G_CALLBACK (on_entry_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->phrase_row, "changed", G_CALLBACK (on_entry_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->assigned_row, "notify::date", G_CALLBACK (on_date_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->deadline_row, "notify::date", G_CALLBACK (on_date_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->completed_row, "notify::date", G_CALLBACK (on_date_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->approximate_row, "notify::active", G_CALLBACK (on_switch_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->cancelled_row, "notify::active", G_CALLBACK (on_switch_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->recurrence_row, "notify::selected", G_CALLBACK (on_recurrence_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->interval_row, "notify::value", G_CALLBACK (on_recurrence_changed), self, G_CONNECT_SWAPPED);

  _dt_directive_detail_init_units (self);
  g_signal_connect_object (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->text_view)), "changed",
                           G_CALLBACK (on_text_width_changed), self, G_CONNECT_SWAPPED);
}

GtkWidget *
dt_directive_detail_new (void)
{
  return g_object_new (DT_TYPE_DIRECTIVE_DETAIL, NULL);
}

void
dt_directive_detail_set_store (DtDirectiveDetail *self,
                               DtStore           *store,
                               GListModel        *units)
{
  g_return_if_fail (DT_IS_DIRECTIVE_DETAIL (self));
  g_return_if_fail (DT_IS_STORE (store));
  g_return_if_fail (G_IS_LIST_MODEL (units));

  if (!g_set_object (&self->store, store))
    return;

  _dt_directive_detail_set_units (self, units);
}

DtDirective *
dt_directive_detail_get_directive (DtDirectiveDetail *self)
{
  g_return_val_if_fail (DT_IS_DIRECTIVE_DETAIL (self), NULL);

  return self->directive;
}

void
dt_directive_detail_set_directive (DtDirectiveDetail *self,
                                   DtDirective       *directive)
{
  g_return_if_fail (DT_IS_DIRECTIVE_DETAIL (self));
  g_return_if_fail (directive == NULL || DT_IS_DIRECTIVE (directive));

  if (directive == self->directive)
    return;

  g_set_object (&self->directive, directive);
  dt_directive_detail_load (self);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}
