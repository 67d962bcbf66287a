/* dt-import-save-async.c — an extraction saved off the main loop
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pattern of gnome-text-editor's document save: a GTask whose worker
 * thread has a connection of its own to the same file (WAL lets the
 * caller's connection read meanwhile) and writes the whole import in one
 * transaction; back in the caller's context the caller's store learns what
 * the thread wrote, so its lists show it, before the callback runs.  An
 * in-memory database cannot be shared with a thread: it is saved on the
 * caller's connection, the result still delivered through the main loop.
 */

#include "config.h"

#include <string.h>

#include "dt-import-save.h"

typedef struct
{
  DtStore            *store;      /* the caller's */
  char               *path;
  DtExtraction       *extraction;
  DtUnitCatalog      *catalog;
  GPtrArray          *selected;
  DtImportSaveResult  result;
} SaveData;

static void
save_data_free (gpointer data)
{
  SaveData *save = data;

  g_clear_object (&save->store);
  g_free (save->path);
  g_clear_pointer (&save->extraction, dt_extraction_unref);
  g_clear_object (&save->catalog);
  g_clear_pointer (&save->selected, g_ptr_array_unref);
  dt_import_save_result_clear (&save->result);
  g_free (save);
}

static gboolean
is_shareable (DtStore *store)
{
  const char *path = dt_store_get_path (store);

  return path != NULL && *path != '\0' && !g_str_equal (path, ":memory:");
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *save = task_data;
  g_autoptr(DtStore) store = NULL;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  store = dt_store_open (save->path, &error);
  if (store == NULL
      || !dt_extraction_save (save->extraction, store, save->catalog, save->selected,
                              &save->result, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

/* Back in the caller's context: its connection learns what the thread's
 * wrote, then the caller is told. */
static void
on_thread_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SaveData *save = g_task_get_task_data (task);
  g_autoptr(GArray) written = NULL;
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, error);
      return;
    }

  written = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_vals (written, save->result.directive_ids->data, save->result.directive_ids->len);
  g_array_append_vals (written, save->result.updated_ids->data, save->result.updated_ids->len);
  dt_store_notify_external_change (save->store, (const gint64 *) (gpointer) written->data,
                                   written->len);
  g_task_return_boolean (task, TRUE);
}

/**
 * dt_extraction_save_async:
 * @extraction: what was read
 * @store: the store to save into; told what was written before @callback
 * @catalog: the catalogue the extraction was read with
 * @selected: (nullable): of DtExtractedDirective, NULL for all
 * @cancellable: (nullable): cancels before the transaction starts
 * @callback: called in the thread-default main context of the call
 * @user_data: for @callback
 *
 * dt_extraction_save() off the main loop: one transaction, nothing
 * written on failure.  Finish with dt_extraction_save_finish().
 */
void
dt_extraction_save_async (DtExtraction        *extraction,
                          DtStore             *store,
                          DtUnitCatalog       *catalog,
                          GPtrArray           *selected,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *save;

  g_return_if_fail (extraction != NULL);
  g_return_if_fail (DT_IS_STORE (store));
  g_return_if_fail (DT_IS_UNIT_CATALOG (catalog));

  save = g_new0 (SaveData, 1);
  save->store = g_object_ref (store);
  save->path = g_strdup (dt_store_get_path (store));
  save->extraction = dt_extraction_ref (extraction);
  save->catalog = g_object_ref (catalog);
  save->selected = selected ? g_ptr_array_ref (selected) : NULL;

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, dt_extraction_save_async);
  g_task_set_task_data (task, save, save_data_free);

  if (!is_shareable (store))
    {
      GError *error = NULL;

      if (g_task_return_error_if_cancelled (task))
        return;
      if (!dt_extraction_save (extraction, store, catalog, selected, &save->result, &error))
        g_task_return_error (task, error);
      else
        g_task_return_boolean (task, TRUE);
      return;
    }

  {
    g_autoptr(GTask) thread_task = g_task_new (NULL, cancellable, on_thread_done,
                                               g_object_ref (task));

    g_task_set_source_tag (thread_task, save_thread);
    g_task_set_task_data (thread_task, save, NULL);
    g_task_run_in_thread (thread_task, save_thread);
  }
}

/**
 * dt_extraction_save_finish:
 * @store: the store of the call
 * @result: the result given to the callback
 * @out: (out): what was created (clear it after); left empty on failure
 * @error: why nothing was saved
 *
 * Returns: whether the import was saved
 */
gboolean
dt_extraction_save_finish (DtStore             *store,
                           GAsyncResult        *result,
                           DtImportSaveResult  *out,
                           GError             **error)
{
  SaveData *save;

  g_return_val_if_fail (DT_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  save = g_task_get_task_data (G_TASK (result));
  *out = save->result;
  memset (&save->result, 0, sizeof save->result);
  return TRUE;
}
