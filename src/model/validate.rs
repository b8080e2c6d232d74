//! Checks that a parsed case holds together: limits, unique labels and ids, links that point
//! somewhere. Each problem is said with where it is (snapshot and line).

use std::collections::HashSet;

use super::limits::{MAX_LINES, MAX_SNAPSHOTS, MAX_TEXT_CHARS};
use super::{
    Case, Change, Lever, ResourceLine, Snapshot, ValuationSettings, number_problem, short_name,
};

/// How much of a name a problem quotes: enough to find it, never a whole page.
const QUOTED: usize = 60;

/// The first problem found, in French, or `None` when the case is sound.
pub fn problem(case: &Case) -> Option<String> {
    if case.snapshots.is_empty() {
        return Some("le dossier ne contient aucun instantané (« snapshots » est vide)".to_owned());
    }
    if case.snapshots.len() > MAX_SNAPSHOTS {
        return Some(format!(
            "{} instantanés, au plus {MAX_SNAPSHOTS} sont acceptés",
            case.snapshots.len()
        ));
    }
    let org = &case.organisation;
    let texts = [
        ("nom de l'organisation", &org.name),
        ("agréments", &org.approvals),
        ("secteur", &org.sector),
        ("territoire", &org.territory),
        ("projet associatif", &org.project),
        ("accompagnateur", &case.accompaniment.consultant),
        ("décisions", &case.accompaniment.decisions),
    ];
    for (what, text) in texts {
        if let Some(p) = text_problem(what, text) {
            return Some(p);
        }
    }
    for session in &case.accompaniment.sessions {
        if let Some(p) = text_problem("notes de séance", &session.notes)
            .or_else(|| text_problem("date de séance", &session.date))
        {
            return Some(p);
        }
    }
    let acc = &case.accompaniment;
    if acc.actions.len() > 1_000 {
        return Some(format!(
            "{} actions au plan, au plus 1 000 sont acceptées",
            acc.actions.len()
        ));
    }
    for (index, action) in acc.actions.iter().enumerate() {
        for (what, text) in [
            ("action", &action.action),
            ("responsable", &action.owner),
            ("échéance", &action.due),
        ] {
            if let Some(p) = text_problem(what, text) {
                return Some(format!("plan d'action, action {} : {p}", index + 1));
            }
        }
    }
    for (what, text) in [
        ("validé par", &acc.validated_by),
        ("date de validation", &acc.validated_on),
    ] {
        if let Some(p) = text_problem(what, text) {
            return Some(p);
        }
    }
    if let Some(p) = ValuationSettings::etp_hours_problem(case.valuation.hours_per_etp) {
        return Some(format!("réglages de valorisation : {p}"));
    }
    if let Some(p) = scenarios_problem(case) {
        return Some(p);
    }
    if let Some(p) = diagnostics_problem(case) {
        return Some(p);
    }
    if case.account_rules.len() > 1_000 {
        return Some(format!(
            "{} règles de comptes, au plus 1 000 sont acceptées",
            case.account_rules.len()
        ));
    }
    if let Some(p) = case.account_rules.iter().find_map(|r| r.problem()) {
        return Some(format!("règles d'import de la balance : {p}"));
    }
    let mut labels = HashSet::new();
    for snapshot in &case.snapshots {
        if snapshot.label.trim().is_empty() {
            return Some("un instantané n'a pas de nom (« label » vide)".to_owned());
        }
        if !labels.insert(snapshot.label.as_str()) {
            return Some(format!(
                "deux instantanés portent le même nom « {} »",
                short_name(&snapshot.label, QUOTED)
            ));
        }
        if let Some(p) = snapshot_problem(snapshot) {
            return Some(format!(
                "instantané « {} » : {p}",
                short_name(&snapshot.label, QUOTED)
            ));
        }
    }
    None
}

/// Rounds of the autodiagnostic: bounded, with texts of a bounded length. Answers to questions
/// a questionnaire does not know are kept, never refused: another version may know them.
fn diagnostics_problem(case: &Case) -> Option<String> {
    if case.diagnostics.len() > crate::model::limits::MAX_ROUNDS {
        return Some(format!(
            "{} tours d'autodiagnostic, au plus 100 sont acceptés",
            case.diagnostics.len()
        ));
    }
    for (index, round) in case.diagnostics.iter().enumerate() {
        if round.answers.len() > 1_000 {
            return Some(format!(
                "autodiagnostic, tour {} : {} réponses, au plus 1 000 sont acceptées",
                index + 1,
                round.answers.len()
            ));
        }
        let texts = [&round.date, &round.questionnaire.id].into_iter().chain(
            round.answers.iter().flat_map(|(question, answer)| {
                let choice = match answer {
                    crate::model::Answer::Choice(id) => Some(id),
                    crate::model::Answer::DontKnow => None,
                };
                std::iter::once(question).chain(choice)
            }),
        );
        if let Some(p) = texts
            .into_iter()
            .find_map(|t| text_problem("autodiagnostic", t))
        {
            return Some(format!("autodiagnostic, tour {} : {p}", index + 1));
        }
    }
    None
}

/// Scenarios: named, bounded, finite changes; a new line is checked like a line of its base.
/// A scenario whose base is gone is kept (it can be attached again), never refused.
fn scenarios_problem(case: &Case) -> Option<String> {
    if case.scenarios.len() > 100 {
        return Some(format!(
            "{} scénarios, au plus 100 sont acceptés",
            case.scenarios.len()
        ));
    }
    for scenario in &case.scenarios {
        let at = |p: String| format!("scénario « {} » : {p}", short_name(&scenario.name, QUOTED));
        if let Some(p) = text_problem("nom", &scenario.name)
            .or_else(|| text_problem("instantané de base", &scenario.base))
        {
            return Some(at(p));
        }
        if scenario.changes.len() > 1_000 {
            return Some(at("plus de 1 000 changements".to_owned()));
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
                Change::LoseFunder { name } => text_problem("financeur", name),
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

fn snapshot_problem(snapshot: &Snapshot) -> Option<String> {
    if let Some(p) = text_problem("nom", &snapshot.label) {
        return Some(p);
    }
    if snapshot.lines.len() > MAX_LINES {
        return Some(format!(
            "{} lignes, au plus {MAX_LINES} sont acceptées",
            snapshot.lines.len()
        ));
    }
    let mut ids = HashSet::new();
    for (index, line) in snapshot.lines.iter().enumerate() {
        if !ids.insert(line.id) {
            return Some(format!(
                "ligne {} : l'identifiant {} est déjà utilisé par une autre ligne",
                index + 1,
                line.id
            ));
        }
        if let Some(p) = line_problem(snapshot, line) {
            return Some(format!(
                "ligne {} ({}) : {p}",
                index + 1,
                short_name(&line.display_label(), QUOTED)
            ));
        }
    }
    None
}

fn line_problem(snapshot: &Snapshot, line: &ResourceLine) -> Option<String> {
    for (what, text) in [
        ("libellé", &line.label),
        ("financeur ou partenaire", &line.counterparty),
        ("note", &line.note),
    ] {
        if let Some(p) = text_problem(what, text) {
            return Some(p);
        }
    }
    if let Some(importance) = line.importance
        && !(1..=3).contains(&importance)
    {
        return Some(format!(
            "importance stratégique {importance}, elle va de 1 à 3"
        ));
    }
    if let Some(target) = line.alliance {
        match snapshot.line(target) {
            Some(alliance) if alliance.lever() == Lever::AlliancesStrategiques => {}
            Some(_) => {
                return Some(format!(
                    "le lien vers l'alliance {target} désigne une ligne qui n'est pas une alliance"
                ));
            }
            None => {
                return Some(format!(
                    "le lien vers l'alliance {target} ne désigne aucune ligne de l'instantané"
                ));
            }
        }
    }
    None
}

fn text_problem(what: &str, text: &str) -> Option<String> {
    let chars = text.chars().count();
    (chars > MAX_TEXT_CHARS).then(|| {
        format!(
            "le champ « {what} » fait {chars} caractères, au plus {MAX_TEXT_CHARS} sont acceptés"
        )
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
        let problem = problem(&case_of(&[&huge])).unwrap();
        assert!(
            problem.starts_with("instantané « Budget… » : le champ « nom » fait 100007"),
            "{problem}"
        );
        assert!(problem.chars().count() < 200, "{problem}");
        let long = format!("Budget {}", "y".repeat(5_000));
        let problem = super::problem(&case_of(&[&long, &long])).unwrap();
        assert_eq!(problem, "deux instantanés portent le même nom « Budget… »");
    }
}
