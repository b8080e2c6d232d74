//! `cargo bench --bench perf`: every performance figure of the README next to its budget.
//! A plain binary (no framework) so that it also measures the real window under Xvfb.
//! Figures are medians (p99 for frames) over repeated runs on this machine.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)] // test code may panic

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use atelier_mse::analysis::{Typology, analyse};
use atelier_mse::app::View;
use atelier_mse::app::{App, AppPaths, Document};
use atelier_mse::model::{
    Case, Change, Delta, Group, KindId, ResourceLine, Snapshot, SnapshotKind,
};
use atelier_mse::portfolio::Portfolio;
use atelier_mse::report::{self, Options};
use atelier_mse::storage;

const KINDS: [&str; 12] = [
    "benevolat_activite",
    "salaries",
    "cotisations",
    "ventes_privees",
    "commande_publique",
    "subventions",
    "dons",
    "fondations",
    "mecenat_financier",
    "locaux_commodat",
    "partenariat",
    "services_en_nature",
];

/// A case of `snapshots` snapshots of `lines` lines each, with plausible values.
fn synthetic_case(lines: u32, snapshots: u32) -> Case {
    let mut case = Case::new_blank(2025);
    case.organisation.name = format!("Association synthétique ({lines} lignes)");
    case.snapshots = (0..snapshots)
        .map(|s| Snapshot {
            label: format!("{} réalisé", 2020 + s),
            year: 2020 + s as i32,
            kind: if s + 1 == snapshots {
                SnapshotKind::Cible
            } else {
                SnapshotKind::Realise
            },
            annual_expenses: Some(500_000.0),
            reserves: Some(100_000.0),
            lines: (0..lines)
                .map(|i| {
                    let kind = KINDS[i as usize % KINDS.len()];
                    let mut line = ResourceLine::new(i + 1, KindId::new(kind).expect("kind"));
                    line.label = format!("Ligne {i} — {kind}");
                    line.counterparty = format!("Partenaire {}", i % 40);
                    line.people = Some(1 + i % 30);
                    line.quantity = Some(f64::from(100 + i % 900));
                    line.amount = Some(f64::from(1_000 + (i * 37 + s * 11) % 50_000));
                    line
                })
                .collect(),
        })
        .collect();
    case
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn percentile(mut samples: Vec<Duration>, p: f64) -> Duration {
    samples.sort();
    let index = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[index]
}

fn time<R>(runs: usize, mut f: impl FnMut() -> R) -> Duration {
    let _ = f();
    median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(f());
                start.elapsed()
            })
            .collect(),
    )
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn report(name: &str, value: f64, unit: &str, budget: f64) {
    let verdict = if value <= budget { "ok" } else { "OVER BUDGET" };
    println!("{name:<58} {value:>10.2} {unit:<3} (budget {budget} {unit}) {verdict}");
}

/// p99 of one frame (layout + tessellation, no GPU) of the window's `ui` on `case`.
fn frame_p99(case: &Case, view: View, dir: &Path) -> Duration {
    let mut wb = App::new(Document::new(case.clone(), None), AppPaths::in_dir(dir));
    wb.view = view;
    frames_p99(&mut wb, |_| Vec::new())
}

/// p99 of the frames of `wb`, each given the input events `events(frame number)`.
fn frames_p99(wb: &mut App, mut events: impl FnMut(usize) -> Vec<egui::Event>) -> Duration {
    let ctx = egui::Context::default();
    let mut t = 0.0;
    let mut n = 0;
    let mut frame = |wb: &mut App| {
        t += 1.0 / 60.0;
        n += 1;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1280.0, 800.0),
            )),
            time: Some(t),
            events: events(n),
            ..Default::default()
        };
        let start = Instant::now();
        let output = ctx.run_ui(input, |ui| wb.ui(ui));
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        std::hint::black_box(primitives);
        start.elapsed()
    };
    for _ in 0..20 {
        frame(wb);
    }
    percentile((0..300).map(|_| frame(wb)).collect(), 0.99)
}

/// A folder of `count` generated cases, each with its own mix of resources and three snapshots.
fn portfolio_folder(count: u32, dir: &Path) -> PathBuf {
    let folder = dir.join("portefeuille");
    std::fs::create_dir_all(&folder).expect("folder");
    for n in 0..count {
        let mut case = synthetic_case(40, 3);
        case.organisation.name = format!("Association {n:03}");
        case.organisation.sector =
            ["Culture", "Sport", "Social", "Environnement"][n as usize % 4].to_owned();
        for (s, snapshot) in case.snapshots.iter_mut().enumerate() {
            for line in &mut snapshot.lines {
                // A different weight per kind and case spreads the cases over the map.
                let weight = 1 + (line.id * 7 + n * 13 + s as u32 * 5) % 17;
                line.amount = line.amount.map(|a| a * f64::from(weight));
            }
        }
        storage::save(&case, &folder.join(format!("cas-{n:03}.ron"))).expect("save");
    }
    folder
}

/// Panning the portfolio map: the pointer pressed on the map and dragged in a circle.
fn pan_events(frame: usize) -> Vec<egui::Event> {
    let angle = frame as f32 * 0.2;
    let pos = egui::pos2(220.0 + 60.0 * angle.cos(), 450.0 + 60.0 * angle.sin());
    let mut events = vec![egui::Event::PointerMoved(pos)];
    if frame == 1 {
        events.push(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed: true,
            modifiers: egui::Modifiers::NONE,
        });
    }
    events
}

fn xvfb() -> Option<(std::process::Child, String)> {
    let display = format!(":{}", 70 + std::process::id() % 20);
    let child = Command::new("Xvfb")
        .args([
            display.as_str(),
            "-screen",
            "0",
            "1280x1024x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    std::thread::sleep(Duration::from_millis(800));
    Some((child, display))
}

fn app(display: &str, dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_atelier-mse"));
    command
        .env("DISPLAY", display)
        .env("XDG_RUNTIME_DIR", dir)
        .env("XDG_CONFIG_HOME", dir)
        .env("XDG_STATE_HOME", dir)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}

/// The smallest eframe window (`examples/bare_window.rs`, three frames), built in release.
fn bare_window() -> Option<PathBuf> {
    let built = Command::new(env!("CARGO"))
        .args(["build", "--release", "--example", "bare_window"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    let exe = Path::new(env!("CARGO_BIN_EXE_atelier-mse"))
        .parent()?
        .join("examples/bare_window");
    (built && exe.exists()).then_some(exe)
}

/// Wall and CPU time (user + system) of `command` run to its end, or `None` if it failed.
fn wall_and_cpu(command: &mut Command) -> Option<(Duration, Duration)> {
    // The CPU time of the children waited for (/proc/self/stat: cutime and cstime, in ticks
    // of 1/100 s), read before and after: no `unsafe` call (the crate forbids it).
    let children_cpu = || {
        let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
        let fields: Vec<&str> = stat
            .rsplit_once(')')
            .map_or("", |(_, rest)| rest)
            .split_whitespace()
            .collect();
        let tick = |i: usize| {
            fields
                .get(i)
                .and_then(|f| f.parse::<u64>().ok())
                .unwrap_or(0)
        };
        Duration::from_secs_f64((tick(13) + tick(14)) as f64 / 100.0)
    };
    let cpu_before = children_cpu();
    let start = Instant::now();
    let status = command.status().ok()?;
    let wall = start.elapsed();
    status
        .success()
        .then(|| (wall, children_cpu() - cpu_before))
}

/// Median wall and CPU time of 5 runs, after one run that warms Mesa's shader cache.
fn median_run(mut command: impl FnMut() -> Command) -> Option<(Duration, Duration)> {
    wall_and_cpu(&mut command())?;
    let runs: Vec<_> = (0..5)
        .filter_map(|_| wall_and_cpu(&mut command()))
        .collect();
    if runs.is_empty() {
        return None;
    }
    let walls = runs.iter().map(|r| r.0).collect();
    let cpus = runs.iter().map(|r| r.1).collect();
    Some((median(walls), median(cpus)))
}

/// The window to its third frame against the smallest eframe window (same eframe, same `wgpu`
/// options) on the same display: start screen and the position view of the CPIE sample, wall
/// and CPU time. A temporary home for each run (no settings of the user) and a shader cache of
/// their own, warmed by a first run of each: the start of every day but the first.
fn start_up_against_the_floor(display: &str, dir: &Path, sample: &str) {
    let Some(bare) = bare_window() else {
        println!("start-up against the floor: examples/bare_window did not build or run");
        return;
    };
    let runs = std::cell::Cell::new(0);
    let with_env = |mut command: Command| {
        // A home of its own for each run, one shader cache for all.
        runs.set(runs.get() + 1);
        let home = dir.join(format!("floor-home-{}", runs.get()));
        std::fs::create_dir_all(&home).expect("home");
        command
            .env("DISPLAY", display)
            .env("HOME", &home)
            .env("XDG_RUNTIME_DIR", &home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_STATE_HOME", home.join("state"))
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CACHE_HOME", dir.join("floor-cache"))
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        command
    };
    let window = |args: &[&str]| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_atelier-mse"));
        command.args(args).args(["--exit-after-frames", "3"]);
        with_env(command)
    };
    let Some(floor) = median_run(|| with_env(Command::new(&bare))) else {
        println!("start-up against the floor: the bare window did not open under Xvfb");
        return;
    };
    println!(
        "bare eframe window to its third frame: {:.2} s, {:.2} s of CPU",
        floor.0.as_secs_f64(),
        floor.1.as_secs_f64()
    );
    for (name, args) in [
        ("start screen", vec![]),
        ("CPIE position", vec![sample, "--view", "position"]),
    ] {
        let Some(app) = median_run(|| window(&args)) else {
            println!("start-up against the floor: the window did not open on the {name}");
            continue;
        };
        let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64().max(1e-3);
        report(
            &format!("start-up / bare window, {name}, wall time"),
            ratio(app.0, floor.0),
            "×",
            1.5,
        );
        report(
            &format!("start-up / bare window, {name}, CPU time"),
            ratio(app.1, floor.1),
            "×",
            1.5,
        );
    }
}

/// CPU time (user + system) of a process, from /proc.
fn cpu_time(pid: u32) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_secs_f64(ticks as f64 / 100.0))
}

fn rss_mb(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb / 1024.0)
}

/// Runs the app's command with `args`; its time in ms and its peak resident memory in MB
/// (the kernel's high-water mark, read until it exits).
fn peak_of(args: &[&str]) -> (f64, f64) {
    let start = Instant::now();
    let Ok(mut child) = Command::new(env!("CARGO_BIN_EXE_atelier-mse"))
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
    else {
        return (f64::NAN, f64::NAN);
    };
    let mut peak = 0.0f64;
    loop {
        let status =
            std::fs::read_to_string(format!("/proc/{}/status", child.id())).unwrap_or_default();
        if let Some(kb) = status
            .lines()
            .find(|l| l.starts_with("VmHWM:"))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<f64>().ok())
        {
            peak = peak.max(kb / 1024.0);
        }
        if child.try_wait().ok().flatten().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    (ms(start.elapsed()), peak)
}

/// A trial balance workbook of `rows` accounts (debit and credit columns), as a program writes it.
fn xlsx_balance(rows: u32) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, title) in ["Compte", "Libellé", "Débit", "Crédit"].iter().enumerate() {
        sheet.write_string(0, c as u16, *title).expect("write");
    }
    for n in 1..=rows {
        let class = ["6", "7"][n as usize % 2];
        let account = format!("{class}{:07}", n);
        let amount = f64::from(10 + n % 9_000) + f64::from(n % 100) / 100.0;
        sheet.write_string(n, 0, &account).expect("write");
        sheet
            .write_string(n, 1, format!("Compte {n}"))
            .expect("write");
        sheet
            .write_number(n, if class == "6" { 2 } else { 3 }, amount)
            .expect("write");
    }
    book.save_to_buffer().expect("xlsx")
}

/// `cargo bench --bench perf -- xlsx`: the workbook balance alone.
fn workbook_balance() {
    let bytes = xlsx_balance(100_000);
    let d = time(3, || {
        atelier_mse::import::read_accounts(&bytes, "balance.xlsx", (None, None), None)
            .expect("read")
    });
    report(
        "trial balance workbook (.xlsx) of 100 000 rows read",
        ms(d),
        "ms",
        1000.0,
    );
}

/// `cargo bench --bench perf -- fec`: a FEC of a million entries (two lines each), read and
/// summed by the command line.
fn fec_command(dir: &Path) {
    let fec_path = dir.join("FEC.txt");
    {
        use std::io::Write as _;
        let file = std::fs::File::create(&fec_path).expect("FEC");
        let mut w = std::io::BufWriter::new(file);
        writeln!(w, "{}", atelier_mse::import::fec::COLUMNS.join("\t")).expect("write");
        for n in 0..500_000u32 {
            let day = format!("2025{:02}{:02}", 1 + n % 12, 1 + n % 28);
            let account = ["706000", "740000", "756000", "606000"][n as usize % 4];
            let amount = format!("{},{:02}", 10 + n % 900, n % 100);
            for (acc, debit, credit) in [
                (account, "0,00", amount.as_str()),
                ("512000", amount.as_str(), "0,00"),
            ] {
                writeln!(
                    w,
                    "BQ\tBanque\t{n}\t{day}\t{acc}\tCompte {acc}\t\t\tP{n}\t{day}\tEcriture {n}\t{debit}\t{credit}\t\t\t{day}\t\t"
                )
                .expect("write");
            }
        }
    }
    let fec_case = dir.join("fec-case.ron");
    storage::save(&synthetic_case(10, 1), &fec_case).expect("save");
    let (fec_ms, fec_mb) = peak_of(&[
        "import-balance",
        fec_path.to_str().unwrap_or_default(),
        "--into",
        fec_case.to_str().unwrap_or_default(),
        "--snapshot",
        "2020 réalisé",
        "--year",
        "2025",
        "--dry-run",
    ]);
    report(
        "FEC of 1 000 000 entries read and summed (command line): time",
        fec_ms,
        "ms",
        2000.0,
    );
    report("FEC of 1 000 000 entries: peak memory", fec_mb, "MB", 300.0);
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sample = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("saves/cpie-vallee-verte.ron");
    let typology = Typology::builtin();
    println!(
        "Atelier MSE — benchmarks ({} cores)\n",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    let only = |name: &str| std::env::args().skip(1).any(|a| a == name);
    if only("fec") {
        fec_command(dir.path());
        return;
    }
    if only("start") {
        if let Some((mut server, display)) = xvfb() {
            start_up_against_the_floor(&display, dir.path(), sample.to_str().expect("path"));
            let _ = server.kill();
            let _ = server.wait();
        }
        return;
    }
    workbook_balance();
    if only("xlsx") {
        return;
    }

    report(
        "load + validate sample (cpie-vallee-verte.ron)",
        ms(time(50, || storage::load(&sample))),
        "ms",
        100.0,
    );
    let big = dir.path().join("big.ron");
    storage::save(&synthetic_case(10_000, 1), &big).expect("save");
    report(
        "load + validate generated case (10 000 lines)",
        ms(time(10, || storage::load(&big))),
        "ms",
        100.0,
    );

    for lines in [100, 10_000] {
        let case = synthetic_case(lines, 1);
        let snapshot = &case.snapshots[0];
        let d = time(50, || analyse(&case, snapshot, typology));
        report(
            &format!("analysis of a snapshot ({lines} lines)"),
            ms(d),
            "ms",
            5.0,
        );
    }

    let realistic = synthetic_case(60, 5);
    let large = synthetic_case(2_000, 5);
    for (name, case, budget) in [
        ("realistic 60 × 5", &realistic, 4.0),
        ("large 2 000 lines", &large, 16.0),
    ] {
        report(
            &format!("frame p99, workbook ({name})"),
            ms(frame_p99(case, View::Matrix, dir.path())),
            "ms",
            budget,
        );
        report(
            &format!("frame p99, position view ({name})"),
            ms(frame_p99(case, View::Position, dir.path())),
            "ms",
            budget,
        );
    }

    // « Copier le tableau » on the large matrix: the table, as HTML and as text.
    report(
        "copy the matrix as a table (2 000 lines, HTML + text)",
        ms(time(10, || {
            let table = atelier_mse::report::table::matrix_table(&large, &large.snapshots[0]);
            (table.html(), table.tab_separated())
        })),
        "ms",
        50.0,
    );
    // The workbook of the large case: every snapshot's matrix with its formulas.
    let label = large.snapshots[0].label.clone();
    report(
        "workbook .xlsx of a case (2 000 lines × 5 snapshots)",
        ms(time(5, || {
            atelier_mse::report::workbook::case_workbook(&large, &label, typology)
        })),
        "ms",
        500.0,
    );

    // « Et si… ? » on the large case: a slider moving re-analyses the scenario; what it takes
    // for the seven models; the scenarios view's frames.
    let mut large = synthetic_case(2_000, 2);
    large.scenarios = vec![atelier_mse::model::Scenario {
        name: "Moins de subventions".to_owned(),
        base: "2020 réalisé".to_owned(),
        changes: vec![
            Change::Group {
                group: Group::S,
                by: Delta::Percent(-30.0),
            },
            Change::LoseFunder {
                name: "Partenaire 3".to_owned(),
            },
        ],
    }];
    let scenario = &large.scenarios[0];
    report(
        "re-analysis of a scenario on 2 000 lines (a slider moving)",
        ms(time(20, || {
            atelier_mse::analysis::scenario::simulate(&large, scenario, typology)
        })),
        "ms",
        1.0,
    );
    let base = analyse(&large, &large.snapshots[0], typology);
    let mix = base.totals.amounts.rule_mix();
    let context = atelier_mse::analysis::Context {
        salaried_etp: base.totals.salaried_etp,
    };
    report(
        "what it takes, for each of the seven models",
        ms(time(20, || {
            typology
                .models
                .iter()
                .filter_map(|m| {
                    atelier_mse::analysis::reach::what_it_takes(
                        &mix,
                        &context,
                        typology,
                        (&m.id, false),
                    )
                    .ok()
                })
                .collect::<Vec<_>>()
        })),
        "ms",
        10.0,
    );
    report(
        "frame p99, scenarios view (large 2 000 lines)",
        ms(frame_p99(&large, View::Scenarios, dir.path())),
        "ms",
        8.0,
    );

    let folder = portfolio_folder(500, dir.path());
    report(
        "load + analyse a portfolio of 500 generated cases",
        ms(time(3, || Portfolio::load(&folder, typology))),
        "ms",
        2000.0,
    );
    let loaded = Portfolio::load(&folder, typology).expect("portfolio");
    let rows: Vec<usize> = (0..loaded.entries.len()).collect();
    report(
        "a reference (median, quartiles) from the 500 cases of a loaded portfolio",
        ms(time(20, || {
            atelier_mse::portfolio::reference(&loaded, &rows, "")
        })),
        "ms",
        300.0,
    );
    let mut wb = App::new(
        Document::new(storage::load(&sample).expect("sample"), None),
        AppPaths::in_dir(dir.path()),
    );
    wb.open_portfolio(&folder);
    report(
        "frame p99, portfolio of 500 cases, panning the map",
        ms(frames_p99(&mut wb, pan_events)),
        "ms",
        16.0,
    );
    if let Some(state) = wb.workspaces.portfolio.as_mut() {
        state.paths = true;
    }
    report(
        "frame p99, same with the paths of the 500 cases",
        ms(frames_p99(&mut wb, pan_events)),
        "ms",
        16.0,
    );

    // A large trial balance: 5 000 accounts, signed amounts with decimal commas.
    let mut csv = String::from("Compte;Intitulé;Solde\n");
    for i in 0..5_000u32 {
        let class = ["512", "606", "641", "706", "740", "7541", "756", "875"][i as usize % 8];
        csv.push_str(&format!(
            "{class}{i:05};Compte {i};-{} {:03},{:02}\n",
            1 + i % 90,
            i % 1000,
            i % 100
        ));
    }
    report(
        "read + map a trial balance of 5 000 accounts",
        ms(time(10, || {
            let balance =
                atelier_mse::import::read(csv.as_bytes(), "balance.csv").expect("balance");
            atelier_mse::import::Plan::new(&balance, atelier_mse::import::Mapping::builtin(), &[])
                .totals()
        })),
        "ms",
        200.0,
    );

    let case = storage::load(&sample).expect("sample");
    let pdf = dir.path().join("r.pdf");
    let png = dir.path().join("r.png");
    let d = time(10, || {
        report::export(
            &case,
            "2025 réalisé",
            typology,
            (report::Format::Pdf, Options::default()),
            &pdf,
        )
    });
    report("export sample to PDF", ms(d), "ms", 300.0);
    let d = time(5, || {
        report::export(
            &case,
            "2025 réalisé",
            typology,
            (report::Format::Png, Options::default()),
            &png,
        )
    });
    report("export sample to PNG", ms(d), "ms", 500.0);

    // The session report of a 2 000-line case: matrix, position, comparison with the target.
    let mut large = synthetic_case(2_000, 2);
    large.accompaniment.sessions = vec![atelier_mse::model::Session {
        date: "2026-11-22".to_owned(),
        notes: "Une ligne de notes de la séance, assez longue pour revenir à la ligne.\n"
            .repeat(200),
    }];
    large.accompaniment.actions = (0..50)
        .map(|i| atelier_mse::model::Action {
            action: format!("Action {i} : rencontrer un financeur et préparer le dossier"),
            owner: "Trésorière".to_owned(),
            due: "juin 2027".to_owned(),
            ..atelier_mse::model::Action::default()
        })
        .collect();
    let d = time(3, || {
        report::export(
            &large,
            "2020 réalisé",
            typology,
            (
                report::Format::Pdf,
                Options {
                    content: report::Content::Report,
                    landscape: false,
                    against: Some("2021 réalisé".to_owned()),
                    reference: None,
                    questionnaire: None,
                },
            ),
            &pdf,
        )
    });
    report(
        "export to PDF, session report of a 2 000-line case against its target",
        ms(d),
        "ms",
        1000.0,
    );

    fec_command(dir.path());

    // Hostile sizes: a name of 100 000 characters, two cases of 50 000 lines.
    let mut long = case.clone();
    long.organisation.name = "Association ".repeat(8_400);
    let d = time(3, || {
        report::export(
            &long,
            "2025 réalisé",
            typology,
            (report::Format::Pdf, Options::default()),
            &pdf,
        )
    });
    report(
        "export to PDF, a name of 100 000 characters",
        ms(d),
        "ms",
        1000.0,
    );
    let (a, mut b) = (synthetic_case(50_000, 1), synthetic_case(50_000, 1));
    for line in &mut b.snapshots[0].lines {
        // Other ids: every line is matched by its kind and label.
        line.id += 100_000;
    }
    let d = time(3, || {
        atelier_mse::compare::compare(&a, &b, ("a", "b"), typology)
    });
    report("diff of two cases of 50 000 lines", ms(d), "ms", 1000.0);
    let huge = dir.path().join("huge.ron");
    storage::save(&synthetic_case(10_000, 1), &huge).expect("save");
    let (ms_png, peak) = peak_of(&[
        "export",
        huge.to_str().expect("path"),
        "--png",
        dir.path().join("huge.png").to_str().expect("path"),
    ]);
    report(
        "PNG export of 10 000 lines (refused past 4 pages): time",
        ms_png,
        "ms",
        2000.0,
    );
    report("PNG export of 10 000 lines: peak memory", peak, "MB", 500.0);
    // The largest case whose report still makes an image (4 pages).
    let lines = (20..2_000)
        .step_by(10)
        .take_while(|&n| {
            let case = synthetic_case(n, 1);
            let label = case.snapshots[0].label.clone();
            report::document(&case, &label, typology, Options::default())
                .is_ok_and(|d| d.pages.len() <= report::png::MAX_PAGES)
        })
        .last()
        .unwrap_or(20);
    let six = dir.path().join("six.ron");
    storage::save(&synthetic_case(lines, 1), &six).expect("save");
    let (_, peak) = peak_of(&[
        "export",
        six.to_str().expect("path"),
        "--png",
        dir.path().join("six.png").to_str().expect("path"),
    ]);
    report(
        "PNG export of the largest image (4 pages): peak memory",
        peak,
        "MB",
        500.0,
    );

    let Some((mut server, display)) = xvfb() else {
        println!(
            "\nXvfb not found: start-up, idle CPU and memory not measured (apt-get install xvfb)."
        );
        return;
    };
    let sample_arg = sample.to_str().expect("path");
    let startups: Vec<Duration> = (0..5)
        .filter_map(|_| {
            let start = Instant::now();
            let status = app(
                &display,
                dir.path(),
                &[sample_arg, "--exit-after-frames", "2"],
            )
            .status()
            .ok()?;
            status.success().then(|| start.elapsed())
        })
        .collect();
    if startups.is_empty() {
        println!("start-up: the window did not open under Xvfb");
    } else {
        report(
            "start-up to first frame under Xvfb (release, software GL)",
            median(startups).as_secs_f64(),
            "s",
            1.5,
        );
    }
    start_up_against_the_floor(&display, dir.path(), sample_arg);
    if let Ok(mut child) = app(&display, dir.path(), &[sample_arg]).spawn() {
        std::thread::sleep(Duration::from_secs(4));
        let before = cpu_time(child.id());
        std::thread::sleep(Duration::from_secs(10));
        let after = cpu_time(child.id());
        if let (Some(before), Some(after)) = (before, after) {
            report(
                "idle: CPU time over 10 idle seconds",
                (after - before).as_secs_f64(),
                "s",
                0.2,
            );
        }
        if let Some(mb) = rss_mb(child.id()) {
            report("resident memory of the window on a sample", mb, "MB", 200.0);
        }
        let _ = child.kill();
        let _ = child.wait();
    }
    let _ = server.kill();
    let _ = server.wait();
}
