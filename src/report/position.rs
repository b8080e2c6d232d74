//! The position page of the report: the key figures, the position in words, the ternary map,
//! the closeness bars, the barycentre heptagon, the composition of every snapshot, and
//! « Pourquoi ? » flowing onto a next page only when it does not fit. The plots take the room
//! the text leaves them, between a floor and a ceiling, so that the page is full, not cramped.

use super::document::{Page, Style};
use super::flow::{self, Flow, Line};
use super::fonts;
use super::layout::{Frame, MARGIN, paragraph, title_block};
use super::plots;
use crate::analysis::{GroupAmounts, POLES, analyse, trajectory};
use crate::format::percent;
use crate::palette;

const SUBTITLE: &str = "Modèle socio-économique";

pub(super) fn position_pages(f: &Frame<'_>) -> Vec<Page> {
    let mut page = Page::default();
    let mut y = title_block(&mut page, f, &f.heading(SUBTITLE));
    y = key_figures(&mut page, f, y);
    y = position_heading(&mut page, f, y);

    let landscape = f.width > f.height;
    let legend_style = Style::new(7.0).colour(palette::MUTED);
    let legend = format!(
        "Sur la carte : losanges, les modèles types ; points pleins, les années ; cercles, les cibles ; les flèches suivent les instantanés dans l'ordre. {POLES}"
    );
    let legend_lines = flow::lines(&legend, legend_style, 0.0, f.inner_width());
    let why = why_lines(f, f.inner_width());
    let path = trajectory(f.case, f.typology);
    let steps: Vec<(String, Option<GroupAmounts>)> = f
        .case
        .snapshots
        .iter()
        .map(|s| (s.label.clone(), analyse(f.case, s, f.typology).shares))
        .collect();

    // What the text below needs decides how large the plots can be.
    let below = flow::height(&legend_lines) + 10.0 + flow::height(&why);
    let room = f.bottom() - y - below - 10.0;
    let plots_end = if landscape {
        landscape_plots(&mut page, f, y, room, (&path, &steps))
    } else {
        portrait_plots(&mut page, f, y, room, (&path, &steps))
    };
    let mut flow = Flow::new(page, plots_end + 8.0, f.bottom(), |page| {
        title_block(page, f, &f.heading(&format!("{SUBTITLE} (suite)")))
    });
    flow.write(MARGIN, legend_lines);
    flow.write(MARGIN, vec![flow::gap(10.0)]);
    flow.write(MARGIN, why);
    flow.finish()
}

/// The eight key figures in boxes, four a row; returns the next `y`.
fn key_figures(page: &mut Page, f: &Frame<'_>, y: f32) -> f32 {
    let figures = crate::analysis::key_figures(&f.analysis.totals);
    let per_row = 4;
    let box_w = f.inner_width() / per_row as f32;
    for (i, figure) in figures.iter().enumerate() {
        let x = MARGIN + (i % per_row) as f32 * box_w;
        let top = y + (i / per_row) as f32 * 36.0;
        page.rect(
            [x + 1.5, top, box_w - 3.0, 32.0],
            Some([244, 246, 248]),
            None,
        );
        let label = fonts::fit(figure.label, 7.0, false, box_w - 12.0);
        page.text(
            [x + 7.0, top + 11.0],
            label,
            Style::new(7.0).colour(palette::MUTED),
        );
        page.text(
            [x + 7.0, top + 25.0],
            figure.value.clone(),
            Style::new(11.0).bold(),
        );
    }
    y + 36.0 * figures.len().div_ceil(per_row) as f32 + 16.0
}

/// « Position : Subventions publiques (M4) / … · confiance faible », the models in words, on
/// as many lines as it needs; returns the next `y`.
fn position_heading(page: &mut Page, f: &Frame<'_>, y: f32) -> f32 {
    let c = &f.analysis.classification;
    let colour = c
        .model
        .as_deref()
        .and_then(|id| f.typology.model(id))
        .map_or(palette::MUTED, |m| m.rgb());
    page.rect(
        [MARGIN, y - 11.0, 12.0, 12.0],
        Some(colour),
        Some((0.5, palette::INK)),
    );
    let heading = Style::new(13.0).bold();
    paragraph(
        page,
        MARGIN + 18.0,
        y,
        &format!(
            "Position : {}",
            crate::text::headline(c, crate::text::Lang::Fr)
        ),
        heading,
        f.inner_width() - 18.0,
    ) - heading.size * 1.35
        + 14.0
}

type Plotted<'a> = (
    &'a [crate::analysis::TrajectoryPoint],
    &'a [(String, Option<GroupAmounts>)],
);

/// Portrait: the map over the composition on the left, the bars over the heptagon on the
/// right; returns the `y` under the taller column.
fn portrait_plots(
    page: &mut Page,
    f: &Frame<'_>,
    y: f32,
    room: f32,
    (path, steps): Plotted<'_>,
) -> f32 {
    let title = Style::new(9.0).bold();
    let gap = 16.0;
    let left_w = f.inner_width() * 0.5;
    let right_w = f.inner_width() - left_w - gap;
    // The widths that fill the height the text leaves, within a floor and the column's width.
    let composition_h = composition_height(steps, left_w);
    let bars_h = plots::CLOSENESS_ROW * f.analysis.weights.len().max(1) as f32;
    let map_room = room - (14.0 + 16.0 + 6.0 + composition_h);
    // The floors let a position with a reference (its readings under « Pourquoi ? ») keep to
    // one page: the map's labels hold down to them.
    let map = widest(map_room, plots::ternary_height).clamp(MAP_FLOOR, left_w);
    let heptagon_room = room - (18.0 + bars_h + 14.0 + 4.0);
    let heptagon =
        widest(heptagon_room, plots::barycentre_height).clamp(HEPTAGON_FLOOR, right_w.min(230.0));
    let right_x = MARGIN + left_w + gap;

    page.text(
        [MARGIN, y + 10.0],
        "Carte ternaire des ressources monétaires",
        title,
    );
    plots::ternary(page, [MARGIN, y + 14.0], map, f.typology, path);
    let mut left = y + 14.0 + plots::ternary_height(map) + 16.0;
    page.text(
        [MARGIN, left],
        "Composition des ressources monétaires",
        title,
    );
    left += 6.0;
    left += plots::composition(page, [MARGIN, left], left_w, steps);

    page.text([right_x, y + 10.0], "Proximité aux sept modèles", title);
    let used = plots::closeness(page, [right_x, y + 18.0], right_w, f.analysis, f.typology);
    let mut right = y + 18.0 + used + 14.0;
    page.text([right_x, right], "Barycentre des sept modèles", title);
    right += 4.0;
    plots::barycentre(
        page,
        [right_x + (right_w - heptagon) / 2.0, right],
        heptagon,
        f.typology,
        path,
    );
    right += plots::barycentre_height(heptagon);
    left.max(right)
}

/// Landscape: the map, then the bars over the composition, then the heptagon, side by side;
/// returns the `y` under them.
fn landscape_plots(
    page: &mut Page,
    f: &Frame<'_>,
    y: f32,
    room: f32,
    (path, steps): Plotted<'_>,
) -> f32 {
    let title = Style::new(9.0).bold();
    let gap = 14.0;
    let inner = f.inner_width();
    let map = widest(room - 14.0, plots::ternary_height).clamp(180.0, inner * 0.34);
    let heptagon = (map * 0.8).min(inner * 0.26);
    let middle_x = MARGIN + map + gap;
    let middle_w = inner - map - heptagon - 2.0 * gap;
    let right_x = middle_x + middle_w + gap;

    page.text(
        [MARGIN, y + 10.0],
        "Carte ternaire des ressources monétaires",
        title,
    );
    plots::ternary(page, [MARGIN, y + 14.0], map, f.typology, path);
    page.text([middle_x, y + 10.0], "Proximité aux sept modèles", title);
    let used = plots::closeness(page, [middle_x, y + 18.0], middle_w, f.analysis, f.typology);
    let mut middle = y + 18.0 + used + 10.0;
    page.text(
        [middle_x, middle],
        "Composition des ressources monétaires",
        title,
    );
    middle += 6.0;
    middle += plots::composition(page, [middle_x, middle], middle_w, steps);
    page.text([right_x, y + 10.0], "Barycentre des sept modèles", title);
    plots::barycentre(page, [right_x, y + 14.0], heptagon, f.typology, path);
    (y + 14.0 + plots::ternary_height(map))
        .max(middle)
        .max(y + 14.0 + plots::barycentre_height(heptagon))
}

/// The smallest ternary map and heptagon of a portrait position page, in points.
const MAP_FLOOR: f32 = 135.0;
const HEPTAGON_FLOOR: f32 = 100.0;

/// The largest width whose `height` fits in `room` (heights grow linearly with the width).
pub(super) fn widest(room: f32, height: fn(f32) -> f32) -> f32 {
    let (at_zero, per_point) = (height(0.0), height(1.0) - height(0.0));
    (room - at_zero) / per_point
}

/// The composition's height at `width`, measured on a page that is thrown away.
fn composition_height(steps: &[(String, Option<GroupAmounts>)], width: f32) -> f32 {
    plots::composition(&mut Page::default(), [0.0, 0.0], width, steps)
}

/// « Pourquoi ? »: the facts, the qualifiers, the warnings, and the typology's caveat, as lines
/// `width` wide.
fn why_lines(f: &Frame<'_>, width: f32) -> Vec<Line> {
    let c = &f.analysis.classification;
    let mut out = flow::lines("Pourquoi ?", Style::new(11.0).bold(), 0.0, width);
    let body = Style::new(8.5);
    for fact in crate::text::reasons(c, crate::text::Lang::Fr) {
        out.extend(flow::led("•", body, &fact, body, width));
    }
    for q in &f.analysis.qualifiers {
        out.extend(flow::led(
            &format!("{} :", q.label),
            body.bold(),
            &crate::text::qualifier_detail(&q.detail, crate::text::Lang::Fr),
            body,
            width,
        ));
    }
    for warning in &f.analysis.warnings {
        let warning = crate::text::warning(warning, crate::text::Lang::Fr);
        out.extend(flow::lines(
            &format!("Attention : {warning}"),
            body.colour(palette::DECREASE),
            0.0,
            width,
        ));
    }
    if let (Some(reference), Some(shares)) = (f.reference, &f.analysis.shares) {
        out.push(flow::gap(6.0));
        out.extend(flow::lines(
            &format!("Se situer : {}", reference.title),
            Style::new(10.0).bold(),
            0.0,
            width,
        ));
        // A line per group, the case's share then each population's figure: compact enough
        // for the position to keep to one page.
        // What the populations' names share (« Ensemble des associations, ») is said by the
        // heading: each figure is named by the rest (« 2017 »).
        let shared = shared_start(reference.mixes.iter().map(|m| m.label.as_str()));
        let readings: Vec<(&str, Vec<crate::analysis::reference::Reading>)> = reference
            .mixes
            .iter()
            .map(|mix| {
                let label = mix.label.get(shared..).unwrap_or(&mix.label);
                (
                    if label.is_empty() { &mix.label } else { label },
                    mix.read(shares),
                )
            })
            .collect();
        let mut groups: Vec<(crate::model::Group, f64)> = Vec::new();
        for r in readings.iter().flat_map(|(_, read)| read) {
            if !groups.iter().any(|(g, _)| *g == r.group) {
                groups.push((r.group, r.share));
            }
        }
        for (group, share) in groups {
            let figures: Vec<String> = readings
                .iter()
                .filter_map(|(label, read)| {
                    let r = read.iter().find(|r| r.group == group)?;
                    let spread = match (r.q1, r.q3) {
                        (Some(q1), Some(q3)) => {
                            format!(", quartiles {} – {}", percent(q1), percent(q3))
                        }
                        _ => String::new(),
                    };
                    Some(format!(
                        "{label} : {}{spread}, {}",
                        percent(r.median),
                        r.standing.label()
                    ))
                })
                .collect();
            out.extend(flow::led(
                &format!("{} {} —", group.label(), percent(share)),
                body.bold(),
                &figures.join(" · "),
                body,
                width,
            ));
        }
        out.extend(flow::lines(
            &format!("Source de la référence : {}", reference.source),
            Style::new(7.0).colour(palette::MUTED),
            0.0,
            width,
        ));
    }
    out.push(flow::gap(6.0));
    let small = Style::new(7.0).colour(palette::MUTED);
    out.extend(flow::lines(&f.typology.caveat, small, 0.0, width));
    out.extend(flow::lines(
        &format!("Source : {}", f.typology.source),
        small,
        0.0,
        width,
    ));
    out
}

/// The length of the start that all of `labels` share, up to their last separator (« , » or a
/// space); 0 for a single label.
fn shared_start<'a>(labels: impl Iterator<Item = &'a str> + Clone) -> usize {
    let mut all = labels.clone();
    let (Some(first), Some(_)) = (all.next(), labels.clone().nth(1)) else {
        return 0;
    };
    let common = labels.fold(first.len(), |n, label| {
        first
            .char_indices()
            .zip(label.chars())
            .take_while(|((at, a), b)| *at < n && a == b)
            .last()
            .map_or(0, |((at, a), _)| at + a.len_utf8())
    });
    first
        .get(..common)
        .and_then(|start| start.rfind([',', ' ']))
        .map_or(0, |at| {
            let rest = first.get(at..).unwrap_or_default();
            at + rest.len() - rest.trim_start_matches([',', ' ']).len()
        })
}
