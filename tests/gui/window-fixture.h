/* window-fixture.h — the main window on the sample notice, for the tests
 * that drive it (test-window, -selection, -records, -states)
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-notice.h"
#include "dt-sidebar-item.h"
#include "dt-window.h"

G_BEGIN_DECLS

typedef struct
{
  char     *dir;
  char     *path;
  DtStore  *store;
  DtWindow *window;
  guint     n_directives;
} Fixture;

/* A window on a store filled with the sample notice. */
void         fixture_setup    (Fixture       *f,
                               gconstpointer  data);
void         fixture_teardown (Fixture       *f,
                               gconstpointer  data);
void         open_window      (Fixture       *f);
void         close_window     (Fixture       *f);
/* The window closed and opened again @width pixels wide (a phone: 360). */
void         reopen_window_at (Fixture       *f,
                               int            width);
/* What the list shows. */
guint        n_shown          (Fixture       *f);
DtDirective *shown_item       (Fixture       *f,
                               guint          i);
/* The position of the directive numbered @ordinal, or -1. */
gint64       find_shown       (Fixture       *f,
                               const char    *ordinal);
/* Types in the search entry and waits for the list to follow. */
void         search_for       (Fixture       *f,
                               const char    *text);
/* Waits until the list shows @n directives (and the counts follow). */
void         wait_shown       (Fixture       *f,
                               guint          n);
/* Saves @n more directives of the first one's notice and unit ("Báo cáo
 * tiến độ dự án số 01" …), due a day apart from @first_deadline (or
 * without a deadline), waits for the list to show them; returns how many
 * it shows. */
guint        add_directives   (Fixture       *f,
                               guint          n,
                               DtDate         first_deadline);

/* The notice numbered @number (it must be there). */
DtNotice    *find_notice      (Fixture       *f,
                               const char    *number);
/* Chooses the directive at @position of the list; the pane shows it. */
void         open_directive   (Fixture       *f,
                               guint          position);
/* The count of a smart view in the sidebar; choosing one. */
guint        view_count       (Fixture       *f,
                               DtView         view);
void         choose_view      (Fixture       *f,
                               DtView         view);
/* The dialog on the window, or NULL. */
AdwDialog   *visible_dialog   (Fixture       *f);

G_END_DECLS
