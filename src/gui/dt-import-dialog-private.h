/* dt-import-dialog-private.h — what the import review's files share
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The review is dt-import-dialog.c (its pages, reading the file, the rows,
 * the summary); the notice's header fields and the "imported before"
 * banner are dt-import-dialog-notice.c; accepting and saving is
 * dt-import-dialog-save.c.
 */

#pragma once

#include "dt-import-dialog.h"
#include "dt-import-save.h"

G_BEGIN_DECLS

struct _DtImportDialog
{
  AdwDialog       parent_instance;

  DtStore        *store;
  DtUnitCatalog  *catalog;
  GCancellable   *cancellable;
  DtExtraction   *extraction;
  DtImportFormat  format;
  GListStore     *rows;
  char           *error_message;
  char           *source_name;     /* file name, or NULL for pasted text */
  gboolean        is_update;
  gint64          existing_id;     /* the notice imported before, or 0 */
  guint           n_user_texts;    /* rows where the user's corrected text meets the notice's */
  gboolean        filling;         /* setting the header rows from the extraction */

  gint64          notice_id;
  GArray         *created_units;   /* of gint64 */

  /* template children */
  AdwToolbarView *toolbar_view;
  AdwWindowTitle *window_title;
  GtkStack       *stack;
  GtkLabel       *loading_label;
  AdwStatusPage  *error_page;
  AdwBanner      *update_banner;
  AdwBanner      *format_banner;
  AdwExpanderRow *notice_row;
  AdwComboRow    *kind_row;
  AdwEntryRow    *number_row;
  AdwEntryRow    *issue_date_row;
  AdwEntryRow    *meeting_date_row;
  AdwEntryRow    *issuing_body_row;
  AdwEntryRow    *signer_row;
  AdwEntryRow    *title_row;
  GtkColumnView  *column_view;
  GtkColumnViewColumn *accept_column;
  GtkColumnViewColumn *ordinal_column;
  GtkColumnViewColumn *text_column;
  GtkColumnViewColumn *lead_column;
  GtkColumnViewColumn *coordinators_column;
  GtkColumnViewColumn *deadline_column;
  GtkColumnViewColumn *phrase_column;
  GtkLabel       *summary_label;
  GtkButton      *accept_selected_button;
  GtkButton      *accept_all_button;
};

/* dt-import-dialog.c */
void _dt_import_dialog_set_roomy        (DtImportDialog     *self,
                                         gboolean            roomy);
void _dt_import_dialog_show_loading     (DtImportDialog     *self,
                                         const char         *detail);
void _dt_import_dialog_update_summary   (DtImportDialog     *self);
void _dt_import_dialog_emit_imported    (DtImportDialog     *self,
                                         DtImportSaveResult *result);

/* dt-import-dialog-notice.c */
void _dt_import_dialog_fill_header      (DtImportDialog     *self);
/* Shows whether the notice was imported before (and the buttons say "Update") */
void _dt_import_dialog_check_existing   (DtImportDialog     *self);
void _dt_import_dialog_init_notice      (DtImportDialog     *self);

/* dt-import-dialog-save.c */
void _dt_import_dialog_class_init_save  (GtkWidgetClass     *widget_class);

G_END_DECLS
