/* dt-store.h — the SQLite file that holds everything
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dt-types.h"
#include "dt-notice.h"
#include "dt-unit.h"
#include "dt-directive.h"
#include "dt-extension.h"
#include "dt-progress-report.h"

G_BEGIN_DECLS

#define DT_STORE_ERROR (dt_store_error_quark ())

typedef enum
{
  DT_STORE_ERROR_FAILED,
  DT_STORE_ERROR_NEWER_SCHEMA,  /* written by a newer version: refused, untouched */
  DT_STORE_ERROR_CORRUPT,       /* not a database, or damaged: reported, untouched */
  DT_STORE_ERROR_LOCKED,        /* another program holds it */
  DT_STORE_ERROR_NOT_FOUND,
  DT_STORE_ERROR_INVALID,       /* e.g. a directive without a lead unit */
} DtStoreError;

GQuark dt_store_error_quark (void);

#define DT_TYPE_STORE (dt_store_get_type ())
G_DECLARE_FINAL_TYPE (DtStore, dt_store, DT, STORE, GObject)

/* What a committed write changed, as "changed" says it. */
typedef enum
{
  DT_STORE_CHANGED_DIRECTIVES = 1 << 0,  /* directive rows (their units, search text) */
  DT_STORE_CHANGED_NOTICES    = 1 << 1,
  DT_STORE_CHANGED_UNITS      = 1 << 2,  /* units and their aliases */
  DT_STORE_CHANGED_HISTORY    = 1 << 3,  /* extensions and progress reports */
} DtStoreChanges;

#define DT_STORE_CHANGED_ALL (DT_STORE_CHANGED_DIRECTIVES | DT_STORE_CHANGED_NOTICES | \
                              DT_STORE_CHANGED_UNITS | DT_STORE_CHANGED_HISTORY)

/* Signals:
 *   "changed" (guint changes, GHashTable *directive_ids): emitted after
 *   every committed write, with what it changed (DtStoreChanges flags) and
 *   the ids of the directive rows it wrote (inserted, updated or deleted;
 *   keys are gint64 *, a set lent for the emission); list models re-query
 *   on it, and only on what concerns them.  Also when the status rule
 *   changes, as if every directive had been written.
 *   "save-failed" (DtDirective *, GError *): an edit saved soon
 *   (dt_store_save_directive_soon) could not be saved.
 *   "read-failed" (GError *): a read made for no caller that could be told
 *   (a list model re-querying after "changed") failed; what it shows may be
 *   short.  The window shows the error.  Reads with a GError say it there.
 * Properties: "due-soon-days" (guint) and "lateness-against-original"
 *   (gboolean), the status rule, named as the GSettings keys so that the
 *   application binds them. */

char         *dt_store_default_path      (void); /* $XDG_DATA_HOME/directives/directives.db */
DtStore      *dt_store_open              (const char   *path,      /* ":memory:" allowed */
                                          GError      **error);
/* An edit being typed: @directive (the object edited) is saved after a
 * pause, or before the next write or read of a directive, or when the
 * store is closed, whichever comes first, so that nobody has to save it
 * before doing something else.  A failure then is "save-failed". */
void          dt_store_save_directive_soon (DtStore     *self,
                                            DtDirective *directive);
/* Saves what waits now. */
gboolean      dt_store_flush             (DtStore      *self,
                                          GError      **error);

/* For a reader that has nobody to return @error to: emits "read-failed". */
void          dt_store_report_read_error (DtStore      *self,
                                          const GError *error);
const char   *dt_store_get_path          (DtStore      *self);
int           dt_store_get_schema_version (DtStore     *self);
gboolean      dt_store_is_empty          (DtStore      *self);     /* no notices and no directives */

/* How the statuses of its directives are judged, in lists and objects */
const DtStatusRule *dt_store_get_status_rule (DtStore          *self);
void          dt_store_set_status_rule   (DtStore            *self,
                                          const DtStatusRule *rule);

/* Another connection (another DtStore on the same file, e.g. in a thread)
 * committed a write that wrote these directive rows (inserted, updated or
 * deleted): emits "changed" as for a write of our own, so that lists
 * re-query and bring those rows up to date. */
void          dt_store_notify_external_change (DtStore      *self,
                                               const gint64 *directive_ids,
                                               guint         n);

/* Notices */
gboolean      dt_store_save_notice       (DtStore      *self,      /* insert when id == 0, else update */
                                          DtNotice     *notice,
                                          GError      **error);
DtNotice     *dt_store_get_notice        (DtStore      *self,
                                          gint64        id,
                                          GError      **error);
GListModel   *dt_store_list_notices      (DtStore      *self,      /* of DtNotice, newest first; */
                                          GError      **error);    /* NULL when it cannot be read */
/* The same without their source text (empty): for lists that only name
 * them; a notice's text is read with dt_store_get_notice (). */
GListModel   *dt_store_list_notice_names (DtStore      *self,
                                          GError      **error);
gint64        dt_store_count_notice_directives (DtStore *self,      /* -1 when it */
                                                gint64   notice_id, /* cannot be read */
                                                GError **error);
gboolean      dt_store_delete_notice     (DtStore      *self,      /* and its directives */
                                          gint64        id,
                                          GError      **error);
DtNotice     *dt_store_find_notice       (DtStore      *self,      /* by number, ignoring case; */
                                          const char   *number,    /* NULL without error: none */
                                          GError      **error);

/* Units */
gboolean      dt_store_save_unit         (DtStore      *self,      /* name, short name, aliases */
                                          DtUnit       *unit,
                                          GError      **error);
DtUnit       *dt_store_get_unit          (DtStore      *self,
                                          gint64        id,
                                          GError      **error);
GListModel   *dt_store_list_units        (DtStore      *self,      /* of DtUnit, not merged, by name; */
                                          GError      **error);    /* NULL when it cannot be read */
DtUnit       *dt_store_find_unit         (DtStore      *self,      /* by name or alias, ignoring case, */
                                          const char   *name);     /* dashes and tone placement */
gboolean      dt_store_merge_units       (DtStore      *self,      /* from's directives move to into; */
                                          gint64        from_id,   /* from's name becomes an alias */
                                          gint64        into_id,
                                          GError      **error);
gboolean      dt_store_delete_unit       (DtStore      *self,      /* refused while directives lead by it */
                                          gint64        id,
                                          GError      **error);

/* Directives */
gboolean      dt_store_save_directive    (DtStore      *self,      /* insert when id == 0, else update */
                                          DtDirective  *directive,
                                          GError      **error);
DtDirective  *dt_store_get_directive     (DtStore      *self,
                                          gint64        id,
                                          GError      **error);
gboolean      dt_store_delete_directive  (DtStore      *self,
                                          gint64        id,
                                          GError      **error);
/* For undo: put back exactly what was deleted, same id. */
gboolean      dt_store_restore_directive (DtStore      *self,
                                          DtDirective  *directive,
                                          GPtrArray    *extensions,   /* of DtExtension, or NULL */
                                          GPtrArray    *reports,      /* of DtProgressReport, or NULL */
                                          GError      **error);

/* Save a notice with all its directives in one transaction (import). */
gboolean      dt_store_save_notice_with_directives (DtStore   *self,
                                                    DtNotice  *notice,
                                                    GPtrArray *directives, /* of DtDirective */
                                                    GError   **error);

/* An import in one transaction: the units it needs that the store lacks
 * (new_units, of DtUnit with id 0), then the notice (inserted when its id is
 * 0, else updated) and its directives (inserted when their id is 0, else
 * updated), all or nothing.  A directive's lead or coordinating unit id
 * -(k + 1) stands for new_units[k].  Once committed the objects hold their
 * ids (placeholders replaced); on failure nothing is written and they are as
 * they were.  The search index is rebuilt once for the notice, not per row. */
gboolean      dt_store_save_import       (DtStore      *self,
                                          DtNotice     *notice,
                                          GPtrArray    *new_units,   /* of DtUnit, or NULL */
                                          GPtrArray    *directives,  /* of DtDirective */
                                          GError      **error);
/* Undoes an import in one transaction: the notice, its directives, and
 * those of unit_ids (the units it created) that nothing refers to any more. */
gboolean      dt_store_delete_import     (DtStore      *self,
                                          gint64        notice_id,
                                          const gint64 *unit_ids,
                                          guint         n_units,
                                          GError      **error);

/* Deadline extensions (gia hạn): the directive's current deadline follows
 * the newest one. */
gboolean      dt_store_add_extension     (DtStore      *self,
                                          DtExtension  *extension,
                                          GError      **error);
GPtrArray    *dt_store_list_extensions   (DtStore      *self,      /* of DtExtension, oldest first; */
                                          gint64        directive_id, /* NULL when it cannot */
                                          GError      **error);       /* be read */
gboolean      dt_store_delete_extension  (DtStore      *self,
                                          gint64        id,
                                          GError      **error);

/* Progress reports */
gboolean      dt_store_save_report       (DtStore      *self,
                                          DtProgressReport *report,
                                          GError      **error);
GPtrArray    *dt_store_list_reports      (DtStore      *self,      /* of DtProgressReport, newest first; */
                                          gint64        directive_id, /* NULL when it cannot */
                                          GError      **error);       /* be read */
gboolean      dt_store_delete_report     (DtStore      *self,
                                          gint64        id,
                                          GError      **error);

G_END_DECLS
