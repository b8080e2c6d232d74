//! The scenarios page of the report (« Et si… ? »): the base, each scenario on it (its changes,
//! the budget, the position and the reserves before and after, both points on the map), the
//! stress tests, and what it takes to reach each of the seven models.

use super::document::{Page, Style};
use super::flow::{self, Flow};
use super::layout::{Columns, Frame, MARGIN, ROW, title_block};
use super::plots;
use crate::analysis::TrajectoryPoint;
use crate::analysis::reach;
use crate::analysis::scenario::{new_qualifiers, simulate, stress_outcomes};
use crate::format::{euros_change, euros_whole, quantity};
use crate::palette;

const SUBTITLE: &str = "Et si… ? Scénarios, tests de résistance";

/// The position after a change, and the qualifiers that appear with it.
pub(super) fn position_after(
    before: &crate::analysis::Analysis,
    after: &crate::analysis::Analysis,
) -> String {
    let appear = new_qualifiers(before, after);
    match appear.as_slice() {
        [] => crate::text::headline(&after.classification, crate::text::Lang::Fr),
        some => format!(
            "{} ; apparaît : {}",
            crate::text::headline(&after.classification, crate::text::Lang::Fr),
            some.join(", ")
        ),
    }
}

pub(super) fn scenario_pages(f: &Frame<'_>) -> Vec<Page> {
    let width = f.inner_width();
    let mut page = Page::default();
    let y = title_block(&mut page, f, &f.heading(SUBTITLE));
    let mut flow = Flow::new(page, y, f.bottom(), |page| {
        title_block(page, f, &f.heading(&format!("{SUBTITLE} (suite)")))
    });
    let body = Style::new(8.5);
    let before = f.analysis;
    let months = |s: &crate::model::Snapshot| {
        s.reserve_months()
            .map_or("—".to_owned(), |m| format!("{} mois", quantity(m)))
    };

    // Each scenario on this snapshot: its changes, then base and scenario side by side.
    let scenarios: Vec<_> = f
        .case
        .scenarios
        .iter()
        .filter(|s| s.base == f.snapshot.label)
        .collect();
    flow.section(MARGIN, "Scénarios", width);
    if scenarios.is_empty() {
        flow.write(
            MARGIN,
            flow::lines(
                "Aucun scénario sur cet instantané (vue « Scénarios » de l'atelier).",
                body.colour(palette::MUTED),
                0.0,
                width,
            ),
        );
    }
    let columns = Columns::new(width, [0.3, 0.35, 0.35], [false, false, false]);
    let mut points = vec![TrajectoryPoint {
        label: f.snapshot.label.clone(),
        target: false,
        ternary: before.ternary,
        barycentre: before.barycentre,
    }];
    // On the maps a scenario is « S1 », « S2 »…: its name is in its heading, whole.
    for (n, scenario) in scenarios.into_iter().enumerate() {
        let Ok(o) = simulate(f.case, scenario, f.typology) else {
            continue;
        };
        flow.room(6.0 * ROW);
        flow.write(
            MARGIN,
            flow::lines(
                &format!("S{} · {}", n + 1, scenario.name),
                body.bold(),
                0.0,
                width,
            ),
        );
        let changes: Vec<String> = scenario
            .changes
            .iter()
            .map(|c| crate::text::change_words(c, f.snapshot, crate::text::Lang::Fr))
            .collect();
        flow.write(
            MARGIN,
            flow::led(
                "Changements :",
                body.bold(),
                &changes.join(" ; "),
                body,
                width,
            ),
        );
        for notice in &o.applied.notices {
            let notice = crate::text::notice(notice, crate::text::Lang::Fr);
            flow.write(
                MARGIN,
                flow::lines(&notice, body.colour(palette::DECREASE), 0.0, width),
            );
        }
        flow.y += 4.0;
        let mut rows = vec![
            ["", f.snapshot.label.as_str(), scenario.name.as_str()].map(str::to_owned),
            [
                "Budget monétaire".to_owned(),
                euros_whole(before.totals.monetary_budget),
                format!(
                    "{} ({})",
                    euros_whole(o.analysis.totals.monetary_budget),
                    euros_change(o.budget_change.round())
                ),
            ],
            [
                "Position".to_owned(),
                crate::text::headline(&before.classification, crate::text::Lang::Fr),
                crate::text::headline(&o.analysis.classification, crate::text::Lang::Fr),
            ],
            [
                "Réserves".to_owned(),
                months(f.snapshot),
                months(&o.applied.snapshot),
            ],
        ];
        // Only when a qualifier appears: an empty row says nothing.
        let appear = new_qualifiers(before, &o.analysis);
        if !appear.is_empty() {
            rows.push(["Apparaît".to_owned(), String::new(), appear.join(", ")]);
        }
        for (n, row) in rows.iter().enumerate() {
            let cells = row.each_ref().map(String::as_str);
            let style = if n == 0 { body.bold() } else { body };
            flow.room(columns.row_height(&cells, style));
            flow.y += columns.wrapped_row(&mut flow.page, flow.y, cells, style);
        }
        flow.y += 6.0;
        points.push(TrajectoryPoint {
            label: format!("S{}", n + 1),
            target: true,
            ternary: o.analysis.ternary,
            barycentre: o.analysis.barycentre,
        });
    }
    if points.len() > 1 {
        let size = width * 0.5;
        flow.room(plots::ternary_height(size) + 20.0);
        flow.page.text(
            [MARGIN, flow.y],
            "Carte ternaire : l'instantané (plein) et ses scénarios (cercles)",
            Style::new(9.0).bold(),
        );
        plots::ternary(
            &mut flow.page,
            [MARGIN, flow.y + 4.0],
            size,
            f.typology,
            &points,
        );
        let right = MARGIN + size + 16.0;
        let heptagon = (width - size - 16.0).min(plots::ternary_height(size) / 0.7);
        plots::barycentre(
            &mut flow.page,
            [right, flow.y + 4.0],
            heptagon,
            f.typology,
            &points,
        );
        flow.y += plots::ternary_height(size).max(plots::barycentre_height(heptagon)) + 16.0;
    }

    flow.section(MARGIN, "Tests de résistance", width);
    flow.write(
        MARGIN,
        flow::lines(
            "À charges constantes, la perte de budget monétaire est prise sur les réserves.",
            body.colour(palette::MUTED),
            0.0,
            width,
        ),
    );
    // What a test makes appear goes under its position: no column left empty.
    let stress_columns = Columns::new(width, [0.28, 0.13, 0.27, 0.32], [false, true, false, false]);
    let head = [
        "Test",
        "Budget perdu",
        "Réserves consommées",
        "Position après",
    ];
    flow.room(3.0 * ROW);
    flow.y = stress_columns.header(&mut flow.page, flow.y, head);
    for (stress, o) in stress_outcomes(f.case, f.snapshot, f.typology) {
        let eaten = o.drawn(f.snapshot).map_or("—".to_owned(), |d| {
            crate::text::drawn_words(&d, crate::text::Lang::Fr)
        });
        let after = position_after(before, &o.analysis);
        let row = [
            crate::text::stress_name(&stress, crate::text::Lang::Fr),
            euros_whole(o.lost()),
            eaten,
            after,
        ];
        let cells = row.each_ref().map(String::as_str);
        if !flow.fits(stress_columns.row_height(&cells, body)) {
            flow.break_page();
            flow.y = stress_columns.header(&mut flow.page, flow.y, head);
        }
        flow.y += stress_columns.wrapped_row(&mut flow.page, flow.y, cells, body);
    }

    flow.section(MARGIN, "Que faudrait-il pour… ?", width);
    for model in &f.typology.models {
        if let Ok(reach) = reach::for_analysis(before, f.typology, (&model.id, false)) {
            flow.write(
                MARGIN,
                flow::led(
                    "•",
                    body,
                    &crate::text::reach_sentence(&reach, f.typology, crate::text::Lang::Fr),
                    body,
                    width,
                ),
            );
        }
    }
    flow.finish()
}
