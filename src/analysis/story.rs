//! One story from two lenses (DOMAIN.md §4.4): the rules decide the model shown, the closeness
//! shows the blend. When the model nearest by closeness is not one the rules retain, one
//! sentence names both and the threshold that keeps the rules from choosing it (when they agree,
//! the same for the next model by closeness, so that a bar at 37 % is never left unexplained);
//! and the title of
//! the position names the models in words, not only by their codes.

use super::classify::{Below, Classification, Reason, Rule};
use super::closeness::ModelWeight;
use super::groups::{RuleGroup, RuleMix};
use super::typology::Typology;

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

/// Below this closeness, a model not retained is not worth a sentence of « Pourquoi ? ».
const RUNNER_UP_WORTH_SAYING: f64 = 0.15;

/// The fact that reconciles the two lenses: when the nearest model by closeness is not one
/// the rules retain, it names both and the threshold between them; when the rules retain the
/// nearest, it says why the next one by closeness (if close enough to be asked about: 15 % or
/// more) is not retained. `None` when there is nothing to reconcile.
pub fn disagreement(
    c: &Classification,
    weights: &[ModelWeight],
    mix: &RuleMix,
    typology: &Typology,
) -> Option<Reason> {
    if c.rule == Rule::NoMonetary {
        return None;
    }
    let kept = retained(c);
    let nearest = weights
        .iter()
        .max_by(|a, b| a.weight.total_cmp(&b.weight))?;
    let nearest_kept = kept.contains(&nearest.model.as_str());
    let other = weights
        .iter()
        .filter(|w| !kept.contains(&w.model.as_str()))
        .max_by(|a, b| a.weight.total_cmp(&b.weight))?;
    if nearest_kept && other.weight < RUNNER_UP_WORTH_SAYING {
        return None;
    }
    let id = other.model.as_str();
    let below = not_retained_because(id, mix, typology)?;
    let name = typology
        .model(id)
        .map_or(id, |m| m.name.as_str())
        .to_owned();
    Some(if nearest_kept {
        Reason::RunnerUp {
            model: id.to_owned(),
            name,
            closeness: other.weight,
            below,
        }
    } else {
        Reason::Nearest {
            model: id.to_owned(),
            name,
            closeness: other.weight,
            below,
            retained: c.label.clone(),
        }
    })
}

/// Why the rules do not retain model `id`: the shares that stay under their thresholds.
fn not_retained_because(id: &str, mix: &RuleMix, typology: &Typology) -> Option<Vec<Below>> {
    let shares = mix.normalised()?;
    let t = &typology.thresholds;
    let below = |group: RuleGroup, threshold: f64| Below::Under {
        group,
        share: shares.get(group),
        threshold,
    };
    Some(if id == typology.cofinancing_model {
        let mut missing = Vec::new();
        if shares.get(RuleGroup::S) < t.cofinancing_subsidies {
            missing.push(below(RuleGroup::S, t.cofinancing_subsidies));
        }
        if shares.get(RuleGroup::DM) < t.cofinancing_private {
            missing.push(below(RuleGroup::DM, t.cofinancing_private));
        }
        if missing.is_empty() {
            vec![Below::OtherRuleFirst]
        } else {
            missing
        }
    } else if let Some(group) = RuleGroup::ALL
        .into_iter()
        .find(|g| typology.model_of_group(*g).is_some_and(|m| m.id == id))
    {
        vec![below(group, t.dominant)]
    } else {
        vec![Below::NotRetained]
    })
}
