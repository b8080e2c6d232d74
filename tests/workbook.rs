//! The real window's `ui`, driven like a user would: typing, clicking, undo, files, closing,
//! recovery. No display needed (egui_kittest).

use std::path::Path;

use crate::common::repo_path;
use atelier_mse::app::screens::matrix::line_id;
use atelier_mse::app::{App, AppPaths, Document, Question};
use atelier_mse::model::Lever;
use atelier_mse::storage;
use egui::{Event, Key, Modifiers, ViewportEvent, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn workbook(sample: &str, dir: &Path) -> App {
    let doc = Document::open(&repo_path(&format!("saves/{sample}"))).unwrap();
    App::new(doc, AppPaths::in_dir(dir))
}

fn harness(wb: App) -> Harness<'static, App> {
    Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, wb: &mut App| wb.ui(ui), wb)
}

/// Focuses a number cell of a line, types `text` into it and presses Enter, as a user would.
fn type_into(h: &mut Harness<'static, App>, line: u32, field: &str, text: &str) {
    let selected = h.state().selected;
    let id = line_id(selected, line).with(field);
    h.ctx.memory_mut(|m| m.request_focus(id));
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(Event::Text(text.to_owned()));
    h.key_press(Key::Enter);
    h.run();
}

fn financial_total(wb: &App) -> f64 {
    wb.analysis().unwrap().totals.financial
}

#[test]
fn adding_a_line_and_typing_an_amount_updates_subtotal_budgets_and_model() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(workbook("club-randonnee.ron", dir.path()));
    h.run();
    assert_eq!(
        h.state().analysis().unwrap().classification.label,
        "M1 — Modèle des membres"
    );
    h.get_by_label("Ressources financières  —  Sous-total : 8\u{a0}000\u{a0}€");

    let add_buttons = h.get_all_by_label("+ Ajouter une ligne").count();
    assert_eq!(add_buttons, 3);
    h.get_all_by_label("+ Ajouter une ligne")
        .nth(1)
        .unwrap()
        .click();
    h.run();
    let new_line = h.state().document.case().snapshots[1]
        .lines
        .last()
        .unwrap()
        .clone();
    assert_eq!(new_line.lever(), Lever::RessourcesFinancieres);
    assert_eq!(new_line.kind.as_str(), "cotisations");

    // The new line is a « cotisation »; make it a public subsidy large enough to dominate.
    h.state_mut().document.case_mut().snapshots[1]
        .lines
        .last_mut()
        .unwrap()
        .kind = atelier_mse::model::KindId::new("subventions").unwrap();
    type_into(&mut h, new_line.id, "amount", "20 000");
    let wb = h.state();
    assert_eq!(financial_total(wb), 28_000.0);
    assert_eq!(wb.analysis().unwrap().totals.monetary_budget, 28_000.0);
    assert!(
        wb.analysis()
            .unwrap()
            .classification
            .label
            .starts_with("M4")
    );
    h.get_by_label("Ressources financières  —  Sous-total : 28\u{a0}000\u{a0}€");
    // The badge names the model in words.
    assert!(
        h.query_by_label_contains("Subventions publiques (M4)")
            .is_some()
    );
    assert!(
        h.state().window_title().contains('•'),
        "unsaved mark in the title"
    );
}

#[test]
fn undo_restores_and_redo_reapplies() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(workbook("club-randonnee.ron", dir.path()));
    h.run();
    let original = h.state().document.case().clone();
    type_into(&mut h, 3, "amount", "9 999");
    assert_eq!(financial_total(h.state()), 8_000.0 - 4_800.0 + 9_999.0);
    let edited = h.state().document.case().clone();

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(*h.state().document.case(), original);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(*h.state().document.case(), edited);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert_eq!(*h.state().document.case(), edited);
}

/// Edits go through `App::edit`, as the window's do; past the undo limit the oldest steps are
/// let go, and everything within it comes back in order.
#[test]
fn edits_can_be_undone_up_to_the_undo_limit() {
    use atelier_mse::app::document::UNDO_STEPS;
    use atelier_mse::model::Edit;
    use atelier_mse::model::edits::OrganisationField;
    let dir = tempfile::tempdir().unwrap();
    let mut wb = workbook("club-randonnee.ron", dir.path());
    let extra = 10;
    // Name and sector in turn, so that no edit continues the one before it.
    let edit = |i: usize| {
        Edit::Organisation(if i.is_multiple_of(2) {
            OrganisationField::Name(format!("Nom {i}"))
        } else {
            OrganisationField::Sector(format!("Secteur {i}"))
        })
    };
    for i in 0..UNDO_STEPS + extra {
        wb.edit(edit(i));
    }
    assert_eq!(
        wb.document.case().organisation.name,
        format!("Nom {}", UNDO_STEPS + extra - 2)
    );
    for _ in 0..UNDO_STEPS {
        assert!(
            wb.document.undo_name(atelier_mse::text::Lang::Fr).is_some(),
            "every kept step is named"
        );
        wb.undo();
    }
    // The state after the first `extra` edits: the steps before them were let go.
    let org = &wb.document.case().organisation;
    assert_eq!(org.name, format!("Nom {}", extra - 2));
    assert_eq!(org.sector, format!("Secteur {}", extra - 1));
    assert!(wb.document.undo_name(atelier_mse::text::Lang::Fr).is_none());
    wb.undo();
    assert_eq!(
        wb.document.case().organisation.name,
        format!("Nom {}", extra - 2)
    );
}

#[test]
fn invalid_amount_is_flagged_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(workbook("club-randonnee.ron", dir.path()));
    h.run();
    let before = h.state().document.case().clone();
    type_into(&mut h, 3, "amount", "4800 euros environ");
    assert_eq!(*h.state().document.case(), before, "nothing applied");
    assert_eq!(financial_total(h.state()), 8_000.0);
    assert!(
        h.query_by_label_contains("Saisie non appliquée : Montant — Adhésions (145 membres) : « 4800 euros environ » n'est pas un nombre").is_some()
    );
    type_into(&mut h, 3, "amount", "-12");
    assert_eq!(*h.state().document.case(), before);
    assert!(h.query_by_label_contains("négative").is_some());
}

#[test]
fn an_invalid_amount_is_said_in_the_english_window_s_language() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = workbook("club-randonnee.ron", dir.path());
    app.settings.lang = atelier_mse::app::i18n::Lang::En;
    let mut h = harness(app);
    h.run();
    let before = h.state().document.case().clone();
    type_into(&mut h, 3, "amount", "4800 euros environ");
    assert_eq!(*h.state().document.case(), before, "nothing applied");
    h.get_by_label(
        "Entry not applied: Amount — Adhésions (145 membres): “4800 euros environ” is not a number",
    );
    type_into(&mut h, 3, "amount", "-12");
    assert_eq!(*h.state().document.case(), before);
    h.get_by_label(
        "Entry not applied: Amount — Adhésions (145 membres): negative value (-1.200e1): amounts and quantities are zero or more",
    );
}

#[test]
fn saving_to_a_path_and_reopening_gives_an_identical_case() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(workbook("cpie-vallee-verte.ron", dir.path()));
    h.run();
    type_into(&mut h, 5, "amount", "125 000,50");
    let path = dir.path().join("maison-nature.ron");
    assert!(h.state_mut().save_to(&path));
    h.run();
    assert!(h.state().document.is_saved());
    assert!(!h.state().window_title().contains('•'));
    let reopened = storage::load(&path).unwrap();
    assert_eq!(reopened, *h.state().document.case());
    assert_eq!(reopened.snapshots[1].lines[4].amount, Some(125_000.5));
    h.state_mut().open_path(&path);
    assert_eq!(*h.state().document.case(), reopened);
    assert_eq!(
        h.state().settings.recent.first(),
        Some(&path),
        "remembered as recent"
    );
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(workbook("club-randonnee.ron", dir.path()));
    h.run();
    type_into(&mut h, 3, "amount", "5000");
    h.input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(ViewportEvent::Close);
    h.run();
    assert!(matches!(h.state().question, Some(Question::Unsaved(_))));
    h.get_by_label("Modifications non enregistrées");
    h.get_by_label("Enregistrer");
    h.get_by_label("Ne pas enregistrer");
    h.get_by_label("Annuler l'action").click();
    h.run();
    assert!(h.state().question.is_none());
    assert_eq!(
        financial_total(h.state()),
        8_200.0,
        "the edit is still there"
    );
}

#[test]
fn opening_another_file_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut wb = workbook("club-randonnee.ron", dir.path());
    wb.document.case_mut().organisation.name = "Modifié".to_owned();
    wb.request(atelier_mse::app::Pending::Open(repo_path(
        "saves/recherche-telethon.ron",
    )));
    assert!(matches!(wb.question, Some(Question::Unsaved(_))));
    assert_eq!(wb.document.case().organisation.name, "Modifié");
}

#[test]
fn recovery_copy_is_offered_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut wb = workbook("club-randonnee.ron", dir.path());
        wb.document.case_mut().organisation.name = "Édité avant la panne".to_owned();
        wb.autosave();
        // The window dies here: no clean exit; its lock goes with it, its copy stays.
        drop(wb);
    }
    let mut h = harness(workbook("club-randonnee.ron", dir.path()));
    h.run();
    assert!(matches!(
        h.state().question,
        Some(Question::Recovery { .. })
    ));
    h.get_by_label_contains("Des modifications non enregistrées");
    h.get_by_label("Restaurer").click();
    h.run();
    let wb = h.state();
    assert_eq!(wb.document.case().organisation.name, "Édité avant la panne");
    assert!(!wb.document.is_saved(), "restored edits still need saving");
    assert!(
        wb.document
            .path
            .as_ref()
            .unwrap()
            .ends_with("saves/club-randonnee.ron")
    );
}

#[test]
fn saved_case_leaves_no_recovery_copy() {
    let dir = tempfile::tempdir().unwrap();
    let mut wb = workbook("club-randonnee.ron", dir.path());
    wb.document.case_mut().organisation.name = "Édité".to_owned();
    wb.autosave();
    let copy = wb.paths.recovery.clone().unwrap();
    assert!(copy.exists());
    assert!(wb.save_to(&dir.path().join("cas.ron")));
    assert!(!copy.exists());
    let again = workbook("club-randonnee.ron", dir.path());
    assert!(again.question.is_none());
}

#[test]
fn two_windows_keep_their_own_recovery_copies() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = workbook("club-randonnee.ron", dir.path());
    let mut second = workbook("cpie-vallee-verte.ron", dir.path());
    assert!(first.question.is_none() && second.question.is_none());
    first.document.case_mut().organisation.name = "Édité dans la première".to_owned();
    first.autosave();
    second.document.case_mut().organisation.name = "Édité dans la seconde".to_owned();
    second.autosave();
    assert_ne!(first.paths.recovery, second.paths.recovery);
    // The second is saved: its copy goes, the first's stays.
    assert!(second.save_to(&dir.path().join("cas.ron")));
    assert!(!second.paths.recovery.as_ref().unwrap().exists());
    assert!(first.paths.recovery.as_ref().unwrap().exists());
    // A window that starts while the first still lives does not take its copy…
    let third = workbook("club-randonnee.ron", dir.path());
    assert!(third.question.is_none());
    // …but once the first has died, the next window offers it.
    drop(first);
    let fourth = workbook("club-randonnee.ron", dir.path());
    match &fourth.question {
        Some(Question::Recovery { case, .. }) => {
            assert_eq!(case.organisation.name, "Édité dans la première");
        }
        other => panic!("{other:?}"),
    }
    drop((second, third));
}

#[test]
fn hostile_file_gives_a_french_message_and_keeps_the_case() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("abime.ron");
    std::fs::write(&bad, "(format_version: 2, snapshots: [").unwrap();
    let mut wb = workbook("club-randonnee.ron", dir.path());
    let before = wb.document.case().clone();
    wb.open_path(&bad);
    assert_eq!(*wb.document.case(), before);
    let message = wb.toasts.errors.last().unwrap();
    assert!(
        message.contains("abime.ron") && message.contains("tronqué"),
        "{message}"
    );
}

#[test]
fn target_from_a_snapshot_keeps_line_ids_and_deleting_asks() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(workbook("club-randonnee.ron", dir.path()));
    h.run();
    h.get_by_label("Créer une cible à partir de…").click();
    h.run();
    let case = &h.state().document.case();
    let target = case.snapshots.last().unwrap();
    assert_eq!(target.label, "cible 2028");
    assert_eq!(target.lines, case.snapshots[1].lines);
    h.get_by_label("Supprimer").click();
    h.run();
    h.get_by_label("Supprimer l'instantané ?");
    h.get_all_by_label("Supprimer").last().unwrap().click();
    h.run();
    assert_eq!(h.state().document.case().snapshots.len(), 3);
}

#[test]
fn english_interface_keeps_domain_terms_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let mut wb = workbook("club-randonnee.ron", dir.path());
    wb.settings.lang = atelier_mse::app::i18n::Lang::En;
    let mut h = harness(wb);
    h.run();
    h.get_by_label("File");
    h.get_by_label("Snapshots");
    h.get_by_label_contains("Richesses humaines");
    assert!(h.query_by_label("Fichier").is_none());
}

#[test]
fn export_from_the_window_writes_the_same_report_as_the_command_line() {
    use atelier_mse::app::dialogs::export::{ExportChoice, Format};
    use atelier_mse::report::{Content, Options};
    let dir = tempfile::tempdir().unwrap();
    let mut wb = workbook("club-randonnee.ron", dir.path());
    let path = dir.path().join("club.pdf");
    let choice = ExportChoice {
        format: Format::Pdf,
        options: Options {
            content: Content::All,
            landscape: false,
            against: None,
            reference: None,
            questionnaire: None,
        },
    };
    assert!(wb.export_to(&path, choice.clone()));
    assert_eq!(wb.settings.last_export_dir.as_deref(), Some(dir.path()));
    let cli = dir.path().join("cli.pdf");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_atelier-mse"))
        .args([
            "export",
            repo_path("saves/club-randonnee.ron").to_str().unwrap(),
            "--pdf",
            cli.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_eq!(std::fs::read(&path).unwrap(), std::fs::read(&cli).unwrap());
    let missing = dir.path().join("absent").join("x.png");
    assert!(!wb.export_to(
        &missing,
        ExportChoice {
            format: Format::Png,
            ..choice
        }
    ));
    assert!(
        wb.toasts
            .errors
            .last()
            .unwrap()
            .contains("Aucun fichier n'a été écrit")
    );
}

#[test]
fn saving_over_a_file_changed_elsewhere_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cas.ron");
    std::fs::copy(repo_path("saves/club-randonnee.ron"), &path).unwrap();
    let mut wb = App::new(Document::open(&path).unwrap(), AppPaths::in_dir(dir.path()));
    wb.document.case_mut().organisation.name = "Ma version".to_owned();
    // A synced folder brings a colleague's version meanwhile.
    let theirs = std::fs::read_to_string(&path)
        .unwrap()
        .replace("Les Randonneurs", "Leur version");
    std::fs::write(&path, &theirs).unwrap();
    assert!(!wb.save());
    assert!(matches!(wb.question, Some(Question::ChangedOnDisk(None))));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        theirs,
        "their file untouched"
    );
    let mut h = harness(wb);
    h.run();
    h.get_by_label("Fichier modifié ailleurs");
    h.get_by_label("Écraser quand même").click();
    h.run();
    assert!(storage::load(&path).unwrap().organisation.name == "Ma version");
    assert!(h.state().document.is_saved());
}

#[test]
fn anonymised_copy_leaves_the_original_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let mut wb = workbook("cpie-vallee-verte.ron", dir.path());
    let before = wb.document.case().clone();
    let out = dir.path().join("anonyme.ron");
    assert!(wb.save_anonymised_copy(&out));
    assert_eq!(*wb.document.case(), before);
    let text = std::fs::read_to_string(&out).unwrap();
    for name in ["Vallée Verte", "Karim", "Coopérative laitière", "Verteuil"] {
        assert!(!text.contains(name), "{name}");
    }
    assert!(text.contains("Financeur public 1") && text.contains("Partenaire"));
    let copy = storage::load(&out).unwrap();
    let a = atelier_mse::analysis::analyse(
        &copy,
        &copy.snapshots[1],
        atelier_mse::analysis::Typology::builtin(),
    );
    assert_eq!(
        a.classification.label, "entre M4 et M2",
        "same figures, same position"
    );
}

#[test]
fn a_failed_save_keeps_the_edits_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let mut wb = workbook("club-randonnee.ron", dir.path());
    wb.document.case_mut().organisation.name = "Modifié".to_owned();
    let nowhere = dir.path().join("absent").join("cas.ron");
    assert!(!wb.save_to(&nowhere));
    assert!(!wb.document.is_saved(), "still marked as modified");
    assert_eq!(wb.document.case().organisation.name, "Modifié");
    let message = wb.toasts.errors.last().unwrap();
    assert!(
        message.contains("introuvable") && message.contains("Enregistrer sous"),
        "{message}"
    );
}

/// In a narrow side panel (a small screen, large text) a field's name stands above its field,
/// which takes the panel's width: « Association loi 1901 » and « réalisé » are never cut. Beside
/// it when the panel is wide.
#[test]
fn the_side_panel_puts_names_above_their_fields_when_narrow() {
    use egui::accesskit::Role;
    let dir = tempfile::tempdir().unwrap();
    for (size, stacked) in [
        ([1024.0 / 1.3, 768.0 / 1.3], true),
        ([1920.0, 1080.0], false),
    ] {
        let doc = atelier_mse::app::Document::open(&crate::common::repo_path(
            "saves/cpie-vallee-verte.ron",
        ))
        .unwrap();
        let app = atelier_mse::app::App::new(doc, atelier_mse::app::AppPaths::in_dir(dir.path()));
        let h = crate::common::window(app, size);
        let name = h
            .get_by_role_and_label(Role::Label, "Forme juridique")
            .rect();
        let field = h
            .get_by_role_and_label(Role::ComboBox, "Forme juridique")
            .rect();
        if stacked {
            assert!(
                field.top() >= name.bottom() - 1.0,
                "{name:?} above {field:?}"
            );
        } else {
            assert!(
                field.left() >= name.right() - 1.0 && field.top() < name.bottom(),
                "{name:?} beside {field:?}"
            );
        }
    }
}
