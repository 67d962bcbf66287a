/* dt-print-operation.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pages are cut in begin-print by the core pagination, from a layout of
 * their own for the printable area the printer's context gives; every page
 * is drawn by the one renderer in the print palette, whatever the screen's
 * theme.  The page setup (paper, orientation), the "pages wide" choice and
 * what A3 is for (larger type or more on each page) are kept in GSettings;
 * printer settings for the session.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-print-operation.h"
#include "dt-timeline-style.h"

#define MAX_PAGES_WIDE 10

struct _DtPrintOperation
{
  GtkPrintOperation  parent_instance;

  GPtrArray         *items;
  DtTimelineOptions  options;
  char              *title;
  char              *heading;
  char              *subtitle;
  guint              pages_wide;
  DtTimelineTypeSize type_size;
  GSettings         *settings;
  DtTimelinePages   *pages;

  /* the custom tab */
  GtkCheckButton    *fit_button;
  GtkSpinButton     *pages_spin;
  GtkCheckButton    *normal_type_button;
  GtkEntry          *heading_entry;
  GtkEntry          *subtitle_entry;
};

G_DEFINE_FINAL_TYPE (DtPrintOperation, dt_print_operation, GTK_TYPE_PRINT_OPERATION)

/* Printer settings live as long as the application: the last printer. */
static GtkPrintSettings *session_settings;

static GtkPageSetup *
page_setup_new (DtTimelinePaper paper,
                gboolean        landscape)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) size = gtk_paper_size_new (paper == DT_TIMELINE_PAPER_A3
                                                     ? GTK_PAPER_NAME_A3 : GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (setup, size);
  gtk_page_setup_set_orientation (setup, landscape ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                   : GTK_PAGE_ORIENTATION_PORTRAIT);
  /* 1 cm all round: room for the page header without wasting paper. */
  gtk_page_setup_set_top_margin (setup, 10, GTK_UNIT_MM);
  gtk_page_setup_set_bottom_margin (setup, 10, GTK_UNIT_MM);
  gtk_page_setup_set_left_margin (setup, 10, GTK_UNIT_MM);
  gtk_page_setup_set_right_margin (setup, 10, GTK_UNIT_MM);
  return setup;
}

/* What the user chose in the dialog (its page setup tab writes the print
 * settings), else the page setup the operation started with. */
static void
save_page_setup (DtPrintOperation *self,
                 GtkPrintSettings *print_settings,
                 GtkPageSetup     *setup)
{
  g_autoptr(GtkPaperSize) chosen = NULL;
  GtkPageOrientation orientation;
  const char *name;
  gboolean landscape;

  if (setup == NULL)
    return;

  if (print_settings != NULL)
    chosen = gtk_print_settings_get_paper_size (print_settings);
  name = gtk_paper_size_get_name (chosen ? chosen : gtk_page_setup_get_paper_size (setup));
  orientation = gtk_page_setup_get_orientation (setup);
  if (print_settings != NULL && gtk_print_settings_has_key (print_settings, GTK_PRINT_SETTINGS_ORIENTATION))
    orientation = gtk_print_settings_get_orientation (print_settings);
  landscape = orientation == GTK_PAGE_ORIENTATION_LANDSCAPE
              || orientation == GTK_PAGE_ORIENTATION_REVERSE_LANDSCAPE;

  /* (no g_settings_delay(): the settings are the application's, shared)
   * Only the two sizes an office prints timelines on are remembered. */
  if (g_strcmp0 (name, GTK_PAPER_NAME_A3) == 0)
    g_settings_set_string (self->settings, "print-paper", "A3");
  else if (g_strcmp0 (name, GTK_PAPER_NAME_A4) == 0)
    g_settings_set_string (self->settings, "print-paper", "A4");
  g_settings_set_string (self->settings, "print-orientation", landscape ? "landscape" : "portrait");
  g_settings_set_boolean (self->settings, "print-fit-width", self->pages_wide > 0);
  if (self->pages_wide > 0)
    g_settings_set_int (self->settings, "print-pages-wide", self->pages_wide);
  g_settings_set_string (self->settings, "print-type-size", dt_timeline_type_size_to_id (self->type_size));
}

/* Printing ------------------------------------------------------------------ */

static void
dt_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  DtPrintOperation *self = DT_PRINT_OPERATION (operation);
  DtTimelinePageSetup setup;

  dt_timeline_page_setup_init (&setup, DT_TIMELINE_PAPER_A4, TRUE);
  /* The context is the printable area, in points (the unit set below). */
  setup.page_width = gtk_print_context_get_width (context);
  setup.page_height = gtk_print_context_get_height (context);
  setup.margin = 0;
  setup.pages_wide = self->pages_wide;
  setup.type_size = self->type_size;
  setup.title = self->title;
  setup.heading = self->heading;
  setup.subtitle = self->subtitle;

  g_clear_pointer (&self->pages, dt_timeline_pages_unref);
  self->pages = dt_timeline_pages_new (self->items, &self->options, &setup);
  gtk_print_operation_set_n_pages (operation, MAX (1, dt_timeline_pages_get_n_pages (self->pages)));
}

static void
dt_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page_nr)
{
  DtPrintOperation *self = DT_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  g_return_if_fail (self->pages != NULL);

  if ((guint) page_nr >= dt_timeline_pages_get_n_pages (self->pages))
    return;

  cairo_save (cr);
  dt_timeline_pages_draw_page (self->pages, cr, page_nr,
                               dt_timeline_style_get (DT_TIMELINE_PALETTE_PRINT));
  cairo_restore (cr);
}

static void
dt_print_operation_end_print (GtkPrintOperation *operation,
                              GtkPrintContext   *context)
{
  DtPrintOperation *self = DT_PRINT_OPERATION (operation);

  g_clear_pointer (&self->pages, dt_timeline_pages_unref);
}

static void
dt_print_operation_done (GtkPrintOperation       *operation,
                         GtkPrintOperationResult  result)
{
  DtPrintOperation *self = DT_PRINT_OPERATION (operation);

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);

      if (settings != NULL)
        g_set_object (&session_settings, settings);
      save_page_setup (self, settings, gtk_print_operation_get_default_page_setup (operation));
    }

  if (GTK_PRINT_OPERATION_CLASS (dt_print_operation_parent_class)->done)
    GTK_PRINT_OPERATION_CLASS (dt_print_operation_parent_class)->done (operation, result);
}

/* The custom tab: how wide ----------------------------------------------- */

static void
on_fit_toggled (DtPrintOperation *self,
                GParamSpec       *pspec,
                GtkCheckButton   *button)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->pages_spin), gtk_check_button_get_active (button));
}

static GtkWidget *
dt_print_operation_create_custom_widget (GtkPrintOperation *operation)
{
  DtPrintOperation *self = DT_PRINT_OPERATION (operation);
  GtkWidget *box, *row, *by_scale, *label, *hint, *larger;
  g_autofree char *scale_text = NULL;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);

  label = gtk_label_new (_("Heading"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);

  self->heading_entry = GTK_ENTRY (gtk_entry_new ());
  {
    g_autofree char *made = dt_timeline_pages_make_title (self->title);

    gtk_editable_set_text (GTK_EDITABLE (self->heading_entry), self->heading ? self->heading : made);
  }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->heading_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, C_("printed timeline", "Title"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->heading_entry));
  self->subtitle_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_text (GTK_EDITABLE (self->subtitle_entry), self->subtitle ? self->subtitle : "");
  /* Translators: a hint in the subtitle field of the print dialog */
  gtk_entry_set_placeholder_text (self->subtitle_entry, _("Subtitle: the meeting and its date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->subtitle_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, C_("printed timeline", "Subtitle"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->subtitle_entry));

  label = gtk_label_new (_("Width of the Timeline"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);

  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->fit_button = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("_Fit to")));
  self->pages_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, MAX_PAGES_WIDE, 1));
  gtk_spin_button_set_value (self->pages_spin, MAX (1, self->pages_wide));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pages_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pages wide"), -1);
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->fit_button));
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->pages_spin));
  gtk_box_append (GTK_BOX (row), gtk_label_new (_("pages wide")));
  gtk_box_append (GTK_BOX (box), row);

  switch (self->options.scale)
    {
    case DT_TIMELINE_SCALE_WEEK:
      scale_text = g_strdup (_("_By scale: a column for each week"));
      break;
    case DT_TIMELINE_SCALE_QUARTER:
      scale_text = g_strdup (_("_By scale: a column for each quarter"));
      break;
    case DT_TIMELINE_SCALE_YEAR:
      scale_text = g_strdup (_("_By scale: a column for each year"));
      break;
    case DT_TIMELINE_SCALE_MONTH:
    default:
      scale_text = g_strdup (_("_By scale: a column for each month"));
      break;
    }
  by_scale = gtk_check_button_new_with_mnemonic (scale_text);
  gtk_check_button_set_group (GTK_CHECK_BUTTON (by_scale), self->fit_button);
  gtk_box_append (GTK_BOX (box), by_scale);

  hint = gtk_label_new (_("Rows flow onto as many pages as they need; every page repeats the units, the scale and the legend."));
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (hint), 50);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (box), hint);

  label = gtk_label_new (_("On A3 Paper"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  larger = gtk_check_button_new_with_mnemonic (_("_Larger type"));
  gtk_box_append (GTK_BOX (box), larger);
  self->normal_type_button = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("_More on each page")));
  gtk_check_button_set_group (self->normal_type_button, GTK_CHECK_BUTTON (larger));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->normal_type_button));
  hint = gtk_label_new (_("More on each page keeps the type of A4, so each sheet holds more rows and more days."));
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (hint), 50);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (box), hint);
  if (self->type_size == DT_TIMELINE_TYPE_NORMAL)
    gtk_check_button_set_active (self->normal_type_button, TRUE);
  else
    gtk_check_button_set_active (GTK_CHECK_BUTTON (larger), TRUE);

  if (self->pages_wide > 0)
    gtk_check_button_set_active (self->fit_button, TRUE);
  else
    gtk_check_button_set_active (GTK_CHECK_BUTTON (by_scale), TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->pages_spin), self->pages_wide > 0);
  g_signal_connect_object (self->fit_button, "notify::active",
                           G_CALLBACK (on_fit_toggled), self, G_CONNECT_SWAPPED);

  return box;
}

static void
dt_print_operation_custom_widget_apply (GtkPrintOperation *operation,
                                        GtkWidget         *widget)
{
  DtPrintOperation *self = DT_PRINT_OPERATION (operation);

  if (self->fit_button == NULL)
    return;

  {
    g_autofree char *made = dt_timeline_pages_make_title (self->title);
    const char *heading = gtk_editable_get_text (GTK_EDITABLE (self->heading_entry));

    /* the title as made stays made: it follows the notice and the language */
    dt_print_operation_set_heading (self, g_strcmp0 (heading, made) != 0 ? heading : NULL);
    dt_print_operation_set_subtitle (self, gtk_editable_get_text (GTK_EDITABLE (self->subtitle_entry)));
  }

  self->type_size = gtk_check_button_get_active (self->normal_type_button)
                    ? DT_TIMELINE_TYPE_NORMAL : DT_TIMELINE_TYPE_LARGE;
  if (gtk_check_button_get_active (self->fit_button))
    self->pages_wide = gtk_spin_button_get_value_as_int (self->pages_spin);
  else
    self->pages_wide = 0;
}

/* Public -------------------------------------------------------------------- */

DtPrintOperation *
dt_print_operation_new (GPtrArray               *items,
                        const DtTimelineOptions *options,
                        const char              *title,
                        GSettings               *settings)
{
  DtPrintOperation *self;
  g_autofree char *paper_id = NULL;
  g_autofree char *orientation = NULL;
  g_autofree char *type_size = NULL;
  DtTimelinePaper paper;

  g_return_val_if_fail (items != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (DT_TYPE_PRINT_OPERATION, NULL);
  self->items = g_ptr_array_ref (items);
  self->title = g_strdup (title);
  self->settings = g_object_ref (settings);

  /* the page setup of the last time */
  paper_id = g_settings_get_string (settings, "print-paper");
  orientation = g_settings_get_string (settings, "print-orientation");
  if (!dt_timeline_paper_from_id (paper_id, &paper))
    paper = DT_TIMELINE_PAPER_A4;
  if (g_settings_get_boolean (settings, "print-fit-width"))
    self->pages_wide = CLAMP (g_settings_get_int (settings, "print-pages-wide"), 1, MAX_PAGES_WIDE);
  else
    self->pages_wide = 0;
  dt_print_operation_set_paper (self, paper, g_strcmp0 (orientation, "portrait") != 0);
  type_size = g_settings_get_string (settings, "print-type-size");
  if (!dt_timeline_type_size_from_id (type_size, &self->type_size))
    self->type_size = DT_TIMELINE_TYPE_LARGE;

  /* The screen's scale and grouping; sizes for paper. */
  dt_timeline_options_init_print_from (&self->options, options);

  return self;
}

guint
dt_print_operation_get_pages_wide (DtPrintOperation *self)
{
  g_return_val_if_fail (DT_IS_PRINT_OPERATION (self), 0);
  return self->pages_wide;
}

void
dt_print_operation_set_pages_wide (DtPrintOperation *self,
                                   guint             pages_wide)
{
  g_return_if_fail (DT_IS_PRINT_OPERATION (self));
  self->pages_wide = MIN (pages_wide, MAX_PAGES_WIDE);
}

DtTimelineTypeSize
dt_print_operation_get_type_size (DtPrintOperation *self)
{
  g_return_val_if_fail (DT_IS_PRINT_OPERATION (self), DT_TIMELINE_TYPE_LARGE);
  return self->type_size;
}

void
dt_print_operation_set_type_size (DtPrintOperation   *self,
                                  DtTimelineTypeSize  type_size)
{
  g_return_if_fail (DT_IS_PRINT_OPERATION (self));
  self->type_size = type_size;
}

void
dt_print_operation_set_paper (DtPrintOperation *self,
                              DtTimelinePaper   paper,
                              gboolean          landscape)
{
  g_autoptr(GtkPageSetup) setup = NULL;

  g_return_if_fail (DT_IS_PRINT_OPERATION (self));

  setup = page_setup_new (paper, landscape);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
}

void
dt_print_operation_set_heading (DtPrintOperation *self,
                                const char       *heading)
{
  g_return_if_fail (DT_IS_PRINT_OPERATION (self));
  g_free (self->heading);
  self->heading = heading != NULL && *heading != '\0' ? g_strdup (heading) : NULL;
}

void
dt_print_operation_set_subtitle (DtPrintOperation *self,
                                 const char       *subtitle)
{
  g_return_if_fail (DT_IS_PRINT_OPERATION (self));
  g_free (self->subtitle);
  self->subtitle = subtitle != NULL && *subtitle != '\0' ? g_strdup (subtitle) : NULL;
}

DtTimelinePages *
dt_print_operation_get_pages (DtPrintOperation *self)
{
  g_return_val_if_fail (DT_IS_PRINT_OPERATION (self), NULL);
  return self->pages;
}

/* GObject ------------------------------------------------------------------- */

static void
dt_print_operation_finalize (GObject *object)
{
  DtPrintOperation *self = DT_PRINT_OPERATION (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->pages, dt_timeline_pages_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->heading, g_free);
  g_clear_pointer (&self->subtitle, g_free);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dt_print_operation_parent_class)->finalize (object);
}

static void
dt_print_operation_class_init (DtPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *print_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = dt_print_operation_finalize;

  print_class->begin_print = dt_print_operation_begin_print;
  print_class->draw_page = dt_print_operation_draw_page;
  print_class->end_print = dt_print_operation_end_print;
  print_class->done = dt_print_operation_done;
  print_class->create_custom_widget = dt_print_operation_create_custom_widget;
  print_class->custom_widget_apply = dt_print_operation_custom_widget_apply;
}

static void
dt_print_operation_init (DtPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);

  self->pages_wide = 1;
  dt_print_operation_set_paper (self, DT_TIMELINE_PAPER_A4, TRUE);
  if (session_settings != NULL)
    gtk_print_operation_set_print_settings (operation, session_settings);

  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_set_show_progress (operation, TRUE);
  /* Translators: the tab of the print dialog with the timeline's own choices */
  gtk_print_operation_set_custom_tab_label (operation, _("Timeline"));
  gtk_print_operation_set_job_name (operation, _("Timeline of the directives"));
}
