//! The window's background, painted by the clear that starts each frame rather than by the
//! panels' fill.
//!
//! The panels tile the window with one colour (`Visuals::panel_fill`): rectangles over the
//! whole window, which a machine without a GPU (Mesa's llvmpipe, what eframe's `wgpu` draws with
//! there) shades pixel by pixel, about 60 ms of CPU a frame at 1280 × 800: most of the window's
//! start-up beyond eframe's own. Clearing the frame to that colour costs a memory fill. The
//! pixels do not change: a fill is dropped only when it is an opaque rectangle of the clear's
//! colour, square-cornered, over which nothing was drawn before it. egui still knows the
//! panels' colour (the fades of the scroll areas read it); only the painted rectangle goes.
//! Only the window does this (`launch.rs`): the tests' renderer (egui_kittest) clears to
//! transparent and draws the fills.

use egui::epaint::{ClippedShape, RectShape};
use egui::{Color32, Context, FullOutput, Rect, Shape};

/// The egui plugin that drops the panels' fill from the shapes of each frame.
pub struct ClearedBackground;

impl egui::Plugin for ClearedBackground {
    fn debug_name(&self) -> &'static str {
        "atelier-mse cleared background"
    }

    fn output_hook(&mut self, ctx: &Context, output: &mut FullOutput) {
        let fill = ctx.global_style().visuals.panel_fill;
        drop_fills(&mut output.shapes, fill, output.pixels_per_point);
    }
}

/// The colour of the clear, for `eframe::App::clear_color`: the panels'.
pub fn clear_color(visuals: &egui::Visuals) -> [f32; 4] {
    visuals.panel_fill.to_normalized_gamma_f32()
}

/// Drops from `shapes` (in painting order) the rectangles of the clear's colour `fill` under
/// which nothing was drawn yet: what the clear already painted.
pub fn drop_fills(shapes: &mut Vec<ClippedShape>, fill: Color32, pixels_per_point: f32) {
    if !fill.is_opaque() {
        return;
    }
    // A rectangle's edge is smoothed over a pixel: half of it outside, which must not matter.
    let half_pixel = 0.5 / pixels_per_point.max(f32::EPSILON);
    let mut drawn: Vec<Rect> = Vec::new();
    shapes.retain(|clipped| {
        let moved = clipped.transform_after_tessellation;
        let area = (moved * clipped.shape.visual_bounding_rect()).intersect(clipped.clip_rect);
        if let Some(rect) = plain_fill(&clipped.shape, fill)
            && moved == egui::emath::TSTransform::IDENTITY
        {
            let covered = rect.intersect(clipped.clip_rect).shrink(half_pixel);
            if !drawn.iter().any(|d| d.intersects(covered)) {
                return false;
            }
        }
        if area.is_positive() {
            drawn.push(area);
        }
        true
    });
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
