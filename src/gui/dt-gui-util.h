/* dt-gui-util.h — small helpers the views share
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dt-store.h"

G_BEGIN_DECLS

/* "31/03/2024", "≈ 31/03/2024" when approximate, "" without a deadline */
char       *dt_gui_format_deadline      (DtDirective *directive);
/* "5 days left", "3 days overdue", "Due today"; NULL when done or no deadline */
char       *dt_gui_format_days_left     (DtDirective *directive,
                                         DtDate       today);
/* Sets the "status-pill" label to @status: its one name (the list's
 * Status column and the detail alike) and a CSS class per status id. */
void        dt_gui_status_label_set     (GtkLabel    *label,
                                         DtStatus     status);
/* Label for a recurrence: "Monthly", "Every 10 days" */
char       *dt_gui_format_recurrence    (DtRecurrence recurrence,
                                         guint        interval);

/* Gives @dialog (an AdwShortcutsDialog) our translation of the strings of
 * its own that libadwaita's catalog does not translate in the user's
 * language (Vietnamese lacks its search placeholder). */
void        dt_gui_translate_shortcuts_dialog (AdwDialog *dialog);
void        dt_gui_translate_about_dialog     (AdwDialog *dialog);

/* Shows @error under @heading in the window that holds @widget (its
 * win.show-error action: an alert dialog).  The one way errors reach the
 * user. */
void        dt_gui_show_error           (GtkWidget    *widget,
                                         const char   *heading,
                                         const GError *error);

/* Lists of the store's notices and units (newest notice first, units by
 * name) that follow the store: they change only when what they show does. */
GListModel *dt_gui_live_notices         (DtStore     *store);
GListModel *dt_gui_live_units           (DtStore     *store);

G_END_DECLS
