/* dt-timeline-export.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "dt-date.h"
#include "dt-file-util.h"
#include "dt-pdf-util.h"
#include "dt-timeline-export.h"
#include "dt-timeline-export-private.h"
#include "dt-timeline-render.h"

/* cairo's limit for an image surface */
#define MAX_IMAGE_SIZE 32767
#define PICTURE_MARGIN 16.0

gboolean
dt_timeline_format_from_path (const char       *path,
                              DtTimelineFormat *format)
{
  const char *dot;

  g_return_val_if_fail (format != NULL, FALSE);

  if (path == NULL || (dot = strrchr (path, '.')) == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (dot, ".pdf") == 0)
    *format = DT_TIMELINE_FORMAT_PDF;
  else if (g_ascii_strcasecmp (dot, ".svg") == 0)
    *format = DT_TIMELINE_FORMAT_SVG;
  else if (g_ascii_strcasecmp (dot, ".png") == 0)
    *format = DT_TIMELINE_FORMAT_PNG;
  else
    return FALSE;
  return TRUE;
}

static gboolean
check_status (cairo_status_t   status,
              const char      *path,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, G_IO_ERROR,
               status == CAIRO_STATUS_WRITE_ERROR ? G_IO_ERROR_FAILED : G_IO_ERROR_INVALID_DATA,
               /* Translators: %s is a file name, then the reason */
               _("Cannot write the timeline to “%s”: %s"), path, dt_cairo_status_describe (status));
  return FALSE;
}

/* Tests make a PDF export fail after this many pages (0: never). */
static guint fail_after_pages;

void
_dt_timeline_export_set_fail_after_pages (guint n)
{
  fail_after_pages = n;
}

/* Every export goes through a temporary file beside the destination
 * (dt_file_create_temp_beside()): these say which file it was for. */
static void
set_write_error (GError     **error,
                 const char  *path,
                 GError      *reason)
{
  g_set_error (error, G_IO_ERROR, reason->code,
               _("Cannot write the timeline to “%s”: %s"), path, reason->message);
}

static char *
create_temp_beside (const char  *path,
                    GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *tmp = dt_file_create_temp_beside (path, &local_error);

  if (tmp == NULL)
    set_write_error (error, path, local_error);
  return tmp;
}

static gboolean
finish_temp (const char  *tmp,
             const char  *path,
             gboolean     ok,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (dt_file_finish_temp (tmp, path, ok, &local_error))
    return TRUE;
  if (local_error != NULL)
    set_write_error (error, path, local_error);
  return FALSE;
}

/* Each page makes and frees about half a megabyte inside cairo (the page's
 * recording, its stream's compression).  glibc gives the top of its heap
 * back to the system once more than twice its mmap threshold is free there,
 * and that threshold starts at 128 KB: a process that has not yet freed a
 * larger block (the command line, a chart of 1,000 directives) then faults
 * the same memory in again on every page, about 100 page faults, an eighth
 * of the page's time.  Freeing one block of a few megabytes raises the
 * threshold, as glibc does for any freed block larger than it (mallopt(3),
 * M_MMAP_THRESHOLD), and as a chart of 20,000 directives does on its own:
 * then up to twice that is kept for the next page.  Once per process. */
static void
keep_page_memory (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      g_free (g_malloc (4 * 1024 * 1024));
      g_once_init_leave (&done, 1);
    }
}

static gboolean
export_pdf (GPtrArray                 *items,
            const DtTimelineOptions   *options,
            const DtTimelinePageSetup *setup,
            const char                *path,
            GError                   **error)
{
  g_autoptr(DtTimelinePages) pages = dt_timeline_pages_new (items, options, setup);
  const DtTimelineStyle *style = dt_timeline_style_get (DT_TIMELINE_PALETTE_PRINT);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n = dt_timeline_pages_get_n_pages (pages);
  g_autofree char *tmp = create_temp_beside (path, error);

  if (tmp == NULL)
    return FALSE;
  keep_page_memory ();
  surface = dt_pdf_surface_create (tmp, setup->page_width, setup->page_height,
                                   setup->title ? setup->title : _("Timeline of directives"));
  cr = cairo_create (surface);
  for (guint i = 0; i < n && cairo_status (cr) == CAIRO_STATUS_SUCCESS; i++)
    {
      dt_timeline_pages_draw_page (pages, cr, i, style);
      cairo_show_page (cr);
      if (fail_after_pages > 0 && i + 1 == fail_after_pages)
        cairo_set_source (cr, NULL);  /* puts cr in an error state */
    }
  status = dt_pdf_finish (cr, surface);
  return finish_temp (tmp, path, check_status (status, path, error), error);
}

static void
draw_picture_title (cairo_t               *cr,
                    const DtTimelineStyle *style,
                    const char            *title,
                    double                 width,
                    double                 height)
{
  PangoLayout *pl = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, style->font_family);
  pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_font_description_set_absolute_size (font, style->font_size * 1.4 * PANGO_SCALE);
  pango_layout_set_font_description (pl, font);
  pango_layout_set_text (pl, title, -1);
  pango_layout_set_width (pl, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (pl, PANGO_ELLIPSIZE_END);
  dt_timeline_style_set_source (cr, &style->foreground);
  cairo_move_to (cr, 0, 0);
  pango_cairo_show_layout (cr, pl);
  pango_font_description_free (font);
  g_object_unref (pl);
}

static gboolean
export_picture (GPtrArray                 *items,
                const DtTimelineOptions   *options,
                const DtTimelinePageSetup *setup,
                DtTimelineFormat           format,
                const char                *path,
                GError                   **error)
{
  g_autoptr(DtTimelineLayout) layout = dt_timeline_layout_new (items, options);
  const DtTimelineStyle *style = dt_timeline_style_get (DT_TIMELINE_PALETTE_LIGHT);
  g_autofree char *title = NULL;
  g_autofree char *tmp = NULL;
  DtTimelineViewport viewport = { 0 };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double title_h = ceil (style->font_size * 2.2);
  double legend_h, width, height;
  gboolean as_of = dt_timeline_is_other_day (dt_timeline_layout_get_today (layout), setup->printed_on);

  viewport.width = options->label_width + dt_timeline_layout_get_content_width (layout);
  viewport.height = options->header_height + dt_timeline_layout_get_content_height (layout);
  width = ceil (viewport.width + 2 * PICTURE_MARGIN);

  /* Measure the legend for this width first. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  legend_h = dt_timeline_render_legend (cr, style, as_of, 0, 0, width - 2 * PICTURE_MARGIN, FALSE);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  height = ceil (2 * PICTURE_MARGIN + title_h + viewport.height + 8 + legend_h);

  if (format == DT_TIMELINE_FORMAT_PNG && (width > MAX_IMAGE_SIZE || height > MAX_IMAGE_SIZE))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The timeline is too large for a picture (%.0f × %.0f pixels): "
                     "export it to PDF, choose a coarser scale, or filter it"),
                   width, height);
      return FALSE;
    }

  tmp = create_temp_beside (path, error);
  if (tmp == NULL)
    return FALSE;
  if (format == DT_TIMELINE_FORMAT_SVG)
    surface = cairo_svg_surface_create (tmp, width, height);
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);

  cr = cairo_create (surface);
  dt_timeline_style_set_source (cr, &style->background);
  cairo_paint (cr);
  cairo_translate (cr, PICTURE_MARGIN, PICTURE_MARGIN);
  {
    g_autofree char *printed_text = dt_timeline_format_as_of (dt_timeline_layout_get_today (layout),
                                                              setup->printed_on);

    const char *heading = setup->heading && *setup->heading ? setup->heading
                          : setup->title ? setup->title : _("Timeline of directives");

    if (setup->subtitle && *setup->subtitle)
      title = g_strdup_printf ("%s — %s — %s", heading, setup->subtitle, printed_text);
    else
      title = g_strdup_printf ("%s — %s", heading, printed_text);
  }
  draw_picture_title (cr, style, title, width - 2 * PICTURE_MARGIN, title_h);
  cairo_translate (cr, 0, title_h);
  dt_timeline_render (cr, layout, &viewport, style);
  dt_timeline_render_legend (cr, style, as_of, 0, viewport.height + 8, width - 2 * PICTURE_MARGIN, TRUE);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == DT_TIMELINE_FORMAT_PNG)
    status = cairo_surface_write_to_png (surface, tmp);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return finish_temp (tmp, path, check_status (status, path, error), error);
}

gboolean
dt_timeline_export (GPtrArray                 *items,
                    const DtTimelineOptions   *options,
                    const DtTimelinePageSetup *setup,
                    DtTimelineFormat           format,
                    const char                *path,
                    GError                   **error)
{
  g_return_val_if_fail (items != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (setup != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (format == DT_TIMELINE_FORMAT_PDF)
    return export_pdf (items, options, setup, path, error);
  return export_picture (items, options, setup, format, path, error);
}

typedef struct
{
  GPtrArray           *items;
  DtTimelineOptions    options;
  DtTimelinePageSetup  setup;
  char                *title;
  DtTimelineFormat     format;
  char                *path;
} ExportData;

static void
export_data_free (gpointer data)
{
  ExportData *d = data;

  g_ptr_array_unref (d->items);
  g_free (d->title);
  g_free (d->path);
  g_free (d);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *d = task_data;
  GError *error = NULL;

  if (dt_timeline_export (d->items, &d->options, &d->setup, d->format, d->path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static gpointer
copy_item (gconstpointer src,
           gpointer      user_data)
{
  return dt_timeline_item_copy (src);
}

void
dt_timeline_export_async (GPtrArray                 *items,
                          const DtTimelineOptions   *options,
                          const DtTimelinePageSetup *setup,
                          DtTimelineFormat           format,
                          const char                *path,
                          GCancellable              *cancellable,
                          GAsyncReadyCallback        callback,
                          gpointer                   user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *d;

  g_return_if_fail (items != NULL && options != NULL && setup != NULL && path != NULL);

  d = g_new0 (ExportData, 1);
  d->items = g_ptr_array_copy (items, copy_item, NULL);
  g_ptr_array_set_free_func (d->items, (GDestroyNotify) dt_timeline_item_free);
  d->options = *options;
  d->setup = *setup;
  d->title = g_strdup (setup->title);
  d->setup.title = d->title;
  d->format = format;
  d->path = g_strdup (path);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, dt_timeline_export_async);
  g_task_set_task_data (task, d, export_data_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
dt_timeline_export_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
