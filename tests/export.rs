//! Reports exported with no display at all: the PDF parses, has its pages, its text (fonts
//! embedded) holds the figures in French; the PNG is at print resolution and not blank; the
//! same input gives the same bytes; a long matrix breaks across pages cleanly.

use std::path::Path;
use std::process::Command;

use crate::common::{repo_path, samples, texts, words};
use atelier_mse::analysis::Typology;
use atelier_mse::model::{Case, KindId, ResourceLine};
use atelier_mse::report::document::Op;
use atelier_mse::report::{self, Content, Options};
use atelier_mse::storage;

fn export(args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_atelier-mse"))
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .arg("export")
        .args(args)
        .output()
        .expect("binary runs");
    assert!(out.status.success(), "{out:?}");
}

fn poppler(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} (poppler-utils) is needed: {e}"));
    assert!(out.status.success(), "{tool} failed: {out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn pages(pdf: &Path) -> usize {
    poppler("pdfinfo", &[pdf.to_str().unwrap()])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("page count")
}

#[test]
fn every_sample_exports_to_pdf_and_png_without_a_display() {
    let dir = tempfile::tempdir().unwrap();
    for sample in samples() {
        let case = storage::load(&sample).unwrap();
        let stem = sample.file_stem().unwrap().to_str().unwrap();
        let pdf = dir.path().join(format!("{stem}.pdf"));
        let png = dir.path().join(format!("{stem}.png"));
        export(&[
            sample.to_str().unwrap(),
            "--pdf",
            pdf.to_str().unwrap(),
            "--png",
            png.to_str().unwrap(),
        ]);

        let size = std::fs::metadata(&pdf).unwrap().len();
        assert!(size < 300 * 1024, "{stem}: {size} bytes");
        // The position page, then the matrix, which flows over a second page when its
        // wrapped lines need it.
        let count = pages(&pdf);
        assert!((2..=3).contains(&count), "{stem}: {count} pages");
        let text = poppler("pdftotext", &[pdf.to_str().unwrap(), "-"]);
        assert!(
            text.contains(&case.organisation.name),
            "{stem}: name in the text"
        );
        assert!(
            text.contains("Budget valorisé") && text.contains("Pourquoi ?"),
            "{stem}"
        );
        let info = poppler("pdfinfo", &[pdf.to_str().unwrap()]);
        assert!(
            info.contains(&format!("Title:           {}", case.organisation.name)),
            "{info}"
        );
        let fonts = poppler("pdffonts", &[pdf.to_str().unwrap()]);
        assert!(
            fonts.contains("DejaVuSans") && !fonts.contains(" no  "),
            "fonts embedded: {fonts}"
        );

        let image =
            tiny_skia::Pixmap::decode_png(&std::fs::read(&png).unwrap()).expect("PNG decodes");
        assert!(image.width() >= 2000, "{stem}: {} px", image.width());
        let dark = image.pixels().iter().filter(|p| p.red() < 128).count();
        assert!(
            dark > 10_000,
            "{stem}: the image has content ({dark} dark pixels)"
        );
    }
}

#[test]
fn a_known_amount_is_copied_out_of_the_pdf_in_french_format() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("cpie.pdf");
    export(&[
        repo_path("saves/cpie-vallee-verte.ron").to_str().unwrap(),
        "--pdf",
        pdf.to_str().unwrap(),
    ]);
    // Copying gives the figure; the no-break spaces may come out as plain spaces.
    let text = poppler("pdftotext", &[pdf.to_str().unwrap(), "-"]).replace('\u{a0}', " ");
    assert!(
        text.contains("601 500 €"),
        "budget monétaire in French format"
    );
    assert!(text.contains("120 000 €"), "the Région's subsidy");
    assert!(text.contains("entre M4 et M2"));
    assert!(text.contains("Réserves") && text.contains("Précautions d'emploi"));
}

#[test]
fn two_exports_give_identical_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let sample = repo_path("saves/operateur-solidarites.ron");
    let mut outputs = Vec::new();
    for run in 0..2 {
        let pdf = dir.path().join(format!("{run}.pdf"));
        let png = dir.path().join(format!("{run}.png"));
        export(&[
            sample.to_str().unwrap(),
            "--pdf",
            pdf.to_str().unwrap(),
            "--png",
            png.to_str().unwrap(),
            "--landscape",
        ]);
        outputs.push((std::fs::read(pdf).unwrap(), std::fs::read(png).unwrap()));
    }
    assert!(outputs[0] == outputs[1]);
}

#[test]
fn content_and_orientation_choices() {
    let case = storage::load(&repo_path("saves/club-randonnee.ron")).unwrap();
    let t = Typology::builtin();
    let doc = |content, landscape| {
        report::document(
            &case,
            "2025 réalisé",
            t,
            Options {
                content,
                landscape,
                against: None,
                reference: None,
                questionnaire: None,
            },
        )
        .unwrap()
    };
    assert_eq!(doc(Content::All, false).pages.len(), 2);
    assert_eq!(doc(Content::Position, false).pages.len(), 1);
    assert_eq!(doc(Content::Matrix, false).pages.len(), 1);
    let landscape = doc(Content::All, true);
    assert!(landscape.width > landscape.height);
    assert!(report::document(&case, "2031", t, Options::default()).is_err());
}

fn long_case(lines: u32) -> Case {
    let mut case = storage::load(&repo_path("saves/club-randonnee.ron")).unwrap();
    let snapshot = case.snapshots.get_mut(1).unwrap();
    for i in 0..lines {
        let mut line = ResourceLine::new(1000 + i, KindId::new("dons").unwrap());
        line.label = format!("Don numéro {:03}", i + 1);
        line.counterparty = format!("Donateur {:03}", i + 1);
        line.amount = Some(f64::from(i + 1) * 10.0);
        snapshot.lines.push(line);
    }
    case
}

#[test]
fn a_300_line_matrix_paginates_with_repeated_headers_and_whole_lines() {
    let case = long_case(300);
    let options = Options {
        content: Content::Matrix,
        landscape: false,
        against: None,
        reference: None,
        questionnaire: None,
    };
    let doc =
        report::document(&case, "2025 réalisé", Typology::builtin(), options.clone()).unwrap();
    assert!(doc.pages.len() >= 6, "{} pages", doc.pages.len());
    for (n, page) in doc.pages.iter().enumerate() {
        let texts: Vec<&str> = page
            .ops
            .iter()
            .filter_map(|op| match op {
                Op::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        // The column titles wrap within their cells like the lines.
        assert!(
            texts.join(" ").contains("Financeur ou partenaire"),
            "header repeated on page {}",
            n + 1
        );
        assert!(
            texts.iter().any(|t| t.starts_with("Page ")),
            "page number on page {}",
            n + 1
        );
        for op in &page.ops {
            if let Op::Text { y, size, .. } = op {
                assert!(
                    *y - size >= 0.0 && *y <= doc.height - 20.0,
                    "text inside the page, page {}",
                    n + 1
                );
            }
        }
    }

    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("long.pdf");
    report::export(
        &case,
        "2025 réalisé",
        Typology::builtin(),
        (report::Format::Pdf, options.clone()),
        &pdf,
    )
    .unwrap();
    assert_eq!(pages(&pdf), doc.pages.len());
    let text = poppler("pdftotext", &["-layout", pdf.to_str().unwrap(), "-"]);
    for i in 1..=300 {
        let label = format!("Don numéro {i:03}");
        assert_eq!(
            text.matches(&label).count(),
            1,
            "{label} appears once, whole"
        );
    }
    assert!(text.contains(&format!("Page {} / {}", doc.pages.len(), doc.pages.len())));
}

/// The laid-out report of the 2025 snapshot of `case`, portrait, with `content`.
fn report_of(
    case: &atelier_mse::model::Case,
    content: atelier_mse::report::Content,
) -> atelier_mse::report::document::Document {
    let options = atelier_mse::report::Options {
        content,
        landscape: false,
        against: None,
        reference: None,
        questionnaire: None,
    };
    atelier_mse::report::document(
        case,
        "2025 réalisé",
        atelier_mse::analysis::Typology::builtin(),
        options,
    )
    .unwrap()
}

#[test]
fn labels_kinds_and_funders_wrap_whole_in_the_matrix_and_stay_on_the_page() {
    let mut case =
        atelier_mse::storage::load(&crate::common::repo_path("saves/cpie-vallee-verte.ron"))
            .unwrap();
    let long = "Animations scolaires achetées par les communes du bassin versant, avec les classes de découverte du printemps et de l'automne ".repeat(4);
    let funder = "Communauté d'agglomération du Pays de la Vallée Verte et syndicat mixte";
    let snapshot = case
        .snapshots
        .iter_mut()
        .find(|s| s.label == "2025 réalisé")
        .unwrap();
    for line in &mut snapshot.lines {
        line.label = format!("{} {}", line.display_label(), long.trim());
        if !line.counterparty.is_empty() {
            line.counterparty = funder.to_owned();
        }
    }
    let doc = report_of(&case, atelier_mse::report::Content::Matrix);
    let all = words(&texts(&doc).join(" "));
    let snapshot = case.snapshot("2025 réalisé").unwrap();
    for line in &snapshot.lines {
        assert!(
            all.contains(&words(&line.label)),
            "label cut: {}",
            line.label
        );
        let kind = line.kind.def().unwrap().label.as_str();
        assert!(all.contains(&words(kind)), "kind cut: {kind}");
    }
    assert!(all.contains(&words(funder)), "funder cut");
    // Nothing drawn below the page's last line.
    for page in &doc.pages {
        for op in &page.ops {
            if let atelier_mse::report::document::Op::Text { y, .. } = op {
                assert!(
                    *y <= doc.height - 10.0,
                    "text at {y} on a page of {}",
                    doc.height
                );
            }
        }
    }
}

#[test]
fn the_position_page_holds_the_composition_and_a_long_name_whole() {
    let mut case =
        atelier_mse::storage::load(&crate::common::repo_path("saves/recherche-telethon.ron"))
            .unwrap();
    case.organisation.name = "Association pour la recherche sur les maladies génétiques rares et l'accompagnement des familles ".repeat(5).trim().to_owned();
    let doc = report_of(&case, atelier_mse::report::Content::Position);
    let page = words(&texts(&doc).join(" "));
    assert!(page.contains(&words(&case.organisation.name)), "name cut");
    assert!(page.contains(&words("Composition des ressources monétaires")));
    assert!(page.contains(&words("Position : Mobilisation privée (M6)")));
    for op in &doc.pages[0].ops {
        if let atelier_mse::report::document::Op::Text {
            x,
            y,
            text,
            size,
            align,
            bold,
            ..
        } = op
        {
            let width = atelier_mse::report::fonts::width(text, *size, *bold);
            let start = align.start(*x, width);
            assert!(
                *y <= doc.height - 10.0 && start >= 0.0 && start + width <= doc.width + 1.0,
                "{text} off the page"
            );
        }
    }
}

fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert!(bytes.starts_with(b"\x89PNG"), "a PNG");
    let be = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (be(16), be(20))
}

#[test]
fn a_slide_is_1920_by_1080_and_says_what_the_pdf_says() {
    let dir = tempfile::tempdir().unwrap();
    let sample = repo_path("saves/cpie-vallee-verte.ron");
    let case = storage::load(&sample).unwrap();
    let typology = Typology::builtin();
    let snapshot = case.default_snapshot().unwrap();
    let analysis = atelier_mse::analysis::analyse(&case, snapshot, typology);
    for (content, arg, said) in [
        (
            Content::Position,
            "position",
            vec![
                format!(
                    "Position : {}",
                    atelier_mse::text::headline(
                        &analysis.classification,
                        atelier_mse::text::Lang::Fr
                    )
                ),
                "Carte ternaire des ressources monétaires".to_owned(),
                "Proximité aux sept modèles".to_owned(),
            ],
        ),
        (
            Content::Scenarios,
            "scenarios",
            vec![
                case.scenarios[0].name.clone(),
                "Tests de résistance".to_owned(),
                "Argent public −10 %".to_owned(),
            ],
        ),
    ] {
        let path = dir.path().join(format!("{arg}.png"));
        export(&[
            sample.to_str().unwrap(),
            "--png",
            path.to_str().unwrap(),
            "--slide",
            "--content",
            arg,
        ]);
        assert_eq!(png_size(&std::fs::read(&path).unwrap()), (1920, 1080));
        // The slide's words are the PDF's: the same functions lay out both.
        let options = Options {
            content,
            ..Options::default()
        };
        let slide = report::slide_document(&case, &snapshot.label, typology, &options).unwrap();
        assert_eq!(slide.pages.len(), 1, "one slide, no page furniture");
        let slide_words = words(&texts(&slide).join(" "));
        assert!(!slide_words.contains("Page1/"), "no page number");
        let pdf = report::document(&case, &snapshot.label, typology, options).unwrap();
        let pdf_words = words(&texts(&pdf).join(" "));
        let mut expected = said;
        expected.extend(
            atelier_mse::analysis::key_figures(&analysis.totals)
                .into_iter()
                .take(4)
                .filter(|_| content == Content::Position)
                .flat_map(|f| [f.label.to_owned(), f.value]),
        );
        for text in expected {
            assert!(slide_words.contains(&words(&text)), "slide: « {text} »");
            assert!(pdf_words.contains(&words(&text)), "PDF: « {text} »");
        }
    }
}

#[test]
fn a_slide_of_the_matrix_is_refused_with_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.png");
    let out = Command::new(env!("CARGO_BIN_EXE_atelier-mse"))
        .args([
            "export",
            repo_path("saves/club-randonnee.ron").to_str().unwrap(),
            "--png",
            path.to_str().unwrap(),
            "--slide",
            "--content",
            "matrix",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("classeur Excel"), "{stderr}");
    assert!(!path.exists(), "nothing written");
}

#[test]
fn a_slide_compares_two_snapshots_with_the_pdf_s_figures_and_both_points() {
    let dir = tempfile::tempdir().unwrap();
    let sample = repo_path("saves/cpie-vallee-verte.ron");
    let case = storage::load(&sample).unwrap();
    let typology = Typology::builtin();
    let (before, after) = ("2025 réalisé", "cible 2028");
    let path = dir.path().join("compare.png");
    export(&[
        sample.to_str().unwrap(),
        "--snapshot",
        before,
        "--png",
        path.to_str().unwrap(),
        "--slide",
        "--against",
        after,
    ]);
    assert_eq!(png_size(&std::fs::read(&path).unwrap()), (1920, 1080));
    let options = Options {
        against: Some(after.to_owned()),
        ..Options::default()
    };
    let slide = report::slide_document(&case, before, typology, &options).unwrap();
    assert_eq!(slide.pages.len(), 1, "one slide, no page furniture");
    let slide_words = words(&texts(&slide).join(" "));
    assert!(!slide_words.contains("Page1/"), "no page number");
    let pdf = report::document(&case, before, typology, options).unwrap();
    let pdf_words = words(&texts(&pdf).join(" "));
    let mut expected = vec![
        format!("Comparaison — {before} et {after}"),
        "Carte ternaire des ressources monétaires".to_owned(),
    ];
    for label in [before, after] {
        let analysis =
            atelier_mse::analysis::analyse(&case, case.snapshot(label).unwrap(), typology);
        expected.push(atelier_mse::text::headline(
            &analysis.classification,
            atelier_mse::text::Lang::Fr,
        ));
        expected.extend(
            atelier_mse::analysis::key_figures(&analysis.totals)
                .into_iter()
                .flat_map(|f| [f.label.to_owned(), f.value]),
        );
    }
    for text in expected {
        assert!(slide_words.contains(&words(&text)), "slide: « {text} »");
        assert!(pdf_words.contains(&words(&text)), "PDF: « {text} »");
    }
    // Both points are named on the map, and every word is inside the slide.
    let named = |label: &str| {
        slide.pages[0]
            .ops
            .iter()
            .any(|op| matches!(op, Op::Text { text, .. } if text == label))
    };
    assert!(named(before) && named(after));
    every_word_inside(&slide);
}

fn every_word_inside(slide: &atelier_mse::report::document::Document) {
    for op in &slide.pages[0].ops {
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
            let width = atelier_mse::report::fonts::width(text, *size, *bold);
            let start = align.start(*x, width);
            assert!(
                *y <= slide.height - 4.0 && start >= 0.0 && start + width <= slide.width,
                "« {text} » off the slide"
            );
        }
    }
}

#[test]
fn a_slide_against_an_unknown_snapshot_names_those_there_are() {
    let case = storage::load(&repo_path("saves/cpie-vallee-verte.ron")).unwrap();
    let options = Options {
        against: Some("2031".to_owned()),
        ..Options::default()
    };
    let error = report::slide_document(&case, "2025 réalisé", Typology::builtin(), &options)
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("« 2031 »") && error.contains("cible 2028"),
        "{error}"
    );
}

#[test]
fn a_long_snapshot_name_stays_inside_the_comparison_slide() {
    let mut case = storage::load(&repo_path("saves/cpie-vallee-verte.ron")).unwrap();
    let long =
        "cible 2028 après la réorganisation complète du financement public et privé de la maison";
    case.snapshots[2].label = long.to_owned();
    let options = Options {
        against: Some(long.to_owned()),
        ..Options::default()
    };
    let slide =
        report::slide_document(&case, "2025 réalisé", Typology::builtin(), &options).unwrap();
    every_word_inside(&slide);
    let said = words(&texts(&slide).join(" "));
    assert!(said.contains(&words(&format!("Comparaison — 2025 réalisé et {long}"))));
}
