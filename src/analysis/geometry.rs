//! Positions on the plots: the ternary map of the monetary mix and the barycentre heptagon.

use serde::Serialize;

use super::closeness::ModelWeight;
use super::groups::{GroupAmounts, RuleMix};
use super::typology::Typology;

/// Shares of the three poles of the ternary map, summing to 1.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Ternary {
    /// « Subventions publiques » (S).
    pub subsidies: f64,
    /// « Ressources privées » (C + D + M + N).
    pub private: f64,
    /// « Revenus d'activité » (RAp + RAm + RAr).
    pub activity: f64,
}

impl Ternary {
    pub fn from_amounts(amounts: &GroupAmounts) -> Option<Ternary> {
        Ternary::from_mix(&amounts.rule_mix())
    }

    pub fn from_mix(mix: &RuleMix) -> Option<Ternary> {
        let total = mix.sum();
        (total > 0.0).then(|| Ternary {
            subsidies: mix.s / total,
            private: (mix.c + mix.dm + mix.n) / total,
            activity: (mix.a + mix.rar) / total,
        })
    }

    /// Cartesian position in a triangle of side 1: « Subventions publiques » at the top,
    /// « Ressources privées » bottom left, « Revenus d'activité » bottom right.
    pub fn to_xy(self) -> [f64; 2] {
        let top = [0.5, 3f64.sqrt() / 2.0];
        let left = [0.0, 0.0];
        let right = [1.0, 0.0];
        [
            self.subsidies * top[0] + self.private * left[0] + self.activity * right[0],
            self.subsidies * top[1] + self.private * left[1] + self.activity * right[1],
        ]
    }
}

/// Vertex of the model `index` of `count` on a unit heptagon, the first at the top, clockwise.
pub fn ring_vertex(index: usize, count: usize) -> [f64; 2] {
    let angle = std::f64::consts::FRAC_PI_2 - std::f64::consts::TAU * index as f64 / count as f64;
    [angle.cos(), angle.sin()]
}

/// Σ w_k × vertex_k around the typology's ring; `None` without weights.
pub fn barycentre(weights: &[ModelWeight], typology: &Typology) -> Option<[f64; 2]> {
    if weights.is_empty() {
        return None;
    }
    let count = typology.ring.len();
    let mut point = [0.0, 0.0];
    for w in weights {
        if let Some(index) = typology.ring.iter().position(|id| *id == w.model) {
            let v = ring_vertex(index, count);
            point[0] += w.weight * v[0];
            point[1] += w.weight * v[1];
        }
    }
    Some(point)
}
