//! « Que faudrait-il pour… ? » said: the smallest change of one group that reaches a model, and
//! the threshold that decides, as the classification after the change says it; a model the
//! typology does not hold, and too few cases for a reference.

use super::{Lang, reason};
use crate::analysis::reach::{Reach, UnknownModel, Unreachable, Way};
use crate::analysis::reference::TooFewCases;
use crate::analysis::{Reason, Typology};

/// « +14 000 € de dons, mécénat et fondations ».
pub fn way_words(way: &Way, lang: Lang) -> String {
    let group = way.group.label().to_lowercase();
    match lang {
        Lang::Fr => format!("{} de {group}", way.amount()),
        Lang::En => format!("{} in {group}", way.amount()),
    }
}

/// What a consultant reads aloud of `reach`.
pub fn reach_sentence(reach: &Reach, typology: &Typology, lang: Lang) -> String {
    let name = typology
        .model(&reach.model)
        .map_or(reach.model.clone(), |m| format!("{} ({})", m.name, m.id));
    let strength = if reach.strong {
        lang.pick(" en confiance forte", " with strong confidence")
    } else {
        ""
    };
    if reach.already {
        return match lang {
            Lang::Fr => format!("Déjà classé {name}{strength}."),
            Lang::En => format!("Already classified as {name}{strength}."),
        };
    }
    match (reach.ways.as_slice(), &reach.unreachable) {
        ([first, rest @ ..], _) => {
            let mut text = way_words(first, lang);
            if let Some(other) = rest.first() {
                let other = way_words(other, lang);
                text.push_str(&match lang {
                    Lang::Fr => format!(" (ou {other})"),
                    Lang::En => format!(" (or {other})"),
                });
            }
            text.push_str(&match lang {
                Lang::Fr => format!(" pour atteindre {name}{strength}"),
                Lang::En => format!(" to reach {name}{strength}"),
            });
            // The rule and the threshold that decide, as the classification says them; for
            // « confiance forte », the strong threshold too, not only the dominance's.
            let said = &first.after.explanation;
            let strong = said
                .iter()
                .find(|r| reach.strong && matches!(r, Reason::Strength { strong: true, .. }))
                .map(|r| {
                    format!(
                        "{}{}",
                        lang.pick(" ; ", "; "),
                        lower_first(&reason(r, lang))
                    )
                });
            let colon = lang.pick(" : ", ": ");
            match said.iter().rev().find(|r| r.names_a_threshold()) {
                Some(why) => format!(
                    "{text}{colon}{}{}.",
                    reason(why, lang),
                    strong.unwrap_or_default()
                ),
                None => format!("{text}."),
            }
        }
        ([], Some(why)) => format!(
            "{name}{strength}{}{}",
            lang.pick(" : ", ": "),
            unreachable(why, lang)
        ),
        ([], None) => match lang {
            Lang::Fr => format!("{name}{strength} : hors d'atteinte."),
            Lang::En => format!("{name}{strength}: out of reach."),
        },
    }
}

/// Why no change of a single group reaches the model.
pub fn unreachable(why: &Unreachable, lang: Lang) -> String {
    use crate::format::percent;
    match (why, lang) {
        (Unreachable::BeyondTheLimit, Lang::Fr) => "il faudrait changer un groupe de ressources de plus de 1 000 milliards d'euros, plus que ce qu'un dossier accepte.".to_owned(),
        (Unreachable::BeyondTheLimit, Lang::En) => "a group of resources would have to change by more than 1 000 milliards euros, more than a case file accepts.".to_owned(),
        (Unreachable::NeverStrong, Lang::Fr) => "cette règle de la typologie ne donne jamais une confiance forte.".to_owned(),
        (Unreachable::NeverStrong, Lang::En) => "this rule of the typology never gives strong confidence.".to_owned(),
        (Unreachable::TwoGroups { subsidies_threshold, private_threshold }, Lang::Fr) => format!(
            "il faut à la fois {} de subventions et {} de dons, mécénat et fondations : un seul groupe ne suffit pas.",
            percent(*subsidies_threshold),
            percent(*private_threshold)
        ),
        (Unreachable::TwoGroups { subsidies_threshold, private_threshold }, Lang::En) => format!(
            "it takes both {} of subventions and {} of dons, mécénat et fondations: one group is not enough.",
            percent(*subsidies_threshold),
            percent(*private_threshold)
        ),
        (Unreachable::SmallStructureWithStaff, Lang::Fr) => "la règle des petites structures demande aucun salarié : tant qu'il y a des ETP salariés, seules les cotisations au-dessus du seuil de dominance y mènent.".to_owned(),
        (Unreachable::SmallStructureWithStaff, Lang::En) => "the small-structure rule takes no salaried staff: as long as there are salaried FTE, only membership fees above the dominance threshold lead there.".to_owned(),
        (Unreachable::NoSingleGroup, Lang::Fr) => "aucun changement d'un seul groupe de ressources n'y mène avec les seuils de cette typologie.".to_owned(),
        (Unreachable::NoSingleGroup, Lang::En) => "no change of a single group of resources leads there with this typology's thresholds.".to_owned(),
    }
}

/// `text` with its first letter in lower case (« Au moins 70 % » → « au moins 70 % »).
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_lowercase().chain(chars).collect())
}

impl std::fmt::Display for UnknownModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&unknown_model(self, Lang::Fr))
    }
}

/// « modèle « M9 » inconnu de la typologie (modèles : M1, M2…) ».
pub fn unknown_model(err: &UnknownModel, lang: Lang) -> String {
    let (model, models) = (lang.quoted(&err.model), err.models.join(", "));
    match lang {
        Lang::Fr => format!("modèle {model} inconnu de la typologie (modèles : {models})"),
        Lang::En => format!("model {model} unknown to the typology (models: {models})"),
    }
}

impl std::fmt::Display for TooFewCases {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&too_few_cases(self, Lang::Fr))
    }
}

/// « 3 dossier(s) avec des ressources monétaires : il en faut au moins 5 pour une référence… ».
pub fn too_few_cases(err: &TooFewCases, lang: Lang) -> String {
    let TooFewCases { count, least } = err;
    match lang {
        Lang::Fr => format!(
            "{count} dossier(s) avec des ressources monétaires : il en faut au moins {least} pour une référence, sans quoi un lecteur pourrait reconnaître une association"
        ),
        Lang::En => format!(
            "{count} case file(s) with monetary resources: a reference takes at least {least}, or a reader could recognise an association"
        ),
    }
}
