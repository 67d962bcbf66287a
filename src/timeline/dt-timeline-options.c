/* dt-timeline-options.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-timeline-options.h"

static const char * const group_ids[] = { "unit", "notice", "section", "status" };

const char *
dt_timeline_group_to_id (DtTimelineGroup group)
{
  g_return_val_if_fail (group <= DT_TIMELINE_GROUP_STATUS, NULL);
  return group_ids[group];
}

gboolean
dt_timeline_group_from_id (const char      *id,
                           DtTimelineGroup *group)
{
  g_return_val_if_fail (group != NULL, FALSE);

  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (group_ids); i++)
    if (g_ascii_strcasecmp (id, group_ids[i]) == 0)
      {
        *group = (DtTimelineGroup) i;
        return TRUE;
      }
  return FALSE;
}

void
dt_timeline_options_init (DtTimelineOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->scale = DT_TIMELINE_SCALE_MONTH;
  options->group = DT_TIMELINE_GROUP_UNIT;
  options->row_height = 26;
  options->group_height = 28;
  options->header_height = 44;
  options->label_width = 300;
  options->show_holidays = TRUE;
}

void
dt_timeline_options_init_print (DtTimelineOptions *options)
{
  dt_timeline_options_init (options);
  options->row_height = 15;
  options->group_height = 16;
  options->header_height = 28;
  options->label_width = 220;
}

void
dt_timeline_options_init_print_from (DtTimelineOptions       *options,
                                     const DtTimelineOptions *screen)
{
  g_return_if_fail (options != NULL);
  g_return_if_fail (screen != NULL);

  dt_timeline_options_init_print (options);
  options->scale = screen->scale;
  options->group = screen->group;
  options->from = screen->from;
  options->to = screen->to;
  options->today = screen->today;
}
