//! The FEC (« Fichier des écritures comptables »): a small association's FEC read as a balance,
//! « à nouveaux » set aside, a file spanning two years read for the year asked, every malformation
//! refused in French with its line and column, unbalanced entries reported; any bytes give a
//! result or an error, never a panic.

use crate::common::repo_path;
use atelier_mse::import::{fec, read_accounts};
use proptest::prelude::*;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(repo_path(&format!("tests/fixtures/fec/{name}"))).unwrap()
}

fn account(b: &atelier_mse::import::Balance, number: &str) -> f64 {
    b.rows
        .iter()
        .find(|r| r.account == number)
        .unwrap()
        .credit_balance
}

#[test]
fn a_small_association_fec_is_summed_per_account_and_said() {
    for file in ["petite-association.txt", "pipe-latin1.txt"] {
        let b = read_accounts(&fixture(file), file, (None, None), None).unwrap();
        assert_eq!(
            b.detection.columns,
            "FEC (Débit/Crédit), 18 colonnes, 4 écritures, exercice 2025 (écritures du 15/01/2025 au 02/07/2025)",
            "{file}"
        );
        assert_eq!(account(&b, "756000"), 2_500.0);
        assert_eq!(account(&b, "740000"), 8_000.0);
        assert_eq!(account(&b, "706000"), 1_200.5);
        assert_eq!(account(&b, "606000"), -300.0);
        let label = b.rows.iter().find(|r| r.account == "740000").unwrap();
        assert_eq!(label.label, "Subvention de fonctionnement Commune");
    }
    let latin = read_accounts(&fixture("pipe-latin1.txt"), "f", (None, None), None).unwrap();
    assert!(latin.detection.encoding.starts_with("Latin-1"));
    assert_eq!(latin.detection.separator, "|");
}

#[test]
fn opening_entries_are_set_aside_and_two_years_need_a_choice() {
    let b = read_accounts(&fixture("a-nouveaux.txt"), "an.txt", (None, None), None).unwrap();
    assert!(
        b.detection
            .skipped
            .iter()
            .any(|s| s.contains("1 écriture d'« à nouveaux »"))
    );
    // The bank: the year's 2 500 + 8 000 € of debits, not the 4 000 € brought forward.
    assert_eq!(account(&b, "512000"), -10_500.0);

    let err = read_accounts(
        &fixture("deux-exercices.txt"),
        "deux.txt",
        (None, None),
        None,
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("plusieurs exercices (2024, 2025)"), "{err}");
    let b = read_accounts(
        &fixture("deux-exercices.txt"),
        "deux.txt",
        (Some(2024), None),
        None,
    )
    .unwrap();
    assert_eq!(
        b.detection.columns,
        "FEC (Débit/Crédit), 18 colonnes, 1 écriture, exercice 2024"
    );
    assert_eq!(account(&b, "756000"), 1_000.0);
    assert!(
        b.detection
            .skipped
            .iter()
            .any(|s| s.contains("8 écriture(s) d'un autre exercice"))
    );
    // The snapshot's year decides when none is given.
    let b = read_accounts(
        &fixture("deux-exercices.txt"),
        "deux.txt",
        (None, Some(2025)),
        None,
    )
    .unwrap();
    assert_eq!(account(&b, "756000"), 2_500.0);
    let err = read_accounts(
        &fixture("deux-exercices.txt"),
        "deux.txt",
        (Some(2031), None),
        None,
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("aucune écriture datée de 2031"), "{err}");
}

#[test]
fn malformed_fec_files_are_refused_with_their_line_and_column() {
    let good = String::from_utf8(fixture("petite-association.txt")).unwrap();
    let cases: [(String, &str); 5] = [
        (
            good.replacen("CompteNum", "Compte", 1),
            "ligne 1, colonne 5 : « Compte » au lieu de « CompteNum »",
        ),
        (
            good.replacen("\tIdevise", "", 1),
            "l'en-tête du FEC a 17 colonne(s)",
        ),
        (
            good.replacen("20250320", "2025-03-20", 1),
            "ligne 4, colonne 4 (EcritureDate) : « 2025-03-20 » n'est pas une date",
        ),
        (
            good.replacen("8 000,00\t0,00", "huit mille\t0,00", 1),
            "ligne 4, colonne 12 (Debit)",
        ),
        (
            good.replacen("\tCotisations janvier\t0,00", "\tCotisations janvier", 1),
            "ligne 3 : 17 champ(s) au lieu de 18",
        ),
    ];
    for (text, expected) in cases {
        let err = fec::read(text.as_bytes(), "fec.txt", (None, None))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("« fec.txt »") && err.contains(expected),
            "{expected}\n{err}"
        );
    }
    // Unbalanced entries are read, and reported by their number.
    let unbalanced = good.replacen("0,00\t1 200,50", "0,00\t1 100,50", 1);
    let b = fec::read(unbalanced.as_bytes(), "fec.txt", (None, None)).unwrap();
    let warning = b
        .detection
        .skipped
        .iter()
        .find(|s| s.contains("déséquilibrée"))
        .unwrap();
    assert!(warning.contains("VT 3"), "{warning}");
}

/// `import-balance` of the FEC fixture `fec` into a copy of the club's case, « 2025 réalisé »,
/// with `options`; the case's path and what the command printed.
fn import_into_club(
    dir: &std::path::Path,
    fec: &str,
    options: &[&str],
) -> (std::path::PathBuf, std::process::Output) {
    let case = dir.join("club.ron");
    std::fs::copy(repo_path("saves/club-randonnee.ron"), &case).unwrap();
    let fec = repo_path(&format!("tests/fixtures/fec/{fec}"));
    let mut args = vec![
        "import-balance",
        fec.to_str().unwrap(),
        "--into",
        case.to_str().unwrap(),
        "--snapshot",
        "2025 réalisé",
    ];
    args.extend(options);
    let out = crate::common::run(&args);
    (case, out)
}

#[test]
fn the_command_line_imports_a_fec_into_a_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let (case, out) = import_into_club(
        dir.path(),
        "deux-exercices.txt",
        &["--accept-proposals", "--replace"],
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{text}\n{stderr}");
    assert!(
        text.contains("FEC (Débit/Crédit), 18 colonnes, 4 écritures, exercice 2025"),
        "{text}\n{stderr}"
    );
    let case = atelier_mse::storage::load(&case).unwrap();
    let snapshot = case
        .snapshot("2025 réalisé")
        .expect("the snapshot imported");
    let amount = |kind: &str| -> f64 {
        snapshot
            .lines
            .iter()
            .filter(|l| l.kind.as_str() == kind)
            .filter_map(|l| l.amount)
            .sum()
    };
    assert_eq!(amount("subventions"), 8_000.0);
    assert_eq!(amount("cotisations"), 2_500.0);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn any_bytes_after_a_fec_header_give_a_result_or_a_french_error(tail in proptest::collection::vec(any::<u8>(), 0..400)) {
        let mut bytes = fixture("petite-association.txt")[..200].to_vec();
        bytes.extend(tail);
        // A balance whose every amount is a finite number, or a French message that names the
        // file and says where.
        let said = |result: Result<atelier_mse::import::Balance, String>| -> Result<(), TestCaseError> {
            match result {
                Ok(balance) => prop_assert!(
                    balance.rows.iter().all(|r| r.credit_balance.is_finite()),
                    "{:?}", balance.rows
                ),
                Err(message) => prop_assert!(
                    message.starts_with("« fec.txt »") && !message.contains("error"),
                    "{message}"
                ),
            }
            Ok(())
        };
        said(fec::read(&bytes, "fec.txt", (None, None)).map_err(|e| e.to_string()))?;
        let mut header = b"JournalCode\t".to_vec();
        header.extend(fixture("pipe-latin1.txt").iter().rev().take(50));
        said(read_accounts(&header, "fec.txt", (None, Some(2025)), None).map_err(|e| e.to_string()))?;
    }
}

#[test]
fn accounts_that_need_a_decision_get_a_proposal_from_their_label_accepted_in_one_step() {
    use atelier_mse::import::{Destination, Mapping, Plan, propose};
    use atelier_mse::model::KindId;
    let options = [
        KindId::new("subventions").unwrap(),
        KindId::new("commande_publique").unwrap(),
    ];
    assert_eq!(
        propose("Subvention de fonctionnement Commune", &options),
        Some(options[0].clone())
    );
    assert_eq!(
        propose("Marché public de prestations", &options),
        Some(options[1].clone())
    );
    assert_eq!(
        propose("Produits divers", &options),
        None,
        "nothing said: nothing proposed"
    );

    let b = read_accounts(&fixture("petite-association.txt"), "f", (None, None), None).unwrap();
    let mut plan = Plan::new(&b, Mapping::builtin(), &[]);
    let item = plan
        .items
        .iter()
        .find(|i| i.row.account == "740000")
        .unwrap();
    assert!(item.needs_attention(), "still to confirm");
    assert_eq!(item.proposal.as_ref().unwrap().as_str(), "subventions");
    let Destination::Kinds { parts, .. } = &item.destination else {
        panic!()
    };
    assert_eq!(parts[0].0.as_str(), "subventions", "preselected");
    let rules = plan.accept_proposals();
    assert_eq!(rules.len(), 1);
    assert_eq!(rules[0].prefix, "740000");
    assert!(
        !plan
            .items
            .iter()
            .any(|i| i.row.account == "740000" && i.needs_attention())
    );

    // On the command line: listed, and remembered in the case's rules.
    let dir = tempfile::tempdir().unwrap();
    let (case, out) = import_into_club(
        dir.path(),
        "petite-association.txt",
        &["--accept-proposals", "--replace"],
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Proposition acceptée : 740000 → Subvention"),
        "{text}"
    );
    let saved = atelier_mse::storage::load(&case).unwrap();
    assert!(
        saved.account_rules.iter().any(|r| r.prefix == "740000"),
        "remembered"
    );
}

/// In the window, a FEC of two years is read for the snapshot's year when it holds it, else
/// for its latest; the review asks which one, and choosing another reads it again and names
/// the snapshot after it.
#[test]
fn the_window_asks_which_year_of_a_fec_to_import() {
    use atelier_mse::app::View;
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    let mut h = crate::common::sample_window("club-randonnee.ron", dir.path());
    let fec = repo_path("tests/fixtures/fec/deux-exercices.txt");
    let review = |h: &egui_kittest::Harness<'static, atelier_mse::app::App>| {
        let review = &h.state().workspaces.import.as_ref().unwrap().review;
        (
            review.balance.detection.year,
            review.label.clone(),
            account(&review.balance, "756000"),
        )
    };

    // The club's first snapshot is « 2024 réalisé »: the file's 2024 is read.
    h.state_mut().selected = 0;
    h.state_mut().start_import(&fec);
    h.run();
    assert_eq!(h.state().view, View::Import);
    h.get_by_label("Le fichier couvre les exercices 2024, 2025 :");
    assert_eq!(review(&h), (Some(2024), "2024 réalisé".to_owned(), 1_000.0));

    // « Remplacer » said of « 2024 réalisé », and an account assigned by hand.
    {
        let review = &mut h.state_mut().workspaces.import.as_mut().unwrap().review;
        review.replace = true;
        let bank = review
            .plan
            .items
            .iter()
            .position(|i| i.row.account == "756000")
            .unwrap();
        review.assign(bank, atelier_mse::import::Action::Expenses);
    }
    // The consultant picks 2025: read again, the snapshot follows.
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "exercice à importer")
        .click();
    h.run();
    h.get_by_label("2025").click();
    h.run();
    h.run();
    assert_eq!(review(&h), (Some(2025), "2025 réalisé".to_owned(), 2_500.0));
    h.get_by_label_contains("FEC (Débit/Crédit), 18 colonnes, 4 écritures, exercice 2025");
    {
        let review = &h.state().workspaces.import.as_ref().unwrap().review;
        // « Remplacer » was said of another snapshot; the hand-made assignment stays.
        assert!(!review.replace);
        let item = review
            .plan
            .items
            .iter()
            .find(|i| i.row.account == "756000")
            .unwrap();
        assert_eq!(item.destination, atelier_mse::import::Destination::Expenses);
    }

    // The file changed on disk meanwhile: the other year is refused, the review unchanged.
    let copy = dir.path().join("deux.txt");
    std::fs::copy(&fec, &copy).unwrap();
    h.state_mut().start_import(&copy);
    h.run();
    std::fs::write(&copy, "Compte;Libellé;Solde\n706000;Ventes;100\n").unwrap();
    assert_eq!(review(&h).0, Some(2024));
    h.state_mut().import_year(2025);
    h.run();
    assert_eq!(review(&h).0, Some(2024));
    crate::common::assert_said(h.state(), &["a changé depuis sa lecture"]);

    // A snapshot of a year the file does not hold: its latest year, and the question.
    h.state_mut().workspaces.import = None;
    let last = h.state().document.case().snapshots.len() - 1;
    h.state_mut().selected = last;
    assert!(
        ![2024, 2025].contains(&h.state().document.case().snapshots[last].year),
        "the club's last snapshot is a target"
    );
    h.state_mut().start_import(&fec);
    h.run();
    assert_eq!(review(&h).0, Some(2025));
    h.get_by_label("Le fichier couvre les exercices 2024, 2025 :");
}
