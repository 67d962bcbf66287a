/* report-fixtures.h — the sample notice, with a month of work done on it
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-store.h"

G_BEGIN_DECLS

#define FIXTURE_NOTICE_NUMBER "01/TB-UBND"

/* Stores the sample notice as its gold reading gives it (one directive per
 * lead unit, ordinal = the gold id, e.g. "B2"; rows whose lead is a
 * collective are left out), assigned on the meeting day 25/01/2024, then
 * records what the report's tests count by hand:
 *
 *   B25 Sở Y tế          (14/02) completed 14/02: on the deadline
 *   B24 Sở LĐ-TB&XH      (14/02) completed 20/02: late
 *   B2  Sở Tài chính     (29/02) completed 29/02: the period's last day
 *   B2  Sở Du lịch       (29/02) completed 10/03: after the reporting date
 *   B16 Sở KH&ĐT         (29/02) extended to 15/03
 *   B5  Sở NN&PTNT       (24/02) extended to 28/02, completed 27/02
 *   B17 Ban Dân tộc tỉnh (31/01) completed 05/02: late, carried over
 *   B17 Sở NN&PTNT       (31/01) completed 30/01: before February
 *   B31 Công an tỉnh     (14/02) cancelled
 *   B12 Văn phòng UBND   (31/03) completed 10/02: early
 *   B30 Văn phòng UBND   (no deadline) completed 28/01
 *   B8  Sở Công Thương   progress reports on 20/02 and 08/03
 */
DtStore *report_fixture_sample (const char *path);

/* The directive of gold id @ordinal led by @unit */
DtDirective *report_fixture_find (DtStore    *store,
                                  const char *ordinal,
                                  const char *unit);

G_END_DECLS
