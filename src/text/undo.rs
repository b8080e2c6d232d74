//! What an edit did, as « Annuler : … » and « Rétablir : … » say it in the menu, and the
//! message that says how to bring back a deleted line.

use super::Lang;
use crate::model::Case;
use crate::model::diagnostic::DiagnosticField;
use crate::model::edits::{AccompanimentField, Edit, LineField, SnapshotField};

/// The name of `edit` made on `case` (before it is applied), in both languages, kept for the
/// menu whatever language it is read in later.
pub fn undo_said(edit: &Edit, case: &Case) -> super::Said {
    super::Said {
        fr: undo_name(edit, case, Lang::Fr),
        en: undo_name(edit, case, Lang::En),
    }
}

/// The name of `edit` made on `case` (before it is applied): « montant de « Cotisations » ».
pub fn undo_name(edit: &Edit, case: &Case, lang: Lang) -> String {
    let t = |fr, en| lang.pick(fr, en).to_owned();
    let line_name = |snapshot: &usize, line: &u32| {
        case.snapshots
            .get(*snapshot)
            .and_then(|s| s.line(*line))
            .map_or(String::new(), |l| l.display_label().to_owned())
    };
    match edit {
        Edit::AddSnapshot {
            as_target: true, ..
        } => t("création d'une cible", "new target"),
        Edit::AddSnapshot { .. } => t("ajout d'un instantané", "new snapshot"),
        Edit::DeleteSnapshot(_) => t("suppression d'un instantané", "snapshot deleted"),
        Edit::MoveSnapshot { .. } => t("déplacement d'un instantané", "snapshot moved"),
        Edit::Snapshot { field, .. } => match field {
            SnapshotField::Label(_) => t("nom de l'instantané", "snapshot name"),
            SnapshotField::Year(_) => t("année de l'instantané", "snapshot year"),
            SnapshotField::Kind(_) => t("type de l'instantané", "snapshot type"),
            SnapshotField::AnnualExpenses(_) => t("charges annuelles", "annual expenses"),
            SnapshotField::Reserves(_) => t("réserves", "reserves"),
        },
        Edit::AddLine { .. } | Edit::InsertLine { .. } => t("ajout d'une ligne", "new line"),
        Edit::AddLines { lines, .. } => match lang {
            Lang::Fr => format!("collage de {} ligne(s) d'un tableur", lines.len()),
            Lang::En => format!("{} line(s) pasted from a spreadsheet", lines.len()),
        },
        Edit::Line {
            snapshot,
            line,
            field,
        } => {
            let name = lang.quoted(&line_name(snapshot, line));
            match lang {
                Lang::Fr => format!("{} de {name}", field_name(field, lang)),
                Lang::En => format!("{} of {name}", field_name(field, lang)),
            }
        }
        Edit::MoveLine { snapshot, line, .. } => {
            let name = lang.quoted(&line_name(snapshot, line));
            match lang {
                Lang::Fr => format!("déplacement de {name}"),
                Lang::En => format!("{name} moved"),
            }
        }
        Edit::DuplicateLine { snapshot, line } => {
            let name = lang.quoted(&line_name(snapshot, line));
            match lang {
                Lang::Fr => format!("copie de {name}"),
                Lang::En => format!("copy of {name}"),
            }
        }
        Edit::DeleteLine { snapshot, line } => {
            let name = lang.quoted(&line_name(snapshot, line));
            match lang {
                Lang::Fr => format!("suppression de {name}"),
                Lang::En => format!("{name} deleted"),
            }
        }
        Edit::Organisation(_) => t("organisation", "organisation"),
        Edit::Accompaniment(AccompanimentField::AddAction) => t("ajout d'une action", "new action"),
        Edit::Accompaniment(AccompanimentField::RemoveAction(_)) => {
            t("suppression d'une action", "action deleted")
        }
        Edit::Accompaniment(AccompanimentField::Action(..)) => t("plan d'action", "action plan"),
        Edit::Accompaniment(
            AccompanimentField::ValidatedBy(_) | AccompanimentField::ValidatedOn(_),
        ) => t("validation", "validation"),
        Edit::Accompaniment(_) => t("accompagnement", "accompaniment"),
        Edit::Valuation(_) => t("réglages de valorisation", "valuation settings"),
        Edit::Diagnostic(DiagnosticField::AddRound { .. }) => {
            t("nouvel autodiagnostic", "new self-assessment")
        }
        Edit::Diagnostic(DiagnosticField::DeleteRound(_)) => {
            t("suppression d'un autodiagnostic", "self-assessment deleted")
        }
        Edit::Diagnostic(_) => t("réponse à l'autodiagnostic", "self-assessment answer"),
        Edit::AddScenario { .. } => t("nouveau scénario", "new scenario"),
        Edit::DeleteScenario(_) => t("suppression d'un scénario", "scenario deleted"),
        Edit::Scenario { index, .. } => {
            let name = lang.quoted(case.scenarios.get(*index).map_or("", |s| s.name.as_str()));
            match lang {
                Lang::Fr => format!("scénario {name}"),
                Lang::En => format!("scenario {name}"),
            }
        }
        Edit::ScenarioAsTarget(_) => t(
            "scénario enregistré comme cible",
            "scenario saved as a target",
        ),
    }
}

/// A field of a line as the matrix names it, lower case.
fn field_name(field: &LineField, lang: Lang) -> &'static str {
    match field {
        LineField::Kind(_) => lang.pick("type", "type"),
        LineField::Label(_) => lang.pick("libellé", "label"),
        LineField::Counterparty(_) => lang.pick("financeur ou partenaire", "funder or partner"),
        LineField::ActorType(_) => lang.pick("type d'acteur", "actor type"),
        LineField::People(_) => lang.pick("personnes", "people"),
        LineField::Quantity(_) => lang.pick("quantité", "quantity"),
        LineField::Unit(..) => lang.pick("unité", "unit"),
        LineField::Amount(_) => lang.pick("montant", "amount"),
        LineField::Valued(_) => lang.pick("valorisation", "valuation"),
        LineField::MultiYear(_) => lang.pick("CPO", "CPO"),
        LineField::Earmarked(_) => lang.pick("fléchage", "earmarking"),
        LineField::Partnership(_) => lang.pick("forme du partenariat", "form of partnership"),
        LineField::Importance(_) => lang.pick("importance", "importance"),
        LineField::Alliance(_) => lang.pick("alliance liée", "linked alliance"),
        LineField::Note(_) => lang.pick("note", "note"),
    }
}

/// What deleting a line says: what it was, and how to bring it back.
pub fn deleted_line(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("Ligne supprimée ({name}) : Ctrl+Z pour la rétablir."),
        Lang::En => format!("Line deleted ({name}): Ctrl+Z brings it back."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Case, KindId, ResourceLine};

    /// A new case whose one line (id 1) is the members' fees, as the catalogue names them.
    fn case_with_fees() -> Case {
        let mut case = Case::new_blank(2025);
        let kind = KindId::new("cotisations").unwrap();
        case.snapshots[0].lines.push(ResourceLine::new(1, kind));
        case
    }

    #[test]
    fn an_edit_is_named_in_the_language_of_the_window() {
        let case = case_with_fees();
        let edit = Edit::Line {
            snapshot: 0,
            line: 1,
            field: LineField::Amount(Some(1.0)),
        };
        assert_eq!(
            undo_name(&edit, &case, Lang::Fr),
            "montant de « Cotisations des membres »"
        );
        assert_eq!(
            undo_name(&edit, &case, Lang::En),
            "amount of “Cotisations des membres”"
        );
    }
}
