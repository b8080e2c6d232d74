//! A snapshot's path on a map: its steps, the room its labels take, and the barycentre
//! heptagon that shows it among the seven models — for « Positionnement » and « Scénarios ».

use egui::{Align2, Color32, RichText};
use egui_plot::{Arrows, Line, MarkerShape, PlotPoint, PlotPoints, Points, Polygon, Text};

use super::colours::colour;
use super::plot_kit::{
    Hovers, LABEL_SIZE, fixed_plot, model_mark, point_tooltip, ternary_labels, ternary_range,
};
use crate::analysis::{
    Analysis, LabelBox, Typology, anchor_groups, free_place, label_groups, place_label, ring_vertex,
};
use crate::format::percent;
use crate::palette;

/// One snapshot's analysis, with what the plots need to draw it.
pub struct Step<'a> {
    pub label: &'a str,
    pub target: bool,
    pub analysis: &'a Analysis,
}

/// How the labels of a map are placed: plot units per screen point, the plot's bounds, and
/// what they must not cover (model names, points).
pub struct LabelRoom {
    pub scale: f64,
    pub bounds: LabelBox,
    pub taken: Vec<LabelBox>,
}

impl LabelRoom {
    /// For a plot `width` × `height` points showing at least `x` × `y` in plot units, with an
    /// equal aspect.
    pub fn new((width, height): (f32, f32), (x, y): ([f64; 2], [f64; 2])) -> LabelRoom {
        let scale = ((x[1] - x[0]) / f64::from(width)).max((y[1] - y[0]) / f64::from(height));
        // The range egui_plot shows, centred, once the aspect is kept.
        let centre = [(x[0] + x[1]) / 2.0, (y[0] + y[1]) / 2.0];
        let size = [scale * f64::from(width), scale * f64::from(height)];
        LabelRoom {
            scale,
            bounds: LabelBox::centred(centre, size),
            taken: Vec::new(),
        }
    }

    /// The size of `text` at the labels' size, in plot units.
    pub fn text_size(&self, painter: &egui::Painter, text: &str) -> [f64; 2] {
        let galley = painter.layout_no_wrap(
            text.to_owned(),
            egui::FontId::proportional(LABEL_SIZE),
            Color32::WHITE,
        );
        let size = galley.size();
        [
            f64::from(size.x + 4.0) * self.scale,
            f64::from(size.y + 2.0) * self.scale,
        ]
    }

    /// Marks a label drawn at `pos` with `anchor` as taken.
    pub fn take_text(
        &mut self,
        painter: &egui::Painter,
        text: &str,
        pos: [f64; 2],
        anchor: Align2,
    ) {
        let [w, h] = self.text_size(painter, text);
        let x = match anchor.x() {
            egui::Align::Min => pos[0],
            egui::Align::Center => pos[0] - w / 2.0,
            egui::Align::Max => pos[0] - w,
        };
        // Plot y goes up: a label anchored at its top hangs below `pos`.
        let y = match anchor.y() {
            egui::Align::Min => pos[1] - h,
            egui::Align::Center => pos[1] - h / 2.0,
            egui::Align::Max => pos[1],
        };
        self.taken.push(LabelBox {
            min: [x, y],
            size: [w, h],
        });
    }

    /// Marks a point of `radius` screen points as taken.
    pub fn take_point(&mut self, xy: [f64; 2], radius: f32) {
        let r = f64::from(radius) * self.scale * 2.0;
        self.taken.push(LabelBox::centred(xy, [r, r]));
    }

    /// Writes the label of the point at `xy` in `col`: the first of `texts` (its wordings, the
    /// preferred first) that finds a free place around it, else the first where it crowds
    /// least; with a leader line when it has to stand away. Its place is then taken.
    pub fn put(
        &mut self,
        (painter, plot): (&egui::Painter, &mut egui_plot::PlotUi<'_>),
        xy: [f64; 2],
        texts: &[String],
        col: Color32,
    ) {
        let Some(first) = texts.first() else { return };
        let (gap, bounds) = (self.scale * 5.0, self.bounds);
        let free = texts.iter().find_map(|text| {
            let size = self.text_size(painter, text);
            free_place(xy, size, gap, &mut self.taken, bounds).map(|placed| (text, placed))
        });
        let (text, placed) = free.unwrap_or_else(|| {
            let size = self.text_size(painter, first);
            (first, place_label(xy, size, gap, &mut self.taken, bounds))
        });
        let centre = placed.area.centre();
        if placed.far {
            plot.line(
                Line::new(
                    "repère",
                    PlotPoints::from(vec![xy, placed.area.nearest(xy)]),
                )
                .color(col.gamma_multiply(0.5))
                .width(1.0)
                .allow_hover(false),
            );
        }
        plot.text(
            Text::new(
                format!("étiquette {text}"),
                PlotPoint::new(centre[0], centre[1]),
                RichText::new(text).color(col).size(LABEL_SIZE),
            )
            .anchor(Align2::CENTER_CENTER)
            .allow_hover(false),
        );
    }
}

/// The room of a ternary map `width` points wide (as `plot_kit::ternary_bounds` shows it), with
/// the poles' and the models' names and the models' anchors already taken.
pub fn ternary_room(painter: &egui::Painter, typology: &Typology, width: f32) -> LabelRoom {
    let mut room = LabelRoom::new((width, width * 0.82), ternary_range(width));
    for (text, pos, anchor) in ternary_labels(typology, width) {
        room.take_text(painter, &text, pos, anchor);
    }
    for group in anchor_groups(typology) {
        room.take_point(group.xy, 7.0);
    }
    room
}

/// The organisation's path: arrows from snapshot to snapshot, a point for each, targets hollow.
/// Snapshots at the same spot share one label; each label takes a free place around its point,
/// with a leader line when it has to stand away.
pub fn path_items(
    (painter, plot): (&egui::Painter, &mut egui_plot::PlotUi<'_>),
    (steps, path): (&[Step<'_>], &[(usize, [f64; 2])]),
    room: &mut LabelRoom,
    ink: Color32,
) {
    if path.len() > 1 {
        let origins: Vec<[f64; 2]> = path.iter().take(path.len() - 1).map(|(_, p)| *p).collect();
        let tips: Vec<[f64; 2]> = path.iter().skip(1).map(|(_, p)| *p).collect();
        plot.arrows(
            Arrows::new("trajectoire", origins, tips)
                .color(ink)
                .tip_length(10.0)
                .allow_hover(false),
        );
    }
    for (i, xy) in path {
        let Some(step) = steps.get(*i) else { continue };
        let (fill, col) = if step.target {
            (false, colour(palette::TARGET))
        } else {
            (true, ink)
        };
        room.take_point(*xy, 6.0);
        plot.points(
            Points::new(step.label.to_owned(), vec![*xy])
                .shape(MarkerShape::Circle)
                .radius(6.0)
                .filled(fill)
                .color(col),
        );
    }
    // Points closer than ten screen points share a label.
    let same_spot = room.scale * 10.0;
    for (xy, members) in label_groups(path, same_spot) {
        let names: Vec<&str> = members
            .iter()
            .filter_map(|i| steps.get(*i))
            .map(|s| s.label)
            .collect();
        let target = members
            .iter()
            .filter_map(|i| steps.get(*i))
            .all(|s| s.target);
        let col = if target { colour(palette::TARGET) } else { ink };
        // On one line if it fits somewhere, else one snapshot a line, else where it crowds
        // least.
        room.put(
            (painter, plot),
            xy,
            &[names.join(" · "), names.join("\n")],
            col,
        );
    }
}

/// Where a model's name goes at vertex `v` of the heptagon: outward.
fn vertex_label_place(v: [f64; 2]) -> ([f64; 2], Align2) {
    let anchor = if v[0] > 0.2 {
        Align2::LEFT_CENTER
    } else if v[0] < -0.2 {
        Align2::RIGHT_CENTER
    } else if v[1] > 0.0 {
        Align2::CENTER_BOTTOM
    } else {
        Align2::CENTER_TOP
    };
    ([v[0] * 1.1, v[1] * 1.1], anchor)
}

/// Returns the plot's response, for its context menu.
pub fn heptagon_ui(
    ui: &mut egui::Ui,
    typology: &Typology,
    steps: &[Step<'_>],
    width: f32,
) -> egui::Response {
    let count = typology.ring.len();
    let mut hovers = Hovers::new();
    for step in steps {
        let Some(xy) = step.analysis.barycentre else {
            continue;
        };
        let best: Vec<String> = step
            .analysis
            .weights
            .iter()
            .filter(|w| w.weight >= 0.05)
            .map(|w| format!("{} {}", w.model, percent(w.weight)))
            .collect();
        hovers.push((xy, format!("{}\n{}", step.label, best.join(" · "))));
    }
    for (i, id) in typology.ring.iter().enumerate() {
        if let Some(model) = typology.model(id) {
            hovers.push((
                ring_vertex(i, count),
                format!("{} — {}\n{}", model.id, model.name, model.description),
            ));
        }
    }
    let path: Vec<(usize, [f64; 2])> = steps
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.analysis.barycentre.map(|p| (i, p)))
        .collect();
    let outline_colour = ui.visuals().weak_text_color();
    let ink = ui.visuals().strong_text_color();
    let height = width * 0.82;
    let painter = ui.painter().clone();
    let mut room = LabelRoom::new((width, height), ([-1.5, 1.5], [-1.25, 1.25]));
    for (i, id) in typology.ring.iter().enumerate() {
        let v = ring_vertex(i, count);
        let (pos, anchor) = vertex_label_place(v);
        room.take_text(&painter, id, pos, anchor);
        room.take_point(v, 7.0);
    }
    let response = fixed_plot("heptagon", width, height)
        .include_x(-1.5)
        .include_x(1.5)
        .include_y(-1.25)
        .include_y(1.25)
        .show(ui, |plot| {
            let outline: Vec<[f64; 2]> = (0..count).map(|i| ring_vertex(i, count)).collect();
            plot.polygon(
                Polygon::new("heptagone", PlotPoints::from(outline))
                    .fill_color(Color32::TRANSPARENT)
                    .stroke(egui::Stroke::new(1.0, outline_colour))
                    .allow_hover(false),
            );
            for (i, id) in typology.ring.iter().enumerate() {
                let Some(model) = typology.model(id) else {
                    continue;
                };
                let v = ring_vertex(i, count);
                model_mark(plot, (id, colour(model.rgb())), v, vertex_label_place(v));
            }
            path_items((&painter, plot), (steps, &path), &mut room, ink);
        });
    point_tooltip(&response, &hovers);
    response.response
}
