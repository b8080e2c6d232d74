//! Saving is atomic: a process killed (SIGKILL) at any moment while saving leaves on disk either
//! the complete old version or the complete new one, never a mix or a truncated file.
//! The suite kills 30 times; `ATELIER_KILL_ITERATIONS=200 cargo test --test tests crash::` runs the full
//! proof.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::common::repo_path;
use atelier_mse::model::{Case, KindId, ResourceLine};
use atelier_mse::storage;

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

/// Saves two versions in turn until killed: what the child process does, with the storage's
/// save as the command line calls it, or with the window's (`App::save`: lock, check, write).
fn save_in_a_loop(dir: &std::ffi::OsStr, window: bool) -> ! {
    let path = Path::new(dir).join("cas.ron");
    let versions = [version("A"), version("B")];
    let mut app = window.then(|| {
        let doc = atelier_mse::app::Document::open(&path).expect("open");
        atelier_mse::app::App::new(doc, atelier_mse::app::AppPaths::in_dir(Path::new(dir)))
    });
    for n in 0.. {
        let version = &versions[n % 2];
        match &mut app {
            Some(app) => {
                *app.document.case_mut() = version.clone();
                assert!(app.save(), "the window's save");
            }
            None => storage::save(version, &path).expect("save"),
        }
    }
    unreachable!("the loop ends when the process is killed")
}

/// Runs the test `name` again as a child that saves in a loop (with `CHILD_ENV` naming the
/// folder), kills it at random moments, and checks the file after each kill.
fn kill_while_saving(name: &str) {
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
            .args([name, "--exact", "--nocapture", "--test-threads=1"])
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
    // The temporary files of the killed saves go with the next save (or open), and a lock
    // left by a killed window is taken again and removed.
    storage::save(&b, &path).unwrap();
    drop(storage::lock_case(&path, storage::LOCK_WAIT).unwrap());
    let left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains(".tmp-") || name.ends_with(".verrou"))
        .collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
}

/// The command line's save (`storage::save`), killed at random moments.
#[test]
fn killed_saves_leave_the_old_or_the_new_file() {
    if let Some(dir) = std::env::var_os(CHILD_ENV) {
        save_in_a_loop(&dir, false);
    }
    kill_while_saving("crash::killed_saves_leave_the_old_or_the_new_file");
}

/// The window's save (`App::save`, with its lock and its check of the disk), killed the same way.
#[test]
fn killed_window_saves_leave_the_old_or_the_new_file() {
    if let Some(dir) = std::env::var_os(CHILD_ENV) {
        save_in_a_loop(&dir, true);
    }
    kill_while_saving("crash::killed_window_saves_leave_the_old_or_the_new_file");
}
