//! The autodiagnostic's lines and the version text in English, pinned shape by shape (score,
//! weighing, format advice, movement, version), with their French beside them: the French is
//! what the PDF, the command line and `--version` say, byte for byte.

use atelier_mse::analysis::autodiagnostic::{Questionnaire, score};
use atelier_mse::model::DiagnosticRound;
use atelier_mse::report::autodiagnostic::{
    diagnosed, format_line, movement_line, score_line, weighing_line,
};
use atelier_mse::text::{Lang, version_text};

/// `(French, English)` of one line.
fn both(line: impl Fn(Lang) -> String) -> (String, String) {
    (line(Lang::Fr), line(Lang::En))
}

#[test]
fn the_autodiagnostic_lines_are_said_in_english_and_unchanged_in_french() {
    let case = crate::autodiagnostic::club_with_two_rounds();
    let now = diagnosed(&case, 1, None).unwrap();
    let before = diagnosed(&case, 0, None).unwrap();
    let section = |name: &str| now.result.sections.iter().find(|s| s.name == name).unwrap();

    // Score: a next threshold; what was left out of the count; the last threshold reached.
    let s = section("Alliances stratégiques");
    assert_eq!(
        both(|l| score_line(&s.name, &s.score, l)),
        (
            "Alliances stratégiques : actifs — 11 points sur 18, seuil des pionniers à 14".into(),
            "Alliances stratégiques: « actifs » — 11 points out of 18, « pionniers » threshold at 14"
                .into()
        )
    );
    let s = section("Richesses humaines");
    assert_eq!(
        both(|l| score_line(&s.name, &s.score, l)),
        (
            "Richesses humaines : actifs — 11 points sur 15, seuil des pionniers à 12 ; hors du compte : 1 « je ne sais pas »".into(),
            "Richesses humaines: « actifs » — 11 points out of 15, « pionniers » threshold at 12; left out of the count: 1 « je ne sais pas »".into()
        )
    );
    let s = section("Projet et gouvernance");
    assert_eq!(
        both(|l| score_line(&s.name, &s.score, l)),
        (
            "Projet et gouvernance : pionniers — 17 points sur 18 (seuil des pionniers à 14 atteint)".into(),
            "Projet et gouvernance: « pionniers » — 17 points out of 18 (« pionniers » threshold at 14 reached)".into()
        )
    );
    assert_eq!(
        score_line("Overall", &now.result.overall, Lang::En),
        "Overall: « actifs » — 41 points out of 69, « pionniers » threshold at 54; left out of the count: 1 « je ne sais pas »"
    );
    // A round not answered yet.
    let empty = DiagnosticRound {
        questionnaire: Questionnaire::builtin().reference(),
        ..Default::default()
    };
    let nothing = score(Questionnaire::builtin(), &empty);
    let first = nothing.sections.first().unwrap();
    assert_eq!(
        both(|l| score_line(&first.name, &first.score, l)),
        (
            "Richesses humaines : pas encore de réponse".into(),
            "Richesses humaines: no answer yet".into()
        )
    );

    // What weighs most.
    let s = section("Richesses humaines");
    let w = s
        .weighing
        .iter()
        .find(|w| w.question == "rh_competences")
        .unwrap();
    assert_eq!(
        both(|l| weighing_line(now.questionnaire, now.round, w, l)),
        (
            "Les compétences dont le projet aura besoin dans les prochaines années sont identifiées. — « un peu » aujourd'hui : +2 points à « tout à fait »".into(),
            "Les compétences dont le projet aura besoin dans les prochaines années sont identifiées. — « un peu » today: +2 points with « tout à fait »".into()
        )
    );

    // A format advised.
    let advice = now
        .result
        .formats
        .iter()
        .find(|a| a.format == "formaction")
        .unwrap();
    assert_eq!(
        both(|l| format_line(now.questionnaire, advice, l)),
        (
            "form'actions : 1 à 3 jours, théorie et pratique sur les enjeux des participants (pour : Richesses humaines, Alliances stratégiques)".into(),
            "form'actions: 1 à 3 jours, théorie et pratique sur les enjeux des participants (for: Richesses humaines, Alliances stratégiques)".into()
        )
    );

    // The movement since the round before, and from a round not answered.
    let (b, a) = now
        .result
        .since(&before.result)
        .into_iter()
        .find(|(_, a)| a.name == "Richesses humaines")
        .unwrap();
    assert_eq!(
        both(|l| movement_line(&a.name, &b.score, &a.score, l)),
        (
            "Richesses humaines : premiers pas → actifs (4 → 11 points)".into(),
            "Richesses humaines: « premiers pas » → « actifs » (4 → 11 points)".into()
        )
    );
    assert_eq!(
        both(|l| movement_line(&a.name, &first.score, &a.score, l)),
        (
            "Richesses humaines : sans réponse → actifs (0 → 11 points)".into(),
            "Richesses humaines: no answer → « actifs » (0 → 11 points)".into()
        )
    );
}

#[test]
fn the_version_is_said_in_english_and_version_prints_it_in_french() {
    let program = env!("CARGO_PKG_VERSION");
    assert_eq!(
        version_text(Lang::Fr),
        format!("{program} — dossiers au format 4 (lit les formats 1 à 4), références au format 1")
    );
    assert_eq!(
        version_text(Lang::En),
        format!(
            "{program} — case files in format 4 (reads formats 1 to 4), references in format 1"
        )
    );
    let out = crate::common::run(&["--version"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("atelier-mse {}", version_text(Lang::Fr))
    );
}
