//! The interface strings, French first. Code writes the French text; `Lang::t` returns it, or
//! its English translation from the one catalogue, kept in a file per area of the window and
//! looked up in a map built once. The French text is the key: French needs no lookup at all,
//! and a reader finds a sentence where it is drawn. Domain terms (the levers, « budget
//! valorisé », the models' names…) are the users' own words and stay French in both languages.

use std::collections::HashMap;
use std::sync::LazyLock;

mod common;
mod matrix;
mod scenarios;
mod screens;
mod window;

pub use crate::text::Lang;

impl Lang {
    /// `template` in this language with each « {} » replaced by the next of `parts`, in order.
    pub fn f(self, template: &'static str, parts: &[&str]) -> String {
        let mut out = String::new();
        let mut rest = self.t(template);
        for part in parts {
            match rest.split_once("{}") {
                Some((before, after)) => {
                    out.push_str(before);
                    out.push_str(part);
                    rest = after;
                }
                None => break,
            }
        }
        out.push_str(rest);
        out
    }

    /// The text in this language: `fr` itself, or its English entry in the catalogue.
    pub fn t(self, fr: &'static str) -> &'static str {
        match self {
            Lang::Fr => fr,
            Lang::En => ENGLISH.get(fr).copied().unwrap_or(fr),
        }
    }
}

/// The catalogue's areas, each a list of (French, English). Domain vocabulary that a screen
/// passes through `t` is listed with itself as English: it stays French by design, and is
/// listed so that nothing falls back to French unseen (tests/english/source.rs).
const AREAS: &[&[(&str, &str)]] = &[
    common::ENTRIES,
    window::ENTRIES,
    matrix::ENTRIES,
    scenarios::ENTRIES,
    screens::ENTRIES,
];

/// Every (French, English) entry of the catalogue, area by area.
pub fn entries() -> impl Iterator<Item = (&'static str, &'static str)> {
    AREAS.iter().flat_map(|area| area.iter().copied())
}

/// The English of each French text, built once on the first English lookup.
static ENGLISH: LazyLock<HashMap<&'static str, &'static str>> =
    LazyLock::new(|| entries().collect());

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_has_one_entry_per_french_text() {
        let mut keys: Vec<_> = entries().map(|(fr, _)| fr).collect();
        keys.sort();
        let before = keys.len();
        keys.dedup();
        assert_eq!(before, keys.len());
    }

    #[test]
    fn english_falls_back_to_french_for_domain_terms() {
        assert_eq!(Lang::En.t("Enregistrer"), "Save");
        assert_eq!(Lang::Fr.t("Enregistrer"), "Enregistrer");
        assert_eq!(Lang::En.t("Budget valorisé"), "Budget valorisé");
    }

    #[test]
    fn a_template_takes_its_parts_in_either_language() {
        let parts = ["2024 réalisé"];
        assert_eq!(
            Lang::Fr.f("Évolution par rapport à « {} »", &parts),
            "Évolution par rapport à « 2024 réalisé »"
        );
        assert_eq!(
            Lang::En.f("Évolution par rapport à « {} »", &parts),
            "Change since « 2024 réalisé »"
        );
    }
}
