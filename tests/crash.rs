//! Saving is atomic: a process killed (SIGKILL) at any moment while saving leaves on disk either
//! the complete old version or the complete new one, never a mix or a truncated file.
//! The suite kills 30 times; `ATELIER_KILL_ITERATIONS=200 cargo test --test crash` runs the full
//! proof.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)] // test code may panic

mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use atelier_mse::model::{Case, KindId, ResourceLine};
use atelier_mse::storage;
use common::repo_path;

const CHILD_ENV: &str = "ATELIER_CRASH_CHILD_DIR";

/// A large version of the club's case, told apart by its name.
fn version(name: &str) -> Case {
    let mut case = storage::load(&repo_path("saves/club-randonnee.ron")).unwrap();
    case.organisation.name = name.to_owned();
    for snapshot in &mut case.snapshots {
        for i in 0..3_000 {
            let mut line = ResourceLine::new(100 + i, KindId::new("dons").unwrap());
            line.label = format!("Don {i} de la version {name}");
            line.counterparty = format!("Donateur {i}");
            line.amount = Some(f64::from(i));
            snapshot.lines.push(line);
        }
    }
    case
}

/// Not a check: the child process of `killed_saves_leave_the_old_or_the_new_file`. Run by the
/// suite itself it returns at once.
#[test]
fn child_process_saving_in_a_loop() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let path = Path::new(&dir).join("cas.ron");
    let versions = [version("A"), version("B")];
    for n in 0.. {
        storage::save(&versions[n % 2], &path).expect("save");
    }
}

#[test]
fn killed_saves_leave_the_old_or_the_new_file() {
    let iterations: u64 = std::env::var("ATELIER_KILL_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(30);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cas.ron");
    let (a, b) = (version("A"), version("B"));
    storage::save(&a, &path).unwrap();
    let mut seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    let mut seen = std::collections::HashSet::new();
    for _ in 0..iterations {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "child_process_saving_in_a_loop",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, dir.path())
            .spawn()
            .unwrap();
        // xorshift: a kill moment between 20 and 400 ms, inside some save.
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        std::thread::sleep(Duration::from_millis(20 + seed % 380));
        child.kill().unwrap();
        child.wait().unwrap();
        let case =
            storage::load(&path).unwrap_or_else(|e| panic!("after a kill the file must load: {e}"));
        assert!(case == a || case == b, "the file is one whole version");
        seen.insert(case.organisation.name.clone());
    }
    eprintln!("versions seen after the kills: {seen:?}");
    assert!(!seen.is_empty());
    // The temporary files of the killed saves go with the next save (or open).
    storage::save(&b, &path).unwrap();
    let left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains(".tmp-"))
        .collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
}
