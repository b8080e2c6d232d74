//! Beyond one case: the portfolio of a folder (table, filters, anonymised view, CSV, PDF/PNG,
//! unreadable files listed) and the comparison of two case files (`diff`), from the library, the
//! command line and the window.

use std::fs;
use std::path::Path;

use crate::common::{money, repo_path, run, samples};
use atelier_mse::analysis::Typology;
use atelier_mse::app::View;
use atelier_mse::app::workspaces::PortfolioExport;
use atelier_mse::app::{App, AppPaths, Document};
use atelier_mse::compare::{Status, compare, summary};
use atelier_mse::format::euros;
use atelier_mse::model::{Case, Lever, Phase};
use atelier_mse::portfolio::{Column, Filter, Portfolio, Sort, csv};
use atelier_mse::storage;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// A folder with the four samples and one truncated file.
fn folder_with_broken_file() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for sample in samples() {
        fs::copy(&sample, dir.path().join(sample.file_name().unwrap())).unwrap();
    }
    let text = fs::read_to_string(repo_path("saves/club-randonnee.ron")).unwrap();
    fs::write(dir.path().join("abimé.ron"), &text[..text.len() / 2]).unwrap();
    // Not a case file: ignored, not reported.
    fs::write(dir.path().join("notes.txt"), "rien à voir").unwrap();
    dir
}

#[test]
fn a_portfolio_of_the_samples_gives_the_table_and_lists_the_broken_file() {
    let dir = folder_with_broken_file();
    let p = Portfolio::load(dir.path(), Typology::builtin()).unwrap();
    assert_eq!(p.entries.len(), 4);
    assert_eq!(p.failures.len(), 1);
    let failure = &p.failures[0];
    assert!(failure.path.ends_with("abimé.ron"));
    let message = failure.error.to_string();
    assert!(
        message.contains("abimé.ron") && message.contains("ligne"),
        "{message}"
    );

    let rows = p.rows(&Filter::default(), Sort::default());
    let table: Vec<(String, String, String)> = rows
        .iter()
        .map(|&i| {
            let e = &p.entries[i];
            (e.name.clone(), e.snapshot.clone(), e.position.clone())
        })
        .collect();
    let expected = [
        ("Association Espoir Génétique", "M6 — Mobilisation privée"),
        (
            "Fédération Nationale Entraide et Santé",
            "M3 — L'association opératrice de politique publique",
        ),
        (
            "Les Randonneurs des Trois Vallées",
            "M1 — Modèle des membres",
        ),
        ("Maison de la Nature de la Vallée Verte", "entre M4 et M2"),
    ];
    assert_eq!(table.len(), expected.len());
    for ((name, snapshot, position), (want_name, want_position)) in table.iter().zip(expected) {
        assert_eq!(name, want_name);
        assert_eq!(snapshot, "2025 réalisé");
        assert_eq!(position, want_position);
    }
    let club = p
        .entries
        .iter()
        .find(|e| e.name.starts_with("Les Randonneurs"))
        .unwrap();
    assert_eq!(club.monetary_budget, 8_000.0);
    assert!(club.valued_budget > club.monetary_budget);
    assert_eq!(club.qualifiers, vec!["fortement bénévole"]);
    assert_eq!(club.path_points.len(), 3);
    // Numbers follow the file names of the loaded cases, whatever the sort.
    let numbers: Vec<usize> = p.entries.iter().map(|e| e.number).collect();
    assert_eq!(numbers, vec![1, 2, 3, 4]);
}

#[test]
fn filters_and_sorting_choose_and_order_the_rows() {
    let dir = folder_with_broken_file();
    let p = Portfolio::load(dir.path(), Typology::builtin()).unwrap();
    let names = |filter: &Filter, sort: Sort| -> Vec<String> {
        p.rows(filter, sort)
            .iter()
            .map(|&i| p.entries[i].name.clone())
            .collect()
    };
    let by_budget = Sort {
        column: Column::Monetary,
        descending: true,
    };
    assert_eq!(
        names(&Filter::default(), by_budget),
        [
            "Fédération Nationale Entraide et Santé",
            "Association Espoir Génétique",
            "Maison de la Nature de la Vallée Verte",
            "Les Randonneurs des Trois Vallées"
        ]
    );
    let m3 = Filter {
        model: Some("M3".to_owned()),
        ..Filter::default()
    };
    assert_eq!(
        names(&m3, Sort::default()),
        ["Fédération Nationale Entraide et Santé"]
    );
    let consolidation = Filter {
        phase: Some(Phase::Consolidation),
        ..Filter::default()
    };
    assert_eq!(
        names(&consolidation, Sort::default()),
        ["Maison de la Nature de la Vallée Verte"]
    );
    let sport = Filter {
        sector: Some("Sport et loisirs".to_owned()),
        ..Filter::default()
    };
    assert_eq!(
        names(&sport, Sort::default()),
        ["Les Randonneurs des Trois Vallées"]
    );
    assert!(
        p.values(|e| &e.sector)
            .contains(&"Sport et loisirs".to_owned())
    );
}

#[test]
fn the_csv_has_one_row_per_case_and_hides_names_when_anonymised() {
    let dir = folder_with_broken_file();
    let p = Portfolio::load(dir.path(), Typology::builtin()).unwrap();
    let rows = p.rows(&Filter::default(), Sort::default());
    let read = |bytes: Vec<u8>| -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(bytes.as_slice())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect()
    };
    let records = read(csv(&p, &rows, false).unwrap());
    assert_eq!(records.len(), 4);
    let club = records
        .iter()
        .find(|r| r[1] == "Les Randonneurs des Trois Vallées")
        .unwrap();
    assert_eq!(club[0], "club-randonnee.ron");
    assert_eq!(club[6], "8000,00");
    assert_eq!(club[8], "M1 — Modèle des membres");
    assert_eq!(club[9], "M1");

    // Sorting by name in the anonymised view would reveal the names' order: numbers are used.
    let anonymous_rows = p.rows(&Filter::default(), Sort::default().applied(true));
    let anonymised = read(csv(&p, &anonymous_rows, true).unwrap());
    let names: Vec<&str> = anonymised.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(
        names,
        [
            "Organisation 1",
            "Organisation 2",
            "Organisation 3",
            "Organisation 4"
        ]
    );
    for record in &anonymised {
        assert!(record[0].is_empty(), "file name hidden: {record:?}");
        assert!(record[1].starts_with("Organisation "), "{record:?}");
        assert!(record[3].is_empty(), "territory hidden: {record:?}");
    }
    let text = String::from_utf8(csv(&p, &rows, true).unwrap()).unwrap();
    assert!(!text.contains("Randonneurs"));
}

#[test]
fn the_csv_bytes_start_with_a_bom_and_use_semicolons_decimal_commas_and_no_formula() {
    let case = storage::load(&repo_path("saves/club-randonnee.ron")).unwrap();
    let mut entry =
        atelier_mse::portfolio::Entry::from_case("club.ron".into(), 1, &case, Typology::builtin());
    entry.name = "=HYPERLINK(\"x\")".to_owned();
    entry.monetary_budget = 1234.5;
    let p = Portfolio {
        entries: vec![entry],
        ..Default::default()
    };
    let bytes = csv(&p, &[0], false).unwrap();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 byte-order mark first: {:?}",
        &bytes[..8]
    );
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    assert!(
        header.starts_with("fichier;organisation;secteur;"),
        "{header}"
    );
    assert!(
        header.contains("instantané"),
        "accents kept as UTF-8: {header}"
    );
    let row = lines.next().unwrap();
    let cells: Vec<&str> = row.split(';').collect();
    assert_eq!(cells[0], "club.ron");
    assert_eq!(cells[1], "\"'=HYPERLINK(\"\"x\"\")\"", "{row}");
    assert_eq!(cells[6], "1234,50", "decimal comma: {row}");
}

#[test]
fn the_portfolio_command_writes_csv_pdf_png_and_reports_the_broken_file() {
    let dir = folder_with_broken_file();
    let out = tempfile::tempdir().unwrap();
    let (csv_path, pdf, png) = (
        out.path().join("p.csv"),
        out.path().join("p.pdf"),
        out.path().join("p.png"),
    );
    let output = run(&[
        "portfolio",
        dir.path().to_str().unwrap(),
        "--csv",
        csv_path.to_str().unwrap(),
        "--pdf",
        pdf.to_str().unwrap(),
        "--png",
        png.to_str().unwrap(),
        "--paths",
    ]);
    assert_eq!(output.status.code(), Some(1), "a file could not be read");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("abimé.ron"), "{stderr}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("Les Randonneurs des Trois Vallées"),
        "{stdout}"
    );
    assert!(stdout.contains("4 dossier(s) affiché(s) sur 4 ; 1 fichier(s) non chargé(s)"));
    let csv_text = fs::read_to_string(&csv_path).unwrap();
    assert_eq!(csv_text.lines().count(), 5, "header and one row per case");
    assert!(fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    assert!(fs::read(&png).unwrap().starts_with(b"\x89PNG"));

    // Filtered and anonymised; a clean folder exits 0.
    fs::remove_file(dir.path().join("abimé.ron")).unwrap();
    let output = run(&[
        "portfolio",
        dir.path().to_str().unwrap(),
        "--model",
        "M1",
        "--anonymise",
        "--csv",
        csv_path.to_str().unwrap(),
    ]);
    assert!(output.status.success());
    let csv_text = fs::read_to_string(&csv_path).unwrap();
    assert_eq!(csv_text.lines().count(), 2);
    // Anonymised, no free text leaves: the sector and the snapshot's label are free text.
    assert!(csv_text.contains("Organisation 1;;"), "{csv_text}");
    assert!(!csv_text.contains("Sport et loisirs"), "{csv_text}");
    assert!(csv_text.contains(";2025 réalisé;"), "{csv_text}");
}

#[test]
fn a_missing_folder_is_a_french_error() {
    let output = run(&["portfolio", "/nonexistent/dossiers"]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "an input that cannot be used"
    );
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("ne peut pas être lu"), "{stderr}");
}

/// The centre's sample with known edits: territory, one amount, one flag, one line removed,
/// one line added, all in « 2025 réalisé ».
fn edited_copy(case: &Case) -> (Case, String, String, String) {
    let mut b = case.clone();
    b.organisation.territory = "Vallée Verte".to_owned();
    let next_id = b.next_line_id();
    let s = b
        .snapshots
        .iter_mut()
        .find(|s| s.label == "2025 réalisé")
        .unwrap();
    // The two smallest financial lines, so that the model stays the same.
    let mut financial: Vec<usize> = s
        .lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.lever() == Lever::RessourcesFinancieres && l.amount.is_some())
        .map(|(i, _)| i)
        .collect();
    financial.sort_by(|&x, &y| {
        s.lines[x]
            .amount
            .unwrap()
            .total_cmp(&s.lines[y].amount.unwrap())
    });
    let changed = s.lines[financial[0]].display_label().to_owned();
    s.lines[financial[0]].amount = Some(s.lines[financial[0]].amount.unwrap() + 5_000.0);
    s.lines[financial[0]].earmarked = !s.lines[financial[0]].earmarked;
    let removed = s.lines.remove(financial[1]).display_label().to_owned();
    let mut added = money(next_id, "dons", "Particuliers", 2_500.0);
    added.label = "Campagne de dons 2025".to_owned();
    s.lines.push(added.clone());
    (b, changed, removed, added.label)
}

#[test]
fn diff_reports_exactly_the_modifications_made() {
    let a = storage::load(&repo_path("saves/cpie-vallee-verte.ron")).unwrap();
    let (b, changed, removed, added) = edited_copy(&a);
    let c = compare(&a, &b, ("a.ron", "b.ron"), Typology::builtin());

    assert_eq!(c.organisation.len(), 1);
    assert_eq!(c.organisation[0].field, "territoire");
    assert_eq!(c.organisation[0].after, "« Vallée Verte »");
    assert!(c.valuation.is_empty());
    let unchanged: Vec<&str> = c
        .snapshots
        .iter()
        .filter(|s| s.is_unchanged())
        .map(|s| s.label.as_str())
        .collect();
    assert_eq!(unchanged, ["2024 réalisé", "cible 2028"]);
    let s = c.snapshot("2025 réalisé").unwrap();
    assert!(s.fields.is_empty());
    let lines: Vec<(Status, &str)> = s
        .levers
        .iter()
        .flat_map(|l| l.lines.iter().map(|x| (x.status, x.label.as_str())))
        .collect();
    assert_eq!(
        lines,
        [
            (Status::Changed, changed.as_str()),
            (Status::Added, added.as_str()),
            (Status::Removed, removed.as_str()),
        ]
    );
    let financial = s
        .levers
        .iter()
        .find(|l| l.lever == Lever::RessourcesFinancieres)
        .unwrap();
    let changed_line = &financial.lines[0];
    let fields: Vec<&str> = changed_line.fields.iter().map(|f| f.field).collect();
    assert_eq!(fields, ["montant", "fléché"]);
    assert_eq!(
        changed_line.after.unwrap() - changed_line.before.unwrap(),
        5_000.0
    );
    let removed_value = a
        .snapshot("2025 réalisé")
        .unwrap()
        .lines
        .iter()
        .find(|l| l.display_label() == removed)
        .unwrap()
        .amount
        .unwrap();
    assert!(
        (financial.after - financial.before - (5_000.0 + 2_500.0 - removed_value)).abs() < 0.01
    );
    assert!(s.before.is_some() && s.after.is_some());

    let text = summary(&c);
    assert!(text.contains("territoire : « Bassin versant"), "{text}");
    assert!(
        text.contains(&format!("+ ajoutée : « {added} » ({})", euros(2_500.0))),
        "{text}"
    );
    assert!(
        text.contains(&format!("− supprimée : « {removed} »")),
        "{text}"
    );
    assert!(text.contains("montant : "), "{text}");
    assert!(
        !text.contains("2024 réalisé"),
        "unchanged snapshots are not listed: {text}"
    );
}

#[test]
fn diff_tells_a_change_of_model_and_identical_files() {
    let a = storage::load(&repo_path("saves/club-randonnee.ron")).unwrap();
    let same = compare(&a, &a, ("a", "a"), Typology::builtin());
    assert!(same.is_unchanged());
    assert!(summary(&same).contains("Aucune différence."));

    // A large public subsidy turns the club into a subsidised association.
    let mut b = a.clone();
    let id = b.next_line_id();
    let s = b
        .snapshots
        .iter_mut()
        .find(|s| s.label == "2025 réalisé")
        .unwrap();
    s.lines
        .push(money(id, "subventions", "Département", 50_000.0));
    let c = compare(&a, &b, ("a", "b"), Typology::builtin());
    let s = c.snapshot("2025 réalisé").unwrap();
    assert!(s.model_changed());
    assert_eq!(s.after.as_ref().unwrap().model.as_deref(), Some("M4"));
    assert!(summary(&c).contains("(changement de modèle)"));

    // A snapshot only in one file.
    let mut fewer = a.clone();
    fewer.snapshots.pop();
    let c = compare(&a, &fewer, ("a", "b"), Typology::builtin());
    let last = &a.snapshots.last().unwrap().label;
    assert_eq!(c.snapshot(last).unwrap().status, Some(Status::Removed));
}

#[test]
fn the_diff_command_prints_french_and_json() {
    let a_path = repo_path("saves/cpie-vallee-verte.ron");
    let a = storage::load(&a_path).unwrap();
    let (b, changed, _, _) = edited_copy(&a);
    let dir = tempfile::tempdir().unwrap();
    let b_path = dir.path().join("relu.ron");
    storage::save(&b, &b_path).unwrap();
    let out = run(&["diff", a_path.to_str().unwrap(), b_path.to_str().unwrap()]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Comparaison : "), "{text}");
    assert!(
        text.contains(&format!("~ modifiée : « {changed} »")),
        "{text}"
    );

    let out = run(&[
        "diff",
        a_path.to_str().unwrap(),
        b_path.to_str().unwrap(),
        "--json",
    ]);
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["organisation"][0]["field"], "territoire");
    let snapshot = doc["snapshots"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["label"] == "2025 réalisé")
        .unwrap();
    let statuses: Vec<&str> = snapshot["levers"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|l| l["lines"].as_array().unwrap())
        .map(|l| l["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["changed", "added", "removed"]);

    // A broken file: French error, exit 1.
    let broken = dir.path().join("casse.ron");
    fs::write(&broken, "(format_version: 2,").unwrap();
    let out = run(&["diff", a_path.to_str().unwrap(), broken.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr).unwrap().contains("casse.ron"));
}

fn window(dir: &Path) -> Harness<'static, App> {
    let doc = Document::open(&repo_path("saves/cpie-vallee-verte.ron")).unwrap();
    let wb = App::new(doc, AppPaths::in_dir(dir));
    Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, wb: &mut App| wb.ui(ui), wb)
}

#[test]
fn the_portfolio_view_shows_the_table_anonymises_and_exports() {
    let folder = folder_with_broken_file();
    let settings = tempfile::tempdir().unwrap();
    let mut h = window(settings.path());
    h.state_mut().open_portfolio(folder.path());
    h.run();
    assert_eq!(h.state().view, View::Portfolio);
    h.get_by_label("Les Randonneurs des Trois Vallées");
    h.get_by_label("⚠ 1 fichier(s) non chargé(s)");
    assert!(h.query_by_label_contains("abimé.ron").is_some());

    // Sorting by clicking a column title.
    h.get_by_label("Budget monétaire").click();
    h.run();
    assert_eq!(
        h.state().workspaces.portfolio.as_ref().unwrap().sort,
        Sort {
            column: Column::Monetary,
            descending: false
        }
    );

    h.get_by_label("Anonymiser").click();
    h.run();
    assert!(
        h.query_by_label("Les Randonneurs des Trois Vallées")
            .is_none()
    );
    h.get_by_label("Organisation 3");
    assert!(h.query_by_label_contains("abimé.ron").is_none());
    // « Copier le tableau »: the table as shown, anonymised, numbers the French way.
    h.get_by_label("Copier le tableau").click();
    h.run();
    let copied = h.state().clipboard.last_table.clone().unwrap();
    assert_eq!(copied.rows.len(), 4);
    let text = copied.tab_separated();
    assert!(!text.contains("Randonneurs"), "{text}");
    assert!(text.contains("\t8\u{a0}000\u{a0}€\t"), "{text}");

    let out = tempfile::tempdir().unwrap();
    let csv_path = out.path().join("portefeuille.csv");
    assert!(
        h.state_mut()
            .export_portfolio(&csv_path, PortfolioExport::Csv)
    );
    let text = fs::read_to_string(&csv_path).unwrap();
    assert_eq!(text.lines().count(), 5);
    assert!(!text.contains("Randonneurs"));
    // A folder is no place for an export: said once, nothing written.
    assert!(
        !h.state_mut()
            .export_portfolio(out.path(), PortfolioExport::Csv)
    );
    let said = h.state().toasts.errors.last().cloned().unwrap();
    assert!(said.starts_with("Rien n'a été exporté : "), "{said}");
    assert!(!said.contains("..") && !said.contains("a échoué"), "{said}");
    let xlsx = out.path().join("portefeuille.xlsx");
    assert!(h.state_mut().export_portfolio(&xlsx, PortfolioExport::Xlsx));
    let bytes = fs::read(&xlsx).unwrap();
    assert!(bytes.starts_with(b"PK"), "a workbook is a zip");
    let mut book: calamine::Xlsx<_> = calamine::Reader::new(std::io::Cursor::new(bytes)).unwrap();
    let sheet = calamine::Reader::worksheet_range(&mut book, "Portefeuille").unwrap();
    assert_eq!(sheet.height(), 5, "a header and the four cases shown");
    assert!(
        sheet
            .cells()
            .all(|(_, _, c)| !c.to_string().contains("Randonneurs")),
        "anonymised as on screen"
    );
    let pdf = out.path().join("portefeuille.pdf");
    assert!(h.state_mut().export_portfolio(&pdf, PortfolioExport::Pdf));
    assert!(fs::read(&pdf).unwrap().starts_with(b"%PDF"));

    h.get_by_label("Fermer le portefeuille").click();
    h.run();
    assert!(h.state().workspaces.portfolio.is_none());
    assert_eq!(h.state().view, View::Matrix);
}

#[test]
fn the_comparison_view_lists_the_changes_and_follows_edits() {
    let settings = tempfile::tempdir().unwrap();
    let a = storage::load(&repo_path("saves/cpie-vallee-verte.ron")).unwrap();
    let (b, changed, removed, _) = edited_copy(&a);
    let b_path = settings.path().join("relu.ron");
    storage::save(&b, &b_path).unwrap();
    let mut h = window(settings.path());
    h.state_mut().compare_with(&b_path);
    h.run();
    assert_eq!(h.state().view, View::Compare);
    h.get_by_label(&format!("« {changed} »"));
    h.get_by_label(&format!("« {removed} »"));
    h.get_by_label("Même modèle");

    // Undoing the change in the open case makes it disappear from the comparison.
    let line = b
        .snapshot("2025 réalisé")
        .unwrap()
        .lines
        .iter()
        .find(|l| l.display_label() == changed)
        .unwrap()
        .clone();
    let open = h.state_mut().document.case_mut();
    let s = open
        .snapshots
        .iter_mut()
        .find(|s| s.label == "2025 réalisé")
        .unwrap();
    let id = line.id;
    *s.lines.iter_mut().find(|l| l.id == id).unwrap() = line;
    h.run();
    assert!(h.query_by_label(&format!("« {changed} »")).is_none());

    // A broken file is refused with a message; the comparison stays as it was.
    let broken = settings.path().join("casse.ron");
    fs::write(&broken, "(format_version: 2,").unwrap();
    h.state_mut().compare_with(&broken);
    h.run();
    crate::common::assert_said(h.state(), &["casse.ron"]);
    assert_eq!(
        h.state().workspaces.comparison.as_ref().unwrap().path,
        b_path
    );
}

#[test]
fn dropping_a_folder_opens_a_portfolio_and_a_csv_starts_an_import() {
    let folder = folder_with_broken_file();
    let settings = tempfile::tempdir().unwrap();
    let mut h = window(settings.path());
    h.state_mut().drop_path(folder.path());
    h.run();
    assert_eq!(h.state().view, View::Portfolio);
    assert_eq!(
        h.state()
            .workspaces
            .portfolio
            .as_ref()
            .unwrap()
            .portfolio
            .entries
            .len(),
        4
    );

    h.state_mut().drop_path(&repo_path(
        "tests/fixtures/balances/paheko-balance-generale.csv",
    ));
    h.run();
    assert_eq!(h.state().view, View::Import);
    assert!(h.state().workspaces.import.is_some());

    h.state_mut()
        .drop_path(&folder.path().join("notes.txt.png"));
    assert!(
        h.state()
            .toasts
            .errors
            .last()
            .unwrap()
            .contains("rien n'a été ouvert")
    );
}

#[test]
fn comparing_with_the_saved_version_shows_the_session_s_edits() {
    let settings = tempfile::tempdir().unwrap();
    let mut h = window(settings.path());
    let (id, label) = {
        let case = h.state_mut().document.case_mut();
        let s = case
            .snapshots
            .iter_mut()
            .find(|s| s.label == "2025 réalisé")
            .unwrap();
        let line = s.lines.iter_mut().find(|l| l.amount.is_some()).unwrap();
        line.amount = Some(line.amount.unwrap() + 1_000.0);
        (line.id, line.display_label().to_owned())
    };
    h.run();
    h.get_by_label("Fichier").click();
    h.run();
    h.get_by_label("Comparer avec la version enregistrée")
        .click();
    h.run();
    let wb = h.state();
    assert_eq!(wb.view, View::Compare, "{:?}", wb.toasts.errors);
    let comparison = wb.comparison().unwrap();
    assert_eq!(comparison.before, "version enregistrée");
    assert_eq!(
        comparison.after,
        "cpie-vallee-verte.ron (modifications en cours)"
    );
    let s = comparison.snapshot("2025 réalisé").unwrap();
    let changed: Vec<&str> = s
        .levers
        .iter()
        .flat_map(|l| &l.lines)
        .map(|l| l.label.as_str())
        .collect();
    assert_eq!(changed, [label.as_str()], "line {id}");
    let line = s.levers.iter().flat_map(|l| &l.lines).next().unwrap();
    assert_eq!(line.after.unwrap() - line.before.unwrap(), 1_000.0);
    h.get_by_label(&format!("« {label} »"));
}

#[test]
fn the_new_views_follow_the_english_interface() {
    let folder = folder_with_broken_file();
    let settings = tempfile::tempdir().unwrap();
    let mut h = window(settings.path());
    h.state_mut().settings.lang = atelier_mse::app::i18n::Lang::En;
    h.state_mut().open_portfolio(folder.path());
    h.run();
    h.get_by_label("Close the portfolio");
    h.get_by_label("Anonymise");
    // Too few cases for a reference: refused in the window's language.
    let out = tempfile::tempdir().unwrap();
    let reference = out.path().join("reseau.ron");
    assert!(
        !h.state_mut()
            .export_portfolio(&reference, PortfolioExport::Reference)
    );
    let said = h.state().toasts.errors.last().cloned().unwrap();
    assert_eq!(
        said,
        format!(
            "The export to “{}” failed: 4 case file(s) with monetary resources: a reference takes at least 5, or a reader could recognise an association. No file was written.",
            reference.display()
        )
    );
    assert!(!reference.exists());
    h.state_mut().start_import(&repo_path(
        "tests/fixtures/balances/club-latin1-virgule.csv",
    ));
    h.run();
    h.get_by_label("Cancel the import");
    h.get_by_label("Confirm the split");
}
