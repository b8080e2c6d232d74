//! The live session, driven from the keyboard as a consultant types while the board talks: a
//! refused entry changes nothing, cells follow Enter and Tab, a new line takes the focus, lists
//! answer typed letters, « Annuler » says what it undoes.

use std::path::Path;

use atelier_mse::app::screens::matrix::line_id;
use atelier_mse::app::{App, AppPaths, Document};
use atelier_mse::model::ActorType;
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn club(dir: &Path) -> Harness<'static, App> {
    crate::common::sample_window("club-randonnee.ron", dir)
}

/// The id of a cell of line `line` in the selected snapshot.
fn cell(h: &Harness<'static, App>, line: u32, key: &str) -> egui::Id {
    line_id(h.state().selected, line).with(key)
}

fn focus(h: &mut Harness<'static, App>, line: u32, key: &str) {
    let id = cell(h, line, key);
    h.ctx.memory_mut(|m| m.request_focus(id));
    h.run();
}

fn type_text(h: &mut Harness<'static, App>, text: &str) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(Event::Text(text.to_owned()));
    h.run();
}

fn focused(h: &Harness<'static, App>) -> Option<egui::Id> {
    h.ctx.memory(|m| m.focused())
}

fn financial(h: &Harness<'static, App>) -> f64 {
    h.state().analysis().unwrap().totals.financial
}

#[test]
fn a_refused_amount_changes_nothing_even_once_the_cell_is_left() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = club(dir.path());
    let before = h.state().document.case().clone();
    focus(&mut h, 3, "amount");
    type_text(&mut h, "12,5,3");
    // While typed: red, with its reason, and nothing applied — not even « 12 ».
    assert_eq!(*h.state().document.case(), before);
    assert_eq!(financial(&h), 8_000.0);
    h.get_by_label_contains("Saisie non appliquée");
    // Enter keeps the wrong entry in its cell, to be corrected.
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(focused(&h), Some(cell(&h, 3, "amount")));
    assert_eq!(*h.state().document.case(), before);
    // Leaving the cell brings the stored value back and says so.
    h.key_press(Key::Tab);
    h.run();
    assert_eq!(*h.state().document.case(), before);
    assert_eq!(financial(&h), 8_000.0);
    assert!(h.state().document.is_saved(), "nothing to save");
    crate::common::assert_said(h.state(), &["la valeur précédente est conservée"]);
    h.state_mut().compare_with_saved();
    let comparison = h.state().comparison().unwrap();
    assert!(
        comparison
            .snapshots
            .iter()
            .all(|s| s.status.is_none() && s.levers.iter().all(|l| l.lines.is_empty())),
        "the saved comparison shows no change"
    );
}

#[test]
fn escape_brings_the_stored_value_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = club(dir.path());
    let before = h.state().document.case().clone();
    focus(&mut h, 3, "amount");
    type_text(&mut h, "9 999");
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(*h.state().document.case(), before);
}

#[test]
fn enter_applies_and_moves_down_to_the_same_column() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = club(dir.path());
    focus(&mut h, 3, "amount");
    type_text(&mut h, "5 000");
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(financial(&h), 8_200.0);
    assert_eq!(
        focused(&h),
        Some(cell(&h, 4, "amount")),
        "next line, same column"
    );
    type_text(&mut h, "2 500");
    h.key_press(Key::Enter);
    h.run();
    let s = &h.state().document.case().snapshots[1];
    assert_eq!(s.line(4).unwrap().amount, Some(2_500.0));
    // Each applied cell is one undo step, named in the menu.
    assert_eq!(
        h.state().document.undo_name(atelier_mse::text::Lang::Fr),
        Some("montant de « Inscriptions aux séjours et buvette »")
    );
    h.get_by_label("Édition").click();
    h.run();
    h.get_by_label_contains("Annuler : montant de « Inscriptions aux séjours et buvette »");
}

#[test]
fn tab_goes_across_the_cells_one_types_in() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = club(dir.path());
    focus(&mut h, 3, "label");
    h.key_press(Key::Tab);
    h.run();
    assert_eq!(focused(&h), Some(cell(&h, 3, "counterparty")));
    h.key_press(Key::Tab);
    h.run();
    assert_eq!(
        focused(&h),
        Some(cell(&h, 3, "amount")),
        "the funder type list is skipped"
    );
    // Then the next line's kind (typing chooses it) and label.
    h.key_press(Key::Tab);
    h.run();
    h.key_press(Key::Tab);
    h.run();
    assert_eq!(
        focused(&h),
        Some(cell(&h, 4, "label")),
        "then the next line"
    );
    h.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    h.run();
    h.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    h.run();
    assert_eq!(
        focused(&h),
        Some(cell(&h, 3, "amount")),
        "Shift+Tab goes back"
    );
}

#[test]
fn a_new_line_takes_the_focus_in_its_label_and_its_usual_funder_type() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = club(dir.path());
    h.get_all_by_label("+ Ajouter une ligne")
        .nth(1)
        .unwrap()
        .click();
    h.run();
    let line = h.state().document.case().snapshots[1]
        .lines
        .last()
        .unwrap()
        .clone();
    assert_eq!(focused(&h), Some(cell(&h, line.id, "label")));
    assert_eq!(
        line.counterparty_type,
        Some(ActorType::Particuliers),
        "cotisations"
    );
    h.event(Event::Text("Adhésions famille".to_owned()));
    h.key_press(Key::Tab);
    h.run();
    h.event(Event::Text("Membres".to_owned()));
    h.key_press(Key::Tab);
    h.run();
    h.event(Event::Text("600".to_owned()));
    h.key_press(Key::Enter);
    h.run();
    let line = h.state().document.case().snapshots[1]
        .line(line.id)
        .unwrap()
        .clone();
    assert_eq!(line.label, "Adhésions famille");
    assert_eq!(line.counterparty, "Membres");
    assert_eq!(line.amount, Some(600.0));
}

#[test]
fn typing_letters_in_a_closed_list_chooses() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = club(dir.path());
    h.get_by_label("Type d'acteur — Subvention de fonctionnement")
        .focus();
    h.run();
    h.event(Event::Text("fon".to_owned()));
    h.run();
    let s = &h.state().document.case().snapshots[1];
    assert_eq!(
        s.line(5).unwrap().counterparty_type,
        Some(ActorType::Fondation)
    );
}

#[test]
fn a_new_case_has_no_creation_year_zero() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = club(dir.path());
    h.state_mut().apply(atelier_mse::app::Command::Perform(
        atelier_mse::app::Pending::New,
    ));
    h.run();
    let year = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Année de création");
    assert_eq!(
        year.value().unwrap_or_default(),
        "",
        "empty, not « 0 », for an unknown year"
    );
}

#[test]
fn without_a_file_dialog_the_path_is_typed_in_the_window() {
    use atelier_mse::app::dialogs::path_prompt::PathFor;
    let dir = tempfile::tempdir().unwrap();
    let mut h = club(dir.path());
    h.state_mut().document.case_mut().organisation.name = "Club modifié".to_owned();
    let target = dir.path().join("club-copie");
    h.state_mut().ask_path(PathFor::SaveAs(None), "club.ron");
    h.run();
    h.get_by_label_contains("Aucune fenêtre de choix de fichier");
    let field = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Chemin du fichier");
    field.focus();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(Event::Text(target.display().to_string()));
    h.run();
    h.get_by_label("Valider").click();
    h.run();
    let saved = target.with_extension("ron");
    assert!(h.state().path_prompt.is_none());
    assert_eq!(h.state().document.path.as_deref(), Some(saved.as_path()));
    assert_eq!(
        atelier_mse::storage::load(&saved)
            .unwrap()
            .organisation
            .name,
        "Club modifié"
    );
}

#[test]
fn the_start_screen_opens_a_new_case_or_an_example_that_is_never_saved_over() {
    let dir = tempfile::tempdir().unwrap();
    let doc = Document::new(atelier_mse::model::Case::new_blank(2026), None);
    let mut app = App::new(doc, AppPaths::in_dir(dir.path()));
    app.view = atelier_mse::app::View::Start;
    let mut h = crate::common::window(app, [1024.0, 768.0]);
    h.get_by_label("Nouveau dossier");
    h.get_by_label_contains("Exemple : club-randonnee.ron")
        .click();
    h.run();
    let app = h.state();
    assert_eq!(app.view, atelier_mse::app::View::Matrix);
    assert_eq!(
        app.document.case().organisation.name,
        "Les Randonneurs des Trois Vallées"
    );
    assert!(
        app.document.path.is_none(),
        "an example has no file: saving asks where"
    );
    assert!(app.window_title().contains("exemple club-randonnee.ron"));
}

#[test]
fn the_table_does_not_move_while_an_entry_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = club(dir.path());
    let row = |h: &Harness<'static, App>| {
        h.get_by_label("Montant — Subvention de fonctionnement")
            .rect()
            .min
            .y
    };
    let before = row(&h);
    focus(&mut h, 3, "amount");
    type_text(&mut h, "quatre mille");
    h.get_by_label_contains("Saisie non appliquée");
    assert_eq!(row(&h), before, "the next click lands where aimed");
}

#[test]
fn what_is_typed_right_after_tab_goes_to_the_next_cell() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = club(dir.path());
    focus(&mut h, 3, "label");
    type_text(&mut h, "Adhésions");
    // Tab and the next letters in the same instant (one frame), as a fast typist sends them.
    h.key_press(Key::Tab);
    h.event(Event::Text("Les membres".to_owned()));
    h.run();
    h.key_press(Key::Enter);
    h.run();
    let line = h.state().document.case().snapshots[1]
        .line(3)
        .unwrap()
        .clone();
    assert_eq!(line.label, "Adhésions");
    assert_eq!(line.counterparty, "Les membres");
}

#[test]
fn an_example_opened_after_the_start_screen_shows_its_own_figures() {
    let dir = tempfile::tempdir().unwrap();
    let doc = Document::new(atelier_mse::model::Case::new_blank(2026), None);
    let mut app = App::new(doc, AppPaths::in_dir(dir.path()));
    app.view = atelier_mse::app::View::Start;
    let mut h = crate::common::window(app, [1280.0, 800.0]);
    h.get_by_label_contains("Exemple : club-randonnee.ron")
        .click();
    h.run();
    // The strip and the matrix show the example's figures, not the blank case's.
    h.get_by_label("8\u{a0}000\u{a0}€");
    h.get_by_label_contains("Ressources financières  —  Sous-total : 8\u{a0}000\u{a0}€");
    assert!(h.query_by_label_contains("Aucun instantané").is_none());
}

#[test]
fn the_action_plan_is_kept_in_the_side_panel_saved_in_the_case_and_undone_step_by_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = club(dir.path());
    // Below the organisation's fields: scrolled to, as a person would.
    h.get_by_label("Accompagnement").scroll_to_me();
    h.run();
    h.get_by_label("Accompagnement").click();
    h.run();
    h.get_by_label("Ajouter une action").scroll_to_me();
    h.run();
    h.get_by_label("Ajouter une action").click();
    h.run();
    assert_eq!(h.state().document.case().accompaniment.actions.len(), 1);
    assert_eq!(
        h.state().document.undo_name(atelier_mse::text::Lang::Fr),
        Some("ajout d'une action")
    );

    // Typed in the action's text, applied when the field is left.
    h.get_by_label("Texte de l'action 1").scroll_to_me();
    h.run();
    h.get_by_label("Texte de l'action 1").focus();
    h.run();
    h.event(Event::Text(
        "Relancer les adhérents de l'an passé".to_owned(),
    ));
    h.run();
    h.key_press(Key::Tab);
    h.run();
    let action = &h.state().document.case().accompaniment.actions[0];
    assert_eq!(action.action, "Relancer les adhérents de l'an passé");
    assert_eq!(action.lever_label(), "Transversal");

    // The status from its list.
    h.get_by_label("Statut de l'action 1").scroll_to_me();
    h.run();
    h.get_by_label("Statut de l'action 1").click();
    h.run();
    h.get_by_label("en cours").click();
    h.run();
    assert_eq!(
        h.state().document.case().accompaniment.actions[0].status,
        atelier_mse::model::ActionStatus::EnCours
    );
    assert_eq!(
        h.state().document.undo_name(atelier_mse::text::Lang::Fr),
        Some("plan d'action")
    );

    // Saved and read back whole.
    let path = dir.path().join("plan.ron");
    atelier_mse::storage::save(h.state().document.case(), &path).unwrap();
    let back = atelier_mse::storage::load(&path).unwrap();
    assert_eq!(back.accompaniment, h.state().document.case().accompaniment);

    // Undo: the status, then the text, then the action itself.
    for _ in 0..3 {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run();
    }
    assert!(h.state().document.case().accompaniment.actions.is_empty());
}

/// A slow frame, as a loaded machine or a slow laptop gathers the keys: every event given to one
/// frame, then handed to egui in order by the app (`App::order_keys`, what the window does before
/// each frame), one frame after another.
fn slow_frame(h: &mut Harness<'static, App>, events: Vec<Event>) {
    h.input_mut().events.extend(events);
    loop {
        let mut raw = std::mem::take(h.input_mut());
        let more = h.state_mut().order_keys(&mut raw);
        *h.input_mut() = raw;
        h.step();
        if !more {
            break;
        }
    }
    h.run();
}

fn key(key: Key, modifiers: Modifiers) -> Event {
    Event::Key {
        key,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers,
    }
}

#[test]
fn keys_of_a_slow_frame_land_in_the_cell_they_were_typed_in() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = club(dir.path());
    focus(&mut h, 3, "counterparty");
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    slow_frame(
        &mut h,
        vec![
            Event::Text("DDETS Esson".to_owned()),
            Event::Text("ne".to_owned()),
            key(Key::Tab, Modifiers::NONE),
            Event::Text("176000".to_owned()),
            key(Key::Enter, Modifiers::NONE),
        ],
    );
    let line = h.state().document.case().snapshots[1]
        .line(3)
        .unwrap()
        .clone();
    assert_eq!(line.counterparty, "DDETS Essonne");
    assert_eq!(line.amount, Some(176_000.0));
}

#[test]
fn shift_tab_goes_back_even_when_shift_is_released_within_the_frame() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = club(dir.path());
    focus(&mut h, 3, "amount");
    // Shift pressed and released around Tab in one frame: the frame's modifiers say no Shift,
    // the key's own event says Shift.
    slow_frame(
        &mut h,
        vec![
            Event::ModifiersChanged(Modifiers::SHIFT),
            key(Key::Tab, Modifiers::SHIFT),
            Event::ModifiersChanged(Modifiers::NONE),
        ],
    );
    assert_eq!(focused(&h), Some(cell(&h, 3, "counterparty")));
}

#[test]
fn what_is_typed_right_after_adding_a_session_goes_to_its_date() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = club(dir.path());
    h.get_by_label("Accompagnement").scroll_to_me();
    h.run();
    h.get_by_label("Accompagnement").click();
    h.run();
    let before = h.state().document.case().accompaniment.sessions.len();
    h.get_by_label("Ajouter une séance").scroll_to_me();
    h.run();
    h.get_by_label("Ajouter une séance").click();
    h.run();
    h.event(Event::Text("12 mars 2026".to_owned()));
    h.run();
    h.key_press(Key::Enter);
    h.run();
    let sessions = &h.state().document.case().accompaniment.sessions;
    assert_eq!(sessions.len(), before + 1);
    assert_eq!(sessions.last().unwrap().date, "12 mars 2026");
}

#[test]
fn what_is_typed_right_after_a_shortcut_that_adds_a_line_goes_to_its_label() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = club(dir.path());
    slow_frame(
        &mut h,
        vec![
            key(Key::F, Modifiers::COMMAND | Modifiers::SHIFT),
            Event::Text("Mécénat".to_owned()),
            key(Key::Tab, Modifiers::NONE),
            Event::Text("Fondation".to_owned()),
            key(Key::Enter, Modifiers::NONE),
        ],
    );
    let line = h.state().document.case().snapshots[1]
        .lines
        .iter()
        .find(|l| l.counterparty == "Fondation")
        .cloned()
        .unwrap_or_else(|| panic!("{:#?}", h.state().document.case().snapshots[1].lines));
    assert_eq!(line.label, "Mécénat");
}

#[test]
fn deleting_a_line_says_how_to_bring_it_back() {
    use atelier_mse::model::Edit;
    let dir = tempfile::tempdir().unwrap();
    let mut h = club(dir.path());
    let count = h.state().document.case().snapshots[1].lines.len();
    h.state_mut().edit(Edit::DeleteLine {
        snapshot: 1,
        line: 3,
    });
    h.run();
    assert_eq!(
        h.state().document.case().snapshots[1].lines.len(),
        count - 1
    );
    h.get_by_label_contains("Ctrl+Z pour la rétablir");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().document.case().snapshots[1].lines.len(), count);
}

#[test]
fn escape_closes_a_question_that_can_be_cancelled() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = club(dir.path());
    h.state_mut().document.case_mut().organisation.name = "Modifié".to_owned();
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    h.get_by_label("Modifications non enregistrées");
    // The « ? » is held to its word: never alone at the start of a line.
    h.get_by_label_contains("Voulez-vous les enregistrer\u{a0}?");
    h.key_press(Key::Escape);
    h.run();
    assert!(h.state().question.is_none(), "Escape cancels the action");
    assert_eq!(h.state().document.case().organisation.name, "Modifié");
}

#[test]
fn tab_in_the_last_cell_of_the_matrix_applies_it() {
    use atelier_mse::model::Lever;
    let dir = tempfile::tempdir().unwrap();
    let mut h = club(dir.path());
    let last = h.state().document.case().snapshots[1]
        .lines_of(Lever::AlliancesStrategiques)
        .last()
        .unwrap()
        .id;
    focus(&mut h, last, "amount");
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(Event::Text("1234".to_owned()));
    h.run();
    h.key_press(Key::Tab);
    h.run();
    let line = h.state().document.case().snapshots[1]
        .line(last)
        .unwrap()
        .clone();
    assert_eq!(line.amount, Some(1_234.0), "applied on Tab");
    assert_ne!(focused(&h), Some(cell(&h, last, "amount")), "and left");
}

#[test]
fn hours_typed_for_each_person_count_for_all_and_are_kept_as_typed() {
    // « 25 animateurs, 90 heures chacun », as the board says it.
    let dir = tempfile::tempdir().unwrap();
    let mut h = club(dir.path());
    h.get_by_label("Unité — Animateurs de sorties et baliseurs")
        .click();
    h.run();
    h.get_by_label("heures/an chacun").click();
    h.run();
    focus(&mut h, 2, "quantity");
    type_text(&mut h, "90");
    h.key_press(Key::Enter);
    h.run();
    let line = h.state().document.case().snapshots[1]
        .line(2)
        .unwrap()
        .clone();
    assert!(line.per_person);
    assert_eq!((line.people, line.quantity), (Some(25), Some(90.0)));
    let totals = h.state().analysis().unwrap().totals.clone();
    // 25 × 90 = 2 250 h of activity at 12,02 €, plus the board's 420 h (not valued).
    assert_eq!(totals.volunteer_hours, 2_670.0);
    assert!((totals.human - 27_045.0).abs() < 1e-6, "{}", totals.human);
    // The file keeps what was typed: 90 for each person.
    let path = dir.path().join("club.ron");
    assert!(h.state_mut().save_to(&path));
    let reopened = atelier_mse::storage::load(&path).unwrap();
    assert_eq!(reopened.snapshots[1].line(2), Some(&line));
    // Enter on the lever's last line started a new one; then the quantity, then the unit: one
    // choice of the list is one step of « Annuler ».
    for _ in 0..2 {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run();
    }
    assert_eq!(
        h.state().document.undo_name(atelier_mse::text::Lang::Fr),
        Some("unité de « Animateurs de sorties et baliseurs »")
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(
        !h.state().document.case().snapshots[1]
            .line(2)
            .unwrap()
            .per_person
    );
}

#[test]
fn escape_closes_an_open_list_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = club(dir.path());
    let before = h.state().document.case().clone();
    h.get_by_label("Unité — Animateurs de sorties et baliseurs")
        .click();
    h.run();
    assert!(
        h.query_by_label("heures/an chacun").is_some(),
        "the list is open"
    );
    h.key_press(Key::Escape);
    h.run();
    assert!(
        h.query_by_label("heures/an chacun").is_none(),
        "Escape closed it"
    );
    assert_eq!(*h.state().document.case(), before);
}
