/* dt-undo-stack.h — what the user did, to undo and redo it
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dt-store.h"

G_BEGIN_DECLS

/* One thing the user did to the store, as the two ways of writing it: back
 * (undo) and again (redo).  Each is one transaction of the store, so a
 * failure changes nothing and the command stays where it was. */
typedef struct _DtUndoCommand DtUndoCommand;

/* The deletion of a directive, from the snapshot taken before it: undo puts
 * back the directive with its extensions and progress reports, same ids. */
DtUndoCommand *dt_undo_command_new_delete   (DtDirective *snapshot,
                                             GPtrArray   *extensions,  /* of DtExtension */
                                             GPtrArray   *reports);    /* of DtProgressReport */
/* A directive marked as completed on @after, which had @before (or none). */
DtUndoCommand *dt_undo_command_new_complete (gint64       directive_id,
                                             DtDate      before,
                                             DtDate      after);
/* A notice imported with its directives, and the units made for it: undo
 * removes them all.  An import undone is not redone (import it again). */
DtUndoCommand *dt_undo_command_new_import   (gint64        notice_id,
                                             const gint64 *created_unit_ids,
                                             guint         n_units);
void           dt_undo_command_free         (DtUndoCommand *command);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DtUndoCommand, dt_undo_command_free)

typedef enum
{
  DT_UNDO_DELETE,
  DT_UNDO_COMPLETE,
  DT_UNDO_IMPORT,
} DtUndoKind;

DtUndoKind     dt_undo_command_get_kind     (const DtUndoCommand *command);

#define DT_TYPE_UNDO_STACK (dt_undo_stack_get_type ())
G_DECLARE_FINAL_TYPE (DtUndoStack, dt_undo_stack, DT, UNDO_STACK, GObject)

/* Properties: "can-undo", "can-redo" (gboolean, read-only). */
DtUndoStack   *dt_undo_stack_new            (DtStore       *store);
/* What was just done: it is the next to undo, and nothing is left to redo. */
void           dt_undo_stack_push           (DtUndoStack   *self,
                                             DtUndoCommand *command);  /* takes it */
gboolean       dt_undo_stack_can_undo       (DtUndoStack   *self);
gboolean       dt_undo_stack_can_redo       (DtUndoStack   *self);
/* The kind of what undo (redo) would undo (redo) next; FALSE when nothing. */
gboolean       dt_undo_stack_peek_undo      (DtUndoStack   *self,
                                             DtUndoKind    *kind);
/* Undoes (redoes) the last command; FALSE with @error when the store
 * refused, the command then staying where it was. */
gboolean       dt_undo_stack_undo           (DtUndoStack   *self,
                                             GError       **error);
gboolean       dt_undo_stack_redo           (DtUndoStack   *self,
                                             GError       **error);
void           dt_undo_stack_clear          (DtUndoStack   *self);

G_END_DECLS
