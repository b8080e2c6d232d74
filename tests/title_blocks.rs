//! Balances saved from a spreadsheet: a title block above the header, class headings, totals
//! and subtotals per class, blank-account lines. The header is found by its names, the rest set
//! aside and counted, and the accounts are those of the plain balance, to the cent.

use std::fs;

use crate::common::{repo_path, run};
use atelier_mse::import::{Balance, Mapping, Plan, read, read_accounts};

fn fixture(name: &str) -> Vec<u8> {
    fs::read(repo_path(&format!("tests/fixtures/balances/{name}"))).unwrap()
}

/// Account, label and balance of every row.
fn accounts(balance: &Balance) -> Vec<(String, String, f64)> {
    balance
        .rows
        .iter()
        .map(|r| (r.account.clone(), r.label.clone(), r.credit_balance))
        .collect()
}

#[test]
fn a_title_block_and_subtotals_read_to_the_same_accounts_as_the_plain_balance() {
    let plain = read(
        &fixture("centre-utf8-point-virgule.csv"),
        "centre-utf8-point-virgule.csv",
    )
    .unwrap();
    for name in [
        "excel-titre-sous-totaux.csv",
        "excel-titre-sous-totaux.xlsx",
    ] {
        let titled = read_accounts(&fixture(name), name, (None, None), None).unwrap();
        assert_eq!(accounts(&titled), accounts(&plain), "{name}");
        assert_eq!(
            Plan::new(&titled, Mapping::builtin(), &[]).totals(),
            Plan::new(&plain, Mapping::builtin(), &[]).totals(),
            "{name}"
        );
        let summary = titled.detection.summary();
        assert!(
            summary.contains("en-tête trouvé ligne 5 ; 4 lignes de titre ignorées"),
            "{name}: {summary}"
        );
        let skipped = &titled.detection.skipped;
        let count = |what: &str| skipped.iter().filter(|s| s.contains(what)).count();
        // Six « Total classe », one « Sous-total 754 », the blank-account line, « Total général ».
        assert_eq!(
            count("ligne de total ou sans compte"),
            9,
            "{name}: {skipped:?}"
        );
        assert_eq!(count("intitulé sans montant"), 6, "{name}: {skipped:?}");
        assert!(
            skipped
                .iter()
                .any(|s| s.starts_with("ligne 29 (« 754 Sous-total 754")),
            "{name}: {skipped:?}"
        );
    }
}

#[test]
fn the_command_says_where_the_header_was_found() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("club.ron");
    fs::copy(repo_path("saves/club-randonnee.ron"), &case).unwrap();
    let csv = repo_path("tests/fixtures/balances/excel-titre-sous-totaux.csv");
    let out = run(&[
        "import-balance",
        csv.to_str().unwrap(),
        "--into",
        case.to_str().unwrap(),
        "--snapshot",
        "2024 réalisé",
        "--dry-run",
    ]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("en-tête trouvé ligne 5 ; 4 lignes de titre ignorées"),
        "{stdout}"
    );
    assert!(
        stdout.contains("(ignorée : ligne 8 (« Total classe 1 0,00 80"),
        "{stdout}"
    );
}

#[test]
fn no_recognisable_header_above_the_accounts_is_refused_saying_where() {
    let mut text = String::new();
    for i in 1..=3 {
        text.push_str(&format!("Titre {i};;\n"));
    }
    text.push_str("706;Ventes;100,00\n");
    let err = read(text.as_bytes(), "t.csv").unwrap_err().to_string();
    assert!(
        err.contains("« t.csv » : aucune ligne d'en-tête reconnue dans les 30 premières lignes, et les lignes 1 à 3 ne sont pas des comptes"),
        "{err}"
    );

    // A header below line 30 is not looked for.
    let mut long = String::new();
    for i in 1..=30 {
        long.push_str(&format!("Titre {i};;\n"));
    }
    long.push_str("Compte;Libellé;Solde\n706;Ventes;100,00\n");
    let err = read(long.as_bytes(), "long.csv").unwrap_err().to_string();
    assert!(err.contains("aucune ligne d'en-tête reconnue"), "{err}");
    let ok = read(long.replacen("Titre 1;;\n", "", 1).as_bytes(), "ok.csv").unwrap();
    assert_eq!(ok.detection.header_line, 30);
    assert_eq!(ok.detection.title_lines, 29);
}

#[test]
fn a_subtotal_with_an_account_number_is_not_counted_twice() {
    let text =
        "Compte;Libellé;Solde\n7541;Dons manuels;-100\n7542;Mécénat;-50\n754;Sous-total 754;-150\n";
    let b = read(text.as_bytes(), "s.csv").unwrap();
    assert_eq!(b.rows.len(), 2);
    assert_eq!(b.detection.skipped.len(), 1);
}
