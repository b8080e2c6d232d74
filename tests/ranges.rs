//! Results within range, outputs other programs parse, and what the app keeps for itself
//! (settings, recovery copies): issue « Trust, third round », points 9 to 18.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::common::{assert_said, case_of, repo_path, run};
use atelier_mse::analysis::reach::what_it_takes;
use atelier_mse::analysis::scenario::{outcome, stress_outcomes};
use atelier_mse::analysis::{Context, RuleMix, Typology, analyse};
use atelier_mse::app::{App, AppPaths, Document, Question};
use atelier_mse::model::{Change, Delta, Group, KindId, ResourceLine, Snapshot};
use atelier_mse::storage;
use proptest::prelude::*;

const MAX: f64 = 1e12;

fn club_in(dir: &Path) -> PathBuf {
    let path = dir.join("club.ron");
    fs::copy(repo_path("saves/club-randonnee.ron"), &path).unwrap();
    path
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `f` run on another thread; `None` if it has not returned after `limit`.
fn within<T: Send + 'static>(limit: Duration, f: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(limit).ok()
}

/// Every line of `snapshot` holds what the loader accepts.
#[track_caller]
fn within_the_loaders_limits(snapshot: &Snapshot) {
    for line in &snapshot.lines {
        for value in [line.amount, line.quantity].into_iter().flatten() {
            assert!(
                value.is_finite() && (0.0..=MAX).contains(&value),
                "line {} holds {value}",
                line.id
            );
        }
    }
    for value in [snapshot.reserves, snapshot.annual_expenses]
        .into_iter()
        .flatten()
    {
        assert!(value.is_finite() && (0.0..=MAX).contains(&value), "{value}");
    }
}

/// Every number of a JSON document is a number: none was written `null`.
#[track_caller]
fn no_null_for_a_number(json: &serde_json::Value, fields: &[&str]) {
    match json {
        serde_json::Value::Object(map) => {
            for (key, value) in map {
                assert!(
                    !(value.is_null() && fields.contains(&key.as_str())),
                    "« {key} » is null in {json}"
                );
                no_null_for_a_number(value, fields);
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                no_null_for_a_number(item, fields);
            }
        }
        _ => {}
    }
}

// ----- 9. Scenario results within range ---------------------------------------------------

#[test]
fn forty_changes_of_a_trillion_percent_stay_within_range_and_say_so() {
    let case = storage::load(&repo_path("saves/club-randonnee.ron")).unwrap();
    let base = case.default_snapshot().unwrap();
    let changes: Vec<Change> = (0..40)
        .map(|_| Change::Group {
            group: Group::C,
            by: Delta::Percent(1e12),
        })
        .collect();
    // The loader accepts such a scenario: each change is at most 1e12.
    let mut saved = case.clone();
    saved.scenarios.push(atelier_mse::model::Scenario {
        name: "Folie".to_owned(),
        base: base.label.clone(),
        changes: changes.clone(),
    });
    assert_eq!(storage::problem(&saved), None);
    let o = outcome(&case, base, &changes, Typology::builtin()).unwrap();
    within_the_loaders_limits(&o.applied.snapshot);
    assert!(o.budget_change.is_finite() && o.budget_change > 0.0);
    assert!(o.analysis.totals.monetary_budget >= MAX);
    assert_eq!(o.analysis.classification.model.as_deref(), Some("M1"));
    assert!(
        o.applied.notices.iter().any(
            |n| atelier_mse::text::notice(n, atelier_mse::text::Lang::Fr)
                .contains("1 000 milliards")
        ),
        "{:?}",
        o.applied.notices
    );
}

#[test]
fn simulate_with_huge_changes_writes_numbers_never_null() {
    let dir = tempfile::tempdir().unwrap();
    let path = club_in(dir.path());
    let mut args = vec!["simulate", path.to_str().unwrap(), "--json", "--stress"];
    args.extend(std::iter::repeat_n("--change=C=+1000000000000%", 40));
    let out = run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    no_null_for_a_number(
        &json,
        &[
            "budget_monetaire",
            "budget_change",
            "budget_lost",
            "reserve_months",
            "reserve_months_eaten",
            "euros",
        ],
    );
    let after = json["scenario"]["after"]["budget_monetaire"]
        .as_f64()
        .unwrap();
    assert!(after >= MAX && after.is_finite(), "{after}");
    let notices = json["scenario"]["notices"].to_string();
    assert!(notices.contains("1 000 milliards"), "{notices}");
    // In words too: never « 8 800 € → 0 € ».
    let mut args = vec!["simulate", path.to_str().unwrap()];
    args.extend(std::iter::repeat_n("--change=C=+1000000000000%", 40));
    let text = stdout(&run(&args));
    assert!(!text.contains("→ 0 €"), "{text}");
    assert!(text.contains("1 000 milliards"), "{text}");
}

#[test]
fn reserves_against_tiny_expenses_stay_a_number() {
    let mut snapshot = crate::common::snapshot_of(&[("cotisations", 1000.0)]);
    snapshot.reserves = Some(MAX);
    snapshot.annual_expenses = Some(1e-300);
    let case = case_of(snapshot);
    assert_eq!(storage::problem(&case), None);
    let base = case.snapshots.first().unwrap();
    let o = outcome(
        &case,
        base,
        &[Change::Kind {
            kind: KindId::new("cotisations").unwrap(),
            by: Delta::Percent(-50.0),
        }],
        Typology::builtin(),
    )
    .unwrap();
    let months = o.reserve_months.unwrap();
    assert!(months.is_finite() && months <= MAX, "{months}");
    assert!(
        o.applied.notices.iter().any(|n| {
            atelier_mse::text::notice(n, atelier_mse::text::Lang::Fr).contains("mois")
        }),
        "{:?}",
        o.applied.notices
    );
}

/// A line of `kind` whose amount (or hours, for time) is `value`.
fn line_of(id: u32, kind: &str, value: f64) -> ResourceLine {
    let mut line = ResourceLine::new(id, KindId::new(kind).unwrap());
    let human = matches!(
        line.kind.def().map(|d| d.nature),
        Some(atelier_mse::model::Nature::Human { .. })
    );
    if human {
        line.quantity = Some(value);
    } else {
        line.amount = Some(value);
    }
    line.counterparty = format!("Financeur {}", id % 3);
    line
}

fn kinds() -> Vec<String> {
    atelier_mse::model::Catalogue::builtin()
        .kinds
        .iter()
        .map(|k| k.id.clone())
        .collect()
}

fn value() -> impl Strategy<Value = f64> {
    prop_oneof![Just(0.0), Just(MAX), Just(1e-300), 0.0..1e6, 0.0..MAX,]
}

fn delta() -> impl Strategy<Value = Delta> {
    let size = prop_oneof![Just(MAX), Just(-MAX), -MAX..MAX, -100.0..100.0];
    (0..3u8, size).prop_map(|(how, v)| match how {
        0 => Delta::Percent(v),
        1 => Delta::Euros(v),
        // « Mettre à » an amount: the loader takes no negative one.
        _ => Delta::SetTo(v.abs()),
    })
}

fn change(kinds: usize) -> impl Strategy<Value = Change> {
    let kind = (0..kinds).prop_map(|i| KindId::new(&kinds_at(i)).unwrap());
    prop_oneof![
        (1u32..6, delta()).prop_map(|(id, by)| Change::Line { id, by }),
        (kind.clone(), delta()).prop_map(|(kind, by)| Change::Kind { kind, by }),
        (proptest::sample::select(Group::COUNTED.to_vec()), delta())
            .prop_map(|(group, by)| Change::Group { group, by }),
        (0u32..3).prop_map(|i| Change::LoseFunder {
            name: format!("Financeur {i}")
        }),
        (kind, value()).prop_map(|(kind, v)| Change::NewLine {
            line: line_of(99, kind.as_str(), v)
        }),
    ]
}

fn kinds_at(i: usize) -> String {
    kinds().get(i).cloned().unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]
    #[test]
    fn any_scenario_the_loader_accepts_gives_finite_results_within_range_or_a_notice(
        lines in proptest::collection::vec((0..kinds().len(), value()), 1..6),
        changes in proptest::collection::vec(change(kinds().len()), 0..40),
        reserves in proptest::option::of(value()),
        expenses in proptest::option::of(value()),
        hours_per_etp in prop_oneof![Just(1.0), Just(1607.0), Just(MAX)],
    ) {
        let mut snapshot = Snapshot {
            label: "2025 réalisé".to_owned(),
            year: 2025,
            reserves,
            annual_expenses: expenses,
            ..Snapshot::default()
        };
        for (index, (kind, v)) in lines.into_iter().enumerate() {
            snapshot.lines.push(line_of(index as u32 + 1, &kinds_at(kind), v));
        }
        let mut case = case_of(snapshot);
        case.valuation.hours_per_etp = hours_per_etp;
        case.scenarios.push(atelier_mse::model::Scenario {
            name: "Hypothèse".to_owned(),
            base: "2025 réalisé".to_owned(),
            changes: changes.clone(),
        });
        // Only what the loader accepts.
        prop_assume!(storage::problem(&case).is_none());
        let text = storage::to_text(&case).unwrap();
        prop_assume!(storage::parse(text.as_bytes(), Path::new("p.ron")).is_ok());
        let base = case.snapshots.first().unwrap().clone();
        let before = analyse(&case, &base, Typology::builtin());
        if let Ok(o) = outcome(&case, &base, &changes, Typology::builtin()) {
            within_the_loaders_limits(&o.applied.snapshot);
            let t = &o.analysis.totals;
            for figure in [t.monetary_budget, t.valued_budget, t.valued_contributions,
                t.salaried_etp, t.volunteer_etp, t.volunteer_hours, t.information_only,
                o.budget_change, o.lost()] {
                prop_assert!(figure.is_finite(), "{figure} in {t:?}");
            }
            if let Some(months) = o.reserve_months {
                prop_assert!(months.is_finite() && (0.0..=MAX).contains(&months));
            }
            for w in &o.analysis.weights {
                prop_assert!(w.weight.is_finite() && (0.0..=1.0).contains(&w.weight));
            }
            if let Some(shares) = &o.analysis.shares {
                for g in Group::COUNTED {
                    prop_assert!((0.0..=1.0 + 1e-9).contains(&shares.get(g)));
                }
            }
            // A line brought back within the limits is said.
            let clamped = o.applied.snapshot.lines.iter().any(|l| {
                [l.amount, l.quantity].into_iter().flatten().any(|v| v == MAX)
            }) && !base.lines.iter().any(|l| {
                [l.amount, l.quantity].into_iter().flatten().any(|v| v == MAX)
            });
            // A line typed at the limit, set to it, or moved by the limit itself from next to
            // nothing (1e-300 plus a thousand billion is the limit) is not brought back: nothing
            // to say.
            // Set to the limit, or moved by it from lines of next to nothing.
            let at_limit = |by: &Delta, tiny_lines: bool| {
                matches!(by, Delta::SetTo(v) if *v == MAX)
                    || matches!(by, Delta::Euros(v) if v.abs() == MAX) && tiny_lines
            };
            let tiny = |l: &&atelier_mse::model::ResourceLine| {
                [l.amount, l.quantity].into_iter().flatten().all(|v| v.abs() < 1e-4)
            };
            let new_at_max = changes.iter().any(|c| match c {
                Change::NewLine { line } => {
                    [line.amount, line.quantity].into_iter().flatten().any(|v| v == MAX)
                }
                Change::Line { id, by } => {
                    at_limit(by, base.lines.iter().filter(|l| l.id == *id).all(|l| tiny(&l)))
                }
                Change::Kind { kind, by } => {
                    at_limit(by, base.lines.iter().filter(|l| l.kind == *kind).all(|l| tiny(&l)))
                }
                Change::Group { by, .. } => at_limit(by, base.lines.iter().all(|l| tiny(&l))),
                _ => false,
            });
            if clamped && !new_at_max {
                prop_assert!(!o.applied.notices.is_empty(), "clamped without a word");
            }
        }
        for (_, o) in stress_outcomes(&case, &base, Typology::builtin()) {
            within_the_loaders_limits(&o.applied.snapshot);
            prop_assert!(o.budget_change.is_finite());
        }
        // « Que faudrait-il » ends, within the same limits.
        let context = Context { salaried_etp: before.totals.salaried_etp };
        let mix = before.totals.amounts.rule_mix();
        for model in ["M1", "M4", "M5", "M7"] {
            let reach = what_it_takes(&mix, &context, Typology::builtin(), (model, false)).unwrap();
            for way in &reach.ways {
                prop_assert!(way.euros.is_finite() && way.euros.abs() <= MAX, "{}", way.euros);
            }
        }
    }
}

// ----- 10. « Que faudrait-il » always ends ------------------------------------------------

#[test]
fn what_it_takes_ends_when_the_budget_passes_two_to_the_fifty_third() {
    // 10 000 lines of a thousand billion: 10^16 €, past 2^53.
    let lines = (1..=10_000u32)
        .map(|id| line_of(id, "cotisations", MAX))
        .collect();
    let case = case_of(Snapshot {
        label: "2025 réalisé".to_owned(),
        year: 2025,
        lines,
        ..Snapshot::default()
    });
    assert_eq!(storage::problem(&case), None);
    let a = analyse(&case, case.snapshots.first().unwrap(), Typology::builtin());
    let mix = a.totals.amounts.rule_mix();
    assert!(mix.sum() > 2f64.powi(53));
    for model in ["M4", "M2", "M7"] {
        let reach = within(Duration::from_secs(20), move || {
            what_it_takes(
                &mix,
                &Context { salaried_etp: 0.0 },
                Typology::builtin(),
                (model, false),
            )
            .unwrap()
        })
        .unwrap_or_else(|| panic!("« que faudrait-il pour {model} » did not end"));
        for way in &reach.ways {
            assert!(way.euros.abs() <= MAX, "{}", way.euros);
        }
        assert!(reach.ways.is_empty() == reach.unreachable.is_some());
        if let Some(why) = &reach.unreachable {
            assert_eq!(
                why,
                &atelier_mse::analysis::reach::Unreachable::BeyondTheLimit
            );
        }
    }
    // The same mix, a little below the limit: the answer is still found to the euro.
    let mix = RuleMix {
        c: 4e11,
        ..RuleMix::default()
    };
    let reach = what_it_takes(
        &mix,
        &Context { salaried_etp: 0.0 },
        Typology::builtin(),
        ("M4", false),
    )
    .unwrap();
    let way = reach.ways.first().unwrap();
    assert!((way.euros - 4e11).abs() <= 1.0, "{}", way.euros);
}

// ----- 11. « 2.500 » is two thousand five hundred ------------------------------------------

#[test]
fn points_between_groups_of_three_digits_are_thousands_in_a_balance_and_a_fec() {
    let csv = "Compte;Libellé;Solde\n756000;Cotisations;2.500\n740000;Subvention;12.000\n706000;Ventes;1.250.000\n";
    let b =
        atelier_mse::import::read_accounts(csv.as_bytes(), "b.csv", (None, None), None).unwrap();
    let amount = |b: &atelier_mse::import::Balance, account: &str| {
        b.rows
            .iter()
            .find(|r| r.account == account)
            .unwrap()
            .credit_balance
    };
    assert_eq!(amount(&b, "756000"), 2_500.0);
    assert_eq!(amount(&b, "740000"), 12_000.0);
    assert_eq!(amount(&b, "706000"), 1_250_000.0);
    assert!(
        b.detection.summary().contains("séparateur de milliers"),
        "{}",
        b.detection.summary()
    );
    // One amount with two decimals says the points are decimal, in the whole file.
    let decimal = "Compte;Libellé;Solde\n756000;Cotisations;2.500\n740000;Subvention;12.50\n";
    let b = atelier_mse::import::read_accounts(decimal.as_bytes(), "d.csv", (None, None), None)
        .unwrap();
    assert_eq!(amount(&b, "756000"), 2.5);
    assert_eq!(amount(&b, "740000"), 12.5);
    assert!(b.detection.summary().contains("point décimal"));
    // So does an English amount with a thousands comma.
    let english = "Compte;Libellé;Solde\n756000;Cotisations;2.500\n740000;Subvention;1,234.56\n";
    let b = atelier_mse::import::read_accounts(english.as_bytes(), "e.csv", (None, None), None)
        .unwrap();
    assert_eq!(amount(&b, "756000"), 2.5);
    assert_eq!(amount(&b, "740000"), 1_234.56);
    // A FEC written the same way.
    let header = atelier_mse::import::fec::COLUMNS.join("\t");
    let entry = |n: u32, account: &str, debit: &str, credit: &str| {
        format!(
            "BQ\tBanque\t{n}\t20250115\t{account}\tCompte {account}\t\t\tP{n}\t20250115\tÉcriture\t{debit}\t{credit}\t\t\t20250115\t\t"
        )
    };
    let fec = [
        header,
        entry(1, "512000", "2.500", "0"),
        entry(1, "756000", "0", "2.500"),
        entry(2, "512000", "1.250.000", "0"),
        entry(2, "740000", "0", "1.250.000"),
    ]
    .join("\n");
    let b =
        atelier_mse::import::read_accounts(fec.as_bytes(), "fec.txt", (None, None), None).unwrap();
    assert_eq!(amount(&b, "756000"), 2_500.0);
    assert_eq!(amount(&b, "740000"), 1_250_000.0);
    assert!(b.detection.summary().contains("séparateur de milliers"));
}

// ----- 12. Settings within the menu's ranges ----------------------------------------------

#[test]
fn hostile_text_sizes_are_brought_back_to_the_menus_range() {
    for scale in ["0.0", "-2.0", "NaN", "inf", "-inf", "120.0", "1e-30"] {
        let dir = tempfile::tempdir().unwrap();
        fs::write(
            dir.path().join("settings.ron"),
            format!("(text_scale: {scale}, recent: [])"),
        )
        .unwrap();
        let doc = Document::open(&repo_path("saves/club-randonnee.ron")).unwrap();
        let app = App::new(doc, AppPaths::in_dir(dir.path()));
        let kept = app.settings.text_scale;
        assert!((0.9..=1.3).contains(&kept), "{scale} kept as {kept}");
        // The window draws its frames.
        let mut h = crate::common::window(app, [1000.0, 700.0]);
        h.run();
    }
}

// ----- 13. Recovery copies are never lost -------------------------------------------------

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn an_unreadable_recovery_copy_is_set_aside_and_named_never_deleted() {
    for content in [
        "(format_version: 99, organisation: ())".to_owned(),
        "pas un dossier (".to_owned(),
    ] {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("recovery-1-0.ron"), &content).unwrap();
        let doc = Document::open(&repo_path("saves/club-randonnee.ron")).unwrap();
        let mut app = App::new(doc, AppPaths::in_dir(dir.path()));
        assert!(app.question.is_none());
        let aside = names_in(dir.path())
            .into_iter()
            .find(|n| n.contains("illisible"))
            .unwrap_or_else(|| panic!("set aside: {:?}", names_in(dir.path())));
        assert_said(&app, &["ne peut pas être lue", &aside]);
        // A clean exit, an edit saved, another window: the copy set aside stays as it was.
        eframe::App::on_exit(&mut app);
        let next = App::new(
            Document::open(&repo_path("saves/club-randonnee.ron")).unwrap(),
            AppPaths::in_dir(dir.path()),
        );
        assert!(next.question.is_none());
        assert_eq!(
            fs::read_to_string(dir.path().join(&aside)).unwrap(),
            content
        );
    }
}

#[test]
fn a_recovery_copy_left_unanswered_survives_a_clean_exit() {
    let dir = tempfile::tempdir().unwrap();
    {
        let doc = Document::open(&repo_path("saves/club-randonnee.ron")).unwrap();
        let mut app = App::new(doc, AppPaths::in_dir(dir.path()));
        app.document.case_mut().organisation.name = "Édité avant la panne".to_owned();
        app.autosave();
        // The window dies: no clean exit.
    }
    let offered = |app: &App| match &app.question {
        Some(Question::Recovery { case, .. }) => case.organisation.name.clone(),
        _ => String::new(),
    };
    let doc = Document::open(&repo_path("saves/club-randonnee.ron")).unwrap();
    let mut second = App::new(doc, AppPaths::in_dir(dir.path()));
    assert_eq!(offered(&second), "Édité avant la panne");
    // Closed cleanly without an answer: the copy is still there, offered again.
    eframe::App::on_exit(&mut second);
    drop(second);
    let doc = Document::open(&repo_path("saves/club-randonnee.ron")).unwrap();
    let third = App::new(doc, AppPaths::in_dir(dir.path()));
    assert_eq!(offered(&third), "Édité avant la panne");
}

// ----- 14. JSON stays JSON ----------------------------------------------------------------

const HOSTILE: &str = "Club\u{200f}\u{7f}\u{85}\u{9b}\u{1b}[31m\u{2028}\u{202e}\n«»";

fn hostile_case(dir: &Path, name: &str) -> PathBuf {
    let path = club_in(dir);
    let mut case = storage::load(&path).unwrap();
    case.organisation.name = name.to_owned();
    for line in &mut case.snapshots.iter_mut().flat_map(|s| s.lines.iter_mut()) {
        line.counterparty = format!("{name} {}", line.id);
    }
    let out = dir.join(format!("{}.ron", case.snapshots.len()));
    storage::save(&case, &out).unwrap();
    out
}

#[test]
fn json_outputs_parse_back_to_the_same_names_whatever_they_hold() {
    let dir = tempfile::tempdir().unwrap();
    let path = hostile_case(dir.path(), HOSTILE);
    let file = path.to_str().unwrap();
    let other = club_in(dir.path());
    for args in [
        vec!["analyse", file, "--json"],
        vec!["simulate", file, "--json", "--stress"],
        vec!["diff", other.to_str().unwrap(), file, "--json"],
    ] {
        let out = run(&args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        let text = stdout(&out);
        let json: serde_json::Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{args:?} is not JSON ({e}): {text}"));
        // Nothing a terminal obeys is written raw.
        assert!(
            !text
                .chars()
                .any(|c| c.is_control() && c != '\n' || c == '\u{200f}'),
            "{args:?}"
        );
        assert!(
            strings(&json).iter().any(|s| s.contains(HOSTILE)),
            "{args:?}: {json}"
        );
    }
}

/// Every string of a JSON document.
fn strings(json: &serde_json::Value) -> Vec<String> {
    match json {
        serde_json::Value::String(s) => vec![s.clone()],
        serde_json::Value::Array(items) => items.iter().flat_map(strings).collect(),
        serde_json::Value::Object(map) => map.values().flat_map(strings).collect(),
        _ => Vec::new(),
    }
}

// ----- 15. CSV cells neutralised whatever their source ------------------------------------

#[test]
fn every_cell_of_the_portfolio_csv_is_neutralised_whatever_its_source() {
    let case = storage::load(&repo_path("saves/club-randonnee.ron")).unwrap();
    let mut entry = atelier_mse::portfolio::Entry::from_case(
        PathBuf::from("=HYPERLINK(1).ron"),
        1,
        &case,
        Typology::builtin(),
    );
    entry.model = Some("=1+1".to_owned());
    entry.position = "+SUM(A1)".to_owned();
    entry.neutral_snapshot = "@cmd".to_owned();
    entry.sector = "-2+3".to_owned();
    entry.qualifiers = vec!["=danger"];
    let portfolio = atelier_mse::portfolio::Portfolio {
        entries: vec![entry],
        ..Default::default()
    };
    for anonymised in [false, true] {
        let bytes = atelier_mse::portfolio::csv(&portfolio, &[0], anonymised).unwrap();
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .has_headers(false)
            .from_reader(bytes.as_slice());
        for record in reader.records() {
            for cell in record.unwrap().iter() {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "anonymised {anonymised}: « {cell} »"
                );
            }
        }
    }
}

// ----- 16. Line-oriented outputs and the PDF's metadata -----------------------------------

#[test]
fn a_newline_in_a_name_cannot_forge_a_line_of_check_or_analyse() {
    let dir = tempfile::tempdir().unwrap();
    let forged = "Vrai\nfaux.ron : Faux \u{2028}— 9 instantané(s)\r\u{85}";
    let path = hostile_case(dir.path(), forged);
    let out = run(&["check", path.to_str().unwrap()]);
    assert!(out.status.success());
    assert_eq!(stdout(&out).lines().count(), 1, "{}", stdout(&out));
    assert!(!stdout(&out).contains('\u{2028}'));
    // A file whose name holds a line end.
    let named = dir.path().join("a\nb.ron : X — 1 instantané(s).ron");
    fs::copy(&path, &named).unwrap();
    let out = run(&["check", named.to_str().unwrap()]);
    assert_eq!(stdout(&out).lines().count(), 1, "{}", stdout(&out));
    // `analyse` has as many lines as with a plain name.
    let plain_dir = dir.path().join("plain");
    fs::create_dir(&plain_dir).unwrap();
    let plain = hostile_case(&plain_dir, "Vrai");
    let count = |p: &Path| {
        stdout(&run(&["analyse", p.to_str().unwrap()]))
            .lines()
            .count()
    };
    assert_eq!(count(&path), count(&plain));
}

#[test]
fn the_pdf_metadata_is_well_formed_whatever_the_names_hold() {
    let dir = tempfile::tempdir().unwrap();
    let path = hostile_case(
        dir.path(),
        "Club\u{1}\u{b}\u{c}\u{1b}\u{7f}\u{fffe} <&> ]]>",
    );
    let pdf = dir.path().join("rapport.pdf");
    let out = run(&[
        "export",
        path.to_str().unwrap(),
        "--pdf",
        pdf.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let meta = Command::new("pdfinfo")
        .args(["-meta", pdf.to_str().unwrap()])
        .output()
        .expect("pdfinfo (poppler-utils) is needed");
    let xmp = String::from_utf8_lossy(&meta.stdout).into_owned();
    assert!(xmp.contains("x:xmpmeta"), "{xmp}");
    assert!(
        !xmp.chars()
            .any(|c| (c.is_control() && !matches!(c, '\n' | '\r' | '\t')) || c == '\u{fffe}'),
        "{xmp:?}"
    );
    assert!(xmp.contains("Club"), "{xmp}");
}

// ----- 17. A closed standard output is not a failure --------------------------------------

/// Runs the binary with a standard output whose reader is already gone.
fn run_into_a_closed_pipe(args: &[&str]) -> std::process::Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    Command::new(env!("CARGO_BIN_EXE_atelier-mse"))
        .args(args)
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .unwrap()
}

#[test]
fn a_closed_standard_output_does_not_fail_a_command_that_did_its_work() {
    let dir = tempfile::tempdir().unwrap();
    let path = club_in(dir.path());
    let file = path.to_str().unwrap();
    let balance = dir.path().join("balance.csv");
    fs::write(
        &balance,
        "Compte;Libellé;Solde\n706000;Ventes;1200,00\n754100;Dons manuels;300,00\n",
    )
    .unwrap();
    let before = fs::read(&path).unwrap();
    let out = run_into_a_closed_pipe(&[
        "import-balance",
        balance.to_str().unwrap(),
        "--into",
        file,
        "--snapshot",
        "2030 réalisé",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("Broken pipe"), "{}", stderr(&out));
    assert_ne!(fs::read(&path).unwrap(), before, "the import happened");
    assert!(
        storage::load(&path)
            .unwrap()
            .snapshot("2030 réalisé")
            .is_some()
    );
    let old = dir.path().join("ancien.ron");
    fs::copy(repo_path("tests/fixtures/format-2.ron"), &old).unwrap();
    let pdf = dir.path().join("r.pdf");
    for args in [
        vec!["rewrite", old.to_str().unwrap()],
        vec!["check", file],
        vec!["analyse", file],
        vec!["analyse", file, "--json"],
        vec!["simulate", file, "--stress"],
        vec!["diff", file, old.to_str().unwrap()],
        vec!["portfolio", dir.path().to_str().unwrap()],
        vec!["export", file, "--pdf", pdf.to_str().unwrap()],
    ] {
        let out = run_into_a_closed_pipe(&args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert_eq!(stderr(&out), "", "{args:?}");
    }
    assert!(pdf.exists());
}

// ----- 18. The note of a large import is summarised ---------------------------------------

#[test]
fn an_import_of_thousands_of_accounts_keeps_a_summarised_note() {
    let dir = tempfile::tempdir().unwrap();
    let path = club_in(dir.path());
    let mut csv = String::from("Compte;Libellé;Solde\n");
    for i in 0..1_500 {
        csv.push_str(&format!(
            "706{i:05};Prestation de service numéro {i}, avec un libellé long comme ceux des logiciels comptables;100,00\n"
        ));
    }
    let balance = dir.path().join("balance.csv");
    fs::write(&balance, csv).unwrap();
    let out = run(&[
        "import-balance",
        balance.to_str().unwrap(),
        "--into",
        path.to_str().unwrap(),
        "--snapshot",
        "2030 réalisé",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("corrigez le dossier"));
    let case = storage::load(&path).unwrap();
    let line = case
        .snapshot("2030 réalisé")
        .unwrap()
        .lines
        .iter()
        .find(|l| l.kind.as_str() == "ventes_privees")
        .unwrap();
    assert_eq!(line.amount, Some(150_000.0));
    assert!(line.note.chars().count() <= storage::MAX_TEXT_CHARS);
    assert!(
        line.note.contains("70600000"),
        "the first accounts are named"
    );
    assert!(
        line.note.contains("autres comptes"),
        "the rest is summed up"
    );
}

// ----- Messages ---------------------------------------------------------------------------

#[test]
fn typology_mapping_and_reference_errors_are_in_french_and_name_the_file() {
    let typology = Typology::parse("(id: \"x\" version: 1)", "t.ron")
        .unwrap_err()
        .to_string();
    assert!(!typology.contains("Expected"), "{typology}");
    assert!(
        typology.contains("t.ron") && typology.contains("ligne 1"),
        "{typology}"
    );
    let mapping = atelier_mse::import::Mapping::parse("(version: 1, name: \"x\")", "m.ron")
        .unwrap_err()
        .to_string();
    assert!(!mapping.contains("Unexpected"), "{mapping}");
    assert!(
        mapping.contains("m.ron") && mapping.contains("« rules » manquant"),
        "{mapping}"
    );
    let reference = atelier_mse::analysis::reference::Reference::parse(
        "(format_version: 1, id: \"r\")",
        "r.ron",
    )
    .unwrap_err()
    .to_string();
    assert!(!reference.contains("le dossier"), "{reference}");
    assert!(reference.contains("la référence"), "{reference}");
}

#[test]
fn system_errors_are_said_once_and_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let path = club_in(dir.path());
    let out = run(&[
        "anonymise",
        path.to_str().unwrap(),
        "--out",
        dir.path().join("absent/copie.ron").to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(!err.contains("os error") && !err.contains(".:"), "{err}");
    assert!(err.contains("introuvable"), "{err}");
    // The standard output on a full disk.
    let full = fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_atelier-mse"))
        .args(["check", path.to_str().unwrap()])
        .stdout(full)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        !err.contains("os error") && err.contains("le disque est plein"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn portfolio_entries_that_are_not_case_files_are_listed_with_why() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    club_in(dir.path());
    symlink(
        dir.path().join("nulle-part.ron"),
        dir.path().join("lien-mort.ron"),
    )
    .unwrap();
    symlink(dir.path().join("boucle.ron"), dir.path().join("boucle.ron")).unwrap();
    fs::create_dir(dir.path().join("dossier.ron")).unwrap();
    let fifo = dir.path().join("tube.ron");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let out = run(&["portfolio", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("4 fichier(s) non chargé(s)"),
        "{}",
        stdout(&out)
    );
    let err = stderr(&out);
    for name in ["lien-mort.ron", "boucle.ron", "dossier.ron", "tube.ron"] {
        assert!(err.contains(name), "{name}: {err}");
    }
    assert!(
        err.contains("introuvable") && err.contains("pas un fichier ordinaire"),
        "{err}"
    );
    let portfolio =
        atelier_mse::portfolio::Portfolio::load(dir.path(), Typology::builtin()).unwrap();
    assert_eq!(portfolio.entries.len(), 1);
    assert_eq!(portfolio.failures.len(), 4);
}

#[test]
fn reference_poles_and_typology_fields_are_checked() {
    let reference = include_str!("../assets/references/paysage-associatif-2019.ron");
    let text = reference.replacen(
        "groups: [",
        "poles: Some(((0.1, NaN, 0.3), (0.1, 0.2, 0.3), (0.1, 0.2, 0.3))),\n groups: [",
        1,
    );
    let err = atelier_mse::analysis::reference::Reference::parse(&text, "pôles.ron")
        .unwrap_err()
        .to_string();
    assert!(err.contains("pôles.ron") && err.contains("pôle"), "{err}");
    let inverted = reference.replacen(
        "groups: [",
        "poles: Some(((0.3, 0.2, 0.1), (0.1, 0.2, 0.3), (0.1, 0.2, 0.3))),\n groups: [",
        1,
    );
    assert!(atelier_mse::analysis::reference::Reference::parse(&inverted, "r").is_err());
    let typology = include_str!("../assets/typologies/cpca-2014.ron");
    for (from, to, said) in [
        ("sigma: 0.4", "sigma: 1e-300", "σ"),
        ("id: \"M2\"", "id: \"M1\"", "M1"),
        (
            "small_budget: 10000.0",
            "small_budget: 1e300",
            "small_budget",
        ),
    ] {
        assert!(typology.contains(from), "{from}");
        let err = Typology::parse(&typology.replacen(from, to, 1), "typo.ron")
            .unwrap_err()
            .to_string();
        assert!(err.contains("typo.ron") && err.contains(said), "{err}");
    }
}

#[test]
fn zero_hours_per_etp_is_refused_where_it_stands() {
    let text = fs::read_to_string(repo_path("saves/club-randonnee.ron"))
        .unwrap()
        .replace("hours_per_etp: 1607.0", "hours_per_etp: 0.0");
    let err = storage::parse(text.as_bytes(), Path::new("zero.ron"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("zero.ron") && err.contains("ETP"), "{err}");
}

#[test]
fn fec_accounts_that_are_not_numbers_are_refused_with_their_line() {
    let header = atelier_mse::import::fec::COLUMNS.join("\t");
    for account in ["", "ABC"] {
        let fec = format!(
            "{header}\nBQ\tBanque\t1\t20250115\t512000\tBanque\t\t\tP1\t20250115\tX\t10,00\t0,00\t\t\t20250115\t\t\nBQ\tBanque\t1\t20250115\t{account}\tCotisations\t\t\tP1\t20250115\tX\t0,00\t10,00\t\t\t20250115\t\t"
        );
        let err = atelier_mse::import::read_accounts(fec.as_bytes(), "f.txt", (None, None), None)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("ligne 3") && err.contains("numéro de compte"),
            "{err}"
        );
    }
}

#[test]
fn losing_a_funder_without_a_name_is_refused() {
    let out = run(&[
        "simulate",
        repo_path("saves/club-randonnee.ron").to_str().unwrap(),
        "--lose-funder",
        " ",
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(stderr(&out).contains("--lose-funder"), "{}", stderr(&out));
    let case = storage::load(&repo_path("saves/club-randonnee.ron")).unwrap();
    let base = case.default_snapshot().unwrap();
    let err = atelier_mse::analysis::scenario::apply(
        base,
        &[Change::LoseFunder {
            name: String::new(),
        }],
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("nom"), "{err}");
}
