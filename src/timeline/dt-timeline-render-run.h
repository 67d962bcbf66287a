/* dt-timeline-render-run.h — one line of simple text, shaped without a layout
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

typedef struct _DtRenderShaper DtRenderShaper;
typedef struct _DtRenderRun    DtRenderRun;

/* Shapes text in a context's fonts as a single-paragraph, left-aligned
 * PangoLayout with a font description, a width and PANGO_ELLIPSIZE_END
 * does, and draws it as pango_cairo_show_layout() does: the same glyphs at
 * the same positions, the same text behind them in a PDF.  Only text that
 * is one run of one font, left to right, of characters that are each a
 * grapheme of their own (Latin and Vietnamese letters, digits, common
 * punctuation) is shaped so; for any other, _dt_render_shaper_shape()
 * returns NULL and the caller uses a layout.
 *
 * A layout also works out where lines may break, for the whole text, and
 * shapes its ellipsis each time: about half of what a row label costs. */
DtRenderShaper *_dt_render_shaper_new   (PangoContext               *context);
void            _dt_render_shaper_free  (DtRenderShaper             *self);

/* width in Pango units, -1: no limit.  logical: the layout's logical
 * extents. */
DtRenderRun    *_dt_render_shaper_shape (DtRenderShaper             *self,
                                         const PangoFontDescription *font,
                                         const char                 *text,
                                         int                         width,
                                         PangoRectangle             *logical);

/* At the current point, as the layout's top left corner; text must be
 * the text shaped (the run does not keep it). */
void            _dt_render_run_show     (const DtRenderRun          *run,
                                         cairo_t                    *cr,
                                         const char                 *text);
void            _dt_render_run_free     (DtRenderRun                *run);

G_END_DECLS
