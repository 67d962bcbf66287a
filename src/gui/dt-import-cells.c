/* dt-import-cells.c — the cells of the import review's column view, built
 * in C so that their strings are found by xgettext
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-date.h"
#include "dt-import-cells.h"
#include "dt-import-row.h"
#include "dt-text.h"

/* A cell follows one or two properties of its row: the handlers are kept
 * on the list item and dropped when the item is unbound. */
static void
follow_row (GtkListItem *item,
            DtImportRow *row,
            const char  *signal,
            GCallback    callback)
{
  gulong id = g_signal_connect_object (row, signal, callback, item, G_CONNECT_SWAPPED);
  const char *key = g_object_get_data (G_OBJECT (item), "dt-handler") ? "dt-handler-2" : "dt-handler";

  g_object_set_data (G_OBJECT (item), key, GSIZE_TO_POINTER (id));
}

static void
unbind_follow (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GObject *row = gtk_list_item_get_item (item);
  GBinding *binding = g_object_get_data (G_OBJECT (item), "dt-binding");

  for (guint i = 0; i < 2; i++)
    {
      const char *key = i == 0 ? "dt-handler" : "dt-handler-2";
      gulong id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (item), key));

      if (id != 0 && row != NULL)
        g_signal_handler_disconnect (row, id);
      g_object_set_data (G_OBJECT (item), key, NULL);
    }
  if (binding != NULL)
    g_binding_unbind (binding);
  g_object_set_data (G_OBJECT (item), "dt-binding", NULL);
}

/* Text in a cell: an inscription, which asks no width of its text, so long
 * directives wrap to a few lines and end with an ellipsis */
static GtkWidget *
new_cell_text (guint lines)
{
  GtkWidget *inscription = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (inscription), 0);
  gtk_inscription_set_yalign (GTK_INSCRIPTION (inscription), 0);
  /* list rows get their minimum height: ask for every line */
  gtk_inscription_set_min_lines (GTK_INSCRIPTION (inscription), lines);
  gtk_inscription_set_nat_lines (GTK_INSCRIPTION (inscription), lines);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (inscription), 0);
  gtk_inscription_set_wrap_mode (GTK_INSCRIPTION (inscription), PANGO_WRAP_WORD_CHAR);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (inscription),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_widget_set_valign (inscription, GTK_ALIGN_FILL);
  return inscription;
}

/* accept: a check box */

static void
setup_accept (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *check = gtk_check_button_new ();

  gtk_widget_set_valign (check, GTK_ALIGN_START);
  gtk_widget_set_halign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Accept"),
                                  -1);
  gtk_widget_set_tooltip_text (check, _("Save this directive"));
  gtk_list_item_set_child (item, check);
}

static void
bind_accept (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  GBinding *binding = g_object_bind_property (gtk_list_item_get_item (item), "accepted",
                                              gtk_list_item_get_child (item), "active",
                                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  g_object_set_data (G_OBJECT (item), "dt-binding", binding);
}

/* ordinal, with the doubt marker */

static void
setup_ordinal (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label;

  gtk_widget_add_css_class (icon, "warning");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  /* on the row's two lines: "Điều 2.3.b-2-1" read "Điều 2…" on one */
  label = new_cell_text (2);
  gtk_widget_set_hexpand (label, TRUE);
  /* the marker first, so that the ordinals line up */
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
update_ordinal (GtkListItem *item)
{
  DtImportRow *row = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *label = gtk_widget_get_last_child (box);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  DtExtractedDirective *x = dt_import_row_get_directive (row);
  g_autofree char *why = dt_import_row_dup_doubt_text (row);

  gtk_inscription_set_text (GTK_INSCRIPTION (label), x->ordinal);
  /* hidden but keeping its place */
  gtk_widget_set_opacity (icon, why != NULL ? 1.0 : 0.0);
  gtk_widget_set_tooltip_text (box, why);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, why ? why : "",
                                  -1);
}

static void
bind_ordinal (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  update_ordinal (item);
  follow_row (item, gtk_list_item_get_item (item), "notify::doubts", G_CALLBACK (update_ordinal));
}

/* text, coordinators and deadline phrase: two lines, wrapped */

static void
setup_wrapped (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  gtk_list_item_set_child (item, new_cell_text (2));
}

/* text, and below it why the row is doubtful */

static void on_keep_toggled (GtkCheckButton *check,
                             GtkListItem    *item);

/* The directive's text; why the row is doubtful; and, re-importing a
 * notice, whether to keep the text the user corrected since */
static void
setup_text (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *why = gtk_label_new (NULL);
  /* Translators: in the import review, under a directive whose text the
   * user corrected after the earlier import of the notice */
  GtkWidget *keep = gtk_check_button_new_with_label (_("Keep your corrected text"));

  gtk_label_set_xalign (GTK_LABEL (why), 0);
  gtk_label_set_wrap (GTK_LABEL (why), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (why), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (why, "caption");
  gtk_widget_add_css_class (why, "warning");
  gtk_widget_add_css_class (keep, "caption");
  gtk_widget_add_css_class (keep, "user-text");
  g_signal_connect_object (keep, "toggled", G_CALLBACK (on_keep_toggled), item, 0);
  gtk_box_append (GTK_BOX (box), new_cell_text (2));
  gtk_box_append (GTK_BOX (box), why);
  gtk_box_append (GTK_BOX (box), keep);
  gtk_list_item_set_child (item, box);
}

static void
update_text_doubts (GtkListItem *item)
{
  DtImportRow *row = gtk_list_item_get_item (item);
  GtkWidget *why = gtk_widget_get_next_sibling (gtk_widget_get_first_child (gtk_list_item_get_child (item)));
  g_autofree char *text = row ? dt_import_row_dup_doubt_text (row) : NULL;

  gtk_label_set_text (GTK_LABEL (why), text);
  gtk_widget_set_visible (why, text != NULL);
}

/* The text saving will write */
static void
update_text_shown (GtkListItem *item)
{
  DtImportRow *row = gtk_list_item_get_item (item);
  DtExtractedDirective *x = dt_import_row_get_directive (row);
  GtkWidget *text = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  /* as the list will show it: a capital first letter; saved as written */
  g_autofree char *shown = dt_text_capitalize_first (dt_import_row_get_text_to_save (row));
  g_autofree char *tooltip = NULL;

  gtk_inscription_set_text (GTK_INSCRIPTION (text), shown);
  if (x->category != NULL)
    tooltip = g_strdup_printf ("%s\n\n%s", x->category, shown ? shown : "");
  gtk_widget_set_tooltip_text (text, tooltip ? tooltip : shown);
}

static void
on_keep_toggled (GtkCheckButton *check,
                 GtkListItem    *item)
{
  if (gtk_list_item_get_item (item) != NULL)
    update_text_shown (item);
}

/* Re-importing: whether the row's text was corrected by the user, and the
 * check that keeps it */
static void
update_user_text (GtkListItem *item)
{
  DtImportRow *row = gtk_list_item_get_item (item);
  GtkWidget *keep = gtk_widget_get_last_child (gtk_list_item_get_child (item));
  GBinding *binding = g_object_get_data (G_OBJECT (item), "dt-binding");
  gboolean has_user_text = row != NULL && dt_import_row_get_user_text (row) != NULL;

  if (binding != NULL)
    g_binding_unbind (binding);
  g_object_set_data (G_OBJECT (item), "dt-binding", NULL);
  gtk_widget_set_visible (keep, has_user_text);
  if (has_user_text)
    {
      g_autofree char *notice = dt_text_capitalize_first (dt_import_row_get_directive (row)->text);
      /* Translators: tooltip of "Keep your corrected text": what the notice says instead */
      g_autofree char *tooltip = g_strdup_printf (_("The notice reads: “%s”"), notice);

      binding = g_object_bind_property (row, "keep-user-text", keep, "active",
                                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      gtk_widget_set_tooltip_text (keep, tooltip);
      g_object_set_data (G_OBJECT (item), "dt-binding", binding);
    }
  if (row != NULL)
    update_text_shown (item);
}

static void
bind_text (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  DtImportRow *row = gtk_list_item_get_item (item);

  update_user_text (item);
  update_text_doubts (item);
  follow_row (item, row, "notify::doubts", G_CALLBACK (update_text_doubts));
  follow_row (item, row, "notify::user-text", G_CALLBACK (update_user_text));
}

/* lead unit: editable, unknown ones marked as new */

static void
on_lead_entry_activate (GtkEntry    *entry,
                        GtkListItem *item)
{
  DtImportRow *row = gtk_list_item_get_item (item);

  if (row != NULL)
    dt_import_row_set_lead_unit (row, gtk_editable_get_text (GTK_EDITABLE (entry)));
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (entry), GTK_TYPE_POPOVER)));
}

static void
on_lead_popover_show (GtkPopover  *popover,
                      GtkListItem *item)
{
  DtImportRow *row = gtk_list_item_get_item (item);
  GtkWidget *entry = gtk_widget_get_first_child (gtk_popover_get_child (popover));
  const char *unit = row != NULL ? dt_import_row_get_lead_unit (row) : NULL;

  gtk_editable_set_text (GTK_EDITABLE (entry), unit ? unit : "");
  gtk_widget_grab_focus (entry);
}

/* A flat button showing the unit; it opens a popover with an entry */
static void
setup_lead (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  GtkWidget *button = gtk_menu_button_new ();
  /* the marker under the name: beside it, the Vietnamese "Chưa có đơn vị
   * chủ trì" left the name a third of the column ("Các cấp, …") */
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = new_cell_text (2);
  GtkWidget *pill = gtk_label_new (_("New"));
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *popover_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *hint = gtk_label_new (_("A unit of the catalogue, by its name or abbreviation, or a new one"));

  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (pill, "import-new-unit");
  gtk_widget_set_halign (pill, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (pill, _("Not a known unit: it will be added as a new one"));
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), pill);

  gtk_entry_set_activates_default (GTK_ENTRY (entry), FALSE);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 36);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Lead unit"),
                                  -1);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (hint), 36);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dimmed");
  gtk_widget_add_css_class (hint, "caption");
  gtk_box_append (GTK_BOX (popover_box), entry);
  gtk_box_append (GTK_BOX (popover_box), hint);
  gtk_popover_set_child (GTK_POPOVER (popover), popover_box);
  g_signal_connect_object (entry, "activate", G_CALLBACK (on_lead_entry_activate), item, 0);
  g_signal_connect_object (popover, "show", G_CALLBACK (on_lead_popover_show), item, 0);

  gtk_menu_button_set_child (GTK_MENU_BUTTON (button), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_has_frame (GTK_MENU_BUTTON (button), FALSE);
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "import-lead-unit");
  gtk_list_item_set_child (item, button);
}

static void
update_lead (GtkListItem *item)
{
  DtImportRow *row = gtk_list_item_get_item (item);
  GtkWidget *button = gtk_list_item_get_child (item);
  GtkWidget *box = gtk_menu_button_get_child (GTK_MENU_BUTTON (button));
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *pill = gtk_widget_get_last_child (box);
  const char *unit = dt_import_row_get_lead_unit (row);
  DtExtractedDirective *x = dt_import_row_get_directive (row);
  /* a collective subject ("Các sở, ngành") is no unit to create: the
   * doubt marker says so */
  gboolean is_new = unit != NULL && *unit != '\0' && !dt_import_row_get_lead_unit_known (row)
                    && !x->collective;
  g_autofree char *tooltip = NULL;

  gtk_inscription_set_text (GTK_INSCRIPTION (name), unit);
  /* Translators: tooltip of the lead unit in the import review */
  tooltip = g_strdup_printf (_("%s — click to change"), unit ? unit : "");
  gtk_widget_set_tooltip_text (button, tooltip);
  /* a collective is saved as whom the directive addresses, with no lead
   * unit, unless the reviewer names one */
  if (x->collective)
    {
      gtk_label_set_label (GTK_LABEL (pill), _("No lead unit"));
      gtk_widget_set_tooltip_text (pill, _("Addressed to many units: saved without a lead unit. "
                                           "Click to name the unit in charge."));
    }
  else
    {
      gtk_label_set_label (GTK_LABEL (pill), _("New"));
      gtk_widget_set_tooltip_text (pill, _("Not a known unit: it will be added as a new one"));
    }
  gtk_widget_set_visible (pill, is_new || x->collective);
}

static void
bind_lead (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  update_lead (item);
  follow_row (item, gtk_list_item_get_item (item), "notify::lead-unit", G_CALLBACK (update_lead));
}

/* coordinators */

static void
bind_coordinators (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  DtExtractedDirective *x = dt_import_row_get_directive (gtk_list_item_get_item (item));
  g_autofree char *text = NULL;

  text = x->coordinating_units ? g_strjoinv (", ", x->coordinating_units) : g_strdup ("");
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (item)), text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), *text ? text : NULL);
}

/* deadline: dd/mm/yyyy, editable */

static void
on_deadline_editing (GtkEditableLabel *editable,
                     GParamSpec       *pspec,
                     GtkListItem      *item)
{
  DtImportRow *row = gtk_list_item_get_item (item);
  g_autofree char *text = NULL;

  if (row == NULL || gtk_editable_label_get_editing (editable))
    return;

  if (dt_import_row_set_deadline_text (row, gtk_editable_get_text (GTK_EDITABLE (editable))))
    gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
      gtk_widget_error_bell (GTK_WIDGET (editable));
    }
  text = dt_import_row_dup_deadline_text (row);
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
}

static void
setup_deadline (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkWidget *editable = gtk_editable_label_new ("");

  gtk_widget_set_valign (editable, GTK_ALIGN_START);
  gtk_editable_set_width_chars (GTK_EDITABLE (editable), 10);
  gtk_accessible_update_property (GTK_ACCESSIBLE (editable),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Deadline"),
                                  -1);
  g_signal_connect_object (editable, "notify::editing", G_CALLBACK (on_deadline_editing), item, 0);
  gtk_list_item_set_child (item, editable);
}

static void
update_deadline (GtkListItem *item)
{
  DtImportRow *row = gtk_list_item_get_item (item);
  DtExtractedDirective *x = dt_import_row_get_directive (row);
  GtkWidget *editable = gtk_list_item_get_child (item);
  g_autofree char *text = dt_import_row_dup_deadline_text (row);
  const char *tooltip;

  if (!gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (editable)))
    gtk_editable_set_text (GTK_EDITABLE (editable), text);

  if (x->deadline == DT_DATE_NONE)
    tooltip = _("No deadline: type one as dd/mm/yyyy");
  else if (x->inherited)
    tooltip = _("Taken from the section heading");
  else if (x->approximate)
    tooltip = _("Approximate: the text gives a period, not a day");
  else
    tooltip = NULL;
  gtk_widget_set_tooltip_text (editable, tooltip);
  if (x->approximate || x->inherited)
    gtk_widget_add_css_class (editable, "import-approximate");
  else
    gtk_widget_remove_css_class (editable, "import-approximate");
}

static void
bind_deadline (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  gtk_widget_remove_css_class (gtk_list_item_get_child (item), "error");
  update_deadline (item);
  follow_row (item, gtk_list_item_get_item (item), "notify::deadline-text",
              G_CALLBACK (update_deadline));
}

/* the deadline as written */

static void
bind_phrase (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  DtExtractedDirective *x = dt_import_row_get_directive (gtk_list_item_get_item (item));
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_inscription_set_text (GTK_INSCRIPTION (label), x->deadline_phrase);
  gtk_widget_set_tooltip_text (label, x->deadline_phrase);
}

GtkListItemFactory *
dt_import_cell_factory_new (DtImportColumn column)
{
  static const struct {
    GCallback setup;
    GCallback bind;
  } callbacks[] = {
    [DT_IMPORT_COLUMN_ACCEPT] = { G_CALLBACK (setup_accept), G_CALLBACK (bind_accept) },
    [DT_IMPORT_COLUMN_ORDINAL] = { G_CALLBACK (setup_ordinal), G_CALLBACK (bind_ordinal) },
    [DT_IMPORT_COLUMN_TEXT] = { G_CALLBACK (setup_text), G_CALLBACK (bind_text) },
    [DT_IMPORT_COLUMN_LEAD_UNIT] = { G_CALLBACK (setup_lead), G_CALLBACK (bind_lead) },
    [DT_IMPORT_COLUMN_COORDINATORS] = { G_CALLBACK (setup_wrapped), G_CALLBACK (bind_coordinators) },
    [DT_IMPORT_COLUMN_DEADLINE] = { G_CALLBACK (setup_deadline), G_CALLBACK (bind_deadline) },
    [DT_IMPORT_COLUMN_PHRASE] = { G_CALLBACK (setup_wrapped), G_CALLBACK (bind_phrase) },
  };
  GtkListItemFactory *factory;

  g_return_val_if_fail (column < G_N_ELEMENTS (callbacks), NULL);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", callbacks[column].setup, NULL);
  g_signal_connect (factory, "bind", callbacks[column].bind, NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_follow), NULL);
  return factory;
}
