/* dt-preferences-dialog.h — the application's preferences
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DT_TYPE_PREFERENCES_DIALOG (dt_preferences_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DtPreferencesDialog, dt_preferences_dialog, DT, PREFERENCES_DIALOG, AdwPreferencesDialog)

/* Its rows are bound to @settings (the application's): a change applies at
 * once.  Page "general" holds the groups; another part of the application
 * adds its own with dt_preferences_dialog_get_general_page(). */
AdwDialog           *dt_preferences_dialog_new              (GSettings           *settings);
GSettings           *dt_preferences_dialog_get_settings     (DtPreferencesDialog *self);
AdwPreferencesPage  *dt_preferences_dialog_get_general_page (DtPreferencesDialog *self);

G_END_DECLS
