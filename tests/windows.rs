//! The Windows build, run under Wine on this Debian machine: the `.exe` and the MSI that
//! `scripts/windows.sh` leaves in `target/windows/`. The program's commands give what the Linux
//! binary gives (the same JSON, byte-identical PDFs), a case it writes reads on Linux, a save
//! over a file another program holds open loses nothing, the window opens and draws, and the
//! MSI holds what the README says, is signed and verified, installs, runs and uninstalls.
//!
//! Every test is ignored by a plain `cargo test` (the Windows build takes many minutes);
//! `scripts/test.sh` runs them with `--include-ignored` after `scripts/windows.sh`. A missing
//! `.exe`, MSI, Wine, Xvfb or tool is a failure, never a quiet skip.
//!
//! One Wine prefix serves the whole run (`wineboot` takes about 10 s and 700 MB): made in a
//! temporary folder at the first test, with its own Xvfb; a small watchdog process removes both
//! when the test program ends. Wine 8 lacks `bcryptprimitives.dll` (Windows 10 and 11 have it):
//! the test prefix gets the shim built by `scripts/windows.sh` in its `system32`, so that the
//! program runs as built and as installed, and nothing is added beside either.

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

// `linux`: the Linux binary of this test run.
use crate::common::{club_import, repo_path, run as linux, samples};

/// Wine's longest wait for one command; a dialog nobody can answer would otherwise hang the run.
const LIMIT: Duration = Duration::from_secs(120);

fn exe() -> PathBuf {
    repo_path("target/windows/atelier-mse.exe")
}

fn msi() -> PathBuf {
    repo_path(&format!(
        "target/windows/atelier-mse-{}-x64.msi",
        env!("CARGO_PKG_VERSION")
    ))
}

/// The file, or a failure saying how to make it.
#[track_caller]
fn built(path: PathBuf) -> PathBuf {
    assert!(
        path.is_file(),
        "{} is missing: run scripts/windows.sh first",
        path.display()
    );
    path
}

/// `path` as a Windows program sees it: Wine shows the Linux file system as drive Z:.
fn win(path: &Path) -> String {
    let absolute = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    format!("Z:{}", absolute.display()).replace('/', "\\")
}

/// The prefix, its Xvfb and the folder holding both, shared by every test of the run.
struct Wine {
    root: PathBuf,
    prefix: PathBuf,
    display: String,
}

fn wine() -> &'static Wine {
    static WINE: OnceLock<Wine> = OnceLock::new();
    WINE.get_or_init(Wine::start)
}

impl Wine {
    // Xvfb and the watchdog outlive this program on purpose (the watchdog ends them both
    // after it): neither is waited for, and neither can become a zombie of this process.
    #[allow(clippy::zombie_processes)]
    fn start() -> Wine {
        let started = Instant::now();
        built(exe());
        let shim = built(repo_path("target/windows/wine-shim/bcryptprimitives.dll"));
        let root = tempfile::Builder::new()
            .prefix("atelier-wine-")
            .tempdir()
            .unwrap()
            .keep();
        for dir in ["home", "run", "work"] {
            fs::create_dir(root.join(dir)).unwrap();
        }
        let prefix = root.join("prefix");
        fs::create_dir(&prefix).unwrap();
        let (xvfb, display) = crate::common::xvfb();
        // The watchdog: once this test program has ended, stop Xvfb and the prefix's Wine
        // processes, then remove the folder. In its own process group, so that a Ctrl+C that
        // stops the tests does not stop it too.
        use std::os::unix::process::CommandExt;
        Command::new("sh")
            .args([
                "-c",
                "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; \
                 kill \"$2\" 2>/dev/null; WINEPREFIX=\"$3\" wineserver -k 2>/dev/null; \
                 sleep 2; rm -rf \"$4\"",
                "watchdog",
                &std::process::id().to_string(),
                &xvfb.id().to_string(),
                prefix.to_str().unwrap(),
                root.to_str().unwrap(),
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("sh runs");
        let wine = Wine {
            root,
            prefix,
            display,
        };
        // A server that stays up for the whole run (the watchdog ends it) instead of one
        // started, and stopped 3 s after, by every command.
        let status = wine
            .command("wineserver")
            .arg("-p")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("Wine is needed (Debian packages wine, wine64)");
        assert!(status.success(), "wineserver -p: {status}");
        let boot = wine.output(wine.wine(&["wineboot", "--init"]));
        assert!(boot.status.success(), "wineboot: {}", text(&boot));
        let system32 = wine.prefix.join("drive_c/windows/system32");
        assert!(system32.is_dir(), "wineboot made no prefix");
        fs::copy(shim, system32.join("bcryptprimitives.dll")).unwrap();
        println!(
            "Wine prefix ready in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        wine
    }

    /// A Wine tool (`wine`, `wineserver`…) run in the test prefix: no debug output, no menu
    /// entries or file types for the Linux desktop (winemenubuilder), no Mono or Gecko
    /// download; the temporary home and Xvfb instead of the user's.
    fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command
            .env("WINEPREFIX", &self.prefix)
            .env("WINEARCH", "win64")
            .env("WINEDEBUG", "-all")
            .env(
                "WINEDLLOVERRIDES",
                "winemenubuilder.exe=d;mscoree=d;mshtml=d",
            )
            .env("HOME", self.root.join("home"))
            .env("XDG_CONFIG_HOME", self.root.join("home"))
            .env("XDG_STATE_HOME", self.root.join("home"))
            .env("XDG_RUNTIME_DIR", self.root.join("run"))
            .env("DISPLAY", &self.display)
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("WGPU_BACKEND");
        command
    }

    /// `wine ARGS…`.
    fn wine(&self, args: &[&str]) -> Command {
        let mut command = self.command("wine");
        command.args(args);
        command
    }

    /// The built program with `args`, under Wine.
    fn exe(&self, args: &[&str]) -> Command {
        let mut command = self.command("wine");
        command.arg(win(&exe())).args(args);
        command
    }

    /// Runs `command` to its end (at most `LIMIT`). Its output goes to files, not pipes: a Wine
    /// process it starts (a service, the desktop) may keep them open after it has ended.
    #[track_caller]
    fn output(&self, mut command: Command) -> Output {
        static CALLS: AtomicUsize = AtomicUsize::new(0);
        let n = CALLS.fetch_add(1, Ordering::Relaxed);
        let out = self.root.join(format!("work/{n}.out"));
        let err = self.root.join(format!("work/{n}.err"));
        let mut child = command
            .stdin(Stdio::null())
            .stdout(fs::File::create(&out).unwrap())
            .stderr(fs::File::create(&err).unwrap())
            .spawn()
            .unwrap_or_else(|e| panic!("{command:?}: {e}"));
        let status = wait(&mut child, LIMIT, &format!("{command:?}"));
        Output {
            status,
            stdout: fs::read(out).unwrap(),
            stderr: fs::read(err).unwrap(),
        }
    }
}

/// Waits for `child`, killing it (and failing) after `limit`.
#[track_caller]
fn wait(child: &mut Child, limit: Duration, what: &str) -> std::process::ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what} still running after {} s", limit.as_secs());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn text(out: &Output) -> String {
    format!(
        "{}\nstdout: {}\nstderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// A tool of this machine that the tests need, with the Debian package that has it.
#[track_caller]
fn tool(program: &str, args: &[&str], package: &str) -> Output {
    Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} ({package}) is needed: {e}"))
}

#[test]
#[ignore = "Windows build: run by scripts/test.sh after scripts/windows.sh"]
fn the_exe_says_its_version_as_the_linux_binary() {
    let wine = wine();
    let start = Instant::now();
    let out = wine.output(wine.exe(&["--version"]));
    println!(
        "--version under Wine: {:.2} s",
        start.elapsed().as_secs_f64()
    );
    assert!(out.status.success(), "{}", text(&out));
    let expected = linux(&["--version"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&expected.stdout)
    );
}

#[test]
#[ignore = "Windows build: run by scripts/test.sh after scripts/windows.sh"]
fn every_sample_checks_and_analyses_as_on_linux() {
    let wine = wine();
    let samples = samples();
    assert_eq!(samples.len(), 4, "the four samples of saves/");
    let paths: Vec<String> = samples.iter().map(|p| win(p)).collect();
    let mut args = vec!["check"];
    args.extend(paths.iter().map(String::as_str));
    let out = wine.output(wine.exe(&args));
    assert!(out.status.success(), "{}", text(&out));
    let said = String::from_utf8(out.stdout).unwrap();
    assert_eq!(said.lines().count(), 4, "one line per case: {said}");
    for sample in &samples {
        let name = sample.file_name().unwrap().to_str().unwrap();
        assert!(said.contains(name), "{name} in {said}");
    }
    for (sample, path) in samples.iter().zip(&paths) {
        let out = wine.output(wine.exe(&["analyse", path, "--json"]));
        assert!(out.status.success(), "{}", text(&out));
        let expected = linux(&["analyse", sample.to_str().unwrap(), "--json"]);
        assert!(expected.status.success());
        let windows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let linux: serde_json::Value = serde_json::from_slice(&expected.stdout).unwrap();
        assert_eq!(windows, linux, "{}", sample.display());
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&expected.stdout),
            "the same text too"
        );
    }
}

#[test]
#[ignore = "Windows build: run by scripts/test.sh after scripts/windows.sh"]
fn every_sample_exports_the_same_pdf_as_on_linux() {
    let wine = wine();
    let dir = tempfile::tempdir().unwrap();
    for sample in samples() {
        let stem = sample.file_stem().unwrap().to_str().unwrap();
        let windows = dir.path().join(format!("{stem}-windows.pdf"));
        let linux_pdf = dir.path().join(format!("{stem}-linux.pdf"));
        let out = wine.output(wine.exe(&["export", &win(&sample), "--pdf", &win(&windows)]));
        assert!(out.status.success(), "{}", text(&out));
        let expected = linux(&[
            "export",
            sample.to_str().unwrap(),
            "--pdf",
            linux_pdf.to_str().unwrap(),
        ]);
        assert!(expected.status.success(), "{}", text(&expected));
        let (windows, linux_pdf) = (fs::read(&windows).unwrap(), fs::read(&linux_pdf).unwrap());
        assert!(windows.starts_with(b"%PDF-"));
        assert!(windows == linux_pdf, "{stem}: the PDFs differ");
    }
}

/// Names Windows reserves (`aux.pdf`, `CON`) or refuses (a trailing dot) are refused in French
/// before anything is written; a case's path is said without `\\?\`.
#[test]
#[ignore = "Windows build: run by scripts/test.sh after scripts/windows.sh"]
fn names_windows_forbids_are_refused_in_french_and_paths_read_plainly() {
    let wine = wine();
    let dir = tempfile::tempdir().unwrap();
    let sample = samples().into_iter().next().unwrap();
    for name in ["aux.pdf", "CON.pdf", "rapport."] {
        let out_path = dir.path().join(name);
        let out = wine.output(wine.exe(&["export", &win(&sample), "--pdf", &win(&out_path)]));
        assert!(!out.status.success(), "{name}: {}", text(&out));
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(said.contains("Windows"), "{name}: {said}");
        assert!(!said.contains("\\\\?\\"), "{said}");
    }
    let out = wine.output(wine.exe(&["check", &win(&sample)]));
    assert!(out.status.success(), "{}", text(&out));
    assert!(!String::from_utf8_lossy(&out.stdout).contains("\\\\?\\"));
}

#[test]
#[ignore = "Windows build: run by scripts/test.sh after scripts/windows.sh"]
fn a_case_imported_and_rewritten_on_windows_reads_on_linux() {
    let wine = wine();
    let dir = tempfile::tempdir().unwrap();
    let (on_windows, on_linux) = (dir.path().join("club w.ron"), dir.path().join("club l.ron"));
    for copy in [&on_windows, &on_linux] {
        fs::copy(repo_path("saves/club-randonnee.ron"), copy).unwrap();
    }
    let balance = repo_path("tests/fixtures/balances/club-latin1-virgule.csv");
    // An accented label: the command line reaches the program in UTF-16 under Windows.
    let import = |case: &str, balance: &str| club_import(balance, case, "Importé sous Wine");
    let args = import(&win(&on_windows), &win(&balance));
    let out = wine.output(wine.exe(&args.each_ref().map(String::as_str)));
    assert!(out.status.success(), "{}", text(&out));
    let out = wine.output(wine.exe(&["rewrite", &win(&on_windows)]));
    assert!(out.status.success(), "{}", text(&out));
    let args = import(on_linux.to_str().unwrap(), balance.to_str().unwrap());
    let expected = linux(&args.each_ref().map(String::as_str));
    assert!(expected.status.success(), "{}", text(&expected));
    assert!(
        linux(&["rewrite", on_linux.to_str().unwrap()])
            .status
            .success()
    );

    let check = linux(&["check", on_windows.to_str().unwrap()]);
    assert!(check.status.success(), "{}", text(&check));
    let case = atelier_mse::storage::load(&on_windows).unwrap();
    assert!(case.snapshot("Importé sous Wine").is_some());
    assert_eq!(
        fs::read_to_string(&on_windows).unwrap(),
        fs::read_to_string(&on_linux).unwrap(),
        "Windows writes the file Linux writes"
    );
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        // The case, its backup and, on Windows, its lock (hidden, kept: src/storage/lock.rs).
        .filter(|n| {
            ![".ron", ".bak", ".verrou"]
                .iter()
                .any(|end| n.ends_with(end))
        })
        .collect();
    assert!(leftovers.is_empty(), "left beside the cases: {leftovers:?}");
}

/// A Windows program that opens a file (`holder MODE FILE`, MODE the sharing it allows: `r`
/// read, `rw` read and write, `rwd` also delete, as an editor, a viewer or an indexer would),
/// says « ouvert », and holds it until its standard input closes.
const HOLDER: &str = r#"
#include <windows.h>
#include <stdio.h>
#include <wchar.h>
int wmain(int argc, wchar_t **argv) {
    DWORD share = FILE_SHARE_READ, n;
    char buffer[64];
    HANDLE file;
    if (argc < 3) return 2;
    if (wcschr(argv[1], L'w')) share |= FILE_SHARE_WRITE;
    if (wcschr(argv[1], L'd')) share |= FILE_SHARE_DELETE;
    file = CreateFileW(argv[2], GENERIC_READ, share, NULL, OPEN_EXISTING, 0, NULL);
    if (file == INVALID_HANDLE_VALUE) { printf("erreur %lu\n", GetLastError()); return 1; }
    printf("ouvert\n");
    fflush(stdout);
    while (ReadFile(GetStdHandle(STD_INPUT_HANDLE), buffer, sizeof buffer, &n, NULL) && n > 0) {}
    CloseHandle(file);
    return 0;
}
"#;

#[test]
#[ignore = "Windows build: run by scripts/test.sh after scripts/windows.sh"]
fn a_save_over_a_file_another_program_holds_open_loses_nothing() {
    let wine = wine();
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("holder.c");
    fs::write(&source, HOLDER).unwrap();
    let holder = dir.path().join("holder.exe");
    let out = tool(
        "x86_64-w64-mingw32-gcc",
        &[
            "-municode",
            "-O2",
            "-o",
            holder.to_str().unwrap(),
            source.to_str().unwrap(),
        ],
        "gcc-mingw-w64-x86-64",
    );
    assert!(out.status.success(), "{}", text(&out));
    let balance = win(&repo_path(
        "tests/fixtures/balances/club-latin1-virgule.csv",
    ));
    for mode in ["r", "rw", "rwd"] {
        let case = dir.path().join(format!("club {mode}.ron"));
        fs::copy(repo_path("saves/club-randonnee.ron"), &case).unwrap();
        let before = fs::read(&case).unwrap();
        let mut held = wine
            .wine(&[&win(&holder), mode, &win(&case)])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut said = String::new();
        BufReader::new(held.stdout.take().unwrap())
            .read_line(&mut said)
            .unwrap();
        assert_eq!(said.trim(), "ouvert", "the holder opened the case");
        let import = |label: &str| {
            let args = club_import(&balance, &win(&case), label);
            wine.output(wine.exe(&args.each_ref().map(String::as_str)))
        };
        // While it is held: saved, or refused in French with the file as it was.
        let out = import("pendant");
        let now = fs::read(&case).unwrap();
        let saved = out.status.success();
        if saved {
            let case = atelier_mse::storage::load(&case).unwrap();
            assert!(case.snapshot("pendant").is_some());
        } else {
            assert_eq!(
                out.status.code(),
                Some(1),
                "an error, not a crash: {}",
                text(&out)
            );
            let message = String::from_utf8_lossy(&out.stderr);
            assert!(
                !message.trim().is_empty() && !message.contains("panicked"),
                "{message}"
            );
            assert_eq!(now, before, "refused: the file as it was");
        }
        println!(
            "save while another program holds the case (sharing {mode}): {}",
            if saved {
                "saved".to_owned()
            } else {
                format!("refused: {}", String::from_utf8_lossy(&out.stderr).trim())
            }
        );
        // Let go: the next save goes through, and Linux reads the result.
        drop(held.stdin.take());
        wait(&mut held, LIMIT, "holder");
        let out = import("après");
        assert!(out.status.success(), "{}", text(&out));
        let check = linux(&["check", case.to_str().unwrap()]);
        assert!(check.status.success(), "{}", text(&check));
        let loaded = atelier_mse::storage::load(&case).unwrap();
        assert!(loaded.snapshot("après").is_some());
        assert_eq!(loaded.snapshot("pendant").is_some(), saved);
    }
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| {
            ![".ron", ".bak", ".verrou"]
                .iter()
                .any(|end| n.ends_with(end))
                && !n.starts_with("holder.")
        })
        .collect();
    assert!(leftovers.is_empty(), "left beside the cases: {leftovers:?}");
}

/// An X window's id by a part of its name, as `xwininfo` lists them.
fn window_id(display: &str, name: &str) -> Option<String> {
    let out = tool(
        "xwininfo",
        &["-display", display, "-root", "-tree"],
        "x11-utils",
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find(|l| l.contains(name) && !l.contains("has no name"))
        .and_then(|l| l.split_whitespace().next().map(str::to_owned))
}

/// The window as a PNG (`xwd | xwdtopnm | pnmtopng`), and how many of its pixels are of the
/// commonest colour and of how many colours it has.
fn screenshot(display: &str, id: &str, png: &Path) -> Option<(f64, usize)> {
    let pnm = png.with_extension("pnm");
    let xwd = png.with_extension("xwd");
    let ok = |out: Output| out.status.success();
    let taken = ok(tool(
        "xwd",
        &[
            "-display",
            display,
            "-id",
            id,
            "-silent",
            "-out",
            xwd.to_str()?,
        ],
        "x11-apps",
    )) && ok(tool(
        "sh",
        &[
            "-c",
            "xwdtopnm \"$1\" > \"$2\" 2>/dev/null && pnmtopng \"$2\" > \"$3\"",
            "shot",
            xwd.to_str()?,
            pnm.to_str()?,
            png.to_str()?,
        ],
        "netpbm",
    ));
    if !taken {
        return None;
    }
    // A binary PPM (P6): the header's four fields, then RGB bytes.
    let bytes = fs::read(&pnm).ok()?;
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes.get(at)?.is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes.get(at)?.is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(bytes.get(start..at)?).into_owned());
    }
    if fields.first()? != "P6" || fields.get(3)? != "255" {
        return None;
    }
    let pixels = bytes.get(at + 1..)?;
    let mut counts = std::collections::HashMap::new();
    for rgb in pixels.chunks_exact(3) {
        *counts.entry(rgb).or_insert(0usize) += 1;
    }
    let commonest = counts.values().max().copied().unwrap_or(0);
    let total = pixels.len() / 3;
    (total > 0).then(|| (commonest as f64 / total as f64, counts.len()))
}

#[test]
#[ignore = "Windows build: run by scripts/test.sh after scripts/windows.sh"]
fn the_window_opens_and_draws_under_wine() {
    let wine = wine();
    let sample = win(&repo_path("saves/cpie-vallee-verte.ron"));
    // Start-up: the window to its second frame, then closed by itself.
    let start = Instant::now();
    let out = wine.output(wine.exe(&[&sample, "--exit-after-frames", "2"]));
    assert!(out.status.success(), "{}", text(&out));
    println!(
        "window under Wine, start to second frame and exit: {:.2} s",
        start.elapsed().as_secs_f64()
    );

    // Then a screenshot of the position view while it draws, until it closes by itself.
    let dir = tempfile::tempdir().unwrap();
    let mut app = wine
        .exe(&[&sample, "--view", "position", "--exit-after-frames", "200"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(fs::File::create(dir.path().join("stderr")).unwrap())
        .spawn()
        .unwrap();
    let png = dir.path().join("window.png");
    let deadline = Instant::now() + Duration::from_secs(90);
    let mut seen = None;
    while Instant::now() < deadline && app.try_wait().unwrap().is_none() {
        std::thread::sleep(Duration::from_millis(500));
        let Some(id) = window_id(&wine.display, "Atelier MSE") else {
            continue;
        };
        if let Some((commonest, colours)) = screenshot(&wine.display, &id, &png) {
            seen = Some((commonest, colours));
            if commonest < 0.9 && colours > 50 {
                break;
            }
        }
    }
    let status = wait(&mut app, LIMIT, "the window");
    let stderr = fs::read_to_string(dir.path().join("stderr")).unwrap_or_default();
    assert!(status.success(), "{status}: {stderr}");
    let (commonest, colours) = seen.expect("the window was never seen on the screen");
    assert!(
        commonest < 0.9 && colours > 50,
        "a blank window: {:.0} % of one colour, {colours} colours; {stderr}",
        commonest * 100.0
    );
    // Kept for a look: target/windows/wine-window.png.
    fs::copy(&png, repo_path("target/windows/wine-window.png")).unwrap();
}

/// `msiinfo export MSI TABLE`.
fn msi_table(msi: &Path, table: &str) -> String {
    let out = tool(
        "msiinfo",
        &["export", msi.to_str().unwrap(), table],
        "msitools",
    );
    assert!(out.status.success(), "{}", text(&out));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
#[ignore = "Windows build: run by scripts/test.sh after scripts/windows.sh"]
fn the_msi_holds_what_the_readme_says_is_signed_installs_runs_and_uninstalls() {
    let msi = built(msi());
    // 1. Its tables.
    let out = tool("msiinfo", &["tables", msi.to_str().unwrap()], "msitools");
    let tables = String::from_utf8_lossy(&out.stdout).into_owned();
    for table in ["File", "Shortcut", "Registry", "Icon", "Upgrade"] {
        assert!(tables.lines().any(|t| t == table), "{table} in {tables}");
    }
    let files = msi_table(&msi, "File");
    let mut expected = vec![
        "atelier-mse.exe".to_owned(),
        "DejaVu-LICENSE.txt".to_owned(),
    ];
    for sample in samples() {
        expected.push(sample.file_name().unwrap().to_string_lossy().into_owned());
    }
    for file in &expected {
        assert!(files.contains(&format!("\t{file}\t")), "{file} in {files}");
    }
    assert!(
        !files.contains("bcryptprimitives"),
        "the Wine shim is never shipped"
    );
    let shortcuts = msi_table(&msi, "Shortcut");
    assert!(
        shortcuts
            .lines()
            .any(|l| l.contains("ProgramMenuFolder\tAtelier MSE\t") && l.contains(".ico")),
        "{shortcuts}"
    );
    let registry = msi_table(&msi, "Registry");
    assert!(
        registry.lines().any(|l| {
            l.contains("Software\\Classes\\.ron\\OpenWithProgids\tAtelierMSE.Dossier")
        }),
        "{registry}"
    );
    assert!(registry.contains("Software\\Classes\\AtelierMSE.Dossier\\shell\\open\\command"));
    // Never the default program of every .ron file: no value of the key .ron itself.
    assert!(
        !registry
            .lines()
            .any(|l| l.contains("Software\\Classes\\.ron\t")),
        "{registry}"
    );
    let properties = msi_table(&msi, "Property");
    assert!(properties.contains("UpgradeCode\t{4255FD09-41DA-4CDC-80F2-DB3544D31E3D}"));

    // 2. Signed with a throwaway certificate, and the signature verified.
    let dir = tempfile::tempdir().unwrap();
    let (key, cert) = (dir.path().join("key.pem"), dir.path().join("cert.pem"));
    let out = tool(
        "openssl",
        &[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=Atelier MSE (test)",
            "-keyout",
            key.to_str().unwrap(),
            "-out",
            cert.to_str().unwrap(),
        ],
        "openssl",
    );
    assert!(out.status.success(), "{}", text(&out));
    let signed = dir.path().join("atelier-mse-signed.msi");
    let out = tool(
        "osslsigncode",
        &[
            "sign",
            "-certs",
            cert.to_str().unwrap(),
            "-key",
            key.to_str().unwrap(),
            "-n",
            "Atelier MSE",
            "-h",
            "sha256",
            "-in",
            msi.to_str().unwrap(),
            "-out",
            signed.to_str().unwrap(),
        ],
        "osslsigncode",
    );
    assert!(out.status.success(), "{}", text(&out));
    let out = tool(
        "osslsigncode",
        &[
            "verify",
            "-CAfile",
            cert.to_str().unwrap(),
            "-in",
            signed.to_str().unwrap(),
        ],
        "osslsigncode",
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && said.contains("Signature verification: ok"),
        "{}",
        text(&out)
    );

    // 3. Installed under Wine, for all users, silently.
    let wine = wine();
    let out = wine.output(wine.wine(&["msiexec", "/i", &win(&signed), "/qn"]));
    assert!(out.status.success(), "{}", text(&out));
    let installed = wine.prefix.join("drive_c/Program Files/Atelier MSE");
    for file in ["atelier-mse.exe", "atelier-mse.ico", "DejaVu-LICENSE.txt"] {
        assert!(installed.join(file).is_file(), "{file} installed");
    }
    for sample in samples() {
        let name = sample.file_name().unwrap();
        assert_eq!(
            fs::read(installed.join("exemples").join(name)).unwrap(),
            fs::read(&sample).unwrap()
        );
    }
    assert!(!installed.join("bcryptprimitives.dll").exists());
    // Wine puts a per-machine shortcut in the user's Start menu; Windows in ProgramData's.
    let shortcut = |root: &str| {
        wine.prefix
            .join(root)
            .join("Microsoft/Windows/Start Menu/Programs/Atelier MSE.lnk")
    };
    let menus = ["drive_c/ProgramData", "drive_c/users/root/AppData/Roaming"];
    let user = std::env::var("USER").unwrap_or_else(|_| "root".to_owned());
    let user_menu = format!("drive_c/users/{user}/AppData/Roaming");
    assert!(
        menus
            .iter()
            .map(|m| shortcut(m))
            .chain([shortcut(&user_menu)])
            .any(|p| p.is_file()),
        "the Start-menu entry « Atelier MSE »"
    );
    let reg = |key: &str| wine.output(wine.wine(&["reg", "query", key]));
    let out = reg("HKCR\\.ron\\OpenWithProgids");
    assert!(
        out.status.success() && String::from_utf8_lossy(&out.stdout).contains("AtelierMSE.Dossier"),
        "{}",
        text(&out)
    );
    let out = reg("HKCR\\AtelierMSE.Dossier\\shell\\open\\command");
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("\"C:\\Program Files\\Atelier MSE\\atelier-mse.exe\" \"%1\""),
        "{}",
        text(&out)
    );

    // 4. The installed program runs, on an installed example.
    let program = "C:\\Program Files\\Atelier MSE\\atelier-mse.exe";
    let out = wine.output(wine.wine(&[program, "--version"]));
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(out.stdout, linux(&["--version"]).stdout);
    let example = "C:\\Program Files\\Atelier MSE\\exemples\\cpie-vallee-verte.ron";
    let out = wine.output(wine.wine(&[program, "check", example]));
    assert!(out.status.success(), "{}", text(&out));

    // 5. Uninstalled: nothing left of it.
    let out = wine.output(wine.wine(&["msiexec", "/x", &win(&signed), "/qn"]));
    assert!(out.status.success(), "{}", text(&out));
    assert!(!installed.join("atelier-mse.exe").exists(), "uninstalled");
    assert!(!reg("HKCR\\AtelierMSE.Dossier").status.success());
    let mut menu = menus
        .iter()
        .map(|m| shortcut(m))
        .chain([shortcut(&user_menu)]);
    assert!(menu.all(|p| !p.exists()), "the Start-menu entry removed");
}
