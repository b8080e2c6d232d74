//! Why a typology file cannot be used, in French — its `Display` — and English.

use std::fmt;

use super::Lang;
use crate::analysis::{TypologyError, TypologyProblem};
use crate::storage::TypologyLoadError;

impl fmt::Display for TypologyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&typology_refusal(self, Lang::Fr))
    }
}

/// Why a typology is refused, in `lang`; the model's wording of a RON error stays French.
pub fn typology_refusal(err: &TypologyError, lang: Lang) -> String {
    unusable(&err.path, &problem_words(&err.problem, lang), lang)
}

/// « Typologie « x.ron » inutilisable : … ».
fn unusable(path: &str, what: &str, lang: Lang) -> String {
    let name = lang.quoted(path);
    match lang {
        Lang::Fr => format!("Typologie {name} inutilisable : {what}"),
        Lang::En => format!("The typology {name} cannot be used: {what}"),
    }
}

fn problem_words(problem: &TypologyProblem, lang: Lang) -> String {
    use TypologyProblem as P;
    match (problem, lang) {
        (
            P::Syntax {
                line,
                column,
                message,
            },
            _,
        ) => lang.at_position(*line, *column, message),
        (P::Share { name, value }, Lang::Fr) => {
            format!("le seuil « {name} » ({value}) doit être entre 0 et 1")
        }
        (P::Share { name, value }, Lang::En) => {
            format!("the threshold “{name}” ({value}) must be between 0 and 1")
        }
        (P::StrongBelowDominant, Lang::Fr) => {
            "le seuil « strong » doit être au moins égal à « dominant »".to_owned()
        }
        (P::StrongBelowDominant, Lang::En) => {
            "the threshold “strong” must be at least “dominant”".to_owned()
        }
        (P::Amount { name, problem }, Lang::Fr) => format!("le seuil « {name} » : {problem}"),
        (P::Amount { name, problem }, Lang::En) => format!(
            "the threshold “{name}”: {}",
            super::problem(problem, Lang::En)
        ),
        (P::Sigma(sigma), Lang::Fr) => {
            format!("σ ({sigma}) doit être entre 0,01 et 10 (0,4 dans la typologie intégrée)")
        }
        (P::Sigma(sigma), Lang::En) => {
            format!("σ ({sigma}) must be between 0.01 and 10 (0.4 in the built-in typology)")
        }
        (P::NoModel, Lang::Fr) => "aucun modèle".to_owned(),
        (P::NoModel, Lang::En) => "no model".to_owned(),
        (P::TooManyModels { count, most }, Lang::Fr) => {
            format!("{count} modèles, au plus {most}")
        }
        (P::TooManyModels { count, most }, Lang::En) => {
            format!("{count} models, at most {most}")
        }
        (P::TextTooLong { max }, Lang::Fr) => format!("un texte dépasse {max} caractères"),
        (P::TextTooLong { max }, Lang::En) => {
            format!("a text is longer than {max} characters")
        }
        (P::NoId { number }, Lang::Fr) => {
            format!("le modèle n° {number} n'a pas d'identifiant (id)")
        }
        (P::NoId { number }, Lang::En) => format!("the model no. {number} has no identifier (id)"),
        (P::SameId(id), Lang::Fr) => format!("deux modèles ont le même identifiant « {id} »"),
        (P::SameId(id), Lang::En) => format!("two models have the same identifier “{id}”"),
        (P::PrototypeSum { model, sum }, Lang::Fr) => {
            format!("le mélange type de {model} fait {sum} au lieu de 1")
        }
        (P::PrototypeSum { model, sum }, Lang::En) => {
            format!("the prototype mix of {model} sums to {sum} instead of 1")
        }
        (P::NegativeShare { model }, Lang::Fr) => {
            format!("le mélange type de {model} a une part négative")
        }
        (P::NegativeShare { model }, Lang::En) => {
            format!("the prototype mix of {model} has a negative share")
        }
        (P::Colour { model, colour }, Lang::Fr) => {
            format!("la couleur de {model} (« {colour} ») doit s'écrire #RRGGBB")
        }
        (P::Colour { model, colour }, Lang::En) => {
            format!("the colour of {model} (“{colour}”) must be written #RRGGBB")
        }
        (P::UnknownModel(id), Lang::Fr) => format!("le modèle « {id} » n'existe pas"),
        (P::UnknownModel(id), Lang::En) => format!("the model “{id}” does not exist"),
        (P::NoModelForGroup(group), Lang::Fr) => format!(
            "aucun modèle pour le groupe {} (champ rule_group)",
            group.code()
        ),
        (P::NoModelForGroup(group), Lang::En) => {
            format!("no model for the group {} (field rule_group)", group.code())
        }
        (P::Ring, Lang::Fr) => "l'anneau (ring) doit citer chaque modèle une fois".to_owned(),
        (P::Ring, Lang::En) => "the ring must name each model once".to_owned(),
    }
}

impl fmt::Display for TypologyLoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&typology_load_refusal(self, Lang::Fr))
    }
}

/// Why the typology chosen cannot be used, in `lang`: not read (storage's refusal), or refused.
pub fn typology_load_refusal(err: &TypologyLoadError, lang: Lang) -> String {
    match err {
        TypologyLoadError::Unread { path, error } => {
            unusable(path, &super::read_refusal(error, lang), lang)
        }
        TypologyLoadError::Invalid(e) => typology_refusal(e, lang),
    }
}
