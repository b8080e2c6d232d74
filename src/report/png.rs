//! Rasterises a laid-out document to PNG with tiny-skia (shapes) and ab_glyph (text), on a
//! white background. The pages are stacked one under the other, at print resolution.

use ab_glyph::{Font, ScaleFont, point};
use tiny_skia::{
    Color, FillRule, Paint, PathBuilder, Pixmap, PremultipliedColorU8, Stroke, Transform,
};

use super::ReportError;
use super::document::{Document, Op};
use super::fonts;

/// Width of the image in pixels, whatever the page format: print resolution for a slide.
pub const WIDTH_PX: f32 = 2400.0;
/// Gap between stacked pages, in points.
const GAP: f32 = 12.0;

/// Most pages stacked in one image: an image is for a slide, and each A4 page at this width
/// weighs about 32 MB in memory.
pub const MAX_PAGES: usize = 4;

pub fn write(doc: &Document) -> Result<Vec<u8>, ReportError> {
    render(doc, WIDTH_PX)
}

/// The pages of `doc` stacked in one image `width_px` pixels wide; at most `MAX_PAGES`.
pub fn render(doc: &Document, width_px: f32) -> Result<Vec<u8>, ReportError> {
    if doc.pages.len() > MAX_PAGES {
        return Err(ReportError::TooManyPages {
            pages: doc.pages.len(),
            most: MAX_PAGES,
        });
    }
    let scale = width_px / doc.width;
    let pages = doc.pages.len().max(1) as f32;
    let height_pt = doc.height * pages + GAP * (pages - 1.0);
    let mut pixmap = Pixmap::new(width_px as u32, (height_pt * scale).round() as u32)
        .ok_or(ReportError::ImageTooLarge)?;
    pixmap.fill(Color::from_rgba8(236, 239, 242, 255));
    for (index, page) in doc.pages.iter().enumerate() {
        let top = index as f32 * (doc.height + GAP);
        let transform = Transform::from_scale(scale, scale).pre_translate(0.0, top);
        if let Some(rect) =
            tiny_skia::Rect::from_xywh(0.0, top * scale, width_px, doc.height * scale)
        {
            let mut white = Paint::default();
            white.set_color_rgba8(255, 255, 255, 255);
            pixmap.fill_rect(rect, &white, Transform::identity(), None);
        }
        for op in &page.ops {
            match op {
                Op::Path {
                    points,
                    closed,
                    fill,
                    stroke,
                    dashed,
                } => draw_path(
                    &mut pixmap,
                    transform,
                    points,
                    *closed,
                    *fill,
                    *stroke,
                    *dashed,
                ),
                Op::Text {
                    x,
                    y,
                    size,
                    text,
                    colour,
                    align,
                    bold,
                } => {
                    let start = align.start(*x, fonts::width(text, *size, *bold));
                    draw_text(
                        &mut pixmap,
                        scale,
                        [start, top + y],
                        *size,
                        text,
                        *colour,
                        *bold,
                    );
                }
            }
        }
    }
    pixmap
        .encode_png()
        .map_err(|e| ReportError::Writer(e.to_string()))
}

#[allow(clippy::too_many_arguments)]
fn draw_path(
    pixmap: &mut Pixmap,
    transform: Transform,
    points: &[[f32; 2]],
    closed: bool,
    fill: Option<[u8; 3]>,
    stroke: Option<(f32, [u8; 3])>,
    dashed: bool,
) {
    let mut builder = PathBuilder::new();
    for (i, [x, y]) in points.iter().enumerate() {
        if i == 0 {
            builder.move_to(*x, *y);
        } else {
            builder.line_to(*x, *y);
        }
    }
    if closed {
        builder.close();
    }
    let Some(path) = builder.finish() else { return };
    if let Some([r, g, b]) = fill {
        let mut paint = Paint::default();
        paint.set_color_rgba8(r, g, b, 255);
        paint.anti_alias = true;
        pixmap.fill_path(&path, &paint, FillRule::Winding, transform, None);
    }
    if let Some((width, [r, g, b])) = stroke {
        let mut paint = Paint::default();
        paint.set_color_rgba8(r, g, b, 255);
        paint.anti_alias = true;
        let stroke = Stroke {
            width,
            dash: if dashed {
                tiny_skia::StrokeDash::new(vec![3.0, 2.0], 0.0)
            } else {
                None
            },
            ..Stroke::default()
        };
        pixmap.stroke_path(&path, &paint, &stroke, transform, None);
    }
}

/// Draws one line of text with its baseline at `at` (points), blending each glyph's coverage.
fn draw_text(
    pixmap: &mut Pixmap,
    scale: f32,
    at: [f32; 2],
    size: f32,
    text: &str,
    [r, g, b]: [u8; 3],
    bold: bool,
) {
    let Some(font) = fonts::font(bold) else {
        return;
    };
    let px = fonts::scale(font, size * scale);
    let scaled = font.as_scaled(px);
    let mut x = at[0] * scale;
    let baseline = at[1] * scale;
    let width = pixmap.width() as i32;
    let height = pixmap.height() as i32;
    for c in text.chars() {
        let id = font.glyph_id(c);
        let glyph = id.with_scale_and_position(px, point(x, baseline));
        x += scaled.h_advance(id);
        let Some(outline) = font.outline_glyph(glyph) else {
            continue;
        };
        let bounds = outline.px_bounds();
        let pixels = pixmap.pixels_mut();
        outline.draw(|gx, gy, coverage| {
            let px = bounds.min.x as i32 + gx as i32;
            let py = bounds.min.y as i32 + gy as i32;
            if px < 0 || py < 0 || px >= width || py >= height {
                return;
            }
            let Some(pixel) = pixels.get_mut((py * width + px) as usize) else {
                return;
            };
            let a = coverage.clamp(0.0, 1.0);
            let blend =
                |src: u8, dst: u8| (f32::from(src) * a + f32::from(dst) * (1.0 - a)).round() as u8;
            let mixed = PremultipliedColorU8::from_rgba(
                blend(r, pixel.red()),
                blend(g, pixel.green()),
                blend(b, pixel.blue()),
                255,
            );
            if let Some(mixed) = mixed {
                *pixel = mixed;
            }
        });
    }
}
