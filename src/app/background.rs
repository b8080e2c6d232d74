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
