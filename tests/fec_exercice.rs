//! A FEC's exercice and the entries it sets aside, read from its structure: a September–August
//! exercice imported whole, a file of another exercice than the snapshot's refused (command
//! line) or said (window), opening and closing entries told by their journal and accounts —
//! « Dons soirée de clôture du festival » and the journal « Nouveaux adhérents » stay income.

use crate::common::{repo_path, run};
use atelier_mse::import::{Balance, read_accounts};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(repo_path(&format!("tests/fixtures/fec/{name}"))).unwrap()
}

fn account(b: &Balance, number: &str) -> Option<f64> {
    b.rows
        .iter()
        .find(|r| r.account == number)
        .map(|r| r.credit_balance)
}

#[test]
fn a_september_to_august_exercice_is_imported_whole() {
    for hint in [None, Some(2024), Some(2025)] {
        let b = read_accounts(
            &fixture("exercice-septembre-aout.txt"),
            "sept.txt",
            (None, hint),
            None,
        )
        .unwrap();
        assert_eq!(account(&b, "756000"), Some(3_500.0), "{hint:?}");
        assert_eq!(account(&b, "740000"), Some(20_000.0));
        assert_eq!(account(&b, "512000"), Some(-23_450.0));
        assert_eq!(b.detection.year, Some(2025));
        assert!(
            b.detection
                .columns
                .ends_with("4 écritures, exercice du 15/09/2024 au 31/08/2025, importé pour 2025"),
            "{}",
            b.detection.columns
        );
        assert!(b.detection.skipped.is_empty(), "{:?}", b.detection.skipped);
    }
}

#[test]
fn either_year_of_a_september_to_august_exercice_imports_it_whole() {
    // --year 2024 names the exercice 2024-2025 as well as --year 2025.
    for year in [2024, 2025] {
        let b = read_accounts(
            &fixture("exercice-septembre-aout.txt"),
            "sept.txt",
            (Some(year), None),
            None,
        )
        .unwrap_or_else(|e| panic!("--year {year}: {e}"));
        assert_eq!(account(&b, "756000"), Some(3_500.0), "--year {year}");
        assert_eq!(account(&b, "740000"), Some(20_000.0), "--year {year}");
        assert_eq!(account(&b, "512000"), Some(-23_450.0), "--year {year}");
        assert_eq!(b.detection.year, Some(2025));
    }
}

#[test]
fn dates_more_than_a_year_apart_are_read_per_calendar_year_and_said() {
    // 01/01/2024 to 01/01/2025: 366 days, more than one exercice.
    let text = String::from_utf8(fixture("exercice-septembre-aout.txt"))
        .unwrap()
        .replace("20240915", "20240101")
        .replace("20250310", "20241110")
        .replace("20250831", "20250101");
    let b = read_accounts(text.as_bytes(), "long.txt", (Some(2024), None), None).unwrap();
    assert_eq!(b.detection.year, Some(2024));
    assert_eq!(account(&b, "756000"), Some(3_500.0));
    assert_eq!(account(&b, "740000"), Some(20_000.0));
    assert_eq!(account(&b, "627000"), None);
    let skipped = b.detection.skipped.join("\n");
    assert!(
        skipped.contains("attention : les écritures vont du 01/01/2024 au 01/01/2025, plus d'un an, alors qu'un FEC tient un exercice : elles sont lues par année civile et seule l'année 2024 est importée"),
        "{skipped}"
    );
}

#[test]
fn opening_and_closing_entries_are_told_by_journal_and_accounts_never_by_a_label() {
    let b = read_accounts(
        &fixture("cloture-par-les-comptes.txt"),
        "cloture.txt",
        (None, None),
        None,
    )
    .unwrap();
    // Income read whole: 2 700 of the « Nouveaux adhérents » journal, 10 500 of the « soirée
    // de clôture »; the closing entry that zeroes them into 120 set aside.
    assert_eq!(account(&b, "756000"), Some(2_700.0));
    assert_eq!(account(&b, "754100"), Some(10_500.0));
    assert_eq!(account(&b, "606000"), Some(-1_000.0));
    assert_eq!(account(&b, "120000"), None);
    // The bank: the year's receipts, not the 4 000 € brought forward.
    assert_eq!(account(&b, "512000"), Some(-13_200.0));
    // The allocation of last year's result touches 12x-free accounts: an entry of the year.
    assert_eq!(account(&b, "106800"), Some(500.0));
    assert!(
        b.detection
            .columns
            .contains("4 écritures, exercice 2025 (écritures du 01/01/2025 au 31/12/2025)"),
        "{}",
        b.detection.columns
    );
    let skipped = b.detection.skipped.join("\n");
    assert!(
        skipped.contains("1 écriture d'« à nouveaux » (journal d'ouverture) mise de côté"),
        "{skipped}"
    );
    assert!(
        skipped.contains("1 écriture de clôture (classes 6 et 7 soldées dans le résultat, compte 12) mise de côté"),
        "{skipped}"
    );
    // Listed per account with its amount (crédit − débit).
    assert!(
        skipped.contains("120000 Résultat de l'exercice (excédent) 12"),
        "{skipped}"
    );
    assert!(skipped.contains("754100 Dons manuels -10"), "{skipped}");
    assert!(skipped.contains("512000 Banque -4"), "{skipped}");
}

fn import(
    fec: &str,
    dir: &std::path::Path,
    extra: &[&str],
) -> (std::path::PathBuf, std::process::Output) {
    let case = dir.join("club.ron");
    std::fs::copy(repo_path("saves/club-randonnee.ron"), &case).unwrap();
    let fec = repo_path(&format!("tests/fixtures/fec/{fec}"));
    let mut args = vec![
        "import-balance",
        fec.to_str().unwrap(),
        "--into",
        case.to_str().unwrap(),
    ];
    args.extend(extra);
    (case.clone(), run(&args))
}

#[test]
fn the_command_refuses_a_fec_of_another_exercice_than_the_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let (case, out) = import(
        "petite-association.txt",
        dir.path(),
        &["--snapshot", "2026 réalisé"],
    );
    let original = std::fs::read(repo_path("saves/club-randonnee.ron")).unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(
            "tient l'exercice 2025 (écritures du 15/01/2025 au 02/07/2025), pas l'exercice 2026"
        ),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&case).unwrap(), original, "nothing written");
    // Said to be that exercice: imported.
    let (_, out) = import(
        "petite-association.txt",
        dir.path(),
        &["--snapshot", "2026 réalisé", "--year", "2025", "--dry-run"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // A September–August exercice, into the snapshot of the year it closes in.
    let (case, out) = import(
        "exercice-septembre-aout.txt",
        dir.path(),
        &[
            "--snapshot",
            "2025 réalisé",
            "--replace",
            "--accept-proposals",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let case = atelier_mse::storage::load(&case).unwrap();
    let snapshot = case.snapshot("2025 réalisé").unwrap();
    let amount = |kind: &str| -> f64 {
        snapshot
            .lines
            .iter()
            .filter(|l| l.kind.as_str() == kind)
            .filter_map(|l| l.amount)
            .sum()
    };
    assert_eq!(amount("subventions") + amount("cotisations"), 23_500.0);
}

#[test]
fn the_window_says_when_the_fec_is_not_the_snapshot_s_exercice() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = crate::common::sample_window("club-randonnee.ron", dir.path());
    // The club's first snapshot is « 2024 réalisé ».
    h.state_mut().selected = 0;
    h.state_mut()
        .start_import(&repo_path("tests/fixtures/fec/petite-association.txt"));
    h.run();
    let review = &h.state().workspaces.import.as_ref().unwrap().review;
    assert_eq!(review.label, "2025 réalisé");
    assert!(
        review.balance.detection.skipped.iter().any(|s| s.contains(
            "pas l'exercice 2024 de l'instantané affiché ; l'instantané à créer porte son année"
        )),
        "{:?}",
        review.balance.detection.skipped
    );
}
