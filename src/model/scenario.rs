//! Scenarios (« et si… ? »): a named list of changes applied to a base snapshot, never to the
//! base itself. They are kept in the case file; one whose base was renamed or deleted stays,
//! flagged, until it is attached to another snapshot.

use serde::{Deserialize, Serialize};

use super::catalogue::{Group, Nature};
use super::checked::{KindId, MAX_NUMBER};
use super::snapshot::{ResourceLine, Snapshot};

/// How much a change moves an amount: a percentage (−30 for −30 %) or euros (hours for a line
/// of time).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Delta {
    /// ± a percentage of each line.
    Percent(f64),
    /// ± euros, shared in proportion of the lines' amounts.
    Euros(f64),
    /// « Mettre à »: the lines' total becomes this amount, shared in proportion.
    SetTo(f64),
}

impl Delta {
    pub fn value(self) -> f64 {
        match self {
            Delta::Percent(v) | Delta::Euros(v) | Delta::SetTo(v) => v,
        }
    }
}

/// One change of a scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Change {
    /// A line's amount (or hours) of the base, by its id.
    Line { id: u32, by: Delta },
    /// Every line of a resource kind.
    Kind { kind: KindId, by: Delta },
    /// Every line of a typology group of monetary resources.
    Group { group: Group, by: Delta },
    /// The loss of a funder or partner: every line of that counterparty.
    LoseFunder { name: String },
    /// A line the base does not have.
    NewLine { line: ResourceLine },
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub name: String,
    /// The label of the base snapshot.
    pub base: String,
    pub changes: Vec<Change>,
}

/// The base snapshot with the changes applied, and what was said on the way (amounts brought
/// back to zero, a change that found nothing to move).
#[derive(Clone, Debug)]
pub struct Applied {
    pub snapshot: Snapshot,
    pub notices: Vec<Notice>,
}

/// What applying a scenario says on the way, as values (`text::notice` words it).
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// A change of a kind the base has no line of, in the snapshot named.
    NoLineOfKind { kind: String, snapshot: String },
    /// A change of a group the base has no line of, in the snapshot named.
    NoLineOfGroup { group: String, snapshot: String },
    /// Lines brought back to zero, with what would have been missing (for one line).
    BelowZero { labels: Vec<String>, missing: f64 },
    /// Lines brought back to a thousand billion, the largest amount a case file accepts.
    AboveLimit { labels: Vec<String> },
    /// Reserves above a thousand billion months of expenses: the months are capped.
    MonthsCapped,
}

pub(crate) fn group_of(line: &ResourceLine) -> Option<Group> {
    match line.kind.def().map(|d| d.nature) {
        Some(Nature::Money { group, .. }) => Some(group),
        _ => None,
    }
}

/// What a change moves on a line: hours for people's time, the amount otherwise.
fn moved(line: &mut ResourceLine) -> &mut Option<f64> {
    match line.kind.def().map(|d| d.nature) {
        Some(Nature::Human { .. }) => &mut line.quantity,
        _ => &mut line.amount,
    }
}

/// What a change moves on a line, read: its hours for people, else its amount.
fn moved_value(line: &ResourceLine) -> Option<f64> {
    match line.kind.def().map(|d| d.nature) {
        Some(Nature::Human { .. }) => line.quantity,
        _ => line.amount,
    }
}

/// What the lines a change moves add up to in `base` (a line, a kind, a group): where
/// « mettre à » starts from.
pub fn moved_total(change: &Change, base: &Snapshot) -> f64 {
    let moves = |line: &&ResourceLine| match change {
        Change::Line { id, .. } => line.id == *id,
        Change::Kind { kind, .. } => line.kind == *kind,
        Change::Group { group, .. } => group_of(line) == Some(*group),
        Change::LoseFunder { .. } | Change::NewLine { .. } => false,
    };
    base.lines
        .iter()
        .filter(moves)
        .filter_map(moved_value)
        .sum()
}

pub(crate) fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// The counterparties of a snapshot, in the order they first appear.
pub fn funders(snapshot: &Snapshot) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for line in &snapshot.lines {
        let name = line.counterparty.trim();
        if !name.is_empty() && !names.iter().any(|n| same_name(n, name)) {
            names.push(name.to_owned());
        }
    }
    names
}

/// Why a scenario cannot be worked out, as facts; the text floor words it
/// (`text::scenario_refusal`, French for `Display`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ScenarioError {
    /// The scenario's base snapshot `base` is gone (renamed or deleted).
    NoBase { base: String, scenario: String },
    /// No line `id` in snapshot `snapshot`.
    NoLine { id: u32, snapshot: String },
    /// The loss of a funder without its name.
    BlankFunder,
    /// No funder or partner `name` in `snapshot`, whose are `funders`.
    NoFunder {
        name: String,
        snapshot: String,
        funders: Vec<String>,
    },
}

/// Applies `changes` to a copy of `base`. An unknown line or funder is an error naming it and
/// the choices; the base is never touched.
pub fn apply(base: &Snapshot, changes: &[Change]) -> Result<Applied, ScenarioError> {
    let mut snapshot = base.clone();
    let mut notices = Vec::new();
    for change in changes {
        match change {
            Change::Line { id, by } => {
                let Some(line) = snapshot.lines.iter_mut().find(|l| l.id == *id) else {
                    return Err(ScenarioError::NoLine {
                        id: *id,
                        snapshot: base.label.clone(),
                    });
                };
                shift(vec![line], *by, &mut notices);
            }
            Change::Kind { kind, by } => {
                let lines: Vec<&mut ResourceLine> = snapshot
                    .lines
                    .iter_mut()
                    .filter(|l| l.kind == *kind)
                    .collect();
                if lines.is_empty() {
                    notices.push(Notice::NoLineOfKind {
                        kind: kind_label(kind),
                        snapshot: base.label.clone(),
                    });
                }
                shift(lines, *by, &mut notices);
            }
            Change::Group { group, by } => {
                let lines: Vec<&mut ResourceLine> = snapshot
                    .lines
                    .iter_mut()
                    .filter(|l| group_of(l) == Some(*group))
                    .collect();
                if lines.is_empty() {
                    notices.push(Notice::NoLineOfGroup {
                        group: group.label().to_owned(),
                        snapshot: base.label.clone(),
                    });
                }
                shift(lines, *by, &mut notices);
            }
            Change::LoseFunder { name } => {
                // A blank name would match every line without a funder.
                if name.trim().is_empty() {
                    return Err(ScenarioError::BlankFunder);
                }
                let before = snapshot.lines.len();
                snapshot.lines.retain(|l| !same_name(&l.counterparty, name));
                if snapshot.lines.len() == before {
                    return Err(ScenarioError::NoFunder {
                        name: name.clone(),
                        snapshot: base.label.clone(),
                        funders: funders(base),
                    });
                }
            }
            Change::NewLine { line } => {
                let mut line = line.clone();
                line.id = snapshot
                    .lines
                    .iter()
                    .map(|l| l.id)
                    .max()
                    .map_or(1, |m| m.saturating_add(1));
                line.alliance = None;
                let label = line.display_label().to_owned();
                let mut above = Vec::new();
                for value in [&mut line.amount, &mut line.quantity].into_iter().flatten() {
                    if *value > MAX_NUMBER || value.is_nan() {
                        above.push(label.clone());
                    }
                    *value = bounded(*value);
                }
                say_above(&above, &mut notices);
                snapshot.lines.push(line);
            }
        }
    }
    Ok(Applied { snapshot, notices })
}

pub fn kind_label(kind: &KindId) -> String {
    kind.def()
        .map_or_else(|| kind.as_str().to_owned(), |d| d.label.clone())
}

/// A value brought within what a case file accepts: from zero to a thousand billion.
fn bounded(value: f64) -> f64 {
    if value.is_nan() {
        0.0
    } else {
        value.clamp(0.0, MAX_NUMBER)
    }
}

/// Moves `lines` by `by`: a percentage of each, or euros shared in proportion of their amounts,
/// or their total set to an amount the same way (all on the first when they are all at zero). Never below zero nor above what a case file
/// accepts (a thousand billion): said when clamped, once per change.
fn shift(mut lines: Vec<&mut ResourceLine>, by: Delta, notices: &mut Vec<Notice>) {
    let total: f64 = lines.iter_mut().map(|l| moved(l).unwrap_or(0.0)).sum();
    let (mut below, mut above) = (Vec::new(), Vec::new());
    for (index, line) in lines.into_iter().enumerate() {
        let label = line.display_label().to_owned();
        let slot = moved(line);
        let current = slot.unwrap_or(0.0);
        let wanted = match by {
            Delta::Percent(p) => current * (1.0 + p / 100.0),
            Delta::Euros(e) if total > 0.0 => current + e * current / total,
            Delta::Euros(e) if index == 0 => current + e,
            Delta::Euros(_) => current,
            Delta::SetTo(t) if total > 0.0 => t * current / total,
            Delta::SetTo(t) if index == 0 => t,
            Delta::SetTo(_) => current,
        };
        if wanted < 0.0 {
            below.push((label, -wanted));
        } else if wanted > MAX_NUMBER || wanted.is_nan() {
            above.push(label);
        }
        *slot = Some(bounded(wanted));
    }
    let said = match below.as_slice() {
        [] => None,
        [(label, missing)] => Some(Notice::BelowZero {
            labels: vec![label.clone()],
            missing: *missing,
        }),
        many => Some(Notice::BelowZero {
            labels: many.iter().map(|(label, _)| label.clone()).collect(),
            missing: 0.0,
        }),
    };
    say(said, notices);
    say_above(&above, notices);
}

/// Says that the lines `labels` were brought back to a thousand billion.
fn say_above(labels: &[String], notices: &mut Vec<Notice>) {
    if !labels.is_empty() {
        say(
            Some(Notice::AboveLimit {
                labels: labels.to_vec(),
            }),
            notices,
        );
    }
}

/// Adds `notice` unless it was already said (the same change repeated says it once).
fn say(notice: Option<Notice>, notices: &mut Vec<Notice>) {
    if let Some(notice) = notice
        && !notices.contains(&notice)
    {
        notices.push(notice);
    }
}
