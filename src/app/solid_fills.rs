//! Large opaque rectangles of one colour (the plots' white) drawn by a pipeline of their own,
//! in the window only.
//!
//! egui draws every shape with one shader (it samples its font texture, converts colours,
//! dithers and blends), which a machine without a GPU (Mesa's llvmpipe, what eframe's `wgpu`
//! draws with there) runs pixel by pixel: the four white plots of the position view cost about
//! 25 ms of CPU a frame. The inside of an opaque rectangle needs none of it: it is drawn here
//! with the render pass's blend constant as its colour. Its border and rounded corners stay
//! egui's, drawn by the same shape clipped to the band around the inside, so that every pixel is
//! drawn once, by the same hand as before: the inside exactly as egui writes an opaque colour,
//! the rest by egui itself. The tests' renderer (egui_kittest) never sees this: `launch.rs`
//! installs it.

use eframe::egui_wgpu::{self, wgpu};
use egui::epaint::{ClippedShape, RectShape};
use egui::{Color32, Rect, Shape};

/// Below this side (in points) a rectangle stays egui's: the draw calls of its inside and of
/// the four bands of its edge would cost more than its pixels (fields, buttons and bars stay
/// egui's; plots and large panes do not).
const MIN_SIDE: f32 = 64.0;

/// A triangle over the whole viewport (the rectangle), of the blend constant's colour.
const SHADER: &str = r"
@vertex
fn vs_main(@builtin(vertex_index) index: u32) -> @builtin(position) vec4<f32> {
    let x = f32(i32(index & 1u) * 4 - 1);
    let y = f32(i32(index >> 1u) * 4 - 1);
    return vec4<f32>(x, y, 0.0, 1.0);
}

@fragment
fn fs_main() -> @location(0) vec4<f32> {
    return vec4<f32>(1.0, 1.0, 1.0, 1.0);
}
";

/// The pipeline, kept in egui's renderer once a frame needs it.
struct Pipeline(wgpu::RenderPipeline);

/// The framebuffer's format, kept in egui's renderer to build the pipeline.
struct Target(wgpu::TextureFormat);

/// Readies the window's renderer; false where egui's colours would not be written as they are
/// (a framebuffer that converts to sRGB itself), then nothing changes. The pipeline itself is
/// built by the first frame that draws such a rectangle: a screen without one (the start
/// screen) never compiles its shader.
pub fn install(render_state: &egui_wgpu::RenderState) -> bool {
    let format = render_state.target_format;
    if format.is_srgb() {
        return false;
    }
    render_state
        .renderer
        .write()
        .callback_resources
        .insert(Target(format));
    true
}

fn pipeline(device: &wgpu::Device, format: wgpu::TextureFormat) -> wgpu::RenderPipeline {
    let module = device.create_shader_module(wgpu::ShaderModuleDescriptor {
        label: Some("atelier-mse solid fill"),
        source: wgpu::ShaderSource::Wgsl(SHADER.into()),
    });
    let constant = wgpu::BlendComponent {
        src_factor: wgpu::BlendFactor::Constant,
        dst_factor: wgpu::BlendFactor::Zero,
        operation: wgpu::BlendOperation::Add,
    };
    device.create_render_pipeline(&wgpu::RenderPipelineDescriptor {
        label: Some("atelier-mse solid fill"),
        layout: None,
        vertex: wgpu::VertexState {
            module: &module,
            entry_point: Some("vs_main"),
            buffers: &[],
            compilation_options: wgpu::PipelineCompilationOptions::default(),
        },
        primitive: wgpu::PrimitiveState::default(),
        // As egui's own pass: no depth, one sample (eframe's defaults, which launch.rs keeps).
        depth_stencil: None,
        multisample: wgpu::MultisampleState::default(),
        fragment: Some(wgpu::FragmentState {
            module: &module,
            entry_point: Some("fs_main"),
            targets: &[Some(wgpu::ColorTargetState {
                format,
                blend: Some(wgpu::BlendState {
                    color: constant,
                    alpha: constant,
                }),
                write_mask: wgpu::ColorWrites::ALL,
            })],
            compilation_options: wgpu::PipelineCompilationOptions::default(),
        }),
        multiview_mask: None,
        cache: None,
    })
}

/// One rectangle: its colour, in egui's gamma space as the framebuffer takes it.
struct SolidFill(wgpu::Color);

impl egui_wgpu::CallbackTrait for SolidFill {
    fn prepare(
        &self,
        device: &wgpu::Device,
        _queue: &wgpu::Queue,
        _screen: &egui_wgpu::ScreenDescriptor,
        _encoder: &mut wgpu::CommandEncoder,
        resources: &mut egui_wgpu::CallbackResources,
    ) -> Vec<wgpu::CommandBuffer> {
        if resources.get::<Pipeline>().is_none()
            && let Some(Target(format)) = resources.get::<Target>()
        {
            let built = pipeline(device, *format);
            resources.insert(Pipeline(built));
        }
        Vec::new()
    }

    fn paint(
        &self,
        _info: egui::PaintCallbackInfo,
        render_pass: &mut wgpu::RenderPass<'static>,
        resources: &egui_wgpu::CallbackResources,
    ) {
        if let Some(Pipeline(pipeline)) = resources.get::<Pipeline>() {
            render_pass.set_pipeline(pipeline);
            render_pass.set_blend_constant(self.0);
            render_pass.draw(0..3, 0..1);
        }
    }
}

/// Draws the inside of the opaque one-colour rectangles of `shapes` with the solid fill, and
/// their edge (border, rounded corners) with egui on the band around it.
pub fn replace(shapes: &mut Vec<ClippedShape>, pixels_per_point: f32) {
    if !shapes.iter().any(|c| solid(c).is_some()) {
        return;
    }
    let mut out = Vec::with_capacity(shapes.len() + 8);
    for clipped in shapes.drain(..) {
        match split(&clipped, pixels_per_point) {
            Some(parts) => out.extend(parts),
            None => out.push(clipped),
        }
    }
    *shapes = out;
}

/// The solid fill of the inside of `clipped` and egui's drawing of its border, each clipped to
/// its own pixels; `None` for a shape that stays as it is.
fn split(clipped: &ClippedShape, pixels_per_point: f32) -> Option<Vec<ClippedShape>> {
    let (rect, fill, edge) = solid(clipped)?;
    let ppp = pixels_per_point;
    // In pixels, as egui rounds the rectangle (the outside of a border drawn inside it).
    let round = |v: f32| (v * ppp).round();
    let [x0, y0, x1, y1] = [
        round(rect.min.x),
        round(rect.min.y),
        round(rect.max.x),
        round(rect.max.y),
    ];
    // The edge, a point more (egui widens rounded corners by 0.4 of a point), its smoothed inner
    // side and a pixel more; its smoothed outer side (half a pixel).
    let (band, outer) = if edge > 0.0 {
        (((edge + 1.0) * ppp).ceil() + 2.0, 1.0)
    } else {
        (0.0, 0.0)
    };
    let [i0, j0, i1, j1] = [x0 + band, y0 + band, x1 - band, y1 - band];
    if i1 - i0 < 1.0 || j1 - j0 < 1.0 {
        return None;
    }
    let [e0, f0, e1, f1] = [x0 - outer, y0 - outer, x1 + outer, y1 + outer];
    let points = |a: f32, b: f32, c: f32, d: f32| {
        Rect::from_min_max(egui::pos2(a / ppp, b / ppp), egui::pos2(c / ppp, d / ppp))
    };
    let [r, g, b, a] = fill.to_normalized_gamma_f32().map(f64::from);
    let mut parts = vec![ClippedShape {
        clip_rect: clipped.clip_rect,
        shape: Shape::Callback(egui_wgpu::Callback::new_paint_callback(
            points(i0, j0, i1, j1),
            SolidFill(wgpu::Color { r, g, b, a }),
        )),
        transform_after_tessellation: clipped.transform_after_tessellation,
    }];
    if band > 0.0 {
        let bands = [
            points(e0, f0, e1, j0),
            points(e0, j1, e1, f1),
            points(e0, j0, i0, j1),
            points(i1, j0, e1, j1),
        ];
        parts.extend(bands.into_iter().map(|band| ClippedShape {
            clip_rect: band.intersect(clipped.clip_rect),
            ..clipped.clone()
        }));
    }
    Some(parts)
}

/// The rectangle, colour and edge (the width of its border or of its rounded corners, the
/// wider) of a shape that paints an opaque colour on a rectangle that egui rounds to the
/// pixels, maybe with a border inside it: no blur, no texture, no turn, not moved after
/// tessellation, at least `MIN_SIDE` wide and high.
fn solid(clipped: &ClippedShape) -> Option<(Rect, Color32, f32)> {
    let Shape::Rect(RectShape {
        rect,
        corner_radius,
        fill,
        stroke,
        stroke_kind,
        round_to_pixels,
        blur_width,
        brush,
        angle,
    }) = &clipped.shape
    else {
        return None;
    };
    let border = if stroke.is_empty() { 0.0 } else { stroke.width };
    // What the inside solid fill leaves to egui: the border and the rounded corners.
    let r = corner_radius;
    let edge = border.max(f32::from(r.nw.max(r.ne).max(r.sw).max(r.se)));
    // egui rounds a rectangle by the outside of a border drawn inside it, or by itself when it
    // has none; a border on its middle line or outside it is rounded its own way.
    let rounded = *stroke_kind == egui::StrokeKind::Inside
        || (border == 0.0 && *stroke_kind == egui::StrokeKind::Outside);
    let solid = fill.is_opaque()
        && rounded
        && *blur_width == 0.0
        && brush.is_none()
        && *angle == 0.0
        && *round_to_pixels != Some(false)
        && rect.width() >= MIN_SIDE
        && rect.height() >= MIN_SIDE
        && clipped.transform_after_tessellation == egui::emath::TSTransform::IDENTITY;
    solid.then_some((*rect, *fill, edge))
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{CornerRadius, Stroke, StrokeKind, pos2};

    fn clipped(shape: RectShape) -> ClippedShape {
        ClippedShape {
            clip_rect: Rect::from_min_max(pos2(0.0, 0.0), pos2(1280.0, 800.0)),
            shape: Shape::Rect(shape),
            transform_after_tessellation: egui::emath::TSTransform::IDENTITY,
        }
    }

    fn plot_background() -> RectShape {
        RectShape::new(
            Rect::from_min_max(pos2(308.0, 180.0), pos2(782.0, 568.7)),
            CornerRadius::same(2),
            Color32::WHITE,
            Stroke::new(1.0, Color32::from_gray(190)),
            StrokeKind::Inside,
        )
    }

    /// The pixels of `rect` at `ppp` pixels a point: [left, top, right, bottom).
    fn pixels(rect: Rect, ppp: f32) -> [i32; 4] {
        [rect.min.x, rect.min.y, rect.max.x, rect.max.y].map(|v| (v * ppp).round() as i32)
    }

    fn area([x0, y0, x1, y1]: [i32; 4]) -> i32 {
        (x1 - x0).max(0) * (y1 - y0).max(0)
    }

    #[test]
    fn a_plot_background_is_its_inside_filled_and_its_edge_drawn_by_egui_each_pixel_once() {
        for ppp in [1.0, 1.3, 2.0] {
            let shape = clipped(plot_background());
            let parts = split(&shape, ppp).expect("an opaque rectangle");
            let [inside, bands @ ..] = parts.as_slice() else {
                panic!("the inside and four bands");
            };
            let Shape::Callback(fill) = &inside.shape else {
                panic!("the inside is the solid fill");
            };
            assert_eq!(bands.len(), 4);
            for band in bands {
                assert_eq!(band.shape, shape.shape, "egui draws the same rectangle");
            }
            // The inside and the bands tile the rectangle and its smoothed outer side.
            let outer = pixels(plot_background().rect, ppp);
            let outer = [outer[0] - 1, outer[1] - 1, outer[2] + 1, outer[3] + 1];
            let inside = pixels(fill.rect, ppp);
            let tiles: Vec<[i32; 4]> = bands.iter().map(|b| pixels(b.clip_rect, ppp)).collect();
            let covered: i32 = tiles.iter().map(|t| area(*t)).sum::<i32>() + area(inside);
            assert_eq!(covered, area(outer), "at {ppp} pixels a point");
            for (n, a) in tiles.iter().chain([&inside]).enumerate() {
                for b in tiles.iter().chain([&inside]).skip(n + 1) {
                    let overlap = [
                        a[0].max(b[0]),
                        a[1].max(b[1]),
                        a[2].min(b[2]),
                        a[3].min(b[3]),
                    ];
                    assert_eq!(area(overlap), 0, "{a:?} and {b:?} at {ppp}");
                }
            }
            // The inside stays clear of the border, the corners and their smoothing.
            let edge = ((2.0 + 1.0) * ppp).ceil() as i32 + 2;
            assert_eq!(inside[0] - (outer[0] + 1), edge);
        }
    }

    #[test]
    fn a_plain_rectangle_is_only_the_solid_fill_on_its_pixels() {
        let rect = Rect::from_min_max(pos2(10.2, 20.0), pos2(160.0, 180.6));
        let shape = clipped(RectShape::filled(rect, CornerRadius::ZERO, Color32::RED));
        let parts = split(&shape, 1.0).expect("an opaque rectangle");
        let [part] = parts.as_slice() else {
            panic!("only the fill");
        };
        let Shape::Callback(fill) = &part.shape else {
            panic!("the solid fill");
        };
        assert_eq!(pixels(fill.rect, 1.0), [10, 20, 160, 181]);
        assert_eq!(part.clip_rect, shape.clip_rect);
    }

    #[test]
    fn see_through_small_turned_or_unrounded_rectangles_and_middle_borders_stay_egui_s() {
        let base = plot_background();
        let mut shapes = vec![
            RectShape {
                fill: Color32::from_white_alpha(200),
                ..base.clone()
            },
            RectShape {
                rect: Rect::from_min_max(pos2(0.0, 0.0), pos2(63.0, 100.0)),
                ..base.clone()
            },
            RectShape {
                angle: 0.1,
                ..base.clone()
            },
            RectShape {
                round_to_pixels: Some(false),
                ..base.clone()
            },
            RectShape {
                stroke_kind: StrokeKind::Middle,
                ..base.clone()
            },
            RectShape {
                stroke_kind: StrokeKind::Outside,
                ..base
            },
        ]
        .into_iter()
        .map(clipped)
        .collect::<Vec<_>>();
        let before = shapes.clone();
        replace(&mut shapes, 1.0);
        assert_eq!(shapes, before);
    }
}
