//! Trial balances in workbooks: the `.xlsx` and `.ods` LibreOffice made of the CSV fixtures read
//! to the same accounts, to the cent; the sheet holding the balance found or named; damaged,
//! empty, encrypted-looking and text-only workbooks refused in French, naming file and sheet.

use std::fs;

use crate::common::{repo_path, run};
use atelier_mse::import::{Balance, Mapping, Plan, read, read_accounts};
use rust_xlsxwriter::Workbook;

fn fixture(name: &str) -> Vec<u8> {
    fs::read(repo_path(&format!("tests/fixtures/balances/{name}"))).unwrap()
}

fn accounts(name: &str) -> Result<Balance, String> {
    read_accounts(&fixture(name), name, (None, None), None).map_err(|e| e.to_string())
}

/// Account, label and balance of every row, with the line it was read from.
fn rows(balance: &Balance) -> Vec<(usize, String, String, f64)> {
    balance
        .rows
        .iter()
        .map(|r| (r.line, r.account.clone(), r.label.clone(), r.credit_balance))
        .collect()
}

/// A workbook written by `rust_xlsxwriter`: sheets of rows of text or numbers.
fn workbook(sheets: &[(&str, &[&[Cell]])]) -> Vec<u8> {
    let mut book = Workbook::new();
    for (name, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match cell {
                    Cell::Text(t) => sheet.write_string(r, c, *t).unwrap(),
                    Cell::Number(n) => sheet.write_number(r, c, *n).unwrap(),
                };
            }
        }
    }
    book.save_to_buffer().unwrap()
}

#[derive(Clone, Copy)]
enum Cell {
    Text(&'static str),
    Number(f64),
}
use Cell::{Number, Text};

const BALANCE: &[&[Cell]] = &[
    &[
        Text("Compte"),
        Text("Libellé"),
        Text("Débit"),
        Text("Crédit"),
    ],
    &[Number(606.0), Text("Achats"), Number(1_234.56), Number(0.0)],
    &[Number(706.0), Text("Prestations"), Number(0.0), Number(2.5)],
    &[
        Number(7541.0),
        Text("Dons manuels"),
        Number(0.0),
        Number(1.125),
    ],
];

#[test]
fn an_xlsx_and_an_ods_of_a_balance_read_to_the_same_accounts_as_its_csv() {
    let csv = read(
        &fixture("centre-utf8-point-virgule.csv"),
        "centre-utf8-point-virgule.csv",
    )
    .unwrap();
    for name in [
        "centre-utf8-point-virgule.xlsx",
        "centre-utf8-point-virgule.ods",
        "centre-utf8-point-virgule.xls",
    ] {
        let sheet = accounts(name).unwrap();
        assert_eq!(rows(&sheet), rows(&csv), "{name}");
        // The total line set aside, as in the CSV (its « 0,00 » is the number 0 here).
        assert_eq!(sheet.detection.skipped.len(), 1, "{name}");
        assert!(sheet.detection.skipped[0].starts_with("ligne 23 (« Total"));
        assert_eq!(sheet.detection.columns, csv.detection.columns, "{name}");
        let (a, b) = (
            Plan::new(&sheet, Mapping::builtin(), &[]).totals(),
            Plan::new(&csv, Mapping::builtin(), &[]).totals(),
        );
        assert_eq!(a, b, "{name}");
        let summary = sheet.detection.summary();
        assert!(summary.contains("feuille « centre »"), "{summary}");
        assert!(
            summary.contains("montants lus comme nombres du classeur"),
            "{summary}"
        );
    }
    assert!(
        accounts("centre-utf8-point-virgule.ods")
            .unwrap()
            .detection
            .summary()
            .starts_with("classeur OpenDocument (.ods)")
    );
    assert!(
        accounts("centre-utf8-point-virgule.xls")
            .unwrap()
            .detection
            .summary()
            .starts_with("classeur Excel 97-2003 (.xls)")
    );
    // A workbook with macros is read as the same workbook.
    let xlsm = fixture("centre-utf8-point-virgule.xlsx");
    let read_xlsm = read_accounts(&xlsm, "balance.xlsm", (None, None), None).unwrap();
    assert_eq!(rows(&read_xlsm), rows(&csv));
}

#[test]
fn cents_of_a_workbook_are_the_cents_of_its_csv() {
    let csv = read(
        &fixture("paheko-balance-generale.csv"),
        "paheko-balance-generale.csv",
    )
    .unwrap();
    let sheet = accounts("paheko-balance-generale.xlsx").unwrap();
    assert_eq!(rows(&sheet), rows(&csv));
    assert!(rows(&sheet).iter().any(|r| r.3 == 18_250.5));
}

#[test]
fn numbers_are_read_as_numbers_whatever_their_decimals() {
    let bytes = workbook(&[("Balance", BALANCE)]);
    let balance = read_accounts(&bytes, "b.xlsx", (None, None), None).unwrap();
    let amounts: Vec<f64> = balance.rows.iter().map(|r| r.credit_balance).collect();
    // 1.125 is not « 1 125 »: a number of the sheet never goes through the reading of points.
    assert_eq!(amounts, [-1_234.56, 2.5, 1.13]);
    assert_eq!(balance.rows[0].account, "606");
}

#[test]
fn the_first_sheet_holding_a_balance_is_read_and_the_others_said() {
    let notes: &[&[Cell]] = &[
        &[Text("Notes de l'expert-comptable")],
        &[Text("Rien à signaler")],
    ];
    let bytes = workbook(&[
        ("Notes", notes),
        ("Balance", BALANCE),
        ("Balance N-1", BALANCE),
    ]);
    let balance = read_accounts(&bytes, "b.xlsx", (None, None), None).unwrap();
    let said = balance.detection.workbook.unwrap();
    assert!(said.contains("feuille « Balance »"), "{said}");
    assert!(said.contains("« Balance N-1 » aussi"), "{said}");

    let named = read_accounts(&bytes, "b.xlsx", (None, None), Some("balance n-1")).unwrap();
    assert!(
        named
            .detection
            .workbook
            .unwrap()
            .contains("feuille « Balance N-1 »")
    );
    let err = read_accounts(&bytes, "b.xlsx", (None, None), Some("Bilan"))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("pas de feuille « Bilan »") && err.contains("« Notes », « Balance »"),
        "{err}"
    );
}

#[test]
fn bad_workbooks_are_refused_in_french_naming_the_file_and_sheet() {
    let refused = |bytes: &[u8], name: &str| {
        read_accounts(bytes, name, (None, None), None)
            .unwrap_err()
            .to_string()
    };

    let err = refused(b"Compte;Libelle;Solde\n706;Ventes;100\n", "balance.xlsx");
    assert!(
        err.contains("« balance.xlsx » n'est pas un classeur"),
        "{err}"
    );
    let err = refused(b"", "balance.xlsx");
    assert!(err.contains("« balance.xlsx » est vide"), "{err}");
    let mut zip = fixture("centre-utf8-point-virgule.xlsx");
    zip.truncate(zip.len() / 2);
    let err = refused(&zip, "coupé.xlsx");
    assert!(
        err.contains("« coupé.xlsx » est une archive zip mais pas un classeur lisible"),
        "{err}"
    );
    let mut ole = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    ole.extend([0u8; 600]);
    let err = refused(&ole, "ancien.xls");
    assert!(
        err.contains("« ancien.xls » est un classeur Excel 97-2003 (.xls) illisible"),
        "{err}"
    );

    let text: &[&[Cell]] = &[
        &[Text("Balance"), Text("au"), Text("31/12")],
        &[Text("à"), Text("venir"), Text("!")],
    ];
    let err = refused(&workbook(&[("Feuil1", text)]), "texte.xlsx");
    assert!(err.contains("« texte.xlsx », feuille « Feuil1 »"), "{err}");
    // A million rows: refused from what the sheet declares, before its cells are read.
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "Compte").unwrap();
    sheet.write_number(999_999, 2, 1.0).unwrap();
    let err = refused(&book.save_to_buffer().unwrap(), "million.xlsx");
    assert!(
        err.starts_with("« million.xlsx », feuille « Sheet1 » a 1")
            && err.contains("lignes : c'est plus qu'une balance"),
        "{err}"
    );
    let empty = refused(&workbook(&[("Vide", &[])]), "vide.xlsx");
    assert!(
        empty.contains("« vide.xlsx », feuille « Vide » est vide"),
        "{empty}"
    );
}

#[test]
fn a_cell_far_beyond_a_balance_is_refused_in_french_before_any_grid_is_built() {
    // A few kilobytes with text in A1 and in XFD200000: building the sheet's grid would ask
    // for 200 000 × 16 384 cells (~100 GB) and abort the app.
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Balance").unwrap();
    sheet.write_string(0, 0, "Compte").unwrap();
    sheet.write_string(199_999, 16_383, "loin").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    assert!(bytes.len() < 20_000);
    let err = read_accounts(&bytes, "loin.xlsx", (None, None), None)
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("« loin.xlsx », feuille « Balance », ligne 200\u{a0}000, colonne XFD : une cellule au-delà de 300\u{a0}000 lignes et 64 colonnes"),
        "{err}"
    );
}

#[test]
fn a_formula_never_calculated_is_refused_not_read_as_empty() {
    // The LibreOffice workbook with the subsidy's cell turned into a formula whose value was
    // never calculated (as a program writes it): its 300 000 € would be read as nothing.
    let err = accounts("formule-sans-valeur.xlsx").unwrap_err();
    assert!(
        err.contains("« formule-sans-valeur.xlsx », feuille « centre », ligne 12, colonne C : la formule « =-150000*2 » n'a pas de valeur calculée"),
        "{err}"
    );
    // Calculated (the value the spreadsheet saved): read.
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (c, title) in ["Compte", "Libellé", "Solde"].iter().enumerate() {
        sheet.write_string(0, c as u16, *title).unwrap();
    }
    sheet.write_string(1, 0, "740").unwrap();
    sheet.write_string(1, 1, "Subvention").unwrap();
    sheet
        .write_formula(
            1,
            2,
            rust_xlsxwriter::Formula::new("=1000*2").set_result("2000"),
        )
        .unwrap();
    let b = read_accounts(
        &book.save_to_buffer().unwrap(),
        "f.xlsx",
        (None, None),
        None,
    )
    .unwrap();
    assert_eq!(b.rows[0].credit_balance, 2_000.0);
}

#[test]
fn a_formula_calculated_to_blank_text_is_read_as_an_empty_amount() {
    // =SI(C2=0;"";C2) saved by the spreadsheet with its value, blank text: calculated (the
    // writer used here writes no empty value, so the text is a space).
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (c, title) in ["Compte", "Libellé", "Débit", "Crédit"].iter().enumerate() {
        sheet.write_string(0, c as u16, *title).unwrap();
    }
    sheet.write_string(1, 0, "740").unwrap();
    sheet.write_string(1, 1, "Subvention").unwrap();
    sheet
        .write_formula(
            1,
            2,
            rust_xlsxwriter::Formula::new("=IF(0=0,\"\",0)").set_result(" "),
        )
        .unwrap();
    sheet.write_number(1, 3, 2_000.0).unwrap();
    let b = read_accounts(
        &book.save_to_buffer().unwrap(),
        "vide.xlsx",
        (None, None),
        None,
    )
    .unwrap();
    assert_eq!(b.rows[0].credit_balance, 2_000.0);
}

#[test]
fn the_command_imports_a_workbook_and_says_its_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("club.ron");
    fs::copy(repo_path("saves/club-randonnee.ron"), &case).unwrap();
    let original = fs::read(&case).unwrap();
    let xlsx = repo_path("tests/fixtures/balances/centre-utf8-point-virgule.xlsx");
    let import = |extra: &[&str]| {
        let mut args = vec![
            "import-balance",
            xlsx.to_str().unwrap(),
            "--into",
            case.to_str().unwrap(),
            "--snapshot",
            "2025 réalisé",
            "--dry-run",
        ];
        args.extend(extra);
        run(&args)
    };
    let out = import(&[]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("Balance lue : classeur Excel (.xlsx), feuille « centre »"),
        "{stdout}"
    );
    let out = import(&["--sheet", "Bilan"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("n'a pas de feuille « Bilan » ; ses feuilles : « centre »"),
        "{stderr}"
    );

    let csv = repo_path("tests/fixtures/balances/centre-utf8-point-virgule.csv");
    let out = run(&[
        "import-balance",
        csv.to_str().unwrap(),
        "--into",
        case.to_str().unwrap(),
        "--snapshot",
        "2025 réalisé",
        "--sheet",
        "Balance",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("--sheet ne vaut que pour un classeur")
    );
    assert_eq!(fs::read(&case).unwrap(), original);
}

#[test]
fn the_window_reviews_a_dropped_workbook() {
    use atelier_mse::app::{App, AppPaths, Document, View};
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    let doc = Document::open(&repo_path("saves/club-randonnee.ron")).unwrap();
    let app = App::new(doc, AppPaths::in_dir(dir.path()));
    let mut h = egui_kittest::Harness::builder()
        .with_size([1280.0, 800.0])
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    // Dropped as a consultant drops it from the file manager, whatever its extension's case.
    let dropped = dir.path().join("Balance 2024.ODS");
    fs::copy(
        repo_path("tests/fixtures/balances/centre-utf8-point-virgule.ods"),
        &dropped,
    )
    .unwrap();
    h.state_mut().drop_path(&dropped);
    h.run();
    assert_eq!(h.state().view, View::Import);
    h.get_by_label_contains("classeur OpenDocument (.ods), feuille « centre »");
}

/// The file dialog of « Importer une balance… » and a drop on the window take the same files
/// of accounts: the CSV balance, the FEC and every workbook the import reads.
#[test]
fn every_workbook_the_import_reads_can_be_picked_and_dropped() {
    for name in [
        "b.csv", "FEC.txt", "b.xlsx", "b.XLSM", "b.xlsb", "b.xls", "b.ods",
    ] {
        assert!(
            atelier_mse::import::named_like_accounts(name),
            "{name} is not taken as accounts"
        );
    }
    for name in ["b.ron", "b.pdf", "xlsx", "b.xlsx.png"] {
        assert!(!atelier_mse::import::named_like_accounts(name), "{name}");
    }
}

proptest::proptest! {
    /// Whatever the bytes of a file named like a workbook, reading it gives a balance or a
    /// French error, never a panic.
    #[test]
    fn any_bytes_named_xlsx_are_read_without_panic(
        bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2_000),
        start in 0usize..3,
    ) {
        let magic: &[u8] = match start {
            0 => b"",
            1 => b"PK\x03\x04",
            _ => b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
        };
        let bytes = [magic, &bytes].concat();
        if let Err(err) = read_accounts(&bytes, "x.xlsx", (None, None), None) {
            let err = err.to_string();
            proptest::prop_assert!(err.contains("« x.xlsx »"), "{}", err);
        }
    }

    /// A real workbook cut short or with a byte changed: read or refused, never a panic.
    #[test]
    fn a_damaged_workbook_is_read_or_refused(at in 0usize..5_681, byte in proptest::prelude::any::<u8>(), cut in proptest::prelude::any::<bool>()) {
        let mut bytes = fixture("centre-utf8-point-virgule.xlsx");
        let at = at % bytes.len();
        if cut {
            bytes.truncate(at);
        } else {
            bytes[at] = byte;
        }
        if let Err(err) = read_accounts(&bytes, "x.xlsx", (None, None), None) {
            let err = err.to_string();
            proptest::prop_assert!(err.contains("« x.xlsx »"), "{}", err);
        }
    }
}

#[test]
fn the_window_asks_which_sheet_when_several_hold_a_balance() {
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    let other: &[&[Cell]] = &[
        &[
            Text("Compte"),
            Text("Libellé"),
            Text("Débit"),
            Text("Crédit"),
        ],
        &[
            Number(756.0),
            Text("Cotisations"),
            Number(0.0),
            Number(900.0),
        ],
    ];
    let path = dir.path().join("balances.xlsx");
    fs::write(
        &path,
        workbook(&[("Balance", BALANCE), ("Balance N-1", other)]),
    )
    .unwrap();
    let mut h = crate::common::sample_window("club-randonnee.ron", dir.path());
    h.state_mut().start_import(&path);
    h.run();
    let accounts = |h: &egui_kittest::Harness<'static, atelier_mse::app::App>| {
        let review = &h.state().workspaces.import.as_ref().unwrap().review;
        review
            .balance
            .rows
            .iter()
            .map(|r| r.account.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(accounts(&h), ["606", "706", "7541"]);
    h.get_by_label_contains("Plusieurs feuilles du classeur tiennent une balance");
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "feuille à importer")
        .click();
    h.run();
    h.get_by_label("Balance N-1").click();
    h.run();
    h.run();
    assert_eq!(accounts(&h), ["756"]);
    // Still asked: the consultant can go back.
    h.get_by_label_contains("Plusieurs feuilles du classeur tiennent une balance");
}
