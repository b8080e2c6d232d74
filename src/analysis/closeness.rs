//! Closeness to the seven models: w_k ∝ exp(−‖g − p_k‖² / σ²), normalised to sum to 1.

use super::groups::RuleMix;
use super::typology::Typology;

#[derive(Clone, Debug, PartialEq)]
pub struct ModelWeight {
    pub model: String,
    pub weight: f64,
}

/// The weights of the models for a mix of shares, in the typology's order; empty when the
/// mix is empty (no monetary resources).
pub fn weights(amounts: &RuleMix, typology: &Typology) -> Vec<ModelWeight> {
    let Some(shares) = amounts.normalised() else {
        return Vec::new();
    };
    let sigma2 = typology.sigma * typology.sigma;
    let distances: Vec<f64> = typology
        .models
        .iter()
        .map(|m| shares.distance2(&m.prototype))
        .collect();
    // Subtracting the smallest distance keeps the largest term at exp(0) = 1: no underflow
    // to 0/0 however small σ is.
    let nearest = distances.iter().copied().fold(f64::INFINITY, f64::min);
    let raw: Vec<f64> = distances
        .iter()
        .map(|d| (-(d - nearest) / sigma2).exp())
        .collect();
    let sum: f64 = raw.iter().sum();
    typology
        .models
        .iter()
        .zip(raw)
        .map(|(m, r)| ModelWeight {
            model: m.id.clone(),
            weight: r / sum,
        })
        .collect()
}
