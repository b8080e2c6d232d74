//! Into the consultant's spreadsheet: the workbook (.xlsx) of a case and of a portfolio, read
//! back with calamine (figures equal the app's to the cent, subtotals are live formulas) and
//! opened once by LibreOffice headless, which computes them.

use std::path::Path;
use std::process::Command;

use crate::common::{repo_path, run};
use atelier_mse::analysis::{Typology, analyse, line_value, totals};
use atelier_mse::model::{Case, Lever};
use atelier_mse::storage;
use calamine::{Data, Range, Reader, Xlsx, open_workbook};
use egui_kittest::kittest::Queryable;

const CENT: f64 = 0.005;

fn workbook_of(sample: &str, dir: &Path) -> (Case, std::path::PathBuf) {
    let path = dir.join("dossier.xlsx");
    let out = run(&[
        "export",
        repo_path(&format!("saves/{sample}")).to_str().unwrap(),
        "--xlsx",
        path.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{out:?}");
    let case = storage::load(&repo_path(&format!("saves/{sample}"))).unwrap();
    (case, path)
}

fn number(range: &Range<Data>, row: u32, col: u32) -> Option<f64> {
    match range.get_value((row, col)) {
        Some(Data::Float(f)) => Some(*f),
        Some(Data::Int(i)) => Some(*i as f64),
        _ => None,
    }
}

fn text(range: &Range<Data>, row: u32, col: u32) -> String {
    range
        .get_value((row, col))
        .map_or(String::new(), |d| d.to_string())
}

/// The row whose first cell is `label`.
fn row_of(range: &Range<Data>, label: &str) -> u32 {
    (0..=range.end().unwrap().0)
        .find(|&r| text(range, r, 0) == label)
        .unwrap_or_else(|| panic!("no row « {label} »"))
}

#[test]
fn the_case_workbook_holds_every_snapshot_s_matrix_to_the_cent_with_live_subtotals() {
    let dir = tempfile::tempdir().unwrap();
    let (case, path) = workbook_of("cpie-vallee-verte.ron", dir.path());
    let typology = Typology::builtin();
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    let names = book.sheet_names();
    assert_eq!(names[0], "Chiffres clés et positions");
    assert!(names.contains(&"Scénarios".to_owned()), "{names:?}");
    assert!(
        names.contains(&"Tests de résistance".to_owned()),
        "{names:?}"
    );
    for snapshot in &case.snapshots {
        let sheet = book.worksheet_range(&snapshot.label).unwrap();
        let formulas = book.worksheet_formula(&snapshot.label).unwrap();
        let t = totals(snapshot, &case.valuation);
        // Every line's value, as the app computes it.
        for line in &snapshot.lines {
            let value = line_value(line, &case.valuation);
            let counted = value.money + value.valued;
            let row = (0..=sheet.end().unwrap().0)
                .find(|&r| {
                    text(&sheet, r, 0) == line.display_label()
                        && text(&sheet, r, 2) == line.counterparty
                })
                .unwrap_or_else(|| panic!("line « {} » missing", line.display_label()));
            if counted > 0.0 {
                let written = number(&sheet, row, 4).unwrap();
                assert!((written - counted).abs() < CENT, "{written} ≠ {counted}");
            }
        }
        for lever in Lever::ALL {
            let row = row_of(&sheet, &format!("Sous-total — {}", lever.label()));
            let cached = number(&sheet, row, 4).unwrap();
            assert!(
                (cached - t.lever(lever)).abs() < CENT,
                "{}: {cached} ≠ {}",
                lever.label(),
                t.lever(lever)
            );
            let formula = formulas.get_value((row, 4)).unwrap();
            assert!(
                formula.starts_with("SUM(E"),
                "subtotal as a formula: {formula}"
            );
        }
        for (label, want) in [
            ("Budget monétaire", t.monetary_budget),
            ("Contributions valorisées", t.valued_contributions),
            ("Budget valorisé", t.valued_budget),
            ("Part des contributions valorisées", t.valued_share),
        ] {
            let row = row_of(&sheet, label);
            assert!((number(&sheet, row, 4).unwrap() - want).abs() < CENT / 100.0 + CENT);
            assert!(
                !formulas.get_value((row, 4)).unwrap().is_empty(),
                "{label} is a formula"
            );
        }
    }
    // Key figures and positions along the trajectory, in the words of `analyse` and the PDF.
    let sheet = book.worksheet_range("Chiffres clés et positions").unwrap();
    let position = row_of(&sheet, "Position");
    let budget = row_of(&sheet, "Budget monétaire");
    for (col, snapshot) in (1u32..).zip(&case.snapshots) {
        let a = analyse(&case, snapshot, typology);
        assert_eq!(
            text(&sheet, position, col),
            atelier_mse::text::headline(&a.classification, atelier_mse::text::Lang::Fr)
        );
        assert!((number(&sheet, budget, col).unwrap() - a.totals.monetary_budget).abs() < CENT);
    }
    // The scenarios, in the words of `simulate`.
    let sheet = book.worksheet_range("Scénarios").unwrap();
    for scenario in &case.scenarios {
        let row = row_of(&sheet, &scenario.name);
        let o = atelier_mse::analysis::scenario::simulate(&case, scenario, typology).unwrap();
        assert_eq!(
            text(&sheet, row, 7),
            atelier_mse::text::headline(&o.analysis.classification, atelier_mse::text::Lang::Fr)
        );
        assert!((number(&sheet, row, 4).unwrap() - o.analysis.totals.monetary_budget).abs() < CENT);
    }
}

#[test]
fn a_formula_typed_as_a_name_stays_text_in_the_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(repo_path("saves/club-randonnee.ron"))
        .unwrap()
        .replace("Les Randonneurs des Trois Vallées", "=HYPERLINK(\\\"x\\\")");
    let case_path = dir.path().join("club.ron");
    std::fs::write(&case_path, text).unwrap();
    let path = dir.path().join("club.xlsx");
    let out = run(&[
        "export",
        case_path.to_str().unwrap(),
        "--xlsx",
        path.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{out:?}");
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    let first = book.sheet_names()[0].clone();
    let sheet = book.worksheet_range(&first).unwrap();
    assert_eq!(
        sheet.get_value((0, 0)),
        Some(&Data::String("=HYPERLINK(\"x\")".to_owned()))
    );
    let formulas = book.worksheet_formula(&first).unwrap();
    assert!(
        formulas.get_value((0, 0)).is_none_or(String::is_empty),
        "the name is no formula"
    );
}

#[test]
fn the_portfolio_workbook_has_one_row_per_case_and_an_autofilter() {
    let dir = tempfile::tempdir().unwrap();
    for sample in crate::common::samples() {
        std::fs::copy(&sample, dir.path().join(sample.file_name().unwrap())).unwrap();
    }
    let out_dir = tempfile::tempdir().unwrap();
    let path = out_dir.path().join("portefeuille.xlsx");
    let out = run(&[
        "portfolio",
        dir.path().to_str().unwrap(),
        "--xlsx",
        path.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{out:?}");
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    assert!(
        book.defined_names()
            .iter()
            .any(|(name, value)| name == "_xlnm._FilterDatabase" && value.contains("Portefeuille")),
        "autofilter: {:?}",
        book.defined_names()
    );
    let sheet = book.worksheet_range("Portefeuille").unwrap();
    assert_eq!(text(&sheet, 0, 1), "organisation");
    assert_eq!(sheet.end().unwrap().0, 4, "a header and four cases");
    let club = row_of(&sheet, "club-randonnee.ron");
    assert_eq!(text(&sheet, club, 1), "Les Randonneurs des Trois Vallées");
    assert_eq!(number(&sheet, club, 6), Some(8000.0));
    assert_eq!(text(&sheet, club, 8), "M1 — Modèle des membres");
}

#[test]
fn libreoffice_opens_the_workbook_and_computes_the_subtotals() {
    let soffice = which("soffice").unwrap_or_else(|| {
        panic!(
            "LibreOffice is needed for this test: apt-get install libreoffice-calc-nogui (soffice not found in PATH)"
        )
    });
    let dir = tempfile::tempdir().unwrap();
    let (case, path) = workbook_of("cpie-vallee-verte.ron", dir.path());
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .args([
            "--headless",
            "--convert-to",
            // `;`, UTF-8, raw values (not as shown), every sheet to its own file.
            "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1",
            "--outdir",
        ])
        .arg(dir.path().join("csv"))
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let snapshot = case.snapshot("2025 réalisé").unwrap();
    let csv = std::fs::read_to_string(dir.path().join("csv/dossier-2025 réalisé.csv"))
        .unwrap_or_else(|e| panic!("{e}: {out:?}"));
    let t = totals(snapshot, &case.valuation);
    for (label, value) in [
        ("Sous-total — Richesses humaines", t.human),
        ("Sous-total — Ressources financières", t.financial),
        ("Sous-total — Alliances stratégiques", t.alliances),
        ("Budget valorisé", t.valued_budget),
    ] {
        let line = csv
            .lines()
            .find(|l| l.starts_with(label))
            .unwrap_or_else(|| panic!("« {label} » in {csv}"));
        let computed: f64 = line
            .split(';')
            .nth(4)
            .unwrap()
            .replace(',', ".")
            .parse()
            .unwrap_or_else(|e| panic!("{e}: {line}"));
        assert!(
            (computed - value).abs() < CENT,
            "{label}: {computed} ≠ {value}"
        );
    }
}

fn which(program: &str) -> Option<std::path::PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(program))
            .find(|p| p.is_file())
    })
}

#[test]
fn the_export_window_writes_a_slide_and_the_case_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = crate::common::sample_window("cpie-vallee-verte.ron", dir.path());
    h.get_by_label("Fichier").click();
    h.run();
    h.get_by_label_contains("Exporter…").click();
    h.run();
    h.get_by_label("Diapositive 16:9").click();
    h.run();
    let choice = h.state().export.choice.clone();
    assert_eq!(choice.format, atelier_mse::report::Format::Slide);
    let slide = dir.path().join("centre.png");
    assert!(h.state_mut().export_to(&slide, choice));
    let bytes = std::fs::read(&slide).unwrap();
    let be = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    assert_eq!((be(16), be(20)), (1920, 1080));
    h.get_by_label("Classeur Excel").click();
    h.run();
    let choice = h.state().export.choice.clone();
    assert_eq!(choice.format, atelier_mse::report::Format::Xlsx);
    let path = dir.path().join("centre.xlsx");
    assert!(h.state_mut().export_to(&path, choice));
    let case = storage::load(&repo_path("saves/cpie-vallee-verte.ron")).unwrap();
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    for snapshot in &case.snapshots {
        let sheet = book.worksheet_range(&snapshot.label).unwrap();
        let row = row_of(&sheet, "Budget valorisé");
        let t = totals(snapshot, &case.valuation);
        assert!((number(&sheet, row, 4).unwrap() - t.valued_budget).abs() < CENT);
    }
}

#[test]
fn the_export_window_writes_the_slide_comparing_the_snapshot_with_another() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = crate::common::sample_window("cpie-vallee-verte.ron", dir.path());
    h.get_by_label("Fichier").click();
    h.run();
    h.get_by_label_contains("Exporter…").click();
    h.run();
    h.get_by_label("Diapositive 16:9").click();
    h.run();
    h.get_by_label("Comparer avec").click();
    h.run();
    let case = storage::load(&repo_path("saves/cpie-vallee-verte.ron")).unwrap();
    let selected = h.state().selected;
    let label = case.snapshots[selected].label.clone();
    let other = case
        .snapshots
        .iter()
        .map(|s| s.label.clone())
        .find(|l| *l != label)
        .unwrap();
    h.query_all_by_label(&other).last().unwrap().click();
    h.run();
    let choice = h.state().export.choice.clone();
    assert_eq!(choice.format, atelier_mse::report::Format::Slide);
    assert_eq!(choice.options.against.as_deref(), Some(other.as_str()));
    let path = dir.path().join("compare.png");
    assert!(h.state_mut().export_to(&path, choice.clone()));
    // The picture is the comparison slide the command line writes.
    let slide = atelier_mse::report::slide_document(
        &case,
        &label,
        atelier_mse::analysis::Typology::builtin(),
        &choice.options,
    )
    .unwrap();
    let said = crate::common::words(&crate::common::texts(&slide).join(" "));
    assert!(said.contains(&crate::common::words(&format!("Comparaison — {label}"))));
    let expected =
        atelier_mse::report::png::render(&slide, atelier_mse::report::slide::WIDTH_PX).unwrap();
    assert!(
        std::fs::read(&path).unwrap() == expected,
        "the comparison slide"
    );
}
