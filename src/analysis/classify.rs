//! The classification of DOMAIN.md §4.1: which model, how confidently, and the facts that say
//! why (`Reason`), as values: `text::reason` words them, in French or English, so that a
//! consultant can read them aloud.

use super::groups::{RuleGroup, RuleMix};
use super::typology::Typology;

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
    /// The facts that explain the result, in order (`text::reason` words each).
    pub explanation: Vec<Reason>,
}

/// One fact of « Pourquoi ? »: a share against the threshold that decided, as values. Shares
/// and thresholds are fractions (0.5 is 50 %), amounts are euros.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    /// No monetary resources: the typology reads the financial lever only.
    NoMonetary,
    /// The monetary resources counted (financial income aside).
    Counted { total: f64 },
    /// The largest group reaches the dominance threshold.
    Dominant {
        group: RuleGroup,
        share: f64,
        threshold: f64,
    },
    /// Whether the dominance is strong, against the strong threshold.
    Strength { strong: bool, threshold: f64 },
    /// No group reaches the dominance threshold; the largest one.
    NoneDominant {
        threshold: f64,
        first: RuleGroup,
        share: f64,
    },
    /// No salaried staff, a small budget, membership fees first.
    SmallStructure { total: f64, threshold: f64 },
    /// Public subsidies and private giving both at their co-financing thresholds.
    Cofinancing {
        subsidies: f64,
        private: f64,
        subsidies_threshold: f64,
        private_threshold: f64,
    },
    /// One of them under its co-financing threshold.
    NoCofinancing {
        subsidies: f64,
        private: f64,
        threshold: f64,
    },
    /// No rule above decided: the two largest groups.
    Hybrid {
        first: RuleGroup,
        first_share: f64,
        second: RuleGroup,
        second_share: f64,
    },
    /// The rules retain the model nearest by closeness; the next one by closeness is not
    /// retained, because of `below`.
    RunnerUp {
        model: String,
        name: String,
        closeness: f64,
        below: Vec<Below>,
    },
    /// The model nearest by closeness is not one the rules retain, because of `below`; the
    /// rules retain `retained` (the classification's short label).
    Nearest {
        model: String,
        name: String,
        closeness: f64,
        below: Vec<Below>,
        retained: String,
    },
}

impl Reason {
    /// Whether the fact names a threshold that decides: the one « que faudrait-il » quotes.
    pub fn names_a_threshold(&self) -> bool {
        match self {
            Reason::Dominant { .. }
            | Reason::SmallStructure { .. }
            | Reason::Cofinancing { .. }
            | Reason::NoCofinancing { .. } => true,
            Reason::RunnerUp { below, .. } | Reason::Nearest { below, .. } => below
                .iter()
                .any(|b| matches!(b, Below::Under { .. } | Below::NotRetained)),
            Reason::NoMonetary
            | Reason::Counted { .. }
            | Reason::Strength { .. }
            | Reason::NoneDominant { .. }
            | Reason::Hybrid { .. } => false,
        }
    }
}

/// Why the rules do not retain a model.
#[derive(Clone, Debug, PartialEq)]
pub enum Below {
    /// The share of `group` stays under `threshold`.
    Under {
        group: RuleGroup,
        share: f64,
        threshold: f64,
    },
    /// Every share is at its threshold: another rule comes first.
    OtherRuleFirst,
    /// The typology's thresholds do not retain the model at all.
    NotRetained,
}

/// Inputs the rules need besides the amounts.
pub struct Context {
    pub salaried_etp: f64,
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
            explanation: vec![Reason::NoMonetary],
        };
    };
    let model_id = |group: RuleGroup| {
        typology
            .model_of_group(group)
            .map_or(String::new(), |m| m.id.clone())
    };
    let name_of = |id: &str| typology.model(id).map_or(String::new(), |m| m.name.clone());
    let ranked = shares.ranked();
    let [dom, second, ..] = ranked;
    let sd = shares.get(dom);
    let mut explanation = vec![Reason::Counted { total }];

    let decision = decide(amounts, context, typology);
    if decision.rule == Rule::Dominant {
        let id = model_id(dom);
        let strong = decision.strong;
        explanation.push(Reason::Dominant {
            group: dom,
            share: sd,
            threshold: t.dominant,
        });
        explanation.push(Reason::Strength {
            strong,
            threshold: t.strong,
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
    explanation.push(Reason::NoneDominant {
        threshold: t.dominant,
        first: dom,
        share: sd,
    });

    if decision.rule == Rule::SmallStructure {
        let id = typology.small_structure_model.clone();
        explanation.push(Reason::SmallStructure {
            total,
            threshold: t.small_budget,
        });
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
        explanation.push(Reason::Cofinancing {
            subsidies: s,
            private: dm,
            subsidies_threshold: t.cofinancing_subsidies,
            private_threshold: t.cofinancing_private,
        });
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
    explanation.push(Reason::NoCofinancing {
        subsidies: s,
        private: dm,
        threshold: t.cofinancing_subsidies.max(t.cofinancing_private),
    });

    let (first, second_id) = (model_id(dom), model_id(second));
    explanation.push(Reason::Hybrid {
        first: dom,
        first_share: sd,
        second,
        second_share: shares.get(second),
    });
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
