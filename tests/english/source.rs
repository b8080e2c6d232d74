//! The catalogue, whole: both languages, one entry per French text, every entry used, every
//! `t("…")`/`f("…")` of the window in it (nothing falls back to French unseen), and no French
//! interface text written outside it in the screens, panels, dialogs and widgets.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use atelier_mse::app::i18n::entries;

use super::{FRENCH_WORDS, interface_part};
use crate::common::repo_path;

/// Texts of the window written outside the catalogue on purpose, with why.
const NOT_YET_ENGLISH: &[&str] = &[
    // The names of the two sides of a comparison with the saved version: they go into the
    // comparison's copied table too, and the function is called from app/files.rs, which
    // another change holds today.
    "{title} (modifications en cours)",
    "version enregistrée",
];

/// The texts passed to `t` and `f` in the window's code, with where each is.
fn translated_literals() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut files = Vec::new();
    rust_files(&repo_path("src/app"), &mut files);
    // The catalogue's own unit tests call `t` on purpose with a domain word.
    files.retain(|p| !p.starts_with(repo_path("src/app/i18n")));
    for path in files {
        let code = std::fs::read_to_string(&path).unwrap();
        let name = path
            .strip_prefix(repo_path(""))
            .unwrap()
            .display()
            .to_string();
        for call in [".t(\"", ".f(\"", ".t(\n", ".f(\n"] {
            for (at, _) in code.match_indices(call) {
                let rest = code[at + call.len() - 1..].trim_start();
                if let Some(text) = rest.strip_prefix('"').and_then(string_literal) {
                    out.push((text, name.clone()));
                }
            }
        }
    }
    out
}

/// The Rust string literal that `rest` (after its opening quote) starts with, unescaped.
fn string_literal(rest: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                '\n' => {
                    // A continued line: its leading spaces are not part of the text.
                    let tail: String = chars.clone().collect();
                    let skipped = tail.len() - tail.trim_start().len();
                    for _ in 0..tail[..skipped].chars().count() {
                        chars.next();
                    }
                }
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    None
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_catalogue_is_whole_and_every_translated_text_is_in_it() {
    let entries: Vec<(&str, &str)> = entries().collect();
    assert!(entries.len() > 250, "{} entries", entries.len());
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for (fr, en) in &entries {
        if fr.trim().is_empty() || en.trim().is_empty() {
            problems.push(format!("« {fr} » → « {en} »: a language is missing"));
        }
        if !seen.insert(*fr) {
            problems.push(format!("« {fr} » is twice in the catalogue"));
        }
        if fr.matches("{}").count() != en.matches("{}").count() {
            problems.push(format!("« {fr} » → « {en} »: not the same number of {{}}"));
        }
    }
    let mut files = Vec::new();
    rust_files(&repo_path("src"), &mut files);
    let catalogue_dir = repo_path("src/app/i18n");
    let source: String = files
        .iter()
        .filter(|p| !p.starts_with(&catalogue_dir))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    for (fr, _) in &entries {
        let literal = format!("{fr:?}");
        // A long literal may be written over several lines: its first words suffice.
        let head: String = literal.chars().take(40).collect();
        if !source.contains(&literal) && !source.contains(&head) {
            problems.push(format!("« {fr} » is used nowhere in src/"));
        }
    }
    let literals = translated_literals();
    assert!(literals.len() > 200, "{} literals", literals.len());
    for (text, file) in literals {
        if !seen.contains(text.as_str()) {
            problems.push(format!("{file}: « {text} » is not in the catalogue"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The string literals of a Rust file before its tests, comments left out (a rough lexer: enough
/// for the window's code, which has no raw strings).
fn string_literals(code: &str) -> Vec<String> {
    let code = code.split("#[cfg(test)]").next().unwrap_or_default();
    let mut out = Vec::new();
    let mut chars = code.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '\'' => {
                // A char literal: '"', '\'', 'x'; or a lifetime, left as it is.
                let ahead: String = chars.clone().take(3).collect();
                if ahead.starts_with("\"'") {
                    chars.nth(1);
                } else if ahead.starts_with('\\') {
                    chars.nth(2);
                }
            }
            '"' => {
                let rest: String = chars.clone().collect();
                if let Some(text) = string_literal(&rest) {
                    let mut escaped = false;
                    for c in chars.by_ref() {
                        match c {
                            '\\' if !escaped => escaped = true,
                            '"' if !escaped => break,
                            _ => escaped = false,
                        }
                    }
                    out.push(text);
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn no_french_interface_text_is_written_outside_the_catalogue() {
    let keys: BTreeSet<&str> = entries().map(|(fr, _)| fr).collect();
    let mut files = Vec::new();
    for dir in ["screens", "panels", "dialogs", "widgets"] {
        rust_files(&repo_path(&format!("src/app/{dir}")), &mut files);
    }
    let mut found = Vec::new();
    for path in files {
        let code = std::fs::read_to_string(&path).unwrap();
        let name = path
            .strip_prefix(repo_path(""))
            .unwrap()
            .display()
            .to_string();
        for text in string_literals(&code) {
            if keys.contains(text.as_str()) || NOT_YET_ENGLISH.contains(&text.as_str()) {
                continue;
            }
            let rest = interface_part(&text, &[]).to_lowercase();
            let words: Vec<&str> = rest
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .collect();
            if let Some(w) = FRENCH_WORDS.iter().find(|w| words.contains(w)) {
                found.push(format!("{name}: « {text} » (« {w} »)"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} French texts outside the catalogue:\n{}",
        found.len(),
        found.join("\n")
    );
}
