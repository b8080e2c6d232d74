//! What an English window still shows in French by design or for now: the domain's words and
//! the cases' data, and what the floors below the window word in French.

use std::collections::BTreeSet;

use atelier_mse::analysis::Typology;
use atelier_mse::analysis::autodiagnostic::Questionnaire;
use atelier_mse::model::Case;

/// Every string of a serialisable value (a case, the catalogue of kinds, the typology).
pub(super) fn strings_of(value: &serde_json::Value, out: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::String(s) => {
            out.insert(s.clone());
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| strings_of(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| strings_of(v, out)),
        _ => {}
    }
}

/// The words kept French in both languages: the domain's (levers, groups, kinds, models, forms,
/// phases, units, actors…, the typology and the questionnaire as data) and the open cases' own
/// data (names, labels, funders).
pub(super) fn kept_french(cases: &[&Case]) -> BTreeSet<String> {
    use atelier_mse::model::*;
    let mut kept = BTreeSet::new();
    for case in cases {
        strings_of(&serde_json::to_value(case).unwrap(), &mut kept);
    }
    strings_of(
        &serde_json::to_value(Typology::builtin()).unwrap(),
        &mut kept,
    );
    strings_of(
        &serde_json::to_value(Questionnaire::builtin()).unwrap(),
        &mut kept,
    );
    for kind in &Catalogue::builtin().kinds {
        kept.insert(kind.label.clone());
    }
    kept.extend(Lever::ALL.iter().map(|l| l.label().to_owned()));
    kept.extend(Group::COUNTED.iter().map(|g| g.label().to_owned()));
    kept.extend(LegalForm::ALL.iter().map(|l| l.label().to_owned()));
    kept.extend(Phase::ALL.iter().map(|l| l.label().to_owned()));
    kept.extend(ActionStatus::ALL.iter().map(|l| l.label().to_owned()));
    kept.extend(RateCategory::ALL.iter().map(|l| l.label().to_owned()));
    kept.extend(Unit::ALL.iter().map(|l| l.label().to_owned()));
    kept.extend(Unit::ALL.iter().map(|l| l.label_each().to_owned()));
    kept.extend(Unit::ALL.iter().map(|l| l.short_for(true).to_owned()));
    kept.extend(Unit::ALL.iter().map(|l| l.short_for(false).to_owned()));
    kept.extend(SnapshotKind::ALL.iter().map(|l| l.label().to_owned()));
    kept.extend(ActorType::ALL.iter().map(|l| l.label().to_owned()));
    kept.extend(PartnershipForm::ALL.iter().map(|l| l.label().to_owned()));
    // A font's name.
    kept.insert("DejaVu Sans".to_owned());
    kept
}

/// What the floors below the window word in French, shown as they are: the analysis' facts
/// (positions, « Pourquoi ? », qualifiers, stress tests, scenarios' changes), the comparison's,
/// the import's reading of a file, and the words of a questionnaire's answers (its data, like
/// the typology's). STYLE's `text` floor will word them in both languages; until then they are
/// named here, not guessed. The autodiagnostic's lines (levels, points, thresholds, what weighs,
/// the formats, the movement) and the version text are worded in the window's language
/// (`lines.rs`): French there is a fault. Every
/// refusal is worded by the text floor in the window's language — a file of accounts, a mapping
/// table, a reference, a typology, a questionnaire or an answer sheet refused, a file not read
/// or written, an edit refused, an export refused for its path (`refusals.rs`,
/// `file_refusals.rs`, `data_refusals.rs`, `sheet_refusals.rs`) — but quotes French from below
/// as it is: the model's wording of a RON error.
pub(super) fn worded_below(cases: &[&Case]) -> BTreeSet<String> {
    use atelier_mse::analysis::scenario::{simulate, stress_outcomes};
    use atelier_mse::report::autodiagnostic::*;
    let typology = Typology::builtin();
    let mut said = BTreeSet::new();
    let analysis =
        |case: &Case, a: &atelier_mse::analysis::Analysis, said: &mut BTreeSet<String>| {
            let document = atelier_mse::report::json::analyse::document(case, a, None);
            let mut words = BTreeSet::new();
            strings_of(&serde_json::to_value(&document).unwrap(), &mut words);
            // « Pourquoi ? », the headline, the qualifiers' facts and the warnings are worded by the text floor
            // in the window's language: French there is a fault, not something to set aside.
            let french = atelier_mse::text::Lang::Fr;
            for reason in atelier_mse::text::reasons(&a.classification, french) {
                words.remove(&reason);
            }
            for q in &a.qualifiers {
                words.remove(&atelier_mse::text::qualifier_detail(&q.detail, french));
            }
            for w in &a.warnings {
                words.remove(&atelier_mse::text::warning(w, french));
            }
            said.extend(words);
        };
    for case in cases {
        for s in &case.snapshots {
            let a = atelier_mse::analysis::analyse(case, s, typology);
            for model in &typology.models {
                for strong in [false, true] {
                    // Said in English by the text floor, and no error: every model is the
                    // typology's.
                    let reach = atelier_mse::analysis::reach::for_analysis(
                        &a,
                        typology,
                        (&model.id, strong),
                    );
                    assert!(reach.is_ok(), "{reach:?}");
                }
            }
            analysis(case, &a, &mut said);
            // The stress tests' names and what they take from the reserves are worded by the
            // text floor, in English in the English window.
            for (_, o) in stress_outcomes(case, s, typology) {
                analysis(case, &o.analysis, &mut said);
            }
        }
        for scenario in &case.scenarios {
            if let Ok(o) = simulate(case, scenario, typology) {
                analysis(case, &o.analysis, &mut said);
            }
        }
        for i in 0..case.diagnostics.len() {
            let Some(d) = diagnosed(case, i, None) else {
                continue;
            };
            for answer in d.round.answers.values() {
                said.insert(answer_words(d.questionnaire, answer).to_owned());
            }
        }
    }
    said
}
