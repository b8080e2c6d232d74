//! Why a mapping table is refused, or cannot be used, in French — its `Display` — and English.

use std::fmt;

use super::Lang;
use super::accounts_words::two;
use crate::import::{MappingError, MappingProblem};
use crate::storage::MappingLoadError;

impl fmt::Display for MappingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&mapping_refusal(self, Lang::Fr))
    }
}

/// Why a mapping table is refused, in `lang`; what the model says of a rule or of the RON
/// stays French.
pub fn mapping_refusal(err: &MappingError, lang: Lang) -> String {
    let name = lang.quoted(&err.name);
    match &err.problem {
        MappingProblem::Syntax {
            line,
            column,
            message,
        } => two(
            lang,
            format!(
                "La table de correspondance {name} est mal formée (ligne {line}, colonne {column}) : {message}"
            ),
            format!(
                "The account mapping {name} is malformed (line {line}, column {column}): {message}"
            ),
        ),
        MappingProblem::Rule(problem) => two(
            lang,
            format!("La table de correspondance {name} : {problem}."),
            format!(
                "The account mapping {name}: {}.",
                super::problem(problem, Lang::En)
            ),
        ),
    }
}

impl fmt::Display for MappingLoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&mapping_load_refusal(self, Lang::Fr))
    }
}

/// Why the mapping table chosen cannot be used, in `lang`; a file that cannot be read is said
/// in storage's words, in `lang` too.
pub fn mapping_load_refusal(err: &MappingLoadError, lang: Lang) -> String {
    match err {
        MappingLoadError::Unread(e) => {
            let why = super::read_refusal(e, lang);
            two(
                lang,
                format!("Table de correspondance : {why}"),
                format!("Account mapping: {why}"),
            )
        }
        MappingLoadError::Invalid(e) => mapping_refusal(e, lang),
    }
}
