/* fuzz-deadline.c — the deadline parser on any text
 *
 * The first byte chooses the flags and the reference date; after it, the
 * directive's text, then, after a NUL byte if there is one, the heading of
 * its section.
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dt-date.h"
#include "dt-deadline.h"
#include "fuzz-common.h"

static void
parse (const char           *text,
       DtDate                reference,
       const char           *heading,
       DtDeadlineParseFlags  flags)
{
  g_autoptr(DtDeadline) deadline = dt_deadline_parse_full (text, -1, reference, heading, flags);

  if (deadline != NULL)
    g_free (dt_deadline_to_string (deadline));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = NULL;
  g_autofree char *heading = NULL;
  const char *start, *nul;
  DtDeadlineParseFlags flags;
  DtDate reference;
  guint8 choice;

  fuzz_init ();
  if (size < 1)
    return 0;
  choice = data[0];
  flags = (choice & 1) ? DT_DEADLINE_PARSE_PRECISE_ONLY : DT_DEADLINE_PARSE_DEFAULT;
  reference = (choice & 2) ? DT_DATE_NONE : dt_date_new (2000 + (choice >> 2), 1 + choice % 12, 25);

  /* the importer hands the parser valid UTF-8 */
  start = (const char *) data + 1;
  nul = memchr (start, '\0', size - 1);
  if (nul != NULL)
    {
      text = g_utf8_make_valid (start, nul - start);
      heading = g_utf8_make_valid (nul + 1, (const char *) data + size - (nul + 1));
    }
  else
    text = g_utf8_make_valid (start, (gssize) size - 1);

  parse (text, reference, NULL, flags);
  if (heading != NULL)
    parse (text, reference, heading, flags);
  return 0;
}
