//! Case files: samples round-trip, the saved form is stable, old formats migrate, and every
//! kind of bad file is refused with a precise French message without touching the disk.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::common::{repo_path, samples};
use atelier_mse::model::{Case, KindId, RateCategory, ResourceLine, Snapshot, SnapshotKind};
use atelier_mse::storage::{self, LoadError, MAX_FILE_BYTES};

#[test]
fn every_sample_loads_and_round_trips_to_an_identical_file() {
    let files = samples();
    assert!(files.len() >= 4, "four sample cases at least");
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        let case = storage::load(&file).unwrap_or_else(|e| panic!("{e}"));
        assert!(case.snapshots.len() >= 2, "{}", file.display());
        assert_eq!(storage::to_text(&case).unwrap(), text, "{}", file.display());
    }
}

fn golden_case() -> Case {
    let mut case = Case::new_blank(2026);
    case.organisation.name = "Golden « é »".to_owned();
    case.accompaniment.decisions = "Ligne 1\nLigne 2 avec \"guillemets\"".to_owned();
    let mut line = ResourceLine::new(1, KindId::new("subventions").unwrap());
    line.counterparty = "Région".to_owned();
    line.amount = Some(1234.5);
    line.multi_year = true;
    let mut volunteers = ResourceLine::new(2, KindId::new("benevolat_activite").unwrap());
    volunteers.people = Some(3);
    volunteers.quantity = Some(120.0);
    case.snapshots[0].lines = vec![line, volunteers];
    case.snapshots.push(Snapshot {
        label: "cible 2028".to_owned(),
        year: 2028,
        kind: SnapshotKind::Cible,
        reserves: Some(10.0),
        ..Snapshot::default()
    });
    case
}

#[test]
fn saved_form_is_stable() {
    let golden = repo_path("tests/golden/case.ron");
    let text = storage::to_text(&golden_case()).unwrap();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        fs::write(&golden, &text).unwrap();
    }
    assert_eq!(text, fs::read_to_string(&golden).unwrap());
    let reloaded = storage::parse(text.as_bytes(), Path::new("golden")).unwrap();
    assert_eq!(reloaded, golden_case());
}

#[test]
fn format_1_migrates_to_per_category_rates() {
    let case = storage::load(&repo_path("tests/fixtures/format-1.ron")).unwrap();
    assert_eq!(case.format_version, atelier_mse::model::FORMAT_VERSION);
    assert_eq!(case.organisation.name, "Amicale des Jardins Ouvriers");
    for category in RateCategory::ALL {
        assert_eq!(case.valuation.rate(category), 11.65);
    }
    assert_eq!(case.valuation.rates[0].year, 2024);
    assert_eq!(case.typology.id, "cpca-2014");
    assert_eq!(case.snapshots[0].lines.len(), 2);
}

#[test]
fn format_2_reads_as_it_is_and_is_saved_in_the_current_format_with_an_action_plan() {
    let fixture = repo_path("tests/fixtures/format-2.ron");
    assert!(
        fs::read_to_string(&fixture)
            .unwrap()
            .contains("format_version: 2,")
    );
    let mut case = storage::load(&fixture).unwrap();
    assert_eq!(case.format_version, 4);
    assert!(case.accompaniment.actions.is_empty());
    case.accompaniment.actions.push(atelier_mse::model::Action {
        action: "Relancer les adhérents".to_owned(),
        ..Default::default()
    });
    case.accompaniment.validated_by = "Le bureau".to_owned();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v3.ron");
    storage::save(&case, &path).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("// Dossier Atelier MSE (modèle socio-économique). Format 4."));
    assert_eq!(storage::load(&path).unwrap(), case);
}

#[test]
fn format_3_reads_as_it_is_with_no_autodiagnostic() {
    let fixture = repo_path("tests/fixtures/format-3.ron");
    let text = fs::read_to_string(&fixture).unwrap();
    assert!(text.contains("format_version: 3,"));
    let case = storage::load(&fixture).unwrap();
    assert_eq!(case.format_version, 4);
    assert!(case.diagnostics.is_empty());
    let sample = storage::load(&repo_path("saves/club-randonnee.ron")).unwrap();
    assert_eq!(case, sample, "the same case in format 3 and in format 4");
}

#[test]
fn rounds_of_autodiagnostic_survive_save_and_reopen_dont_know_apart() {
    use atelier_mse::model::{Answer, DiagnosticRound, QuestionnaireRef};
    let mut case = storage::load(&repo_path("tests/fixtures/format-3.ron")).unwrap();
    for (date, choice) in [("2025-11-20", "un_peu"), ("2026-11-19", "tout_a_fait")] {
        let mut round = DiagnosticRound {
            date: date.to_owned(),
            questionnaire: QuestionnaireRef {
                id: "mse-maturite".to_owned(),
                version: 1,
            },
            ..DiagnosticRound::default()
        };
        round
            .answers
            .insert("rh_connaitre".to_owned(), Answer::Choice(choice.to_owned()));
        round
            .answers
            .insert("rf_parts".to_owned(), Answer::DontKnow);
        case.diagnostics.push(round);
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v4.ron");
    storage::save(&case, &path).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"rf_parts\": DontKnow"), "{text}");
    assert!(
        text.contains("\"rh_connaitre\": Choice(\"tout_a_fait\")"),
        "{text}"
    );
    let reopened = storage::load(&path).unwrap();
    assert_eq!(reopened.diagnostics.len(), 2);
    assert_eq!(reopened, case);
}

/// Loads `bytes` from a real file and checks that the file is untouched afterwards.
fn refused(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dossier.ron");
    fs::write(&path, bytes).unwrap();
    let err = storage::load(&path).expect_err("must be refused");
    assert_eq!(fs::read(&path).unwrap(), bytes, "file changed on disk");
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no file added"
    );
    let message = err.to_string();
    assert!(message.contains("dossier.ron"), "names the file: {message}");
    message
}

fn sample_text() -> String {
    fs::read_to_string(repo_path("saves/club-randonnee.ron")).unwrap()
}

#[test]
fn truncated_file_is_refused_with_line_and_column() {
    let text = sample_text();
    let message = refused(&text.as_bytes()[..text.len() / 2]);
    assert!(message.contains("ligne"), "{message}");
    assert!(message.contains("tronqué"), "{message}");
}

#[test]
fn wrong_type_is_refused_where_it_stands() {
    let text = sample_text().replacen("general_interest: false", "general_interest: \"non\"", 1);
    let message = refused(text.as_bytes());
    assert!(message.contains("ligne 7, colonne 26"), "{message}");
    assert!(message.contains("true ou false"), "{message}");
}

#[test]
fn negative_amount_is_refused() {
    let text = sample_text().replacen("amount: Some(4650.0)", "amount: Some(-4650.0)", 1);
    let message = refused(text.as_bytes());
    assert!(message.contains("négative"), "{message}");
    assert!(message.contains("ligne"), "{message}");
}

#[test]
fn nan_amount_is_refused() {
    let text = sample_text().replacen("amount: Some(4650.0)", "amount: Some(NaN)", 1);
    let message = refused(text.as_bytes());
    assert!(message.contains("non finie"), "{message}");
}

#[test]
fn unknown_resource_kind_is_refused() {
    let text = sample_text().replacen("kind: \"cotisations\"", "kind: \"loterie\"", 1);
    let message = refused(text.as_bytes());
    assert!(
        message.contains("type de ressource inconnu « loterie »"),
        "{message}"
    );
}

#[test]
fn future_format_version_asks_to_update_the_app() {
    let text = sample_text().replacen("format_version: 4", "format_version: 7", 1);
    let message = refused(text.as_bytes());
    assert!(message.contains("format 7"), "{message}");
    assert!(message.contains("Mettez Atelier MSE à jour"), "{message}");
    assert!(matches!(
        storage::parse(text.as_bytes(), Path::new("x")),
        Err(LoadError::FutureVersion { found: 7, .. })
    ));
}

#[test]
fn file_over_the_size_limit_is_refused_before_reading() {
    let mut bytes = sample_text().into_bytes();
    bytes.resize(MAX_FILE_BYTES as usize + 10, b' ');
    let message = refused(&bytes);
    assert!(message.contains("trop volumineux"), "{message}");
}

#[test]
fn non_utf8_bytes_are_refused_with_their_position() {
    let mut bytes = sample_text().into_bytes();
    let at = bytes.iter().position(|&b| b == b'R').unwrap();
    bytes[at] = 0xff;
    let message = refused(&bytes);
    assert!(message.contains("UTF-8"), "{message}");
    assert!(message.contains("ligne 5"), "{message}");
}

#[test]
fn deeply_nested_brackets_are_refused() {
    let text = format!(
        "(format_version: 2, organisation: {}{})",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let message = refused(text.as_bytes());
    assert!(message.contains("imbrication trop profonde"), "{message}");
}

#[test]
fn duplicate_snapshot_labels_and_dangling_links_are_refused() {
    let text = sample_text().replacen("label: \"2025 réalisé\"", "label: \"2024 réalisé\"", 1);
    assert!(refused(text.as_bytes()).contains("même nom"));
    let mut case = storage::load(&repo_path("saves/club-randonnee.ron")).unwrap();
    case.snapshots[0].lines[2].alliance = Some(99);
    let text = storage::to_text(&case).unwrap();
    assert!(refused(text.as_bytes()).contains("ne désigne aucune ligne"));
}

#[test]
fn byte_order_mark_and_crlf_are_accepted() {
    let text = sample_text().replace('\n', "\r\n");
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(text.as_bytes());
    let case = storage::parse(&bytes, Path::new("bom.ron")).unwrap();
    assert_eq!(case.organisation.name, "Les Randonneurs des Trois Vallées");
}

#[test]
fn save_is_atomic_and_keeps_the_previous_file_as_bak() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cas.ron");
    let mut case = golden_case();
    storage::save(&case, &path).unwrap();
    let first = fs::read(&path).unwrap();
    case.organisation.name = "Renommée".to_owned();
    storage::save(&case, &path).unwrap();
    assert_eq!(fs::read(dir.path().join("cas.ron.bak")).unwrap(), first);
    assert_eq!(storage::load(&path).unwrap(), case);
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names.len(), 2, "no temporary file left: {names:?}");
}

#[test]
fn save_to_a_missing_folder_fails_without_writing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("absent").join("cas.ron");
    let err = storage::save(&golden_case(), &path)
        .unwrap_err()
        .to_string();
    assert!(err.contains("introuvable"), "{err}");
    assert!(!path.exists());
}

fn binary() -> Command {
    Command::new(env!("CARGO_BIN_EXE_atelier-mse"))
}

#[test]
fn check_command_accepts_the_samples() {
    let output = binary().arg("check").args(samples()).output().unwrap();
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(stdout.lines().count(), samples().len());
    assert!(stdout.contains("Les Randonneurs des Trois Vallées — 3 instantané(s), 21 ligne(s)"));
}

#[test]
fn check_command_reports_a_corrupted_copy_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("abime.ron");
    fs::write(&bad, sample_text().replacen("year: 2024,", "year: 2024", 1)).unwrap();
    let output = binary()
        .arg("check")
        .arg(repo_path("saves/club-randonnee.ron"))
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("abime.ron"), "{stderr}");
    assert!(stderr.contains("ligne 71, colonne 13"), "{stderr}");
    assert!(stderr.contains("virgule"), "{stderr}");
}
