//! The shape of the code, enforced: file-system calls only under `src/storage`, screens that
//! never see the app or each other, and every menu item the README lists present in the menus
//! of the real window.

use std::path::{Path, PathBuf};

use crate::common::repo_path;
use atelier_mse::app::App;
use atelier_mse::app::action::Action;
use atelier_mse::app::i18n::Lang;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// The code of a file without its comments, so that a comment may name what the code may not.
fn code(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn only_storage_touches_the_file_system() {
    let storage = repo_path("src/storage");
    let offenders: Vec<String> = rust_files(&repo_path("src"))
        .into_iter()
        .filter(|p| !p.starts_with(&storage))
        .filter(|p| {
            let code = code(p);
            [
                "std::fs",
                "fs::",
                "File::open",
                "current_dir(",
                "temp_dir(",
                "home_dir(",
                ".is_dir()",
                ".is_file()",
                ".exists()",
                "read_dir(",
                "canonicalize(",
                ".metadata(",
                "symlink_metadata(",
            ]
            .iter()
            .any(|call| code.contains(call))
        })
        .map(|p| p.display().to_string())
        .collect();
    assert!(
        offenders.is_empty(),
        "file-system calls outside src/storage: {offenders:?}"
    );
}

/// The floors of the code, top first (README « Layout of the code »). A file may use its own
/// floor and the floors below, never one above. `format` (numbers the French way) and `palette`
/// (colours) depend on nothing and serve every floor.
const FLOORS: [&[&str]; 9] = [
    &["main", "lib"],
    &["cli"],
    &["app"],
    &["report"],
    &["text"],
    &["portfolio", "compare"],
    &["storage"],
    &["import", "analysis"],
    &["model"],
];
const LEAVES: [&str; 2] = ["format", "palette"];

/// The floor of the top-level module `name` (a folder or a file of `src/`), leaves lowest.
fn floor(name: &str) -> usize {
    FLOORS
        .iter()
        .position(|f| f.contains(&name))
        .unwrap_or_else(|| {
            assert!(LEAVES.contains(&name), "« {name} » has no floor in FLOORS");
            FLOORS.len()
        })
}

/// The code of a file before its unit tests (which may reach anywhere).
fn code_before_tests(path: &Path) -> String {
    let code = code(path);
    match code.find("#[cfg(test)]") {
        Some(at) => code[..at].to_owned(),
        None => code,
    }
}

/// Every top-level module a file of `src/` names (`crate::x`, `use crate::{x, …}`), its own left out.
fn arrows() -> Vec<(String, String, String)> {
    let src = repo_path("src");
    let mut found = Vec::new();
    for path in rust_files(&src) {
        let relative = path.strip_prefix(&src).unwrap();
        let from = relative
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_owned();
        let code = code_before_tests(&path);
        let mut names: Vec<String> = code
            .split("crate::")
            .skip(1)
            .flat_map(|after| {
                if let Some(group) = after.strip_prefix('{') {
                    let group = group.split('}').next().unwrap_or("");
                    group
                        .split(',')
                        .filter_map(|item| {
                            let name: String = item
                                .trim()
                                .chars()
                                .take_while(|c| c.is_alphanumeric() || *c == '_')
                                .collect();
                            (!name.is_empty()).then_some(name)
                        })
                        .collect::<Vec<_>>()
                } else {
                    vec![
                        after
                            .chars()
                            .take_while(|c| c.is_alphanumeric() || *c == '_')
                            .collect(),
                    ]
                }
            })
            .collect();
        names.sort();
        names.dedup();
        for to in names {
            if to != from && !to.is_empty() {
                found.push((from.clone(), to, relative.display().to_string()));
            }
        }
    }
    found
}

#[test]
fn no_module_uses_a_floor_above_its_own() {
    let up: Vec<String> = arrows()
        .into_iter()
        .filter(|(from, to, _)| floor(to) < floor(from))
        .map(|(from, to, file)| format!("{file}: {from} → {to}"))
        .collect();
    assert!(up.is_empty(), "arrows up the floors:\n{}", up.join("\n"));
}

#[test]
fn no_two_modules_use_each_other() {
    let arrows = arrows();
    let pairs: Vec<String> = arrows
        .iter()
        .filter(|(from, to, _)| arrows.iter().any(|(f, t, _)| f == to && t == from))
        .map(|(from, to, file)| format!("{file}: {from} → {to}"))
        .collect();
    assert!(
        pairs.is_empty(),
        "circles between modules:\n{}",
        pairs.join("\n")
    );
}

#[test]
fn screens_never_see_the_app_or_another_screen() {
    let dir = repo_path("src/app/screens");
    // A screen is a file or a folder of src/app/screens; its parts belong to it.
    let screen_of = |path: &Path| {
        let first = path.strip_prefix(&dir).ok()?.components().next()?;
        let name = Path::new(first.as_os_str()).file_stem()?;
        Some(name.to_string_lossy().into_owned()).filter(|s| s != "mod")
    };
    let mut screens: Vec<String> = rust_files(&dir)
        .iter()
        .filter_map(|p| screen_of(p))
        .collect();
    screens.sort();
    screens.dedup();
    assert!(screens.len() >= 5, "{screens:?}");
    for path in rust_files(&dir) {
        let own = screen_of(&path).unwrap_or_default();
        let code = code(&path);
        for forbidden in ["app::App", "super::App", "use crate::app::{App", "App {"] {
            assert!(
                !code.contains(forbidden),
                "{} uses the app ({forbidden})",
                path.display()
            );
        }
        for other in screens.iter().filter(|s| **s != own) {
            for forbidden in [format!("screens::{other}"), format!("super::{other}")] {
                assert!(
                    !code.contains(&forbidden),
                    "{} imports the screen {other}",
                    path.display()
                );
            }
        }
    }
}

/// The app routes, it does not reach into a screen or a panel that keeps drafts: outside
/// `src/app/screens`, the screens are only asked for their tabs and to draw the one in view
/// (`self.screens.tabs(…)`, `self.screens.show(…)`: registered once, in `screens/mod.rs`),
/// never lent whole, read or written; the side panel only drawn (`self.side.ui(…)`). What they
/// show comes in the `CaseView` or the workspaces lent for the frame, what they ask goes out as
/// commands. The code is read without its spaces and line breaks, so that a chain rustfmt
/// wrapped is read whole.
#[test]
fn nothing_outside_a_screen_writes_into_it() {
    let screens = repo_path("src/app/screens");
    let mut offenders = Vec::new();
    // The app and what it holds live in src/app.
    for path in rust_files(&repo_path("src/app")) {
        if path.starts_with(&screens) {
            continue;
        }
        let code: String = code_before_tests(&path)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        for (holder, allowed) in [
            ("self.screens", &[".show(", ".tabs("][..]),
            ("self.side", &[".ui("][..]),
        ] {
            for after in code.split(holder).skip(1) {
                if !allowed.iter().any(|a| after.starts_with(a)) {
                    let line: String = after.chars().take(50).collect();
                    offenders.push(format!("{}: {holder}{line}", path.display()));
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "reaches into a screen or a panel:\n{}",
        offenders.join("\n")
    );
}

/// The real window on the club's case.
fn club_window(dir: &Path) -> Harness<'static, App> {
    crate::common::sample_window("club-randonnee.ron", dir)
}

/// The menu items the README lists after « **Menu** : », each with its shortcuts
/// (« Ctrl+Maj+Z, Ctrl+Y »), empty for none.
fn readme_menu_items() -> Vec<(String, String)> {
    let readme = std::fs::read_to_string(repo_path("README.md")).unwrap();
    let start = readme.find("- **Menu**:").expect("README lists the menus");
    let text = &readme[start..];
    // The list ends with the first sentence: « …, Typologie intégrée). ».
    let end = text.find(").").map_or(text.len(), |i| i + 1);
    let text = text[..end].replace('\n', " ");
    // « Fichier (Nouveau Ctrl+N, Ouvrir… Ctrl+O, …) »: the items are between the brackets.
    let mut items = Vec::new();
    for group in text.split('(').skip(1) {
        let inside = group.split(')').next().unwrap();
        for item in inside.split(", ") {
            let words: Vec<&str> = item.split_whitespace().collect();
            let label: Vec<&str> = words
                .iter()
                .copied()
                .filter(|w| !w.starts_with("Ctrl+") && *w != "or")
                .collect();
            let keys: Vec<&str> = words
                .iter()
                .copied()
                .filter(|w| w.starts_with("Ctrl+"))
                .collect();
            if !label.is_empty() {
                items.push((label.join(" "), keys.join(", ")));
            }
        }
    }
    items
}

#[test]
fn every_menu_item_of_the_readme_is_in_the_menus_with_its_shortcut() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = club_window(dir.path());
    let items = readme_menu_items();
    assert!(items.len() >= 20, "{items:?}");
    for action in Action::ALL {
        assert!(
            items.iter().any(|(item, _)| item == action.label()),
            "« {} » is in the menus but not in the README",
            action.label()
        );
    }
    for (item, keys) in &items {
        let action = Action::ALL.into_iter().find(|a| a.label() == item.as_str());
        let menu = match (&action, item.as_str()) {
            (Some(a), _) => a.menu().title(),
            (None, "Ouvrir récent") => "Fichier",
            (None, "Langue" | "Taille du texte" | "Thème sombre") => "Affichage",
            (None, other) => panic!("« {other} » is in the README but not in the menus"),
        };
        if let Some(action) = action {
            assert_eq!(
                &action.shortcut_text(Lang::Fr),
                keys,
                "shortcut of « {item} »"
            );
        }
        h.get_by_label(menu).click();
        h.run();
        assert!(
            h.query_all_by_label_contains(item).next().is_some(),
            "« {item} » is not in the menu {menu}"
        );
        h.key_press(egui::Key::Escape);
        h.run();
    }
}

#[test]
fn the_export_items_are_in_the_file_menu_and_open_the_export_window() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = club_window(dir.path());
    h.get_by_label("Fichier").click();
    h.run();
    h.get_by_label("Exporter une copie anonymisée…");
    h.get_by_label_contains("Exporter…").click();
    h.run();
    assert!(h.state().export.open, "the export window opened");
    h.get_by_label("Choisir le fichier et exporter…");
}

#[test]
fn every_picture_and_document_the_readme_links_exists() {
    let readme = std::fs::read_to_string(crate::common::repo_path("README.md")).unwrap();
    let mut links = 0;
    for part in readme.split("](").skip(1) {
        let target = part.split(')').next().unwrap();
        if target.starts_with("http") || target.starts_with('#') {
            continue;
        }
        links += 1;
        assert!(
            crate::common::repo_path(target).exists(),
            "README links {target}, which is not in the repository"
        );
    }
    assert!(links >= 9, "{links} links");
}

#[test]
fn about_says_what_version_prints_the_typology_and_the_font_licence() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = club_window(dir.path());
    h.get_by_label("Aide").click();
    h.run();
    h.get_by_label("À propos…").click();
    h.run();
    let version = atelier_mse::text::version_text(atelier_mse::text::Lang::Fr);
    h.get_by_label(&format!("atelier-mse {version}"));
    let typology = atelier_mse::analysis::Typology::builtin();
    h.get_by_label_contains(&format!(
        "« {} », version {}",
        typology.id, typology.version
    ));
    assert!(h.query_all_by_label_contains("Bitstream Vera").count() >= 1);
    // The command line says the same.
    let out = crate::common::run(&["--version"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("atelier-mse {version}")
    );
}

/// The README's figure: a test program stays small (no debug information for the
/// dependencies), so that a fresh checkout's suite fits on the CI machine's disk — with full
/// debug information each one weighed 700 MB and the 20 of them filled it.
#[test]
fn a_test_program_weighs_less_than_200_mb() {
    let exe = std::env::current_exe().unwrap();
    let size = std::fs::metadata(&exe).unwrap().len();
    assert!(
        size < 200 * 1024 * 1024,
        "{} weighs {} MB: is debug information back in Cargo.toml's [profile.dev]?",
        exe.display(),
        size / (1024 * 1024)
    );
}

/// The integration tests are one program (each linked once): every file of `tests/` is a module
/// of `tests/tests.rs`, and Cargo discovers no other test program.
#[test]
fn the_integration_tests_are_one_program() {
    let manifest = std::fs::read_to_string(repo_path("Cargo.toml")).unwrap();
    assert!(
        manifest.contains("autotests = false"),
        "Cargo.toml: autotests = false"
    );
    assert_eq!(
        manifest.matches("[[test]]").count(),
        1,
        "one [[test]] in Cargo.toml"
    );
    let root = std::fs::read_to_string(repo_path("tests/tests.rs")).unwrap();
    for entry in std::fs::read_dir(repo_path("tests")).unwrap() {
        let path = entry.unwrap().path();
        let Some(stem) = path.file_stem().map(|s| s.to_string_lossy().into_owned()) else {
            continue;
        };
        if path.extension().is_some_and(|e| e == "rs") && stem != "tests" {
            assert!(
                root.contains(&format!("mod {stem};")),
                "tests/{stem}.rs is not a module of tests/tests.rs: its tests would never run"
            );
        }
    }
}

/// The application holds no `unsafe`: the lint forbids it (no module can allow it back), and
/// the one call that needs it — is this Windows program under Wine? — lives in its own small
/// crate, `crates/wine-probe`.
#[test]
fn the_application_forbids_unsafe_code() {
    let manifest = std::fs::read_to_string(repo_path("Cargo.toml")).unwrap();
    let lints = manifest
        .split("[lints.rust]")
        .nth(1)
        .expect("Cargo.toml has a [lints.rust] table");
    let table = lints.split("\n[").next().unwrap();
    assert!(
        table.contains("unsafe_code = \"forbid\""),
        "[lints.rust] unsafe_code = \"forbid\""
    );
    let offenders: Vec<String> = rust_files(&repo_path("src"))
        .into_iter()
        .filter(|p| code(p).contains("unsafe"))
        .map(|p| p.display().to_string())
        .collect();
    assert!(offenders.is_empty(), "unsafe in {offenders:?}");
}

/// Every file and folder the README's « Where a newcomer finds things » names exists, each
/// given by its path from the repository's root.
#[test]
fn every_place_of_the_newcomers_guide_exists() {
    let readme = std::fs::read_to_string(repo_path("README.md")).unwrap();
    let start = readme
        .find("Where a newcomer finds things")
        .expect("README has the newcomer's guide");
    let guide = readme[start..].split("\n\n").nth(1).unwrap();
    let names: Vec<&str> = guide
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|n| !n.contains('*') && !n.starts_with('.'))
        .filter(|n| n.contains('/') || n.contains('.'))
        .collect();
    assert!(names.len() >= 30, "{names:?}");
    for name in names {
        assert!(
            repo_path(name).exists(),
            "the README's guide names « {name} », which is not a path of the repository"
        );
    }
}

/// Rooms small enough to live in: no source file over about 500 lines (a few over, none past
/// 520); a file that grows past it is split by what it holds, as `model/edits/`, the matrix and
/// the scenarios view were.
#[test]
fn no_source_file_is_over_about_500_lines() {
    let long: Vec<String> = rust_files(&repo_path("src"))
        .into_iter()
        .chain(rust_files(&repo_path("crates")))
        .filter_map(|p| {
            let lines = std::fs::read_to_string(&p).unwrap().lines().count();
            (lines > 520).then(|| format!("{}: {lines} lines", p.display()))
        })
        .collect();
    assert!(long.is_empty(), "split these files: {long:?}");
}

/// The suite lints while it builds (the README's « formatting, lints, tests »):
/// `scripts/lint-rustc` is Clippy's driver with every warning an error — it refuses a file
/// Clippy warns about and compiles a clean one — and `scripts/test.sh` builds and runs the tests
/// through it, every target included, as `cargo clippy --all-targets -- -D warnings` would.
#[test]
fn the_suite_builds_through_clippy_denying_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let lint = |code: &str| {
        let file = dir.path().join("lib.rs");
        std::fs::write(&file, code).unwrap();
        std::process::Command::new(repo_path("scripts/lint-rustc"))
            .args([
                "rustc",
                "--edition",
                "2024",
                "--crate-type",
                "lib",
                "--emit",
                "metadata",
            ])
            .arg("--out-dir")
            .arg(dir.path())
            .arg(&file)
            .output()
            .expect("scripts/lint-rustc runs clippy-driver (rustup component clippy)")
    };
    let warned = lint("pub fn empty(v: &[u8]) -> bool {\n    v.len() == 0\n}\n");
    let said = String::from_utf8_lossy(&warned.stderr);
    assert!(
        !warned.status.success(),
        "a Clippy warning must fail the build"
    );
    assert!(
        said.contains("clippy::len_zero"),
        "Clippy's own lint: {said}"
    );
    let clean = lint("pub fn empty(v: &[u8]) -> bool {\n    v.is_empty()\n}\n");
    let said = String::from_utf8_lossy(&clean.stderr);
    assert!(clean.status.success(), "a clean file compiles: {said}");

    let script = std::fs::read_to_string(repo_path("scripts/test.sh")).unwrap();
    assert!(
        script.contains("lint=(env RUSTC_WORKSPACE_WRAPPER=\"$PWD/scripts/lint-rustc\")"),
        "scripts/test.sh names the wrapper"
    );
    let builds: Vec<&str> = script
        .lines()
        .filter(|line| line.contains("cargo test") && !line.trim_start().starts_with('#'))
        .collect();
    assert_eq!(
        builds.len(),
        2,
        "a build of every target, then the run: {builds:?}"
    );
    for line in &builds {
        assert!(
            line.starts_with("\"${lint[@]}\" cargo test --locked"),
            "{line}"
        );
    }
    assert!(
        builds[0].contains("--all-targets --no-run"),
        "{}",
        builds[0]
    );
    assert!(script.contains("cargo fmt --all -- --check"));
}

/// The window draws with the patched egui-wgpu of `vendor/` (README « Speed »): the lockfile
/// takes it from there, not from crates.io, and its shader chooses the texture filtering when
/// the pipeline is made — a constant — not from the uniform in every pixel, which a software
/// rasterizer pays for on both sides.
#[test]
fn the_renderer_chooses_its_texture_filtering_when_the_pipeline_is_made() {
    let manifest = std::fs::read_to_string(repo_path("Cargo.toml")).unwrap();
    assert!(
        manifest.contains("[patch.crates-io]\negui-wgpu = { path = \"vendor/egui-wgpu\" }"),
        "Cargo.toml patches egui-wgpu with vendor/egui-wgpu"
    );
    let lock = std::fs::read_to_string(repo_path("Cargo.lock")).unwrap();
    let entry = lock
        .split("[[package]]")
        .find(|p| p.contains("name = \"egui-wgpu\""))
        .unwrap();
    assert!(
        !entry.contains("source ="),
        "egui-wgpu from crates.io: {entry}"
    );
    let shader = std::fs::read_to_string(repo_path("vendor/egui-wgpu/src/egui.wgsl")).unwrap();
    assert!(shader.contains("override PREDICTABLE_TEXTURE_FILTERING: bool"));
    assert!(
        !shader.contains("r_locals.predictable_texture_filtering"),
        "the shader reads the filtering from the uniform again"
    );
}
