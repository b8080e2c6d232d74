//! The typology of the seven models, as data: names, prototype mixes, thresholds, σ, source and
//! caveat. The built-in one is `assets/typologies/cpca-2014.ron`; another file can replace it.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::groups::{RuleGroup, RuleMix};
use crate::model::{Problem, TypologyRef};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Thresholds {
    /// Share from which the largest group gives its model.
    pub dominant: f64,
    /// Share from which that dominance is « forte ».
    pub strong: f64,
    pub cofinancing_subsidies: f64,
    pub cofinancing_private: f64,
    /// Monetary resources under which a structure without staff counts as small (€).
    pub small_budget: f64,
    /// Share of T from one funder that makes a « dépendance ».
    pub dependence: f64,
    /// Share of valued contributions in the budget valorisé that makes « fortement bénévole ».
    pub volunteer_heavy: f64,
    /// Months of expenses under which reserves are « faibles ».
    pub low_reserves_months: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModelDef {
    pub id: String,
    pub name: String,
    pub name_en: String,
    pub description: String,
    /// The group whose dominance gives this model, if any.
    pub rule_group: Option<RuleGroup>,
    pub prototype: RuleMix,
    /// `#RRGGBB`.
    pub colour: String,
}

impl ModelDef {
    /// The colour as RGB bytes (grey if the text is not `#RRGGBB`).
    pub fn rgb(&self) -> [u8; 3] {
        parse_colour(&self.colour).unwrap_or([110, 110, 110])
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Typology {
    pub id: String,
    pub version: u32,
    pub name: String,
    pub source: String,
    pub caveat: String,
    pub sigma: f64,
    pub thresholds: Thresholds,
    pub small_structure_model: String,
    pub cofinancing_model: String,
    /// Order of the models around the barycentre heptagon: neighbours resemble each other.
    pub ring: Vec<String>,
    pub models: Vec<ModelDef>,
}

const BUILTIN: &str = include_str!("../../assets/typologies/cpca-2014.ron");

/// Why a typology file cannot be used: the file, and what is wrong with it. Worded by the text
/// floor (`text::typology_refusal`); its French is its `Display`.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub struct TypologyError {
    pub path: String,
    pub problem: TypologyProblem,
}

/// What is wrong with a typology, as facts; fields and models by their names in the file.
#[derive(Debug, Clone, PartialEq)]
pub enum TypologyProblem {
    /// Not RON as a typology is written; `message` is the model's wording of the RON error.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// A threshold that is a share, not between 0 and 1.
    Share {
        name: &'static str,
        value: f64,
    },
    /// « strong » below « dominant ».
    StrongBelowDominant,
    /// A threshold that is an amount or a number of months, not one.
    Amount {
        name: &'static str,
        problem: Problem,
    },
    /// σ out of 0.01..=10.
    Sigma(f64),
    NoModel,
    /// `count` models, more than `most`.
    TooManyModels {
        count: usize,
        most: usize,
    },
    /// A text longer than `max` characters.
    TextTooLong {
        max: usize,
    },
    /// The model at `number` (from 1) has no id.
    NoId {
        number: usize,
    },
    /// Two models of this id.
    SameId(String),
    /// The prototype of `model` sums to `sum`, not 1.
    PrototypeSum {
        model: String,
        sum: f64,
    },
    /// The prototype of `model` has a negative share.
    NegativeShare {
        model: String,
    },
    /// The colour of `model` is not #RRGGBB.
    Colour {
        model: String,
        colour: String,
    },
    /// A model named by a rule that the typology has not.
    UnknownModel(String),
    /// No model for a group of the rules.
    NoModelForGroup(RuleGroup),
    /// The ring does not name each model once.
    Ring,
}

/// Models a typology holds at most.
const MAX_MODELS: usize = 50;

impl Typology {
    /// The typology shipped with the app.
    pub fn builtin() -> &'static Typology {
        static TYPOLOGY: OnceLock<Typology> = OnceLock::new();
        TYPOLOGY.get_or_init(|| {
            Typology::parse(BUILTIN, "intégrée").unwrap_or_else(|_| Typology::empty())
        })
    }

    pub fn parse(text: &str, name: &str) -> Result<Typology, TypologyError> {
        let error = |problem: TypologyProblem| TypologyError {
            path: name.to_owned(),
            problem,
        };
        let typology: Typology = ron::Options::default()
            .with_recursion_limit(16)
            .from_str(text)
            .map_err(|e| {
                error(TypologyProblem::Syntax {
                    line: e.span.start.line,
                    column: e.span.start.col,
                    message: crate::model::ron_message(&e.code),
                })
            })?;
        typology.problem().map_or(Ok(typology), |p| Err(error(p)))
    }

    /// The first inconsistency of the data, or `None`.
    fn problem(&self) -> Option<TypologyProblem> {
        let t = &self.thresholds;
        let shares = [
            ("dominant", t.dominant),
            ("strong", t.strong),
            ("cofinancing_subsidies", t.cofinancing_subsidies),
            ("cofinancing_private", t.cofinancing_private),
            ("dependence", t.dependence),
            ("volunteer_heavy", t.volunteer_heavy),
        ];
        for (name, value) in shares {
            if value.is_nan() || value <= 0.0 || value > 1.0 {
                return Some(TypologyProblem::Share { name, value });
            }
        }
        if t.strong < t.dominant {
            return Some(TypologyProblem::StrongBelowDominant);
        }
        // The same bound as every amount of a case.
        let amounts = [
            ("small_budget", t.small_budget),
            ("low_reserves_months", t.low_reserves_months),
        ];
        for (name, value) in amounts {
            if let Some(problem) = crate::model::number_problem(value) {
                return Some(TypologyProblem::Amount { name, problem });
            }
        }
        // Closeness is exp(−d²/σ²) with d at most √2: below 0.01 every weight but one is 0,
        // above 10 they are all alike.
        if !(0.01..=10.0).contains(&self.sigma) {
            return Some(TypologyProblem::Sigma(self.sigma));
        }
        if self.models.is_empty() {
            return Some(TypologyProblem::NoModel);
        }
        if self.models.len() > MAX_MODELS {
            return Some(TypologyProblem::TooManyModels {
                count: self.models.len(),
                most: MAX_MODELS,
            });
        }
        let max = crate::model::limits::MAX_TEXT_CHARS;
        let texts = [&self.id, &self.name, &self.source, &self.caveat]
            .into_iter()
            .chain(
                self.models
                    .iter()
                    .flat_map(|m| [&m.id, &m.name, &m.name_en, &m.description, &m.colour]),
            );
        if texts.into_iter().any(|t| t.chars().count() > max) {
            return Some(TypologyProblem::TextTooLong { max });
        }
        for (index, model) in self.models.iter().enumerate() {
            if model.id.trim().is_empty() {
                return Some(TypologyProblem::NoId { number: index + 1 });
            }
            if self.models.iter().take(index).any(|m| m.id == model.id) {
                return Some(TypologyProblem::SameId(model.id.clone()));
            }
        }
        for model in &self.models {
            let sum = model.prototype.sum();
            if (sum - 1.0).abs() > 1e-6 {
                return Some(TypologyProblem::PrototypeSum {
                    model: model.id.clone(),
                    sum,
                });
            }
            if model
                .prototype
                .values()
                .iter()
                .any(|v| v.is_nan() || *v < 0.0)
            {
                return Some(TypologyProblem::NegativeShare {
                    model: model.id.clone(),
                });
            }
            if parse_colour(&model.colour).is_none() {
                return Some(TypologyProblem::Colour {
                    model: model.id.clone(),
                    colour: model.colour.clone(),
                });
            }
        }
        for id in [&self.small_structure_model, &self.cofinancing_model] {
            if self.model(id).is_none() {
                return Some(TypologyProblem::UnknownModel(id.clone()));
            }
        }
        for group in RuleGroup::ALL {
            if self.model_of_group(group).is_none() {
                return Some(TypologyProblem::NoModelForGroup(group));
            }
        }
        let mut ring = self.ring.clone();
        ring.sort();
        let mut ids: Vec<_> = self.models.iter().map(|m| m.id.clone()).collect();
        ids.sort();
        if ring != ids {
            return Some(TypologyProblem::Ring);
        }
        None
    }

    fn empty() -> Typology {
        Typology {
            id: String::new(),
            version: 0,
            name: String::new(),
            source: String::new(),
            caveat: String::new(),
            sigma: 0.4,
            thresholds: Thresholds {
                dominant: 0.5,
                strong: 0.7,
                cofinancing_subsidies: 0.2,
                cofinancing_private: 0.2,
                small_budget: 0.0,
                dependence: 0.5,
                volunteer_heavy: 0.5,
                low_reserves_months: 3.0,
            },
            small_structure_model: String::new(),
            cofinancing_model: String::new(),
            ring: Vec::new(),
            models: Vec::new(),
        }
    }

    pub fn reference(&self) -> TypologyRef {
        TypologyRef {
            id: self.id.clone(),
            version: self.version,
        }
    }

    pub fn model(&self, id: &str) -> Option<&ModelDef> {
        self.models.iter().find(|m| m.id == id)
    }

    pub fn model_of_group(&self, group: RuleGroup) -> Option<&ModelDef> {
        self.models.iter().find(|m| m.rule_group == Some(group))
    }
}

fn parse_colour(text: &str) -> Option<[u8; 3]> {
    let hex = text.strip_prefix('#')?;
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_typology_is_valid() {
        let t = Typology::parse(BUILTIN, "intégrée").expect("built-in typology");
        assert_eq!(t.models.len(), 7);
        assert_eq!(t.ring, ["M1", "M6", "M5", "M4", "M3", "M2", "M7"]);
        assert_eq!(Typology::builtin().id, "cpca-2014");
    }

    #[test]
    fn prototype_that_does_not_sum_to_one_is_refused() {
        let broken = BUILTIN.replace("c: 0.7, a: 0.1", "c: 0.9, a: 0.1");
        let err = Typology::parse(&broken, "test").unwrap_err();
        assert!(err.to_string().contains("M1"), "{err}");
    }

    #[test]
    fn threshold_out_of_range_is_refused() {
        let broken = BUILTIN.replace("dominant: 0.5", "dominant: 1.5");
        let err = Typology::parse(&broken, "test").unwrap_err();
        assert!(err.to_string().contains("dominant"), "{err}");
    }

    #[test]
    fn zero_sigma_is_refused() {
        let broken = BUILTIN.replace("sigma: 0.4", "sigma: 0.0");
        assert!(Typology::parse(&broken, "test").is_err());
    }
}
