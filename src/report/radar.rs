//! The levers' radar of the autodiagnostic on the PDF page: the same axes, names and colours as
//! the window's (`analysis::autodiagnostic::radar`), the latest round filled, the one before in
//! outline, and a legend with their dates.

use super::document::{Page, Style};
use super::fonts;
use super::plots::lighter;
use crate::analysis::autodiagnostic::RoundResult;
use crate::analysis::autodiagnostic::radar::{self, LabelSide, share};
use crate::palette;

/// The radius of the outer ring, in points.
const RADIUS: f32 = 72.0;
/// The names' size and leading.
const NAME: f32 = 9.0;
const LEADING: f32 = 11.0;
/// The legend's line.
const LEGEND: f32 = 20.0;

/// The colours of a round: the latest filled in the colour of money, the one before in outline.
pub const LATEST: palette::Rgb = palette::MONEY;
pub const BEFORE: palette::Rgb = palette::MUTED;

/// The height the radar of `result` `width` points wide takes, its names and legend included.
pub fn radar_height(result: &RoundResult, width: f32) -> f32 {
    let [above, below] = names_room(result, width);
    above + below + 2.0 * RADIUS * radar::LABEL_AT as f32 + LEGEND
}

/// Each part's name in lines that fit beside its axis's end, with the side it goes.
fn names(result: &RoundResult, width: f32) -> Vec<(LabelSide, Vec<String>)> {
    let count = radar::axes(result.sections.len());
    let centre = width / 2.0;
    result
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let end = radar::axis(i, count, radar::LABEL_AT);
            let side = radar::label_side(end);
            let x = centre + end[0] as f32 * RADIUS;
            // As many lines as their side leaves room for: never past the box.
            let room = match side {
                LabelSide::Right => width - x,
                LabelSide::Left => x,
                LabelSide::Above | LabelSide::Below => width,
            };
            (side, fonts::wrap(&s.name, NAME, false, room - 2.0))
        })
        .collect()
}

/// The room the names above the top and below the bottom of the radar take.
fn names_room(result: &RoundResult, width: f32) -> [f32; 2] {
    let mut room = [LEADING, LEADING];
    for (side, lines) in names(result, width) {
        let height = lines.len() as f32 * LEADING + 4.0;
        match side {
            LabelSide::Above => room[0] = room[0].max(height),
            LabelSide::Below => room[1] = room[1].max(height),
            LabelSide::Left | LabelSide::Right => {}
        }
    }
    room
}

/// A round drawn on the radar: its result and its date.
pub struct Drawn<'a> {
    pub result: &'a RoundResult,
    pub date: &'a str,
}

/// The radar `width` points wide from `[left, top]`; it takes `radar_height()`.
pub fn radar_plot(
    page: &mut Page,
    [left, top]: [f32; 2],
    width: f32,
    now: Drawn<'_>,
    before: Option<Drawn<'_>>,
) {
    let sections = &now.result.sections;
    let count = radar::axes(sections.len());
    let [above, _] = names_room(now.result, width);
    let centre = [
        left + width / 2.0,
        top + above + RADIUS * radar::LABEL_AT as f32,
    ];
    let at = |[x, y]: [f64; 2]| [centre[0] + x as f32 * RADIUS, centre[1] - y as f32 * RADIUS];
    let axis = |i: usize, r: f64| at(radar::axis(i, count, r));
    for ring in radar::RINGS {
        let points = (0..count).map(|i| axis(i, ring)).collect();
        page.polygon(points, None, Some((0.5, palette::GRID)));
    }
    let name = Style::new(NAME);
    for (i, (side, lines)) in names(now.result, width).into_iter().enumerate() {
        page.line(centre, axis(i, 1.0), 0.5, palette::GRID);
        let [x, y] = axis(i, radar::LABEL_AT);
        let n = lines.len() as f32;
        for (k, line) in lines.into_iter().enumerate() {
            let k = k as f32;
            let (pos, style) = match side {
                LabelSide::Right => ([x, y + NAME / 3.0 + (k - (n - 1.0) / 2.0) * LEADING], name),
                LabelSide::Left => (
                    [x, y + NAME / 3.0 + (k - (n - 1.0) / 2.0) * LEADING],
                    name.right(),
                ),
                LabelSide::Above => ([x, y - (n - 1.0 - k) * LEADING], name.centre()),
                LabelSide::Below => ([x, y + NAME + k * LEADING], name.centre()),
            };
            page.text(pos, line, style);
        }
    }
    let outline = |result: &RoundResult| -> Vec<[f32; 2]> {
        // Part by part, by the part's id: a part the other round lacks stays at the centre.
        sections
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let r = result
                    .sections
                    .iter()
                    .find(|b| b.section == s.section)
                    .map_or(0.0, |b| share(&b.score));
                axis(i, r)
            })
            .collect()
    };
    // The latest round's surface, the round before's outline over it (the page has no
    // transparency), then the latest round's outline.
    page.polygon(outline(now.result), Some(lighter(LATEST, 0.75)), None);
    if let Some(before) = &before {
        page.polygon(outline(before.result), None, Some((1.6, BEFORE)));
    }
    page.polygon(outline(now.result), None, Some((2.0, LATEST)));

    // The legend: a square in each round's colour, then its date.
    let legend = Style::new(8.0);
    let label = |date: &str, fallback: &str| {
        if date.is_empty() {
            fallback.to_owned()
        } else {
            date.to_owned()
        }
    };
    let mut entries = vec![(
        label(now.date, "dernier tour"),
        Some(lighter(LATEST, 0.75)),
        LATEST,
    )];
    if let Some(before) = &before {
        entries.push((label(before.date, "tour précédent"), None, BEFORE));
    }
    let widths: f32 = entries
        .iter()
        .map(|(text, _, _)| 12.0 + legend.width(text) + 16.0)
        .sum();
    let mut x = left + (width - widths + 16.0) / 2.0;
    let y = top + radar_height(now.result, width) - 6.0;
    for (text, fill, stroke) in entries {
        page.rect([x, y - 7.0, 8.0, 8.0], fill, Some((1.2, stroke)));
        let w = legend.width(&text);
        page.text([x + 12.0, y], text, legend);
        x += 12.0 + w + 16.0;
    }
}
