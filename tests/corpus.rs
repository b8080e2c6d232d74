//! Replays the corpus of tricky case files (`fuzz/corpus/load/`, made by
//! `scripts/make-corpus.py`, grown by the fuzzer): every file gives a valid case or a French
//! error naming the file, quickly, and never a panic.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

use crate::common::repo_path;
use atelier_mse::storage;

/// Files of the corpus that are valid case files; every other one must be refused.
fn should_load(name: &str) -> bool {
    name.starts_with("valid-") || name == "bom.ron" || name == "crlf.ron"
}

#[test]
fn every_corpus_file_gives_a_case_or_a_french_error() {
    let dir = repo_path("fuzz/corpus/load");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(
        files.len() > 200,
        "the corpus is there ({} files)",
        files.len()
    );
    let mut slowest = (Duration::ZERO, String::new());
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).unwrap();
        let start = Instant::now();
        let result = catch_unwind(AssertUnwindSafe(|| storage::parse(&bytes, &path)))
            .unwrap_or_else(|_| panic!("{name}: the loader panicked"));
        let elapsed = start.elapsed();
        if elapsed > slowest.0 {
            slowest = (elapsed, name.clone());
        }
        assert!(elapsed < Duration::from_secs(2), "{name}: {elapsed:?}");
        match result {
            Ok(case) => {
                assert!(should_load(&name), "{name} should have been refused");
                assert!(!case.snapshots.is_empty());
            }
            Err(err) => {
                assert!(!should_load(&name), "{name} should load: {err}");
                let message = err.to_string();
                assert!(message.contains(&name), "{name}: names the file: {message}");
                assert!(
                    message.contains('«') && !message.contains("Expected"),
                    "{name}: French: {message}"
                );
            }
        }
    }
    eprintln!("slowest file: {} in {:?}", slowest.1, slowest.0);
}
