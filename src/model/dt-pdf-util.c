/* dt-pdf-util.c — the PDF files the application writes
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "dt-pdf-util.h"

cairo_surface_t *
dt_pdf_surface_create (const char *path,
                       double      width,
                       double      height,
                       const char *title)
{
  cairo_surface_t *surface;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  /* the form cairo takes: "2026-12-04T23:15:00+07:00" */
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");

  g_return_val_if_fail (path != NULL, NULL);

  surface = cairo_pdf_surface_create (path, width, height);
  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Directives " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  return surface;
}

cairo_status_t
dt_pdf_finish (cairo_t         *cr,
               cairo_surface_t *surface)
{
  cairo_status_t status;

  g_return_val_if_fail (cr != NULL && surface != NULL, CAIRO_STATUS_NULL_POINTER);

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

const char *
dt_cairo_status_describe (cairo_status_t status)
{
  switch (status)
    {
    case CAIRO_STATUS_SUCCESS:
      return "";
    case CAIRO_STATUS_WRITE_ERROR:
      return _("the file could not be written (the disk may be full)");
    case CAIRO_STATUS_READ_ERROR:
      return _("a file could not be read");
    case CAIRO_STATUS_FILE_NOT_FOUND:
      return _("the folder does not exist");
    case CAIRO_STATUS_NO_MEMORY:
      return _("there is not enough memory");
    case CAIRO_STATUS_INVALID_SIZE:
      return _("the page is too large");
    case CAIRO_STATUS_FONT_TYPE_MISMATCH:
    case CAIRO_STATUS_USER_FONT_ERROR:
    case CAIRO_STATUS_FREETYPE_ERROR:
    case CAIRO_STATUS_WIN32_GDI_ERROR:
      return _("a font could not be used");
    default:
      return _("the drawing could not be finished");
    }
}
