//! The `analyse --json` document: a stable schema for scripts (docs/analyse-json.md).

use serde::Serialize;

use crate::analysis::Analysis;
use crate::model::Case;

/// Version of the JSON schema; raised on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
pub struct Document<'a> {
    pub schema_version: u32,
    pub organisation: &'a str,
    #[serde(flatten)]
    pub analysis: &'a Analysis,
    /// The latest round of the autodiagnostic, scored; `null` without one (or with a
    /// questionnaire this build does not have).
    pub autodiagnostic: Option<crate::analysis::autodiagnostic::RoundResult>,
}

pub fn document<'a>(case: &'a Case, analysis: &'a Analysis) -> Document<'a> {
    Document {
        schema_version: SCHEMA_VERSION,
        organisation: &case.organisation.name,
        analysis,
        autodiagnostic: super::autodiagnostic::latest(case, None).map(|d| d.result),
    }
}
