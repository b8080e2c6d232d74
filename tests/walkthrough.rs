//! The README's walkthrough: a small association's case typed from the keyboard alone, with
//! every keystroke counted (a chord such as Ctrl+Maj+F counts one, each character one).

use atelier_mse::app::{App, AppPaths, Document, View};
use atelier_mse::model::{Case, Lever, SnapshotKind};
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;

/// The window and the keystrokes sent to it.
struct Keyboard {
    h: Harness<'static, App>,
    /// Keys and chords pressed to move, confirm or command.
    keys: usize,
    /// Characters typed.
    characters: usize,
}

impl Keyboard {
    fn press(&mut self, modifiers: Modifiers, key: Key) {
        self.h.key_press_modifiers(modifiers, key);
        self.h.run();
        self.keys += 1;
    }

    fn key(&mut self, key: Key) {
        self.press(Modifiers::NONE, key);
    }

    fn chord(&mut self, key: Key) {
        self.press(Modifiers::COMMAND | Modifiers::SHIFT, key);
    }

    fn text(&mut self, text: &str) {
        self.h.event(Event::Text(text.to_owned()));
        self.h.run();
        self.characters += text.chars().count();
    }

    /// One line: optionally its kind (first letters, from the label), then the cells in order
    /// with Tab between them, and Enter (a new line of the same kind follows).
    fn line(&mut self, kind: Option<&str>, cells: &[&str]) {
        if let Some(letters) = kind {
            self.press(Modifiers::SHIFT, Key::Tab);
            self.text(letters);
            self.key(Key::Tab);
        }
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                self.key(Key::Tab);
            }
            self.text(cell);
        }
        self.key(Key::Enter);
    }
}

#[test]
fn a_small_case_typed_from_the_keyboard_alone() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::new(
        Document::new(Case::new_blank(2026), None),
        AppPaths::in_dir(dir.path()),
    );
    let h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    let mut k = Keyboard {
        h,
        keys: 0,
        characters: 0,
    };
    k.h.state_mut().view = View::Start;
    k.h.run();

    k.press(Modifiers::COMMAND, Key::N); // Nouveau
    // Money: each Enter on the last line starts a line of the same kind.
    k.chord(Key::F);
    k.line(None, &["Adhésions", "Membres", "4800"]);
    k.line(Some("ven"), &["Buvette", "Usagers", "1500"]);
    k.line(None, &["Séjours", "Usagers", "2500"]);
    k.line(Some("sub"), &["Fonctionnement", "Commune", "1200"]);
    k.line(None, &["Balisage", "CD 38", "800"]);
    k.line(Some("don"), &["Dons", "Public", "300"]);
    // Time: the board and the volunteers.
    k.chord(Key::H);
    k.line(None, &["Bureau", "8", "400"]);
    k.line(Some("act"), &["Animateurs", "25", "2000"]);
    // Partners.
    k.chord(Key::A);
    k.line(None, &["Salle", "Commune", "3000"]);
    k.line(Some("pres"), &["Cartes IGN", "CAF", "400"]);
    // A target for 2029, from this year.
    k.chord(Key::T);

    let app = k.h.state();
    let case = app.document.case();
    assert_eq!(case.snapshots.len(), 2);
    assert_eq!(case.snapshots[1].kind, SnapshotKind::Cible);
    let year = &case.snapshots[0];
    // Each lever ends with the empty line its last Enter started.
    let filled: Vec<_> = year.lines.iter().filter(|l| !l.label.is_empty()).collect();
    assert_eq!(filled.len(), 10, "{:#?}", year.lines);
    let money = |kind: &str| -> f64 {
        year.lines
            .iter()
            .filter(|l| l.kind.as_str() == kind)
            .filter_map(|l| l.amount)
            .sum()
    };
    assert_eq!(money("cotisations"), 4_800.0);
    assert_eq!(money("ventes_privees"), 4_000.0);
    assert_eq!(money("subventions"), 2_000.0);
    assert_eq!(money("dons"), 300.0);
    let animateurs = year.lines.iter().find(|l| l.label == "Animateurs").unwrap();
    assert_eq!(animateurs.kind.as_str(), "benevolat_activite");
    assert_eq!(animateurs.people, Some(25));
    assert_eq!(animateurs.quantity, Some(2_000.0));
    let ign = year.lines.iter().find(|l| l.label == "Cartes IGN").unwrap();
    assert_eq!(ign.lever(), Lever::AlliancesStrategiques);
    assert_eq!(ign.counterparty, "CAF");
    let analysis = app.analysis().unwrap();
    assert_eq!(analysis.totals.monetary_budget, 11_100.0);

    // The README quotes these two figures.
    println!("keys {} characters {}", k.keys, k.characters);
    assert_eq!(k.keys, KEYS, "keys and chords");
    assert_eq!(k.characters, CHARACTERS, "characters typed");
    assert!(k.keys + k.characters < 250);
}

/// The figures of the README's walkthrough.
const KEYS: usize = 45;
const CHARACTERS: usize = 184;
