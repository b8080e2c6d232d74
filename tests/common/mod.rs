//! Helpers shared by the integration tests.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)] // test code may panic
#![allow(dead_code)]

use std::path::PathBuf;

use atelier_mse::model::{Case, KindId, ResourceLine, Snapshot};

pub fn repo_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}

pub fn samples() -> Vec<PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(repo_path("saves"))
        .expect("saves/ exists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

/// A line of `kind` with an amount.
pub fn money(id: u32, kind: &str, counterparty: &str, amount: f64) -> ResourceLine {
    let mut line = ResourceLine::new(id, KindId::new(kind).expect("known kind"));
    line.counterparty = counterparty.to_owned();
    line.amount = Some(amount);
    line
}

/// A snapshot whose lines are (kind, amount), each from a distinct funder.
pub fn snapshot_of(amounts: &[(&str, f64)]) -> Snapshot {
    Snapshot {
        label: "test".to_owned(),
        year: 2025,
        lines: amounts
            .iter()
            .enumerate()
            .map(|(i, (kind, amount))| {
                money(i as u32 + 1, kind, &format!("Financeur {i}"), *amount)
            })
            .collect(),
        ..Snapshot::default()
    }
}

/// A case holding one snapshot.
pub fn case_of(snapshot: Snapshot) -> Case {
    let mut case = Case::new_blank(2025);
    case.organisation.general_interest = true;
    case.snapshots = vec![snapshot];
    case
}

/// Runs the app's binary with `args`.
pub fn run(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_atelier-mse"))
        .args(args)
        .output()
        .expect("binary runs")
}

/// The real window on `app`, `size` points large, after its first frames.
pub fn window(
    app: atelier_mse::app::App,
    size: [f32; 2],
) -> egui_kittest::Harness<'static, atelier_mse::app::App> {
    let mut h = egui_kittest::Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut atelier_mse::app::App| app.ui(ui), app);
    h.run();
    h
}

/// The real window on the sample case `saves/{sample}`, its settings kept in `dir`.
pub fn sample_window(
    sample: &str,
    dir: &std::path::Path,
) -> egui_kittest::Harness<'static, atelier_mse::app::App> {
    let doc = atelier_mse::app::Document::open(&repo_path(&format!("saves/{sample}"))).unwrap();
    window(
        atelier_mse::app::App::new(doc, atelier_mse::app::AppPaths::in_dir(dir)),
        [1400.0, 900.0],
    )
}

/// Every text of the laid-out document, page by page, joined by spaces.
pub fn texts(doc: &atelier_mse::report::document::Document) -> Vec<String> {
    doc.pages
        .iter()
        .map(|page| {
            page.ops
                .iter()
                .filter_map(|op| match op {
                    atelier_mse::report::document::Op::Text { text, .. } => Some(text.as_str()),
                    _ => None,
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// The text without its whitespace: a word wrapped at the end of a line reads whole again.
pub fn words(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The text of a PDF, as `pdftotext` (poppler-utils) reads it.
pub fn pdftotext(pdf: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args([pdf.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is needed");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Asserts that the window said, as an error, a message holding every one of `parts`.
#[track_caller]
pub fn assert_said(app: &atelier_mse::app::App, parts: &[&str]) {
    let errors = &app.toasts.errors;
    assert!(
        errors.iter().any(|m| parts.iter().all(|p| m.contains(p))),
        "{parts:?} not in {errors:?}"
    );
}

/// An X server (Xvfb, 1280×1024) on a display it chooses free itself (`-displayfd`: no race with
/// another test's server): the server's process and the display's name (« :3 »).
pub fn xvfb() -> (std::process::Child, String) {
    use std::io::BufRead;
    let mut server = std::process::Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1280x1024x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("Xvfb (package xvfb, installed by scripts/test.sh)");
    let mut number = String::new();
    std::io::BufReader::new(server.stdout.take().unwrap())
        .read_line(&mut number)
        .unwrap();
    let name = format!(":{}", number.trim());
    assert!(name.len() > 1, "Xvfb gave no display number");
    (server, name)
}

/// An X server of its own (`xvfb`), stopped when dropped, with the app's window opened on it.
pub struct Display {
    server: std::process::Child,
    pub name: String,
}

impl Display {
    pub fn start() -> Display {
        let (server, name) = xvfb();
        Display { server, name }
    }

    /// `program`, run on this display.
    pub fn command(&self, program: &str) -> std::process::Command {
        let mut command = std::process::Command::new(program);
        command.env("DISPLAY", &self.name);
        command
    }

    /// Runs `xdotool` with `args`, which must succeed.
    pub fn xdotool(&self, args: &[&str]) {
        let out = self
            .command("xdotool")
            .args(args)
            .output()
            .expect("xdotool (package xdotool, installed by scripts/test.sh)");
        assert!(out.status.success(), "xdotool {args:?}: {out:?}");
    }

    /// The app's binary on this display with `args`, its settings and runtime files in `home`
    /// and `runtime` (nothing of the machine's own), its output left out unless `stderr` wants it.
    pub fn app(
        &self,
        args: &[&std::ffi::OsStr],
        (home, runtime): (&std::path::Path, &std::path::Path),
        stderr: std::process::Stdio,
    ) -> std::process::Child {
        self.command(env!("CARGO_BIN_EXE_atelier-mse"))
            .args(args)
            .env("XDG_RUNTIME_DIR", runtime)
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_DATA_HOME", home.join("data"))
            .stdout(std::process::Stdio::null())
            .stderr(stderr)
            .spawn()
            .unwrap()
    }

    /// Waits (a minute at most) for a visible window whose title holds `title`; its id.
    pub fn wait_for_window(&self, title: &str) -> String {
        let found = self
            .command("timeout")
            .args([
                "60",
                "xdotool",
                "search",
                "--sync",
                "--onlyvisible",
                "--name",
                title,
            ])
            .output()
            .unwrap();
        assert!(
            found.status.success(),
            "the window did not appear: {found:?}"
        );
        String::from_utf8_lossy(&found.stdout)
            .lines()
            .next()
            .unwrap_or_default()
            .to_owned()
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

/// The arguments of `import-balance` for the club's balance (`tests/fixtures/balances/
/// club-latin1-virgule.csv`, at `balance`) into `case` as `snapshot`: its year and the two
/// accounts its mapping cannot decide are given.
pub fn club_import(balance: &str, case: &str, snapshot: &str) -> [String; 12] {
    [
        "import-balance",
        balance,
        "--into",
        case,
        "--snapshot",
        snapshot,
        "--year",
        "2030",
        "--assign",
        "740=subventions",
        "--assign",
        "801=ignorer",
    ]
    .map(str::to_owned)
}
