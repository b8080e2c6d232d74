//! Every shape of FEC the DGFiP's checker accepts, one fixture each (made from
//! `petite-association.txt`): all read to the same accounts, the review saying what was
//! recognised; a FEC that is none of them refused naming the column and what was expected.

use crate::common::{repo_path, run};
use atelier_mse::import::{Balance, read_accounts};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(repo_path(&format!("tests/fixtures/fec/{name}"))).unwrap()
}

fn read(name: &str) -> Balance {
    read_accounts(&fixture(name), name, (None, None), None).unwrap()
}

fn accounts(b: &Balance) -> Vec<(String, String, f64)> {
    b.rows
        .iter()
        .map(|r| (r.account.clone(), r.label.clone(), r.credit_balance))
        .collect()
}

/// Each variant, and what the review says of it.
const VARIANTS: [(&str, &str); 8] = [
    (
        "montant-sens-point-virgule.txt",
        "Latin-1 (Windows-1252), séparateur « ; », virgule décimale, avec ligne d'en-tête, FEC (Montant/Sens), 18 colonnes, 4 écritures, exercice 2025",
    ),
    (
        "montant-sens-plus-moins-un.txt",
        "séparateur « | », virgule décimale, avec ligne d'en-tête, FEC (Montant/Sens), 18 colonnes, 4 écritures",
    ),
    (
        "bnc-22-colonnes.txt",
        "séparateur « tabulation », virgule décimale, avec ligne d'en-tête, FEC (Débit/Crédit), 22 colonnes (BNC/BA), 4 écritures",
    ),
    (
        "dix-neuf-colonnes.txt",
        "FEC (Débit/Crédit), 19 colonnes, 4 écritures",
    ),
    (
        "virgule-separateur-final.txt",
        "séparateur « , », point décimal, avec ligne d'en-tête, FEC (Débit/Crédit), 18 colonnes, séparateur en fin de ligne, 4 écritures",
    ),
    (
        "entete-minuscules-accents-bom.txt",
        "UTF-8, séparateur « tabulation »",
    ),
    ("dates-jj-mm-aaaa.txt", "4 écritures, exercice 2025"),
    (
        "montants-vides-signe-final.txt",
        "4 écritures, exercice 2025",
    ),
];

#[test]
fn every_accepted_variant_reads_to_the_same_accounts_and_says_what_it_is() {
    let plain = read("petite-association.txt");
    assert_eq!(accounts(&plain).len(), 7);
    for (name, said) in VARIANTS {
        let b = read(name);
        assert_eq!(accounts(&b), accounts(&plain), "{name}");
        let summary = b.detection.summary();
        assert!(summary.contains(said), "{name}: {summary}");
    }
    assert!(
        plain
            .detection
            .summary()
            .ends_with("FEC (Débit/Crédit), 18 colonnes, 4 écritures, exercice 2025 (écritures du 15/01/2025 au 02/07/2025)")
    );
}

#[test]
fn a_fec_that_is_none_of_them_is_refused_naming_the_column_and_what_was_expected() {
    let good = String::from_utf8(fixture("montant-sens-plus-moins-un.txt")).unwrap();
    let cases: [(String, &str); 5] = [
        (
            good.replacen("|Montant|", "|Valeur|", 1),
            "ligne 1, colonne 12 : « Valeur » au lieu de « Debit » ou « Montant »",
        ),
        (
            good.replacen("|Sens|", "|Credit|", 1),
            "ligne 1, colonne 13 : « Credit » au lieu de « Sens »",
        ),
        (
            good.replacen("|+1|", "|X|", 1),
            "ligne 2, colonne 13 (Sens) : « X » au lieu de « D » ou « C » (ou « +1 » ou « -1 »)",
        ),
        (
            good.replacen("|Cotisations janvier|", ";Cotisations janvier;", 1),
            "ligne 2 : 16 champ(s) au lieu de 18 comme l'en-tête ; un séparateur (« | ») manque ou est en trop",
        ),
        (
            good.replacen("|Idevise", "|Idevise|DateRglt|ModeRglt|Nature|IdClient", 1),
            "ligne 1, colonne 21 : « Nature » au lieu de « NatOp » (en-tête du FEC des BNC/BA)",
        ),
    ];
    for (text, expected) in cases {
        let err = read_accounts(text.as_bytes(), "fec.txt", (None, None), None)
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("« fec.txt »") && err.contains(expected),
            "{expected}\n{err}"
        );
    }
}

#[test]
fn iso_8859_15_is_told_from_windows_1252_by_its_euro_sign() {
    // « € » is A4 in ISO-8859-15 (« ¤ » in Windows-1252), « œ » BD.
    let fec = read("latin9-euro.txt");
    assert!(fec.detection.summary().starts_with("Latin-9 (ISO-8859-15)"));
    let plain = read("petite-association.txt");
    let amounts = |b: &Balance| b.rows.iter().map(|r| r.credit_balance).collect::<Vec<_>>();
    assert_eq!(amounts(&fec), amounts(&plain));
    assert!(fec.rows.iter().any(|r| r.label == "Achats d'œuvres"));
    // A balance whose amounts carry « € »: read, not refused as « ¤ ».
    let csv = std::fs::read(repo_path("tests/fixtures/balances/latin9-euro.csv")).unwrap();
    let b = atelier_mse::import::read(&csv, "latin9-euro.csv").unwrap();
    assert_eq!(b.detection.encoding, "Latin-9 (ISO-8859-15)");
    assert_eq!(amounts(&b), [-1_500.0, 2_000.0, 300.0]);
    assert_eq!(b.rows[0].label, "Achats d'œuvres");
    assert_eq!(b.rows[2].label, "Dons (collecte « 5 € »)");
    // Windows-1252 stays Windows-1252 (« œ » is 9C there).
    let windows = "Compte;Libellé;Solde\n606;Achats d'œuvres;1 500,00\n".replace('œ', "\u{9c}");
    let bytes: Vec<u8> = windows.chars().map(|c| c as u32 as u8).collect();
    let b = atelier_mse::import::read(&bytes, "w.csv").unwrap();
    assert_eq!(b.detection.encoding, "Latin-1 (Windows-1252)");
    assert_eq!(b.rows[0].label, "Achats d'œuvres");
}

#[test]
fn the_command_line_says_the_variant_it_read() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("club.ron");
    std::fs::copy(repo_path("saves/club-randonnee.ron"), &case).unwrap();
    let fec = repo_path("tests/fixtures/fec/montant-sens-point-virgule.txt");
    let out = run(&[
        "import-balance",
        fec.to_str().unwrap(),
        "--into",
        case.to_str().unwrap(),
        "--snapshot",
        "2025 réalisé",
        "--dry-run",
    ]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("séparateur « ; », virgule décimale, avec ligne d'en-tête, FEC (Montant/Sens), 18 colonnes, 4 écritures, exercice 2025"),
        "{stdout}"
    );
}

#[test]
fn a_trailing_minus_does_not_turn_thousands_points_into_decimal_points() {
    // « 2.000- » is « -2.000 »: its point separates thousands as in « 1.500 », which stays
    // 1 500 €, not 1,50 €.
    let header = String::from_utf8(fixture("exercice-septembre-aout.txt"))
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_owned();
    let line = |n: &str, account: &str, label: &str, debit: &str, credit: &str| {
        format!(
            "BQ\tBanque\t{n}\t20250115\t{account}\t{label}\t\t\tP{n}\t20250115\tLibellé\t{debit}\t{credit}\t\t\t20250115\t\t"
        )
    };
    let text = [
        header,
        line("1", "512000", "Banque", "1.500", ""),
        line("1", "756000", "Cotisations", "", "1.500"),
        line("2", "606000", "Achats", "2.000", ""),
        line("2", "401000", "Fournisseurs", "2.000-", ""),
    ]
    .join("\n");
    let b = atelier_mse::import::read_accounts(text.as_bytes(), "signe.txt", (None, None), None)
        .unwrap();
    assert_eq!(
        accounts(&b),
        [
            ("401000".to_owned(), "Fournisseurs".to_owned(), 2_000.0),
            ("512000".to_owned(), "Banque".to_owned(), -1_500.0),
            ("606000".to_owned(), "Achats".to_owned(), -2_000.0),
            ("756000".to_owned(), "Cotisations".to_owned(), 1_500.0),
        ]
    );
}
