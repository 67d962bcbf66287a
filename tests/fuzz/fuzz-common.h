/* fuzz-common.h — what every fuzz target shares
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stddef.h>
#include <stdint.h>
#include <glib.h>

G_BEGIN_DECLS

/* The entry point libFuzzer calls, or fuzz-replay.c for every file of a
 * seed corpus when built as a plain program. */
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* Once per process: warnings and criticals are findings, as in the tests;
 * a fixed "today" and time zone so that runs repeat. */
static inline void
fuzz_init (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      g_setenv ("DT_TODAY", "2024-02-20", TRUE);
      g_setenv ("TZ", "Asia/Ho_Chi_Minh", TRUE);
      g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
      g_once_init_leave (&done, 1);
    }
}

G_END_DECLS
