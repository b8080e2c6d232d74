//! Each member's autodiagnostic in a portfolio: its latest round scored, and how many members
//! stand at each level, part by part.

use crate::analysis::autodiagnostic::{Level, Questionnaire, RoundResult, score};
use crate::model::Case;

use super::Portfolio;

/// The case's latest round, scored, when it answers the questionnaire shipped with the app (a
/// network's own variant is scored in its window, not across a portfolio).
pub(super) fn latest_diagnostic(case: &Case) -> Option<RoundResult> {
    let round = case.diagnostics.last()?;
    let questionnaire = Questionnaire::builtin();
    (round.questionnaire.id == questionnaire.id
        && round.questionnaire.version == questionnaire.version)
        .then(|| score(questionnaire, round))
}

/// For a « tête de réseau »: how many members stand at each level, part by part, and how many
/// are advised each format, over the latest autodiagnostic of the cases of `rows`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DiagnosticSpread {
    /// Members with an autodiagnostic of the shipped questionnaire.
    pub members: usize,
    /// Each part (and « Ensemble » last): its name and the members at « premiers pas »,
    /// « actifs », « pionniers ».
    pub levels: Vec<(String, [usize; 3])>,
    /// Each format the questionnaire names, with the members it is advised to.
    pub formats: Vec<(String, usize)>,
}

pub fn diagnostic_spread(portfolio: &Portfolio, rows: &[usize]) -> DiagnosticSpread {
    let questionnaire = Questionnaire::builtin();
    let results: Vec<&RoundResult> = rows
        .iter()
        .filter_map(|&i| portfolio.entries.get(i))
        .filter_map(|e| e.diagnostic.as_ref())
        .collect();
    let count = |score: &dyn Fn(&RoundResult) -> Option<Level>| {
        let mut at = [0; 3];
        for level in results.iter().filter_map(|r| score(r)) {
            if let Some(slot) = Level::ALL
                .iter()
                .position(|l| *l == level)
                .and_then(|i| at.get_mut(i))
            {
                *slot += 1;
            }
        }
        at
    };
    let mut levels: Vec<(String, [usize; 3])> = questionnaire
        .sections
        .iter()
        .map(|section| {
            let of = |r: &RoundResult| {
                r.sections
                    .iter()
                    .find(|s| s.section == section.id)
                    .and_then(|s| s.score.level)
            };
            (section.name.clone(), count(&of))
        })
        .collect();
    levels.push(("Ensemble".to_owned(), count(&|r| r.overall.level)));
    let formats = questionnaire
        .formats
        .iter()
        .map(|f| {
            let advised = results
                .iter()
                .filter(|r| r.formats.iter().any(|a| a.format == f.id))
                .count();
            (f.name.clone(), advised)
        })
        .collect();
    DiagnosticSpread {
        members: results.len(),
        levels,
        formats,
    }
}
