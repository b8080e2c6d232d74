//! Comparing two case files (two versions of one case, or a peer's review of it): what changed
//! in the organisation, the valuation settings and each snapshot, lever by lever and line by
//! line (old → new), and how the position on the typology moved.
//!
//! Snapshots are matched by their label, lines by their id (a line keeps its id across edits and
//! copies); lines whose ids differ are then paired by kind and label, so a peer who retyped a
//! line still shows as a change rather than a removal and an addition.

mod fields;
mod summary;

pub use summary::{position_line, summary};

use fields::{field_changes, line_fields, organisation_fields, snapshot_fields, valuation_changes};

use std::collections::{HashMap, HashSet};

use crate::analysis::{Ternary, Typology, analyse, totals};
use crate::format::euros;
use crate::model::{Case, Lever, ResourceLine, Snapshot};

/// One field that differs, with both values as shown to a person.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldChange {
    pub field: &'static str,
    pub before: String,
    pub after: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Added,
    Removed,
    Changed,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Added => "ajoutée",
            Status::Removed => "supprimée",
            Status::Changed => "modifiée",
        }
    }

    pub fn sign(self) -> &'static str {
        match self {
            Status::Added => "+",
            Status::Removed => "−",
            Status::Changed => "~",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct LineComparison {
    pub status: Status,
    pub label: String,
    /// Value of the line (euros) before and after; `None` where it does not exist.
    pub before: Option<f64>,
    pub after: Option<f64>,
    /// For a changed line, every field that differs.
    pub fields: Vec<FieldChange>,
}

impl LineComparison {
    /// The line's value: « 1 200 € → 1 500 € » when it changed, else its one value.
    pub fn values_text(&self) -> String {
        match (self.before, self.after) {
            (Some(b), Some(a)) if (a - b).abs() > 0.005 => format!("{} → {}", euros(b), euros(a)),
            (_, Some(v)) | (Some(v), None) => euros(v),
            _ => String::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct LeverComparison {
    pub lever: Lever,
    pub before: f64,
    pub after: f64,
    pub lines: Vec<LineComparison>,
}

/// Where one side stands on the typology.
#[derive(Clone, Debug, PartialEq)]
pub struct Position {
    pub label: String,
    pub model: Option<String>,
    pub ternary: Option<Ternary>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SnapshotComparison {
    pub label: String,
    /// `None` when the snapshot is in both files.
    pub status: Option<Status>,
    pub fields: Vec<FieldChange>,
    pub levers: Vec<LeverComparison>,
    pub before: Option<Position>,
    pub after: Option<Position>,
}

impl SnapshotComparison {
    /// Whether the model (or the hybrid's label) differs between the two sides.
    pub fn model_changed(&self) -> bool {
        match (&self.before, &self.after) {
            (Some(a), Some(b)) => a.label != b.label,
            _ => false,
        }
    }

    pub fn is_unchanged(&self) -> bool {
        self.status.is_none()
            && self.fields.is_empty()
            && self.levers.iter().all(|l| l.lines.is_empty())
            && !self.model_changed()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub before: String,
    pub after: String,
    pub organisation: Vec<FieldChange>,
    pub valuation: Vec<FieldChange>,
    pub snapshots: Vec<SnapshotComparison>,
}

impl Comparison {
    pub fn is_unchanged(&self) -> bool {
        self.organisation.is_empty()
            && self.valuation.is_empty()
            && self.snapshots.iter().all(SnapshotComparison::is_unchanged)
    }

    pub fn snapshot(&self, label: &str) -> Option<&SnapshotComparison> {
        self.snapshots.iter().find(|s| s.label == label)
    }
}

/// Compares case `a` (before) with case `b` (after); `names` are what the summary calls them.
pub fn compare(a: &Case, b: &Case, names: (&str, &str), typology: &Typology) -> Comparison {
    let mut snapshots: Vec<SnapshotComparison> = b
        .snapshots
        .iter()
        .map(|after| match a.snapshot(&after.label) {
            Some(before) => compare_snapshots((a, before), (b, after), typology),
            None => one_sided(b, after, Status::Added, typology),
        })
        .collect();
    snapshots.extend(
        a.snapshots
            .iter()
            .filter(|s| b.snapshot(&s.label).is_none())
            .map(|s| one_sided(a, s, Status::Removed, typology)),
    );
    Comparison {
        before: names.0.to_owned(),
        after: names.1.to_owned(),
        organisation: field_changes(&a.organisation, &b.organisation, &organisation_fields()),
        valuation: valuation_changes(&a.valuation, &b.valuation),
        snapshots,
    }
}

fn position(case: &Case, snapshot: &Snapshot, typology: &Typology) -> Position {
    let analysis = analyse(case, snapshot, typology);
    Position {
        label: analysis.classification.label,
        model: analysis.classification.model,
        ternary: analysis.ternary,
    }
}

/// A snapshot present on one side only: its lever totals, and its position.
fn one_sided(
    case: &Case,
    snapshot: &Snapshot,
    status: Status,
    typology: &Typology,
) -> SnapshotComparison {
    let t = totals(snapshot, &case.valuation);
    let levers = Lever::ALL
        .iter()
        .map(|&lever| {
            let value = t.lever(lever);
            let (before, after) = match status {
                Status::Removed => (value, 0.0),
                _ => (0.0, value),
            };
            LeverComparison {
                lever,
                before,
                after,
                lines: Vec::new(),
            }
        })
        .collect();
    let side = Some(position(case, snapshot, typology));
    let (before, after) = match status {
        Status::Removed => (side, None),
        _ => (None, side),
    };
    SnapshotComparison {
        label: snapshot.label.clone(),
        status: Some(status),
        fields: Vec::new(),
        levers,
        before,
        after,
    }
}

fn compare_snapshots(
    (a, before): (&Case, &Snapshot),
    (b, after): (&Case, &Snapshot),
    typology: &Typology,
) -> SnapshotComparison {
    let pairs = pair_lines(before, after);
    let value = |case: &Case, line: &ResourceLine| {
        crate::analysis::line_value(line, &case.valuation).shown()
    };
    let (ta, tb) = (totals(before, &a.valuation), totals(after, &b.valuation));
    let levers = Lever::ALL
        .iter()
        .map(|&lever| {
            let lines = pairs
                .iter()
                .filter(|(old, new)| new.or(*old).is_some_and(|l| l.lever() == lever))
                .filter_map(|(old, new)| {
                    let (status, fields) = match (old, new) {
                        (Some(o), Some(n)) => {
                            let fields = field_changes(*o, *n, &line_fields());
                            if fields.is_empty() {
                                return None;
                            }
                            (Status::Changed, fields)
                        }
                        (None, Some(_)) => (Status::Added, Vec::new()),
                        _ => (Status::Removed, Vec::new()),
                    };
                    let label = new
                        .or(*old)
                        .map_or(String::new(), |l| l.display_label().to_owned());
                    Some(LineComparison {
                        status,
                        label,
                        before: old.map(|l| value(a, l)),
                        after: new.map(|l| value(b, l)),
                        fields,
                    })
                })
                .collect();
            LeverComparison {
                lever,
                before: ta.lever(lever),
                after: tb.lever(lever),
                lines,
            }
        })
        .collect();
    SnapshotComparison {
        label: after.label.clone(),
        status: None,
        fields: field_changes(before, after, &snapshot_fields()),
        levers,
        before: Some(position(a, before, typology)),
        after: Some(position(b, after, typology)),
    }
}

type Pair<'a> = (Option<&'a ResourceLine>, Option<&'a ResourceLine>);

/// Lines of both snapshots, paired: by id first, then the rest by kind and label. Lines of the
/// later snapshot come in its order, then the removed ones.
fn pair_lines<'a>(before: &'a Snapshot, after: &'a Snapshot) -> Vec<Pair<'a>> {
    let by_id: HashMap<u32, &ResourceLine> = before.lines.iter().map(|l| (l.id, l)).collect();
    let key = |l: &ResourceLine| (l.kind.clone(), l.display_label().trim().to_lowercase());
    let mut used: HashSet<u32> = HashSet::new();
    let mut pairs: Vec<Pair<'a>> = after
        .lines
        .iter()
        .map(|new| {
            let old = by_id
                .get(&new.id)
                .copied()
                .filter(|old| old.kind == new.kind || key(old) == key(new));
            if let Some(old) = old {
                used.insert(old.id);
            }
            (old, Some(new))
        })
        .collect();
    // Retyped lines: same kind and label, other id; found by hashing, in the order of the
    // lines, so that two cases of 50 000 lines compare in well under a second.
    let mut by_key: HashMap<_, std::collections::VecDeque<&ResourceLine>> = HashMap::new();
    for old in before.lines.iter().filter(|l| !used.contains(&l.id)) {
        by_key.entry(key(old)).or_default().push_back(old);
    }
    for pair in pairs.iter_mut().filter(|(old, _)| old.is_none()) {
        let Some(new) = pair.1 else { continue };
        if let Some(old) = by_key
            .get_mut(&key(new))
            .and_then(|queue| queue.pop_front())
        {
            used.insert(old.id);
            pair.0 = Some(old);
        }
    }
    pairs.extend(
        before
            .lines
            .iter()
            .filter(|l| !used.contains(&l.id))
            .map(|l| (Some(l), None)),
    );
    pairs
}
