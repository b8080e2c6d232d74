//! The English interface, whole (issue 25). With the language set to English, every view,
//! dialog and menu of the window is drawn and every text it shows (the labels and values of
//! its accessibility tree) is read: none may be a French sentence of the catalogue, and none may
//! hold a French interface word once the domain vocabulary (kept French by design), the case's
//! own data and the quotations in « » are set aside. The catalogue itself is checked in
//! `source`.

mod data_refusals;
mod file_refusals;
mod kept;
mod lines;
mod refusals;
mod sheet_refusals;
mod source;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use atelier_mse::app::command::Pending;
use atelier_mse::app::dialogs::path_prompt::PathFor;
use atelier_mse::app::dialogs::question::Question;
use atelier_mse::app::i18n::{Lang, entries};
use atelier_mse::app::{App, AppPaths, Document, View};
use atelier_mse::model::Case;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};

use crate::common::repo_path;
use kept::{kept_french, strings_of, worded_below};

/// French words of the interface that no English text should hold: the verbs of its buttons
/// and the small words of its sentences. Domain vocabulary holds some of them too (« Dons,
/// legs, quêtes » has no verb, but « Ventes et prestations à des usagers » has « des »): it is
/// set aside before the words are looked for, so the list can stay short and sharp.
const FRENCH_WORDS: &[&str] = &[
    "ajouter",
    "supprimer",
    "enregistrer",
    "choisir",
    "annuler",
    "fermer",
    "ouvrir",
    "exporter",
    "copier",
    "retirer",
    "rechercher",
    "nouveau",
    "nouvelle",
    "aucun",
    "aucune",
    "avec",
    "sans",
    "pour",
    "dans",
    "sur",
    "par",
    "ou",
    "une",
    "les",
    "des",
    "du",
    "est",
    "pas",
    "non",
    "vers",
    "mois",
    "ligne",
    "lignes",
    "instantané",
    "changement",
    "changements",
    "résultat",
    "tous",
    "toutes",
    "cette",
    "ce",
    "ces",
    "quand",
    "perte",
    "après",
    "avant",
    "apparaît",
    "groupe",
    "scénario",
    "saisie",
    "modifications",
    "enregistrée",
    "conservée",
];

/// The window on `app` in English, 1400×900, after its first frames.
fn english(mut app: App) -> Harness<'static, App> {
    app.settings.lang = Lang::En;
    let mut h = crate::common::window(app, [1400.0, 900.0]);
    h.run();
    h
}

fn sample(name: &str, dir: &Path) -> App {
    let doc = Document::open(&repo_path(&format!("saves/{name}"))).unwrap();
    App::new(doc, AppPaths::in_dir(dir))
}

/// Every text the window shows now: labels and values of every node, label nodes included.
fn shown(h: &Harness<'_, App>) -> Vec<String> {
    let mut out = Vec::new();
    for node in h.query_all(by().include_labels()) {
        let node = node.accesskit_node();
        out.extend(node.label());
        out.extend(node.value());
    }
    out
}

/// `text` without what stays French by design: the kept words, then quotations in « ».
fn interface_part(text: &str, kept: &[String]) -> String {
    let mut text = text.to_owned();
    for k in kept {
        if text.contains(k.as_str()) {
            text = text.replace(k.as_str(), " ");
        }
    }
    let mut rest = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '«' => depth += 1,
            '»' => depth = (depth - 1).max(0),
            _ if depth == 0 => rest.push(c),
            _ => {}
        }
    }
    rest
}

/// What is wrong with the texts shown in `place`: French sentences of the catalogue, French
/// interface words.
fn french_in(place: &str, texts: &[String], kept: &[String]) -> Vec<String> {
    let sentences: Vec<&str> = entries()
        .filter(|(fr, en)| fr != en && fr.contains(' ') && fr.chars().count() > 6)
        .map(|(fr, _)| fr)
        .collect();
    let mut found = BTreeSet::new();
    for text in texts {
        // A row of a wrapped text of the case shows a part of it.
        let part = text.trim().trim_end_matches('…');
        if part.chars().count() > 2 && kept.iter().any(|k| k.contains(part)) {
            continue;
        }
        if let Some(fr) = sentences.iter().find(|fr| text.contains(**fr)) {
            found.insert(format!("{place}: « {text} » holds the French « {fr} »"));
            continue;
        }
        let rest = interface_part(text, kept).to_lowercase();
        let words: Vec<&str> = rest
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .collect();
        if let Some(w) = FRENCH_WORDS.iter().find(|w| words.contains(w)) {
            found.insert(format!("{place}: « {text} » (« {w} »)"));
        }
    }
    found.into_iter().collect()
}

/// The places of the window, drawn one after the other; what each shows is checked.
struct Tour {
    kept: Vec<String>,
    found: Vec<String>,
    places: usize,
    seen: BTreeSet<String>,
}

impl Tour {
    fn new(cases: &[&Case]) -> Tour {
        let mut tour = Tour {
            kept: Vec::new(),
            found: Vec::new(),
            places: 0,
            seen: BTreeSet::new(),
        };
        tour.keep(kept_french(cases));
        tour.keep(worded_below(cases));
        tour
    }

    /// Sets `strings` aside too, the longest first: « Subventions publiques » goes before
    /// « Subventions ».
    fn keep(&mut self, strings: impl IntoIterator<Item = String>) {
        self.kept
            .extend(strings.into_iter().filter(|s| s.chars().count() > 1));
        self.kept.sort();
        self.kept.dedup();
        self.kept.sort_by_key(|s| std::cmp::Reverse(s.len()));
    }

    fn look(&mut self, place: &str, h: &Harness<'_, App>) {
        let mut texts = shown(h);
        assert!(texts.len() > 5, "{place} shows nothing: {texts:?}");
        // Each text is judged once, where it is first seen.
        texts.retain(|t| self.seen.insert(t.clone()));
        self.found.extend(french_in(place, &texts, &self.kept));
        self.places += 1;
    }

    #[track_caller]
    fn assert_english(&self) {
        assert!(
            self.found.is_empty(),
            "{} French texts in the English window:\n{}",
            self.found.len(),
            self.found.join("\n")
        );
    }
}

/// Clicks the node labelled `label` and lets the window answer.
fn click(h: &mut Harness<'_, App>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

fn escape(h: &mut Harness<'_, App>) {
    h.key_press(egui::Key::Escape);
    h.run();
}

#[test]
fn every_view_dialog_and_menu_reads_english() {
    let dir = tempfile::tempdir().unwrap();
    let cpie = sample("cpie-vallee-verte.ron", dir.path());
    let club = sample("club-randonnee.ron", dir.path());
    let diagnosed = crate::autodiagnostic::club_with_two_rounds();
    let cases = [
        cpie.document.case().clone(),
        club.document.case().clone(),
        diagnosed.clone(),
    ];
    let mut tour = Tour::new(&cases.iter().collect::<Vec<_>>());

    // The case's views, their menus and dialogs.
    let mut h = english(cpie);
    tour.look("Matrix", &h);
    for menu in ["File", "Edit", "View", "Help"] {
        click(&mut h, menu);
        tour.look(&format!("menu {menu}"), &h);
        escape(&mut h);
    }
    click(&mut h, "File");
    h.get_by_label("Open recent").hover();
    h.run();
    h.get_by_label("No recent file");
    tour.look("menu File › Open recent", &h);
    escape(&mut h);
    escape(&mut h);
    // A line's menu (note, link, move, duplicate, delete) and rows pasted from a spreadsheet.
    h.get_all_by_label_contains("Actions — ")
        .next()
        .unwrap()
        .click();
    h.run();
    assert!(h.query_all_by_label("Linked alliance").next().is_some());
    tour.look("a line's menu", &h);
    escape(&mut h);
    h.event(egui::Event::Paste(
        "Libellé\tFinanceur\tMontant\nSubvention 2026\tVille de Verteuil\t12 500,50\n".to_owned(),
    ));
    h.run();
    h.get_by_label_contains("Add these lines");
    tour.look("the pasted rows", &h);
    click(&mut h, "Cancel");
    for (view, place) in [
        (View::Position, "Position"),
        (View::Scenarios, "Scenarios"),
        (View::Matrix, "Matrix"),
    ] {
        h.state_mut().view = view;
        h.run();
        tour.look(place, &h);
    }
    h.state_mut().view = View::Scenarios;
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, Lang::En.t("Ajouter"))
        .click();
    h.run();
    tour.look("Scenarios, the list of changes to add", &h);
    escape(&mut h);
    h.get_all_by_label_contains("Form of change ")
        .next()
        .unwrap()
        .click();
    h.run();
    h.get_by_label("to €");
    tour.look("Scenarios, the forms of a change", &h);
    escape(&mut h);
    let reach = || Lang::En.t("Que faudrait-il pour atteindre");
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, reach())
        .scroll_to_me();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, reach())
        .click();
    h.run();
    tour.look("Scenarios, the models to reach", &h);
    h.get_by_label_contains("M5 — ").click();
    h.run();
    h.get_by_label("Copy what it would take");
    tour.look("Scenarios, what it would take", &h);

    // The dialogs.
    for (open, place) in [
        (0, "the export dialog"),
        (1, "the valuation settings"),
        (2, "About"),
    ] {
        let app = h.state_mut();
        match open {
            0 => app.export.open = true,
            1 => app.valuation.open = true,
            _ => app.about.open = true,
        }
        h.run();
        tour.look(place, &h);
        let app = h.state_mut();
        app.export.open = false;
        app.valuation.open = false;
        app.about.open = false;
        h.run();
    }
    let questions = [
        Question::Unsaved(Pending::Quit),
        Question::DeleteSnapshot {
            index: 0,
            label: "2025 réalisé".to_owned(),
        },
        Question::Recovery {
            case: Box::new(cases[0].clone()),
            source: Some(PathBuf::from("cpie.ron")),
        },
        Question::ChangedOnDisk(None),
    ];
    for question in questions {
        h.state_mut().question = Some(question);
        h.run();
        tour.look("a question", &h);
        h.state_mut().question = None;
        h.run();
    }
    h.state_mut().ask_path(PathFor::Open, "cpie.ron");
    h.run();
    tour.look("the path prompt", &h);
    h.state_mut().path_prompt = None;

    // Two cases compared, a portfolio, an import under review.
    h.state_mut()
        .compare_with(&repo_path("saves/club-randonnee.ron"));
    h.run();
    let comparison = h.state().comparison().unwrap();
    let mut said = BTreeSet::new();
    let document = atelier_mse::report::json::diff::document(&comparison);
    strings_of(&serde_json::to_value(&document).unwrap(), &mut said);
    said.extend(
        comparison
            .snapshots
            .iter()
            .map(atelier_mse::compare::position_line),
    );
    tour.keep(said);
    tour.look("Comparison", &h);
    h.state_mut().open_portfolio(&repo_path("saves"));
    h.run();
    tour.look("Portfolio", &h);
    h.state_mut().start_import(&repo_path(
        "tests/fixtures/balances/club-latin1-virgule.csv",
    ));
    h.run();
    let state = h.state().workspaces.import.as_ref().unwrap();
    let review = &state.review;
    // Why « Import » is not possible yet is worded by the text floor, in English here.
    let blocked = review.blocker(h.state().document.case()).unwrap();
    let said = atelier_mse::text::import_refusal(&blocked, atelier_mse::text::Lang::En);
    h.get_by_label(&said);
    tour.keep([
        review.balance.detection.summary(),
        review.mapping.name.clone(),
    ]);
    tour.look("Import review", &h);
    // A file of accounts refused, worded by the text floor in English.
    let refused = repo_path("tests/fixtures/balances/montant-invalide.csv");
    h.state_mut().start_import(&refused);
    h.run();
    h.get_by_label(
        "“montant-invalide.csv”, line 3, column 4 (“Crédit”): “12,5,0” is not an amount. The case file has not changed.",
    );
    tour.look("an import refused", &h);

    // A case without scenarios: the stress tests alone.
    let mut h = english(club);
    h.state_mut().view = View::Scenarios;
    h.run();
    tour.look("Scenarios without a scenario", &h);

    // A scenario that cannot be worked out (a funder the base has not): why, in English.
    let mut case = cases[0].clone();
    case.scenarios[0]
        .changes
        .push(atelier_mse::model::Change::LoseFunder {
            name: "X-Corp".to_owned(),
        });
    let typology = atelier_mse::analysis::Typology::builtin();
    let why =
        atelier_mse::analysis::scenario::simulate(&case, &case.scenarios[0], typology).unwrap_err();
    // The funders it names are the case's, listed: a wrapped row shows a part of the list.
    if let atelier_mse::analysis::scenario::ScenarioError::NoFunder { funders, .. } = &why {
        tour.keep([funders.join(", ")]);
    }
    let mut app = App::new(Document::new(case, None), AppPaths::in_dir(dir.path()));
    app.view = View::Scenarios;
    let h = english(app);
    h.get_by_label(
        "no funder or partner “X-Corp” in “2025 réalisé” (there are: Région, Agence de l'eau, Département, Communes du bassin, Communauté d'agglomération, Fondation pour la nature, Coopérative laitière du Val, Membres, Usagers, Commune de Verteuil, Laboratoire universitaire)",
    );
    tour.look("a scenario that cannot be worked out", &h);

    // The autodiagnostic: a question, then the result of two rounds.
    let path = dir.path().join("club.ron");
    atelier_mse::storage::save(&diagnosed, &path).unwrap();
    let mut app = App::new(Document::open(&path).unwrap(), AppPaths::in_dir(dir.path()));
    app.view = View::Autodiagnostic;
    app.screens.autodiagnostic.question = 6;
    let mut h = english(app);
    tour.look("Autodiagnostic, a question", &h);
    h.state_mut().screens.autodiagnostic.result = true;
    h.run();
    tour.look("Autodiagnostic, the result", &h);

    // A case file refused on open (a newer format), then a snapshot renamed as another one:
    // why, in English.
    let future = dir.path().join("futur.ron");
    std::fs::write(&future, "(format_version: 99)").unwrap();
    let mut h = english(sample("cpie-vallee-verte.ron", dir.path()));
    h.state_mut().open_path(&future);
    h.run();
    h.get_by_label(&format!(
        "“{}” was saved in format 99 by a newer version of Atelier MSE; this version reads up to \
         format 4. Update Atelier MSE to open it (the file was not changed). The open case has \
         not changed.",
        future.display()
    ));
    tour.look("a case file refused", &h);
    let selected = h.state().selected;
    let taken = h.state().document.case().snapshots[1 - selected.min(1)]
        .label
        .clone();
    let field = egui::Id::unique(("snapshot-label", selected));
    h.ctx.memory_mut(|m| m.request_focus(field));
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.event(egui::Event::Text(taken.clone()));
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    h.get_by_label(&format!(
        "Edit not applied: another snapshot is already called “{taken}”."
    ));
    tour.look("an edit refused", &h);

    // The start screen.
    let doc = Document::new(atelier_mse::model::Case::new_blank(2026), None);
    let mut app = App::new(doc, AppPaths::in_dir(dir.path()));
    app.view = View::Start;
    let h = english(app);
    tour.look("the start screen", &h);

    assert!(tour.places >= 20, "{} places seen", tour.places);
    tour.assert_english();
}

#[test]
fn a_snapshot_not_found_is_said_in_the_windows_language() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = sample("cpie-vallee-verte.ron", dir.path());
    app.select_snapshot("2031 rêvé");
    assert_eq!(
        app.toasts.errors.last().unwrap(),
        "Aucun instantané « 2031 rêvé » dans ce dossier."
    );
    app.settings.lang = Lang::En;
    app.select_snapshot("2031 rêvé");
    assert_eq!(
        app.toasts.errors.last().unwrap(),
        "No snapshot “2031 rêvé” in this case."
    );
}
