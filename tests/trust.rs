//! Trust, second round: what an independent audit broke, each class of defect with the test
//! that proves it fixed (README, « Trust » table).

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::common::{club_import, repo_path, run};
use atelier_mse::model::{Case, Edit, KindId, ResourceLine, Snapshot};
use atelier_mse::storage::{self, AppPaths};

fn club_in(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("club.ron");
    fs::copy(repo_path("saves/club-randonnee.ron"), &path).unwrap();
    path
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

// ----- 2. Nothing is written that `check` would refuse -----------------------------------

#[test]
fn a_case_the_loader_would_refuse_is_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = club_in(dir.path());
    let before = fs::read(&path).unwrap();
    let mut case = storage::load(&path).unwrap();
    // A 101st snapshot.
    for i in 0..100 {
        case.snapshots.push(Snapshot {
            label: format!("projection {i}"),
            ..Snapshot::default()
        });
    }
    let err = storage::save(&case, &path).unwrap_err().to_string();
    assert!(
        err.contains("n'a pas été enregistré") && err.contains("instantanés"),
        "{err}"
    );
    assert_eq!(fs::read(&path).unwrap(), before, "file untouched");
    // A snapshot named with spaces only, a note over 100 000 characters, a duplicate line id.
    let mut case = storage::load(&path).unwrap();
    case.snapshots[0].label = "   ".to_owned();
    assert!(storage::save(&case, &path).is_err());
    let mut case = storage::load(&path).unwrap();
    case.snapshots[0].lines[0].note = "x".repeat(100_001);
    assert!(storage::save(&case, &path).is_err());
    let mut case = storage::load(&path).unwrap();
    let kind = KindId::new("dons").unwrap();
    let mut line = ResourceLine::new(u32::MAX, kind.clone());
    line.amount = Some(1.0);
    case.snapshots[0].lines.push(line);
    let id = case.next_line_id();
    case.snapshots[0].lines.push(ResourceLine::new(id, kind));
    assert!(storage::save(&case, &path).is_err(), "wrapped id {id}");
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn rewrite_refuses_a_case_that_would_grow_over_the_size_limit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gros.ron");
    // Short names in the file, long ones once written in the current format.
    let mut case = Case::new_blank(2025);
    let kind = KindId::new("dons").unwrap();
    for snapshot in 0..3 {
        let lines = (0..13_500u32)
            .map(|i| {
                let mut line = ResourceLine::new(snapshot * 20_000 + i + 1, kind.clone());
                line.amount = Some(f64::from(i) + 0.5);
                line.label = "Don".to_owned();
                line
            })
            .collect();
        case.snapshots.push(Snapshot {
            label: format!("{snapshot} réalisé"),
            lines,
            ..Snapshot::default()
        });
    }
    case.snapshots.remove(0);
    let text = storage::to_text(&case).unwrap();
    assert!(
        text.len() as u64 > storage::MAX_FILE_BYTES,
        "{}",
        text.len()
    );
    // Written compactly (as another tool might), it is under the limit and loads.
    let compact = text
        .lines()
        .filter(|l| !l.starts_with("//"))
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("");
    assert!((compact.len() as u64) < storage::MAX_FILE_BYTES);
    fs::write(&path, &compact).unwrap();
    assert!(storage::load(&path).is_ok());
    let out = run(&["rewrite", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("octets"), "{}", stderr(&out));
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        compact,
        "file untouched"
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

    /// Whatever edits are made, a save either refuses or writes a file that loads again.
    #[test]
    fn whatever_is_saved_loads_again(
        edits in proptest::collection::vec((0usize..7, 0u32..12, "[ a-zé\\n]{0,12}", 0.0f64..2e12), 1..30),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cas.ron");
        let mut case = storage::load(&repo_path("saves/club-randonnee.ron")).unwrap();
        for (what, line, text, amount) in edits {
            let snapshot = (line as usize) % case.snapshots.len().max(1);
            let edit = match what {
                0 => Edit::AddSnapshot { from: snapshot, as_target: line % 2 == 0 },
                1 => Edit::DeleteSnapshot(snapshot),
                2 => Edit::Snapshot { index: snapshot, field: atelier_mse::model::edits::SnapshotField::Label(text) },
                3 => Edit::Line { snapshot, line, field: atelier_mse::model::edits::LineField::Amount(Some(amount)) },
                4 => Edit::Line { snapshot, line, field: atelier_mse::model::edits::LineField::Label(text) },
                5 => Edit::DuplicateLine { snapshot, line },
                _ => Edit::DeleteLine { snapshot, line },
            };
            let _ = edit.apply(&mut case);
        }
        if storage::save(&case, &path).is_ok() {
            proptest::prop_assert!(storage::load(&path).is_ok());
        }
    }
}

// ----- 3. A report never replaces a case ---------------------------------------------------

#[test]
fn an_export_never_writes_over_its_case_or_another_case() {
    let dir = tempfile::tempdir().unwrap();
    let path = club_in(dir.path());
    let before = fs::read(&path).unwrap();
    let p = path.to_str().unwrap();
    for args in [
        vec!["export", p, "--pdf", p],
        vec!["export", p, "--png", p],
        vec!["anonymise", p, "--out", p],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains("fichier lu"), "{}", stderr(&out));
    }
    // Another case file: refused unless forced.
    let other = dir.path().join("autre.ron");
    fs::copy(repo_path("saves/cpie-vallee-verte.ron"), &other).unwrap();
    let o = other.to_str().unwrap();
    let out = run(&["export", p, "--pdf", o]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--force"), "{}", stderr(&out));
    assert!(storage::load(&other).is_ok(), "the other case untouched");
    assert!(run(&["export", p, "--pdf", o, "--force"]).status.success());
    assert_eq!(fs::read(&path).unwrap(), before);
}

// ----- 4. Two writers never lose an update -------------------------------------------------

#[test]
fn two_imports_at_once_lose_nothing_whatever_their_temporary_folders() {
    let dir = tempfile::tempdir().unwrap();
    let balance = repo_path("tests/fixtures/balances/club-latin1-virgule.csv");
    let balance = balance.to_str().unwrap();
    let mut lost = 0;
    for round in 0..50 {
        let path = dir.path().join(format!("club-{round}.ron"));
        fs::copy(repo_path("saves/club-randonnee.ron"), &path).unwrap();
        let p = path.to_str().unwrap();
        // Each writer with its own temporary folder, as a window started from the desktop and
        // a terminal: the lock beside the case is the one both see.
        let spawn = |label: &str| {
            let tmp = dir.path().join(format!("tmp {label} {round}"));
            fs::create_dir(&tmp).unwrap();
            Command::new(env!("CARGO_BIN_EXE_atelier-mse"))
                .env("TMPDIR", &tmp)
                .env("TEMP", &tmp)
                .args(club_import(balance, p, label))
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (a, b) = (spawn("import A"), spawn("import B"));
        let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
        assert!(a.status.success(), "{}", stderr(&a));
        assert!(b.status.success(), "{}", stderr(&b));
        let case = storage::load(&path).unwrap();
        lost += ["import A", "import B"]
            .iter()
            .filter(|l| case.snapshot(l).is_none())
            .count();
    }
    assert_eq!(lost, 0, "updates lost in 50 rounds of two writers");
}

#[test]
fn two_rewrites_keep_the_original_as_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ancien.ron");
    fs::copy(repo_path("tests/fixtures/format-1.ron"), &path).unwrap();
    let original = fs::read(&path).unwrap();
    let p = path.to_str().unwrap();
    let spawn = || {
        Command::new(env!("CARGO_BIN_EXE_atelier-mse"))
            .args(["rewrite", p])
            .output()
            .unwrap()
    };
    let (a, b) = std::thread::scope(|s| {
        let a = s.spawn(spawn);
        let b = s.spawn(spawn);
        (a.join().unwrap(), b.join().unwrap())
    });
    assert!(a.status.success() && b.status.success());
    let backup = fs::read(storage::sibling(&path, ".bak")).unwrap();
    assert_eq!(backup, original, "the version before the rewrite is kept");
    assert!(storage::load(&path).is_ok());
}

// ----- 5. Recovery restores to the right file ---------------------------------------------

#[test]
fn the_recovery_copy_remembers_the_absolute_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = club_in(dir.path());
    fs::create_dir(dir.path().join("sous")).unwrap();
    let roundabout = dir.path().join("sous").join("..").join("club.ron");
    let paths = AppPaths::in_dir(dir.path());
    let case = storage::load(&path).unwrap();
    paths.write_recovery(&case, Some(&roundabout)).unwrap();
    let (_, source) = paths.read_recovery().unwrap().unwrap();
    assert_eq!(source.unwrap(), fs::canonicalize(&path).unwrap());
}

// ----- 6. A save keeps the file's nature ----------------------------------------------------

#[cfg(unix)]
#[test]
fn a_save_keeps_the_mode_and_writes_through_a_link() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let dir = tempfile::tempdir().unwrap();
    let path = club_in(dir.path());
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
    let mut case = storage::load(&path).unwrap();
    case.organisation.name = "Confidentiel".to_owned();
    storage::save(&case, &path).unwrap();
    let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "still readable by its owner only");

    let link = dir.path().join("lien.ron");
    symlink(&path, &link).unwrap();
    case.organisation.name = "Par le lien".to_owned();
    storage::save(&case, &link).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        storage::load(&path).unwrap().organisation.name,
        "Par le lien"
    );
}

// ----- 8. Files that never end ----------------------------------------------------------------

#[cfg(unix)]
#[test]
fn a_pipe_or_a_device_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("tube.ron");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let started = std::time::Instant::now();
    let out = run(&["check", fifo.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("pas un fichier ordinaire"),
        "{}",
        stderr(&out)
    );
    let case = club_in(dir.path());
    let zero = dir.path().join("zero.csv");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    for balance in [&fifo, &zero] {
        let out = run(&[
            "import-balance",
            balance.to_str().unwrap(),
            "--into",
            case.to_str().unwrap(),
            "--snapshot",
            "2030 réalisé",
        ]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("pas un fichier ordinaire"),
            "{}",
            stderr(&out)
        );
    }
    assert!(
        started.elapsed() < std::time::Duration::from_secs(10),
        "no hang"
    );
}

// ----- 11. Amounts within sane bounds ----------------------------------------------------------

#[test]
fn huge_amounts_are_refused_where_they_stand() {
    let dir = tempfile::tempdir().unwrap();
    let path = club_in(dir.path());
    let text = fs::read_to_string(&path).unwrap().replacen(
        "amount: Some(4800.0)",
        "amount: Some(1e308)",
        1,
    );
    fs::write(&path, text).unwrap();
    let out = run(&["analyse", path.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("trop grande"), "{}", stderr(&out));
}

// ----- 12. Spreadsheet formulas ------------------------------------------------------------------

#[test]
fn the_portfolio_csv_never_holds_a_formula() {
    let dir = tempfile::tempdir().unwrap();
    let path = club_in(dir.path());
    let text = fs::read_to_string(&path)
        .unwrap()
        .replace("Les Randonneurs des Trois Vallées", "=HYPERLINK(\\\"x\\\")")
        .replace("sector: \"", "sector: \"+")
        .replace("label: \"2025 réalisé\"", "label: \"@cmd\"");
    fs::write(&path, text).unwrap();
    let csv = dir.path().join("portefeuille.csv");
    let out = run(&[
        "portfolio",
        dir.path().to_str().unwrap(),
        "--csv",
        csv.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let written = fs::read_to_string(&csv).unwrap();
    for cell in written.lines().skip(1).flat_map(|l| l.split(';')) {
        let cell = cell.trim_matches('"');
        assert!(
            !cell.starts_with(['=', '+', '@']),
            "a formula: {cell:?} in {written}"
        );
    }
    assert!(written.contains("'=HYPERLINK"), "{written}");
    let anonymised = dir.path().join("anonyme.csv");
    run(&[
        "portfolio",
        dir.path().to_str().unwrap(),
        "--anonymise",
        "--csv",
        anonymised.to_str().unwrap(),
    ]);
    let written = fs::read_to_string(&anonymised).unwrap();
    assert!(
        !written.contains("cmd") && !written.contains("HYPERLINK"),
        "{written}"
    );
}

// ----- 13. Terminal escapes ---------------------------------------------------------------------

#[test]
fn names_cannot_drive_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let path = club_in(dir.path());
    let text = fs::read_to_string(&path).unwrap().replace(
        "Les Randonneurs des Trois Vallées",
        "Club\u{1b}[2J\u{7}\u{202e}",
    );
    fs::write(&path, text).unwrap();
    for args in [vec!["check"], vec!["analyse"]] {
        let mut args = args;
        args.push(path.to_str().unwrap());
        let out = run(&args);
        assert!(out.status.success(), "{}", stderr(&out));
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(
            !stdout.contains('\u{1b}') && !stdout.contains('\u{7}'),
            "{stdout:?}"
        );
        assert!(!stdout.contains('\u{202e}'));
        assert!(stdout.contains("Club\\u{1b}[2J"), "{stdout}");
    }
}

// ----- 14. Versions, words and numbers in messages ------------------------------------------------

#[test]
fn an_old_format_with_an_unknown_field_is_refused_in_plain_french() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ancien.ron");
    let text = fs::read_to_string(repo_path("tests/fixtures/format-1.ron"))
        .unwrap()
        .replacen("organisation:", "champ_futur: 3,\n    organisation:", 1);
    fs::write(&path, &text).unwrap();
    let out = run(&["rewrite", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("champ inconnu « champ_futur »"), "{err}");
    assert!(
        !err.contains("CaseV1") && !err.contains("VersionProbe"),
        "{err}"
    );
    assert!(
        !err.contains("Enregistrer sous"),
        "no window advice on the command line: {err}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), text, "not rewritten");
    let tiny = atelier_mse::model::number_problem(-1e-300)
        .unwrap()
        .to_string();
    assert!(tiny.len() < 120, "{tiny}");
}

// ----- 9-10. Bounded time and memory for exports and comparisons -----------------------------

#[test]
fn a_png_of_many_pages_is_refused_in_french_and_a_long_name_is_cut_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut case = storage::load(&repo_path("saves/club-randonnee.ron")).unwrap();
    let kind = KindId::new("dons").unwrap();
    let first = case.next_line_id();
    for i in 0..2_000 {
        let mut line = ResourceLine::new(first + i, kind.clone());
        line.amount = Some(10.0);
        line.label = format!("Don {i}");
        case.snapshots[1].lines.push(line);
    }
    let path = dir.path().join("grand.ron");
    storage::save(&case, &path).unwrap();
    let png = dir.path().join("grand.png");
    let out = run(&[
        "export",
        path.to_str().unwrap(),
        "--png",
        png.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("exportez-le en PDF"),
        "{}",
        stderr(&out)
    );
    assert!(!png.exists(), "nothing written");
    // The same report as a PDF flows over its pages.
    let pdf = dir.path().join("grand.pdf");
    let out = run(&[
        "export",
        path.to_str().unwrap(),
        "--pdf",
        pdf.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let cut = atelier_mse::report::fonts::fit(&"Association ".repeat(8_400), 9.0, false, 200.0);
    assert!(cut.ends_with('…') && cut.chars().count() < 100);
}

#[test]
fn two_large_cases_with_other_ids_are_matched_by_kind_and_label() {
    let mut a = Case::new_blank(2025);
    let kind = KindId::new("dons").unwrap();
    a.snapshots[0].lines = (0..5_000u32)
        .map(|i| {
            let mut line = ResourceLine::new(i + 1, kind.clone());
            line.label = format!("Don {i}");
            line.amount = Some(f64::from(i));
            line
        })
        .collect();
    let mut b = a.clone();
    for line in &mut b.snapshots[0].lines {
        line.id += 10_000;
    }
    b.snapshots[0].lines[7].amount = Some(1.0e6);
    let c = atelier_mse::compare::compare(
        &a,
        &b,
        ("a", "b"),
        atelier_mse::analysis::Typology::builtin(),
    );
    let lines: Vec<_> = c.snapshots[0]
        .levers
        .iter()
        .flat_map(|l| &l.lines)
        .collect();
    assert_eq!(
        lines.len(),
        1,
        "only the changed line, the others matched by label"
    );
    assert_eq!(lines[0].label, "Don 7");
}

/// The app's binary, run as another local user of the machine (« nobody »): the suite runs as
/// root, whom file permissions do not stop. The binary is copied into `folder` first, where that
/// user can reach it wherever the checkout is.
fn as_other_user(folder: &Path) -> Command {
    let binary = folder.join("atelier-mse-copie");
    if !binary.exists() {
        fs::copy(env!("CARGO_BIN_EXE_atelier-mse"), &binary).unwrap();
    }
    let mut command = Command::new("setpriv");
    command
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        .arg(binary);
    command
}

/// A folder every user may write in (as a shared folder of the machine).
fn shared_folder() -> tempfile::TempDir {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o777)).unwrap();
    dir
}

/// A case in format 2, which `rewrite` must write again (in the current format).
fn old_case_in(dir: &Path, name: &str) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join(name);
    fs::copy(repo_path("tests/fixtures/format-2.ron"), &path).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o666)).unwrap();
    path
}

#[test]
fn a_save_leaves_nothing_in_the_temporary_folder_and_no_lock_behind() {
    let dir = tempfile::tempdir().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let case = old_case_in(dir.path(), "cas.ron");
    let out = Command::new(env!("CARGO_BIN_EXE_atelier-mse"))
        .env("TMPDIR", tmp.path())
        .args(["rewrite", case.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let left: Vec<_> = fs::read_dir(tmp.path()).unwrap().collect();
    assert!(
        left.is_empty(),
        "nothing predictable in a shared temporary folder: {left:?}"
    );
    let beside: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "cas.ron" && n != "cas.ron.bak")
        .collect();
    assert!(beside.is_empty(), "left beside the case: {beside:?}");
}

#[test]
fn another_user_can_save_after_the_first_one() {
    let shared = shared_folder();
    // root saves first (before, this made the lock folder root's, 0755, for everyone)...
    let mine = old_case_in(shared.path(), "premier.ron");
    let out = run(&["rewrite", mine.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    // ...then another user saves their own case.
    let theirs = old_case_in(shared.path(), "second.ron");
    let before = fs::read(&theirs).unwrap();
    let out = as_other_user(shared.path())
        .args(["rewrite", theirs.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_ne!(
        fs::read(&theirs).unwrap(),
        before,
        "rewritten in the current format"
    );
    storage::load(&theirs).unwrap();
}

#[test]
fn links_planted_for_the_temporary_files_are_never_followed() {
    use std::os::unix::fs::PermissionsExt;
    let shared = shared_folder();
    let case = old_case_in(shared.path(), "cas.ron");
    let victim = shared.path().join("victime.txt");
    fs::write(&victim, "à ne pas toucher").unwrap();
    fs::set_permissions(&victim, fs::Permissions::from_mode(0o600)).unwrap();
    // Links at every name a save of the next few hundred processes could use.
    let last: u32 = fs::read_to_string("/proc/sys/kernel/ns_last_pid")
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    for pid in last + 1..last + 400 {
        for name in [
            format!("cas.ron.tmp-{pid}"),
            format!("cas.ron.bak.tmp-{pid}"),
            format!(".cas.ron.tmp-{pid}"),
        ] {
            std::os::unix::fs::symlink(&victim, shared.path().join(name)).unwrap();
        }
    }
    let out = run(&["rewrite", case.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(fs::read_to_string(&victim).unwrap(), "à ne pas toucher");
    let mode = fs::metadata(&victim).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "the victim's mode is untouched");
    assert!(
        !fs::symlink_metadata(&case)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    storage::load(&case).unwrap();
}

#[test]
fn a_private_case_is_never_readable_by_others_while_it_is_saved() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("prive.ron");
    fs::write(&path, "").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
    let stop = std::sync::atomic::AtomicBool::new(false);
    let (seen, open_to_others) = std::thread::scope(|s| {
        let watcher = s.spawn(|| {
            let (mut seen, mut open) = (0, Vec::new());
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                for entry in fs::read_dir(dir.path()).unwrap().filter_map(Result::ok) {
                    let name = entry.file_name().to_string_lossy().into_owned();
                    if name == "prive.ron" {
                        continue;
                    }
                    if let Ok(meta) = fs::symlink_metadata(entry.path()) {
                        seen += 1;
                        if meta.permissions().mode() & 0o077 != 0 {
                            open.push(format!("{name} {:o}", meta.permissions().mode()));
                        }
                    }
                }
            }
            (seen, open)
        });
        // Large contents, so that each save takes a while.
        for n in 0..20u8 {
            let bytes = vec![b'a' + n % 2; 4_000_000];
            storage::write_atomic(&path, &bytes, true).unwrap();
        }
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        watcher.join().unwrap()
    });
    assert!(seen > 0, "the watcher saw the temporary files");
    assert!(
        open_to_others.is_empty(),
        "readable by others: {open_to_others:?}"
    );
    let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn read_only_targets_and_outputs_that_are_not_files_are_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let case = old_case_in(dir.path(), "lecture-seule.ron");
    fs::set_permissions(&case, fs::Permissions::from_mode(0o444)).unwrap();
    let before = fs::read(&case).unwrap();
    let out = run(&["rewrite", case.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("en lecture seule"),
        "{}",
        stderr(&out)
    );
    let balance = repo_path("tests/fixtures/balances/club-latin1-virgule.csv");
    let args = club_import(balance.to_str().unwrap(), case.to_str().unwrap(), "import");
    let out = run(&args.each_ref().map(String::as_str));
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("en lecture seule"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        fs::read(&case).unwrap(),
        before,
        "the read-only case is untouched"
    );

    let club = club_in(dir.path());
    let pdf = dir.path().join("rapport.pdf");
    fs::write(&pdf, "ancien").unwrap();
    fs::set_permissions(&pdf, fs::Permissions::from_mode(0o444)).unwrap();
    let out = run(&[
        "export",
        club.to_str().unwrap(),
        "--pdf",
        pdf.to_str().unwrap(),
        "--force",
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("en lecture seule"),
        "{}",
        stderr(&out)
    );
    assert_eq!(fs::read_to_string(&pdf).unwrap(), "ancien");

    // A pipe is refused at once (it used to hang), a device node is never replaced.
    let fifo = dir.path().join("tube.ron");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let start = std::time::Instant::now();
    let out = run(&[
        "anonymise",
        club.to_str().unwrap(),
        "--out",
        fifo.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("pas un fichier ordinaire"),
        "{}",
        stderr(&out)
    );
    assert!(start.elapsed() < std::time::Duration::from_secs(5));
    let node = dir.path().join("nul.pdf");
    let made = Command::new("mknod")
        .arg(&node)
        .args(["c", "1", "3"])
        .status()
        .unwrap();
    assert!(made.success(), "mknod (the suite runs as root)");
    let out = run(&[
        "export",
        club.to_str().unwrap(),
        "--pdf",
        node.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("pas un fichier ordinaire"),
        "{}",
        stderr(&out)
    );
    use std::os::unix::fs::FileTypeExt;
    assert!(
        fs::symlink_metadata(&node)
            .unwrap()
            .file_type()
            .is_char_device()
    );
}

#[test]
fn no_output_replaces_a_file_the_command_read_not_even_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let cases = dir.path().join("portefeuille");
    fs::create_dir(&cases).unwrap();
    let club = club_in(&cases);
    let before = fs::read(&club).unwrap();
    let folder = cases.to_str().unwrap();
    for args in [
        vec![
            "portfolio",
            folder,
            "--csv",
            club.to_str().unwrap(),
            "--force",
        ],
        vec![
            "portfolio",
            folder,
            "--pdf",
            club.to_str().unwrap(),
            "--force",
        ],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("est un fichier lu"),
            "{}",
            stderr(&out)
        );
    }
    assert_eq!(fs::read(&club).unwrap(), before);
    assert!(!cases.join("club.ron.bak").exists());

    // A reference written into the folder would be read as a case by the next run.
    let inside = cases.join("reference.ron");
    let out = run(&[
        "portfolio",
        folder,
        "--reference-out",
        inside.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("dossier lu comme portefeuille"),
        "{}",
        stderr(&out)
    );
    assert!(!inside.exists());

    // The reference and the typology an export reads are inputs too.
    let reference = dir.path().join("reseau.ron");
    fs::copy(
        repo_path("assets/references/paysage-associatif-2019.ron"),
        &reference,
    )
    .unwrap();
    let typology = dir.path().join("typologie.ron");
    fs::copy(repo_path("assets/typologies/cpca-2014.ron"), &typology).unwrap();
    let c = club.to_str().unwrap();
    for args in [
        vec![
            "export",
            c,
            "--reference",
            reference.to_str().unwrap(),
            "--pdf",
            reference.to_str().unwrap(),
        ],
        vec![
            "export",
            c,
            "--typology",
            typology.to_str().unwrap(),
            "--pdf",
            typology.to_str().unwrap(),
        ],
    ] {
        let before = fs::read(args.last().unwrap()).unwrap();
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("est un fichier lu"),
            "{}",
            stderr(&out)
        );
        assert_eq!(fs::read(args.last().unwrap()).unwrap(), before);
    }
}

/// Ctrl+S while a command-line import holds the case: the window waits for the lock, then sees
/// that the file changed and asks, rather than writing over the import.
#[test]
fn ctrl_s_during_a_command_line_import_never_overwrites_the_import() {
    use atelier_mse::app::{App, Document, Question};
    use egui::{Key, Modifiers};
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    let path = club_in(dir.path());
    let mut wb = App::new(Document::open(&path).unwrap(), AppPaths::in_dir(dir.path()));
    wb.document.case_mut().organisation.name = "Ma version".to_owned();
    let mut h = crate::common::window(wb, [1400.0, 900.0]);
    // The import: takes the lock, writes a moment later, lets go.
    let import = storage::lock_case(&path, storage::LOCK_WAIT).unwrap();
    let writer = {
        let path = path.clone();
        std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(400));
            let mut case = storage::load(&path).unwrap();
            case.organisation.name = "Importé".to_owned();
            storage::save(&case, &path).unwrap();
            drop(import);
        })
    };
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    writer.join().unwrap();
    assert_eq!(storage::load(&path).unwrap().organisation.name, "Importé");
    assert!(matches!(
        h.state().question,
        Some(Question::ChangedOnDisk(None))
    ));
    h.get_by_label("Fichier modifié ailleurs");
    assert!(
        !h.state().document.is_saved(),
        "the edit is still open, unsaved"
    );
}

/// A folder no one may write in, tried by a user whom permissions stop (as root they do not).
#[test]
fn save_into_a_read_only_folder_fails_clearly_and_changes_nothing() {
    use std::os::unix::fs::PermissionsExt;
    let shared = shared_folder();
    let case = old_case_in(shared.path(), "cas.ron");
    let before = fs::read(&case).unwrap();
    let mut command = as_other_user(shared.path());
    fs::set_permissions(shared.path(), fs::Permissions::from_mode(0o555)).unwrap();
    let out = command
        .args(["rewrite", case.to_str().unwrap()])
        .output()
        .unwrap();
    fs::set_permissions(shared.path(), fs::Permissions::from_mode(0o755)).unwrap();
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("permission refusée"), "{err}");
    assert!(err.contains("n'a pas été modifié"), "{err}");
    assert_eq!(fs::read(&case).unwrap(), before);
}
