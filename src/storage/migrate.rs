//! Older format versions, read as they were written and carried to the current model.
//!
//! Format 1 (first prototypes) valued every hour of volunteering at a single SMIC rate and did
//! not record the typology. Format 2 keeps one rate per category and the typology's id. Format 3
//! adds the action plan and its validation, format 4 the rounds of the autodiagnostic, each with
//! its default: a format 2 or 3 file reads as it is.

use serde::Deserialize;

use crate::model::{
    Accompaniment, Case, FORMAT_VERSION, HourlyRate, Organisation, RateCategory, Snapshot,
    TypologyRef, ValuationSettings,
};

// Unknown fields are refused in old formats too: rewriting would silently drop them.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseV1 {
    #[serde(rename = "format_version")]
    _format_version: u32,
    #[serde(default)]
    organisation: Organisation,
    #[serde(default)]
    accompaniment: Accompaniment,
    valuation: ValuationV1,
    #[serde(default)]
    snapshots: Vec<Snapshot>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ValuationV1 {
    #[serde(deserialize_with = "crate::model::non_negative")]
    smic_rate: f64,
    smic_year: i32,
    #[serde(deserialize_with = "crate::model::non_negative")]
    hours_per_etp: f64,
}

impl From<CaseV1> for Case {
    fn from(old: CaseV1) -> Case {
        let defaults = ValuationSettings::default();
        let rates = RateCategory::ALL
            .iter()
            .map(|&category| HourlyRate {
                category,
                rate: old.valuation.smic_rate,
                basis: "SMIC horaire brut".to_owned(),
                year: old.valuation.smic_year,
                source: "taux unique repris d'un dossier au format 1".to_owned(),
            })
            .collect();
        Case {
            format_version: FORMAT_VERSION,
            organisation: old.organisation,
            accompaniment: old.accompaniment,
            valuation: ValuationSettings {
                rates,
                hours_per_etp: old.valuation.hours_per_etp,
                ..defaults
            },
            typology: TypologyRef::default(),
            snapshots: old.snapshots,
            account_rules: Vec::new(),
            scenarios: Vec::new(),
            diagnostics: Vec::new(),
        }
    }
}
