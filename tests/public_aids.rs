//! Public aids to jobs are subsidies (DOMAIN): account 748 and the accounts whose label names
//! one (« aide à l'emploi », « FONJEP », « contrat aidé », « aide au poste ») are proposed as
//! subsidies, so that `--accept-proposals` finishes the import.

use crate::common::{repo_path, run};

#[test]
fn accepting_proposals_finishes_an_import_with_aids_to_jobs() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("club.ron");
    std::fs::copy(repo_path("saves/club-randonnee.ron"), &case).unwrap();
    let balance = dir.path().join("balance.csv");
    std::fs::write(
        &balance,
        "Compte;Libellé;Débit;Crédit\n606;Achats;1000,00;\n748;Aides à l'emploi;;6000,00\n7401;FONJEP;;7164,00\n7402;Contrat aidé (PEC);;4500,00\n756;Cotisations;;2000,00\n",
    )
    .unwrap();
    let out = run(&[
        "import-balance",
        balance.to_str().unwrap(),
        "--into",
        case.to_str().unwrap(),
        "--snapshot",
        "2025 réalisé",
        "--replace",
        "--accept-proposals",
    ]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for prefix in ["748", "7401", "7402"] {
        assert!(
            stdout.contains(&format!("Proposition acceptée : {prefix} → Subvention")),
            "{prefix}: {stdout}"
        );
    }
    let case = atelier_mse::storage::load(&case).unwrap();
    let subsidies: f64 = case
        .snapshot("2025 réalisé")
        .unwrap()
        .lines
        .iter()
        .filter(|l| l.kind.as_str() == "subventions")
        .filter_map(|l| l.amount)
        .sum();
    assert_eq!(subsidies, 17_664.0);
}
