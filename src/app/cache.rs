//! The analyses of the open case, computed once per revision of the document and typology,
//! not once per frame: every view reads them from here.

use crate::analysis::{Analysis, Typology, analyse};
use crate::model::Case;

#[derive(Default)]
pub struct AnalysisCache {
    /// (document revision, typology generation) the analyses were computed for.
    key: Option<(u64, u64)>,
    analyses: Vec<Analysis>,
}

impl AnalysisCache {
    /// One analysis per snapshot of `case`, recomputed only when `key` changed.
    pub fn get(&mut self, key: (u64, u64), case: &Case, typology: &Typology) -> &[Analysis] {
        if self.key != Some(key) {
            self.analyses = case
                .snapshots
                .iter()
                .map(|s| analyse(case, s, typology))
                .collect();
            self.key = Some(key);
        }
        &self.analyses
    }

    /// The analyses computed for `key`, if they were: what the window drew, never recomputed.
    pub fn drawn(&self, key: (u64, u64)) -> Option<&[Analysis]> {
        (self.key == Some(key)).then_some(self.analyses.as_slice())
    }
}
