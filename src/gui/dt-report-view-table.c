/* dt-report-view-table.c — the Report page's table by unit, and the
 * directives behind each of its numbers
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-report-row-item.h"
#include "dt-report-view-private.h"

#define MAX_LISTED 500

/* The directives behind a number ------------------------------------------- */

static void
on_directive_row_activated (DtReportView  *self,
                            GtkListBoxRow *row,
                            GtkListBox    *box)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "dt-directive-id"));
  GtkWidget *dialog = gtk_widget_get_ancestor (GTK_WIDGET (box), ADW_TYPE_DIALOG);

  _dt_report_view_emit_show_directive (self, id);
  if (dialog != NULL)
    adw_dialog_close (ADW_DIALOG (dialog));
}

void
_dt_report_view_show_directives (DtReportView     *self,
                 const char       *title,
                 const char       *subtitle_text,
                 GArray           *ids)
{
  AdwDialog *dialog = adw_dialog_new ();
  GtkWidget *toolbar = adw_toolbar_view_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *title_widget = adw_window_title_new (title, subtitle_text);

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title_widget);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar), header);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_margin_start (list, 12);
  gtk_widget_set_margin_end (list, 12);
  gtk_widget_set_margin_top (list, 12);
  gtk_widget_set_margin_bottom (list, 12);
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  g_signal_connect_object (list, "row-activated", G_CALLBACK (on_directive_row_activated),
                           self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < ids->len && i < MAX_LISTED; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(DtDirective) directive = dt_store_get_directive (self->store, id, NULL);
      g_autofree char *deadline = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (directive == NULL)
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), dt_directive_get_text (directive));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
      deadline = dt_date_format (dt_directive_get_deadline (directive));
      /* Translators: under a directive in the report's list: unit · notice · deadline */
      subtitle = g_strdup_printf (_("%s · %s · deadline %s"),
                                  dt_directive_get_lead_unit_name (directive),
                                  dt_directive_get_notice_label (directive) ? dt_directive_get_notice_label (directive) : "",
                                  *deadline ? deadline : "—");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "dt-directive-id", GSIZE_TO_POINTER ((gsize) id));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar), scrolled);
  adw_dialog_set_child (dialog, toolbar);
  adw_dialog_set_content_width (dialog, 600);
  adw_dialog_set_content_height (dialog, 520);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
on_count_clicked (DtReportView *self,
                  GtkButton    *button)
{
  GtkListItem *list_item = g_object_get_data (G_OBJECT (button), "dt-list-item");
  DtReportCategory category = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "dt-category"));
  DtReportRowItem *item = list_item ? gtk_list_item_get_item (list_item) : NULL;
  g_autoptr(GArray) ids = NULL;

  if (item == NULL)
    return;
  if (category == DT_REPORT_N_CATEGORIES)
    {
      /* the total: the four categories with a deadline */
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      for (guint c = 0; c < DT_REPORT_N_DUE; c++)
        {
          GArray *part = dt_report_row_item_get_ids (item, c);

          g_array_append_vals (ids, part->data, part->len);
        }
      _dt_report_view_show_directives (self, dt_report_row_item_get_unit_name (item), _("Total with a deadline"), ids);
      return;
    }
  _dt_report_view_show_directives (self, dt_report_row_item_get_unit_name (item), dt_report_category_to_string (category),
                   dt_report_row_item_get_ids (item, category));
}

/* The table by unit -------------------------------------------------------- */

static void
setup_name (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* on a phone, on up to three lines rather than cut ("Ban Quản lý Khu k…") */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 16);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_name (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  DtReportRowItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);

  gtk_label_set_label (GTK_LABEL (label), dt_report_row_item_get_unit_name (item));
  gtk_widget_set_tooltip_text (label, dt_report_row_item_get_unit_name (item));
}

static void
setup_count (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             DtReportView             *self)
{
  GtkWidget *button = gtk_button_new_with_label ("");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "numeric");
  g_object_set_data (G_OBJECT (button), "dt-list-item", list_item);
  g_object_set_data (G_OBJECT (button), "dt-category", g_object_get_data (G_OBJECT (factory), "dt-category"));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_count_clicked), self, G_CONNECT_SWAPPED);
  gtk_list_item_set_child (list_item, button);
}

static void
bind_count (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            DtReportView             *self)
{
  DtReportRowItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *button = gtk_list_item_get_child (list_item);
  guint category = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "dt-category"));
  guint n = category == DT_REPORT_N_CATEGORIES ? dt_report_row_item_get_total (item)
                                               : dt_report_row_item_get_count (item, category);
  g_autofree char *text = g_strdup_printf ("%u", n);

  gtk_button_set_label (GTK_BUTTON (button), text);
  gtk_widget_set_sensitive (button, n > 0);
}

/* A long column title on two lines, broken at the space nearest its
 * middle ("Completed\non time"): the counts below are short, and the
 * names of the units need the room. */
static char *
two_lines (const char *title)
{
  glong n = g_utf8_strlen (title, -1);
  const char *best = NULL;
  glong best_distance = G_MAXLONG;
  glong i = 0;
  char *out;

  if (n <= 15)
    return g_strdup (title);
  for (const char *p = title; *p != '\0'; p = g_utf8_next_char (p), i++)
    if (*p == ' ' && ABS (i - n / 2) < best_distance)
      {
        best = p;
        best_distance = ABS (i - n / 2);
      }
  out = g_strdup (title);
  if (best != NULL)
    out[best - title] = '\n';
  return out;
}

/* The column counting @category (DT_REPORT_N_CATEGORIES: the total) */
static void
add_count_column (DtReportView *self,
                  const char   *property,
                  guint         category)
{
  g_autofree char *title = two_lines (category == DT_REPORT_N_CATEGORIES ? _("Total")
                                                                          : dt_report_category_to_string (category));
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  GtkSorter *sorter = GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (DT_TYPE_REPORT_ROW_ITEM,
                                                                                       NULL, property)));

  g_object_set_data (G_OBJECT (factory), "dt-category", GUINT_TO_POINTER (category));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_count), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_count), self);
  column = gtk_column_view_column_new (title, factory);
  gtk_numeric_sorter_set_sort_order (GTK_NUMERIC_SORTER (sorter), GTK_SORT_DESCENDING);
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (sorter);
  gtk_column_view_append_column (self->column_view, column);
}

void
_dt_report_view_setup_columns (DtReportView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  GtkSorter *sorter;
  GtkSortListModel *sorted;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_name), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_name), self);
  column = gtk_column_view_column_new (_("Unit"), factory);
  gtk_column_view_column_set_expand (column, TRUE);
  sorter = GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (DT_TYPE_REPORT_ROW_ITEM,
                                                                           NULL, "unit-name")));
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (sorter);
  gtk_column_view_append_column (self->column_view, column);

  add_count_column (self, "total", DT_REPORT_N_CATEGORIES);
  /* the categories named as the list names their statuses */
  add_count_column (self, "on-time", DT_REPORT_ON_TIME);
  add_count_column (self, "late", DT_REPORT_LATE);
  add_count_column (self, "pending", DT_REPORT_PENDING);
  add_count_column (self, "overdue", DT_REPORT_OVERDUE);
  add_count_column (self, "no-deadline", DT_REPORT_NO_DEADLINE);

  /* the unit order of the store (its names' collation) until a column is chosen */
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->rows)),
                                    g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (sorted))));
}

