//! The plots of the report, drawn with the same geometry as the window: the ternary map with
//! the path of the snapshots, the barycentre heptagon, the closeness bars and the composition.

use super::document::{Page, Style};
use crate::analysis::{
    Analysis, LabelBox, LabelSide, TrajectoryPoint, Typology, anchor_groups, anchor_label_side,
    label_groups, place_label, ring_vertex, ternary_grid,
};
use crate::format::percent;
use crate::palette::{self, Rgb};

/// A colour mixed with white, `amount` 0 (unchanged) to 1 (white).
pub fn lighter([r, g, b]: Rgb, amount: f32) -> Rgb {
    let mix = |c: u8| (f32::from(c) + (255.0 - f32::from(c)) * amount).round() as u8;
    [mix(r), mix(g), mix(b)]
}

/// Where a ternary map sits on the page: maps plot units (the triangle of side 1) to points.
#[derive(Clone, Debug)]
pub struct TernaryBox {
    left: f32,
    top: f32,
    side: f32,
    /// What the frame wrote (poles, model names, diamonds), in page points, for the labels
    /// drawn on it to keep clear of.
    pub taken: Vec<LabelBox>,
}

/// The box of a text written at `[x, y]` (its baseline) with `style`, in page points.
fn text_box([x, y]: [f32; 2], text: &str, style: Style) -> LabelBox {
    let w = super::fonts::width(text, style.size, style.bold);
    let h = f64::from(style.size) * 1.2;
    let left = f64::from(style.align.start(x, w));
    let w = f64::from(w);
    LabelBox {
        min: [left, f64::from(y) - f64::from(style.size)],
        size: [w, h],
    }
}

impl TernaryBox {
    pub fn at(&self, [x, y]: [f64; 2]) -> [f32; 2] {
        let h = 3f64.sqrt() / 2.0;
        [
            self.left + x as f32 * self.side,
            self.top + (h - y) as f32 * self.side,
        ]
    }
}

/// The triangle, its grid, its poles and the model anchors in a square box at `origin` of side
/// `size` points; returns where it is, for what is drawn on it.
pub fn ternary_frame(
    page: &mut Page,
    origin: [f32; 2],
    size: f32,
    typology: &Typology,
) -> TernaryBox {
    let h = 3f64.sqrt() / 2.0;
    // The triangle takes 70 % of the box; the rest is for the labels.
    let side = size * 0.7;
    let mut frame = TernaryBox {
        left: origin[0] + (size - side) / 2.0,
        top: origin[1] + size * 0.1,
        side,
        taken: Vec::new(),
    };
    let at = |xy| frame.at(xy);
    let mut taken = Vec::new();
    page.polygon(
        vec![at([0.0, 0.0]), at([1.0, 0.0]), at([0.5, h])],
        None,
        Some((1.0, palette::INK)),
    );
    for [a, b] in ternary_grid() {
        page.line(at(a), at(b), 0.4, palette::GRID);
    }
    let pole = Style::new(8.0).bold();
    let [tx, ty] = at([0.5, h]);
    let [lx, ly] = at([0.0, 0.0]);
    let [rx, ry] = at([1.0, 0.0]);
    taken.push(text_box([tx, ty - 8.0], TOP_POLE, pole.centre()));
    page.text([tx, ty - 8.0], TOP_POLE, pole.centre());
    // The bottom poles under their corners; from the box's edges when the triangle is too
    // narrow for both; on two lines each when even the box is: never one over the other.
    let (left_x, right_x) = match bottom_poles(size) {
        BottomPoles::UnderCorners => (lx, rx),
        BottomPoles::FromEdges | BottomPoles::TwoLines => (origin[0], origin[0] + size),
    };
    for (x, y, text, style) in [
        (left_x, ly, LEFT_POLE, pole),
        (right_x, ry, RIGHT_POLE, pole.right()),
    ] {
        let lines: Vec<&str> = match bottom_poles(size) {
            BottomPoles::TwoLines => text.splitn(2, ' ').collect(),
            _ => vec![text],
        };
        for (n, line) in lines.into_iter().enumerate() {
            let pos = [x, y + 26.0 + POLE_LEADING * n as f32];
            taken.push(text_box(pos, line, style));
            page.text(pos, line, style);
        }
    }

    for group in anchor_groups(typology) {
        let colour = group
            .models
            .first()
            .and_then(|id| typology.model(id))
            .map_or(palette::MUTED, |m| m.rgb());
        let [x, y] = at(group.xy);
        let d = 4.5;
        page.polygon(
            vec![[x, y - d], [x + d, y], [x, y + d], [x - d, y]],
            Some(colour),
            Some((0.5, palette::INK)),
        );
        let label = group.models.join(" · ");
        let style = Style::new(8.0).bold().colour(colour);
        let (pos, style) = match anchor_label_side(group.xy) {
            LabelSide::Left => ([x - 7.0, y + 3.0], style.right()),
            LabelSide::Right => ([x + 7.0, y + 3.0], style),
            LabelSide::Below => ([x, y + 13.0], style.centre()),
        };
        taken.push(text_box(pos, &label, style));
        taken.push(LabelBox::centred(
            [f64::from(x), f64::from(y)],
            [f64::from(d) * 2.0, f64::from(d) * 2.0],
        ));
        page.text(pos, label, style);
    }
    frame.taken = taken;
    frame
}

/// The height the ternary map of width `size` takes: the triangle and the poles' names under it.
pub fn ternary_height(size: f32) -> f32 {
    let second_line = match bottom_poles(size) {
        BottomPoles::TwoLines => POLE_LEADING,
        _ => 0.0,
    };
    size * (0.1 + 0.7 * 3f32.sqrt() / 2.0) + 30.0 + second_line
}

const TOP_POLE: &str = "Subventions publiques";
const LEFT_POLE: &str = "Ressources privées";
const RIGHT_POLE: &str = "Revenus d'activité";
/// From one line of a pole's name to the next, when it takes two.
const POLE_LEADING: f32 = 10.0;

/// Where the two bottom poles' names go on a map `size` points wide.
enum BottomPoles {
    UnderCorners,
    FromEdges,
    TwoLines,
}

fn bottom_poles(size: f32) -> BottomPoles {
    let pole = Style::new(8.0).bold();
    let both = pole.width(LEFT_POLE) + pole.width(RIGHT_POLE) + 8.0;
    if both <= size * 0.7 {
        BottomPoles::UnderCorners
    } else if both <= size {
        BottomPoles::FromEdges
    } else {
        BottomPoles::TwoLines
    }
}

/// The ternary map `size` points wide at `origin`, with the path of the snapshots; it takes
/// `ternary_height(size)`.
pub fn ternary(
    page: &mut Page,
    origin: [f32; 2],
    size: f32,
    typology: &Typology,
    path: &[TrajectoryPoint],
) {
    let frame = ternary_frame(page, origin, size, typology);
    let points: Vec<(usize, [f64; 2])> = path
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.ternary.map(|t| (i, t.to_xy())))
        .collect();
    let bounds = LabelBox {
        min: [f64::from(origin[0]), f64::from(origin[1])],
        size: [f64::from(size), f64::from(ternary_height(size))],
    };
    let taken = frame.taken.clone();
    path_on(page, |xy| frame.at(xy), (&points, path), taken, bounds);
}

/// The height the barycentre heptagon of width `size` takes, the models' names included.
pub fn barycentre_height(size: f32) -> f32 {
    // From the top vertex (y = 1) to the lowest ones (y = −0.90), a name above and below.
    size * 0.35 * 1.91 + 34.0
}

/// The barycentre heptagon `size` points wide at `origin`: the seven models at the vertices in
/// the typology's ring order, each snapshot at Σ closeness × vertex, with its path; it takes
/// `barycentre_height(size)`.
pub fn barycentre(
    page: &mut Page,
    origin: [f32; 2],
    size: f32,
    typology: &Typology,
    path: &[TrajectoryPoint],
) {
    let count = typology.ring.len();
    // The unit heptagon takes 70 % of the box, the rest is for the models' names.
    let radius = size * 0.35;
    let centre = [origin[0] + size / 2.0, origin[1] + 17.0 + radius];
    let at = |[x, y]: [f64; 2]| [centre[0] + x as f32 * radius, centre[1] - y as f32 * radius];
    let outline: Vec<[f32; 2]> = (0..count).map(|i| at(ring_vertex(i, count))).collect();
    page.polygon(outline, None, Some((0.8, palette::GRID)));
    let mut taken = Vec::new();
    for (i, id) in typology.ring.iter().enumerate() {
        let v = ring_vertex(i, count);
        let [x, y] = at(v);
        let colour = typology.model(id).map_or(palette::MUTED, |m| m.rgb());
        let d = 4.5;
        page.polygon(
            vec![[x, y - d], [x + d, y], [x, y + d], [x - d, y]],
            Some(colour),
            Some((0.5, palette::INK)),
        );
        let style = Style::new(8.0).bold().colour(colour);
        let (pos, style) = if v[0] > 0.2 {
            ([x + 7.0, y + 3.0], style)
        } else if v[0] < -0.2 {
            ([x - 7.0, y + 3.0], style.right())
        } else if v[1] > 0.0 {
            ([x, y - 7.0], style.centre())
        } else {
            ([x, y + 13.0], style.centre())
        };
        taken.push(text_box(pos, id, style));
        taken.push(LabelBox::centred(
            [f64::from(x), f64::from(y)],
            [f64::from(d) * 2.0, f64::from(d) * 2.0],
        ));
        page.text(pos, id.clone(), style);
    }
    let points: Vec<(usize, [f64; 2])> = path
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.barycentre.map(|b| (i, b)))
        .collect();
    let bounds = LabelBox {
        min: [f64::from(origin[0]), f64::from(origin[1])],
        size: [f64::from(size), f64::from(barycentre_height(size))],
    };
    path_on(page, at, (&points, path), taken, bounds);
}

/// The snapshots' points, the arrows between them and their labels, placed clear of what the
/// plot already holds (`taken`, in page points) with a leader line when they stand away.
fn path_on(
    page: &mut Page,
    at: impl Fn([f64; 2]) -> [f32; 2],
    (points, path): (&[(usize, [f64; 2])], &[TrajectoryPoint]),
    mut taken: Vec<LabelBox>,
    bounds: LabelBox,
) {
    for pair in points.windows(2) {
        if let [(_, a), (_, b)] = pair {
            arrow(page, at(*a), at(*b), palette::ORGANISATION);
        }
    }
    for (i, xy) in points {
        let Some(p) = path.get(*i) else { continue };
        if p.target {
            page.circle(
                at(*xy),
                3.5,
                Some([255, 255, 255]),
                Some((1.2, palette::TARGET)),
            );
        } else {
            page.circle(at(*xy), 3.5, Some(palette::ORGANISATION), None);
        }
    }
    for (_, xy) in points {
        let [x, y] = at(*xy);
        taken.push(LabelBox::centred([f64::from(x), f64::from(y)], [8.0, 8.0]));
    }
    for (xy, members) in label_groups(points, 0.03) {
        let names: Vec<&str> = members
            .iter()
            .filter_map(|i| path.get(*i))
            .map(|p| p.label.as_str())
            .collect();
        let target = members
            .iter()
            .filter_map(|i| path.get(*i))
            .all(|p| p.target);
        let colour = if target {
            palette::TARGET
        } else {
            palette::ORGANISATION
        };
        let style = Style::new(7.5).colour(colour);
        let text = names.join(" · ");
        let [x, y] = at(xy);
        let size = [f64::from(super::fonts::width(&text, 7.5, false)) + 2.0, 9.0];
        let placed = place_label([f64::from(x), f64::from(y)], size, 3.0, &mut taken, bounds);
        let [cx, cy] = placed.area.centre();
        if placed.far {
            let [ex, ey] = placed.area.nearest([f64::from(x), f64::from(y)]);
            page.line([x, y], [ex as f32, ey as f32], 0.4, lighter(colour, 0.4));
        }
        page.text([cx as f32, cy as f32 + 2.7], text, style.centre());
    }
}

/// A line from `a` to `b` ending in a small head, stopping short of the point at `b`.
pub fn arrow(page: &mut Page, a: [f32; 2], b: [f32; 2], colour: Rgb) {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len = dx.hypot(dy);
    if len < 8.0 {
        return;
    }
    let (ux, uy) = (dx / len, dy / len);
    let tip = [b[0] - ux * 5.0, b[1] - uy * 5.0];
    page.line(a, tip, 0.9, colour);
    let back = [tip[0] - ux * 5.0, tip[1] - uy * 5.0];
    let (nx, ny) = (-uy * 2.5, ux * 2.5);
    page.polygon(
        vec![
            tip,
            [back[0] + nx, back[1] + ny],
            [back[0] - nx, back[1] - ny],
        ],
        Some(colour),
        None,
    );
}

/// The height of a model's row of closeness bars: room for a name on two lines.
pub const CLOSENESS_ROW: f32 = 16.0;

/// The closeness bars in a box at `origin`, `width` wide; returns the height used.
pub fn closeness(
    page: &mut Page,
    origin: [f32; 2],
    width: f32,
    analysis: &Analysis,
    typology: &Typology,
) -> f32 {
    let row = CLOSENESS_ROW;
    let label_w = 150.0;
    let value_w = 30.0;
    let bar_max = width - label_w - value_w - 6.0;
    // The model(s) the rules retain stand out, as in the window.
    let kept = crate::analysis::retained(&analysis.classification);
    if analysis.weights.is_empty() {
        page.text(
            [origin[0], origin[1] + 10.0],
            "Pas de ressources monétaires : pas de proximité calculée.",
            Style::new(8.0).colour(palette::MUTED),
        );
        return row;
    }
    for (i, w) in analysis.weights.iter().enumerate() {
        let y = origin[1] + i as f32 * row;
        let model = typology.model(&w.model);
        let name = model.map_or(w.model.clone(), |m| format!("{} {}", m.id, m.name));
        let dominant = kept.contains(&w.model.as_str());
        let text_style = if dominant {
            Style::new(7.0).bold()
        } else {
            Style::new(7.0)
        };
        // A long name takes a second line rather than being cut.
        let lines = super::fonts::wrap(&name, 7.0, dominant, label_w - 4.0);
        let first = if lines.len() > 1 { y + 7.0 } else { y + 11.0 };
        for (n, line) in lines.iter().take(2).enumerate() {
            page.text(
                [origin[0], first + n as f32 * 8.0],
                line.clone(),
                text_style,
            );
        }
        let colour = model.map_or(palette::MUTED, |m| m.rgb());
        let fill = if dominant {
            colour
        } else {
            lighter(colour, 0.55)
        };
        let bar = (w.weight as f32 * bar_max).max(0.5);
        page.rect(
            [origin[0] + label_w, y + 2.5, bar, row - 5.0],
            Some(fill),
            Some((0.4, palette::INK)),
        );
        page.text(
            [origin[0] + label_w + bar + 4.0, y + 10.5],
            percent(w.weight),
            text_style,
        );
    }
    row * analysis.weights.len() as f32
}

/// The composition of monetary resources of each snapshot: one horizontal bar of 100 % per
/// snapshot, a colour per group, with a legend of the groups present; returns its height.
pub fn composition(
    page: &mut Page,
    origin: [f32; 2],
    width: f32,
    steps: &[(String, Option<crate::analysis::GroupAmounts>)],
) -> f32 {
    use crate::model::Group;
    let label_w = 62.0;
    let bar_w = width - label_w;
    let row = 13.0;
    let small = Style::new(6.8);
    let mut y = origin[1];
    for (label, shares) in steps {
        page.text(
            [origin[0], y + 8.5],
            super::fonts::fit(label, 6.8, false, label_w - 4.0),
            small,
        );
        let mut x = origin[0] + label_w;
        match shares {
            Some(shares) => {
                for (i, group) in Group::COUNTED.iter().enumerate() {
                    let w = shares.get(*group) as f32 * bar_w;
                    if w > 0.0 {
                        page.rect([x, y + 1.5, w, row - 3.0], Some(palette::group(i)), None);
                        x += w;
                    }
                }
            }
            None => page.text([x, y + 8.5], "pas de ressources monétaires", small),
        }
        y += row;
    }
    // The legend: the groups present in at least one snapshot, wrapped on the width.
    let present: Vec<(usize, Group)> = Group::COUNTED
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, g)| {
            steps
                .iter()
                .any(|(_, s)| s.as_ref().is_some_and(|s| s.get(*g) > 0.0))
        })
        .collect();
    let mut x = origin[0];
    y += 4.0;
    for (i, group) in present {
        let text = format!("{} ({})", group.label(), group.code());
        let w = super::fonts::width(&text, 6.3, false) + 14.0;
        if x + w > origin[0] + width {
            x = origin[0];
            y += 9.0;
        }
        page.rect([x, y + 1.0, 6.0, 6.0], Some(palette::group(i)), None);
        page.text([x + 8.0, y + 6.5], text, Style::new(6.3));
        x += w;
    }
    y + 10.0 - origin[1]
}
