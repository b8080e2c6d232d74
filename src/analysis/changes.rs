//! The change of each line and each lever from one snapshot to the next (« trajectoire »).
//! Lines are matched by id: a target copied from a snapshot keeps its lines' ids.

use serde::Serialize;

use super::totals::{line_value, totals};
use crate::model::{Lever, Snapshot, ValuationSettings};

#[derive(Clone, Debug, PartialEq, Serialize)]
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

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LeverChange {
    pub lever: Lever,
    pub before: f64,
    pub after: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Changes {
    pub levers: Vec<LeverChange>,
    /// Every line present in either snapshot, in the later snapshot's order then the removed.
    pub lines: Vec<LineChange>,
}

pub fn changes(before: &Snapshot, after: &Snapshot, valuation: &ValuationSettings) -> Changes {
    let value = |s: &Snapshot, id: u32| s.line(id).map(|l| line_value(l, valuation).shown());
    let mut lines: Vec<LineChange> = after
        .lines
        .iter()
        .map(|l| LineChange {
            id: l.id,
            label: l.display_label().to_owned(),
            lever: l.lever(),
            before: value(before, l.id),
            after: value(after, l.id),
        })
        .collect();
    lines.extend(
        before
            .lines
            .iter()
            .filter(|l| after.line(l.id).is_none())
            .map(|l| LineChange {
                id: l.id,
                label: l.display_label().to_owned(),
                lever: l.lever(),
                before: value(before, l.id),
                after: None,
            }),
    );
    let (tb, ta) = (totals(before, valuation), totals(after, valuation));
    let levers = vec![
        LeverChange {
            lever: Lever::RichessesHumaines,
            before: tb.human,
            after: ta.human,
        },
        LeverChange {
            lever: Lever::RessourcesFinancieres,
            before: tb.financial,
            after: ta.financial,
        },
        LeverChange {
            lever: Lever::AlliancesStrategiques,
            before: tb.alliances,
            after: ta.alliances,
        },
    ];
    Changes { levers, lines }
}
