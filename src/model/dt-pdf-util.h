/* dt-pdf-util.h — the PDF files the application writes
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* A PDF file at @path, pages @width × @height points, with what every PDF
 * of the application says of itself (the report's and the timeline's
 * alike): @title, "Directives <version>" as its creator, and when it was
 * made.  Check its status with cairo_surface_status(). */
cairo_surface_t *dt_pdf_surface_create (const char      *path,
                                        double           width,
                                        double           height,
                                        const char      *title);
/* Ends the drawing on @cr and the file of @surface (both are released):
 * the first error of either, else CAIRO_STATUS_SUCCESS. */
cairo_status_t   dt_pdf_finish         (cairo_t         *cr,
                                        cairo_surface_t *surface);
/* Why a drawn file (PDF, SVG, PNG) could not be written, for the user, in
 * their language: cairo's own cairo_status_to_string() is English only.
 * Never NULL; "" for CAIRO_STATUS_SUCCESS. */
const char      *dt_cairo_status_describe (cairo_status_t status);

G_END_DECLS
