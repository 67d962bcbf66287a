/* fuzz-common.h — what every fuzz target shares
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <glib.h>

G_BEGIN_DECLS

/* The entry point libFuzzer calls, or fuzz-replay.c for every file of a
 * seed corpus when built as a plain program. */
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* Warnings and criticals are findings, as in the tests: written, then
 * abort(), which libFuzzer catches and saves the input for (GLib's own
 * fatal path raises SIGTRAP, which it does not). */
static inline GLogWriterOutput
fuzz_log_writer (GLogLevelFlags   log_level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  GLogWriterOutput out = g_log_writer_default (log_level, fields, n_fields, user_data);

  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
  return out;
}

/* Once per process: the log writer above; a fixed "today" and time zone
 * so that runs repeat. */
static inline void
fuzz_init (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      g_log_set_writer_func (fuzz_log_writer, NULL, NULL);
      g_setenv ("DT_TODAY", "2024-02-20", TRUE);
      g_setenv ("TZ", "Asia/Ho_Chi_Minh", TRUE);
      g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
      g_once_init_leave (&done, 1);
    }
}

G_END_DECLS
