//! The window's background, painted by the clear that starts each frame rather than by the
//! panels' fill.
//!
//! The panels tile the window with one colour (`Visuals::panel_fill`): rectangles over the
//! whole window, which a machine without a GPU (Mesa's llvmpipe, what eframe's `wgpu` draws with
//! there) shades pixel by pixel, about 60 ms of CPU a frame at 1280 × 800: most of the window's
//! start-up beyond eframe's own. Clearing the frame to that colour costs a memory fill. The
//! pixels do not change: a fill is dropped only when it is an opaque rectangle of the clear's
//! colour, square-cornered, on pixels nothing was drawn on before it. egui still knows the
//! panels' colour (the fades of the scroll areas read it); only the painted rectangle goes.
//! Only the window does this (`launch.rs`): the tests' renderer (egui_kittest) clears to
//! transparent and draws the fills.

use egui::epaint::{ClippedShape, RectShape};
use egui::{Color32, Context, FullOutput, Rect, Shape};

/// The egui plugin that drops the panels' fill from the shapes of each frame.
pub struct ClearedBackground {
    /// Whether the frame's clear writes egui's colours as they are (a framebuffer that does not
    /// convert to sRGB itself): only then are the panels' fills left to it.
    pub cleared: bool,
    pub solid_fills: bool,
}

impl egui::Plugin for ClearedBackground {
    fn debug_name(&self) -> &'static str {
        "atelier-mse cleared background"
    }

    fn output_hook(&mut self, ctx: &Context, output: &mut FullOutput) {
        if self.cleared {
            let fill = ctx.global_style().visuals.panel_fill;
            drop_fills(&mut output.shapes, fill, output.pixels_per_point);
        }
        if self.solid_fills {
            super::solid_fills::replace(&mut output.shapes, output.pixels_per_point);
        }
    }
}

/// The colour of the clear, for `eframe::App::clear_color`: the panels'.
pub fn clear_color(visuals: &egui::Visuals) -> [f32; 4] {
    visuals.panel_fill.to_normalized_gamma_f32()
}

/// Drops from `shapes` (in painting order) the rectangles of the clear's colour `fill` whose
/// pixels nothing drew on yet: what the clear already painted.
pub fn drop_fills(shapes: &mut Vec<ClippedShape>, fill: Color32, pixels_per_point: f32) {
    // At a fractional scale (text at 130 %) egui moves lines and rectangles by parts of a pixel
    // when it rounds them, and the panels' edges share pixels: the fills stay there.
    if !fill.is_opaque() || pixels_per_point.fract() != 0.0 {
        return;
    }
    let ppp = pixels_per_point;
    let mut drawn: Vec<[f32; 4]> = Vec::new();
    shapes.retain(|clipped| {
        let moved = clipped.transform_after_tessellation;
        let scissor = rounded(clipped.clip_rect, ppp);
        if let Some(rect) = plain_fill(&clipped.shape, fill)
            && moved == egui::emath::TSTransform::IDENTITY
        {
            let covered = meet(rounded(rect, ppp), scissor);
            if !drawn.iter().any(|d| overlap(*d, covered)) {
                return false;
            }
        }
        // The pixels whose centre is within half a pixel (the smoothing) of what it draws.
        let b = moved * clipped.shape.visual_bounding_rect();
        let touched = [
            (b.min.x * ppp - 1.0).floor() + 1.0,
            (b.min.y * ppp - 1.0).floor() + 1.0,
            (b.max.x * ppp).ceil(),
            (b.max.y * ppp).ceil(),
        ];
        drawn.push(meet(touched, scissor));
        true
    });
}

/// The pixels of `rect` as egui rounds a rectangle, or a clip: [left, top, right, bottom).
fn rounded(rect: Rect, ppp: f32) -> [f32; 4] {
    [rect.min.x, rect.min.y, rect.max.x, rect.max.y].map(|v| (v * ppp).round())
}

fn meet([a0, a1, a2, a3]: [f32; 4], [b0, b1, b2, b3]: [f32; 4]) -> [f32; 4] {
    [a0.max(b0), a1.max(b1), a2.min(b2), a3.min(b3)]
}

fn overlap(a: [f32; 4], b: [f32; 4]) -> bool {
    let [x0, y0, x1, y1] = meet(a, b);
    x0 < x1 && y0 < y1
}

/// The rectangle of `shape` when it only paints `fill`: no stroke, no blur, no texture, square
/// corners.
fn plain_fill(shape: &Shape, fill: Color32) -> Option<Rect> {
    let Shape::Rect(RectShape {
        rect,
        corner_radius,
        fill: shape_fill,
        stroke,
        blur_width,
        brush,
        ..
    }) = shape
    else {
        return None;
    };
    let plain = *shape_fill == fill
        && stroke.is_empty()
        && *blur_width == 0.0
        && brush.is_none()
        && *corner_radius == egui::CornerRadius::ZERO;
    plain.then_some(*rect)
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{CornerRadius, Stroke, StrokeKind, pos2};

    fn clipped(shape: impl Into<Shape>) -> ClippedShape {
        ClippedShape {
            clip_rect: Rect::EVERYTHING,
            shape: shape.into(),
            transform_after_tessellation: egui::emath::TSTransform::IDENTITY,
        }
    }

    fn rect(min: (f32, f32), max: (f32, f32), fill: Color32) -> ClippedShape {
        let rect = Rect::from_min_max(pos2(min.0, min.1), pos2(max.0, max.1));
        clipped(RectShape::filled(rect, CornerRadius::ZERO, fill))
    }

    fn line(from: (f32, f32), to: (f32, f32)) -> ClippedShape {
        let points = [pos2(from.0, from.1), pos2(to.0, to.1)];
        clipped(Shape::line_segment(points, Stroke::new(1.0, Color32::GRAY)))
    }

    /// The shapes egui draws for a window of a menu bar, a side panel and a central panel.
    fn panels_frame(ctx: &Context) -> FullOutput {
        let input = egui::RawInput {
            screen_rect: Some(Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(800.0, 600.0),
            )),
            ..Default::default()
        };
        ctx.run_ui(input, |ui| {
            egui::Panel::top("menu").show(ui, |ui| ui.label("Fichier"));
            egui::Panel::left("side")
                .resizable(true)
                .show(ui, |ui| ui.label("Instantanés"));
            egui::CentralPanel::default().show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    for n in 0..100 {
                        ui.label(format!("Ligne {n}"));
                    }
                })
            });
        })
    }

    #[test]
    fn the_panels_fills_go_and_everything_else_stays() {
        let ctx = Context::default();
        let fill = ctx.global_style().visuals.panel_fill;
        let mut output = panels_frame(&ctx);
        output.textures_delta.clear();
        let fills = |shapes: &[ClippedShape]| {
            shapes
                .iter()
                .filter(|c| plain_fill(&c.shape, fill).is_some())
                .count()
        };
        let before = output.shapes.clone();
        assert_eq!(fills(&before), 3, "menu, side and central panels");
        drop_fills(&mut output.shapes, fill, output.pixels_per_point);
        assert_eq!(fills(&output.shapes), 0);
        let others: Vec<_> = before
            .into_iter()
            .filter(|c| plain_fill(&c.shape, fill).is_none())
            .collect();
        assert_eq!(output.shapes, others);
    }

    #[test]
    fn the_clear_is_the_panels_colour_in_both_themes() {
        for visuals in [egui::Visuals::light(), egui::Visuals::dark()] {
            assert_eq!(
                clear_color(&visuals),
                visuals.panel_fill.to_normalized_gamma_f32()
            );
        }
    }

    #[test]
    fn a_fill_over_something_already_drawn_stays() {
        let fill = Color32::from_gray(248);
        let mut shapes = vec![
            line((10.0, 50.0), (90.0, 50.0)),
            rect((0.0, 0.0), (100.0, 100.0), fill),
        ];
        let before = shapes.clone();
        drop_fills(&mut shapes, fill, 1.0);
        assert_eq!(shapes, before);
    }

    #[test]
    fn a_fill_that_only_touches_what_was_drawn_goes() {
        let fill = Color32::from_gray(248);
        // A separator line drawn inside the side panel, against the central panel's edge.
        let mut shapes = vec![
            line((299.5, 0.0), (299.5, 600.0)),
            rect((300.0, 0.0), (800.0, 600.0), fill),
        ];
        drop_fills(&mut shapes, fill, 1.0);
        assert_eq!(shapes.len(), 1);
    }

    #[test]
    fn other_colours_rounded_corners_strokes_and_see_through_fills_stay() {
        let fill = Color32::from_gray(248);
        let area = Rect::from_min_max(pos2(0.0, 0.0), pos2(100.0, 100.0));
        let rounded = RectShape::filled(area, CornerRadius::same(4), fill);
        let stroked = RectShape::new(
            area,
            CornerRadius::ZERO,
            fill,
            Stroke::new(1.0, Color32::BLACK),
            StrokeKind::Inside,
        );
        let mut shapes = vec![
            rect((0.0, 0.0), (100.0, 100.0), Color32::WHITE),
            clipped(rounded),
            clipped(stroked),
        ];
        let before = shapes.clone();
        drop_fills(&mut shapes, fill, 1.0);
        assert_eq!(shapes, before);
        let see_through = Color32::from_black_alpha(10);
        let mut shapes = vec![rect((0.0, 0.0), (100.0, 100.0), see_through)];
        drop_fills(&mut shapes, see_through, 1.0);
        assert_eq!(shapes.len(), 1);
    }
}
