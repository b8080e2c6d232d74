//! The change of each line and each lever from one snapshot to the next (« trajectoire »).
//! Lines are matched by id: a target copied from a snapshot keeps its lines' ids.

use std::collections::HashMap;

use super::totals::{line_value, totals};
use crate::model::{Lever, Snapshot, ValuationSettings};

#[derive(Clone, Debug, PartialEq)]
pub struct LineChange {
    pub id: u32,
    pub label: String,
    pub lever: Lever,
    /// `None` when the line is new in the later snapshot.
    pub before: Option<f64>,
    /// `None` when the line was removed.
    pub after: Option<f64>,
}

impl LineChange {
    pub fn delta(&self) -> f64 {
        self.after.unwrap_or(0.0) - self.before.unwrap_or(0.0)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct LeverChange {
    pub lever: Lever,
    pub before: f64,
    pub after: f64,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Changes {
    pub levers: Vec<LeverChange>,
    /// Every line present in either snapshot, in the later snapshot's order then the removed.
    pub lines: Vec<LineChange>,
    by_id: HashMap<u32, usize>,
}

impl Changes {
    /// The change of line `id`, if it is in either snapshot.
    pub fn line(&self, id: u32) -> Option<&LineChange> {
        self.by_id.get(&id).and_then(|&i| self.lines.get(i))
    }
}

pub fn changes(before: &Snapshot, after: &Snapshot, valuation: &ValuationSettings) -> Changes {
    let index = |s: &Snapshot| -> HashMap<u32, f64> {
        s.lines
            .iter()
            .map(|l| (l.id, line_value(l, valuation).shown()))
            .collect()
    };
    let (values_before, values_after) = (index(before), index(after));
    let mut lines: Vec<LineChange> = after
        .lines
        .iter()
        .map(|l| LineChange {
            id: l.id,
            label: l.display_label().to_owned(),
            lever: l.lever(),
            before: values_before.get(&l.id).copied(),
            after: values_after.get(&l.id).copied(),
        })
        .collect();
    lines.extend(
        before
            .lines
            .iter()
            .filter(|l| !values_after.contains_key(&l.id))
            .map(|l| LineChange {
                id: l.id,
                label: l.display_label().to_owned(),
                lever: l.lever(),
                before: values_before.get(&l.id).copied(),
                after: None,
            }),
    );
    let (tb, ta) = (totals(before, valuation), totals(after, valuation));
    let levers = Lever::ALL
        .iter()
        .map(|&lever| LeverChange {
            lever,
            before: tb.lever(lever),
            after: ta.lever(lever),
        })
        .collect();
    let by_id = lines.iter().enumerate().map(|(i, l)| (l.id, i)).collect();
    Changes {
        levers,
        lines,
        by_id,
    }
}
