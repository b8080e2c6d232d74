//! The session report (« Compte rendu de séance »): what a consultant sends after a session —
//! the organisation, the session's date and notes, the decisions, the action plan and its
//! validation, the trajectory of the snapshots; the position and the matrix pages follow.

use super::document::{Page, Style};
use super::flow::{self, Flow};
use super::layout::{Columns, Frame, MARGIN, ROW, title_block};
use crate::analysis::analyse;
use crate::format::{euros_whole, percent};
use crate::palette;

const SUBTITLE: &str = "Compte rendu de séance";

pub(super) fn session_pages(f: &Frame<'_>) -> Vec<Page> {
    let case = f.case;
    let acc = &case.accompaniment;
    let width = f.inner_width();
    let mut page = Page::default();
    let y = title_block(&mut page, f, &f.heading(SUBTITLE));
    let mut flow = Flow::new(page, y, f.bottom(), |page| {
        title_block(page, f, &f.heading(&format!("{SUBTITLE} (suite)")))
    });
    let body = Style::new(9.0);
    let label = body.bold();

    flow.section(MARGIN, "L'organisation", width);
    let org = &case.organisation;
    let mut facts = vec![("Forme juridique", org.legal_form.label().to_owned())];
    let mut status = Vec::new();
    if org.general_interest {
        status.push("intérêt général");
    }
    if org.public_utility {
        status.push("reconnue d'utilité publique");
    }
    if !status.is_empty() {
        facts.push(("Statut", status.join(", ")));
    }
    for (name, value) in [
        ("Agréments", &org.approvals),
        ("Secteur", &org.sector),
        ("Territoire", &org.territory),
    ] {
        if !value.is_empty() {
            facts.push((name, value.clone()));
        }
    }
    if let Some(year) = org.creation_year {
        facts.push(("Création", year.to_string()));
    }
    facts.push(("Phase du projet", org.phase.label().to_owned()));
    if !org.project.is_empty() {
        facts.push(("Projet associatif", org.project.clone()));
    }
    for (name, value) in facts {
        flow.write(
            MARGIN,
            flow::led(&format!("{name} :"), label, &value, body, width),
        );
    }

    flow.section(MARGIN, "La séance", width);
    let session = acc.sessions.last();
    let mut who = Vec::new();
    match session.filter(|s| !s.date.is_empty()) {
        Some(s) => who.push(format!("Séance du {}", s.date)),
        None => who.push("Séance".to_owned()),
    }
    if !acc.consultant.is_empty() {
        who.push(format!("accompagnateur : {}", acc.consultant));
    }
    flow.write(MARGIN, flow::lines(&who.join(" · "), label, 0.0, width));
    let earlier: Vec<&str> = acc
        .sessions
        .iter()
        .rev()
        .skip(1)
        .rev()
        .map(|s| s.date.as_str())
        .filter(|d| !d.is_empty())
        .collect();
    if !earlier.is_empty() {
        flow.write(
            MARGIN,
            flow::lines(
                &format!("Séances précédentes : {}.", earlier.join(", ")),
                body.colour(palette::MUTED),
                0.0,
                width,
            ),
        );
    }
    match session.map(|s| s.notes.trim()).filter(|n| !n.is_empty()) {
        Some(notes) => flow.write(MARGIN, flow::lines(notes, body, 0.0, width)),
        None => flow.write(MARGIN, muted("Pas de notes pour cette séance.", width)),
    }

    flow.section(MARGIN, "Décisions", width);
    match acc.decisions.trim() {
        "" => flow.write(MARGIN, muted("Aucune décision consignée.", width)),
        decisions => flow.write(MARGIN, flow::lines(decisions, body, 0.0, width)),
    }

    flow.section(MARGIN, "Plan d'action", width);
    action_plan(&mut flow, f);
    flow.y += 8.0;
    let by = if acc.validated_by.is_empty() {
        "……………………………………"
    } else {
        &acc.validated_by
    };
    let on = if acc.validated_on.is_empty() {
        "……………………"
    } else {
        &acc.validated_on
    };
    flow.write(
        MARGIN,
        flow::lines(&format!("Validé par {by} le {on}"), label, 0.0, width),
    );

    flow.section(MARGIN, "Trajectoire", width);
    trajectory(&mut flow, f);
    flow.finish()
}

fn muted(text: &str, width: f32) -> Vec<flow::Line> {
    flow::lines(text, Style::new(9.0).colour(palette::MUTED), 0.0, width)
}

const ACTION_HEADERS: [&str; 5] = ["Action", "Levier", "Responsable", "Échéance", "Statut"];

/// The action plan as a table, its header repeated on each page it runs onto.
fn action_plan(flow: &mut Flow<'_>, f: &Frame<'_>) {
    let actions = &f.case.accompaniment.actions;
    if actions.is_empty() {
        flow.write(MARGIN, muted("Aucune action au plan.", f.inner_width()));
        return;
    }
    let columns = Columns::new(f.inner_width(), [0.4, 0.17, 0.17, 0.14, 0.12], [false; 5]);
    flow.room(3.0 * ROW);
    flow.y = columns.header(&mut flow.page, flow.y, ACTION_HEADERS);
    let style = Style::new(8.5);
    for action in actions {
        let cells = [
            action.action.as_str(),
            action.lever_label(),
            &action.owner,
            &action.due,
            action.status.label(),
        ];
        let height = columns.row_height(&cells, style);
        if !flow.fits(height) {
            flow.break_page();
            flow.y = columns.header(&mut flow.page, flow.y, ACTION_HEADERS);
        }
        flow.y += columns.wrapped_row(&mut flow.page, flow.y, cells, style);
    }
}

const TRAJECTORY_HEADERS: [&str; 5] = [
    "Instantané",
    "Budget monétaire",
    "Contributions valorisées",
    "Budget valorisé",
    "Position",
];

/// One row per snapshot: the budgets and the position, from the first year to the target.
fn trajectory(flow: &mut Flow<'_>, f: &Frame<'_>) {
    let columns = Columns::new(
        f.inner_width(),
        [0.18, 0.15, 0.17, 0.15, 0.35],
        [false, true, true, true, false],
    );
    flow.room(3.0 * ROW);
    flow.y = columns.header(&mut flow.page, flow.y, TRAJECTORY_HEADERS);
    let style = Style::new(8.5);
    for snapshot in &f.case.snapshots {
        let a = analyse(f.case, snapshot, f.typology);
        let t = &a.totals;
        let valued = format!(
            "{} ({})",
            euros_whole(t.valued_contributions),
            percent(t.valued_share)
        );
        let cells = [
            super::layout::snapshot_name(snapshot),
            euros_whole(t.monetary_budget),
            valued,
            euros_whole(t.valued_budget),
            a.classification.title.clone(),
        ];
        let cells = cells.each_ref().map(String::as_str);
        let height = columns.row_height(&cells, style);
        if !flow.fits(height) {
            flow.break_page();
            flow.y = columns.header(&mut flow.page, flow.y, TRAJECTORY_HEADERS);
        }
        flow.y += columns.wrapped_row(&mut flow.page, flow.y, cells, style);
    }
}
