//! « Copier le tableau »: the tables put on the clipboard are HTML and tab-separated text
//! built from the view's data, with French numbers and the words of the PDF; the matrix's
//! button hands the table to the clipboard.

use crate::common::{repo_path, sample_window};
use atelier_mse::analysis::{Typology, analyse, totals};
use atelier_mse::format::{euros_whole, percent};
use atelier_mse::report::table::{closeness_table, matrix_table, scenarios_table};
use atelier_mse::storage;
use egui_kittest::kittest::Queryable;

fn centre() -> atelier_mse::model::Case {
    storage::load(&repo_path("saves/cpie-vallee-verte.ron")).unwrap()
}

#[test]
fn the_matrix_is_copied_as_tab_separated_text_and_html_with_french_numbers() {
    let case = centre();
    let snapshot = case.snapshot("2025 réalisé").unwrap();
    let t = totals(snapshot, &case.valuation);
    let table = matrix_table(&case, snapshot);
    let text = table.tab_separated();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "Levier\tLigne\tType\tFinanceur ou partenaire\tQuantité\tValeur\tPart"
    );
    // One line per resource line, a subtotal per lever, three totals.
    assert_eq!(lines.len(), 1 + snapshot.lines.len() + 3 + 3);
    let region = lines
        .iter()
        .find(|l| l.contains("Éducation à l'environnement"))
        .unwrap();
    let cells: Vec<&str> = region.split('\t').collect();
    assert_eq!(cells[0], "Ressources financières");
    assert_eq!(cells[3], "Région");
    assert_eq!(cells[5], "120\u{a0}000\u{a0}€");
    assert_eq!(cells[6], percent(120_000.0 / t.financial));
    let subtotal = lines
        .iter()
        .find(|l| l.starts_with("Ressources financières\tSous-total"))
        .unwrap();
    assert!(
        subtotal.ends_with(&format!("\t{}\t", euros_whole(t.financial))),
        "{subtotal}"
    );
    assert!(text.contains(&format!(
        "Budget valorisé\t\t\t\t\t{}",
        euros_whole(t.valued_budget)
    )));

    let html = table.html();
    assert!(html.contains("<meta charset=\"utf-8\">"));
    assert!(html.contains("<th>Financeur ou partenaire</th>"), "{html}");
    assert!(
        html.contains("<td align=\"right\">120\u{a0}000\u{a0}€</td>"),
        "{html}"
    );
    assert_eq!(
        html.matches("<tr>").count(),
        lines.len(),
        "the same rows as the text"
    );
}

#[test]
fn a_copied_cell_is_escaped_in_html_and_never_a_formula() {
    let mut case = centre();
    let index = case.default_snapshot_index();
    let line = &mut case.snapshots[index].lines[0];
    line.label = "=HYPERLINK(\"x\")<b>".to_owned();
    line.counterparty = "Toi\tmoi".to_owned();
    let table = matrix_table(&case, &case.snapshots[index]);
    let text = table.tab_separated();
    assert!(text.contains("\t'=HYPERLINK(\"x\")<b>\t"), "{text}");
    assert!(
        text.contains("\tToi moi\t"),
        "a tab in a cell is a space: {text}"
    );
    let html = table.html();
    assert!(
        html.contains("<td>'=HYPERLINK(&quot;x&quot;)&lt;b&gt;</td>"),
        "{html}"
    );
}

#[test]
fn the_closeness_and_the_scenarios_are_copied_with_the_app_s_words() {
    let case = centre();
    let typology = Typology::builtin();
    let snapshot = case.snapshot("2025 réalisé").unwrap();
    let analysis = analyse(&case, snapshot, typology);
    let text = closeness_table(&case, &analysis, typology).tab_separated();
    assert_eq!(text.lines().count(), 1 + analysis.weights.len());
    assert!(
        text.contains("M4 Subventions publiques\t40\u{a0}%\toui"),
        "{text}"
    );
    assert!(
        text.contains("M5 Le cofinancement\t42\u{a0}%\t\n"),
        "{text}"
    );

    let text = scenarios_table(&case, snapshot, typology).tab_separated();
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[1].starts_with(&format!(
            "2025 réalisé\t{}\t{}",
            euros_whole(analysis.totals.monetary_budget),
            atelier_mse::text::headline(&analysis.classification, atelier_mse::text::Lang::Fr)
        )),
        "{text}"
    );
    let scenario = &case.scenarios[0];
    let o = atelier_mse::analysis::scenario::simulate(&case, scenario, typology).unwrap();
    assert!(
        lines.iter().any(|l| l.starts_with(&scenario.name)
            && l.contains(&atelier_mse::text::headline(
                &o.analysis.classification,
                atelier_mse::text::Lang::Fr
            ))),
        "{text}"
    );
}

#[test]
fn the_matrix_button_puts_the_snapshot_s_table_on_the_clipboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_window("cpie-vallee-verte.ron", dir.path());
    h.get_by_label("Copier le tableau").click();
    h.run();
    let case = centre();
    let selected = h.state().selected;
    assert_eq!(
        h.state().clipboard.last_table,
        Some(matrix_table(&case, &case.snapshots[selected]))
    );
    h.get_by_label("Positionnement").click();
    h.run();
    h.get_by_label("Copier les chiffres clés").click();
    h.run();
    assert_eq!(
        h.state().clipboard.last_table,
        Some(atelier_mse::report::table::key_figures_table(
            &case,
            Typology::builtin()
        ))
    );
}

#[test]
fn the_stress_tests_and_the_key_figures_are_copied_with_the_pdf_s_words() {
    let case = centre();
    let typology = Typology::builtin();
    let snapshot = case.snapshot("2025 réalisé").unwrap();
    let text = atelier_mse::report::table::stress_table(&case, snapshot, typology).tab_separated();
    assert!(
        text.starts_with("Test\tBudget perdu\tRéserves consommées\tPosition après\tApparaît\n"),
        "{text}"
    );
    assert!(
        text.contains("Argent public −10 %\t48\u{a0}000\u{a0}€\t0,9 mois de réserves consommés\t"),
        "{text}"
    );
    let text = atelier_mse::report::table::key_figures_table(&case, typology).tab_separated();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "\t2024 réalisé\t2025 réalisé\tcible 2028");
    let t = totals(snapshot, &case.valuation);
    assert!(
        lines[1].starts_with("Budget monétaire\t")
            && lines[1].contains(&euros_whole(t.monetary_budget)),
        "{text}"
    );
    let headline = atelier_mse::text::headline(
        &analyse(&case, snapshot, typology).classification,
        atelier_mse::text::Lang::Fr,
    );
    assert!(lines.last().unwrap().contains(&headline), "{text}");
}

#[test]
fn ctrl_c_copies_the_view_s_table_unless_a_cell_is_being_typed_in() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_window("cpie-vallee-verte.ron", dir.path());
    let case = centre();
    let selected = h.state().selected;
    h.event(egui::Event::Copy);
    h.run();
    assert_eq!(
        h.state().clipboard.last_table,
        Some(matrix_table(&case, &case.snapshots[selected]))
    );
    // In a cell being typed in, Ctrl+C copies the cell's text, not the table.
    h.state_mut().clipboard.last_table = None;
    h.get_by_label("Montant — Éducation à l'environnement (fonctionnement)")
        .focus();
    h.run();
    h.event(egui::Event::Copy);
    h.run();
    assert_eq!(h.state().clipboard.last_table, None);
}

#[test]
fn a_snapshot_named_like_a_formula_never_runs_where_it_heads_a_column() {
    let mut case = centre();
    case.snapshots[0].label = "=HYPERLINK(\"http://x\";\"clic\")".to_owned();
    case.organisation.name = "@SOMME(A1)".to_owned();
    let table = atelier_mse::report::table::key_figures_table(&case, Typology::builtin());
    let text = table.tab_separated();
    assert!(text.contains("\t'=HYPERLINK("), "{text}");
    assert!(!text.contains("\t=HYPERLINK("), "{text}");
    let html = table.html();
    assert!(html.contains("<th>'=HYPERLINK("), "{html}");
    assert!(html.contains("<caption>'@SOMME(A1)"), "{html}");
}

#[test]
fn snapshots_whose_names_differ_only_by_accented_capitals_get_two_sheets() {
    let mut case = centre();
    case.snapshots[0].label = "Été 2024".to_owned();
    case.snapshots[1].label = "ÉTÉ 2024".to_owned();
    let label = case.snapshots[1].label.clone();
    let bytes =
        atelier_mse::report::workbook::case_workbook(&case, &label, Typology::builtin()).unwrap();
    assert!(bytes.starts_with(b"PK"));
}

#[test]
fn the_composition_is_copied_as_each_snapshot_s_share_of_each_group() {
    let case = centre();
    let typology = Typology::builtin();
    let table = atelier_mse::report::table::composition_table(&case, typology);
    let text = table.tab_separated();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "Groupe de ressources\t2024 réalisé\t2025 réalisé\tcible 2028"
    );
    let shares: Vec<_> = case
        .snapshots
        .iter()
        .map(|s| analyse(&case, s, typology).shares.unwrap())
        .collect();
    let subsidies = lines
        .iter()
        .find(|l| l.starts_with("Subventions publiques (S)\t"))
        .unwrap();
    let expected: Vec<String> = shares.iter().map(|s| percent(s.s)).collect();
    assert_eq!(
        *subsidies,
        format!("Subventions publiques (S)\t{}", expected.join("\t"))
    );
    // Only the groups present in one snapshot at least, as the chart's legend.
    let present = atelier_mse::model::Group::COUNTED
        .iter()
        .filter(|g| shares.iter().any(|s| s.get(**g) > 0.0))
        .count();
    assert_eq!(lines.len(), 1 + present);
    let html = table.html();
    assert!(
        html.contains("<caption>Maison de la Nature de la Vallée Verte — Composition des ressources monétaires</caption>"),
        "{html}"
    );
    assert!(
        html.contains(&format!("<td align=\"right\">{}</td>", expected[1])),
        "{html}"
    );
    assert_eq!(html.matches("<tr>").count(), lines.len());
}

#[test]
fn what_it_would_take_is_copied_way_by_way_with_the_position_after() {
    let mut case = centre();
    case.organisation.name = "+Association".to_owned();
    let typology = Typology::builtin();
    let snapshot = case.snapshot("2025 réalisé").unwrap();
    let analysis = analyse(&case, snapshot, typology);
    let reach =
        atelier_mse::analysis::reach::for_analysis(&analysis, typology, ("M5", false)).unwrap();
    assert!(!reach.ways.is_empty(), "M5 is within reach of the centre");
    let table = atelier_mse::report::table::reach_table(&case, snapshot, &reach, typology);
    let text = table.tab_separated();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "Ressources\tChangement\tPosition après");
    assert_eq!(lines.len(), 1 + reach.ways.len());
    let first = &reach.ways[0];
    assert_eq!(
        lines[1],
        format!(
            "{} ({})\t{}\t{}",
            first.group.label(),
            first.group.code(),
            first.amount(),
            first.after.label
        )
    );
    // The amount is the one the sentence says, in French.
    assert!(
        atelier_mse::text::reach_sentence(&reach, typology, atelier_mse::text::Lang::Fr)
            .contains(&first.amount())
    );
    assert!(first.amount().ends_with("\u{a0}€"), "{}", first.amount());
    let html = table.html();
    assert!(
        html.contains("<caption>'+Association — Que faudrait-il pour atteindre Le cofinancement (M5) ? — 2025 réalisé</caption>"),
        "{html}"
    );
    // Where the snapshot is already there, the table says so in words.
    let target = case.snapshot("cible 2028").unwrap();
    let analysis = analyse(&case, target, typology);
    let model = analysis.classification.model.clone().unwrap();
    let there =
        atelier_mse::analysis::reach::for_analysis(&analysis, typology, (&model, false)).unwrap();
    let text =
        atelier_mse::report::table::reach_table(&case, target, &there, typology).tab_separated();
    assert!(text.contains("\nDéjà classé "), "{text}");
}

#[test]
fn two_case_files_compared_are_copied_line_by_line_and_never_as_formulas() {
    let a = centre();
    let mut b = a.clone();
    let s = b
        .snapshots
        .iter_mut()
        .find(|s| s.label == "2025 réalisé")
        .unwrap();
    let changed = s
        .lines
        .iter_mut()
        .find(|l| l.display_label() == "Éducation à l'environnement (fonctionnement)")
        .unwrap();
    changed.amount = Some(125_000.0);
    let mut added = s.lines[0].clone();
    added.id = 10_000;
    added.label = "=HYPERLINK(\"x\")".to_owned();
    s.lines.push(added);
    let c = atelier_mse::compare::compare(&a, &b, ("avant.ron", "après.ron"), Typology::builtin());
    let table = atelier_mse::report::table::comparison_table(&c);
    let text = table.tab_separated();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "Instantané\tLevier\tLigne\tChangement\tAvant\tAprès\tÉvolution"
    );
    assert!(
        lines.contains(&"2025 réalisé\tRessources financières\tÉducation à l'environnement (fonctionnement)\tmodifiée ; montant : 120\u{a0}000\u{a0}€ → 125\u{a0}000\u{a0}€\t120\u{a0}000\u{a0}€\t125\u{a0}000\u{a0}€\t+5\u{a0}000\u{a0}€"),
        "{text}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("2025 réalisé\t\tPosition\t") && l.contains("inchangée")),
        "{text}"
    );
    assert!(
        text.contains("\t'=HYPERLINK(\"x\")\tajoutée\t—\t"),
        "{text}"
    );
    assert!(!text.contains("\t=HYPERLINK"), "{text}");
    let html = table.html();
    assert!(
        html.contains("<caption>Comparaison : avant.ron → après.ron</caption>"),
        "{html}"
    );
    assert!(
        html.contains("<td>'=HYPERLINK(&quot;x&quot;)</td>"),
        "{html}"
    );
    assert_eq!(html.matches("<tr>").count(), lines.len());
}

#[test]
fn the_comparison_view_s_button_and_ctrl_c_put_the_comparison_on_the_clipboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_window("cpie-vallee-verte.ron", dir.path());
    let index = h.state().selected;
    let case = h.state_mut().document.case_mut();
    case.snapshots[index].lines[0].amount = Some(1_234.0);
    let label = case.snapshots[index].lines[0].display_label().to_owned();
    h.state_mut().compare_with_saved();
    h.run();
    h.get_by_label("Copier la comparaison").click();
    h.run();
    let expected = atelier_mse::report::table::comparison_table(&h.state().comparison().unwrap());
    assert!(
        expected
            .rows
            .iter()
            .any(|r| r[2] == label && r[5] == "1\u{a0}234\u{a0}€"),
        "{expected:?}"
    );
    assert_eq!(h.state().clipboard.last_table, Some(expected.clone()));
    // Ctrl+C in the view copies the same table.
    h.state_mut().clipboard.last_table = None;
    h.event(egui::Event::Copy);
    h.run();
    assert_eq!(h.state().clipboard.last_table, Some(expected));
}

/// A right click at `pos`, as a person's mouse gives it.
fn right_click(h: &mut egui_kittest::Harness<'_, atelier_mse::app::App>, pos: egui::Pos2) {
    h.event(egui::Event::PointerMoved(pos));
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Secondary,
            pressed,
            modifiers: egui::Modifiers::default(),
        });
    }
    h.run();
}

/// Right-clicks `below` points under the title `title` and says whether « Copier l'image » is
/// offered; the menu is closed again.
fn image_offered_under(
    h: &mut egui_kittest::Harness<'_, atelier_mse::app::App>,
    title: &str,
    below: f32,
) -> bool {
    let at = h.get_by_label(title).rect().left_bottom() + egui::vec2(120.0, below);
    right_click(h, at);
    let offered = h.query_by_label("Copier l'image").is_some();
    h.key_press(egui::Key::Escape);
    h.run();
    offered
}

#[test]
fn a_right_click_on_the_charts_and_maps_offers_the_image_and_the_composition_s_table() {
    let dir = tempfile::tempdir().unwrap();
    let doc = atelier_mse::app::Document::open(&repo_path("saves/cpie-vallee-verte.ron")).unwrap();
    let mut h = crate::common::window(
        atelier_mse::app::App::new(doc, atelier_mse::app::AppPaths::in_dir(dir.path())),
        [1400.0, 2400.0],
    );
    h.state_mut().view = atelier_mse::app::View::Position;
    h.run();
    for title in [
        "Budget valorisé : monnaie et contributions valorisées",
        "Richesses humaines : ETP salariés et bénévoles",
    ] {
        assert!(image_offered_under(&mut h, title, 140.0), "{title}");
    }
    // Away from any plot, no menu.
    assert!(!image_offered_under(
        &mut h,
        "Richesses humaines : ETP salariés et bénévoles",
        600.0
    ));
    // The composition's menu copies its table.
    let at = h
        .get_by_label("Composition des ressources monétaires")
        .rect()
        .left_bottom()
        + egui::vec2(120.0, 140.0);
    right_click(&mut h, at);
    h.get_by_label("Copier l'image");
    h.get_by_label("Copier le tableau").click();
    h.run();
    let case = centre();
    assert_eq!(
        h.state().clipboard.last_table,
        Some(atelier_mse::report::table::composition_table(
            &case,
            Typology::builtin()
        ))
    );

    h.state_mut().view = atelier_mse::app::View::Scenarios;
    h.run();
    assert!(image_offered_under(
        &mut h,
        "Carte ternaire des ressources monétaires",
        150.0
    ));

    // The portfolio's map stands left of its table.
    h.state_mut().open_portfolio(&repo_path("saves"));
    h.run();
    assert_eq!(h.state().view, atelier_mse::app::View::Portfolio);
    let table = h.get_by_label_contains("dossier(s) affiché(s)").rect();
    right_click(&mut h, table.left_top() + egui::vec2(-200.0, 150.0));
    h.get_by_label("Copier l'image");
}

#[test]
fn the_button_beside_what_it_would_take_copies_its_ways() {
    let dir = tempfile::tempdir().unwrap();
    let doc = atelier_mse::app::Document::open(&repo_path("saves/cpie-vallee-verte.ron")).unwrap();
    let mut h = crate::common::window(
        atelier_mse::app::App::new(doc, atelier_mse::app::AppPaths::in_dir(dir.path())),
        [1400.0, 2000.0],
    );
    h.state_mut().view = atelier_mse::app::View::Scenarios;
    h.run();
    assert!(
        h.query_by_label("Copier ce qu'il faudrait").is_none(),
        "no model asked yet"
    );
    h.get_by_label("Que faudrait-il pour atteindre").click();
    h.run();
    h.get_by_label("M5 — Le cofinancement").click();
    h.run();
    h.get_by_label("Copier ce qu'il faudrait").click();
    h.run();
    let case = centre();
    let typology = Typology::builtin();
    let base = case.snapshot(&case.scenarios[0].base).unwrap();
    let analysis = analyse(&case, base, typology);
    let reach =
        atelier_mse::analysis::reach::for_analysis(&analysis, typology, ("M5", false)).unwrap();
    assert_eq!(
        h.state().clipboard.last_table,
        Some(atelier_mse::report::table::reach_table(
            &case, base, &reach, typology
        ))
    );
}
