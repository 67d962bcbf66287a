/* vi-checker.h — what the user reads, checked for English left in a
 * Vietnamese window; the window on a store for the tests that check it
 * (test-vietnamese, test-vietnamese-app)
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dt-window.h"

G_BEGIN_DECLS

typedef struct
{
  GHashTable *english;   /* the words above */
  GHashTable *seen;      /* "where\x1fstring" already reported */
  GString    *report;
  guint       n_checked;
} Checker;

void checker_init   (Checker    *c);
void checker_clear  (Checker    *c);
/* Fails the test with what was left in English, then frees the checker */
void checker_finish (Checker    *c);
/* @text, read by the user at @where ("GtkLabel"), is not English */
void check          (Checker    *c,
                     const char *where,
                     const char *text);
/* Every string of @widget and the widgets below it */
void check_widget   (Checker    *c,
                     GtkWidget  *widget);

typedef struct
{
  char     *dir;
  char     *path;
  DtStore  *store;
  DtWindow *window;
  Checker   checker;
} Fixture;

/* A window on a store in a temporary file, filled with the sample notice
 * when @data is TRUE; the checker ready */
void fixture_setup     (Fixture       *f,
                        gconstpointer  data);
void fixture_teardown  (Fixture       *f,
                        gconstpointer  data);
/* Fails listing what the checker found; and when it read too little */
void assert_no_english (Fixture       *f);
/* The window, once idle, through the checker */
void check_window      (Fixture       *f);

/* What every Vietnamese test does first: today pinned to 20/03/2024,
 * LANGUAGE=vi, GTK and libadwaita set up, the translations this build
 * compiled ($DT_LOCALEDIR) bound as main.c does */
void vi_test_init      (int           *argc,
                        char        ***argv);

G_END_DECLS
