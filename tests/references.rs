//! « Se situer dans son écosystème »: the shipped references load and cite their source; a
//! network's reference is the median and quartiles of its cases, never from fewer than five;
//! a case at the median reads « dans la moyenne »; bad reference files are refused in French.

use crate::common::{case_of, repo_path, run, snapshot_of};
use atelier_mse::analysis::reference::{self, Reference, Standing};
use atelier_mse::analysis::{Typology, analyse};
use atelier_mse::model::Group;
use atelier_mse::portfolio::Portfolio;
use atelier_mse::storage;

#[test]
fn the_shipped_references_load_and_every_mix_has_a_source() {
    let shipped = std::fs::read_dir(repo_path("assets/references"))
        .unwrap()
        .count();
    assert_eq!(
        reference::builtin().len(),
        shipped,
        "every shipped file parses"
    );
    for r in reference::builtin() {
        assert!(r.source.len() > 40, "{}: a real citation", r.id);
        assert!(!r.mixes.is_empty());
        for mix in &r.mixes {
            assert!(!mix.groups.is_empty(), "{}", mix.label);
        }
    }
    // What the source gives, and nothing it does not: cotisations are unknown there.
    let paysage = atelier_mse::storage::find_reference("paysage-associatif-2019").unwrap();
    let mix = &paysage.mixes[0];
    assert_eq!(mix.figure(Group::S).unwrap().median, 0.20);
    assert_eq!(mix.figure(Group::RAm).unwrap().median, 0.24);
    assert_eq!(mix.figure(Group::RAp).unwrap().median, 0.42);
    assert!(mix.figure(Group::C).is_none());
    assert!(
        mix.ternary().is_none(),
        "not placed on the map with groups unknown"
    );
}

/// Five cases whose subsidies are 10, 20, 30, 40 and 50 % of their money (the rest gifts).
fn network(dir: &std::path::Path, count: usize) {
    for i in 0..count {
        let s = 10_000.0 * (i as f64 + 1.0);
        let mut case = case_of(snapshot_of(&[("subventions", s), ("dons", 100_000.0 - s)]));
        case.organisation.name = format!("Association {i}");
        storage::save(&case, &dir.join(format!("membre-{i}.ron"))).unwrap();
    }
}

#[test]
fn a_network_reference_is_the_median_and_quartiles_of_its_cases_with_no_names() {
    let dir = tempfile::tempdir().unwrap();
    network(dir.path(), 5);
    let portfolio = Portfolio::load(dir.path(), Typology::builtin()).unwrap();
    let rows: Vec<usize> = (0..portfolio.entries.len()).collect();
    let r = atelier_mse::portfolio::reference(&portfolio, &rows, "").unwrap();
    let s = r.mixes[0].figure(Group::S).unwrap();
    assert!((s.median - 0.3).abs() < 1e-9);
    assert!((s.q1.unwrap() - 0.2).abs() < 1e-9);
    assert!((s.q3.unwrap() - 0.4).abs() < 1e-9);
    assert_eq!(r.mixes[0].population, Some(5));
    let text = reference::to_text(&r).unwrap();
    assert!(
        !text.contains("Association 0") && !text.contains("membre-"),
        "no names"
    );
    // Read back like any reference.
    assert_eq!(Reference::parse(&text, "réseau.ron").unwrap(), r);

    // A case at the median is « dans la moyenne »; one with 80 % of subsidies is above.
    let at_median = case_of(snapshot_of(&[
        ("subventions", 30_000.0),
        ("dons", 70_000.0),
    ]));
    let a = analyse(&at_median, &at_median.snapshots[0], Typology::builtin());
    let readings = r.mixes[0].read(a.shares.as_ref().unwrap());
    assert!(
        readings
            .iter()
            .all(|x| x.standing == Standing::DansLaMoyenne),
        "{readings:?}"
    );
    let high = case_of(snapshot_of(&[
        ("subventions", 80_000.0),
        ("dons", 20_000.0),
    ]));
    let a = analyse(&high, &high.snapshots[0], Typology::builtin());
    let s = r.mixes[0].read(a.shares.as_ref().unwrap());
    assert_eq!(
        s.iter().find(|x| x.group == Group::S).unwrap().standing,
        Standing::AuDessus
    );
    assert_eq!(
        s.iter().find(|x| x.group == Group::D).unwrap().standing,
        Standing::EnDessous
    );
    assert!(
        r.mixes[0].ternary().is_some(),
        "a complete mix is placed on the map"
    );
}

#[test]
fn the_command_line_makes_a_reference_and_reads_a_case_against_it() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("réseau");
    std::fs::create_dir(&folder).unwrap();
    network(&folder, 4);
    let out_path = dir.path().join("ref.ron");
    let out = run(&[
        "portfolio",
        folder.to_str().unwrap(),
        "--reference-out",
        out_path.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "four cases are too few: {out:?}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("au moins 5"));
    assert!(!out_path.exists());

    network(&folder, 6);
    let out = run(&[
        "portfolio",
        folder.to_str().unwrap(),
        "--reference-out",
        out_path.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{out:?}");
    let sample = repo_path("saves/cpie-vallee-verte.ron");
    let out = run(&[
        "analyse",
        sample.to_str().unwrap(),
        "--reference",
        out_path.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Référence : Dossiers du portefeuille"),
        "{text}"
    );
    assert!(
        text.contains("au-dessus") || text.contains("en dessous"),
        "{text}"
    );

    let out = run(&[
        "analyse",
        sample.to_str().unwrap(),
        "--reference",
        "paysage-associatif-2019",
        "--json",
    ]);
    assert!(out.status.success(), "{out:?}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let readings = &json["reference"]["mixes"][0]["readings"];
    assert_eq!(
        readings.as_array().unwrap().len(),
        3,
        "only the groups the source gives"
    );
    assert_eq!(readings[0]["standing"], "au_dessus");

    // The PDF's position page says it too.
    let pdf = dir.path().join("r.pdf");
    let out = run(&[
        "export",
        sample.to_str().unwrap(),
        "--content",
        "position",
        "--reference",
        "paysage-associatif-2019",
        "--pdf",
        pdf.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{out:?}");
    let text = crate::common::words(&crate::common::pdftotext(&pdf));
    assert!(text.contains(&crate::common::words(
        "Se situer : Ensemble des associations françaises"
    )));
}

#[test]
fn a_bad_reference_file_is_refused_in_french_naming_the_file() {
    let good = std::fs::read_to_string(repo_path("assets/references/paysage-associatif-2019.ron"))
        .unwrap();
    for (text, expected) in [
        ("(format_version: 1, id: ", "ligne"),
        (
            &*good.replace("format_version: 1", "format_version: 9"),
            "mettez Atelier MSE à jour",
        ),
        (
            &*good.replace("median: 0.42", "median: 0.92"),
            "plus que 100 %",
        ),
        (
            &*good.replace("median: 0.42", "median: -0.1"),
            "entre 0 et 1",
        ),
        (
            &*good.replacen("source: \"", "source: \"\", autre: \"", 1),
            "autre",
        ),
        (
            &*good.replacen("title: \"", &format!("title: \"{}", "a".repeat(100_001)), 1),
            "dépasse 100000 caractères",
        ),
    ] {
        let err = Reference::parse(text, "réseau.ron")
            .unwrap_err()
            .to_string();
        assert!(err.contains("réseau.ron"), "{err}");
        assert!(err.contains(expected), "{expected}: {err}");
    }
    let dir = tempfile::tempdir().unwrap();
    let out = run(&[
        "analyse",
        repo_path("saves/club-randonnee.ron").to_str().unwrap(),
        "--reference",
        dir.path().join("absent.ron").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("absent.ron"));
}

#[test]
fn a_reference_chosen_in_the_side_panel_is_read_in_positionnement() {
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    let mut h = crate::common::sample_window("cpie-vallee-verte.ron", dir.path());
    h.state_mut().view = atelier_mse::app::View::Position;
    h.run();
    assert!(h.query_by_label_contains("Se situer : ").is_none());
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Se situer par rapport à")
        .click();
    h.run();
    h.get_by_label(
        "Ensemble des associations françaises (Le paysage associatif français, 3e édition)",
    )
    .click();
    h.run();
    h.get_by_label_contains("Se situer : Ensemble des associations françaises");
    h.get_by_label("Ensemble des associations, 2017");
    assert!(
        !h.query_all_by_label("au-dessus")
            .collect::<Vec<_>>()
            .is_empty()
    );
}

/// A network's own reference, chosen from a file in the side panel (« Autre référence
/// (fichier)… »), reads the position and is chosen again at the next start; a file that cannot
/// be read is refused with why and the reference in use stays.
#[test]
fn a_reference_file_is_chosen_in_the_window_and_remembered_at_the_next_start() {
    use atelier_mse::app::command::Command;
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    let shipped = std::fs::read_to_string(crate::common::repo_path(
        "assets/references/paysage-associatif-2019.ron",
    ))
    .unwrap();
    let own = dir.path().join("reseau.ron");
    std::fs::write(
        &own,
        shipped
            .replace("paysage-associatif-2019", "reseau-2026")
            .replace(
                "Ensemble des associations françaises (Le paysage associatif français, 3e édition)",
                "Les adhérents du réseau",
            ),
    )
    .unwrap();
    let settings = dir.path().join("settings");
    let window = || {
        let doc = atelier_mse::app::Document::open(&crate::common::repo_path(
            "saves/cpie-vallee-verte.ron",
        ))
        .unwrap();
        let mut app =
            atelier_mse::app::App::new(doc, atelier_mse::app::AppPaths::in_dir(&settings));
        // As the window starts without `--reference`.
        app.restore_reference();
        app.view = atelier_mse::app::View::Position;
        crate::common::window(app, [1400.0, 900.0])
    };

    let mut h = window();
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Se situer par rapport à")
        .click();
    h.run();
    h.get_by_label("Autre référence (fichier)…");
    h.state_mut().apply(Command::UseReference(own.clone()));
    h.run();
    h.get_by_label_contains("Se situer : Les adhérents du réseau");
    let stored = h.state().settings.reference.clone().unwrap();
    assert!(std::path::Path::new(&stored).is_absolute(), "{stored}");

    // A spoilt file: said, and the network's reference stays.
    let spoilt = dir.path().join("abimee.ron");
    std::fs::write(&spoilt, "(format_version: 1, id: ").unwrap();
    h.state_mut().apply(Command::UseReference(spoilt));
    h.run();
    assert!(
        h.state()
            .toasts
            .errors
            .iter()
            .any(|m| m.contains("abimee.ron")
                && m.contains("La référence en usage n'a pas changé")
                && !m.contains("..")),
        "{:?}",
        h.state().toasts.errors
    );
    h.get_by_label_contains("Se situer : Les adhérents du réseau");
    drop(h);

    // The next start reads the position against it again.
    let mut h = window();
    h.run();
    h.get_by_label_contains("Se situer : Les adhérents du réseau");
    // A shipped one chosen, then none: each remembered.
    h.state_mut().apply(Command::SetReference(Some(
        atelier_mse::analysis::reference::builtin()[0].clone(),
    )));
    drop(h);
    let mut h = window();
    h.run();
    h.get_by_label_contains("Se situer : Ensemble des associations françaises");
    h.state_mut().apply(Command::SetReference(None));
    drop(h);
    let h = window();
    assert!(h.query_by_label_contains("Se situer : ").is_none());

    // The file gone: the window opens without a reference and says why.
    drop(h);
    let mut h = window();
    h.state_mut().apply(Command::UseReference(own.clone()));
    drop(h);
    std::fs::remove_file(&own).unwrap();
    let h = window();
    assert!(h.query_by_label_contains("Se situer : ").is_none());
    crate::common::assert_said(h.state(), &["reseau.ron", "Aucune référence n'est choisie"]);
}
