/* dt-import-dialog-notice.c — the review's notice header: kind, number,
 * dates, issuing body, signer and title as read, for the user to correct,
 * and the banner saying the notice was imported before
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-directive-list.h"
#include "dt-gui-util.h"
#include "dt-import-dialog-private.h"
#include "dt-import-row.h"

static void
update_notice_title (DtImportDialog *self)
{
  DtExtraction *x = self->extraction;
  g_autofree char *date = dt_date_format (x->issue_date);
  g_autofree char *title = NULL;
  /* a draft's blank number ("/TB-UBND") is no number */
  const char *number = dt_notice_number_is_blank (x->number) ? NULL : x->number;

  if (number != NULL && x->issue_date != DT_DATE_NONE)
    /* Translators: "Notice of conclusions 37/TB-UBND dated 31/01/2024" */
    title = g_strdup_printf (_("%s %s dated %s"), dt_notice_kind_to_string (x->kind), number, date);
  else if (number != NULL)
    title = g_strdup_printf ("%s %s", dt_notice_kind_to_string (x->kind), number);
  else
    /* Translators: a notice read without its number */
    title = g_strdup_printf (_("%s, without a number"), dt_notice_kind_to_string (x->kind));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->notice_row), title);
  adw_expander_row_set_subtitle (self->notice_row, x->title ? x->title : "");
}

static void
set_string (char       **field,
            const char  *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));

  g_free (*field);
  *field = *stripped ? g_steal_pointer (&stripped) : NULL;
}

static void
on_text_row_changed (DtImportDialog *self,
                     AdwEntryRow    *row)
{
  DtExtraction *x = self->extraction;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (self->filling || x == NULL)
    return;

  if (row == self->number_row)
    set_string (&x->number, text);
  else if (row == self->issuing_body_row)
    set_string (&x->issuing_body, text);
  else if (row == self->signer_row)
    set_string (&x->signer, text);
  else if (row == self->title_row)
    set_string (&x->title, text);
  update_notice_title (self);
  /* another number may name a notice already imported */
  if (row == self->number_row)
    _dt_import_dialog_check_existing (self);
}

static void
on_date_row_changed (DtImportDialog *self,
                     AdwEntryRow    *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  DtDate date = DT_DATE_NONE;

  if (self->filling || self->extraction == NULL)
    return;

  if (!dt_date_parse_typed (text, &date))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");

  if (row == self->issue_date_row)
    self->extraction->issue_date = date;
  else
    self->extraction->meeting_date = date;
  update_notice_title (self);
  if (row == self->issue_date_row)
    _dt_import_dialog_check_existing (self);
}

static void
on_kind_selected (DtImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  if (self->filling || self->extraction == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  self->extraction->kind = (DtNoticeKind) selected;
  update_notice_title (self);
}

static void
fill_entry (AdwEntryRow *row,
            const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

void
_dt_import_dialog_fill_header (DtImportDialog *self)
{
  DtExtraction *x = self->extraction;
  g_autofree char *issue = dt_date_format (x->issue_date);
  g_autofree char *meeting = dt_date_format (x->meeting_date);

  self->filling = TRUE;
  adw_combo_row_set_selected (self->kind_row, x->kind);
  fill_entry (self->number_row, x->number);
  fill_entry (self->issue_date_row, issue);
  fill_entry (self->meeting_date_row, meeting);
  fill_entry (self->issuing_body_row, x->issuing_body);
  fill_entry (self->signer_row, x->signer);
  fill_entry (self->title_row, x->title);
  self->filling = FALSE;

  update_notice_title (self);
  /* the directives are what most needs review: the header stays folded */
  adw_expander_row_set_expanded (self->notice_row, FALSE);
}

/* Re-importing: the rows whose text the user corrected since the earlier
 * import, and which the notice now words otherwise, are marked; saving
 * keeps the user's text unless they choose the notice's. */
static void
find_user_texts (DtImportDialog *self,
                 gint64          existing_id)
{
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  if (existing_id == self->existing_id)
    return;
  self->existing_id = existing_id;
  self->n_user_texts = 0;
  if (existing_id != 0)
    {
      texts = dt_extraction_find_user_texts (self->extraction, self->store, self->catalog, &error);
      if (texts == NULL)
        dt_gui_show_error (GTK_WIDGET (self), _("Cannot Read the Notices"), error);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtImportRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);
      const char *text = texts != NULL && i < texts->len ? g_ptr_array_index (texts, i) : NULL;

      dt_import_row_set_user_text (row, text);
      self->n_user_texts += text != NULL;
    }
}

/* An earlier import of the same notice */
void
_dt_import_dialog_check_existing (DtImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DtNotice) existing = dt_extraction_find_existing_notice (self->extraction, self->store,
                                                                     &error);
  g_autoptr(DtDirectiveList) list = NULL;
  g_autofree char *when = NULL;
  g_autofree char *title = NULL;
  gint64 earliest = 0;
  guint n;

  if (error != NULL)
    dt_gui_show_error (GTK_WIDGET (self), _("Cannot Read the Notices"), error);
  self->is_update = existing != NULL;
  adw_banner_set_revealed (self->update_banner, self->is_update);
  gtk_button_set_label (self->accept_all_button,
                        self->is_update ? _("Update _All") : _("Accept _All"));
  gtk_button_set_label (self->accept_selected_button,
                        self->is_update ? _("Update _Selected") : _("Accept _Selected"));
  find_user_texts (self, existing ? dt_notice_get_id (existing) : 0);
  if (existing == NULL)
    return;

  list = dt_directive_list_new (self->store);
  dt_directive_list_set_notice (list, dt_notice_get_id (existing));
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtDirective) d = g_list_model_get_item (G_LIST_MODEL (list), i);
      gint64 created = dt_directive_get_created (d);

      if (created > 0 && (earliest == 0 || created < earliest))
        earliest = created;
    }

  /* short enough for three lines of a phone's banner */
  if (earliest > 0)
    when = dt_date_format (dt_date_from_unix (earliest, NULL));
  if (earliest > 0 && self->n_user_texts > 0)
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Imported before, on %s: accepting updates its %u directive, keeping the texts you corrected (marked below).",
                                          "Imported before, on %s: accepting updates its %u directives, keeping the texts you corrected (marked below).",
                                          n),
                             when, n);
  else if (earliest > 0)
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "This notice was imported on %s, with %u directive. Accepting updates it rather than adding a copy.",
                                          "This notice was imported on %s, with %u directives. Accepting updates it rather than adding a copy.",
                                          n),
                             when, n);
  else if (self->n_user_texts > 0)
    title = g_strdup (_("Imported before: accepting updates it, keeping the texts you corrected (marked below)."));
  else
    title = g_strdup (_("This notice was imported before. Accepting updates it rather than adding a copy."));
  adw_banner_set_title (self->update_banner, title);
}

void
_dt_import_dialog_init_notice (DtImportDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  for (DtNoticeKind kind = DT_NOTICE_KIND_CONCLUSION; kind <= DT_NOTICE_KIND_OTHER; kind++)
    gtk_string_list_append (kinds, dt_notice_kind_to_string (kind));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));

  g_signal_connect_object (self->number_row, "changed", G_CALLBACK (on_text_row_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->issuing_body_row, "changed", G_CALLBACK (on_text_row_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->signer_row, "changed", G_CALLBACK (on_text_row_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->title_row, "changed", G_CALLBACK (on_text_row_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->issue_date_row, "changed", G_CALLBACK (on_date_row_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->meeting_date_row, "changed", G_CALLBACK (on_date_row_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->kind_row, "notify::selected", G_CALLBACK (on_kind_selected), self,
                           G_CONNECT_SWAPPED);
}
