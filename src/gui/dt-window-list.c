/* dt-window-list.c — the column view of directives
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-cell-text.h"
#include "dt-date.h"
#include "dt-status.h"
#include "dt-gui-util.h"
#include "dt-text.h"
#include "dt-window-private.h"

typedef void (*CellUpdate) (GtkWidget   *child,
                            GParamSpec  *pspec,
                            DtDirective *directive);

typedef struct
{
  const char      *id;       /* also the value of the "sort-column" setting */
  const char      *title;
  DtDirectiveSort  sort;
  gboolean         expand;
  int              fixed_width;
  GtkWidget     *(*setup)  (void);
  CellUpdate       update;
} ColumnInfo;

static GtkWidget *
setup_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  return label;
}

/* The size of a text cell comes from the font alone: so many characters
 * wide, two lines high, the text wrapped and ellipsized into it
 * (DtCellText, a GtkInscription that makes its layout when first drawn). */
static GtkWidget *
setup_text (void)
{
  return g_object_new (DT_TYPE_CELL_TEXT, "lines", 2, "min-chars", 16, "nat-chars", 50, NULL);
}

/* An ordinal is short ("1", "B17") or long ("I.3.1-12.", "Điều 2.3.b-2"):
 * on the row's two lines, where a single line cut it short. */
static GtkWidget *
setup_ordinal (void)
{
  return g_object_new (DT_TYPE_CELL_TEXT, "lines", 2, "min-chars", 3, "nat-chars", 6, NULL);
}

/* A notice's number and date on one line; its tooltip says it whole only
 * when it is cut (DtCellText).  The column is hidden in a narrow window,
 * where its cells are still made: they make no layout until drawn. */
static GtkWidget *
setup_notice (void)
{
  return g_object_new (DT_TYPE_CELL_TEXT, "lines", 1, "min-chars", 3, "nat-chars", 12, NULL);
}

static GtkWidget *
setup_wrapped (void)
{
  return g_object_new (DT_TYPE_CELL_TEXT, "lines", 2, "min-chars", 8, "nat-chars", 24, NULL);
}

static GtkWidget *
setup_deadline (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *date = setup_label ();
  GtkWidget *hint = setup_label ();

  gtk_widget_add_css_class (date, "numeric");
  gtk_widget_add_css_class (hint, "caption");
  gtk_widget_add_css_class (hint, "days-left");
  gtk_box_append (GTK_BOX (box), date);
  gtk_box_append (GTK_BOX (box), hint);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  return box;
}

static GtkWidget *
setup_status (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "status-pill");
  return label;
}

static void
update_ordinal (GtkWidget   *child,
                GParamSpec  *pspec,
                DtDirective *directive)
{
  dt_cell_text_set_text (DT_CELL_TEXT (child), dt_directive_get_ordinal (directive));
}

static void
update_text (GtkWidget   *child,
             GParamSpec  *pspec,
             DtDirective *directive)
{
  /* cut from mid-sentence, a directive may start in lower case: shown
   * with a capital, kept as written */
  g_autofree char *text = dt_text_capitalize_first (dt_directive_get_text (directive));

  /* its tooltip is the whole text when it is cut */
  dt_cell_text_set_text (DT_CELL_TEXT (child), text);
}

static void
update_unit (GtkWidget   *child,
             GParamSpec  *pspec,
             DtDirective *directive)
{
  const char *name = dt_directive_get_lead_unit_name (directive);
  const char *addressee = dt_directive_get_addressee (directive);

  /* addressed to a collective ("Các sở, ngành"): no unit leads it */
  if (dt_directive_get_lead_unit_id (directive) <= 0)
    {
      g_autofree char *tooltip = NULL;

      if (*addressee != '\0')
        /* Translators: tooltip of "No lead unit" in the list */
        tooltip = g_strdup_printf (_("Addressed to “%s”"), addressee);
      dt_cell_text_set_text (DT_CELL_TEXT (child), _("No lead unit"));
      gtk_widget_set_tooltip_text (child, tooltip);
      gtk_widget_add_css_class (child, "dim-label");
      return;
    }
  gtk_widget_remove_css_class (child, "dim-label");
  /* the whole name when it is cut */
  gtk_widget_set_tooltip_text (child, NULL);
  dt_cell_text_set_text (DT_CELL_TEXT (child), name);
}

static const struct
{
  DtStatus    status;
  const char *css_class;
} hint_classes[] = {
  { DT_STATUS_OVERDUE, "overdue" },
  { DT_STATUS_DUE_SOON, "due-soon" },
  { DT_STATUS_COMPLETED_ON_TIME, "done" },
  { DT_STATUS_COMPLETED_LATE, "done-late" },
};

static void
update_deadline (GtkWidget   *child,
                 GParamSpec  *pspec,
                 DtDirective *directive)
{
  GtkWidget *date = gtk_widget_get_first_child (child);
  GtkWidget *hint = gtk_widget_get_next_sibling (date);
  g_autofree char *deadline = dt_gui_format_deadline (directive);
  g_autofree char *days = dt_gui_format_days_left (directive, dt_date_today ());
  const char *phrase = dt_directive_get_deadline_phrase (directive);
  DtStatus status;

  if (deadline[0] == '\0')
    {
      DtRecurrence recurrence = dt_directive_get_recurrence (directive);

      g_clear_pointer (&deadline, g_free);
      if (recurrence != DT_RECURRENCE_NONE)
        deadline = dt_gui_format_recurrence (recurrence, dt_directive_get_recurrence_interval (directive));
      else
        deadline = g_strdup (_("No deadline"));
      gtk_widget_add_css_class (date, "dim-label");
    }
  else
    gtk_widget_remove_css_class (date, "dim-label");

  gtk_label_set_label (GTK_LABEL (date), deadline);
  gtk_widget_set_tooltip_text (child, phrase && phrase[0] ? phrase : NULL);

  /* The line under the date says where the directive stands, so that the
   * list still tells it where there is no room for the Status column. */
  status = dt_directive_get_status (directive);
  if (days == NULL && dt_status_is_completed (status))
    {
      g_autofree char *completed = dt_date_format (dt_directive_get_completed_date (directive));

      /* Translators: under the deadline of a completed directive,
       * "hoàn thành 20/01/2024" */
      days = g_strdup_printf (_("done %s"), completed);
    }
  else if (days == NULL && status == DT_STATUS_CANCELLED)
    /* Translators: under the deadline of a cancelled directive */
    days = g_strdup (_("cancelled"));

  gtk_label_set_label (GTK_LABEL (hint), days ? days : "");
  gtk_widget_set_visible (hint, days != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (hint_classes); i++)
    gtk_widget_remove_css_class (hint, hint_classes[i].css_class);
  for (guint i = 0; i < G_N_ELEMENTS (hint_classes); i++)
    if (hint_classes[i].status == status)
      gtk_widget_add_css_class (hint, hint_classes[i].css_class);
}

static void
update_status (GtkWidget   *child,
               GParamSpec  *pspec,
               DtDirective *directive)
{
  dt_gui_status_label_set (GTK_LABEL (child), dt_directive_get_status (directive));
}

static void
update_notice (GtkWidget   *child,
               GParamSpec  *pspec,
               DtDirective *directive)
{
  dt_cell_text_set_text (DT_CELL_TEXT (child), dt_directive_get_notice_label (directive));
}

static const ColumnInfo columns[] = {
  /* Translators: column header for the ordinal of a directive in its notice */
  { "ordinal", N_("No."), DT_DIRECTIVE_SORT_ORDINAL, FALSE, 72, setup_ordinal, update_ordinal },
  { "text", N_("Directive"), DT_DIRECTIVE_SORT_TEXT, TRUE, -1, setup_text, update_text },
  { "unit", N_("Lead Unit"), DT_DIRECTIVE_SORT_UNIT, FALSE, 160, setup_wrapped, update_unit },
  { "deadline", N_("Deadline"), DT_DIRECTIVE_SORT_DEADLINE, FALSE, 140, setup_deadline, update_deadline },
  { "status", N_("Status"), DT_DIRECTIVE_SORT_STATUS, FALSE, 170, setup_status, update_status },
  { "notice", N_("Notice"), DT_DIRECTIVE_SORT_NOTICE, FALSE, 130, setup_notice, update_notice },
};

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkColumnViewCell        *cell,
                  const ColumnInfo         *info)
{
  gtk_column_view_cell_set_child (cell, info->setup ());
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkColumnViewCell        *cell,
                 const ColumnInfo         *info)
{
  DtDirective *directive = gtk_column_view_cell_get_item (cell);
  GtkWidget *child = gtk_column_view_cell_get_child (cell);

  info->update (child, NULL, directive);
  /* An edit in the detail pane changes the very object the row shows. */
  g_signal_connect_object (directive, "notify", G_CALLBACK (info->update),
                           child, G_CONNECT_SWAPPED);
}

static void
on_factory_unbind (GtkSignalListItemFactory *factory,
                   GtkColumnViewCell        *cell,
                   const ColumnInfo         *info)
{
  DtDirective *directive = gtk_column_view_cell_get_item (cell);
  GtkWidget *child = gtk_column_view_cell_get_child (cell);

  if (directive != NULL)
    g_signal_handlers_disconnect_by_func (directive, G_CALLBACK (info->update), child);
}

static const ColumnInfo *
find_column (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (g_strcmp0 (columns[i].id, id) == 0)
      return &columns[i];

  return NULL;
}

static void
on_sorter_changed (DtWindow            *self,
                   GtkSorterChange      change,
                   GtkColumnViewSorter *sorter)
{
  GtkColumnViewColumn *column = gtk_column_view_sorter_get_primary_sort_column (sorter);
  gboolean descending;
  const ColumnInfo *info;

  if (column == NULL)
    return;

  info = find_column (gtk_column_view_column_get_id (column));
  if (info == NULL)
    return;

  descending = gtk_column_view_sorter_get_primary_sort_order (sorter) == GTK_SORT_DESCENDING;
  dt_directive_list_set_sort (self->list, info->sort, descending);

  g_settings_set_string (self->settings, "sort-column", info->id);
  g_settings_set_boolean (self->settings, "sort-descending", descending);
}

void
_dt_window_setup_columns (DtWindow *self)
{
  GtkSorter *sorter;

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      const ColumnInfo *info = &columns[i];
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      g_autoptr(GtkSorter) column_sorter = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup), (gpointer) info);
      g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind), (gpointer) info);
      g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind), (gpointer) info);

      column = gtk_column_view_column_new (_(info->title), factory);
      gtk_column_view_column_set_id (column, info->id);
      gtk_column_view_column_set_expand (column, info->expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      if (info->fixed_width > 0)
        gtk_column_view_column_set_fixed_width (column, info->fixed_width);

      /* The list sorts in SQL: the column sorters only make the headers
       * clickable and say which column and order the user chose. */
      column_sorter = GTK_SORTER (gtk_custom_sorter_new (NULL, NULL, NULL));
      gtk_column_view_column_set_sorter (column, column_sorter);

      gtk_column_view_append_column (self->column_view, column);
    }

  sorter = gtk_column_view_get_sorter (self->column_view);
  g_signal_connect_object (sorter, "changed",
                           G_CALLBACK (on_sorter_changed), self, G_CONNECT_SWAPPED);
}

void
_dt_window_apply_sort_setting (DtWindow *self)
{
  g_autofree char *id = g_settings_get_string (self->settings, "sort-column");
  gboolean descending = g_settings_get_boolean (self->settings, "sort-descending");
  GListModel *view_columns = gtk_column_view_get_columns (self->column_view);
  guint n = g_list_model_get_n_items (view_columns);
  if (find_column (id) == NULL)
    g_set_str (&id, "deadline");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (view_columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_id (column), id) == 0)
        {
          gtk_column_view_sort_by_column (self->column_view, column,
                                          descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
          break;
        }
    }

  /* The sorter's "changed" handler passes the choice to the list. */
  dt_directive_list_set_sort (self->list, find_column (id)->sort, descending);
}

static GtkColumnViewColumn *
get_column (DtWindow   *self,
            const char *id)
{
  GListModel *view_columns = gtk_column_view_get_columns (self->column_view);

  for (guint i = 0; i < g_list_model_get_n_items (view_columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (view_columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_id (column), id) == 0)
        return column;  /* the column view holds it */
    }

  g_return_val_if_reached (NULL);
}

/* A breakpoint that hides the columns of @hidden (a NULL-terminated list
 * of ids). */
static void
add_breakpoint (DtWindow           *self,
                const char         *condition,
                const char * const *hidden)
{
  AdwBreakpoint *breakpoint = adw_breakpoint_new (adw_breakpoint_condition_parse (condition));
  g_auto(GValue) invisible = G_VALUE_INIT;

  g_value_init (&invisible, G_TYPE_BOOLEAN);
  g_value_set_boolean (&invisible, FALSE);
  for (guint i = 0; hidden[i] != NULL; i++)
    adw_breakpoint_add_setter (breakpoint, G_OBJECT (get_column (self, hidden[i])),
                               "visible", &invisible);

  adw_breakpoint_bin_add_breakpoint (self->list_bin, breakpoint);
}

/* The breakpoints look at the list's own width, so they follow the detail
 * pane opening beside the list as well as the window's size.  The bin
 * applies the last breakpoint that matches: narrowest last.  What stays
 * whatever the width: the directive and its deadline, whose second line
 * ("3 days overdue", "done 20/01/2024") stands for the status. */
void
_dt_window_add_column_breakpoints (DtWindow *self)
{
  static const char * const wide[] = { "notice", NULL };
  static const char * const medium[] = { "notice", "ordinal", NULL };
  static const char * const phone[] = { "notice", "ordinal", "unit", "status", NULL };

  add_breakpoint (self, "max-width: 900sp", wide);
  add_breakpoint (self, "max-width: 720sp", medium);
  add_breakpoint (self, "max-width: 560sp", phone);
}
