/* dt-window-form.c — the small forms of the main window
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-window-form-private.h"

static void
dt_form_free_cb (gpointer  data,
                 GObject  *where_the_dialog_was)
{
  g_free (data);
}

static void
on_form_save_clicked (DtForm    *form,
                      GtkButton *button)
{
  if (form->save (form))
    adw_dialog_close (form->dialog);
}

DtForm *
_dt_form_new (DtWindow   *window,
              const char *title,
              const char *save_label,
              gboolean  (*save) (DtForm *form))
{
  DtForm *form = g_new0 (DtForm, 1);
  GtkWidget *toolbar, *header, *cancel, *page;

  form->window = window;
  form->save = save;
  form->dialog = adw_dialog_new ();
  adw_dialog_set_title (form->dialog, title);
  adw_dialog_set_content_width (form->dialog, 460);
  g_object_weak_ref (G_OBJECT (form->dialog), dt_form_free_cb, form);

  header = adw_header_bar_new ();
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_object (cancel, "clicked", G_CALLBACK (adw_dialog_close),
                           form->dialog, G_CONNECT_SWAPPED);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  form->save_button = gtk_button_new_with_mnemonic (save_label);
  gtk_widget_add_css_class (form->save_button, "suggested-action");
  g_signal_connect_swapped (form->save_button, "clicked", G_CALLBACK (on_form_save_clicked), form);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), form->save_button);
  adw_dialog_set_default_widget (form->dialog, form->save_button);

  page = adw_preferences_page_new ();
  form->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), form->group);

  toolbar = adw_toolbar_view_new ();
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar), header);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar), page);
  adw_dialog_set_child (form->dialog, toolbar);

  return form;
}

AdwEntryRow *
_dt_form_add_entry (DtForm     *form,
                    const char *title,
                    const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  adw_preferences_group_add (form->group, row);
  return ADW_ENTRY_ROW (row);
}

AdwEntryRow *
_dt_form_add_date (DtForm     *form,
                   const char *title,
                   DtDate      date)
{
  g_autofree char *text = dt_date_format (date);
  AdwEntryRow *row = _dt_form_add_entry (form, title, text);

  gtk_widget_set_tooltip_text (GTK_WIDGET (row), _("Day/month/year, for example 31/01/2024"));
  return row;
}

static AdwComboRow *
add_combo (DtForm        *form,
           const char    *title,
           GListModel    *model,
           GtkExpression *expression,
           gboolean       use_subtitle)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* before the model: the row shows its first choice only if it knows */
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (row), use_subtitle);
  if (expression != NULL)
    {
      adw_combo_row_set_expression (ADW_COMBO_ROW (row), expression);
      adw_combo_row_set_enable_search (ADW_COMBO_ROW (row), TRUE);
      gtk_expression_unref (expression);
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (row), model);
  adw_preferences_group_add (form->group, row);
  return ADW_COMBO_ROW (row);
}

AdwComboRow *
_dt_form_add_combo (DtForm        *form,
                    const char    *title,
                    GListModel    *model,
                    GtkExpression *expression)
{
  return add_combo (form, title, model, expression, FALSE);
}

AdwComboRow *
_dt_form_add_unit_combo (DtForm     *form,
                         const char *title,
                         GListModel *model)
{
  return add_combo (form, title, model, gtk_property_expression_new (DT_TYPE_UNIT, NULL, "name"), TRUE);
}

const char *
_dt_form_entry_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

gboolean
_dt_form_check_date (DtForm      *form,
                     AdwEntryRow *row,
                     DtDate      *date)
{
  const char *text = _dt_form_entry_text (row);

  if (!dt_date_parse_typed (text, date))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (row));
      return FALSE;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  return TRUE;
}

gboolean
_dt_form_check_required (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (_dt_form_entry_text (row)));

  if (text[0] == '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (row));
      return FALSE;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  return TRUE;
}

guint
_dt_form_find_position (GListModel *model,
                        gint64      id,
                        gboolean    is_notice)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gint64 item_id = is_notice ? dt_notice_get_id (DT_NOTICE (item)) : dt_unit_get_id (DT_UNIT (item));

      if (item_id == id)
        return i;
    }

  return 0;
}
