//! One story from two lenses (DOMAIN.md §4.4): the rules decide the model shown, the closeness
//! shows the blend. When the model nearest by closeness is not one the rules retain, one
//! sentence names both and the threshold that keeps the rules from choosing it; and the title of
//! the position names the models in words, not only by their codes.

use super::classify::{Classification, Rule};
use super::closeness::ModelWeight;
use super::groups::{RuleGroup, RuleMix};
use super::typology::Typology;
use crate::format::percent;

/// The model(s) the rules retain: one, or two for a hybrid.
pub fn retained(c: &Classification) -> Vec<&str> {
    c.model
        .iter()
        .chain(c.second_model.iter())
        .map(String::as_str)
        .collect()
}

/// The position in words: « Subventions publiques (M4) », or for a hybrid « Subventions
/// publiques (M4) / Prestation et valorisation de savoir-faire (M2) ».
pub fn title(c: &Classification, typology: &Typology) -> String {
    let named: Vec<String> = retained(c)
        .into_iter()
        .map(|id| match typology.model(id) {
            Some(m) => format!("{} ({id})", m.name),
            None => id.to_owned(),
        })
        .collect();
    if named.is_empty() {
        c.label.clone()
    } else {
        named.join(" / ")
    }
}

/// The sentence that reconciles the two lenses, when the nearest model by closeness is not one
/// the rules retain; `None` when they agree.
pub fn disagreement(
    c: &Classification,
    weights: &[ModelWeight],
    mix: &RuleMix,
    typology: &Typology,
) -> Option<String> {
    let nearest = weights
        .iter()
        .max_by(|a, b| a.weight.total_cmp(&b.weight))?;
    if c.rule == Rule::NoMonetary || retained(c).contains(&nearest.model.as_str()) {
        return None;
    }
    let shares = mix.normalised()?;
    let t = &typology.thresholds;
    let below = |group: RuleGroup, threshold: f64| {
        format!(
            "« {} » ({}) reste sous le seuil de {}",
            group.label(),
            percent(shares.get(group)),
            percent(threshold)
        )
    };
    let id = nearest.model.as_str();
    let reason = if id == typology.cofinancing_model {
        let mut missing = Vec::new();
        if shares.get(RuleGroup::S) < t.cofinancing_subsidies {
            missing.push(below(RuleGroup::S, t.cofinancing_subsidies));
        }
        if shares.get(RuleGroup::DM) < t.cofinancing_private {
            missing.push(below(RuleGroup::DM, t.cofinancing_private));
        }
        if missing.is_empty() {
            "une autre règle passe avant".to_owned()
        } else {
            missing.join(" et ")
        }
    } else if let Some(group) = RuleGroup::ALL
        .into_iter()
        .find(|g| typology.model_of_group(*g).is_some_and(|m| m.id == id))
    {
        below(group, t.dominant)
    } else {
        "les seuils de la typologie ne le retiennent pas".to_owned()
    };
    let name = typology.model(id).map_or(id, |m| m.name.as_str());
    Some(format!(
        "La composition est la plus proche de « {name} » ({id}, {}), mais {reason} : la règle retient « {} ».",
        percent(nearest.weight),
        c.label
    ))
}
