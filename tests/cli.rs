//! The command line as scripts use it: `analyse` in French and in JSON, another typology file.

use std::fs;

use crate::common::{repo_path, run, samples};

#[test]
fn analyse_prints_a_french_summary() {
    let file = repo_path("saves/cpie-vallee-verte.ron");
    let out = run(&["analyse", file.to_str().unwrap()]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Position : entre M4 et M2 (confiance faible)"),
        "{text}"
    );
    assert!(text.contains("Budget valorisé"));
    assert!(text.contains("Précautions d'emploi"));
}

#[test]
fn analyse_json_matches_the_documented_schema() {
    for file in samples() {
        let out = run(&["analyse", file.to_str().unwrap(), "--json"]);
        assert!(out.status.success(), "{out:?}");
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
        assert_eq!(doc["schema_version"], 1);
        assert!(doc["organisation"].is_string());
        assert!(doc["snapshot"].is_string());
        assert_eq!(doc["typology"]["id"], "cpca-2014");
        for key in [
            "monetary_budget",
            "counted_monetary",
            "valued_contributions",
            "valued_budget",
            "valued_share",
            "human",
            "financial",
            "alliances",
            "salaried_etp",
            "volunteer_hours",
            "partners",
        ] {
            assert!(
                doc["totals"][key].is_number(),
                "totals.{key} in {}",
                file.display()
            );
        }
        for group in ["C", "RAp", "RAm", "RAr", "S", "D", "M", "N", "O"] {
            assert!(doc["shares"][group].is_number(), "shares.{group}");
        }
        for pole in ["subsidies", "private", "activity"] {
            assert!(doc["ternary"][pole].is_number());
        }
        let weights = doc["weights"].as_array().unwrap();
        assert_eq!(weights.len(), 7);
        assert!(
            weights
                .iter()
                .all(|w| w["model"].is_string() && w["weight"].is_number())
        );
        let c = &doc["classification"];
        assert!(
            [
                "dominant",
                "small_structure",
                "cofinancing",
                "hybrid",
                "no_monetary"
            ]
            .contains(&c["rule"].as_str().unwrap())
        );
        assert!(c["label"].is_string() && c["model"].is_string());
        assert!(["forte", "moyenne", "faible"].contains(&c["confidence"].as_str().unwrap()));
        assert!(!c["explanation"].as_array().unwrap().is_empty());
        for q in doc["qualifiers"].as_array().unwrap() {
            assert!(q["id"].is_string() && q["label"].is_string() && q["detail"].is_string());
        }
        assert!(doc["warnings"].is_array());
        assert_eq!(doc["barycentre"].as_array().unwrap().len(), 2);
    }
}

#[test]
fn analyse_names_the_snapshots_when_one_is_missing() {
    let file = repo_path("saves/club-randonnee.ron");
    let out = run(&["analyse", file.to_str().unwrap(), "--snapshot", "2030"]);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("aucun instantané « 2030 »") && err.contains("cible 2027"),
        "{err}"
    );
}

#[test]
fn another_typology_file_changes_the_thresholds() {
    let dir = tempfile::tempdir().unwrap();
    let text = fs::read_to_string(repo_path("assets/typologies/cpca-2014.ron")).unwrap();
    let calibrated = text
        .replace("id: \"cpca-2014\"", "id: \"calibree\"")
        .replace("dominant: 0.5", "dominant: 0.4");
    let path = dir.path().join("calibree.ron");
    fs::write(&path, calibrated).unwrap();
    let file = repo_path("saves/cpie-vallee-verte.ron");
    let out = run(&[
        "analyse",
        file.to_str().unwrap(),
        "--json",
        "--typology",
        path.to_str().unwrap(),
    ]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["typology"]["id"], "calibree");
    assert_eq!(doc["classification"]["label"], "M4 — Subventions publiques");

    fs::write(&path, text.replace("sigma: 0.4", "sigma: -1.0")).unwrap();
    let out = run(&[
        "analyse",
        file.to_str().unwrap(),
        "--typology",
        path.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8(out.stderr).unwrap().contains("σ"));
}

#[test]
fn exit_codes_follow_the_readme_table() {
    let dir = tempfile::tempdir().unwrap();
    let good = repo_path("saves/club-randonnee.ron");
    let good = good.to_str().unwrap();
    let broken = dir.path().join("abime.ron");
    fs::write(&broken, "(format_version: 2, snapshots: [").unwrap();
    let broken = broken.to_str().unwrap();
    let code = |args: &[&str]| run(args).status.code();
    // 0: done.
    assert_eq!(code(&["check", good]), Some(0));
    assert_eq!(code(&["analyse", good]), Some(0));
    // 1: an input that cannot be used, whatever the command.
    assert_eq!(code(&["check", broken]), Some(1));
    assert_eq!(code(&["analyse", broken]), Some(1));
    assert_eq!(code(&["diff", good, broken]), Some(1));
    assert_eq!(code(&["portfolio", "/nonexistent/dossiers"]), Some(1));
    let nowhere = dir.path().join("absent").join("x.pdf");
    assert_eq!(
        code(&["export", good, "--pdf", nowhere.to_str().unwrap()]),
        Some(1)
    );
    // 2: the command line is wrong.
    assert_eq!(code(&["analyse", good, "--snapshot", "2030"]), Some(2));
    assert_eq!(code(&["export", good]), Some(2), "nothing to export");
    assert_eq!(code(&["analyse"]), Some(2), "missing argument");
    assert_eq!(code(&["check", "--no-such-option", good]), Some(2));
}
