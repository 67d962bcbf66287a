/* dt-undo-stack.c — what the user did, to undo and redo it
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One list of commands for everything that can be undone (deleting a
 * directive, marking it completed, importing a notice), so that Ctrl+Z
 * always undoes the last of them, whichever it was.
 */

#include "config.h"

#include "dt-undo-stack.h"

struct _DtUndoCommand
{
  DtUndoKind   kind;

  /* DT_UNDO_DELETE */
  DtDirective *snapshot;
  GPtrArray   *extensions;
  GPtrArray   *reports;

  /* DT_UNDO_COMPLETE */
  gint64       directive_id;
  DtDate       before;
  DtDate       after;

  /* DT_UNDO_IMPORT */
  gint64       notice_id;
  GArray      *unit_ids;
};

DtUndoCommand *
dt_undo_command_new_delete (DtDirective *snapshot,
                            GPtrArray   *extensions,
                            GPtrArray   *reports)
{
  DtUndoCommand *command;

  g_return_val_if_fail (DT_IS_DIRECTIVE (snapshot), NULL);
  g_return_val_if_fail (extensions != NULL, NULL);
  g_return_val_if_fail (reports != NULL, NULL);

  command = g_new0 (DtUndoCommand, 1);
  command->kind = DT_UNDO_DELETE;
  command->snapshot = g_object_ref (snapshot);
  command->extensions = g_ptr_array_ref (extensions);
  command->reports = g_ptr_array_ref (reports);
  return command;
}

DtUndoCommand *
dt_undo_command_new_complete (gint64 directive_id,
                              DtDate before,
                              DtDate after)
{
  DtUndoCommand *command;

  g_return_val_if_fail (directive_id > 0, NULL);

  command = g_new0 (DtUndoCommand, 1);
  command->kind = DT_UNDO_COMPLETE;
  command->directive_id = directive_id;
  command->before = before;
  command->after = after;
  return command;
}

DtUndoCommand *
dt_undo_command_new_import (gint64        notice_id,
                            const gint64 *created_unit_ids,
                            guint         n_units)
{
  DtUndoCommand *command;

  g_return_val_if_fail (notice_id > 0, NULL);
  g_return_val_if_fail (n_units == 0 || created_unit_ids != NULL, NULL);

  command = g_new0 (DtUndoCommand, 1);
  command->kind = DT_UNDO_IMPORT;
  command->notice_id = notice_id;
  command->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_vals (command->unit_ids, created_unit_ids, n_units);
  return command;
}

void
dt_undo_command_free (DtUndoCommand *command)
{
  if (command == NULL)
    return;

  g_clear_object (&command->snapshot);
  g_clear_pointer (&command->extensions, g_ptr_array_unref);
  g_clear_pointer (&command->reports, g_ptr_array_unref);
  g_clear_pointer (&command->unit_ids, g_array_unref);
  g_free (command);
}

DtUndoKind
dt_undo_command_get_kind (const DtUndoCommand *command)
{
  g_return_val_if_fail (command != NULL, DT_UNDO_DELETE);

  return command->kind;
}

static gboolean
set_completed (DtStore  *store,
               gint64    id,
               DtDate    date,
               GError  **error)
{
  g_autoptr(DtDirective) directive = dt_store_get_directive (store, id, error);

  if (directive == NULL)
    return FALSE;
  dt_directive_set_completed_date (directive, date);
  return dt_store_save_directive (store, directive, error);
}

static gboolean
command_undo (DtUndoCommand  *command,
              DtStore        *store,
              GError        **error)
{
  switch (command->kind)
    {
    case DT_UNDO_DELETE:
      return dt_store_restore_directive (store, command->snapshot, command->extensions,
                                         command->reports, error);
    case DT_UNDO_COMPLETE:
      return set_completed (store, command->directive_id, command->before, error);
    case DT_UNDO_IMPORT:
      return dt_store_delete_import (store, command->notice_id,
                                     (const gint64 *) (gpointer) command->unit_ids->data,
                                     command->unit_ids->len, error);
    default:
      g_assert_not_reached ();
    }
}

static gboolean
command_can_redo (DtUndoCommand *command)
{
  return command->kind != DT_UNDO_IMPORT;
}

static gboolean
command_redo (DtUndoCommand  *command,
              DtStore        *store,
              GError        **error)
{
  switch (command->kind)
    {
    case DT_UNDO_DELETE:
      return dt_store_delete_directive (store, dt_directive_get_id (command->snapshot), error);
    case DT_UNDO_COMPLETE:
      return set_completed (store, command->directive_id, command->after, error);
    case DT_UNDO_IMPORT:
    default:
      g_assert_not_reached ();
    }
}

/* The stack ---------------------------------------------------------------- */

struct _DtUndoStack
{
  GObject    parent_instance;

  DtStore   *store;
  GPtrArray *done;     /* of DtUndoCommand, the last done last */
  GPtrArray *undone;   /* of DtUndoCommand, the last undone last */
};

G_DEFINE_FINAL_TYPE (DtUndoStack, dt_undo_stack, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Notifies what changed of can-undo and can-redo since they were @undo, @redo. */
static void
notify_changes (DtUndoStack *self,
                gboolean     could_undo,
                gboolean     could_redo)
{
  if (could_undo != dt_undo_stack_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != dt_undo_stack_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
dt_undo_stack_finalize (GObject *object)
{
  DtUndoStack *self = DT_UNDO_STACK (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->done, g_ptr_array_unref);
  g_clear_pointer (&self->undone, g_ptr_array_unref);

  G_OBJECT_CLASS (dt_undo_stack_parent_class)->finalize (object);
}

static void
dt_undo_stack_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DtUndoStack *self = DT_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, dt_undo_stack_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, dt_undo_stack_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_undo_stack_class_init (DtUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dt_undo_stack_finalize;
  object_class->get_property = dt_undo_stack_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dt_undo_stack_init (DtUndoStack *self)
{
  self->done = g_ptr_array_new_with_free_func ((GDestroyNotify) dt_undo_command_free);
  self->undone = g_ptr_array_new_with_free_func ((GDestroyNotify) dt_undo_command_free);
}

DtUndoStack *
dt_undo_stack_new (DtStore *store)
{
  DtUndoStack *self;

  g_return_val_if_fail (DT_IS_STORE (store), NULL);

  self = g_object_new (DT_TYPE_UNDO_STACK, NULL);
  self->store = g_object_ref (store);
  return self;
}

void
dt_undo_stack_push (DtUndoStack   *self,
                    DtUndoCommand *command)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (DT_IS_UNDO_STACK (self));
  g_return_if_fail (command != NULL);

  could_undo = dt_undo_stack_can_undo (self);
  could_redo = dt_undo_stack_can_redo (self);
  g_ptr_array_add (self->done, command);
  g_ptr_array_set_size (self->undone, 0);
  notify_changes (self, could_undo, could_redo);
}

gboolean
dt_undo_stack_can_undo (DtUndoStack *self)
{
  g_return_val_if_fail (DT_IS_UNDO_STACK (self), FALSE);

  return self->done->len > 0;
}

gboolean
dt_undo_stack_can_redo (DtUndoStack *self)
{
  g_return_val_if_fail (DT_IS_UNDO_STACK (self), FALSE);

  return self->undone->len > 0;
}

gboolean
dt_undo_stack_peek_undo (DtUndoStack *self,
                         DtUndoKind  *kind)
{
  g_return_val_if_fail (DT_IS_UNDO_STACK (self), FALSE);

  if (self->done->len == 0)
    return FALSE;
  if (kind != NULL)
    *kind = dt_undo_command_get_kind (g_ptr_array_index (self->done, self->done->len - 1));
  return TRUE;
}

gboolean
dt_undo_stack_undo (DtUndoStack  *self,
                    GError      **error)
{
  DtUndoCommand *command;
  gboolean could_undo, could_redo;

  g_return_val_if_fail (DT_IS_UNDO_STACK (self), FALSE);

  if (self->done->len == 0)
    return TRUE;

  command = g_ptr_array_index (self->done, self->done->len - 1);
  if (!command_undo (command, self->store, error))
    return FALSE;

  could_undo = dt_undo_stack_can_undo (self);
  could_redo = dt_undo_stack_can_redo (self);
  command = g_ptr_array_steal_index (self->done, self->done->len - 1);
  if (command_can_redo (command))
    g_ptr_array_add (self->undone, command);
  else
    {
      /* what was undone after it depended on it */
      dt_undo_command_free (command);
      g_ptr_array_set_size (self->undone, 0);
    }
  notify_changes (self, could_undo, could_redo);
  return TRUE;
}

gboolean
dt_undo_stack_redo (DtUndoStack  *self,
                    GError      **error)
{
  DtUndoCommand *command;
  gboolean could_undo, could_redo;

  g_return_val_if_fail (DT_IS_UNDO_STACK (self), FALSE);

  if (self->undone->len == 0)
    return TRUE;

  command = g_ptr_array_index (self->undone, self->undone->len - 1);
  if (!command_redo (command, self->store, error))
    return FALSE;

  could_undo = dt_undo_stack_can_undo (self);
  could_redo = dt_undo_stack_can_redo (self);
  g_ptr_array_add (self->done, g_ptr_array_steal_index (self->undone, self->undone->len - 1));
  notify_changes (self, could_undo, could_redo);
  return TRUE;
}

void
dt_undo_stack_clear (DtUndoStack *self)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (DT_IS_UNDO_STACK (self));

  could_undo = dt_undo_stack_can_undo (self);
  could_redo = dt_undo_stack_can_redo (self);
  g_ptr_array_set_size (self->done, 0);
  g_ptr_array_set_size (self->undone, 0);
  notify_changes (self, could_undo, could_redo);
}
