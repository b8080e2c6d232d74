//! Checks that a parsed case holds together: limits, unique labels and ids, links that point
//! somewhere. Each problem is said with where it is (snapshot and line), as facts
//! (`Problem`) the text floor words.

use std::collections::HashSet;

use super::limits::{MAX_LINES, MAX_ROUNDS, MAX_SNAPSHOTS, MAX_TEXT_CHARS};
use super::problem::{Counted, Field, Place, Problem};
use super::{
    Case, Change, Lever, ResourceLine, Snapshot, ValuationSettings, number_problem, short_name,
};

/// How much of a name a problem quotes: enough to find it, never a whole page.
const QUOTED: usize = 60;

/// The first problem found, or `None` when the case is sound.
pub fn problem(case: &Case) -> Option<Problem> {
    if case.snapshots.is_empty() {
        return Some(Problem::NoSnapshot);
    }
    if let Some(p) = too_many(Counted::Snapshots, case.snapshots.len(), MAX_SNAPSHOTS) {
        return Some(p);
    }
    let org = &case.organisation;
    let acc = &case.accompaniment;
    let texts = [
        (Field::OrganisationName, &org.name),
        (Field::Approvals, &org.approvals),
        (Field::Sector, &org.sector),
        (Field::Territory, &org.territory),
        (Field::Project, &org.project),
        (Field::Consultant, &acc.consultant),
        (Field::Decisions, &acc.decisions),
    ];
    for (field, text) in texts {
        if let Some(p) = text_problem(field, text) {
            return Some(p);
        }
    }
    for session in &acc.sessions {
        if let Some(p) = text_problem(Field::SessionNotes, &session.notes)
            .or_else(|| text_problem(Field::SessionDate, &session.date))
        {
            return Some(p);
        }
    }
    if let Some(p) = too_many(Counted::Actions, acc.actions.len(), 1_000) {
        return Some(p);
    }
    for (index, action) in acc.actions.iter().enumerate() {
        for (field, text) in [
            (Field::Action, &action.action),
            (Field::Owner, &action.owner),
            (Field::Due, &action.due),
        ] {
            if let Some(p) = text_problem(field, text) {
                return Some(p.at(Place::Action(index + 1)));
            }
        }
    }
    for (field, text) in [
        (Field::ValidatedBy, &acc.validated_by),
        (Field::ValidatedOn, &acc.validated_on),
    ] {
        if let Some(p) = text_problem(field, text) {
            return Some(p);
        }
    }
    if let Some(p) = ValuationSettings::etp_hours_problem(case.valuation.hours_per_etp) {
        return Some(p.at(Place::Valuation));
    }
    if let Some(p) = scenarios_problem(case) {
        return Some(p);
    }
    if let Some(p) = diagnostics_problem(case) {
        return Some(p);
    }
    if let Some(p) = too_many(Counted::AccountRules, case.account_rules.len(), 1_000) {
        return Some(p);
    }
    if let Some(p) = case.account_rules.iter().find_map(|r| r.problem()) {
        return Some(p.at(Place::AccountRules));
    }
    let mut labels = HashSet::new();
    for snapshot in &case.snapshots {
        if snapshot.label.trim().is_empty() {
            return Some(Problem::UnnamedSnapshot);
        }
        if !labels.insert(snapshot.label.as_str()) {
            return Some(Problem::SameName(short_name(&snapshot.label, QUOTED)));
        }
        if let Some(p) = snapshot_problem(snapshot) {
            return Some(p.at(Place::Snapshot(short_name(&snapshot.label, QUOTED))));
        }
    }
    None
}

/// More than `most` of `what`.
fn too_many(what: Counted, count: usize, most: usize) -> Option<Problem> {
    (count > most).then_some(Problem::TooMany { what, count, most })
}

/// Rounds of the autodiagnostic: bounded, with texts of a bounded length. Answers to questions
/// a questionnaire does not know are kept, never refused: another version may know them.
fn diagnostics_problem(case: &Case) -> Option<Problem> {
    if let Some(p) = too_many(Counted::Rounds, case.diagnostics.len(), MAX_ROUNDS) {
        return Some(p);
    }
    for (index, round) in case.diagnostics.iter().enumerate() {
        let texts = [&round.date, &round.questionnaire.id].into_iter().chain(
            round.answers.iter().flat_map(|(question, answer)| {
                let choice = match answer {
                    crate::model::Answer::Choice(id) => Some(id),
                    crate::model::Answer::DontKnow => None,
                };
                std::iter::once(question).chain(choice)
            }),
        );
        let problem = too_many(Counted::Answers, round.answers.len(), 1_000).or_else(|| {
            texts
                .into_iter()
                .find_map(|t| text_problem(Field::Autodiagnostic, t))
        });
        if let Some(p) = problem {
            return Some(p.at(Place::Round(index + 1)));
        }
    }
    None
}

/// Scenarios: named, bounded, finite changes; a new line is checked like a line of its base.
/// A scenario whose base is gone is kept (it can be attached again), never refused.
fn scenarios_problem(case: &Case) -> Option<Problem> {
    if let Some(p) = too_many(Counted::Scenarios, case.scenarios.len(), 100) {
        return Some(p);
    }
    for scenario in &case.scenarios {
        let at = |p: Problem| p.at(Place::Scenario(short_name(&scenario.name, QUOTED)));
        if let Some(p) = text_problem(Field::Name, &scenario.name)
            .or_else(|| text_problem(Field::BaseSnapshot, &scenario.base))
            .or_else(|| too_many(Counted::Changes, scenario.changes.len(), 1_000))
        {
            return Some(at(p));
        }
        for change in &scenario.changes {
            let problem = match change {
                Change::Line { by, .. } | Change::Kind { by, .. } | Change::Group { by, .. } => {
                    match by {
                        // « Mettre à » an amount: an amount, never below zero.
                        crate::model::Delta::SetTo(amount) => number_problem(*amount),
                        // A change may go down: its size is what is bounded.
                        _ => number_problem(by.value().abs()),
                    }
                }
                Change::LoseFunder { name } => text_problem(Field::Funder, name),
                Change::NewLine { line } => {
                    let empty = Snapshot::default();
                    let base = case.snapshot(&scenario.base).unwrap_or(&empty);
                    line_problem(base, line)
                }
            };
            if let Some(p) = problem {
                return Some(at(p));
            }
        }
    }
    None
}

fn snapshot_problem(snapshot: &Snapshot) -> Option<Problem> {
    if let Some(p) = text_problem(Field::Name, &snapshot.label) {
        return Some(p);
    }
    if let Some(p) = too_many(Counted::Lines, snapshot.lines.len(), MAX_LINES) {
        return Some(p);
    }
    let mut ids = HashSet::new();
    for (index, line) in snapshot.lines.iter().enumerate() {
        if !ids.insert(line.id) {
            return Some(Problem::LineIdUsed {
                line: index + 1,
                id: line.id,
            });
        }
        if let Some(p) = line_problem(snapshot, line) {
            let label = short_name(line.display_label(), QUOTED);
            return Some(p.at(Place::Line(index + 1, label)));
        }
    }
    None
}

fn line_problem(snapshot: &Snapshot, line: &ResourceLine) -> Option<Problem> {
    for (field, text) in [
        (Field::Label, &line.label),
        (Field::Counterparty, &line.counterparty),
        (Field::Note, &line.note),
    ] {
        if let Some(p) = text_problem(field, text) {
            return Some(p);
        }
    }
    if let Some(importance) = line.importance
        && !(1..=3).contains(&importance)
    {
        return Some(Problem::Importance(importance));
    }
    if let Some(target) = line.alliance {
        match snapshot.line(target) {
            Some(alliance) if alliance.lever() == Lever::AlliancesStrategiques => {}
            Some(_) => return Some(Problem::NotAnAlliance(target)),
            None => return Some(Problem::NoAlliance(target)),
        }
    }
    None
}

fn text_problem(field: Field, text: &str) -> Option<Problem> {
    let chars = text.chars().count();
    (chars > MAX_TEXT_CHARS).then_some(Problem::TooLong {
        field,
        chars,
        most: MAX_TEXT_CHARS,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case_of(labels: &[&str]) -> Case {
        let mut case = Case::default();
        for label in labels {
            case.snapshots.push(Snapshot {
                label: (*label).to_owned(),
                ..Snapshot::default()
            });
        }
        case
    }

    /// A name of 100 000 characters is refused in a sentence a person can read: the problem
    /// quotes its beginning, not the whole name.
    #[test]
    fn a_problem_quotes_the_beginning_of_a_huge_name() {
        let huge = format!("Budget {}", "x".repeat(MAX_TEXT_CHARS));
        let problem = problem(&case_of(&[&huge])).unwrap().to_string();
        assert!(
            problem.starts_with("instantané « Budget… » : le champ « nom » fait 100007"),
            "{problem}"
        );
        assert!(problem.chars().count() < 200, "{problem}");
        let long = format!("Budget {}", "y".repeat(5_000));
        let problem = super::problem(&case_of(&[&long, &long]))
            .unwrap()
            .to_string();
        assert_eq!(problem, "deux instantanés portent le même nom « Budget… »");
    }
}
