/* dt-preferences-dialog.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every row is bound to its GSettings key: the store follows the keys that
 * decide statuses (the window binds them), so the list and the timeline
 * change as the user edits.
 */

#include "config.h"

#include "dt-preferences-dialog.h"

struct _DtPreferencesDialog
{
  AdwPreferencesDialog  parent_instance;

  GSettings            *settings;

  /* template children */
  AdwPreferencesPage   *general_page;
  AdwSpinRow           *due_soon_row;
  AdwSwitchRow         *lateness_row;
  AdwEntryRow          *issuing_body_row;
  AdwEntryRow          *signer_title_row;
};

G_DEFINE_FINAL_TYPE (DtPreferencesDialog, dt_preferences_dialog, ADW_TYPE_PREFERENCES_DIALOG)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dt_preferences_dialog_constructed (GObject *object)
{
  DtPreferencesDialog *self = DT_PREFERENCES_DIALOG (object);

  G_OBJECT_CLASS (dt_preferences_dialog_parent_class)->constructed (object);

  g_settings_bind (self->settings, "due-soon-days", self->due_soon_row, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "lateness-against-original", self->lateness_row, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "report-issuing-body", self->issuing_body_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "report-signer-title", self->signer_title_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
dt_preferences_dialog_dispose (GObject *object)
{
  DtPreferencesDialog *self = DT_PREFERENCES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DT_TYPE_PREFERENCES_DIALOG);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dt_preferences_dialog_parent_class)->dispose (object);
}

static void
dt_preferences_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  DtPreferencesDialog *self = DT_PREFERENCES_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_preferences_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  DtPreferencesDialog *self = DT_PREFERENCES_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_preferences_dialog_class_init (DtPreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dt_preferences_dialog_constructed;
  object_class->dispose = dt_preferences_dialog_dispose;
  object_class->get_property = dt_preferences_dialog_get_property;
  object_class->set_property = dt_preferences_dialog_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/chidao/Directives/ui/dt-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DtPreferencesDialog, general_page);
  gtk_widget_class_bind_template_child (widget_class, DtPreferencesDialog, due_soon_row);
  gtk_widget_class_bind_template_child (widget_class, DtPreferencesDialog, lateness_row);
  gtk_widget_class_bind_template_child (widget_class, DtPreferencesDialog, issuing_body_row);
  gtk_widget_class_bind_template_child (widget_class, DtPreferencesDialog, signer_title_row);
}

static void
dt_preferences_dialog_init (DtPreferencesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AdwDialog *
dt_preferences_dialog_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (DT_TYPE_PREFERENCES_DIALOG, "settings", settings, NULL);
}

GSettings *
dt_preferences_dialog_get_settings (DtPreferencesDialog *self)
{
  g_return_val_if_fail (DT_IS_PREFERENCES_DIALOG (self), NULL);

  return self->settings;
}

AdwPreferencesPage *
dt_preferences_dialog_get_general_page (DtPreferencesDialog *self)
{
  g_return_val_if_fail (DT_IS_PREFERENCES_DIALOG (self), NULL);

  return self->general_page;
}
