/* dt-directive-detail-units.c — who carries a directive out, in the detail
 * pane: the lead unit's chooser (or none, for a directive addressed to a
 * collective) and the coordinating units' chips with their picker
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-directive-detail-private.h"

/* The lead unit ------------------------------------------------------------- */

static guint
find_unit_position (GListModel *units,
                    gint64      unit_id)
{
  guint n = g_list_model_get_n_items (units);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DtUnit) unit = g_list_model_get_item (units, i);

      if (dt_unit_get_id (unit) == unit_id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Addressed to a collective and led by no unit: to whom, as written */
static void
update_no_lead (DtDirectiveDetail *self)
{
  const char *addressee = self->directive ? dt_directive_get_addressee (self->directive) : "";
  gboolean no_lead = self->directive != NULL && dt_directive_get_lead_unit_id (self->directive) <= 0;

  adw_action_row_set_subtitle (self->no_lead_row, addressee);
  gtk_widget_set_visible (GTK_WIDGET (self->no_lead_row), no_lead && *addressee != '\0');
}

static void
on_lead_unit_selected (DtDirectiveDetail *self)
{
  DtUnit *unit = adw_combo_row_get_selected_item (self->lead_unit_row);

  if (self->loading || self->directive == NULL || unit == NULL)
    return;

  if (dt_unit_get_id (unit) == dt_directive_get_lead_unit_id (self->directive))
    return;

  /* only a directive addressed to a collective may be led by no unit */
  if (dt_unit_get_id (unit) == 0 && *dt_directive_get_addressee (self->directive) == '\0')
    {
      self->loading = TRUE;
      adw_combo_row_set_selected (self->lead_unit_row,
                                  find_unit_position (self->lead_choices,
                                                      dt_directive_get_lead_unit_id (self->directive)));
      self->loading = FALSE;
      return;
    }

  dt_directive_set_lead_unit_id (self->directive, dt_unit_get_id (unit));
  update_no_lead (self);
  _dt_directive_detail_save (self);
}

static void
on_units_changed (DtDirectiveDetail *self)
{
  /* The unit list re-queried: point the chooser at the same unit again. */
  if (self->directive != NULL)
    {
      gboolean loading = self->loading;

      self->loading = TRUE;
      adw_combo_row_set_selected (self->lead_unit_row,
                                  find_unit_position (self->lead_choices,
                                                      dt_directive_get_lead_unit_id (self->directive)));
      self->loading = loading;
    }
}

/* Coordinating units -------------------------------------------------------- */

static void
dt_directive_detail_load_chips (DtDirectiveDetail *self)
{
  const gint64 *ids;
  const char * const *names;
  guint n = 0;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chips_box))) != NULL)
    adw_wrap_box_remove (self->chips_box, child);

  if (self->directive == NULL)
    return;

  ids = dt_directive_get_coordinating_unit_ids (self->directive, &n);
  names = dt_directive_get_coordinating_unit_names (self->directive);

  for (guint i = 0; i < n; i++)
    {
      guint pos = self->units ? find_unit_position (self->units, ids[i]) : GTK_INVALID_LIST_POSITION;
      g_autoptr(DtUnit) unit = pos != GTK_INVALID_LIST_POSITION ? g_list_model_get_item (self->units, pos) : NULL;
      const char *name = unit ? dt_unit_get_name (unit) : (names && names[i] ? names[i] : "?");
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *label = gtk_label_new (name);
      GtkWidget *button = gtk_button_new ();
      g_autofree char *tooltip = g_strdup_printf (_("Remove %s"), name);

      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      /* a unit's name whole where the pane has room ("Sở Nông nghiệp và Phát
       * triển nông thôn"), cut only when it has not */
      gtk_label_set_max_width_chars (GTK_LABEL (label), 64);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("window-close-symbolic"));
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_widget_add_css_class (button, "chip");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "detail.remove-coordinating-unit");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (ids[i]));
      adw_wrap_box_append (self->chips_box, button);
    }

  if (n == 0)
    {
      GtkWidget *none = gtk_label_new (_("None"));

      gtk_widget_add_css_class (none, "dim-label");
      adw_wrap_box_append (self->chips_box, none);
    }
}

static void
dt_directive_detail_set_coordinating (DtDirectiveDetail *self,
                                      gint64             add_id,
                                      gint64             remove_id)
{
  const gint64 *ids;
  guint n = 0;
  g_autoptr(GArray) array = g_array_new (FALSE, FALSE, sizeof (gint64));

  ids = dt_directive_get_coordinating_unit_ids (self->directive, &n);
  for (guint i = 0; i < n; i++)
    {
      if (ids[i] == remove_id || ids[i] == add_id)
        continue;
      g_array_append_val (array, ids[i]);
    }
  if (add_id != 0)
    g_array_append_val (array, add_id);

  dt_directive_set_coordinating_unit_ids (self->directive, (const gint64 *) array->data, array->len);
  _dt_directive_detail_save (self);
  dt_directive_detail_load_chips (self);
}

static void
on_unit_search_changed (DtDirectiveDetail *self,
                        GtkSearchEntry    *entry)
{
  GtkFilter *filter = gtk_filter_list_model_get_filter (self->picker_model);

  gtk_string_filter_set_search (GTK_STRING_FILTER (filter),
                                gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
dt_directive_detail_pick_unit (DtDirectiveDetail *self,
                               guint              position)
{
  g_autoptr(DtUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->picker_model), position);

  if (unit == NULL || self->directive == NULL)
    return;

  gtk_popover_popdown (self->add_unit_popover);
  gtk_editable_set_text (GTK_EDITABLE (self->unit_search), "");
  dt_directive_detail_set_coordinating (self, dt_unit_get_id (unit), 0);
}

static void
on_unit_search_activate (DtDirectiveDetail *self,
                         GtkSearchEntry    *entry)
{
  dt_directive_detail_pick_unit (self, 0);
}

static void
on_unit_picker_activate (DtDirectiveDetail *self,
                         guint              position,
                         GtkListView       *view)
{
  dt_directive_detail_pick_unit (self, position);
}

static void
on_picker_setup (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
on_picker_bind (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  DtUnit *unit = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), dt_unit_get_name (unit));
}

static void
remove_coordinating_unit_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  DtDirectiveDetail *self = DT_DIRECTIVE_DETAIL (widget);

  if (self->directive != NULL)
    dt_directive_detail_set_coordinating (self, 0, g_variant_get_int64 (param));
}

/* Shared with dt-directive-detail.c ------------------------------------------ */

void
_dt_directive_detail_load_units (DtDirectiveDetail *self)
{
  guint pos = GTK_INVALID_LIST_POSITION;

  if (self->directive != NULL && self->lead_choices != NULL)
    pos = find_unit_position (self->lead_choices, dt_directive_get_lead_unit_id (self->directive));
  adw_combo_row_set_selected (self->lead_unit_row, pos);
  update_no_lead (self);
  dt_directive_detail_load_chips (self);
}

void
_dt_directive_detail_set_units (DtDirectiveDetail *self,
                                GListModel        *units)
{
  GtkExpression *expression;
  GtkStringFilter *filter;

  g_set_object (&self->units, units);

  /* A combo row always shows one of its rows: the first stands for none,
   * which a directive addressed to a collective may have */
  {
    g_autoptr(GListStore) none = g_list_store_new (DT_TYPE_UNIT);
    g_autoptr(DtUnit) placeholder = dt_unit_new (_("No lead unit"));
    GListStore *parts = g_list_store_new (G_TYPE_LIST_MODEL);

    g_list_store_append (none, placeholder);
    g_list_store_append (parts, none);
    g_list_store_append (parts, self->units);
    g_clear_object (&self->lead_choices);
    self->lead_choices = G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (parts)));
  }
  expression = gtk_property_expression_new (DT_TYPE_UNIT, NULL, "name");
  adw_combo_row_set_expression (self->lead_unit_row, expression);
  self->loading = TRUE;
  adw_combo_row_set_model (self->lead_unit_row, self->lead_choices);
  self->loading = FALSE;
  g_signal_connect_object (self->units, "items-changed",
                           G_CALLBACK (on_units_changed), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  filter = gtk_string_filter_new (expression);  /* takes the expression */
  gtk_string_filter_set_ignore_case (filter, TRUE);
  gtk_string_filter_set_match_mode (filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  g_clear_object (&self->picker_model);
  self->picker_model = gtk_filter_list_model_new (g_object_ref (self->units), GTK_FILTER (filter));
  {
    GtkNoSelection *selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->picker_model)));
    gtk_list_view_set_model (self->unit_picker, GTK_SELECTION_MODEL (selection));
    g_object_unref (selection);
  }
}

void
_dt_directive_detail_init_units (DtDirectiveDetail *self)
{
  GtkListItemFactory *factory;

  g_signal_connect_object (self->lead_unit_row, "notify::selected", G_CALLBACK (on_lead_unit_selected), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_picker_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_picker_bind), NULL);
  gtk_list_view_set_factory (self->unit_picker, factory);
  g_object_unref (factory);
}

void
_dt_directive_detail_class_init_units (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_unit_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_picker_activate);
  gtk_widget_class_install_action (widget_class, "detail.remove-coordinating-unit", "x",
                                   remove_coordinating_unit_action);
}
