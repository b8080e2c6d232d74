//! The words of an edit refused (`model::EditError`): what the edit names is gone, a name taken
//! or empty, a limit passed, a value the model refuses — in French (also its `Display`) or
//! English. The window says it in its language; the case is unchanged.

use std::fmt;

use super::{Lang, problem, scenario_refusal};
use crate::model::EditError;
use crate::model::edits::Gone;

/// Why `err`'s edit was not applied, in `lang`.
pub fn edit_refusal(err: &EditError, lang: Lang) -> String {
    let q = |text: &str| lang.quoted(text);
    match (err, lang) {
        (EditError::NoSnapshot, _) => lang
            .pick(
                "cet instantané n'existe plus",
                "this snapshot no longer exists",
            )
            .to_owned(),
        (EditError::NoLine, _) => lang
            .pick("cette ligne n'existe plus", "this line no longer exists")
            .to_owned(),
        (EditError::Gone(what), _) => gone(*what, lang).to_owned(),
        (EditError::EmptyLabel, _) => lang
            .pick(
                "le nom d'un instantané ne peut pas être vide",
                "a snapshot's name cannot be empty",
            )
            .to_owned(),
        (EditError::LabelTaken(name), Lang::Fr) => {
            format!("un autre instantané s'appelle déjà {}", q(name))
        }
        (EditError::LabelTaken(name), Lang::En) => {
            format!("another snapshot is already called {}", q(name))
        }
        (EditError::LastSnapshot, _) => lang
            .pick(
                "un dossier garde au moins un instantané",
                "a case must keep at least one snapshot",
            )
            .to_owned(),
        (EditError::UnnamedScenario, _) => lang
            .pick("un scénario a besoin d'un nom", "a scenario needs a name")
            .to_owned(),
        (EditError::ScenarioNameTaken(name), Lang::Fr) => {
            format!("un autre scénario s'appelle déjà {}", q(name))
        }
        (EditError::ScenarioNameTaken(name), Lang::En) => {
            format!("another scenario is already called {}", q(name))
        }
        (EditError::NoLineId, _) => lang
            .pick(
                "plus de numéro de ligne libre dans ce dossier",
                "no free line number left in this case",
            )
            .to_owned(),
        (EditError::LineTextTooLong { line, most }, Lang::Fr) => {
            format!("ligne {line} : un texte dépasse {most} caractères")
        }
        (EditError::LineTextTooLong { line, most }, Lang::En) => {
            format!("line {line}: a text is longer than {most} characters")
        }
        (EditError::TooManyLines { adding, most }, Lang::Fr) => {
            format!("{adding} lignes de plus dépasseraient les {most} lignes d'un instantané")
        }
        (EditError::TooManyLines { adding, most }, Lang::En) => {
            format!("{adding} more lines would exceed the limit of {most} lines per snapshot")
        }
        (EditError::RoundRefused { most, chars }, Lang::Fr) => format!(
            "au plus {most} tours d'autodiagnostic par dossier, datés en moins de {chars} caractères"
        ),
        (EditError::RoundRefused { most, chars }, Lang::En) => format!(
            "at most {most} autodiagnostic rounds per case, each dated in at most {chars} characters"
        ),
        (EditError::Problem(p), _) => problem(p, lang),
        (EditError::Scenario(e), _) => scenario_refusal(e, lang),
    }
}

/// What the edit named and is gone.
fn gone(what: Gone, lang: Lang) -> &'static str {
    let (fr, en) = match what {
        Gone::Session => (
            "cette séance n'existe plus",
            "this session no longer exists",
        ),
        Gone::Action => ("cette action n'existe plus", "this action no longer exists"),
        Gone::Rate => ("ce taux n'existe plus", "this rate no longer exists"),
        Gone::Scenario => (
            "ce scénario n'existe plus",
            "this scenario no longer exists",
        ),
        Gone::Change => (
            "ce changement n'existe plus",
            "this change no longer exists",
        ),
        Gone::Round => (
            "ce tour d'autodiagnostic n'existe plus",
            "this round of autodiagnostic no longer exists",
        ),
    };
    lang.pick(fr, en)
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&edit_refusal(self, Lang::Fr))
    }
}
