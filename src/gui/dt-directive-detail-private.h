/* dt-directive-detail-private.h — what the detail pane's files share
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pane is dt-directive-detail.c (the directive's own fields, saving,
 * loading); who carries it out (the lead unit's chooser, the coordinating
 * units' chips and picker) is dt-directive-detail-units.c; its history of
 * deadline extensions and progress reports, with their dialogs, is
 * dt-directive-detail-history.c.
 */

#pragma once

#include "dt-date-row.h"
#include "dt-directive-detail.h"

G_BEGIN_DECLS

struct _DtDirectiveDetail
{
  AdwBin             parent_instance;

  DtStore           *store;
  DtDirective       *directive;
  GListModel        *units;
  GListModel        *lead_choices;  /* "No lead unit", then the units */
  GtkFilterListModel *picker_model;
  gboolean           loading;
  double             text_width;      /* the text view's, when last measured */
  guint              remeasure_idle;

  /* template children */
  GtkScrolledWindow *scroller;
  GtkLabel          *ordinal_title;
  GtkLabel          *section_label;
  GtkLabel          *status_label;
  GtkTextView       *text_view;
  AdwEntryRow       *ordinal_row;
  AdwEntryRow       *section_row;
  AdwComboRow       *lead_unit_row;
  AdwActionRow      *no_lead_row;
  GtkMenuButton     *add_unit_button;
  GtkPopover        *add_unit_popover;
  GtkSearchEntry    *unit_search;
  GtkListView       *unit_picker;
  AdwWrapBox        *chips_box;
  DtDateRow         *assigned_row;
  DtDateRow         *deadline_row;
  AdwEntryRow       *phrase_row;
  AdwSwitchRow      *approximate_row;
  AdwComboRow       *recurrence_row;
  AdwSpinRow        *interval_row;
  DtDateRow         *completed_row;
  AdwSwitchRow      *cancelled_row;
  GtkListBox        *extensions_list;
  GtkListBox        *reports_list;
  AdwActionRow      *notice_row;
  GtkLabel          *paragraph_label;
};

/* dt-directive-detail.c */
/* Saves the directive at once (a choice, with what is being typed) */
void _dt_directive_detail_save                (DtDirectiveDetail *self);

/* dt-directive-detail-units.c */
void _dt_directive_detail_load_units          (DtDirectiveDetail *self);
void _dt_directive_detail_set_units           (DtDirectiveDetail *self,
                                               GListModel        *units);
void _dt_directive_detail_init_units          (DtDirectiveDetail *self);
void _dt_directive_detail_class_init_units    (GtkWidgetClass    *widget_class);

/* dt-directive-detail-history.c */
void _dt_directive_detail_load_extensions     (DtDirectiveDetail *self);
void _dt_directive_detail_load_reports        (DtDirectiveDetail *self);
void _dt_directive_detail_class_init_history  (GtkWidgetClass    *widget_class);

G_END_DECLS
