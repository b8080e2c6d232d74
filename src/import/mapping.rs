//! The mapping from account numbers to resource kinds, as data (`assets/balance-mapping.ron`),
//! replaceable by a file and overridden per case. The longest matching prefix wins.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

pub use crate::model::{AccountAction as Action, AccountRule as Rule};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    pub version: u32,
    pub name: String,
    pub rules: Vec<Rule>,
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
            })
        })
    }

    pub fn parse(text: &str, name: &str) -> Result<Mapping, String> {
        let mapping: Mapping = ron::Options::default()
            .with_recursion_limit(16)
            .from_str(text)
            .map_err(|e| {
                format!(
                    "La table de correspondance « {name} » est mal formée (ligne {}, colonne {}) : {}",
                    e.span.start.line,
                    e.span.start.col,
                    crate::model::ron_message(&e.code)
                )
            })?;
        if let Some(p) = mapping.rules.iter().find_map(Rule::problem) {
            return Err(format!("La table de correspondance « {name} » : {p}."));
        }
        Ok(mapping)
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
