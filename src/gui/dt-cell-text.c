/* dt-cell-text.c
 *
 * Copyright 2026 The Directives authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What GtkInscription does for the list's text cells — a size from the
 * font alone (so many characters wide, so many lines high, whatever the
 * text), the text wrapped and ellipsized into it — but its PangoLayout is
 * made when the cell is first measured or drawn, once it is in the window.
 * A GtkInscription makes its layout when it is made, before it has a
 * parent: each one then works out its style and a Pango context on its
 * own, which was most of the cost of the list's ~200 rows at start-up
 * (the list view keeps up to 200 rows, most of them never drawn).
 *
 * Its tooltip is the whole text, only when the text is cut.  A tooltip
 * that repeats what the cell shows says nothing, and every tooltip is a
 * window of its own: with the GL renderer, a GL context and its caches
 * (14–20 MiB with Mesa's software renderer), which the pointer resting on
 * the list at start-up used to cost.  A tooltip set on the cell
 * (gtk_widget_set_tooltip_text) says something else, and is shown instead.
 */

#include "config.h"

#include <math.h>

#include "dt-cell-text.h"

struct _DtCellText
{
  GtkWidget             parent_instance;

  char                 *text;
  guint                 lines;
  guint                 min_chars;
  guint                 nat_chars;

  PangoLayout          *layout;        /* made when first needed */
  PangoFontDescription *font;          /* the one char_width and line_height are for */
  int                   char_width;    /* Pango units */
  int                   line_height;
  int                   ascent;
};

G_DEFINE_FINAL_TYPE (DtCellText, dt_cell_text, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_LINES,
  PROP_MIN_CHARS,
  PROP_NAT_CHARS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A font's sizes, as a cell uses them.  All the list's cells have one
 * font: it is measured once, not once per cell (pango_context_get_metrics
 * was 410 calls at start-up, ~6 ms).  What the metrics depend on besides
 * the font is in the key. */
typedef struct
{
  PangoFontDescription *font;
  PangoFontMap         *font_map;
  PangoLanguage        *language;
  double                resolution;
  gulong                options_hash;
  gboolean              round_positions;
  int                   char_width;
  int                   ascent;
  int                   line_height;
} FontSizes;

static const FontSizes *
measure_font (PangoContext               *context,
              const PangoFontDescription *font)
{
  static FontSizes last;   /* widgets live in the main thread */
  PangoFontMap *font_map = pango_context_get_font_map (context);
  PangoLanguage *language = pango_context_get_language (context);
  double resolution = pango_cairo_context_get_resolution (context);
  const cairo_font_options_t *options = pango_cairo_context_get_font_options (context);
  gulong options_hash = options != NULL ? cairo_font_options_hash (options) : 0;
  gboolean round_positions = pango_context_get_round_glyph_positions (context);
  PangoFontMetrics *metrics;

  if (last.font != NULL && font != NULL
      && last.font_map == font_map && last.language == language
      && last.resolution == resolution && last.options_hash == options_hash
      && last.round_positions == round_positions
      && pango_font_description_equal (last.font, font))
    return &last;

  g_clear_pointer (&last.font, pango_font_description_free);
  g_set_object (&last.font_map, font_map);
  last.font = font != NULL ? pango_font_description_copy (font) : NULL;
  last.language = language;
  last.resolution = resolution;
  last.options_hash = options_hash;
  last.round_positions = round_positions;

  metrics = pango_context_get_metrics (context, NULL, NULL);
  last.char_width = MAX (pango_font_metrics_get_approximate_char_width (metrics),
                         pango_font_metrics_get_approximate_digit_width (metrics));
  last.ascent = pango_font_metrics_get_ascent (metrics);
  last.line_height = last.ascent + pango_font_metrics_get_descent (metrics);
  pango_font_metrics_unref (metrics);
  return &last;
}

/* The font's sizes, looked up again only when the font changes. */
static void
ensure_metrics (DtCellText *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  const FontSizes *sizes;

  if (self->font != NULL && font != NULL && pango_font_description_equal (self->font, font))
    return;

  g_clear_pointer (&self->font, pango_font_description_free);
  self->font = font ? pango_font_description_copy (font) : NULL;
  sizes = measure_font (context, font);
  self->char_width = sizes->char_width;
  self->ascent = sizes->ascent;
  self->line_height = sizes->line_height;
}

static PangoLayout *
ensure_layout (DtCellText *self)
{
  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
      pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (self->layout,
                                  gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL
                                  ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    }
  return self->layout;
}

static void
dt_cell_text_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  DtCellText *self = DT_CELL_TEXT (widget);

  ensure_metrics (self);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = PANGO_PIXELS_CEIL (self->min_chars * self->char_width);
      *natural = PANGO_PIXELS_CEIL (MAX (self->min_chars, self->nat_chars) * self->char_width);
    }
  else
    {
      *minimum = *natural = PANGO_PIXELS_CEIL (self->lines * self->line_height);
      *minimum_baseline = *natural_baseline = self->lines > 0 ? PANGO_PIXELS_CEIL (self->ascent) : -1;
    }
}

static void
dt_cell_text_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  DtCellText *self = DT_CELL_TEXT (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  PangoLayout *layout;
  PangoRectangle logical;
  GdkRGBA color;
  int baseline;
  float y = 0;

  if (self->text == NULL || self->text[0] == '\0' || width <= 0 || height <= 0)
    return;

  layout = ensure_layout (self);
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_set_height (layout, height * PANGO_SCALE);

  /* as GtkInscription places it: on the row's baseline when there is one,
   * else in the middle, or at the top when it does not fit */
  baseline = gtk_widget_get_baseline (widget);
  if (baseline != -1)
    y = baseline - pango_layout_get_baseline (layout) / PANGO_SCALE;
  else if (!pango_layout_is_ellipsized (layout))
    {
      pango_layout_get_pixel_extents (layout, NULL, &logical);
      y = MAX (0, floor ((height - logical.height) * 0.5));
    }

  gtk_widget_get_color (widget, &color);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, y));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);
}

static gboolean
dt_cell_text_query_tooltip (GtkWidget  *widget,
                            int         x,
                            int         y,
                            gboolean    keyboard_tooltip,
                            GtkTooltip *tooltip)
{
  DtCellText *self = DT_CELL_TEXT (widget);

  if (gtk_widget_get_tooltip_text (widget) != NULL)
    return GTK_WIDGET_CLASS (dt_cell_text_parent_class)->query_tooltip (widget, x, y,
                                                                         keyboard_tooltip,
                                                                         tooltip);
  /* the layout is the one last drawn, at the cell's size */
  if (self->layout == NULL || !pango_layout_is_ellipsized (self->layout))
    return FALSE;
  gtk_tooltip_set_text (tooltip, self->text);
  return TRUE;
}

static void
dt_cell_text_css_changed (GtkWidget         *widget,
                          GtkCssStyleChange *change)
{
  DtCellText *self = DT_CELL_TEXT (widget);

  GTK_WIDGET_CLASS (dt_cell_text_parent_class)->css_changed (widget, change);

  /* a row's hover or selection changes the colour, not the font: only a
   * new font makes the layout and the size again */
  if (self->font != NULL)
    {
      const PangoFontDescription *font =
        pango_context_get_font_description (gtk_widget_get_pango_context (widget));

      if (font == NULL || !pango_font_description_equal (self->font, font))
        {
          g_clear_pointer (&self->font, pango_font_description_free);
          if (self->layout != NULL)
            pango_layout_context_changed (self->layout);
          gtk_widget_queue_resize (widget);
        }
    }
}

static void
dt_cell_text_direction_changed (GtkWidget        *widget,
                                GtkTextDirection  previous)
{
  DtCellText *self = DT_CELL_TEXT (widget);

  GTK_WIDGET_CLASS (dt_cell_text_parent_class)->direction_changed (widget, previous);
  g_clear_object (&self->layout);
  gtk_widget_queue_draw (widget);
}

static void
dt_cell_text_finalize (GObject *object)
{
  DtCellText *self = DT_CELL_TEXT (object);

  g_clear_pointer (&self->text, g_free);
  g_clear_object (&self->layout);
  g_clear_pointer (&self->font, pango_font_description_free);

  G_OBJECT_CLASS (dt_cell_text_parent_class)->finalize (object);
}

static void
set_uint (DtCellText *self,
          guint      *field,
          guint       value,
          GParamSpec *pspec)
{
  if (*field == value)
    return;
  *field = value;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
dt_cell_text_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DtCellText *self = DT_CELL_TEXT (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_LINES:
      g_value_set_uint (value, self->lines);
      break;
    case PROP_MIN_CHARS:
      g_value_set_uint (value, self->min_chars);
      break;
    case PROP_NAT_CHARS:
      g_value_set_uint (value, self->nat_chars);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_cell_text_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  DtCellText *self = DT_CELL_TEXT (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      dt_cell_text_set_text (self, g_value_get_string (value));
      break;
    case PROP_LINES:
      set_uint (self, &self->lines, g_value_get_uint (value), pspec);
      break;
    case PROP_MIN_CHARS:
      set_uint (self, &self->min_chars, g_value_get_uint (value), pspec);
      break;
    case PROP_NAT_CHARS:
      set_uint (self, &self->nat_chars, g_value_get_uint (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dt_cell_text_class_init (DtCellTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = dt_cell_text_finalize;
  object_class->get_property = dt_cell_text_get_property;
  object_class->set_property = dt_cell_text_set_property;

  widget_class->measure = dt_cell_text_measure;
  widget_class->snapshot = dt_cell_text_snapshot;
  widget_class->query_tooltip = dt_cell_text_query_tooltip;
  widget_class->css_changed = dt_cell_text_css_changed;
  widget_class->direction_changed = dt_cell_text_direction_changed;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* lines high, whatever the text */
  properties[PROP_LINES] =
    g_param_spec_uint ("lines", NULL, NULL, 0, 16, 1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* characters wide (approximately: the font's widest of a letter and a digit) */
  properties[PROP_MIN_CHARS] =
    g_param_spec_uint ("min-chars", NULL, NULL, 0, G_MAXUINT, 3,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAT_CHARS] =
    g_param_spec_uint ("nat-chars", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
dt_cell_text_init (DtCellText *self)
{
  self->lines = 1;
  self->min_chars = 3;
}

GtkWidget *
dt_cell_text_new (void)
{
  return g_object_new (DT_TYPE_CELL_TEXT, NULL);
}

const char *
dt_cell_text_get_text (DtCellText *self)
{
  g_return_val_if_fail (DT_IS_CELL_TEXT (self), NULL);
  return self->text;
}

void
dt_cell_text_set_text (DtCellText *self,
                       const char *text)
{
  g_return_if_fail (DT_IS_CELL_TEXT (self));

  /* the whole text when it is cut (dt_cell_text_query_tooltip); setting a
   * tooltip of none on the cell turns it off */
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  if (!g_set_str (&self->text, text))
    return;
  if (self->layout != NULL)
    pango_layout_set_text (self->layout, text ? text : "", -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text ? text : "", -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}
