//! Importing a trial balance: realistic files (both separators, both encodings, with and without
//! header, credits written negative, Paheko's « balance générale »), the mapping of the chart of
//! accounts of associations, the review's totals, and refusals that change nothing.

use std::fs;

use crate::common::{repo_path, run};
use atelier_mse::import::{Destination, Mapping, Plan, apply, parse_amount, read};
use atelier_mse::model::{Case, KindId, Lever};
use atelier_mse::storage;

fn fixture(name: &str) -> Vec<u8> {
    fs::read(repo_path(&format!("tests/fixtures/balances/{name}"))).unwrap()
}

/// The balance of a fixture, read.
fn balance_of(name: &str) -> atelier_mse::import::Balance {
    read(&fixture(name), name).unwrap()
}

fn plan_of(name: &str) -> Plan {
    Plan::new(&balance_of(name), Mapping::builtin(), &[])
}

/// Checks the kinds and amounts the plan would import, in order.
fn assert_kinds(plan: &Plan, expected: &[(&str, f64)]) {
    let kinds: Vec<(String, f64)> = plan
        .kind_totals()
        .into_iter()
        .map(|(k, a)| (k.as_str().to_owned(), (a * 100.0).round() / 100.0))
        .collect();
    let expected: Vec<(String, f64)> = expected
        .iter()
        .map(|(k, a)| ((*k).to_owned(), *a))
        .collect();
    assert_eq!(kinds, expected);
}

fn confirm_all(plan: &mut Plan) {
    for item in &mut plan.items {
        if let Destination::Kinds { parts, .. } = &item.destination
            && item.needs_attention()
        {
            let kind = parts[0].0.clone();
            item.assign(kind);
        }
    }
}

#[test]
fn semicolon_utf8_with_header_and_negative_credits() {
    let balance = balance_of("centre-utf8-point-virgule.csv");
    let d = &balance.detection;
    assert_eq!(d.encoding, "UTF-8");
    assert_eq!(d.separator, ";");
    assert_eq!(d.decimal, "virgule décimale");
    assert!(d.header);
    assert!(d.columns.contains("signes inversés"), "{}", d.columns);
    assert_eq!(d.skipped.len(), 1, "the total line: {:?}", d.skipped);
    assert_eq!(balance.rows.len(), 21);

    let mut plan = Plan::new(&balance, Mapping::builtin(), &[]);
    assert_eq!(
        plan.problems(),
        ["compte 740 « Subventions reçues » (ligne 12) : répartition à confirmer"]
    );
    confirm_all(&mut plan);
    assert!(plan.problems().is_empty());
    assert_kinds(
        &plan,
        &[
            ("ventes_privees", 154_000.0),
            ("subventions", 300_000.0),
            ("dons", 12_500.0),
            ("mecenat_financier", 20_000.0),
            ("cotisations", 30_000.0),
            ("produits_financiers", 1_200.0),
            ("services_en_nature", 12_000.0),
            ("benevolat_activite", 40_000.0),
        ],
    );
    let t = plan.totals();
    assert_eq!(t.file_resources, 582_700.0);
    assert_eq!(t.imported, 569_700.0);
    assert_eq!(t.ignored_resources, 13_000.0);
    assert_eq!(t.unassigned, 0.0);
    assert!(t.balanced());
    assert_eq!(
        (t.human, t.financial, t.alliances),
        (40_000.0, 517_700.0, 12_000.0)
    );
    assert_eq!(plan.expenses(), Some(474_000.0));
}

#[test]
fn comma_latin1_without_header_with_debit_and_credit_columns() {
    let balance = balance_of("club-latin1-virgule.csv");
    let d = &balance.detection;
    assert_eq!(d.encoding, "Latin-1 (Windows-1252)");
    assert_eq!(d.separator, ",");
    assert_eq!(d.decimal, "point décimal");
    assert!(!d.header);
    assert!(d.columns.starts_with("colonnes débit"), "{}", d.columns);
    let labels: Vec<&str> = balance.rows.iter().map(|r| r.label.as_str()).collect();
    assert!(
        labels.contains(&"Licences fédérales"),
        "accents decoded: {labels:?}"
    );
    assert!(labels.contains(&"Cotisations reçues"));

    let plan = Plan::new(&balance, Mapping::builtin(), &[]);
    let problems = plan.problems();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].starts_with("compte 7400 « Subvention commune de Saint-Aubin »"));
    assert!(
        problems[1]
            .starts_with("compte 801 « Engagements reçus » (ligne 9) : aucune correspondance")
    );
    let t = plan.totals();
    assert_eq!(t.unassigned, 500.0);
    assert_eq!(t.file_resources, 32_500.0);
    assert!(t.balanced());
    assert_eq!(plan.expenses(), Some(7_500.0));
}

#[test]
fn paheko_general_balance_layout() {
    let balance = balance_of("paheko-balance-generale.csv");
    let d = &balance.detection;
    assert_eq!(
        (d.separator, d.decimal, d.header),
        (",", "virgule décimale", true)
    );
    assert!(
        d.columns.contains("n° 5") && d.columns.contains("n° 6"),
        "{}",
        d.columns
    );
    let mut plan = Plan::new(&balance, Mapping::builtin(), &[]);
    confirm_all(&mut plan);
    assert_kinds(
        &plan,
        &[
            ("ventes_privees", 18_250.5),
            ("mecenat_financier", 2_000.0),
            ("subventions", 25_000.0),
            ("dons", 4_000.0),
            ("cotisations", 6_120.0),
            ("biens_en_nature", 1_500.0),
        ],
    );
    let t = plan.totals();
    assert_eq!(t.file_resources, 56_870.5);
    assert_eq!(t.imported, 56_870.5);
    assert_eq!(plan.expenses(), Some(3_400.0));
}

#[test]
fn splitting_public_money_between_subsidies_and_public_procurement() {
    let mut plan = plan_of("centre-utf8-point-virgule.csv");
    let item = plan
        .items
        .iter_mut()
        .find(|i| i.row.account == "740")
        .unwrap();
    item.split(&KindId::new("commande_publique").unwrap(), 80_000.0);
    assert!(!item.needs_attention());
    let Destination::Kinds { parts, .. } = &item.destination else {
        panic!("kinds")
    };
    assert_eq!(
        parts,
        &[
            (KindId::new("subventions").unwrap(), 220_000.0),
            (KindId::new("commande_publique").unwrap(), 80_000.0)
        ]
    );
    // More than the account holds is clamped to it.
    item.split(&KindId::new("commande_publique").unwrap(), 1e9);
    let Destination::Kinds { parts, .. } = &item.destination else {
        panic!("kinds")
    };
    assert_eq!(
        parts,
        &[(KindId::new("commande_publique").unwrap(), 300_000.0)]
    );
    assert!(plan.totals().balanced());
}

#[test]
fn the_longest_prefix_wins_and_the_case_rules_override() {
    let m = Mapping::builtin();
    let action = |account: &str, overrides: &[atelier_mse::import::Rule]| {
        m.rule_for(overrides, account).map(|r| r.prefix.clone())
    };
    assert_eq!(action("7541", &[]).as_deref(), Some("7541"));
    assert_eq!(action("75412", &[]).as_deref(), Some("7541"));
    assert_eq!(action("7588", &[]).as_deref(), Some("75"));
    assert_eq!(action("801", &[]), None);
    let case_rule = atelier_mse::import::Rule {
        prefix: "74".to_owned(),
        action: atelier_mse::import::Action::Kind(KindId::new("subventions").unwrap()),
    };
    let rules = [case_rule];
    let rule = m.rule_for(&rules, "740").unwrap();
    assert_eq!(rule.action, rules[0].action, "the case's rule wins a tie");
}

#[test]
fn amounts_in_french_and_english_writing() {
    let value = |s: &str| parse_amount(s).unwrap().0;
    assert_eq!(value("1 234,56"), Some(1234.56));
    assert_eq!(value("1\u{a0}234,56"), Some(1234.56));
    assert_eq!(value("1.234,56"), Some(1234.56));
    assert_eq!(value("1,234.56"), Some(1234.56));
    assert_eq!(value("-12,5"), Some(-12.5));
    assert_eq!(value("(12,50)"), Some(-12.5));
    assert_eq!(value("12 500 €"), Some(12500.0));
    assert_eq!(value(""), None);
    assert_eq!(value("1 200,00 C"), Some(-1200.0));
    assert_eq!(value("1 200,00 D"), Some(1200.0));
    assert!(parse_amount("12,5,0").is_err());
    assert!(parse_amount("douze").is_err());
    assert!(parse_amount("1e400").is_err());
}

#[test]
fn a_separator_line_and_debit_credit_suffixes_are_understood() {
    let text = "sep=;\nCompte;Libellé;Solde\n512;Banque;2 000,00 D\n756;Cotisations;1 500,00 C\n7541;Dons;500,00 C\n";
    let balance = read(text.as_bytes(), "x.csv").unwrap();
    assert_eq!(balance.detection.separator, ";");
    assert!(balance.detection.header);
    let plan = Plan::new(&balance, Mapping::builtin(), &[]);
    assert_kinds(&plan, &[("cotisations", 1_500.0), ("dons", 500.0)]);
    assert_eq!(
        balance.rows[1].line, 4,
        "line numbers count the separator line"
    );
}

#[test]
fn malformed_files_give_a_french_error_with_the_line() {
    let err = read(&fixture("montant-invalide.csv"), "montant-invalide.csv")
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "« montant-invalide.csv », ligne 3, colonne 4 (« Crédit ») : « 12,5,0 » n'est pas un montant."
    );
    let err = read(b"Compte;Intitule;Solde\nABC;Banque;12\n", "x.csv")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("ligne 2") && err.contains("« ABC » n'est pas un numéro de compte"),
        "{err}"
    );
    let err = read(b"512 Banque 12\n706 Ventes 30\n", "x.csv")
        .unwrap_err()
        .to_string();
    assert!(err.contains("au moins trois colonnes"), "{err}");
    let err = read(b"", "vide.csv").unwrap_err().to_string();
    assert!(err.contains("vide"), "{err}");
    let err = read(b"Compte;A;B;C;D\n706;Ventes;1;2;3\n", "x.csv")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("colonnes de montants ne sont pas reconnues"),
        "{err}"
    );
    // A line with a separator more than the header: its amount would be read elsewhere.
    let err = read(b"Compte;A;B;C\n706;Ventes;1;2;3\n", "x.csv")
        .unwrap_err()
        .to_string();
    assert!(err.contains("ligne 2 : 5 champ(s) au lieu de 4"), "{err}");
}

#[test]
fn an_unclosed_quote_is_refused_with_its_line_instead_of_dropping_the_rows_after_it() {
    let text =
        "Compte;Libellé;Solde\n756;\"Cotisations;1500\n740;Subvention;90000\n706;Ventes;200\n";
    let err = read(text.as_bytes(), "ouvert.csv").unwrap_err().to_string();
    assert!(
        err.contains("« ouvert.csv », ligne 2") && err.contains("guillemet"),
        "{err}"
    );
    // Quotes that close, and doubled quotes inside, are fine.
    let text =
        "Compte;Libellé;Solde\n756;\"Cotisations \"\"famille\"\"\";1500\n740;Subvention;90000\n";
    let balance = read(text.as_bytes(), "ok.csv").unwrap();
    assert_eq!(balance.rows.len(), 2);
}

#[test]
fn the_import_command_refuses_an_unclosed_quote_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let case_path = dir.path().join("club.ron");
    fs::copy(repo_path("saves/club-randonnee.ron"), &case_path).unwrap();
    let before = fs::read(&case_path).unwrap();
    let balance = dir.path().join("ouvert.csv");
    fs::write(
        &balance,
        "Compte;Libellé;Solde\n756;\"Cotisations;1500\n740;Subvention;90000\n",
    )
    .unwrap();
    let out = run(&[
        "import-balance",
        balance.to_str().unwrap(),
        "--into",
        case_path.to_str().unwrap(),
        "--snapshot",
        "2026 réalisé",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr).unwrap().contains("guillemet"));
    assert_eq!(fs::read(&case_path).unwrap(), before, "nothing written");
}

#[test]
fn applying_creates_the_snapshot_and_refuses_to_overwrite() {
    let mut case = storage::load(&repo_path("saves/cpie-vallee-verte.ron")).unwrap();
    let mut plan = plan_of("centre-utf8-point-virgule.csv");
    let before = case.clone();
    // Unfinished: nothing changes.
    assert!(apply(&mut case, ("2026 réalisé", 2026), &plan, false).is_err());
    assert_eq!(case, before);
    confirm_all(&mut plan);
    let added = apply(&mut case, ("2026 réalisé", 2026), &plan, false).unwrap();
    assert_eq!(added, 8);
    let s = case.snapshot("2026 réalisé").unwrap();
    assert_eq!(s.year, 2026);
    assert_eq!(s.annual_expenses, Some(474_000.0));
    let money: f64 = s
        .lines_of(Lever::RessourcesFinancieres)
        .filter_map(|l| l.amount)
        .sum();
    assert_eq!(money, 517_700.0);
    assert!(s.lines.iter().all(|l| {
        l.note
            .starts_with("Importé de la balance comptable — comptes")
    }));
    // Placed in year order, before the 2028 target.
    let labels: Vec<&str> = case.snapshots.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(
        labels,
        ["2024 réalisé", "2025 réalisé", "2026 réalisé", "cible 2028"]
    );
    assert!(
        storage::parse(
            storage::to_text(&case).unwrap().as_bytes(),
            std::path::Path::new("x.ron")
        )
        .is_ok()
    );

    let again = case.clone();
    let err = apply(&mut case, ("2026 réalisé", 2026), &plan, false).unwrap_err();
    assert!(err.to_string().contains("existe déjà"), "{err}");
    assert_eq!(case, again);

    // Replacing keeps the hand-typed time and partnerships of the snapshot.
    let mut case = storage::load(&repo_path("saves/cpie-vallee-verte.ron")).unwrap();
    let kept: Vec<u32> = case
        .snapshot("2025 réalisé")
        .unwrap()
        .lines
        .iter()
        .filter(|l| {
            l.lever() != Lever::RessourcesFinancieres
                && l.kind.as_str() != "benevolat_activite"
                && l.kind.as_str() != "services_en_nature"
        })
        .map(|l| l.id)
        .collect();
    apply(&mut case, ("2025 réalisé", 2025), &plan, true).unwrap();
    let s = case.snapshot("2025 réalisé").unwrap();
    for id in kept {
        assert!(s.line(id).is_some(), "line {id} kept");
    }
    assert_eq!(
        s.lines_of(Lever::RessourcesFinancieres)
            .filter_map(|l| l.amount)
            .sum::<f64>(),
        517_700.0
    );
}

#[test]
fn the_command_imports_after_assignments_and_changes_nothing_before() {
    let dir = tempfile::tempdir().unwrap();
    let case_path = dir.path().join("club.ron");
    fs::copy(repo_path("saves/club-randonnee.ron"), &case_path).unwrap();
    let original = fs::read(&case_path).unwrap();
    let csv = repo_path("tests/fixtures/balances/club-latin1-virgule.csv");
    let args = |extra: &[&str]| -> Vec<String> {
        let mut a = vec![
            "import-balance".to_owned(),
            csv.to_str().unwrap().to_owned(),
            "--into".to_owned(),
            case_path.to_str().unwrap().to_owned(),
            "--snapshot".to_owned(),
            "2026 réalisé".to_owned(),
        ];
        a.extend(extra.iter().map(|s| (*s).to_owned()));
        a
    };
    let call = |extra: &[&str]| {
        let a = args(extra);
        run(&a.iter().map(String::as_str).collect::<Vec<_>>())
    };

    let out = call(&[]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("Latin-1 (Windows-1252), séparateur « , »"),
        "{stdout}"
    );
    assert!(stdout.contains("[À AFFECTER]"), "{stdout}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("n'a pas été modifié") && stderr.contains("compte 801"),
        "{stderr}"
    );
    assert_eq!(fs::read(&case_path).unwrap(), original, "nothing written");

    let out = call(&["--assign", "74=subventions", "--assign", "801=ignorer"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let case: Case = storage::load(&case_path).unwrap();
    let s = case.snapshot("2026 réalisé").unwrap();
    assert_eq!(s.lines.len(), 5);
    let amount = |kind: &str| {
        s.lines
            .iter()
            .filter(|l| l.kind.as_str() == kind)
            .filter_map(|l| l.amount)
            .sum::<f64>()
    };
    assert_eq!(amount("subventions"), 1_200.0);
    assert_eq!(amount("cotisations"), 4_500.0);
    assert_eq!(amount("benevolat_activite"), 24_000.0);
    assert_eq!(s.annual_expenses, Some(7_500.0));
    assert_eq!(case.account_rules.len(), 2, "assignments kept in the case");

    // Again: refused, file untouched.
    let saved = fs::read(&case_path).unwrap();
    let out = call(&["--assign", "74=subventions"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("existe déjà")
    );
    assert_eq!(fs::read(&case_path).unwrap(), saved);

    // A bad file: French error, exit 1 (an input that cannot be used), nothing written.
    let bad = repo_path("tests/fixtures/balances/montant-invalide.csv");
    let out = run(&[
        "import-balance",
        bad.to_str().unwrap(),
        "--into",
        case_path.to_str().unwrap(),
        "--snapshot",
        "2027 réalisé",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr).unwrap().contains("ligne 3"));
    assert_eq!(fs::read(&case_path).unwrap(), saved);
}

/// One flow for the window and the command line (`Review::finish`): an import that would give the
/// case more snapshots than its file holds is refused by both, in French, and nothing changes.
#[test]
fn an_import_the_case_file_could_not_hold_is_refused_by_the_window_and_the_command_line() {
    use atelier_mse::model::limits::MAX_SNAPSHOTS;
    let dir = tempfile::tempdir().unwrap();
    let case_path = dir.path().join("club.ron");
    let mut case: Case = storage::load(&repo_path("saves/club-randonnee.ron")).unwrap();
    let first = case.snapshots[0].clone();
    while case.snapshots.len() < MAX_SNAPSHOTS {
        let mut s = first.clone();
        s.label = format!("copie {}", case.snapshots.len());
        case.snapshots.push(s);
    }
    storage::save(&case, &case_path).unwrap();
    let before = fs::read(&case_path).unwrap();
    let csv = repo_path("tests/fixtures/balances/club-latin1-virgule.csv");
    let out = run(&[
        "import-balance",
        csv.to_str().unwrap(),
        "--into",
        case_path.to_str().unwrap(),
        "--snapshot",
        "2026 réalisé",
        "--assign",
        "74=subventions",
        "--assign",
        "801=ignorer",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("n'a pas été modifié") && stderr.contains("au plus 100"),
        "{stderr}"
    );
    assert_eq!(fs::read(&case_path).unwrap(), before, "nothing written");

    // The window: the same review, refused with the same rule, the open case unchanged.
    use atelier_mse::app::{App, AppPaths, Document};
    let settings = tempfile::tempdir().unwrap();
    let mut app = App::new(
        Document::open(&case_path).unwrap(),
        AppPaths::in_dir(settings.path()),
    );
    app.start_import(&csv);
    let state = app.workspaces.import.as_mut().unwrap();
    for index in 0..state.review.plan.items.len() {
        let account = state.review.plan.items[index].row.account.clone();
        if account.starts_with("74") {
            state.review.assign(
                index,
                atelier_mse::import::Action::Kind(KindId::new("subventions").unwrap()),
            );
        } else if account.starts_with("801") {
            state
                .review
                .assign(index, atelier_mse::import::Action::Ignore(String::new()));
        }
    }
    state.review.label = "2026 réalisé".to_owned();
    let open = app.document.case().clone();
    assert!(!app.finish_import());
    assert_eq!(app.document.case(), &open);
    let said = app.toasts.errors.last().unwrap();
    assert!(
        said.starts_with("Import impossible : ") && said.contains("au plus 100"),
        "{said}"
    );
}

fn window(
    sample: &str,
    dir: &std::path::Path,
) -> egui_kittest::Harness<'static, atelier_mse::app::App> {
    use atelier_mse::app::{App, AppPaths, Document};
    let doc = Document::open(&repo_path(&format!("saves/{sample}"))).unwrap();
    let wb = App::new(doc, AppPaths::in_dir(dir));
    egui_kittest::Harness::builder()
        .with_size([1280.0, 800.0])
        .build_ui_state(|ui, wb: &mut App| wb.ui(ui), wb)
}

#[test]
fn the_review_screen_lets_a_person_finish_an_import() {
    use atelier_mse::app::View;
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    let mut h = window("club-randonnee.ron", dir.path());
    let csv = repo_path("tests/fixtures/balances/club-latin1-virgule.csv");
    h.state_mut().start_import(&csv);
    h.run();
    assert_eq!(h.state().view, View::Import);
    h.get_by_label_contains("Latin-1 (Windows-1252)");
    h.get_by_label("À traiter (2 sur 2)");
    h.get_by_label("✓ les totaux concordent avec le fichier");
    assert!(h.query_by_label("Importer 5 ligne(s)").is_some());
    h.get_by_label_contains("2 point(s) à traiter");

    // Public money: the consultant puts 200 € on public procurement, then confirms.
    h.get_by_label("Commande publique — compte 7400").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.event(egui::Event::Text("200".to_owned()));
    h.key_press(egui::Key::Enter);
    h.run();
    // Typing the split confirms it; the row stays listed, done.
    assert!(h.query_by_label("Confirmer la répartition").is_none());
    h.get_by_label("À traiter (1 sur 2)");
    // The account that matched nothing: set aside by hand.
    h.get_by_label("Affectation — compte 801").click();
    h.run();
    h.get_by_label("Ignorer ce compte").click();
    h.run();
    h.run();
    assert!(
        h.state()
            .workspaces
            .import
            .as_ref()
            .unwrap()
            .review
            .plan
            .problems()
            .is_empty(),
        "{:?}",
        h.state()
            .workspaces
            .import
            .as_ref()
            .unwrap()
            .review
            .plan
            .problems()
    );
    h.get_by_label_contains("✓ Prêt");

    h.get_by_label("Importer 6 ligne(s)").click();
    h.run();
    let wb = h.state();
    assert_eq!(wb.view, View::Matrix);
    assert!(wb.workspaces.import.is_none());
    let s = wb
        .document
        .case()
        .snapshot("2026 réalisé")
        .expect("snapshot created");
    let amount = |kind: &str| {
        s.lines
            .iter()
            .filter(|l| l.kind.as_str() == kind)
            .filter_map(|l| l.amount)
            .sum::<f64>()
    };
    assert_eq!(amount("subventions"), 1_000.0);
    assert_eq!(amount("commande_publique"), 200.0);
    assert_eq!(
        wb.document.case().snapshots[wb.selected].label,
        "2026 réalisé"
    );
    assert!(
        wb.toasts
            .notice
            .as_deref()
            .unwrap()
            .starts_with("6 ligne(s) importée(s)")
    );
    assert!(
        wb.document
            .case()
            .account_rules
            .iter()
            .any(|r| r.prefix == "801")
    );
    assert!(
        !wb.document.is_saved(),
        "the import is an edit of the case, saved by the user"
    );

    // One undo step takes it back.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(h.state().document.case().snapshot("2026 réalisé").is_none());
}

#[test]
fn a_malformed_balance_is_refused_in_the_window_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window("club-randonnee.ron", dir.path());
    let before = h.state().document.case().clone();
    h.state_mut()
        .start_import(&repo_path("tests/fixtures/balances/montant-invalide.csv"));
    h.run();
    let wb = h.state();
    assert!(wb.workspaces.import.is_none());
    assert_eq!(wb.view, atelier_mse::app::View::Matrix);
    assert!(
        wb.toasts
            .errors
            .iter()
            .any(|m| m.contains("ligne 3") && m.contains("Le dossier n'a pas changé")),
        "{:?}",
        wb.toasts.errors
    );
    assert_eq!(wb.document.case(), &before);
}

proptest::proptest! {
    /// Whatever the bytes, reading and mapping a balance gives a result or a French error,
    /// never a panic.
    #[test]
    fn any_bytes_are_read_without_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400)) {
        if let Ok(balance) = read(&bytes, "x.csv") {
            let plan = Plan::new(&balance, Mapping::builtin(), &[]);
            let _ = plan.totals();
            let _ = plan.lines(1);
        }
    }

    /// Any balance either imports every one of its rows, or is refused: a quote left open, a
    /// separator too many or too few never drops or shifts a row silently.
    #[test]
    fn a_balance_imports_every_row_or_is_refused(
        rows in proptest::collection::vec((700u32..799, 1u32..1_000_000, proptest::prelude::any::<bool>()), 1..25),
        damage in 0usize..4,
        at in proptest::prelude::any::<proptest::sample::Index>(),
    ) {
        let broken = at.index(rows.len());
        let mut text = String::from("Compte;Libellé;Solde\n");
        for (i, (account, cents, quoted)) in rows.iter().enumerate() {
            let label = if *quoted { "\"Produit \"\"spécial\"\"\"".to_owned() } else { "Produit".to_owned() };
            let amount = format!("{},{:02}", cents / 100, cents % 100);
            let line = match (damage, i == broken) {
                (1, true) => format!("{account};{label};\"{amount}"),
                (2, true) => format!("{account};{label};{amount};x"),
                (3, true) => format!("{account};{amount}"),
                _ => format!("{account};{label};{amount}"),
            };
            text.push_str(&line);
            text.push('\n');
        }
        match read(text.as_bytes(), "x.csv") {
            Ok(balance) => {
                proptest::prop_assert_eq!(damage, 0, "a damaged file was read");
                proptest::prop_assert_eq!(balance.rows.len(), rows.len());
                let read: f64 = balance.rows.iter().map(|r| r.credit_balance).sum();
                let given: f64 = rows.iter().map(|(_, c, _)| f64::from(*c) / 100.0).sum();
                proptest::prop_assert!((read - given).abs() < 0.005, "{} != {}", read, given);
            }
            Err(err) => {
                let err = err.to_string();
                proptest::prop_assert!(damage != 0, "a sound file was refused: {}", err);
                proptest::prop_assert!(err.contains(&format!("ligne {}", broken + 2)), "{}", err);
            }
        }
    }

    /// Lines made of digits, separators, signs and letters, as a broken export would hold.
    #[test]
    fn csv_like_text_is_read_without_panic(text in "[0-9;,.\\- ()a-zéT\"\\n\\t]{0,300}") {
        if let Ok(balance) = read(text.as_bytes(), "x.csv") {
            let mut plan = Plan::new(&balance, Mapping::builtin(), &[]);
            for item in &mut plan.items {
                item.split(&KindId::new("commande_publique").unwrap(), 1.0);
            }
            proptest::prop_assert!(plan.totals().imported.is_finite());
        }
    }
}

#[test]
fn headerless_balances_have_their_columns_inferred_from_the_numbers_and_say_so() {
    for (file, encoding, separator) in [
        ("sans-entete-dcs-utf8.csv", "UTF-8", ";"),
        ("sans-entete-dcs-latin1-tab.csv", "Latin-1", "tabulation"),
    ] {
        let b = read(&fixture(file), file).unwrap();
        assert!(!b.detection.header, "{file}");
        assert!(b.detection.encoding.starts_with(encoding), "{file}");
        assert_eq!(b.detection.separator, separator, "{file}");
        let lines = if file.contains("utf8") { 6 } else { 4 };
        assert!(
            b.detection.summary().contains(&format!(
                "colonnes déduites : débit − crédit = solde sur les {lines} lignes"
            )),
            "{}",
            b.detection.summary()
        );
        let sales = b.rows.iter().find(|r| r.account == "706000").unwrap();
        assert_eq!(sales.credit_balance, 12_000.0);
        let purchases = b.rows.iter().find(|r| r.account == "606000").unwrap();
        assert_eq!(purchases.credit_balance, -3_400.5);
    }
    // Two columns without a header: where the resources are says which is the credit.
    let b = read(b"706;Ventes;5000;0\n606;Achats;0;1200\n", "x.csv").unwrap();
    assert_eq!(b.rows[0].credit_balance, 5_000.0);
    assert!(
        b.detection.columns.contains("crédit puis débit"),
        "{}",
        b.detection.columns
    );
    let b = read(b"706;Ventes;0;5000\n606;Achats;1200;0\n", "x.csv").unwrap();
    assert_eq!(b.rows[0].credit_balance, 5_000.0);
    assert!(b.detection.columns.contains("débit puis crédit"));
    // Nothing to tell them apart: both readings are named, nothing is guessed.
    let err = read(b"512;Banque;100;0\n401;Fournisseurs;0;100\n", "x.csv")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("« débit, crédit » et « crédit, débit »"),
        "{err}"
    );
    // Three columns where the third is not the difference: refused, not guessed.
    let err = read(b"706;Ventes;1;2;3\n606;Achats;4;5;6\n", "x.csv")
        .unwrap_err()
        .to_string();
    assert!(err.contains("débit − crédit = solde"), "{err}");
}
