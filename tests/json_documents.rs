//! The JSON documents of the command line (`analyse --json`, `simulate --json`, `diff --json`)
//! held byte for byte to the outputs committed in `tests/fixtures/json/`: what scripts read never
//! moves with the code that shapes it. Regenerate with `UPDATE_GOLDEN=1` only when a document is
//! meant to change (and say so in docs/analyse-json.md or docs/simulate-json.md).
//!
//! The inputs are the sample cases of `saves/` and two committed cases: `club-deux-tours.ron`
//! (the club with two rounds of the autodiagnostic) and `cpie-relu.ron` (the CPIE reviewed: a
//! field, a rate, lines changed, added and removed, a snapshot removed, one without money added).

use std::collections::BTreeSet;
use std::fs;
use std::process::Output;

use crate::common::repo_path;

const SCENARIO: &str = "Sans la CPO régionale, avec un club de mécènes";

/// Each document: its fixture's name and the command line that prints it, with paths relative
/// to the repository (the diff names its two files).
const DOCUMENTS: &[(&str, &[&str])] = &[
    (
        "analyse-club-randonnee.json",
        &["analyse", "saves/club-randonnee.ron", "--json"],
    ),
    (
        "analyse-cpie-vallee-verte.json",
        &["analyse", "saves/cpie-vallee-verte.ron", "--json"],
    ),
    (
        "analyse-operateur-solidarites.json",
        &["analyse", "saves/operateur-solidarites.ron", "--json"],
    ),
    (
        "analyse-recherche-telethon.json",
        &["analyse", "saves/recherche-telethon.ron", "--json"],
    ),
    (
        "analyse-club-randonnee-cible.json",
        &[
            "analyse",
            "saves/club-randonnee.ron",
            "--snapshot",
            "cible 2027",
            "--json",
        ],
    ),
    (
        "analyse-club-randonnee-reference.json",
        &[
            "analyse",
            "saves/club-randonnee.ron",
            "--reference",
            "paysage-associatif-2019",
            "--json",
        ],
    ),
    (
        "analyse-cpie-vallee-verte-reference.json",
        &[
            "analyse",
            "saves/cpie-vallee-verte.ron",
            "--reference",
            "paysage-associatif-2019",
            "--json",
        ],
    ),
    (
        "analyse-operateur-solidarites-reference.json",
        &[
            "analyse",
            "saves/operateur-solidarites.ron",
            "--reference",
            "paysage-associatif-2019",
            "--json",
        ],
    ),
    (
        "analyse-recherche-telethon-reference.json",
        &[
            "analyse",
            "saves/recherche-telethon.ron",
            "--reference",
            "paysage-associatif-2019",
            "--json",
        ],
    ),
    (
        "analyse-club-deux-tours.json",
        &[
            "analyse",
            "tests/fixtures/json/club-deux-tours.ron",
            "--json",
        ],
    ),
    (
        "analyse-club-deux-tours-reference.json",
        &[
            "analyse",
            "tests/fixtures/json/club-deux-tours.ron",
            "--reference",
            "paysage-associatif-2019",
            "--json",
        ],
    ),
    (
        "analyse-sans-argent-reference.json",
        &[
            "analyse",
            "tests/fixtures/json/cpie-relu.ron",
            "--snapshot",
            "2026 sans argent",
            "--reference",
            "paysage-associatif-2019",
            "--json",
        ],
    ),
    (
        "simulate-cpie-scenario.json",
        &[
            "simulate",
            "saves/cpie-vallee-verte.ron",
            "--scenario",
            SCENARIO,
            "--json",
        ],
    ),
    (
        "simulate-cpie-tout.json",
        &[
            "simulate",
            "saves/cpie-vallee-verte.ron",
            "--change",
            "S=-10%",
            "--lose-funder",
            "Région",
            "--stress",
            "--to",
            "M4",
            "--strong",
            "--json",
        ],
    ),
    (
        "simulate-cpie-relu-stress.json",
        &[
            "simulate",
            "tests/fixtures/json/cpie-relu.ron",
            "--snapshot",
            "2025 réalisé",
            "--stress",
            "--to",
            "M5",
            "--strong",
            "--json",
        ],
    ),
    (
        "simulate-club-randonnee.json",
        &[
            "simulate",
            "saves/club-randonnee.ron",
            "--stress",
            "--to",
            "M2",
            "--json",
        ],
    ),
    (
        "simulate-operateur-solidarites.json",
        &[
            "simulate",
            "saves/operateur-solidarites.ron",
            "--change",
            "dons=à160000",
            "--change",
            "RAp=+5%",
            "--to",
            "M6",
            "--json",
        ],
    ),
    (
        "simulate-recherche-telethon.json",
        &[
            "simulate",
            "saves/recherche-telethon.ron",
            "--stress",
            "--to",
            "M1",
            "--strong",
            "--json",
        ],
    ),
    (
        "simulate-sans-argent.json",
        &[
            "simulate",
            "tests/fixtures/json/cpie-relu.ron",
            "--snapshot",
            "2026 sans argent",
            "--stress",
            "--to",
            "M1",
            "--json",
        ],
    ),
    (
        "diff-cpie-relu.json",
        &[
            "diff",
            "saves/cpie-vallee-verte.ron",
            "tests/fixtures/json/cpie-relu.ron",
            "--json",
        ],
    ),
    (
        "diff-cpie-relu-inverse.json",
        &[
            "diff",
            "tests/fixtures/json/cpie-relu.ron",
            "saves/cpie-vallee-verte.ron",
            "--json",
        ],
    ),
    (
        "diff-club-operateur.json",
        &[
            "diff",
            "saves/club-randonnee.ron",
            "saves/operateur-solidarites.ron",
            "--json",
        ],
    ),
    (
        "diff-club-inchange.json",
        &[
            "diff",
            "saves/club-randonnee.ron",
            "saves/club-randonnee.ron",
            "--json",
        ],
    ),
];

/// The binary run from the repository, so that the relative paths (and the names a diff quotes)
/// are the same on every machine.
fn run_here(args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_atelier-mse"))
        .args(args)
        .current_dir(repo_path(""))
        .output()
        .expect("binary runs")
}

#[test]
fn every_json_document_is_byte_identical_to_its_fixture() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    for (name, args) in DOCUMENTS {
        let out = run_here(args);
        assert!(out.status.success(), "{args:?}: {out:?}");
        assert!(out.stderr.is_empty(), "{args:?}: {out:?}");
        let fixture = repo_path(&format!("tests/fixtures/json/{name}"));
        if update {
            fs::write(&fixture, &out.stdout).unwrap();
        }
        let expected = fs::read(&fixture).unwrap();
        assert!(
            out.stdout == expected,
            "{args:?} no longer prints {name}:\n{}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
}

/// Every key of a JSON value, at any depth.
fn keys(json: &serde_json::Value, into: &mut BTreeSet<String>) {
    match json {
        serde_json::Value::Object(map) => {
            for (key, value) in map {
                into.insert(key.clone());
                keys(value, into);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| keys(v, into)),
        _ => {}
    }
}

/// The names a schema page writes in backticks: anywhere on the page, and in the first column
/// of its table (the fields it describes).
fn documented(page: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let names = |text: &str| -> Vec<String> {
        text.split('`')
            .skip(1)
            .step_by(2)
            .flat_map(|code| code.split(|c: char| !(c.is_alphanumeric() || c == '_')))
            .filter(|word| !word.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let text = fs::read_to_string(repo_path(page)).unwrap();
    let anywhere = names(&text).into_iter().collect();
    let described = text
        .lines()
        .filter(|line| line.starts_with("| `"))
        .flat_map(|line| names(line.split('|').nth(1).unwrap()))
        .collect();
    (anywhere, described)
}

/// The keys of every fixture whose name starts with `prefix`.
fn printed(prefix: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (name, _) in DOCUMENTS.iter().filter(|(n, _)| n.starts_with(prefix)) {
        let text = fs::read(repo_path(&format!("tests/fixtures/json/{name}"))).unwrap();
        keys(&serde_json::from_slice(&text).unwrap(), &mut found);
    }
    found
}

#[test]
fn the_documents_print_the_fields_their_schema_pages_list_and_no_other() {
    for (prefix, page) in [
        ("analyse-", "docs/analyse-json.md"),
        ("simulate-", "docs/simulate-json.md"),
    ] {
        let printed = printed(prefix);
        let (anywhere, described) = documented(page);
        let unsaid: Vec<_> = printed.difference(&anywhere).collect();
        assert!(unsaid.is_empty(), "{page} does not say what {unsaid:?} are");
        let missing: Vec<_> = described.difference(&printed).collect();
        assert!(
            missing.is_empty(),
            "{page} lists {missing:?}, never printed"
        );
    }
}
