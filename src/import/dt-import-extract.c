/* dt-import-extract.c — reading and extracting a notice off the main loop
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * dt_import_extract_file_async() and dt_import_extract_text_async()
 * (declared in dt-import-source.h): the file is read (dt-import-source.c)
 * and its directives extracted on a worker thread, the progress reported
 * in the caller's main context.
 */

#include "config.h"

#include "dt-extractor.h"
#include "dt-import-source.h"
#include "dt-import-text-private.h"

typedef struct
{
  GFile                   *file;
  char                    *text;
  DtExtractor             *extractor;
  DtImportFormat           format;
  DtExtractorProgressFunc  progress;
  gpointer                 progress_data;
  GMainContext            *context;
  int                      last_percent;   /* only the extracting thread */
} ExtractData;

typedef struct
{
  DtExtractorProgressFunc  progress;
  gpointer                 progress_data;
  double                   fraction;
} ProgressReport;

static gboolean
dispatch_progress (gpointer user_data)
{
  ProgressReport *report = user_data;

  report->progress (report->fraction, report->progress_data);
  return G_SOURCE_REMOVE;
}

/* in the extracting thread: pass it on to the caller's context, 1% steps */
static void
on_progress (double   fraction,
             gpointer user_data)
{
  ExtractData *data = user_data;
  ProgressReport *report;
  int percent = (int) (fraction * 100);

  if (percent <= data->last_percent)
    return;
  data->last_percent = percent;
  report = g_new (ProgressReport, 1);
  report->progress = data->progress;
  report->progress_data = data->progress_data;
  report->fraction = fraction;
  g_main_context_invoke_full (data->context, G_PRIORITY_DEFAULT, dispatch_progress, report, g_free);
}

static void
extract_data_free (ExtractData *data)
{
  g_clear_pointer (&data->context, g_main_context_unref);
  g_clear_object (&data->file);
  g_clear_object (&data->extractor);
  g_free (data->text);
  g_free (data);
}

static void
extract_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ExtractData *data = task_data;
  g_autoptr(GError) error = NULL;
  DtExtraction *extraction;

  if (data->file != NULL)
    {
      if (data->progress != NULL)
        on_progress (0.01, data);
      data->text = dt_import_read_file (data->file, &data->format, cancellable, &error);
      if (data->text == NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
    }

  extraction = dt_extractor_extract_with_progress (data->extractor, data->text, -1,
                                                   data->progress ? on_progress : NULL, data,
                                                   cancellable, &error);
  if (extraction == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, extraction, (GDestroyNotify) dt_extraction_unref);
}

static void
start_extraction (ExtractData             *data,
                  gpointer                 source_tag,
                  DtExtractorProgressFunc  progress,
                  gpointer                 progress_data,
                  GCancellable            *cancellable,
                  GAsyncReadyCallback      callback,
                  gpointer                 user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  data->progress = progress;
  data->progress_data = progress_data;
  data->context = g_main_context_ref_thread_default ();
  data->last_percent = -1;

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, (GDestroyNotify) extract_data_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, extract_thread);
}

void
dt_import_extract_file_async (GFile               *file,
                              DtExtractor         *extractor,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  dt_import_extract_file_with_progress_async (file, extractor, NULL, NULL, cancellable,
                                              callback, user_data);
}

void
dt_import_extract_file_with_progress_async (GFile                   *file,
                                            DtExtractor             *extractor,
                                            DtExtractorProgressFunc  progress,
                                            gpointer                 progress_data,
                                            GCancellable            *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  ExtractData *data;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (DT_IS_EXTRACTOR (extractor));

  data = g_new0 (ExtractData, 1);
  data->file = g_object_ref (file);
  data->extractor = g_object_ref (extractor);
  start_extraction (data, dt_import_extract_file_async, progress, progress_data,
                    cancellable, callback, user_data);
}

DtExtraction *
dt_import_extract_file_finish (GAsyncResult    *result,
                               DtImportFormat  *format,
                               GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == dt_import_extract_file_async, NULL);

  if (format)
    *format = ((ExtractData *) g_task_get_task_data (G_TASK (result)))->format;
  return g_task_propagate_pointer (G_TASK (result), error);
}

void
dt_import_extract_text_async (const char              *text,
                              DtExtractor             *extractor,
                              GCancellable            *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  ExtractData *data;

  g_return_if_fail (text != NULL);
  g_return_if_fail (DT_IS_EXTRACTOR (extractor));

  data = g_new0 (ExtractData, 1);
  data->text = _dt_import_normalize (text, -1);
  data->extractor = g_object_ref (extractor);
  start_extraction (data, dt_import_extract_text_async, NULL, NULL,
                    cancellable, callback, user_data);
}

DtExtraction *
dt_import_extract_text_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == dt_import_extract_text_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
