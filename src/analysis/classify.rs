//! The classification of DOMAIN.md §4.1: which model, how confidently, and the facts that say
//! why, worded so that a consultant can read them aloud.

use super::groups::{RuleGroup, RuleMix};
use super::typology::Typology;
use crate::format::{euros, percent};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confidence {
    Forte,
    Moyenne,
    Faible,
}

impl Confidence {
    pub fn label(self) -> &'static str {
        match self {
            Confidence::Forte => "forte",
            Confidence::Moyenne => "moyenne",
            Confidence::Faible => "faible",
        }
    }
}

/// Which rule of §4.1 decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    Dominant,
    SmallStructure,
    Cofinancing,
    Hybrid,
    NoMonetary,
}

/// The position on the typology.
#[derive(Clone, Debug, PartialEq)]
pub struct Classification {
    pub rule: Rule,
    /// The model, or for a hybrid the model of the largest group; `None` without money.
    pub model: Option<String>,
    /// For a hybrid, the model of the second group.
    pub second_model: Option<String>,
    /// Short label: « M4 — Subventions publiques », « entre M4 et M2 ».
    pub label: String,
    /// The models in words, for badges and headings: « Subventions publiques (M4) /
    /// Prestation et valorisation de savoir-faire (M2) » (set by `analyse`).
    pub title: String,
    pub confidence: Option<Confidence>,
    /// Facts that explain the result, in French.
    pub explanation: Vec<String>,
}

/// Inputs the rules need besides the amounts.
pub struct Context {
    pub salaried_etp: f64,
}

impl Classification {
    /// « Subventions publiques (M4) · confiance forte »: the models in words and the confidence,
    /// as the badge, the documents and the command line say it.
    pub fn headline(&self) -> String {
        match self.confidence {
            Some(conf) => format!("{} · confiance {}", self.title, conf.label()),
            None => self.title.clone(),
        }
    }
}

/// What the rules decide, without the words: cheap enough to be asked thousands of times
/// (« que faudrait-il pour… ? »). `classify` says the same in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decision {
    pub rule: Rule,
    /// The largest group and the second; `None` without money.
    pub first: Option<RuleGroup>,
    pub second: Option<RuleGroup>,
    /// The largest group reaches the « forte » threshold.
    pub strong: bool,
}

pub fn decide(amounts: &RuleMix, context: &Context, typology: &Typology) -> Decision {
    let t = &typology.thresholds;
    let Some(shares) = amounts.normalised() else {
        return Decision {
            rule: Rule::NoMonetary,
            first: None,
            second: None,
            strong: false,
        };
    };
    let [dom, second, ..] = shares.ranked();
    let sd = shares.get(dom);
    let rule = if sd >= t.dominant {
        Rule::Dominant
    } else if context.salaried_etp <= 0.0 && amounts.sum() < t.small_budget && dom == RuleGroup::C {
        Rule::SmallStructure
    } else if shares.get(RuleGroup::S) >= t.cofinancing_subsidies
        && shares.get(RuleGroup::DM) >= t.cofinancing_private
    {
        Rule::Cofinancing
    } else {
        Rule::Hybrid
    };
    Decision {
        rule,
        first: Some(dom),
        second: Some(second),
        strong: rule == Rule::Dominant && sd >= t.strong,
    }
}

impl Decision {
    /// The model the rules give, or for a hybrid the first of the two.
    pub fn model<'a>(&self, typology: &'a Typology) -> Option<&'a str> {
        match self.rule {
            Rule::NoMonetary => None,
            Rule::SmallStructure => Some(typology.small_structure_model.as_str()),
            Rule::Cofinancing => Some(typology.cofinancing_model.as_str()),
            Rule::Dominant | Rule::Hybrid => self
                .first
                .and_then(|g| typology.model_of_group(g))
                .map(|m| m.id.as_str()),
        }
    }
}

pub fn classify(amounts: &RuleMix, context: &Context, typology: &Typology) -> Classification {
    let t = &typology.thresholds;
    let total = amounts.sum();
    let Some(shares) = amounts.normalised() else {
        return Classification {
            rule: Rule::NoMonetary,
            model: None,
            second_model: None,
            label: "pas de ressources monétaires".to_owned(),
            title: String::new(),
            confidence: None,
            explanation: vec![
                "Aucune ressource monétaire (hors produits financiers) : la typologie ne porte que sur le levier financier. Les richesses humaines et les alliances restent à lire dans la matrice.".to_owned(),
            ],
        };
    };
    let model_id = |group: RuleGroup| {
        typology
            .model_of_group(group)
            .map_or(String::new(), |m| m.id.clone())
    };
    let name_of = |id: &str| typology.model(id).map_or(String::new(), |m| m.name.clone());
    let fact = |group: RuleGroup| {
        format!(
            "{} : {} des ressources monétaires",
            group.label(),
            percent(shares.get(group))
        )
    };
    let ranked = shares.ranked();
    let [dom, second, ..] = ranked;
    let sd = shares.get(dom);
    let mut explanation = vec![format!(
        "Ressources monétaires prises en compte (hors produits financiers) : {}",
        euros(total)
    )];

    let decision = decide(amounts, context, typology);
    if decision.rule == Rule::Dominant {
        let id = model_id(dom);
        let strong = decision.strong;
        explanation.push(format!("{} (seuil : {})", fact(dom), percent(t.dominant)));
        explanation.push(if strong {
            format!("Au moins {} : dominance forte", percent(t.strong))
        } else {
            format!("Moins de {} : dominance moyenne", percent(t.strong))
        });
        return Classification {
            rule: Rule::Dominant,
            label: format!("{id} — {}", name_of(&id)),
            title: String::new(),
            model: Some(id),
            second_model: None,
            confidence: Some(if strong {
                Confidence::Forte
            } else {
                Confidence::Moyenne
            }),
            explanation,
        };
    }
    explanation.push(format!(
        "Aucun groupe n'atteint {} : le premier est « {} » ({})",
        percent(t.dominant),
        dom.label(),
        percent(sd)
    ));

    if decision.rule == Rule::SmallStructure {
        let id = typology.small_structure_model.clone();
        explanation.push(format!(
            "Petite structure : aucun salarié, {} de ressources monétaires (seuil : {}), cotisations en tête",
            euros(total),
            euros(t.small_budget)
        ));
        return Classification {
            rule: Rule::SmallStructure,
            label: format!("{id} — {}", name_of(&id)),
            title: String::new(),
            model: Some(id),
            second_model: None,
            confidence: Some(Confidence::Moyenne),
            explanation,
        };
    }

    let s = shares.get(RuleGroup::S);
    let dm = shares.get(RuleGroup::DM);
    if decision.rule == Rule::Cofinancing {
        let id = typology.cofinancing_model.clone();
        explanation.push(format!(
            "{} et {} : chacun au moins au seuil du cofinancement ({} et {})",
            fact(RuleGroup::S),
            fact(RuleGroup::DM),
            percent(t.cofinancing_subsidies),
            percent(t.cofinancing_private)
        ));
        return Classification {
            rule: Rule::Cofinancing,
            label: format!("{id} — {}", name_of(&id)),
            title: String::new(),
            model: Some(id),
            second_model: None,
            confidence: Some(Confidence::Moyenne),
            explanation,
        };
    }
    explanation.push(format!(
        "Pas de cofinancement : subventions {} et dons, mécénat et fondations {} (seuils : {} chacun)",
        percent(s),
        percent(dm),
        percent(t.cofinancing_subsidies.max(t.cofinancing_private))
    ));

    let (first, second_id) = (model_id(dom), model_id(second));
    explanation.push(format!(
        "Modèle hybride : « {} » ({}) puis « {} » ({})",
        dom.label(),
        percent(sd),
        second.label(),
        percent(shares.get(second))
    ));
    Classification {
        rule: Rule::Hybrid,
        label: format!("entre {first} et {second_id}"),
        title: String::new(),
        model: Some(first),
        second_model: Some(second_id),
        confidence: Some(Confidence::Faible),
        explanation,
    }
}
