/* dt-timeline-cli.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exports the timeline without a display: the store, the list's filters,
 * the timeline's layout and the PDF/SVG/PNG export.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dt-cli-util.h"
#include "dt-date.h"
#include "dt-directive-list.h"
#include "dt-store.h"
#include "dt-text.h"
#include "dt-timeline-cli.h"
#include "dt-timeline-export.h"
#include "dt-timeline-preset.h"

#define MAX_PAGES_WIDE 50

void
dt_timeline_cli_add_options (GApplication *app)
{
  const GOptionEntry entries[] = {
    { "export-timeline", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Export the timeline to a PDF, SVG or PNG file and exit"), N_("FILE") },
    { "notice", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Only the directives of the notice with this number (with --export-timeline)"), N_("NUMBER") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Only the directives led by this unit (with --export-timeline)"), N_("UNIT") },
    { "from", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("First day of the timeline, dd/mm/yyyy"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Last day of the timeline, dd/mm/yyyy"), N_("DATE") },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Reporting date, dd/mm/yyyy: the today line and what is overdue (default: today)"), N_("DATE") },
    { "scale", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Time scale: week, month, quarter or year"), N_("SCALE") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Paper size for PDF: A4 or A3 (landscape)"), N_("SIZE") },
    { "type-size", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("What a sheet larger than A4 is for (PDF): large (larger type, the default) or normal "
         "(A4's type, more rows and days on each page)"),
      /* Translators: the values of --type-size, kept as they are typed */
      N_("large|normal") },
    { "pages-wide", 0, 0, G_OPTION_ARG_INT, NULL,
      N_("Fit the time range to N pages wide (PDF, default 1); 0 follows the scale"), N_("N") },
    { "group", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Group rows by unit, notice, section or status"), N_("GROUP") },
    { "preset", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
      N_("The chart a meeting asks for (with --export-timeline): overdue-30 (overdue, or due in the "
         "30 days after the reporting date), notice:NUMBER or unit:NAME; may be repeated"), N_("PRESET") },
    { NULL }
  };

  g_application_add_main_option_entries (app, entries);
}

/* Whether a directive's span [assigned, deadline] (open when no deadline)
 * meets [from, to]. */
static gboolean
item_in_range (const DtTimelineItem *item,
               DtDate                from,
               DtDate                to)
{
  DtDate start = item->assigned ? item->assigned : item->deadline;
  DtDate end = MAX (item->deadline, item->completed);

  if (item->deadline == DT_DATE_NONE && item->completed == DT_DATE_NONE)
    end = G_MAXUINT32;
  if (start == DT_DATE_NONE)
    start = end;
  if (from && end < from)
    return FALSE;
  if (to && start > to)
    return FALSE;
  return TRUE;
}

int
dt_timeline_cli_run (GVariantDict       *options,
                     const char         *database_path,
                     const DtStatusRule *rule)
{
  const char *out = NULL, *notice_number = NULL, *unit_name = NULL;
  const char *from_text = NULL, *to_text = NULL, *scale_text = NULL;
  const char *paper_text = NULL, *group_text = NULL, *as_of_text = NULL;
  const char *type_size_text = NULL;
  g_autofree const char **presets = NULL;
  g_autofree char *due_title = NULL;
  guint due_days = 0;
  g_autoptr(GError) error = NULL;
  g_auto(DtCliStore) cli = { NULL };
  g_autoptr(DtDirectiveList) list = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *title = NULL;
  DtTimelineFormat format;
  DtTimelinePaper paper = DT_TIMELINE_PAPER_A4;
  DtTimelineTypeSize type_size = DT_TIMELINE_TYPE_LARGE;
  DtTimelineOptions topts;
  DtTimelinePageSetup setup;
  int pages_wide = 1;
  int status;
  guint i;

  if (!g_variant_dict_lookup (options, "export-timeline", "^&ay", &out))
    return -1;

  g_variant_dict_lookup (options, "notice", "&s", &notice_number);
  g_variant_dict_lookup (options, "unit", "&s", &unit_name);
  g_variant_dict_lookup (options, "from", "&s", &from_text);
  g_variant_dict_lookup (options, "to", "&s", &to_text);
  g_variant_dict_lookup (options, "as-of", "&s", &as_of_text);
  g_variant_dict_lookup (options, "scale", "&s", &scale_text);
  g_variant_dict_lookup (options, "paper", "&s", &paper_text);
  g_variant_dict_lookup (options, "type-size", "&s", &type_size_text);
  g_variant_dict_lookup (options, "group", "&s", &group_text);
  g_variant_dict_lookup (options, "pages-wide", "i", &pages_wide);
  g_variant_dict_lookup (options, "preset", "^a&s", &presets);

  for (i = 0; presets != NULL && presets[i] != NULL; i++)
    {
      DtTimelinePreset preset;
      const char *name;
      guint days;

      if (!dt_timeline_preset_parse (presets[i], &preset, &days, &name))
        return dt_cli_bad_value (_("Unknown preset “%s”: use overdue-30, notice:NUMBER or unit:NAME"), presets[i]);
      if (preset == DT_TIMELINE_PRESET_DUE)
        due_days = days;
      else if (preset == DT_TIMELINE_PRESET_NOTICE)
        notice_number = name;
      else if (preset == DT_TIMELINE_PRESET_UNIT)
        unit_name = name;
    }

  if (!dt_timeline_format_from_path (out, &format))
    return dt_cli_bad_value (_("Cannot tell the format of “%s”: name it .pdf, .svg or .png"), out);

  dt_timeline_options_init (&topts);
  if (format == DT_TIMELINE_FORMAT_PDF)
    dt_timeline_options_init_print (&topts);

  if (scale_text && !dt_timeline_scale_from_id (scale_text, &topts.scale))
    return dt_cli_bad_value (_("Unknown scale “%s”: use week, month, quarter or year"), scale_text);
  if (group_text && !dt_timeline_group_from_id (group_text, &topts.group))
    return dt_cli_bad_value (_("Unknown grouping “%s”: use unit, notice, section or status"), group_text);
  if (paper_text && !dt_timeline_paper_from_id (paper_text, &paper))
    return dt_cli_bad_value (_("Unknown paper size “%s”: use A4 or A3"), paper_text);
  if (type_size_text && !dt_timeline_type_size_from_id (type_size_text, &type_size))
    return dt_cli_bad_value (_("Unknown type size “%s”: use large or normal"), type_size_text);
  if (pages_wide < 0 || pages_wide > MAX_PAGES_WIDE)
    return dt_cli_bad_value (_("The number of pages wide must be between 0 and %d"), MAX_PAGES_WIDE);
  if ((status = dt_cli_read_date (from_text, &topts.from)) != 0 ||
      (status = dt_cli_read_date (to_text, &topts.to)) != 0 ||
      (status = dt_cli_read_date (as_of_text, &topts.today)) != 0)
    return status;
  if (topts.from && topts.to && topts.to < topts.from)
    return dt_cli_bad_value (_("The timeline must end after it starts (--from %s, --to %s)"), from_text, to_text);

  if ((status = dt_cli_store_open (&cli, database_path, notice_number, unit_name)) != 0)
    return status;
  if (rule != NULL)
    dt_store_set_status_rule (cli.store, rule);

  list = dt_directive_list_new (cli.store);
  if (cli.notice)
    dt_directive_list_set_notice (list, dt_notice_get_id (cli.notice));
  if (cli.unit)
    dt_directive_list_set_unit (list, dt_unit_get_id (cli.unit));

  items = dt_timeline_items_from_model (G_LIST_MODEL (list));
  if (topts.today != DT_DATE_NONE)
    dt_timeline_items_set_as_of (items, topts.today);
  for (i = items->len; i > 0; i--)
    if (!item_in_range (g_ptr_array_index (items, i - 1), topts.from, topts.to))
      g_ptr_array_remove_index (items, i - 1);
  if (due_days > 0)
    {
      dt_timeline_items_keep_due (items, topts.today, due_days);
      due_title = dt_timeline_due_dup_title (topts.today, due_days);
    }

  if (cli.notice && cli.unit)
    {
      g_autofree char *name = dt_notice_dup_display_name (cli.notice);

      title = g_strdup_printf ("%s — %s", name, dt_unit_get_name (cli.unit));
    }
  else if (cli.notice)
    title = dt_notice_dup_display_name (cli.notice);
  else if (cli.unit)
    title = g_strdup (dt_unit_get_name (cli.unit));

  dt_timeline_page_setup_init (&setup, paper, TRUE);
  setup.pages_wide = (guint) pages_wide;
  setup.type_size = type_size;
  setup.title = title;
  setup.subtitle = due_title;

  if (!dt_timeline_export (items, &topts, &setup, format, out, &error))
    return dt_cli_failed (error->message);

  {
    g_autofree char *what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u directive",
                                                          "%u directives", items->len),
                                             items->len);

    if (format == DT_TIMELINE_FORMAT_PDF)
      {
        g_autoptr(DtTimelinePages) pages = dt_timeline_pages_new (items, &topts, &setup);
        guint n = dt_timeline_pages_get_n_pages (pages);
        g_autofree char *pages_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page",
                                                                    "%u pages", n), n);

        /* Translators: after an export: "timeline.pdf: 59 directives, 3 pages" */
        g_print (_("%s: %s, %s\n"), out, what, pages_text);
      }
    else
      g_print ("%s: %s\n", out, what);
  }
  return 0;
}
