/* dt-date-row.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-date-row.h"

struct _DtDateRow
{
  AdwActionRow   parent_instance;

  DtDate         date;
  gboolean       updating;

  GtkMenuButton *button;
  GtkPopover    *popover;
  GtkCalendar   *calendar;
  GtkButton     *clear_button;
};

G_DEFINE_FINAL_TYPE (DtDateRow, dt_date_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dt_date_row_update (DtDateRow *self)
{
  g_autofree char *text = dt_date_format (self->date);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self),
                               self->date != DT_DATE_NONE ? text : _("Not set"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->clear_button), self->date != DT_DATE_NONE);
}

static void
on_popover_show (DtDateRow  *self,
                 GtkPopover *popover)
{
  DtDate date = self->date != DT_DATE_NONE ? self->date : dt_date_today ();
  int y, m, d;

  dt_date_get_ymd (date, &y, &m, &d);
  self->updating = TRUE;
  {
    g_autoptr(GDateTime) dt = g_date_time_new_local (y, m, d, 0, 0, 0);
    gtk_calendar_set_date (self->calendar, dt);
  }
  self->updating = FALSE;
}

static void
on_day_selected (DtDateRow   *self,
                 GtkCalendar *calendar)
{
  g_autoptr(GDateTime) dt = NULL;

  if (self->updating)
    return;

  dt = gtk_calendar_get_date (calendar);
  dt_date_row_set_date (self, dt_date_new (g_date_time_get_year (dt),
                                           g_date_time_get_month (dt),
                                           g_date_time_get_day_of_month (dt)));
  gtk_popover_popdown (self->popover);
}

static void
on_clear_clicked (DtDateRow *self,
                  GtkButton *button)
{
  dt_date_row_set_date (self, DT_DATE_NONE);
  gtk_popover_popdown (self->popover);
}

static void
on_today_clicked (DtDateRow *self,
                  GtkButton *button)
{
  dt_date_row_set_date (self, dt_date_today ());
  gtk_popover_popdown (self->popover);
}

static void
dt_date_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DtDateRow *self = DT_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_uint (value, self->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_date_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DtDateRow *self = DT_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      dt_date_row_set_date (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_date_row_class_init (DtDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = dt_date_row_get_property;
  object_class->set_property = dt_date_row_set_property;

  properties[PROP_DATE] =
    g_param_spec_uint ("date", NULL, NULL,
                       0, G_MAXUINT32, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dt_date_row_init (DtDateRow *self)
{
  GtkWidget *box, *buttons, *today;

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  g_signal_connect_object (self->calendar, "day-selected",
                           G_CALLBACK (on_day_selected), self, G_CONNECT_SWAPPED);

  today = gtk_button_new_with_mnemonic (_("_Today"));
  g_signal_connect_object (today, "clicked", G_CALLBACK (on_today_clicked), self, G_CONNECT_SWAPPED);
  self->clear_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Clear")));
  g_signal_connect_object (self->clear_button, "clicked",
                           G_CALLBACK (on_clear_clicked), self, G_CONNECT_SWAPPED);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_set_homogeneous (GTK_BOX (buttons), TRUE);
  gtk_box_append (GTK_BOX (buttons), today);
  gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (self->clear_button));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->calendar));
  gtk_box_append (GTK_BOX (box), buttons);

  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->popover, box);
  g_signal_connect_object (self->popover, "show", G_CALLBACK (on_popover_show), self, G_CONNECT_SWAPPED);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->button, "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (self->button, GTK_WIDGET (self->popover));
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Choose a Date"));
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->button));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), GTK_WIDGET (self->button));
  gtk_widget_add_css_class (GTK_WIDGET (self), "property");

  dt_date_row_update (self);
}

GtkWidget *
dt_date_row_new (void)
{
  return g_object_new (DT_TYPE_DATE_ROW, NULL);
}

DtDate
dt_date_row_get_date (DtDateRow *self)
{
  g_return_val_if_fail (DT_IS_DATE_ROW (self), DT_DATE_NONE);

  return self->date;
}

void
dt_date_row_set_date (DtDateRow *self,
                      DtDate     date)
{
  g_return_if_fail (DT_IS_DATE_ROW (self));

  if (self->date == date)
    return;

  self->date = date;
  dt_date_row_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}
