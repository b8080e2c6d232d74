//! Rows pasted from a spreadsheet into the matrix (an egui paste event, as Ctrl+V gives it):
//! one line per row, columns recognised from the header or the content, the kind proposed from
//! the label, shown for confirmation, applied as one undo step; a bad amount is named by row
//! and column and nothing is applied.

use crate::common::sample_window;
use atelier_mse::import::paste::{PasteError, read_block};
use atelier_mse::model::Lever;
use egui::{Event, Key, Modifiers};
use egui_kittest::kittest::Queryable;

const BLOCK: &str = "Libellé\tFinanceur\tMontant\n\
Subvention de fonctionnement 2026\tVille de Verteuil\t12 500,50\n\
Mécénat des commerçants\tUnion commerciale\t3 000\n";

fn money_lines(h: &egui_kittest::Harness<'static, atelier_mse::app::App>) -> usize {
    let app = h.state();
    app.document.case().snapshots[app.selected]
        .lines_of(Lever::RessourcesFinancieres)
        .count()
}

#[test]
fn a_pasted_block_becomes_lines_after_confirmation_in_one_undo_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_window("cpie-vallee-verte.ron", dir.path());
    let before = money_lines(&h);
    h.event(Event::Paste(BLOCK.to_owned()));
    h.run();
    assert_eq!(money_lines(&h), before, "nothing before the confirmation");
    h.get_by_label("Subvention de fonctionnement 2026");
    h.get_by_label_contains("Ajouter ces lignes").click();
    h.run();
    let app = h.state();
    let lines: Vec<_> = app.document.case().snapshots[app.selected]
        .lines_of(Lever::RessourcesFinancieres)
        .cloned()
        .collect();
    assert_eq!(lines.len(), before + 2);
    let added = &lines[before];
    assert_eq!(added.label, "Subvention de fonctionnement 2026");
    assert_eq!(added.counterparty, "Ville de Verteuil");
    assert_eq!(added.amount, Some(12_500.5));
    assert_eq!(
        added.kind.as_str(),
        "subventions",
        "proposed from the label"
    );
    assert_eq!(lines[before + 1].kind.as_str(), "mecenat_financier");
    // One undo step takes both lines back.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(money_lines(&h), before);
}

#[test]
fn a_bad_amount_names_its_row_and_column_and_applies_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_window("cpie-vallee-verte.ron", dir.path());
    let case = h.state().document.case().clone();
    let bad = "Libellé\tFinanceur\tMontant\nDon\tParticuliers\t200\nVente\tUsagers\tdouze\n";
    h.event(Event::Paste(bad.to_owned()));
    h.run();
    h.get_by_label_contains("ligne 3, colonne 3 du bloc collé : « douze » n'est pas un montant");
    assert!(h.query_by_label_contains("Ajouter ces lignes").is_none());
    h.get_by_label("Fermer").click();
    h.run();
    assert_eq!(h.state().document.case(), &case, "nothing applied");
}

#[test]
fn columns_are_recognised_from_the_content_without_a_header() {
    let lines = read_block(
        "3 000\tFondation du Val\tProjet jardins, fondation\n150\tX\tY\n",
        Lever::RessourcesFinancieres,
    )
    .unwrap();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0].line.amount, Some(3_000.0));
    assert_eq!(lines[0].line.label, "Fondation du Val");
    assert_eq!(lines[0].line.counterparty, "Projet jardins, fondation");
    assert_eq!(lines[0].line.kind.as_str(), "fondations");
    assert!(lines[0].proposed);
    assert!(!lines[1].proposed, "no word of the rules: to check");
    assert_eq!(
        read_block("Libellé\tMontant\n", Lever::RessourcesFinancieres),
        Err(PasteError::Empty)
    );
    assert_eq!(
        read_block("a\tb\nc\td\n", Lever::RessourcesFinancieres),
        Err(PasteError::NoAmount)
    );
}

#[test]
fn a_single_value_pasted_stays_a_cell_edit() {
    use atelier_mse::import::paste::is_block;
    assert!(!is_block("12 500,50"));
    assert!(
        !is_block("12 500,50\n"),
        "a copied cell ends with a line break"
    );
    assert!(is_block("Don\t200"));
    assert!(is_block("200\n300\n"));
}

#[test]
fn a_pasted_amount_the_case_could_not_save_is_refused_and_ids_never_overflow() {
    // Negative or beyond a thousand billion: named, nothing read.
    for bad in ["-5 000", "1e300"] {
        let block = format!("Libellé\tMontant\nSubvention\t{bad}\n");
        match read_block(&block, Lever::RessourcesFinancieres) {
            Err(PasteError::Amount {
                row: 2, column: 2, ..
            }) => {}
            other => panic!("{bad}: {other:?}"),
        }
    }
    // A case whose largest line id is the last one: the lines are refused, never given a
    // wrapped or duplicate id.
    let mut case =
        atelier_mse::storage::load(&crate::common::repo_path("saves/club-randonnee.ron")).unwrap();
    case.snapshots[0].lines[0].id = u32::MAX;
    let before = case.clone();
    let lines = read_block("Don\t200\nVente\t300\n", Lever::RessourcesFinancieres)
        .unwrap()
        .into_iter()
        .map(|p| p.line)
        .collect();
    let refused = atelier_mse::model::Edit::AddLines { snapshot: 0, lines }.apply(&mut case);
    assert!(refused.is_err());
    assert_eq!(case, before);
}

#[test]
fn lines_pasted_into_a_note_stay_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_window("cpie-vallee-verte.ron", dir.path());
    let case = h.state().document.case().clone();
    // A cell being typed in: a pasted text of several lines without tabs is that cell's.
    h.get_by_label("Montant — Éducation à l'environnement (fonctionnement)")
        .focus();
    h.run();
    h.event(Event::Paste("première ligne\nseconde ligne".to_owned()));
    h.run();
    assert!(h.query_by_label_contains("Coller des lignes").is_none());
    assert_eq!(h.state().document.case(), &case);
}
