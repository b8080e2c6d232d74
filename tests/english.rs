//! The English interface, whole (issue 25). With the language set to English, every view,
//! dialog and menu of the window is drawn and every text it shows (the labels and values of
//! its accessibility tree) is read: none may be a French sentence of the catalogue, and none may
//! hold a French interface word once the domain vocabulary (kept French by design), the case's
//! own data and the quotations in « » are set aside. And the catalogue itself is whole: both
//! languages, one entry per French text, every entry used, every `t("…")` of the window in it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use atelier_mse::analysis::Typology;
use atelier_mse::analysis::autodiagnostic::Questionnaire;
use atelier_mse::app::command::Pending;
use atelier_mse::app::dialogs::path_prompt::PathFor;
use atelier_mse::app::dialogs::question::Question;
use atelier_mse::app::i18n::{Lang, entries};
use atelier_mse::app::{App, AppPaths, Document, View};
use atelier_mse::model::Case;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};

use crate::common::repo_path;

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

/// Texts of the window written outside the catalogue on purpose, with why.
const NOT_YET_ENGLISH: &[&str] = &[
    // The draft cells' refusals end with a reason worded by the `format` floor's parsing, in
    // French: they will be worded whole when STYLE's `text` floor exists.
    "« {text} » n'est pas une année (de 1000 à 2100)",
    "{name} : {reason} — saisie non appliquée, la valeur précédente est conservée.",
    "Valeur non appliquée — {reason}",
    // The names of the two sides of a comparison with the saved version: they go into the
    // comparison's copied table too, and the function is called from app/files.rs, which
    // another change holds today.
    "{title} (modifications en cours)",
    "version enregistrée",
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

/// Every string of a serialisable value (a case, the catalogue of kinds, the typology).
fn strings_of(value: &serde_json::Value, out: &mut BTreeSet<String>) {
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
fn kept_french(cases: &[&Case]) -> BTreeSet<String> {
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
/// the import's reading of a file, the autodiagnostic's lines, the version text. STYLE's `text`
/// floor will word them in both languages; until then they are named here, not guessed.
fn worded_below(cases: &[&Case]) -> BTreeSet<String> {
    use atelier_mse::analysis::scenario::{describe, simulate, stress_outcomes};
    use atelier_mse::report::autodiagnostic::*;
    let typology = Typology::builtin();
    let mut said = BTreeSet::new();
    let analysis = |a: &atelier_mse::analysis::Analysis, said: &mut BTreeSet<String>| {
        strings_of(&serde_json::to_value(a).unwrap(), said);
        said.insert(a.classification.headline());
    };
    for case in cases {
        for s in &case.snapshots {
            let a = atelier_mse::analysis::analyse(case, s, typology);
            for model in &typology.models {
                for strong in [false, true] {
                    match atelier_mse::analysis::reach::for_analysis(
                        &a,
                        typology,
                        (&model.id, strong),
                    ) {
                        Ok(reach) => {
                            said.insert(reach.sentence(typology));
                            said.extend(reach.ways.iter().map(|w| w.words()));
                        }
                        Err(e) => {
                            said.insert(e);
                        }
                    }
                }
            }
            analysis(&a, &mut said);
            for (name, o) in stress_outcomes(case, s, typology) {
                said.insert(name);
                said.extend(o.drawn(s).map(|d| d.said()));
                analysis(&o.analysis, &mut said);
            }
        }
        for scenario in &case.scenarios {
            if let Ok(o) = simulate(case, scenario, typology) {
                analysis(&o.analysis, &mut said);
                said.extend(o.applied.notices);
            }
            if let Some(base) = case.snapshot(&scenario.base) {
                said.extend(scenario.changes.iter().map(|c| describe(c, base)));
            }
        }
        for i in 0..case.diagnostics.len() {
            let Some(d) = diagnosed(case, i, None) else {
                continue;
            };
            for s in &d.result.sections {
                said.insert(score_line(&s.name, &s.score));
                for w in &s.weighing {
                    said.insert(weighing_line(d.questionnaire, d.round, w));
                }
            }
            for name in ["Ensemble", Lang::En.t("Ensemble")] {
                said.insert(score_line(name, &d.result.overall));
            }
            for advice in &d.result.formats {
                said.insert(format_line(d.questionnaire, advice));
            }
            if let Some(before) = i.checked_sub(1).and_then(|b| diagnosed(case, b, None)) {
                for (b, a) in d.result.since(&before.result) {
                    said.insert(movement_line(&a.name, &b.score, &a.score));
                }
            }
            for answer in d.round.answers.values() {
                said.insert(answer_words(d.questionnaire, answer).to_owned());
            }
        }
    }
    said.insert(atelier_mse::storage::version_text().to_owned());
    said
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

/// Clicks the node labelled `label`, if shown, and lets the window answer.
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
    strings_of(&serde_json::to_value(&comparison).unwrap(), &mut said);
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
    let state = h.state().screens.import.state.as_ref().unwrap();
    let review = &state.review;
    tour.keep([
        review.balance.detection.summary(),
        review.mapping.name.clone(),
        review
            .blocker(h.state().document.case())
            .unwrap_or_default(),
    ]);
    tour.look("Import review", &h);

    // A case without scenarios: the stress tests alone.
    let mut h = english(club);
    h.state_mut().view = View::Scenarios;
    h.run();
    tour.look("Scenarios without a scenario", &h);

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

    // The start screen.
    let doc = Document::new(atelier_mse::model::Case::new_blank(2026), None);
    let mut app = App::new(doc, AppPaths::in_dir(dir.path()));
    app.view = View::Start;
    let h = english(app);
    tour.look("the start screen", &h);

    assert!(tour.places >= 20, "{} places seen", tour.places);
    tour.assert_english();
}

/// The texts passed to `t` and `f` in the window's code, with where each is.
fn translated_literals() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut files = Vec::new();
    rust_files(&repo_path("src/app"), &mut files);
    // The catalogue's own unit tests call `t` on purpose with a domain word.
    files.retain(|p| !p.starts_with(repo_path("src/app/i18n")));
    for path in files {
        let code = std::fs::read_to_string(&path).unwrap();
        let name = path
            .strip_prefix(repo_path(""))
            .unwrap()
            .display()
            .to_string();
        for call in [".t(\"", ".f(\"", ".t(\n", ".f(\n"] {
            for (at, _) in code.match_indices(call) {
                let rest = code[at + call.len() - 1..].trim_start();
                if let Some(text) = rest.strip_prefix('"').and_then(string_literal) {
                    out.push((text, name.clone()));
                }
            }
        }
    }
    out
}

/// The Rust string literal that `rest` (after its opening quote) starts with, unescaped.
fn string_literal(rest: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                '\n' => {
                    // A continued line: its leading spaces are not part of the text.
                    let tail: String = chars.clone().collect();
                    let skipped = tail.len() - tail.trim_start().len();
                    for _ in 0..tail[..skipped].chars().count() {
                        chars.next();
                    }
                }
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    None
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_catalogue_is_whole_and_every_translated_text_is_in_it() {
    let entries: Vec<(&str, &str)> = entries().collect();
    assert!(entries.len() > 250, "{} entries", entries.len());
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for (fr, en) in &entries {
        if fr.trim().is_empty() || en.trim().is_empty() {
            problems.push(format!("« {fr} » → « {en} »: a language is missing"));
        }
        if !seen.insert(*fr) {
            problems.push(format!("« {fr} » is twice in the catalogue"));
        }
        if fr.matches("{}").count() != en.matches("{}").count() {
            problems.push(format!("« {fr} » → « {en} »: not the same number of {{}}"));
        }
    }
    let mut files = Vec::new();
    rust_files(&repo_path("src"), &mut files);
    let catalogue_dir = repo_path("src/app/i18n");
    let source: String = files
        .iter()
        .filter(|p| !p.starts_with(&catalogue_dir))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    for (fr, _) in &entries {
        let literal = format!("{fr:?}");
        // A long literal may be written over several lines: its first words suffice.
        let head: String = literal.chars().take(40).collect();
        if !source.contains(&literal) && !source.contains(&head) {
            problems.push(format!("« {fr} » is used nowhere in src/"));
        }
    }
    let literals = translated_literals();
    assert!(literals.len() > 200, "{} literals", literals.len());
    for (text, file) in literals {
        if !seen.contains(text.as_str()) {
            problems.push(format!("{file}: « {text} » is not in the catalogue"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The string literals of a Rust file before its tests, comments left out (a rough lexer: enough
/// for the window's code, which has no raw strings).
fn string_literals(code: &str) -> Vec<String> {
    let code = code.split("#[cfg(test)]").next().unwrap_or_default();
    let mut out = Vec::new();
    let mut chars = code.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '\'' => {
                // A char literal: '"', '\'', 'x'; or a lifetime, left as it is.
                let ahead: String = chars.clone().take(3).collect();
                if ahead.starts_with("\"'") {
                    chars.nth(1);
                } else if ahead.starts_with('\\') {
                    chars.nth(2);
                }
            }
            '"' => {
                let rest: String = chars.clone().collect();
                if let Some(text) = string_literal(&rest) {
                    let mut escaped = false;
                    for c in chars.by_ref() {
                        match c {
                            '\\' if !escaped => escaped = true,
                            '"' if !escaped => break,
                            _ => escaped = false,
                        }
                    }
                    out.push(text);
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn no_french_interface_text_is_written_outside_the_catalogue() {
    let keys: BTreeSet<&str> = entries().map(|(fr, _)| fr).collect();
    let mut files = Vec::new();
    for dir in ["screens", "panels", "dialogs", "widgets"] {
        rust_files(&repo_path(&format!("src/app/{dir}")), &mut files);
    }
    let mut found = Vec::new();
    for path in files {
        let code = std::fs::read_to_string(&path).unwrap();
        let name = path
            .strip_prefix(repo_path(""))
            .unwrap()
            .display()
            .to_string();
        for text in string_literals(&code) {
            if keys.contains(text.as_str()) || NOT_YET_ENGLISH.contains(&text.as_str()) {
                continue;
            }
            let rest = interface_part(&text, &[]).to_lowercase();
            let words: Vec<&str> = rest
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .collect();
            if let Some(w) = FRENCH_WORDS.iter().find(|w| words.contains(w)) {
                found.push(format!("{name}: « {text} » (« {w} »)"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} French texts outside the catalogue:\n{}",
        found.len(),
        found.join("\n")
    );
}
