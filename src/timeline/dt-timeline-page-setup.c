/* dt-timeline-page-setup.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sheet: its paper, the size of type on it, and the words every page
 * of a printed timeline carries (its title, the date it was printed).
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dt-timeline-page-setup.h"

#define MM (72.0 / 25.4)
/* Type on paper: row labels at 9.5 pt and the legend at 8 pt (0.85 of it)
 * on A4, read at arm's length; a larger sheet (its shorter side) grows the
 * type with it, so A3 reads like A4 held closer, unless the user wants more
 * on each page (DT_TIMELINE_TYPE_NORMAL: A4's type). */
#define MIN_FONT_SIZE 9.5
#define MAX_FONT_SIZE 16.0
#define A4_SHORT_SIDE (210 * MM)

gboolean
dt_timeline_paper_from_id (const char      *id,
                           DtTimelinePaper *paper)
{
  g_return_val_if_fail (paper != NULL, FALSE);

  if (id == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (id, "A4") == 0)
    *paper = DT_TIMELINE_PAPER_A4;
  else if (g_ascii_strcasecmp (id, "A3") == 0)
    *paper = DT_TIMELINE_PAPER_A3;
  else
    return FALSE;
  return TRUE;
}

void
dt_timeline_paper_get_size (DtTimelinePaper  paper,
                            gboolean         landscape,
                            double          *width,
                            double          *height)
{
  double w = paper == DT_TIMELINE_PAPER_A3 ? 297 * MM : 210 * MM;
  double h = paper == DT_TIMELINE_PAPER_A3 ? 420 * MM : 297 * MM;

  if (width)
    *width = landscape ? h : w;
  if (height)
    *height = landscape ? w : h;
}

gboolean
dt_timeline_type_size_from_id (const char         *id,
                               DtTimelineTypeSize *type_size)
{
  g_return_val_if_fail (type_size != NULL, FALSE);

  if (id == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (id, "large") == 0)
    *type_size = DT_TIMELINE_TYPE_LARGE;
  else if (g_ascii_strcasecmp (id, "normal") == 0)
    *type_size = DT_TIMELINE_TYPE_NORMAL;
  else
    return FALSE;
  return TRUE;
}

const char *
dt_timeline_type_size_to_id (DtTimelineTypeSize type_size)
{
  return type_size == DT_TIMELINE_TYPE_NORMAL ? "normal" : "large";
}

void
dt_timeline_page_setup_init (DtTimelinePageSetup *setup,
                             DtTimelinePaper      paper,
                             gboolean             landscape)
{
  g_return_if_fail (setup != NULL);

  memset (setup, 0, sizeof *setup);
  dt_timeline_paper_get_size (paper, landscape, &setup->page_width, &setup->page_height);
  setup->margin = 10 * MM;
  setup->pages_wide = 1;   /* what a meeting reads: one sheet across */
}

gboolean
dt_timeline_is_other_day (DtDate as_of,
                          DtDate printed_on)
{
  return as_of != DT_DATE_NONE && as_of != (printed_on ? printed_on : dt_date_today ());
}

char *
dt_timeline_format_as_of (DtDate as_of,
                          DtDate printed_on)
{
  g_autofree char *printed = dt_date_format (printed_on ? printed_on : dt_date_today ());

  if (dt_timeline_is_other_day (as_of, printed_on))
    {
      g_autofree char *as_of_text = dt_date_format (as_of);

      /* Translators: on a printed timeline; the reporting date chosen for a
       * meeting, then the day it was printed, both dd/mm/yyyy */
      return g_strdup_printf (_("As of %s · printed on %s"), as_of_text, printed);
    }
  /* Translators: on a printed timeline; %s is a date, dd/mm/yyyy */
  return g_strdup_printf (_("Printed on %s"), printed);
}

double
dt_timeline_page_font_size (const DtTimelinePageSetup *setup)
{
  double side;

  g_return_val_if_fail (setup != NULL, MIN_FONT_SIZE);

  if (setup->type_size == DT_TIMELINE_TYPE_NORMAL)
    return MIN_FONT_SIZE;
  side = MIN (setup->page_width, setup->page_height);
  /* a printer's context is the printable area: count its margins as ours */
  if (setup->margin == 0)
    side += 2 * 10 * MM;
  return CLAMP (round (MIN_FONT_SIZE * side / A4_SHORT_SIDE * 2) / 2, MIN_FONT_SIZE, MAX_FONT_SIZE);
}

char *
dt_timeline_pages_make_title (const char *title)
{
  /* "Biểu đồ tiến độ … — 37/TB-UBND ngày 31/01/2024": what it is, then of what. */
  if (title != NULL && *title != '\0')
    return g_strdup_printf ("%s — %s", _("Timeline of directives"), title);
  return g_strdup (_("Timeline of directives"));
}
