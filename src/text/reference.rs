//! Why a reference file cannot be used, in French — its `Display` — and English.

use std::fmt;

use super::Lang;
use crate::analysis::reference::{MixFault, ReferenceError, ReferenceProblem};
use crate::storage::ReferenceLoadError;

impl fmt::Display for ReferenceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&reference_refusal(self, Lang::Fr))
    }
}

/// Why a reference is refused, in `lang`; the model's wording of a RON error stays French.
pub fn reference_refusal(err: &ReferenceError, lang: Lang) -> String {
    about(&err.path, &problem_words(&err.problem, lang), lang)
}

/// « référence « x.ron » : … ».
fn about(path: &str, what: &str, lang: Lang) -> String {
    let name = lang.quoted(path);
    match lang {
        Lang::Fr => format!("référence {name} : {what}"),
        Lang::En => format!("reference {name}: {what}"),
    }
}

fn problem_words(problem: &ReferenceProblem, lang: Lang) -> String {
    use ReferenceProblem as P;
    match (problem, lang) {
        (
            P::Syntax {
                line,
                column,
                message,
            },
            _,
        ) => lang.at_position(*line, *column, message),
        (P::Newer { found, read }, Lang::Fr) => format!(
            "format {found} : cette version de l'atelier lit le format {read} ; mettez Atelier MSE à jour"
        ),
        (P::Newer { found, read }, Lang::En) => format!(
            "format {found}: this version of Atelier MSE reads format {read}; update Atelier MSE"
        ),
        (P::Format { found, expected }, Lang::Fr) => {
            format!("format {found} inconnu (attendu : {expected})")
        }
        (P::Format { found, expected }, Lang::En) => {
            format!("unknown format {found} (expected: {expected})")
        }
        (P::TextTooLong { max }, Lang::Fr) => format!("un texte dépasse {max} caractères"),
        (P::TextTooLong { max }, Lang::En) => {
            format!("a text is longer than {max} characters")
        }
        (P::TooManyMixes { count, most }, Lang::Fr) => {
            format!("{count} répartitions, au plus {most}")
        }
        (P::TooManyMixes { count, most }, Lang::En) => format!("{count} mixes, at most {most}"),
        (P::NoSource, Lang::Fr) => {
            "la source manque : une référence cite toujours d'où viennent ses chiffres".to_owned()
        }
        (P::NoSource, Lang::En) => {
            "the source is missing: a reference always cites where its figures come from".to_owned()
        }
        (P::NoMix, Lang::Fr) => "aucune répartition (« mixes » est vide)".to_owned(),
        (P::NoMix, Lang::En) => "no mix (“mixes” is empty)".to_owned(),
        (P::Mix { label, fault }, _) => {
            let fault = fault_words(fault, lang);
            let label = lang.quoted(label);
            match lang {
                Lang::Fr => format!("répartition {label} : {fault}"),
                Lang::En => format!("mix {label}: {fault}"),
            }
        }
    }
}

fn fault_words(fault: &MixFault, lang: Lang) -> String {
    use MixFault as F;
    let framed = lang.pick(
        "il faut premier quartile ≤ médiane ≤ troisième quartile",
        "first quartile ≤ median ≤ third quartile is needed",
    );
    match (fault, lang) {
        (F::GroupTwice(g), Lang::Fr) => format!("le groupe {} apparaît deux fois", g.code()),
        (F::GroupTwice(g), Lang::En) => format!("the group {} appears twice", g.code()),
        (F::GroupNotFraction(g), Lang::Fr) => format!(
            "groupe {} : les parts sont des fractions entre 0 et 1",
            g.code()
        ),
        (F::GroupNotFraction(g), Lang::En) => format!(
            "group {}: the shares are fractions between 0 and 1",
            g.code()
        ),
        (F::GroupQuartiles(g), Lang::Fr) => format!("groupe {} : {framed}", g.code()),
        (F::GroupQuartiles(g), Lang::En) => format!("group {}: {framed}", g.code()),
        (F::PoleNotFraction(pole), Lang::Fr) => {
            format!("pôle « {pole} » : les quartiles sont des fractions entre 0 et 1")
        }
        (F::PoleNotFraction(pole), Lang::En) => {
            format!("pole “{pole}”: the quartiles are fractions between 0 and 1")
        }
        (F::PoleQuartiles(pole), Lang::Fr) => format!("pôle « {pole} » : {framed}"),
        (F::PoleQuartiles(pole), Lang::En) => format!("pole “{pole}”: {framed}"),
        (F::SharesSum { percent }, Lang::Fr) => {
            format!("les parts font {percent:.0} % au lieu d'environ 100 %")
        }
        (F::SharesSum { percent }, Lang::En) => {
            format!("the shares add up to {percent:.0}% instead of about 100%")
        }
        (F::KnownSharesOver { percent }, Lang::Fr) => {
            format!("les parts connues font déjà {percent:.0} %, plus que 100 %")
        }
        (F::KnownSharesOver { percent }, Lang::En) => {
            format!("the known shares already add up to {percent:.0}%, more than 100%")
        }
    }
}

impl fmt::Display for ReferenceLoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&reference_load_refusal(self, Lang::Fr))
    }
}

/// Why the reference chosen cannot be used, in `lang`: not read (storage's refusal), or refused.
pub fn reference_load_refusal(err: &ReferenceLoadError, lang: Lang) -> String {
    match err {
        ReferenceLoadError::Unread { path, error } => {
            about(path, &super::read_refusal(error, lang), lang)
        }
        ReferenceLoadError::Invalid(e) => reference_refusal(e, lang),
    }
}
