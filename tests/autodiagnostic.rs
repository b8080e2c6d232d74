//! The autodiagnostic of maturity: answered with the keyboard in the window (kittest), undone
//! like any edit, kept through save and reopen; its PDF page read with `pdftotext`; its result in
//! `analyse --json`.

use atelier_mse::app::View;
use atelier_mse::app::command::Command;
use atelier_mse::model::Answer;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

/// The keys of a hand-computed round, in the questionnaire's order: richesses humaines 11
/// points and one « je ne sais pas », ressources financières 2, alliances stratégiques 11,
/// projet et gouvernance 17 (the unit test `a_hand_computed_round_…` computes the same).
const KEYS: [Key; 24] = [
    Key::Num4,
    Key::Num3,
    Key::Num3,
    Key::Num2,
    Key::Questionmark,
    Key::Num4,
    Key::Num1,
    Key::Num2,
    Key::Num1,
    Key::Num2,
    Key::Num1,
    Key::Num1,
    Key::Num3,
    Key::Num3,
    Key::Num3,
    Key::Num3,
    Key::Num3,
    Key::Num2,
    Key::Num4,
    Key::Num4,
    Key::Num4,
    Key::Num4,
    Key::Num4,
    Key::Num3,
];

/// A case file of the club with one round answered by `KEYS`, saved by the window in `dir`.
pub fn answered_by_keyboard(dir: &std::path::Path) -> std::path::PathBuf {
    let mut h = crate::common::sample_window("club-randonnee.ron", dir);
    h.state_mut().view = View::Autodiagnostic;
    h.run();
    h.get_by_label_contains("Commencer l'autodiagnostic");
    h.key_press(Key::Enter);
    h.run();
    h.get_by_label("1 / 24");
    h.get_by_label_contains("Nous savons combien de bénévoles");
    // A wrong answer first, taken back with Backspace, then Shift+Tab from the third question.
    h.key_press(Key::Num1);
    h.run();
    h.get_by_label("2 / 24");
    h.key_press(Key::Backspace);
    h.run();
    h.get_by_label("1 / 24");
    h.key_press(Key::Num4);
    h.key_press(Key::Num3);
    h.run();
    h.get_by_label("3 / 24");
    h.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    h.run();
    h.get_by_label("2 / 24");
    // 0 is « je ne sais pas »; Enter goes on without changing the answer.
    h.key_press(Key::Num0);
    h.run();
    h.get_by_label("3 / 24");
    let answers = |h: &egui_kittest::Harness<'_, atelier_mse::app::App>| {
        h.state().document.case().diagnostics[0].answers.clone()
    };
    assert_eq!(answers(&h)["rh_valoriser"], Answer::DontKnow);
    h.key_press(Key::Backspace);
    h.run();
    let before = answers(&h);
    h.key_press(Key::Enter);
    h.run();
    h.get_by_label("3 / 24");
    assert_eq!(answers(&h), before);
    h.key_press(Key::Backspace);
    h.run();
    for key in KEYS.iter().skip(1) {
        h.key_press(*key);
        h.run();
    }
    // While a question waits for an answer, the keys are the question's.
    h.state_mut()
        .apply(Command::Request(atelier_mse::app::command::Pending::New));
    h.run();
    h.get_by_label_contains("Enregistrer");
    let before = answers(&h);
    h.state_mut().screens.autodiagnostic.result = false;
    h.key_press(Key::Num2);
    h.run();
    assert_eq!(answers(&h), before, "no answer typed behind the question");
    h.key_press(Key::Escape);
    h.run();
    h.state_mut().screens.autodiagnostic.result = true;
    h.run();
    let case = h.state().document.case().clone();
    let round = &case.diagnostics[0];
    assert_eq!(round.answers.len(), 24);
    assert_eq!(round.date, atelier_mse::storage::today(), "dated today");
    assert_eq!(round.answers["rh_gouvernance"], Answer::DontKnow);
    assert_eq!(
        round.answers["rh_connaitre"],
        Answer::Choice("tout_a_fait".to_owned())
    );
    // The result follows the last question.
    h.get_by_label("Alliances stratégiques : actifs — 11 points sur 18, seuil des pionniers à 14");
    h.get_by_label(
        "Richesses humaines : actifs — 11 points sur 15, seuil des pionniers à 12 ; hors du compte : 1 « je ne sais pas »",
    );
    h.get_by_label(
        "Projet et gouvernance : pionniers — 17 points sur 18 (seuil des pionniers à 14 atteint)",
    );
    h.get_by_label_contains("• form'actions : 1 à 3 jours");
    h.get_by_label_contains("Les compétences dont le projet aura besoin");
    // An answer is an edit like the others: undone and redone.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().document.case().diagnostics[0].answers.len(), 23);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(
        h.state().document.case().diagnostics[0],
        case.diagnostics[0]
    );
    // « Nouveau tour » starts another round at the first question; the first one stays.
    h.get_by_label("Nouveau tour").click();
    h.run();
    h.get_by_label("1 / 24");
    let rounds = &h.state().document.case().diagnostics;
    assert_eq!(rounds.len(), 2);
    assert_eq!(rounds[0], case.diagnostics[0]);
    assert!(rounds[1].answers.is_empty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().document.case().diagnostics.len(), 1);
    let path = dir.join("club-autodiagnostic.ron");
    h.state_mut().apply(Command::SaveToThen(path.clone(), None));
    h.run();
    path
}

#[test]
fn the_window_answers_by_keyboard_and_the_answers_survive_save_and_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = answered_by_keyboard(dir.path());
    let reopened = atelier_mse::storage::load(&path).unwrap();
    assert_eq!(reopened.diagnostics.len(), 1);
    let round = &reopened.diagnostics[0];
    assert_eq!(round.questionnaire.id, "mse-maturite");
    assert_eq!(round.answers.len(), 24);
    assert_eq!(round.answers["rh_gouvernance"], Answer::DontKnow);
    // Reopened in the window, the result is shown again.
    let doc = atelier_mse::app::Document::open(&path).unwrap();
    let mut h = crate::common::window(
        atelier_mse::app::App::new(doc, atelier_mse::app::AppPaths::in_dir(dir.path())),
        [1024.0, 768.0],
    );
    h.state_mut().view = View::Autodiagnostic;
    h.state_mut().screens.autodiagnostic.result = true;
    h.run();
    h.get_by_label("Alliances stratégiques : actifs — 11 points sur 18, seuil des pionniers à 14");
}

/// A round of `points` per question, in the questionnaire's order (`None`: « je ne sais pas »).
pub fn round_of(date: &str, points: &[Option<u32>]) -> atelier_mse::model::DiagnosticRound {
    let q = atelier_mse::analysis::autodiagnostic::Questionnaire::builtin();
    let mut round = atelier_mse::model::DiagnosticRound {
        date: date.to_owned(),
        questionnaire: q.reference(),
        ..Default::default()
    };
    for ((_, question), p) in q.questions().zip(points) {
        let answer = match p {
            Some(p) => Answer::Choice(q.scale[*p as usize].id.clone()),
            None => Answer::DontKnow,
        };
        round.answers.insert(question.id.clone(), answer);
    }
    round
}

/// The club's case with two rounds a year apart: the second is the hand-computed one.
pub fn club_with_two_rounds() -> atelier_mse::model::Case {
    let mut case =
        atelier_mse::storage::load(&crate::common::repo_path("saves/club-randonnee.ron")).unwrap();
    let first = [
        1, 1, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 1, 2, 1, 0, 1, 1, 2, 2, 1, 1, 2, 1,
    ]
    .map(Some);
    let second = [
        Some(3),
        Some(2),
        Some(2),
        Some(1),
        None,
        Some(3),
        Some(0),
        Some(1),
        Some(0),
        Some(1),
        Some(0),
        Some(0),
        Some(2),
        Some(2),
        Some(2),
        Some(2),
        Some(2),
        Some(1),
        Some(3),
        Some(3),
        Some(3),
        Some(3),
        Some(3),
        Some(2),
    ];
    case.diagnostics = vec![
        round_of("2025-11-20", &first),
        round_of("2026-11-19", &second),
    ];
    case
}

/// The club with two rounds, saved in `dir`.
fn saved_club(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("club.ron");
    atelier_mse::storage::save(&club_with_two_rounds(), &path).unwrap();
    path
}

#[test]
fn analyse_json_holds_the_latest_round_and_the_summary_says_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_club(dir.path());
    let out = crate::common::run(&["analyse", path.to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{out:?}");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let a = &doc["autodiagnostic"];
    assert_eq!(a["date"], "2026-11-19");
    assert_eq!(a["questionnaire"]["id"], "mse-maturite");
    let alliances = &a["sections"][2];
    assert_eq!(alliances["section"], "alliances_strategiques");
    assert_eq!(alliances["score"]["level"], "actifs");
    assert_eq!(alliances["score"]["points"], 11);
    assert_eq!(alliances["score"]["max"], 18);
    assert_eq!(alliances["score"]["next"]["level"], "pionniers");
    assert_eq!(alliances["score"]["next"]["threshold"], 14);
    assert_eq!(a["sections"][0]["score"]["dont_know"], 1);
    assert_eq!(
        a["sections"][0]["weighing"][0]["question"],
        "rh_competences"
    );
    assert_eq!(a["overall"]["points"], 41);
    assert_eq!(a["formats"][2]["format"], "formaction");
    // Without a round: null.
    let sample = crate::common::repo_path("saves/club-randonnee.ron");
    let out = crate::common::run(&["analyse", sample.to_str().unwrap(), "--json"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(doc["autodiagnostic"].is_null());

    let out = crate::common::run(&["analyse", path.to_str().unwrap()]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Autodiagnostic du 2026-11-19 :"), "{text}");
    assert!(
        text.contains(
            "Alliances stratégiques : actifs — 11 points sur 18, seuil des pionniers à 14"
        ),
        "{text}"
    );
}

#[test]
fn export_content_autodiagnostic_writes_the_levels_points_thresholds_and_formats() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_club(dir.path());
    let pdf = dir.path().join("autodiagnostic.pdf");
    let out = crate::common::run(&[
        "export",
        path.to_str().unwrap(),
        "--content",
        "autodiagnostic",
        "--pdf",
        pdf.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{out:?}");
    let words = crate::common::words(&crate::common::pdftotext(&pdf));
    for said in [
        "Autodiagnostic de maturité du 2026-11-19",
        "Alliances stratégiques : actifs — 11 points sur 18, seuil des pionniers à 14",
        "Richesses humaines : actifs — 11 points sur 15, seuil des pionniers à 12 ; hors du compte : 1 « je ne sais pas »",
        "Ensemble : actifs — 41 points sur 69, seuil des pionniers à 54",
        "Ce qui pèse le plus pour passer au niveau suivant",
        "form'actions : 1 à 3 jours, théorie et pratique sur les enjeux des participants",
        "parcours d'expérience : 9 mois",
        "Depuis le tour du 2025-11-20",
        "Richesses humaines : premiers pas → actifs (4 → 11 points)",
        "Notre convention",
        "Page 1 / 2",
    ] {
        assert!(
            words.contains(&crate::common::words(said)),
            "{said}\n{words}"
        );
    }
}

#[test]
fn the_session_report_holds_the_autodiagnostic_when_the_case_has_one() {
    let dir = tempfile::tempdir().unwrap();
    let with = saved_club(dir.path());
    let without = crate::common::repo_path("saves/club-randonnee.ron");
    let said = |case: &std::path::Path| {
        let pdf = dir.path().join("cr.pdf");
        let out = crate::common::run(&[
            "export",
            case.to_str().unwrap(),
            "--content",
            "report",
            "--pdf",
            pdf.to_str().unwrap(),
            "--force",
        ]);
        assert!(out.status.success(), "{out:?}");
        crate::common::words(&crate::common::pdftotext(&pdf))
    };
    let heading = crate::common::words("Autodiagnostic de maturité du 2026-11-19");
    assert!(said(&with).contains(&heading));
    assert!(!said(&without).contains(&crate::common::words("Autodiagnostic de maturité")));
}

/// The blank workbook filled by a script, as an association would in a spreadsheet: every cell
/// of the blank copied, and the answer column filled with `answers` (words, by question order).
fn filled(blank: &std::path::Path, answers: &[&str], out: &std::path::Path) {
    use calamine::{Data, Reader};
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(blank).unwrap();
    let range = book.worksheet_range("Autodiagnostic").unwrap();
    let mut copy = rust_xlsxwriter::Workbook::new();
    let sheet = copy.add_worksheet();
    sheet.set_name("Autodiagnostic").unwrap();
    let (top, left) = range.start().unwrap();
    for (r, row) in range.rows().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (top + r as u32, (left as usize + c) as u16);
            match cell {
                Data::String(s) => {
                    sheet.write_string(r, c, s).unwrap();
                }
                Data::Float(f) => {
                    sheet.write_number(r, c, *f).unwrap();
                }
                _ => {}
            }
        }
    }
    for (k, words) in answers.iter().enumerate() {
        sheet.write_string(4 + k as u32, 4, *words).unwrap();
    }
    copy.save(out).unwrap();
}

/// The words of the hand-computed round, in the questionnaire's order.
const WORDS: [&str; 24] = [
    "tout à fait",
    "en bonne partie",
    "en bonne partie",
    "un peu",
    "je ne sais pas",
    "Tout à fait",
    "pas du tout",
    "un peu",
    "pas du tout",
    "un peu",
    "pas du tout",
    "pas du tout",
    "en bonne partie",
    "en bonne partie",
    "en bonne partie",
    "en bonne partie",
    "en bonne partie",
    "un peu",
    "tout à fait",
    "tout à fait",
    "tout à fait",
    "tout à fait",
    "tout à fait",
    "en bonne partie",
];

#[test]
fn the_blank_workbook_filled_by_a_script_and_read_back_gives_the_same_result() {
    let dir = tempfile::tempdir().unwrap();
    let blank = dir.path().join("vierge.xlsx");
    let out = crate::common::run(&["autodiagnostic", "--blank", blank.to_str().unwrap()]);
    assert!(out.status.success(), "{out:?}");
    // Each answer cell offers the list of the scale's words and « je ne sais pas ».
    let sheet = std::process::Command::new("unzip")
        .args(["-p", blank.to_str().unwrap(), "xl/worksheets/sheet1.xml"])
        .output()
        .expect("unzip");
    let xml = String::from_utf8_lossy(&sheet.stdout);
    assert!(xml.contains(r#"<dataValidation type="list""#), "{xml}");
    assert!(xml.contains(r#"sqref="E5:E28""#), "{xml}");
    assert!(
        xml.contains("pas du tout,un peu,en bonne partie,tout à fait,je ne sais pas"),
        "{xml}"
    );
    let workbook = dir.path().join("rempli.xlsx");
    filled(&blank, &WORDS, &workbook);
    let case = dir.path().join("club.ron");
    std::fs::copy(crate::common::repo_path("saves/club-randonnee.ron"), &case).unwrap();
    let out = crate::common::run(&[
        "autodiagnostic",
        case.to_str().unwrap(),
        "--fill",
        workbook.to_str().unwrap(),
        "--date",
        "2026-11-19",
    ]);
    assert!(out.status.success(), "{out:?}");
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(
        said.contains(
            "Alliances stratégiques : actifs — 11 points sur 18, seuil des pionniers à 14"
        ),
        "{said}"
    );
    let read = atelier_mse::storage::load(&case).unwrap();
    let by_hand = &club_with_two_rounds().diagnostics[1];
    assert_eq!(read.diagnostics.as_slice(), std::slice::from_ref(by_hand));
}

#[test]
fn an_answer_that_is_not_a_choice_is_refused_with_its_sheet_row_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let blank = dir.path().join("vierge.xlsx");
    assert!(
        crate::common::run(&["autodiagnostic", "--blank", blank.to_str().unwrap()])
            .status
            .success()
    );
    let mut words = WORDS;
    words[4] = "beaucoup";
    let workbook = dir.path().join("rempli.xlsx");
    filled(&blank, &words, &workbook);
    let case = dir.path().join("club.ron");
    std::fs::copy(crate::common::repo_path("saves/club-randonnee.ron"), &case).unwrap();
    let before = std::fs::read(&case).unwrap();
    let out = crate::common::run(&[
        "autodiagnostic",
        case.to_str().unwrap(),
        "--fill",
        workbook.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let message = String::from_utf8(out.stderr).unwrap();
    assert!(
        message.contains("feuille « Autodiagnostic », ligne 9, colonne E : « beaucoup » n'est pas une des réponses (pas du tout, un peu, en bonne partie, tout à fait, je ne sais pas)"),
        "{message}"
    );
    assert_eq!(
        std::fs::read(&case).unwrap(),
        before,
        "the case is untouched"
    );
}

#[test]
fn a_network_variant_of_the_questionnaire_is_used_and_a_bad_one_refused_naming_the_file() {
    use calamine::Reader;
    let dir = tempfile::tempdir().unwrap();
    let shipped = std::fs::read_to_string(crate::common::repo_path(
        "assets/autodiagnostics/mse-maturite.ron",
    ))
    .unwrap();
    let variant = dir.path().join("reseau.ron");
    std::fs::write(
        &variant,
        shipped.replacen("id: \"mse-maturite\"", "id: \"reseau-sport\"", 1),
    )
    .unwrap();
    let blank = dir.path().join("vierge.xlsx");
    let out = crate::common::run(&[
        "autodiagnostic",
        "--blank",
        blank.to_str().unwrap(),
        "--questionnaire",
        variant.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{out:?}");
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&blank).unwrap();
    let range = book.worksheet_range("Autodiagnostic").unwrap();
    assert_eq!(range.get_value((1, 2)).unwrap().to_string(), "reseau-sport");

    let newer = dir.path().join("futur.ron");
    std::fs::write(&newer, shipped.replacen("format: 1,", "format: 2,", 1)).unwrap();
    let out = crate::common::run(&[
        "autodiagnostic",
        "--blank",
        dir.path().join("autre.xlsx").to_str().unwrap(),
        "--questionnaire",
        newer.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let message = String::from_utf8(out.stderr).unwrap();
    assert!(message.contains("futur.ron"), "{message}");
    assert!(message.contains("mettez Atelier MSE à jour"), "{message}");
    assert!(!dir.path().join("autre.xlsx").exists());
}

#[test]
fn a_round_of_a_questionnaire_this_build_does_not_have_is_kept_and_said_not_scored() {
    let dir = tempfile::tempdir().unwrap();
    let mut case = club_with_two_rounds();
    case.diagnostics[1].questionnaire.id = "reseau-sport".to_owned();
    let path = dir.path().join("club.ron");
    atelier_mse::storage::save(&case, &path).unwrap();
    let reopened = atelier_mse::storage::load(&path).unwrap();
    assert_eq!(reopened.diagnostics, case.diagnostics, "kept as it is");
    let out = crate::common::run(&["analyse", path.to_str().unwrap(), "--json"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(doc["autodiagnostic"].is_null());
    let pdf = dir.path().join("a.pdf");
    let out = crate::common::run(&[
        "export",
        path.to_str().unwrap(),
        "--content",
        "autodiagnostic",
        "--pdf",
        pdf.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{out:?}");
    let words = crate::common::words(&crate::common::pdftotext(&pdf));
    assert!(
        words.contains(&crate::common::words(
            "Le questionnaire « reseau-sport » (version 1) de ce tour n'est pas celui de cette version de l'atelier."
        )),
        "{words}"
    );
}

use proptest::prelude::*;

proptest! {
    /// Whatever a round holds — any mix of choices, « je ne sais pas », blanks, and answers the
    /// questionnaire does not know — the result stays consistent: points within the maximum,
    /// thresholds in order, the level the one the points reach, each question counted once.
    #[test]
    fn any_round_scores_consistently(
        answers in proptest::collection::vec(0u8..7, 24),
        stray in proptest::option::of("[a-z_]{1,12}"),
    ) {
        use atelier_mse::analysis::autodiagnostic::{Level, Questionnaire, score};
        let q = Questionnaire::builtin();
        let mut round = atelier_mse::model::DiagnosticRound::default();
        for ((_, question), a) in q.questions().zip(&answers) {
            let answer = match a {
                0..=3 => Some(Answer::Choice(q.scale[*a as usize].id.clone())),
                4 => Some(Answer::DontKnow),
                5 => Some(Answer::Choice("inconnue".to_owned())),
                _ => None,
            };
            if let Some(answer) = answer {
                round.answers.insert(question.id.clone(), answer);
            }
        }
        if let Some(id) = stray {
            round.answers.insert(format!("x_{id}"), Answer::DontKnow);
        }
        let result = score(q, &round);
        for s in result.sections.iter().map(|s| &s.score).chain([&result.overall]) {
            prop_assert!(s.points <= s.max && s.max <= s.full_max);
            prop_assert!(s.actifs <= s.pionniers);
            let reached = if s.points >= s.pionniers {
                Level::Pionniers
            } else if s.points >= s.actifs {
                Level::Actifs
            } else {
                Level::PremiersPas
            };
            prop_assert_eq!(s.level, (s.answered > 0).then_some(reached));
        }
        let o = &result.overall;
        prop_assert_eq!(o.answered + o.dont_know + o.unanswered, 24);
        let dont_know = answers.iter().filter(|a| **a == 4).count();
        prop_assert_eq!(o.dont_know, dont_know);
    }
}

#[test]
fn a_network_questionnaire_chosen_in_the_window_is_answered_scored_and_exported() {
    let dir = tempfile::tempdir().unwrap();
    let shipped = std::fs::read_to_string(crate::common::repo_path(
        "assets/autodiagnostics/mse-maturite.ron",
    ))
    .unwrap();
    let variant = dir.path().join("reseau.ron");
    std::fs::write(
        &variant,
        shipped
            .replacen("id: \"mse-maturite\"", "id: \"reseau-sport\"", 1)
            .replacen(
                "title: \"Autodiagnostic de maturité sur le modèle socio-économique\"",
                "title: \"Autodiagnostic des clubs du réseau\"",
                1,
            ),
    )
    .unwrap();
    let mut h = crate::common::sample_window("club-randonnee.ron", dir.path());
    // A file that cannot be used is said, naming it, and changes nothing.
    let broken = dir.path().join("casse.ron");
    std::fs::write(&broken, "(format: 1, id: ").unwrap();
    h.state_mut().apply(Command::UseQuestionnaire(broken));
    assert!(h.state().questionnaire.is_none());
    crate::common::assert_said(h.state(), &["casse.ron", "mal formé"]);
    h.state_mut().apply(Command::UseQuestionnaire(variant));
    h.state_mut().view = View::Autodiagnostic;
    h.run();
    h.get_by_label("Autodiagnostic des clubs du réseau");
    h.key_press(Key::Enter);
    h.run();
    for key in KEYS {
        h.key_press(key);
        h.run();
    }
    let round = &h.state().document.case().diagnostics[0];
    assert_eq!(round.questionnaire.id, "reseau-sport");
    h.get_by_label("Alliances stratégiques : actifs — 11 points sur 18, seuil des pionniers à 14");
    let pdf = dir.path().join("autodiagnostic.pdf");
    let choice = atelier_mse::app::dialogs::export::ExportChoice {
        format: atelier_mse::app::dialogs::export::Format::Pdf,
        options: atelier_mse::report::Options {
            content: atelier_mse::report::Content::Autodiagnostic,
            ..Default::default()
        },
    };
    assert!(h.state_mut().export_to(&pdf, choice));
    let words = crate::common::words(&crate::common::pdftotext(&pdf));
    assert!(
        words.contains(&crate::common::words(
            "Autodiagnostic des clubs du réseau (version 1)"
        )),
        "{words}"
    );
    assert!(words.contains(&crate::common::words("seuil des pionniers à 14")));
    // Back to the built-in questionnaire only: the round is kept, said, not scored.
    h.state_mut().apply(Command::Action(
        atelier_mse::app::action::Action::BuiltinQuestionnaire,
    ));
    h.run();
    h.get_by_label_contains("Le questionnaire « reseau-sport » (version 1) de ce tour");
    assert_eq!(h.state().document.case().diagnostics.len(), 1);
}

#[test]
fn a_portfolio_shows_each_member_s_levels_and_their_spread_per_lever() {
    let dir = tempfile::tempdir().unwrap();
    saved_club(dir.path());
    std::fs::copy(
        crate::common::repo_path("saves/cpie-vallee-verte.ron"),
        dir.path().join("cpie.ron"),
    )
    .unwrap();
    let typology = atelier_mse::analysis::Typology::builtin();
    let portfolio = atelier_mse::portfolio::Portfolio::load(dir.path(), typology).unwrap();
    let rows: Vec<usize> = (0..portfolio.entries.len()).collect();
    let spread = atelier_mse::portfolio::diagnostic_spread(&portfolio, &rows);
    // Only the club has answered: its latest round, the hand-computed one.
    assert_eq!(spread.members, 1);
    let levels: Vec<(&str, [usize; 3])> = spread
        .levels
        .iter()
        .map(|(n, c)| (n.as_str(), *c))
        .collect();
    assert_eq!(
        levels,
        [
            ("Richesses humaines", [0, 1, 0]),
            ("Ressources financières", [1, 0, 0]),
            ("Alliances stratégiques", [0, 1, 0]),
            ("Projet et gouvernance", [0, 0, 1]),
            ("Ensemble", [0, 1, 0]),
        ]
    );
    assert!(spread.formats.iter().any(|(_, n)| *n == 1));
    // The table (CSV, workbook, copy) says each member's levels.
    let csv =
        String::from_utf8(atelier_mse::portfolio::csv(&portfolio, &rows, false).unwrap()).unwrap();
    assert!(csv.contains("ensemble : actifs · Richesses humaines : actifs · Ressources financières : premiers pas"), "{csv}");
    // The portfolio view says it for a « tête de réseau ».
    let settings = tempfile::tempdir().unwrap();
    let mut app = atelier_mse::app::App::new(
        atelier_mse::app::Document::new(atelier_mse::model::Case::new_blank(2026), None),
        atelier_mse::app::AppPaths::in_dir(settings.path()),
    );
    app.open_portfolio(dir.path());
    app.view = View::Portfolio;
    let mut h = crate::common::window(app, [1400.0, 900.0]);
    h.get_by_label_contains("Autodiagnostic des membres (dernier tour) : 1 dossier")
        .click();
    h.run();
    h.get_by_label_contains("Formats conseillés (membres)");
}

#[test]
fn answers_typed_faster_than_the_frames_are_all_taken_in_order() {
    // A slow frame gathers « 1 2 3 4 0 », Enter and « 3 2 1 » (Shift with the digits, as a French
    // keyboard types them): nine keys, eight answers, none lost.
    let dir = tempfile::tempdir().unwrap();
    let mut h = crate::common::sample_window("club-randonnee.ron", dir.path());
    h.state_mut().view = View::Autodiagnostic;
    h.run();
    h.key_press(Key::Enter);
    h.run();
    h.get_by_label("1 / 24");
    let press = |key: Key, modifiers: Modifiers| egui::Event::Key {
        key,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers,
    };
    let keys = [
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num0,
        Key::Enter,
        Key::Num3,
        Key::Num2,
        Key::Num1,
    ];
    h.input_mut()
        .events
        .extend(keys.iter().map(|k| press(*k, Modifiers::SHIFT)));
    h.step();
    h.run();
    h.get_by_label("10 / 24");
    let answers = &h.state().document.case().diagnostics[0].answers;
    assert_eq!(answers.len(), 8);
    let q = atelier_mse::analysis::autodiagnostic::Questionnaire::builtin();
    let ids: Vec<&str> = q.questions().map(|(_, q)| q.id.as_str()).collect();
    assert_eq!(answers[ids[0]], Answer::Choice("pas_du_tout".to_owned()));
    assert_eq!(answers[ids[4]], Answer::DontKnow);
    assert!(
        !answers.contains_key(ids[5]),
        "Enter went on without answering"
    );
    assert_eq!(
        answers[ids[6]],
        Answer::Choice("en_bonne_partie".to_owned())
    );
}

/// The closed polygons of `page` outlined in `colour`, but the legend's small squares.
fn polygons_in(
    page: &atelier_mse::report::document::Page,
    colour: atelier_mse::palette::Rgb,
) -> Vec<Vec<[f32; 2]>> {
    use atelier_mse::report::document::Op;
    page.ops
        .iter()
        .filter_map(|op| match op {
            Op::Path {
                points,
                closed: true,
                stroke: Some((_, c)),
                ..
            } if *c == colour => Some(points.clone()),
            _ => None,
        })
        .filter(|points| {
            let extent = |k: usize| {
                let values = points.iter().map(|p| p[k]);
                values.clone().fold(f32::MIN, f32::max) - values.fold(f32::MAX, f32::min)
            };
            extent(0).max(extent(1)) > 10.0
        })
        .collect()
}

#[test]
fn the_pdf_page_draws_the_radar_of_the_levers_with_both_rounds_and_the_parts_names() {
    use atelier_mse::report::document::Op;
    use atelier_mse::report::radar::{BEFORE, LATEST};
    use atelier_mse::report::{self, Content, Options};
    let layout = |case: &atelier_mse::model::Case| {
        report::document(
            case,
            "2025 réalisé",
            atelier_mse::analysis::Typology::builtin(),
            Options {
                content: Content::Autodiagnostic,
                ..Options::default()
            },
        )
        .unwrap()
    };
    let case = club_with_two_rounds();
    let doc = layout(&case);
    let first = doc.pages.first().unwrap();
    // The latest round outlined in the window's colour, the one before in its own, one vertex
    // per part.
    let latest = polygons_in(first, LATEST);
    let before = polygons_in(first, BEFORE);
    assert_eq!(latest.len(), 1, "{latest:?}");
    assert_eq!(before.len(), 1, "{before:?}");
    assert_eq!(latest[0].len(), 4);
    assert_eq!(before[0].len(), 4);
    // The latest round reached more than the first one on every part but the financial
    // resources (2 points now, 1 before): farther from the centre.
    let centre = |p: &[[f32; 2]]| {
        let n = p.len() as f32;
        [
            p.iter().map(|v| v[0]).sum::<f32>() / n,
            p.iter().map(|v| v[1]).sum::<f32>() / n,
        ]
    };
    let grid = polygons_in(first, atelier_mse::palette::GRID);
    let outer = grid.last().unwrap();
    let [cx, cy] = centre(outer);
    let reach = |v: [f32; 2]| ((v[0] - cx).powi(2) + (v[1] - cy).powi(2)).sqrt();
    for (now, then) in latest[0].iter().zip(&before[0]) {
        assert!(reach(*now) > reach(*then), "{now:?} {then:?}");
    }
    // Each part's name is written beside its axis, whole and on the page, never over another.
    let texts: Vec<(f32, f32, f32, f32, &str)> = first
        .ops
        .iter()
        .filter_map(|op| match op {
            Op::Text {
                x,
                y,
                size,
                text,
                align,
                bold,
                ..
            } => {
                let w = atelier_mse::report::fonts::width(text, *size, *bold);
                Some((align.start(*x, w), *y - size, w, *size * 1.2, text.as_str()))
            }
            _ => None,
        })
        .collect();
    let result = atelier_mse::analysis::autodiagnostic::score(
        atelier_mse::analysis::autodiagnostic::Questionnaire::builtin(),
        case.diagnostics.last().unwrap(),
    );
    assert_eq!(result.sections.len(), 4);
    for s in &result.sections {
        let name = texts
            .iter()
            .find(|t| t.4 == s.name)
            .unwrap_or_else(|| panic!("{} not written alone", s.name));
        assert!(name.0 >= 0.0 && name.0 + name.2 <= doc.width, "{}", s.name);
        for other in texts.iter().filter(|t| t.4 != name.4) {
            let apart = name.0 + name.2 <= other.0
                || other.0 + other.2 <= name.0
                || name.1 + name.3 <= other.1
                || other.1 + other.3 <= name.1;
            assert!(apart, "« {} » over « {} »", name.4, other.4);
        }
    }
    // And the dates of both rounds in the legend.
    for date in ["2026-11-19", "2025-11-20"] {
        assert!(texts.iter().any(|t| t.4 == date), "{date}");
    }
    // One round: its polygon alone.
    let mut one = case.clone();
    one.diagnostics.remove(0);
    let doc = layout(&one);
    let first = doc.pages.first().unwrap();
    assert_eq!(polygons_in(first, LATEST).len(), 1);
    assert!(polygons_in(first, BEFORE).is_empty());
}

#[test]
fn the_blank_questionnaire_prints_as_a_pdf_with_every_question_and_a_box_per_answer() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("vierge.pdf");
    let out = crate::common::run(&["autodiagnostic", "--blank", pdf.to_str().unwrap()]);
    assert!(out.status.success(), "{out:?}");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    let q = atelier_mse::analysis::autodiagnostic::Questionnaire::builtin();
    let text = crate::common::pdftotext(&pdf);
    let pages: Vec<String> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .map(crate::common::words)
        .collect();
    assert!(pages.len() > 1, "{text}");
    let all = pages.concat();
    for said in [&q.title, &q.source, &q.caveat] {
        assert!(all.contains(&crate::common::words(said)), "{said}");
    }
    for section in &q.sections {
        assert!(
            all.contains(&crate::common::words(&section.name)),
            "{}",
            section.name
        );
    }
    // Each question whole on one page, its help with it: a page break never cuts one.
    let mut on_page = vec![0; pages.len()];
    for (number, (_, question)) in q.questions().enumerate() {
        let whole = crate::common::words(&format!("{}. {}", number + 1, question.text));
        let page = pages
            .iter()
            .position(|p| p.contains(&whole))
            .unwrap_or_else(|| panic!("question {} not whole on a page", question.id));
        assert!(
            pages[page].contains(&crate::common::words(&question.help)),
            "the help of {} not on its page",
            question.id
        );
        on_page[page] += 1;
    }
    // And under each question, every word of the scale and « je ne sais pas » to tick: on each
    // page, as many times as it has questions (the first page's guide says each once more).
    for (n, page) in pages.iter().enumerate() {
        let guide = usize::from(n == 0);
        for choice in q
            .scale
            .iter()
            .map(|c| c.text.as_str())
            .chain([q.dont_know.as_str()])
        {
            let times = page.matches(&crate::common::words(choice)).count();
            // At least: a question's own text may use the words too.
            assert!(
                times >= on_page[n] + guide,
                "page {}: « {choice} » {times} times for {} questions",
                n + 1,
                on_page[n]
            );
        }
    }
    // The boxes to tick: one square per answer of each question.
    let doc = atelier_mse::report::blank_questionnaire::blank_document(q);
    let boxes: usize = doc
        .pages
        .iter()
        .flat_map(|p| &p.ops)
        .filter(|op| {
            matches!(op, atelier_mse::report::document::Op::Path { points, closed: true, fill: None, .. }
                if points.len() == 4 && (points[1][0] - points[0][0] - 9.0).abs() < 0.01)
        })
        .count();
    assert_eq!(boxes, q.questions().count() * (q.scale.len() + 1));
}

#[test]
fn a_blank_questionnaire_of_another_kind_is_refused_saying_which_ones_it_writes() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("vierge.docx");
    let out = crate::common::run(&["autodiagnostic", "--blank", out_path.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(".xlsx") && err.contains(".pdf"), "{err}");
    assert!(!out_path.exists());
}
