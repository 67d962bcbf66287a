/* dt-window-form-private.h — the small forms of the main window
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-window-private.h"

G_BEGIN_DECLS

/* A small form in a dialog: Cancel, a title, and Save; freed with its
 * dialog.  The rows of a notice's, a unit's or a directive's form. */
typedef struct _Form DtForm;
struct _Form
{
  DtWindow     *window;
  AdwDialog    *dialog;
  GtkWidget    *save_button;
  AdwPreferencesGroup *group;
  gint64        id;           /* what is edited; 0 for a new one */
  gboolean    (*save)  (DtForm *form);

  AdwComboRow  *kind_row;
  AdwEntryRow  *number_row;
  AdwEntryRow  *issue_row;
  AdwEntryRow  *meeting_row;
  AdwEntryRow  *body_row;
  AdwEntryRow  *signer_row;
  AdwEntryRow  *title_row;

  AdwEntryRow  *name_row;
  AdwEntryRow  *short_row;
  AdwEntryRow  *aliases_row;

  AdwComboRow  *notice_row;
  AdwComboRow  *unit_row;
  AdwEntryRow  *ordinal_row;
  AdwEntryRow  *text_row;
  AdwEntryRow  *deadline_row;
};

DtForm      *_dt_form_new            (DtWindow      *window,
                                      const char    *title,
                                      const char    *save_label,
                                      gboolean     (*save) (DtForm *form));
AdwEntryRow *_dt_form_add_entry      (DtForm        *form,
                                      const char    *title,
                                      const char    *text);
AdwEntryRow *_dt_form_add_date       (DtForm        *form,
                                      const char    *title,
                                      DtDate         date);
AdwComboRow *_dt_form_add_combo      (DtForm        *form,
                                      const char    *title,
                                      GListModel    *model,
                                      GtkExpression *expression);  /* taken */
/* The same, its choice shown whole under the title rather than cut at the
 * row's end: for units, whose names share long beginnings */
AdwComboRow *_dt_form_add_unit_combo (DtForm        *form,
                                      const char    *title,
                                      GListModel    *model);
const char  *_dt_form_entry_text     (AdwEntryRow   *row);
/* FALSE, the row marked and focused, when its text is not a date; an
 * empty row is DT_DATE_NONE. */
gboolean     _dt_form_check_date     (DtForm        *form,
                                      AdwEntryRow   *row,
                                      DtDate        *date);
gboolean     _dt_form_check_required (AdwEntryRow   *row);
/* The position of the notice (unit) @id in @model; 0 when absent. */
guint        _dt_form_find_position  (GListModel    *model,
                                      gint64         id,
                                      gboolean       is_notice);

G_END_DECLS
