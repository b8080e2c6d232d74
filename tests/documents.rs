//! The documents a board reads whole: the session report (« Compte rendu de séance ») with its
//! action plan and validation, two snapshots side by side, the position page with the
//! barycentre; and, for a hostile case (labels of 500 characters, notes of 2 000 lines, 2 000
//! matrix lines), every label, funder and note found whole in `pdftotext`, nothing off the page.

use std::process::Command;

use crate::common::{pdftotext, repo_path, samples, texts, words};
use atelier_mse::analysis::{POLES, Typology};
use atelier_mse::model::{Action, ActionStatus, Case, KindId, Lever, ResourceLine, Session};
use atelier_mse::report::document::{Document, Op};
use atelier_mse::report::{self, Content, Options, fonts};
use atelier_mse::storage;

fn options(content: Content, against: Option<&str>) -> Options {
    Options {
        content,
        landscape: false,
        against: against.map(str::to_owned),
        reference: None,
        questionnaire: None,
    }
}

/// Every text of every page lies inside the page, from its measured box.
fn assert_on_the_page(doc: &Document) {
    for (n, page) in doc.pages.iter().enumerate() {
        for op in &page.ops {
            if let Op::Text {
                x,
                y,
                text,
                size,
                align,
                bold,
                ..
            } = op
            {
                let width = fonts::width(text, *size, *bold);
                let start = align.start(*x, width);
                assert!(
                    start >= 0.0
                        && start + width <= doc.width + 0.5
                        && *y - size >= 0.0
                        && *y <= doc.height - 10.0,
                    "page {}: « {} » off the page ({start}, {y})",
                    n + 1,
                    text.chars().take(40).collect::<String>()
                );
            }
        }
    }
}

fn with_plan(mut case: Case) -> Case {
    case.accompaniment.actions = vec![
        Action {
            action: "Rencontrer la fondation régionale pour un mécénat pluriannuel".to_owned(),
            lever: Some(Lever::RessourcesFinancieres),
            owner: "Trésorière".to_owned(),
            due: "mars 2027".to_owned(),
            status: ActionStatus::EnCours,
        },
        Action {
            action: "Former deux bénévoles à l'accueil des classes".to_owned(),
            lever: Some(Lever::RichessesHumaines),
            owner: "Directeur".to_owned(),
            due: "septembre 2027".to_owned(),
            status: ActionStatus::AFaire,
        },
    ];
    case.accompaniment.validated_by = "Marie Dupont, présidente".to_owned();
    case.accompaniment.validated_on = "22 novembre 2026".to_owned();
    case
}

#[test]
fn the_session_report_holds_the_session_the_plan_its_validation_and_the_trajectory() {
    let case = with_plan(storage::load(&repo_path("saves/cpie-vallee-verte.ron")).unwrap());
    let doc = report::document(
        &case,
        "2025 réalisé",
        Typology::builtin(),
        options(Content::Report, None),
    )
    .unwrap();
    assert!(doc.title.starts_with("Compte rendu de séance"));
    let all = words(&texts(&doc).join(" "));
    let session = case.accompaniment.sessions.last().unwrap();
    for expected in [
        "Compte rendu de séance",
        "L'organisation",
        &format!("Séance du {}", session.date),
        &session.notes,
        "Décisions",
        &case.accompaniment.decisions,
        "Plan d'action",
        "Rencontrer la fondation régionale pour un mécénat pluriannuel",
        "Ressources financières",
        "en cours",
        "Validé par Marie Dupont, présidente le 22 novembre 2026",
        "Trajectoire",
        "cible 2028",
        "Barycentre des sept modèles",
        "Matrice des trois leviers",
    ] {
        assert!(all.contains(&words(expected)), "missing: {expected}");
    }
    let last = doc.pages.len();
    assert!(all.contains(&words(&format!("Page {last} / {last}"))));
    assert_on_the_page(&doc);

    // Without a validation yet, the line is there to be filled in by hand.
    let mut blank = case.clone();
    blank.accompaniment.validated_by.clear();
    blank.accompaniment.validated_on.clear();
    let doc = report::document(
        &blank,
        "2025 réalisé",
        Typology::builtin(),
        options(Content::Report, None),
    )
    .unwrap();
    assert!(texts(&doc).join(" ").contains("Validé par ……"));
}

#[test]
fn the_command_line_exports_the_session_report_and_two_snapshots_side_by_side() {
    let dir = tempfile::tempdir().unwrap();
    let sample = repo_path("saves/cpie-vallee-verte.ron");
    let pdf = dir.path().join("cr.pdf");
    let out = Command::new(env!("CARGO_BIN_EXE_atelier-mse"))
        .env_remove("DISPLAY")
        .args(["export", sample.to_str().unwrap(), "--content", "report"])
        .args(["--against", "cible 2028", "--pdf", pdf.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let text = pdftotext(&pdf);
    for expected in [
        "Compte rendu de séance",
        "Plan d’action",
        "Comparaison — 2025 réalisé et cible 2028",
    ] {
        // pdftotext keeps the typographic apostrophe as drawn; compare without it.
        let plain = |t: &str| words(t).replace(['\'', '’'], "");
        assert!(
            plain(&text).contains(&plain(expected)),
            "missing: {expected}"
        );
    }

    // An unknown snapshot to compare with names the ones there are; nothing is written.
    let none = dir.path().join("none.pdf");
    let out = Command::new(env!("CARGO_BIN_EXE_atelier-mse"))
        .args(["export", sample.to_str().unwrap(), "--against", "2031"])
        .args(["--pdf", none.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("aucun instantané « 2031 »"), "{err}");
    assert!(err.contains("cible 2028"), "{err}");
    assert!(!none.exists());
}

#[test]
fn two_snapshots_side_by_side_show_both_figures_every_line_change_and_both_points() {
    let case = storage::load(&repo_path("saves/cpie-vallee-verte.ron")).unwrap();
    let doc = report::document(
        &case,
        "2025 réalisé",
        Typology::builtin(),
        options(Content::Position, Some("cible 2028")),
    )
    .unwrap();
    let pages = texts(&doc);
    let comparison = pages
        .iter()
        .position(|p| p.contains("Comparaison — 2025 réalisé et cible 2028"))
        .expect("a comparison page");
    let from_there = words(&pages[comparison..].join(" "));
    let (before, after) = (
        case.snapshot("2025 réalisé").unwrap(),
        case.snapshot("cible 2028").unwrap(),
    );
    for line in before.lines.iter().chain(&after.lines) {
        assert!(
            from_there.contains(&words(line.display_label())),
            "line missing: {}",
            line.display_label()
        );
    }
    // Both budgets, as the key figures give them.
    let figures = |s| atelier_mse::analysis::analyse(&case, s, Typology::builtin()).totals;
    for t in [figures(before), figures(after)] {
        let budget = atelier_mse::format::euros_whole(t.monetary_budget);
        assert!(from_there.contains(&words(&budget)), "{budget}");
    }
    // Both points on the maps: the two labels are drawn on the comparison page, and nothing else.
    let page = &pages[comparison];
    assert!(page.contains("2025 réalisé") && page.contains("cible 2028"));
    assert!(!page.contains("2024 réalisé"), "only the two compared");
    assert_on_the_page(&doc);

    assert!(
        report::document(
            &case,
            "2025 réalisé",
            Typology::builtin(),
            options(Content::All, Some("2025 réalisé")),
        )
        .is_err(),
        "a snapshot is not compared with itself"
    );
}

#[test]
fn every_sample_position_fits_one_portrait_page_with_the_barycentre_and_the_poles_said() {
    for sample in samples() {
        let case = storage::load(&sample).unwrap();
        let label = case.default_snapshot().unwrap().label.clone();
        let doc = report::document(
            &case,
            &label,
            Typology::builtin(),
            options(Content::Position, None),
        )
        .unwrap();
        assert_eq!(doc.pages.len(), 1, "{}", sample.display());
        let page = words(&texts(&doc)[0]);
        for expected in [
            "Carte ternaire des ressources monétaires",
            "Proximité aux sept modèles",
            "Barycentre des sept modèles",
            "Composition des ressources monétaires",
            "Pourquoi ?",
            POLES,
        ] {
            assert!(
                page.contains(&words(expected)),
                "{}: {expected}",
                sample.display()
            );
        }
        // The seven models at the heptagon's vertices.
        for model in &Typology::builtin().models {
            assert!(page.contains(&model.id), "{}", model.id);
        }
        assert_on_the_page(&doc);
    }
}

/// Labels of 500 characters, a note of 2 000 lines, 2 000 matrix lines, long actions.
fn hostile_case() -> Case {
    let mut case = storage::load(&repo_path("saves/club-randonnee.ron")).unwrap();
    let long = |i: u32| {
        format!("Ligne {i} : ")
            + &"randonnée pédestre accompagnée sur les sentiers du massif, ".repeat(9)
    };
    let snapshot = case.snapshots.get_mut(1).unwrap();
    for i in 0..2_000 {
        let kind = [
            "dons",
            "cotisations",
            "mecenat_financier",
            "benevolat_activite",
        ][i as usize % 4];
        let mut line = ResourceLine::new(5_000 + i, KindId::new(kind).unwrap());
        line.label = long(i)
            .chars()
            .take(500)
            .collect::<String>()
            .trim()
            .to_owned();
        line.counterparty = format!("Financeur {i} du territoire des Trois Vallées et d'ailleurs");
        if kind == "benevolat_activite" {
            line.quantity = Some(f64::from(10 + i));
        } else {
            line.amount = Some(f64::from(i + 1) * 7.0);
        }
        snapshot.lines.push(line);
    }
    case.accompaniment.sessions.push(Session {
        date: "2026-11-22".to_owned(),
        notes: (1..=2_000)
            .map(|i| format!("Note {i} : le conseil d'administration a discuté du point {i}."))
            .collect::<Vec<_>>()
            .join("\n"),
    });
    case.accompaniment.actions = (1..=40)
        .map(|i| Action {
            action: format!("Action {i} : ") + &"préparer le dossier de demande ".repeat(15),
            owner: format!("Responsable {i}"),
            due: "décembre 2027".to_owned(),
            ..Action::default()
        })
        .collect();
    case
}

#[test]
fn a_hostile_case_reads_whole_in_the_pdf_and_nothing_leaves_the_page() {
    let case = hostile_case();
    let opts = options(Content::Report, Some("cible 2027"));
    let doc = report::document(&case, "2025 réalisé", Typology::builtin(), opts.clone()).unwrap();
    assert_on_the_page(&doc);
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("hostile.pdf");
    report::write(&doc, report::Format::Pdf, &pdf).unwrap();
    // A word broken at the end of a line keeps a hyphen there, which pdftotext takes away when
    // it joins the line to the next (« Saint- / Aubin » reads « SaintAubin »): hyphens aside.
    let unhyphened = |t: &str| words(t).replace('-', "");
    let text = unhyphened(&pdftotext(&pdf));
    let snapshot = case.snapshot("2025 réalisé").unwrap();
    for line in &snapshot.lines {
        assert!(
            text.contains(&unhyphened(&line.label)),
            "label cut: {}",
            &line.label[..30]
        );
        assert!(
            text.contains(&unhyphened(&line.counterparty)),
            "funder cut: {}",
            line.counterparty
        );
    }
    let notes = &case.accompaniment.sessions.last().unwrap().notes;
    for note in notes.lines() {
        assert!(text.contains(&unhyphened(note)), "note dropped: {note}");
    }
    for action in &case.accompaniment.actions {
        assert!(text.contains(&unhyphened(&action.action)), "action cut");
    }
}

/// How far down its page the lowest text of `page` goes, as a share of the page's height.
fn filled(page: &atelier_mse::report::document::Page, height: f32) -> f32 {
    let texts: Vec<f32> = page
        .ops
        .iter()
        .filter_map(|op| match op {
            Op::Text { y, text, .. }
                if !text.starts_with("Atelier MSE") && !text.starts_with("Page ") =>
            {
                Some(*y)
            }
            _ => None,
        })
        .collect();
    texts.iter().copied().fold(0.0, f32::max) / height
}

/// With the national reference, every sample's position keeps to one page; the session report
/// and the scenarios have no near-empty page; the map's bottom poles never overlap; the matrix's
/// hours and people are never broken inside themselves.
#[test]
fn documents_with_a_reference_read_whole_page_by_page() {
    let reference = atelier_mse::storage::find_reference("paysage-associatif-2019").unwrap();
    for sample in samples() {
        let case = storage::load(&sample).unwrap();
        let snapshot = case.snapshots[case.default_snapshot_index()].label.clone();
        let with = |content| Options {
            reference: Some(reference.clone()),
            ..options(content, None)
        };
        let position = report::document(
            &case,
            &snapshot,
            Typology::builtin(),
            with(Content::Position),
        )
        .unwrap();
        assert_eq!(
            position.pages.len(),
            1,
            "{}: the position on one page",
            sample.display()
        );
        // The bottom poles of the map: their boxes apart.
        let boxes: Vec<(f32, f32, f32)> = position.pages[0]
            .ops
            .iter()
            .filter_map(|op| match op {
                Op::Text {
                    x,
                    y,
                    size,
                    text,
                    bold,
                    align,
                    ..
                } if text.starts_with("Ressources") || text.starts_with("Revenus") => {
                    let w = fonts::width(text, *size, *bold);
                    let left = match align {
                        atelier_mse::report::document::Align::Right => x - w,
                        atelier_mse::report::document::Align::Center => x - w / 2.0,
                        _ => *x,
                    };
                    Some((left, left + w, *y))
                }
                _ => None,
            })
            .collect();
        for (i, a) in boxes.iter().enumerate() {
            for b in boxes.iter().skip(i + 1) {
                let same_line = (a.2 - b.2).abs() < 5.0;
                assert!(
                    !same_line || a.1 <= b.0 || b.1 <= a.0,
                    "{}: poles written over each other {boxes:?}",
                    sample.display()
                );
            }
        }
        for content in [Content::Report, Content::Scenarios] {
            let doc =
                report::document(&case, &snapshot, Typology::builtin(), with(content)).unwrap();
            for (n, page) in doc.pages.iter().enumerate() {
                let share = filled(page, doc.height);
                assert!(
                    share > 0.25,
                    "{} {content:?}: page {} of {} is near-empty ({:.0} % of its height)",
                    sample.display(),
                    n + 1,
                    doc.pages.len(),
                    share * 100.0
                );
            }
            if content != Content::Report {
                continue;
            }
            // The report holds the matrix: its hours whole.
            let texts = texts(&doc).join(" ");
            let year = case.snapshot(&snapshot).unwrap();
            for line in &year.lines {
                if let Some(hours) = line.quantity.filter(|q| *q >= 1000.0) {
                    let whole = atelier_mse::format::number(hours, 0);
                    assert!(
                        texts.contains(&whole),
                        "{}: « {whole} » broken in {content:?}",
                        sample.display()
                    );
                }
            }
        }
    }
}

#[test]
fn the_scenarios_page_has_no_empty_row() {
    // The environment centre's scenario makes no qualifier appear: no « Apparaît » row.
    let case = storage::load(&repo_path("saves/cpie-vallee-verte.ron")).unwrap();
    let doc = report::document(
        &case,
        "2025 réalisé",
        Typology::builtin(),
        options(Content::Scenarios, None),
    )
    .unwrap();
    let all = texts(&doc).join(" ");
    assert!(all.contains("Sans la CPO régionale"), "{all}");
    assert!(!all.contains("Apparaît"), "{all}");
}
