//! The « Scénarios » view, driven as a consultant would in front of the board: the slider of a
//! change moves the scenario's point and its badge at once; « Enregistrer comme cible » adds the
//! snapshot, and « Annuler » takes it away.

use atelier_mse::analysis::scenario::simulate;
use atelier_mse::app::View;
use atelier_mse::app::command::Command;
use atelier_mse::model::edits::ScenarioField;
use atelier_mse::model::{Change, Delta, Edit, Group, SnapshotKind};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

/// The result of the open case's first scenario, as the view computes it.
fn first_scenario(
    h: &egui_kittest::Harness<'_, atelier_mse::app::App>,
) -> atelier_mse::analysis::scenario::Outcome {
    let case = h.state().document.case();
    simulate(
        case,
        &case.scenarios[0],
        atelier_mse::analysis::Typology::builtin(),
    )
    .unwrap()
}

#[test]
fn the_slider_moves_the_point_and_the_badge_and_the_scenario_becomes_an_undoable_target() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = crate::common::sample_window("cpie-vallee-verte.ron", dir.path());
    h.state_mut().view = View::Scenarios;
    h.run();
    h.get_by_label("Sans la CPO régionale, avec un club de mécènes");
    h.state_mut().apply(Command::Edit(Edit::Scenario {
        index: 0,
        field: ScenarioField::AddChange(Change::Group {
            group: Group::S,
            by: Delta::Percent(0.0),
        }),
    }));
    h.run();
    // The sentence under the map says where the scenario's point stands.
    let point = |h: &egui_kittest::Harness<'_, atelier_mse::app::App>| {
        let t = first_scenario(h).analysis.ternary.unwrap();
        let text = format!(
            "Point du scénario : subventions {}, ressources privées {}, revenus d'activité {}",
            atelier_mse::format::percent(t.subsidies),
            atelier_mse::format::percent(t.private),
            atelier_mse::format::percent(t.activity)
        );
        h.get_by_label(&text);
        text
    };
    let title = |h: &egui_kittest::Harness<'_, atelier_mse::app::App>| {
        let c = first_scenario(h).analysis.classification;
        // The badge's text, as the window writes it.
        format!(
            " {} · confiance {} ",
            c.title,
            c.confidence.unwrap().label()
        )
    };
    let (point_before, title_before) = (point(&h), title(&h));
    h.get_by_label(&title_before);

    // The slider of the third change: public grants −60 %.
    // Moved as assistive technologies move a slider (the pointer and arrows go the same way).
    h.get_by_label("Changement 3").set_value_accesskit(-60.0);
    h.run();
    let case = h.state().document.case();
    assert_eq!(
        case.scenarios[0].changes[2],
        Change::Group {
            group: Group::S,
            by: Delta::Percent(-60.0)
        }
    );
    assert_ne!(point(&h), point_before, "the point moved");
    let title_after = title(&h);
    assert_ne!(title_after, title_before, "the model changed");
    h.get_by_label(&title_after);
    // The whole drag is one undo step.
    assert_eq!(
        h.state().document.undo_name(atelier_mse::text::Lang::Fr),
        Some("scénario « Sans la CPO régionale, avec un club de mécènes »")
    );

    // « Enregistrer comme cible »: a new « cible » snapshot right after its base; undo removes it.
    let count = h.state().document.case().snapshots.len();
    h.get_by_label("Enregistrer comme cible").click();
    h.run();
    let case = h.state().document.case();
    assert_eq!(case.snapshots.len(), count + 1);
    let target = &case.snapshots[2];
    assert_eq!(target.kind, SnapshotKind::Cible);
    // Named for the target's horizon (the case's « cible 2028 ») and shortly, not for the base.
    assert_eq!(target.label, "cible 2028 — Sans la CPO régionale, avec…");
    assert_eq!(target.year, 2028);
    assert!(target.lines.iter().all(|l| l.counterparty != "Région"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().document.case().snapshots.len(), count);
}

#[test]
fn scenarios_on_one_base_are_compared_and_take_line_changes_and_new_lines() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = crate::common::sample_window("cpie-vallee-verte.ron", dir.path());
    h.state_mut().view = View::Scenarios;
    h.run();
    h.get_by_label("Nouveau scénario sur « 2025 réalisé »")
        .click();
    h.run();
    assert_eq!(h.state().document.case().scenarios.len(), 2);
    // A line of the base −50 %, and a new line of 30 000 € of patronage.
    let line = h.state().document.case().snapshots[1].lines[4].id;
    let mut new_line = atelier_mse::model::ResourceLine::new(
        0,
        atelier_mse::model::KindId::new("mecenat_financier").unwrap(),
    );
    new_line.amount = Some(30_000.0);
    for change in [
        Change::Line {
            id: line,
            by: Delta::Percent(-50.0),
        },
        Change::NewLine { line: new_line },
    ] {
        h.state_mut().apply(Command::Edit(Edit::Scenario {
            index: 1,
            field: ScenarioField::AddChange(change),
        }));
    }
    h.run();
    let case = h.state().document.case();
    let o = simulate(
        case,
        &case.scenarios[1],
        atelier_mse::analysis::Typology::builtin(),
    )
    .unwrap();
    let base_line = case.snapshots[1].line(line).unwrap().amount.unwrap();
    assert!((o.budget_change - (30_000.0 - base_line / 2.0)).abs() < 0.01);
    assert!(
        o.applied
            .snapshot
            .lines
            .iter()
            .any(|l| l.kind.as_str() == "mecenat_financier" && l.amount == Some(30_000.0))
    );
    // Both scenarios side by side, the other one's point on the map.
    h.get_by_label("Les scénarios sur « 2025 réalisé »");
    let named = h
        .query_all_by_label("Sans la CPO régionale, avec un club de mécènes")
        .count();
    assert!(named >= 2, "in the list and in the comparison: {named}");
    h.get_by_label_contains("Proximité : ");
}

/// A change in euros reads and is typed the French way: « +60 000 € » shown, « 75 000,50 »
/// typed.
#[test]
fn a_change_in_euros_is_written_and_typed_the_french_way() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = crate::common::sample_window("cpie-vallee-verte.ron", dir.path());
    h.state_mut().view = View::Scenarios;
    h.run();
    let euros = |h: &egui_kittest::Harness<'_, atelier_mse::app::App>| {
        h.state().document.case().scenarios[0]
            .changes
            .iter()
            .find_map(|c| match c {
                Change::Kind {
                    by: Delta::Euros(e),
                    ..
                }
                | Change::Group {
                    by: Delta::Euros(e),
                    ..
                } => Some(*e),
                _ => None,
            })
            .unwrap()
    };
    assert_eq!(euros(&h), 60_000.0);
    let field = h.get_by_label("Changement 2");
    assert_eq!(field.value().as_deref(), Some("+60\u{a0}000\u{a0}€"));
    field.click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(egui::Event::Text("75 000,50".to_owned()));
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(euros(&h), 75_000.5);
    assert_eq!(
        h.get_by_label("Changement 2").value().as_deref(),
        Some("+75\u{a0}000,50\u{a0}€")
    );
    // A cut, typed with its sign.
    h.get_by_label("Changement 2").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(egui::Event::Text("-12 000".to_owned()));
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(euros(&h), -12_000.0);
    assert_eq!(
        h.get_by_label("Changement 2").value().as_deref(),
        Some("-12\u{a0}000\u{a0}€")
    );
}

/// « Les ventes à 160 000 € »: a change found by typing in the « Ajouter » list, said « à » an
/// amount, typed in euros; the scenario's lines of that kind add up to it.
#[test]
fn a_change_found_by_search_sets_an_amount_typed_in_euros() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = crate::common::sample_window("cpie-vallee-verte.ron", dir.path());
    h.state_mut().view = View::Scenarios;
    h.run();
    let count = h.state().document.case().scenarios[0].changes.len();
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Ajouter")
        .click();
    h.run();
    h.event(egui::Event::Text("vente".to_owned()));
    h.run();
    assert!(
        h.query_by_label_contains("Groupe : Subventions").is_none(),
        "filtered"
    );
    h.get_all_by_label_contains("Type : Ventes")
        .next()
        .expect("the sales found")
        .click();
    h.run();
    h.get_by_label("Ajouter le changement").click();
    h.run();
    let changes = &h.state().document.case().scenarios[0].changes;
    assert_eq!(changes.len(), count + 1);
    // Said « à » an amount, then typed.
    h.get_by_label(&format!("Forme du changement {}", count + 1))
        .click();
    h.run();
    h.get_by_label("à €").click();
    h.run();
    let name = format!("Changement {}", count + 1);
    h.get_by_label(&name).click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(egui::Event::Text("160 000".to_owned()));
    h.key_press(Key::Enter);
    h.run();
    let case = h.state().document.case();
    let Change::Kind { kind, by } = case.scenarios[0].changes[count].clone() else {
        panic!("{:?}", case.scenarios[0].changes)
    };
    assert_eq!(by, Delta::SetTo(160_000.0));
    let outcome = first_scenario(&h);
    let total: f64 = outcome
        .applied
        .snapshot
        .lines
        .iter()
        .filter(|l| l.kind == kind)
        .filter_map(|l| l.amount)
        .sum();
    assert!((total - 160_000.0).abs() < 0.01, "{total}");
    h.get_by_label_contains("à 160\u{a0}000\u{a0}€");
}

#[test]
fn a_new_scenario_opens_at_the_top_of_its_editor() {
    // The stress tests read first, far down the view; then a new scenario.
    let dir = tempfile::tempdir().unwrap();
    let doc =
        atelier_mse::app::Document::open(&crate::common::repo_path("saves/cpie-vallee-verte.ron"))
            .unwrap();
    let app = atelier_mse::app::App::new(doc, atelier_mse::app::AppPaths::in_dir(dir.path()));
    let mut h = crate::common::window(app, [1024.0, 768.0]);
    h.state_mut().view = View::Scenarios;
    h.run();
    let shown = h.ctx.content_rect();
    let save = |h: &egui_kittest::Harness<'_, atelier_mse::app::App>| {
        h.get_by_label("Enregistrer comme cible").rect().center()
    };
    assert!(shown.contains(save(&h)));
    h.hover_at(shown.center());
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, -5_000.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: Modifiers::NONE,
    });
    // The wheel scrolls smoothly, over a few frames.
    h.run_steps(20);
    assert!(
        !shown.contains(save(&h)),
        "scrolled down to the stress tests"
    );
    h.get_by_label_contains("Nouveau scénario sur").click();
    h.run_steps(20);
    assert_eq!(h.state().document.case().scenarios.len(), 2);
    assert!(
        shown.contains(save(&h)),
        "the new scenario's header is in view"
    );
}
