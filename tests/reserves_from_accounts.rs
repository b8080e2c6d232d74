//! The snapshot's « réserves » from the balance sheet: proposed under the convention the
//! mapping data writes (fonds propres, comptes 10 à 12), said in the review, taken only when the
//! consultant says so (`--reserves-from-accounts`, the review's tick) — else what was typed stays.

use crate::common::{repo_path, run};
use atelier_mse::import::{Mapping, Plan, read};

fn centre() -> std::path::PathBuf {
    repo_path("tests/fixtures/balances/centre-utf8-point-virgule.csv")
}

#[test]
fn the_fonds_propres_are_proposed_under_the_mapping_s_convention() {
    let bytes = std::fs::read(centre()).unwrap();
    let plan = Plan::new(&read(&bytes, "c.csv").unwrap(), Mapping::builtin(), &[]);
    let reserves = plan.reserves.unwrap();
    // 1020 Fonds associatifs: 80 000 € credit; nothing else in 10–12.
    assert_eq!(reserves.amount, 80_000.0);
    assert_eq!(reserves.accounts, 1);
    assert_eq!(reserves.convention, "fonds propres (comptes 10, 11 et 12)");
    assert!(!plan.take_reserves, "never taken unasked");
}

#[test]
fn the_command_takes_the_reserves_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("club.ron");
    std::fs::copy(repo_path("saves/club-randonnee.ron"), &case).unwrap();
    let (balance, into) = (centre(), case.clone());
    let import = |snapshot: &str, extra: &[&str]| {
        let mut args = vec![
            "import-balance",
            balance.to_str().unwrap(),
            "--into",
            into.to_str().unwrap(),
            "--snapshot",
            snapshot,
            "--accept-proposals",
        ];
        args.extend(extra);
        let out = run(&args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let said = import("2031 réalisé", &[]);
    assert!(
        said.contains("Réserves d'après les comptes, fonds propres (comptes 10, 11 et 12) : 80"),
        "{said}"
    );
    assert!(
        said.contains("proposées (--reserves-from-accounts"),
        "{said}"
    );
    let said = import("2032 réalisé", &["--reserves-from-accounts"]);
    assert!(said.contains("reprises dans l'instantané"), "{said}");
    let saved = atelier_mse::storage::load(&case).unwrap();
    assert_eq!(saved.snapshot("2031 réalisé").unwrap().reserves, None);
    assert_eq!(
        saved.snapshot("2032 réalisé").unwrap().reserves,
        Some(80_000.0)
    );
}

#[test]
fn the_review_takes_the_reserves_when_ticked() {
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    let mut h = crate::common::sample_window("club-randonnee.ron", dir.path());
    h.state_mut().start_import(&centre());
    h.run();
    h.get_by_label_contains("Reprendre les réserves des comptes")
        .click();
    h.run();
    {
        let review = &mut h.state_mut().workspaces.import.as_mut().unwrap().review;
        assert!(review.plan.take_reserves);
        review.plan.accept_proposals();
        review.label = "2031 réalisé".to_owned();
        review.year = 2031;
    }
    assert!(h.state_mut().finish_import());
    let case = h.state().document.case();
    assert_eq!(
        case.snapshot("2031 réalisé").unwrap().reserves,
        Some(80_000.0)
    );
}

fn fec(name: &str) -> Vec<u8> {
    std::fs::read(repo_path(&format!("tests/fixtures/fec/{name}"))).unwrap()
}

#[test]
fn a_fec_s_reserves_are_its_opening_balances_plus_the_year_s_movements() {
    // The « à nouveaux » bring 4 000 € to 110 Report à nouveau; the year moves 500 € of it to
    // 106 Réserves; the closing entry into 120 is set aside. The fonds propres: 4 000 €, not
    // the year's movements alone (0 €).
    let b = atelier_mse::import::read_accounts(
        &fec("cloture-par-les-comptes.txt"),
        "cloture.txt",
        (None, None),
        None,
    )
    .unwrap();
    let reserves = Plan::new(&b, Mapping::builtin(), &[]).reserves.unwrap();
    assert_eq!(reserves.amount, 4_000.0);
    assert_eq!(reserves.accounts, 2);
}

#[test]
fn a_fec_of_several_years_without_opening_entries_proposes_no_reserves_and_says_why() {
    let b = atelier_mse::import::read_accounts(
        &fec("deux-exercices.txt"),
        "deux.txt",
        (Some(2025), None),
        None,
    )
    .unwrap();
    assert_eq!(Plan::new(&b, Mapping::builtin(), &[]).reserves, None);
    let skipped = b.detection.skipped.join("\n");
    assert!(
        skipped.contains("pas de réserves proposées : le fichier couvre plusieurs années sans écriture d'« à nouveaux » en 2025"),
        "{skipped}"
    );
}
