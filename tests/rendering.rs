//! Rendered images of the main screen, the position and the scenarios views (egui_kittest on wgpu, software
//! Vulkan), compared with `tests/snapshots/`. Regenerate with `UPDATE_SNAPSHOTS=1`.

use std::path::Path;

use crate::common::repo_path;
use atelier_mse::app::View;
use atelier_mse::app::{App, AppPaths, Document};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn workbook(sample: &str, dir: &Path, view: View) -> App {
    let doc = Document::open(&repo_path(&format!("saves/{sample}"))).unwrap();
    let mut wb = App::new(doc, AppPaths::in_dir(dir));
    wb.view = view;
    wb
}

fn rendered(wb: App) -> Harness<'static, App> {
    rendered_at(wb, [1280.0, 800.0])
}

fn rendered_at(wb: App, size: [f32; 2]) -> Harness<'static, App> {
    let mut h = Harness::builder()
        .with_size(size)
        .wgpu()
        .build_ui_state(|ui, wb: &mut App| wb.ui(ui), wb);
    h.run();
    h
}

#[test]
fn main_screen_of_the_environment_centre() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = rendered(workbook("cpie-vallee-verte.ron", dir.path(), View::Matrix));
    h.snapshot("main_screen_cpie");
}

#[test]
fn position_view_of_the_environment_centre() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = rendered(workbook(
        "cpie-vallee-verte.ron",
        dir.path(),
        View::Position,
    ));
    h.snapshot("position_cpie");
}

/// The CPIE's scenario: changes and result, the ternary map from the base to the scenario and
/// the barycentre heptagon beside it (a 1920×1080 screen).
#[test]
fn scenarios_view_of_the_environment_centre() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = rendered_at(
        workbook("cpie-vallee-verte.ron", dir.path(), View::Scenarios),
        [1920.0, 1080.0],
    );
    h.get_by_label("Barycentre des sept modèles");
    h.snapshot("scenarios_cpie");
}

/// No scenario yet: the stress tests of the snapshot, listed and on their own map (tests that
/// land on one spot share one label).
#[test]
fn stress_tests_of_the_telethon_charity() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = rendered(workbook(
        "recherche-telethon.ron",
        dir.path(),
        View::Scenarios,
    ));
    h.get_by_label_contains("leur point sur la carte ci-dessous");
    h.snapshot("stress_telethon");
}

/// A 1024×768 screen with text at 130 %: the side panel's names above their fields, the map's
/// bottom poles clear of each other, the matrix heading whole.
#[test]
fn position_view_on_a_small_screen_with_large_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::builder()
        .with_size([1024.0 / 1.3, 768.0 / 1.3])
        .with_pixels_per_point(1.3)
        .wgpu()
        .build_ui_state(
            |ui, wb: &mut App| wb.ui(ui),
            workbook("cpie-vallee-verte.ron", dir.path(), View::Position),
        );
    h.run();
    h.snapshot("position_small_large_text");
}

/// A network's reference (five cases of 10 to 50 % subsidies, the rest gifts) chosen: its
/// median and the area of its middle half on the map, the reading table, and the « réf. 1 »
/// bar in the composition.
#[test]
fn position_view_against_a_network_reference() {
    use atelier_mse::analysis::Typology;
    use atelier_mse::portfolio::Portfolio;
    let dir = tempfile::tempdir().unwrap();
    let members = dir.path().join("reseau");
    std::fs::create_dir(&members).unwrap();
    for i in 0..5 {
        let s = 10_000.0 * (f64::from(i) + 1.0);
        let mut case = crate::common::case_of(crate::common::snapshot_of(&[
            ("subventions", s),
            ("dons", 100_000.0 - s),
        ]));
        case.organisation.name = format!("Association {i}");
        atelier_mse::storage::save(&case, &members.join(format!("membre-{i}.ron"))).unwrap();
    }
    let portfolio = Portfolio::load(&members, Typology::builtin()).unwrap();
    let rows: Vec<usize> = (0..portfolio.entries.len()).collect();
    let mut wb = workbook("cpie-vallee-verte.ron", dir.path(), View::Position);
    wb.workspaces.reference.reference =
        Some(atelier_mse::portfolio::reference(&portfolio, &rows, "").unwrap());
    let mut h = rendered_at(wb, [1400.0, 1400.0]);
    h.get_by_label_contains("Se situer : ");
    h.snapshot("position_network_reference");
}

#[test]
fn position_view_of_the_telethon_charity() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = rendered(workbook(
        "recherche-telethon.ron",
        dir.path(),
        View::Position,
    ));
    h.snapshot("position_telethon");
}

#[test]
fn hovering_the_organisation_point_shows_its_shares() {
    let dir = tempfile::tempdir().unwrap();
    let wb = workbook("club-randonnee.ron", dir.path(), View::Position);
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_ui_state(|ui, wb: &mut App| wb.ui(ui), wb);
    h.run();
    let point =
        atelier_mse::app::screens::position::ternary_screen_point(&h.ctx, 1).expect("point drawn");
    assert!(
        h.query_by_label_contains("Revenus d'activité : 25")
            .is_none(),
        "no tooltip before hovering"
    );
    h.hover_at(point);
    h.run();
    h.get_by_label_contains("Subventions publiques : 15\u{a0}%");
    h.get_by_label_contains("Ressources privées : 60\u{a0}%");
    h.get_by_label_contains("Revenus d'activité : 25\u{a0}%");
}

/// The autodiagnostic at 1024×768: a question with its help and progress, then the result of
/// the second round with the radar of both rounds; no text clipped.
#[test]
fn autodiagnostic_view_on_a_small_screen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("club.ron");
    atelier_mse::storage::save(&crate::autodiagnostic::club_with_two_rounds(), &path).unwrap();
    let doc = Document::open(&path).unwrap();
    let mut wb = App::new(doc, AppPaths::in_dir(dir.path()));
    wb.view = View::Autodiagnostic;
    wb.screens.autodiagnostic.question = 6;
    let mut h = rendered_at(wb, [1024.0, 768.0]);
    h.get_by_label("7 / 24");
    h.snapshot("autodiagnostic_question");
    h.state_mut().screens.autodiagnostic.result = true;
    h.run();
    h.get_by_label("Depuis le tour du 2025-11-20");
    h.snapshot("autodiagnostic_result");
}
