/* directive-list-fixture.h — a store with a notice and two units, for the
 * tests of DtDirectiveList (test-directive-list, test-directive-list-many)
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-date.h"
#include "dt-directive-list.h"
#include "dt-store.h"

G_BEGIN_DECLS

#define D(y, m, d) dt_date_new (y, m, d)

typedef struct
{
  DtStore  *store;
  DtNotice *notice;
  DtUnit   *health;     /* Sở Y tế */
  DtUnit   *transport;  /* Sở Giao thông vận tải */
} Fixture;

/* A store in memory on 15/03/2024 (DT_TODAY), with notice 37/TB-UBND and
 * the two units: g_test_add (…, Fixture, NULL, directive_list_fixture_set_up,
 * …, directive_list_fixture_tear_down) */
void  directive_list_fixture_set_up    (Fixture         *f,
                                        gconstpointer    data);
void  directive_list_fixture_tear_down (Fixture         *f,
                                        gconstpointer    data);

guint directive_list_n_items           (DtDirectiveList *list);

G_END_DECLS
