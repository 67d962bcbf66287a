/* unit-name-cases.h — phrases with the units they name, checked as the
 * corpus scorer compares units (test-unit-name, test-unit-name-shapes)
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-unit-name.h"

G_BEGIN_DECLS

typedef struct
{
  const char *text;
  const char *units;   /* "; " between them; NULL: no unit starts here */
  const char *span;    /* the text the mention takes (NULL: all the units' names don't matter) */
} Case;

/* A failure: as a test message, or on stdout with DT_UNIT_NAME_VERBOSE */
void  unit_name_report      (const char    *format,
                             ...) G_GNUC_PRINTF (1, 2);

/* The cases whose units are wrong; *n_wrong_span those whose units are
 * right but whose mention does not end where the span ends */
guint unit_name_check_cases (DtUnitCatalog *catalog,
                             const Case    *cases,
                             guint          n_cases,
                             guint         *n_wrong_span);

G_END_DECLS
