//! The mapping from account numbers to resource kinds, as data (`assets/balance-mapping.ron`),
//! replaceable by a file and overridden per case. The longest matching prefix wins.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::error::{MappingError, MappingProblem};
use super::fold::fold;
use crate::model::KindId;
pub use crate::model::{AccountAction as Action, AccountRule as Rule};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    pub version: u32,
    pub name: String,
    pub rules: Vec<Rule>,
    /// What is proposed for the accounts whose number does not decide (74, 755…).
    #[serde(default)]
    pub hints: Vec<Hint>,
    /// Which balance-sheet accounts make the « réserves » proposed for the snapshot.
    #[serde(default)]
    pub reserves: ReservesRule,
}

/// The convention that makes the snapshot's « réserves » from the balance-sheet accounts
/// (fonds propres, or trésorerie…), said in the review; no prefixes, no proposal.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReservesRule {
    /// The convention in words: « fonds propres (comptes 10, 11 et 12) ».
    pub convention: String,
    pub prefixes: Vec<String>,
    /// Whether the accounts are summed as credit balances (fonds propres) or debit ones
    /// (trésorerie).
    pub credit: bool,
}

/// A kind proposed for an account to confirm: its label holds one of `words` (case and accents
/// aside), or its number starts with `prefix` (when it has one).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hint {
    #[serde(default)]
    pub words: Vec<String>,
    /// Empty: any account.
    #[serde(default)]
    pub prefix: String,
    pub kind: KindId,
}

const BUILTIN: &str = include_str!("../../assets/balance-mapping.ron");

impl Mapping {
    /// The mapping shipped with the app (chart of accounts of associations, ANC 2018-06).
    pub fn builtin() -> &'static Mapping {
        static MAPPING: OnceLock<Mapping> = OnceLock::new();
        MAPPING.get_or_init(|| {
            Mapping::parse(BUILTIN, "intégrée").unwrap_or_else(|_| Mapping {
                version: 1,
                name: String::new(),
                rules: Vec::new(),
                hints: Vec::new(),
                reserves: ReservesRule::default(),
            })
        })
    }

    pub fn parse(text: &str, name: &str) -> Result<Mapping, MappingError> {
        let refused = |problem: MappingProblem| MappingError {
            name: name.to_owned(),
            problem,
        };
        let mapping: Mapping = ron::Options::default()
            .with_recursion_limit(16)
            .from_str(text)
            .map_err(|e| {
                refused(MappingProblem::Syntax {
                    line: e.span.start.line,
                    column: e.span.start.col,
                    message: crate::model::ron_message(&e.code),
                })
            })?;
        if let Some(p) = mapping.rules.iter().find_map(Rule::problem) {
            return Err(refused(MappingProblem::Rule(p)));
        }
        Ok(mapping)
    }

    /// The kind among `options` that the hints name for this account, if they name one and only
    /// one.
    pub fn propose(&self, account: &str, label: &str, options: &[KindId]) -> Option<KindId> {
        let label = fold(label);
        let mut found: Vec<&KindId> = self
            .hints
            .iter()
            .filter(|h| {
                h.words.iter().any(|w| starts_a_word(&label, &fold(w)))
                    || (!h.prefix.is_empty() && account.starts_with(h.prefix.as_str()))
            })
            .filter_map(|h| options.iter().find(|o| **o == h.kind))
            .collect();
        found.sort();
        found.dedup();
        match found.as_slice() {
            [one] => Some((*one).clone()),
            _ => None,
        }
    }

    /// The rule for `account`: the longest prefix among the case's rules and these, the case's
    /// winning a tie.
    pub fn rule_for<'a>(&'a self, overrides: &'a [Rule], account: &str) -> Option<&'a Rule> {
        let matching = |rules: &'a [Rule]| {
            rules
                .iter()
                .filter(|r| account.starts_with(&r.prefix))
                .max_by_key(|r| r.prefix.len())
        };
        match (matching(overrides), matching(&self.rules)) {
            (Some(o), Some(m)) if m.prefix.len() > o.prefix.len() => Some(m),
            (Some(o), _) => Some(o),
            (None, m) => m,
        }
    }
}

/// Whether `word` is in `text` at the start of a word (« marché » is not in « démarches »).
fn starts_a_word(text: &str, word: &str) -> bool {
    !word.is_empty()
        && text.match_indices(word).any(|(at, _)| {
            text.get(..at)
                .and_then(|before| before.chars().next_back())
                .is_none_or(|c| !c.is_alphanumeric())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_mapping_reads_with_its_hints() {
        let mapping = Mapping::parse(BUILTIN, "intégrée").unwrap();
        assert!(mapping.hints.len() >= 8);
    }

    #[test]
    fn public_aids_to_jobs_are_proposed_as_subsidies() {
        let options = [
            KindId::new("subventions").unwrap(),
            KindId::new("commande_publique").unwrap(),
        ];
        let m = Mapping::builtin();
        for (account, label) in [
            ("748000", "Aides à l'emploi"),
            ("748", "Produits divers"),
            ("740100", "FONJEP"),
            ("740200", "Contrats aidés (État)"),
            ("740300", "Aide au poste Région"),
            ("740400", "AIDES A L\u{2019}EMPLOI"),
        ] {
            assert_eq!(
                m.propose(account, label, &options),
                Some(options[0].clone()),
                "{account} {label}"
            );
        }
        assert_eq!(m.propose("740", "Démarches qualité", &options), None);
        assert_eq!(
            m.propose("740", "Marché public", &options),
            Some(options[1].clone())
        );
    }
}
