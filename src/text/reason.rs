//! « Pourquoi ? »: each fact of a classification (`analysis::Reason`) said as a consultant reads
//! it aloud — the share, the threshold that decided, the model next by closeness and why the
//! rules do not retain it. The groups' and models' names are the field's own words, French in
//! both languages.

use super::Lang;
use crate::analysis::{Below, Classification, Confidence, Reason, Rule, RuleGroup};
use crate::format::{euros, percent};

/// « Subventions publiques (M4) · confiance forte »: the models in words and the confidence,
/// as the badge, the documents and the command line say it.
pub fn headline(c: &Classification, lang: Lang) -> String {
    match (c.confidence, lang) {
        (Some(conf), Lang::Fr) => format!("{} · confiance {}", c.title, confidence(conf, lang)),
        (Some(conf), Lang::En) => format!("{} · {} confidence", c.title, confidence(conf, lang)),
        (None, _) => c.title.clone(),
    }
}

/// The short label of a position: « M4 — Subventions publiques », « entre M4 et M2 », « pas de
/// ressources monétaires » (the classification keeps the French one for the files).
pub fn short_label(c: &Classification, lang: Lang) -> String {
    match (c.rule, lang, &c.model, &c.second_model) {
        (Rule::NoMonetary, _, _, _) => lang
            .pick("pas de ressources monétaires", "no monetary resources")
            .to_owned(),
        (Rule::Hybrid, Lang::Fr, Some(first), Some(second)) => format!("entre {first} et {second}"),
        (Rule::Hybrid, Lang::En, Some(first), Some(second)) => {
            format!("between {first} and {second}")
        }
        _ => c.label.clone(),
    }
}

/// « forte », « moyenne », « faible » (the words of the files: `Confidence::label`).
pub fn confidence(conf: Confidence, lang: Lang) -> &'static str {
    match (lang, conf) {
        (Lang::Fr, _) => conf.label(),
        (Lang::En, Confidence::Forte) => "strong",
        (Lang::En, Confidence::Moyenne) => "medium",
        (Lang::En, Confidence::Faible) => "low",
    }
}

/// The facts of `c`, in order, in `lang`.
pub fn reasons(c: &Classification, lang: Lang) -> Vec<String> {
    c.explanation.iter().map(|r| reason(r, lang)).collect()
}

/// One fact in `lang`.
pub fn reason(r: &Reason, lang: Lang) -> String {
    let share_of = |group: RuleGroup, share: f64| match lang {
        Lang::Fr => format!(
            "{} : {} des ressources monétaires",
            group.label(),
            percent(share)
        ),
        Lang::En => format!(
            "{}: {} of monetary resources",
            group.label(),
            percent(share)
        ),
    };
    match (r, lang) {
        (Reason::NoMonetary, Lang::Fr) => "Aucune ressource monétaire (hors produits financiers) : la typologie ne porte que sur le levier financier. Les richesses humaines et les alliances restent à lire dans la matrice.".to_owned(),
        (Reason::NoMonetary, Lang::En) => "No monetary resources (financial income aside): the typology reads the financial lever only. Richesses humaines and alliances are read in the matrix.".to_owned(),
        (Reason::Counted { total }, Lang::Fr) => format!(
            "Ressources monétaires prises en compte (hors produits financiers) : {}",
            euros(*total)
        ),
        (Reason::Counted { total }, Lang::En) => format!(
            "Monetary resources counted (financial income aside): {}",
            euros(*total)
        ),
        (Reason::Dominant { group, share, threshold }, Lang::Fr) => {
            format!("{} (seuil : {})", share_of(*group, *share), percent(*threshold))
        }
        (Reason::Dominant { group, share, threshold }, Lang::En) => {
            format!("{} (threshold: {})", share_of(*group, *share), percent(*threshold))
        }
        (Reason::Strength { strong: true, threshold }, Lang::Fr) => {
            format!("Au moins {} : dominance forte", percent(*threshold))
        }
        (Reason::Strength { strong: false, threshold }, Lang::Fr) => {
            format!("Moins de {} : dominance moyenne", percent(*threshold))
        }
        (Reason::Strength { strong: true, threshold }, Lang::En) => {
            format!("At least {}: strong dominance", percent(*threshold))
        }
        (Reason::Strength { strong: false, threshold }, Lang::En) => {
            format!("Under {}: medium dominance", percent(*threshold))
        }
        (Reason::NoneDominant { threshold, first, share }, Lang::Fr) => format!(
            "Aucun groupe n'atteint {} : le premier est « {} » ({})",
            percent(*threshold),
            first.label(),
            percent(*share)
        ),
        (Reason::NoneDominant { threshold, first, share }, Lang::En) => format!(
            "No group reaches {}: the first is “{}” ({})",
            percent(*threshold),
            first.label(),
            percent(*share)
        ),
        (Reason::SmallStructure { total, threshold }, Lang::Fr) => format!(
            "Petite structure : aucun salarié, {} de ressources monétaires (seuil : {}), cotisations en tête",
            euros(*total),
            euros(*threshold)
        ),
        (Reason::SmallStructure { total, threshold }, Lang::En) => format!(
            "Small structure: no salaried staff, {} of monetary resources (threshold: {}), membership fees first",
            euros(*total),
            euros(*threshold)
        ),
        (Reason::Cofinancing { subsidies, private, subsidies_threshold, private_threshold }, _) => {
            let (s, dm) = (share_of(RuleGroup::S, *subsidies), share_of(RuleGroup::DM, *private));
            let (ts, tdm) = (percent(*subsidies_threshold), percent(*private_threshold));
            match lang {
                Lang::Fr => format!("{s} et {dm} : chacun au moins au seuil du cofinancement ({ts} et {tdm})"),
                Lang::En => format!("{s} and {dm}: each at least at the co-financing threshold ({ts} and {tdm})"),
            }
        }
        (Reason::NoCofinancing { subsidies, private, threshold }, Lang::Fr) => format!(
            "Pas de cofinancement : subventions {} et dons, mécénat et fondations {} (seuils : {} chacun)",
            percent(*subsidies),
            percent(*private),
            percent(*threshold)
        ),
        (Reason::NoCofinancing { subsidies, private, threshold }, Lang::En) => format!(
            "No co-financing: subventions {} and dons, mécénat et fondations {} (thresholds: {} each)",
            percent(*subsidies),
            percent(*private),
            percent(*threshold)
        ),
        (Reason::Hybrid { first, first_share, second, second_share }, Lang::Fr) => format!(
            "Modèle hybride : « {} » ({}) puis « {} » ({})",
            first.label(),
            percent(*first_share),
            second.label(),
            percent(*second_share)
        ),
        (Reason::Hybrid { first, first_share, second, second_share }, Lang::En) => format!(
            "Hybrid model: “{}” ({}) then “{}” ({})",
            first.label(),
            percent(*first_share),
            second.label(),
            percent(*second_share)
        ),
        (Reason::RunnerUp { model, name, closeness, below }, Lang::Fr) => format!(
            "Le modèle suivant par la proximité, « {name} » ({model}, {}), n'est pas retenu : {}.",
            percent(*closeness),
            belows(below, lang)
        ),
        (Reason::RunnerUp { model, name, closeness, below }, Lang::En) => format!(
            "The next model by closeness, “{name}” ({model}, {}), is not retained: {}.",
            percent(*closeness),
            belows(below, lang)
        ),
        (Reason::Nearest { model, name, closeness, below, retained }, Lang::Fr) => format!(
            "La composition est la plus proche de « {name} » ({model}, {}), mais {} : la règle retient « {retained} ».",
            percent(*closeness),
            belows(below, lang)
        ),
        (Reason::Nearest { model, name, closeness, below, retained }, Lang::En) => format!(
            "The composition is closest to “{name}” ({model}, {}), but {}: the rule retains “{retained}”.",
            percent(*closeness),
            belows(below, lang)
        ),
    }
}

/// Why the rules do not retain a model: « « Dons… » (12 %) reste sous le seuil de 20 % et … ».
fn belows(below: &[Below], lang: Lang) -> String {
    let said: Vec<String> = below
        .iter()
        .map(|b| match (b, lang) {
            (
                Below::Under {
                    group,
                    share,
                    threshold,
                },
                Lang::Fr,
            ) => format!(
                "« {} » ({}) reste sous le seuil de {}",
                group.label(),
                percent(*share),
                percent(*threshold)
            ),
            (
                Below::Under {
                    group,
                    share,
                    threshold,
                },
                Lang::En,
            ) => format!(
                "“{}” ({}) stays under the threshold of {}",
                group.label(),
                percent(*share),
                percent(*threshold)
            ),
            (Below::OtherRuleFirst, Lang::Fr) => "une autre règle passe avant".to_owned(),
            (Below::OtherRuleFirst, Lang::En) => "another rule comes first".to_owned(),
            (Below::NotRetained, Lang::Fr) => {
                "les seuils de la typologie ne le retiennent pas".to_owned()
            }
            (Below::NotRetained, Lang::En) => {
                "the typology's thresholds do not retain it".to_owned()
            }
        })
        .collect();
    said.join(lang.pick(" et ", " and "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{RuleMix, Typology, classify};

    #[test]
    fn a_hybrid_is_said_between_its_two_models_in_either_language() {
        let mix = RuleMix {
            s: 40.0,
            a: 35.0,
            c: 25.0,
            ..RuleMix::default()
        };
        let c = classify(
            &mix,
            &crate::analysis::Context { salaried_etp: 1.0 },
            Typology::builtin(),
        );
        assert_eq!(c.rule, Rule::Hybrid);
        assert_eq!(short_label(&c, Lang::Fr), c.label);
        assert!(short_label(&c, Lang::En).starts_with("between M"));
        assert!(headline(&c, Lang::En).ends_with("low confidence"));
    }
}
