/* dt-window.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-window.h"

struct _DtWindow
{
  AdwApplicationWindow  parent_instance;

  DtStore              *store;

  AdwStatusPage        *empty_page;
};

G_DEFINE_FINAL_TYPE (DtWindow, dt_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dt_window_dispose (GObject *object)
{
  DtWindow *self = (DtWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DT_TYPE_WINDOW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (dt_window_parent_class)->dispose (object);
}

static void
dt_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DtWindow *self = DT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  DtWindow *self = DT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_window_class_init (DtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dt_window_dispose;
  object_class->get_property = dt_window_get_property;
  object_class->set_property = dt_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/dt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DtWindow, empty_page);
}

static void
dt_window_init (DtWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

DtWindow *
dt_window_new (AdwApplication *application,
               DtStore        *store)
{
  return g_object_new (DT_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}
