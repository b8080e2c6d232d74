//! « Que faudrait-il pour… ? »: for a chosen model, the smallest change of one rule group, in
//! euros, that makes the typology's rules classify the mix in that model (in « forte »
//! confidence when asked). Computed from the rules and thresholds of the typology in use, by
//! search: a scan to find the first amount that reaches the model, then halving to the euro.
//! A change is at most what a case file accepts (a thousand billion euros), as a typed change:
//! the search is bounded, and always ends.

use super::classify::{Decision, Rule, decide};
use super::{Classification, Context, RuleGroup, RuleMix, Typology, classify};
use crate::format::euros_whole;
use crate::model::MAX_NUMBER;

/// One way there: `euros` added to (or, negative, taken from) `group`, and the result.
#[derive(Clone, Debug, PartialEq)]
pub struct Way {
    pub group: RuleGroup,
    pub euros: f64,
    pub after: Classification,
}

impl Way {
    /// The change in euros, signed: « +12 000 € », « −3 500 € ».
    pub fn amount(&self) -> String {
        let amount = euros_whole(self.euros.abs());
        let sign = if self.euros >= 0.0 { "+" } else { "−" };
        format!("{sign}{amount}")
    }
}

/// The answer for one model.
#[derive(Clone, Debug, PartialEq)]
pub struct Reach {
    pub model: String,
    pub strong: bool,
    /// Already there: nothing to change.
    pub already: bool,
    /// The ways there, smallest first (at most one per group and direction).
    pub ways: Vec<Way>,
    /// Why no change of one group leads there, when none does.
    pub unreachable: Option<Unreachable>,
}

/// Why no change of a single group reaches a model (`text::reach_sentence` says it).
#[derive(Clone, Debug, PartialEq)]
pub enum Unreachable {
    /// It would take a change beyond what a case file accepts (a thousand billion euros).
    BeyondTheLimit,
    /// The co-financing and small-structure rules never give « confiance forte ».
    NeverStrong,
    /// Co-financing takes both subsidies and private giving at their thresholds.
    TwoGroups {
        subsidies_threshold: f64,
        private_threshold: f64,
    },
    /// The small-structure rule takes no salaried staff.
    SmallStructureWithStaff,
    /// No change of one group leads there with this typology's thresholds.
    NoSingleGroup,
}

fn reached(decision: &Decision, typology: &Typology, model: &str, strong: bool) -> bool {
    decision.rule != Rule::Hybrid
        && decision.model(typology) == Some(model)
        && (!strong || decision.strong)
}

fn with(mix: &RuleMix, group: RuleGroup, euros: f64) -> RuleMix {
    let mut out = *mix;
    out.add(group, euros);
    out
}

/// The smallest `x` in (0, `max`] (to the euro) for which `ok(x)`, or `None`; `max` is at
/// most a thousand billion, so that every euro is a distinct number (below 2^53) and the halving
/// ends.
fn smallest(max: f64, ok: impl Fn(f64) -> bool) -> Option<f64> {
    let max = max.min(MAX_NUMBER);
    if max.is_nan() || max < 1.0 {
        return None;
    }
    // A geometric scan from 1 € finds the first amount that works…
    let mut low = 0.0;
    let mut x = 1.0_f64;
    let high = loop {
        let at = x.min(max);
        if ok(at) {
            break at;
        }
        if at >= max {
            return None;
        }
        low = at;
        x *= 1.05;
    };
    // …then halving between the last that did not and the first that did, to the euro.
    let (mut low, mut high) = (low, high.ceil().min(max));
    // 64 halvings cover any interval of doubles; a midpoint that no longer moves ends it too.
    for _ in 0..64 {
        if high - low <= 1.0 {
            break;
        }
        let mid = ((low + high) / 2.0).floor();
        if mid <= low || mid >= high {
            break;
        }
        if ok(mid) {
            high = mid;
        } else {
            low = mid;
        }
    }
    Some(high)
}

/// A model asked for that the typology does not hold; the text floor words it
/// (`text::unknown_model`, French for `Display`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct UnknownModel {
    pub model: String,
    /// The typology's models.
    pub models: Vec<String>,
}

/// What it takes for the snapshot analysed in `analysis` (its mix, its salaried staff).
pub fn for_analysis(
    analysis: &super::Analysis,
    typology: &Typology,
    asked: (&str, bool),
) -> Result<Reach, UnknownModel> {
    let context = Context {
        salaried_etp: analysis.totals.salaried_etp,
    };
    what_it_takes(
        &analysis.totals.amounts.rule_mix(),
        &context,
        typology,
        asked,
    )
}

/// What it takes for `mix` to be classified in `model` (« forte » when `strong`).
pub fn what_it_takes(
    mix: &RuleMix,
    context: &Context,
    typology: &Typology,
    (model, strong): (&str, bool),
) -> Result<Reach, UnknownModel> {
    if typology.model(model).is_none() {
        return Err(UnknownModel {
            model: model.to_owned(),
            models: typology.models.iter().map(|m| m.id.clone()).collect(),
        });
    }
    let ok = |m: &RuleMix| reached(&decide(m, context, typology), typology, model, strong);
    let mut reach = Reach {
        model: model.to_owned(),
        strong,
        already: ok(mix),
        ways: Vec::new(),
        unreachable: None,
    };
    if reach.already {
        return Ok(reach);
    }
    let total = mix.sum();
    // Far enough for any share of any group: a group at 99 % needs 99 × the rest.
    let up = (total * 100.0).max(1_000_000.0);
    for group in RuleGroup::ALL {
        if let Some(x) = smallest(up, |x| ok(&with(mix, group, x))) {
            reach.ways.push(Way {
                group,
                euros: x,
                after: classify(&with(mix, group, x), context, typology),
            });
        }
        if let Some(x) = smallest(mix.get(group), |x| ok(&with(mix, group, -x))) {
            reach.ways.push(Way {
                group,
                euros: -x,
                after: classify(&with(mix, group, -x), context, typology),
            });
        }
    }
    reach
        .ways
        .sort_by(|a, b| a.euros.abs().total_cmp(&b.euros.abs()));
    if reach.ways.is_empty() {
        // Farther than any change a case file accepts, in one direction or the other.
        let beyond = RuleGroup::ALL.iter().any(|&group| {
            (total * 100.0 > MAX_NUMBER && ok(&with(mix, group, total * 100.0)))
                || (mix.get(group) > MAX_NUMBER && ok(&with(mix, group, -mix.get(group))))
        });
        reach.unreachable = Some(if beyond {
            Unreachable::BeyondTheLimit
        } else {
            why_not(typology, model, strong)
        });
    }
    Ok(reach)
}

/// Why no change of a single group reaches `model`, from the typology's rules.
fn why_not(typology: &Typology, model: &str, strong: bool) -> Unreachable {
    let t = &typology.thresholds;
    if strong && (model == typology.cofinancing_model || model == typology.small_structure_model) {
        Unreachable::NeverStrong
    } else if model == typology.cofinancing_model {
        Unreachable::TwoGroups {
            subsidies_threshold: t.cofinancing_subsidies,
            private_threshold: t.cofinancing_private,
        }
    } else if model == typology.small_structure_model {
        Unreachable::SmallStructureWithStaff
    } else {
        Unreachable::NoSingleGroup
    }
}
