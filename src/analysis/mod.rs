//! Pure functions from a snapshot to the figures a consultant discusses: totals, shares,
//! the position on the typology and why, qualifiers, and the change since the last snapshot.

pub mod autodiagnostic;
mod changes;
mod classify;
mod closeness;
mod geometry;
mod groups;
mod key_figures;
mod labels;
mod qualifiers;
pub mod reach;
pub mod reference;
pub mod scenario;
mod story;
mod totals;
mod typology;

pub use changes::{Changes, LeverChange, LineChange, changes};
pub use classify::{
    Below, Classification, Confidence, Context, Decision, Reason, Rule, classify, decide,
};
pub use closeness::{ModelWeight, weights};
pub use geometry::{
    AnchorGroup, LabelSide, POLES, Ternary, anchor_groups, anchor_label_side, barycentre,
    label_groups, ring_vertex, ternary_grid,
};
pub use groups::{GroupAmounts, RuleGroup, RuleMix};
pub use key_figures::{KeyFigure, key_figures};
pub use labels::{LabelBox, Placed, free_place, place_label};
pub use qualifiers::{Detail, Qualifier, Warning, qualifiers, warnings};
pub use story::{disagreement, retained, title};
pub use totals::{LineValue, Totals, line_value, totals};
pub use typology::{ModelDef, Thresholds, Typology, TypologyError, TypologyProblem};

use crate::model::{Case, Snapshot, TypologyRef};

/// Everything the app shows about one snapshot (`report::json::analyse` words it for scripts).
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    pub snapshot: String,
    pub typology: TypologyRef,
    pub totals: Totals,
    /// Shares of T per group (O stays 0); `None` without monetary resources.
    pub shares: Option<GroupAmounts>,
    pub ternary: Option<Ternary>,
    pub weights: Vec<ModelWeight>,
    pub barycentre: Option<[f64; 2]>,
    pub classification: Classification,
    pub qualifiers: Vec<Qualifier>,
    pub warnings: Vec<Warning>,
}

/// Analyses one snapshot of a case with a typology.
pub fn analyse(case: &Case, snapshot: &Snapshot, typology: &Typology) -> Analysis {
    let totals = totals(snapshot, &case.valuation);
    let mix = totals.amounts.rule_mix();
    let mut classification = classify(
        &mix,
        &Context {
            salaried_etp: totals.salaried_etp,
        },
        typology,
    );
    let weights = weights(&mix, typology);
    // One story: the rules and the closeness are reconciled in words where they differ.
    classification.title = title(&classification, typology);
    if let Some(reason) = disagreement(&classification, &weights, &mix, typology) {
        classification.explanation.push(reason);
    }
    Analysis {
        snapshot: snapshot.label.clone(),
        typology: typology.reference(),
        shares: totals.amounts.shares(),
        ternary: Ternary::from_mix(&mix),
        barycentre: barycentre(&weights, typology),
        weights,
        qualifiers: qualifiers(snapshot, &totals, typology),
        warnings: warnings(case, snapshot, &totals, &classification, typology),
        classification,
        totals,
    }
}

/// One snapshot on the « trajectoire socio-économique »: where it sits on the ternary map and
/// the barycentre heptagon.
#[derive(Clone, Debug, PartialEq)]
pub struct TrajectoryPoint {
    pub label: String,
    pub target: bool,
    pub ternary: Option<Ternary>,
    pub barycentre: Option<[f64; 2]>,
}

/// The path of the case from snapshot to snapshot, in the order of the snapshots.
pub fn trajectory(case: &Case, typology: &Typology) -> Vec<TrajectoryPoint> {
    case.snapshots
        .iter()
        .map(|s| {
            let a = analyse(case, s, typology);
            TrajectoryPoint {
                label: s.label.clone(),
                target: s.kind == crate::model::SnapshotKind::Cible,
                ternary: a.ternary,
                barycentre: a.barycentre,
            }
        })
        .collect()
}
