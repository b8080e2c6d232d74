//! The plot kit of the ternary maps (position, comparison, portfolio): the triangle with its
//! grid, poles and model anchors, fixed plots, and hover texts read as ordinary tooltips.

use egui::{Align2, Color32, RichText};
use egui_plot::{Line, MarkerShape, Plot, PlotPoint, PlotPoints, Points, Polygon, Text};

use super::colours::colour;
use crate::analysis::{
    LabelSide, Ternary, Typology, anchor_groups, anchor_label_side, ternary_grid,
};
use crate::format::percent;

/// What hovering a point of a plot says: its place in plot units and its text.
pub type Hovers = Vec<([f64; 2], String)>;

/// Shows the text of the point under the pointer, as an ordinary tooltip (readable by screen
/// readers, unlike text painted inside the plot).
pub fn point_tooltip(response: &egui_plot::PlotResponse<()>, hovers: &Hovers) {
    let Some(pointer) = response.response.hover_pos() else {
        return;
    };
    let nearest = hovers
        .iter()
        .map(|(xy, text)| {
            let at = response
                .transform
                .position_from_point(&PlotPoint::new(xy[0], xy[1]));
            (at.distance(pointer), text)
        })
        .filter(|(d, _)| *d <= 14.0)
        .min_by(|a, b| a.0.total_cmp(&b.0));
    if let Some((_, text)) = nearest {
        response.response.show_tooltip_text(text.as_str());
    }
}

pub fn fixed_plot(id: &str, width: f32, height: f32) -> Plot<'static> {
    Plot::new(id)
        .width(width)
        .height(height)
        .data_aspect(1.0)
        .show_axes(false)
        .show_grid(false)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
}

/// Colours of the ternary map in the current theme.
#[derive(Clone, Copy)]
pub struct MapColours {
    pub text: Color32,
    pub ink: Color32,
    pub grid: Color32,
}

impl MapColours {
    pub fn of(ui: &egui::Ui) -> MapColours {
        MapColours {
            text: ui.visuals().text_color(),
            ink: ui.visuals().strong_text_color(),
            grid: ui.visuals().weak_text_color().gamma_multiply(0.5),
        }
    }
}

/// The part of the plot range a ternary map `width` points wide needs, labels included (x, y):
/// a narrow map writes the bottom poles on two lines, lower.
pub fn ternary_range(width: f32) -> ([f64; 2], [f64; 2]) {
    let h = 3f64.sqrt() / 2.0;
    let bottom = if width < ROOMY_MAP { -0.3 } else { -0.16 };
    ([-0.18, 1.18], [bottom, h + 0.12])
}

/// The plot `width` points wide showing the whole ternary map, labels included.
pub fn ternary_bounds(plot: Plot<'_>, width: f32) -> Plot<'_> {
    let ([left, right], [bottom, top]) = ternary_range(width);
    plot.include_x(left)
        .include_x(right)
        .include_y(bottom)
        .include_y(top)
}

/// What hovering a model anchor says: its models and their descriptions.
pub fn anchor_hovers(typology: &Typology) -> Hovers {
    anchor_groups(typology)
        .into_iter()
        .map(|group| {
            let text = group
                .models
                .iter()
                .filter_map(|id| typology.model(id))
                .map(|m| format!("{} — {}\n{}", m.id, m.name, m.description))
                .collect::<Vec<_>>()
                .join("\n\n");
            (group.xy, text)
        })
        .collect()
}

/// The triangle, its grid, the three poles and the model anchors.
pub fn ternary_base(plot: &mut egui_plot::PlotUi<'_>, typology: &Typology, c: MapColours) {
    let h = 3f64.sqrt() / 2.0;
    let triangle = vec![[0.0, 0.0], [1.0, 0.0], [0.5, h]];
    plot.polygon(
        Polygon::new("triangle", PlotPoints::from(triangle))
            .fill_color(Color32::TRANSPARENT)
            .stroke(egui::Stroke::new(1.5, c.text))
            .allow_hover(false),
    );
    for [a, b] in ternary_grid() {
        plot.line(
            Line::new("grille", PlotPoints::from(vec![a, b]))
                .color(c.grid)
                .width(1.0)
                .allow_hover(false),
        );
    }
    for (text, pos, anchor) in pole_labels(plot.transform().frame().width()) {
        plot.text(
            Text::new(
                text,
                PlotPoint::new(pos[0], pos[1]),
                RichText::new(text).strong().size(14.0),
            )
            .anchor(anchor)
            .allow_hover(false),
        );
    }
    for group in anchor_groups(typology) {
        let name = group.models.join(" · ");
        let fill = group
            .models
            .first()
            .and_then(|id| typology.model(id))
            .map_or(Color32::GRAY, |m| colour(m.rgb()));
        // Labels go outward from the centre of the triangle, away from the path.
        model_mark(plot, (&name, fill), group.xy, anchor_label_place(group.xy));
    }
}

/// A model on a map: its diamond at `xy` in its colour, and its name at `label` (a place and
/// the side of the text anchored there).
pub fn model_mark(
    plot: &mut egui_plot::PlotUi<'_>,
    (name, fill): (&str, Color32),
    xy: [f64; 2],
    (pos, anchor): ([f64; 2], Align2),
) {
    plot.points(
        Points::new(format!("modèle {name}"), vec![xy])
            .shape(MarkerShape::Diamond)
            .radius(7.0)
            .color(fill),
    );
    plot.text(
        Text::new(
            format!("étiquette {name}"),
            PlotPoint::new(pos[0], pos[1]),
            RichText::new(name).color(fill).strong().size(LABEL_SIZE),
        )
        .anchor(anchor)
        .allow_hover(false),
    );
}

/// Below this width (in points) the two bottom poles' names start from the map's edges rather
/// than from the triangle's corners, so that they never run into each other (a narrow window,
/// text at 130 %).
const ROOMY_MAP: f32 = 480.0;

/// The three poles' names, where a map `width` points wide writes them: on a narrow map the
/// bottom two start from the edges, on two lines each.
fn pole_labels(width: f32) -> [(&'static str, [f64; 2], Align2); 3] {
    let h = 3f64.sqrt() / 2.0;
    let narrow = width < ROOMY_MAP;
    let outward = if narrow { 0.16 } else { 0.0 };
    // Below the models' names under the base (« M1 · M7 »).
    let low = if narrow { -0.12 } else { -0.08 };
    let (left, right) = if narrow {
        ("Ressources\nprivées", "Revenus\nd'activité")
    } else {
        ("Ressources privées", "Revenus d'activité")
    };
    [
        (
            "Subventions publiques",
            [0.5, h + 0.06],
            Align2::CENTER_BOTTOM,
        ),
        (left, [-outward, low], Align2::LEFT_TOP),
        (right, [1.0 + outward, low], Align2::RIGHT_TOP),
    ]
}

/// Every fixed label of a ternary map `width` points wide (poles and model anchors) with its
/// place, so that the organisation's labels can keep clear of them.
pub fn ternary_labels(typology: &Typology, width: f32) -> Vec<(String, [f64; 2], Align2)> {
    let mut labels: Vec<(String, [f64; 2], Align2)> = pole_labels(width)
        .into_iter()
        .map(|(t, p, a)| (t.to_owned(), p, a))
        .collect();
    labels.extend(anchor_groups(typology).into_iter().map(|group| {
        let (pos, anchor) = anchor_label_place(group.xy);
        (group.models.join(" · "), pos, anchor)
    }));
    labels
}

/// What hovering a point of the ternary map says about one snapshot.
pub fn ternary_hover(label: &str, t: &Ternary, position: &str) -> String {
    format!(
        "{label}\nSubventions publiques : {}\nRessources privées : {}\nRevenus d'activité : {}\n{position}",
        percent(t.subsidies),
        percent(t.private),
        percent(t.activity),
    )
}

/// Where to write a model anchor's label on the ternary map.
pub fn anchor_label_place(xy: [f64; 2]) -> ([f64; 2], Align2) {
    let [x, y] = xy;
    let gap = 0.035;
    match anchor_label_side(xy) {
        LabelSide::Left => ([x - gap, y], Align2::RIGHT_CENTER),
        LabelSide::Right => ([x + gap, y], Align2::LEFT_CENTER),
        LabelSide::Below => ([x, y - gap], Align2::CENTER_TOP),
    }
}

/// Size of the labels drawn inside the plots.
pub const LABEL_SIZE: f32 = 13.0;
