//! The edits a consultant makes to a case, with their rules: snapshots keep unique, non-empty
//! names and there is always one; a new target copies its source with the same line ids; a
//! deleted alliance leaves no link behind; a line that changes kind takes the kind's unit.
//! The window and the command line apply the same edits, each checked before anything changes.

use thiserror::Error;

use super::{
    Action, ActionStatus, ActorType, Case, Change, KindId, LegalForm, Lever, Nature,
    PartnershipForm, Phase, ResourceLine, Scenario, Session, Snapshot, SnapshotKind, Unit,
    ValuationSettings, number_problem,
};

mod case_fields;
mod lines;
mod scenarios;
mod snapshots;
#[cfg(test)]
mod tests;

pub use case_fields::{AccompanimentField, ActionField, OrganisationField, ValuationField};
pub use lines::LineField;
pub use scenarios::ScenarioField;
pub use snapshots::SnapshotField;

use case_fields::*;
use lines::*;
use scenarios::*;
use snapshots::*;

/// One change to a case. Lines are named by their id, snapshots by their index.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// A new snapshot after the others: an empty « prévisionnel » for the year after the last
    /// one, or with `as_target` a « cible » copied from snapshot `from`.
    AddSnapshot {
        from: usize,
        as_target: bool,
    },
    DeleteSnapshot(usize),
    MoveSnapshot {
        index: usize,
        up: bool,
    },
    Snapshot {
        index: usize,
        field: SnapshotField,
    },
    AddLine {
        snapshot: usize,
        kind: KindId,
    },
    /// A new line of the same kind right after line `after` (Enter on the last line).
    InsertLine {
        snapshot: usize,
        after: u32,
    },
    Line {
        snapshot: usize,
        line: u32,
        field: LineField,
    },
    /// Lines pasted from a spreadsheet, added after the others in one undo step; each gets a
    /// new id here.
    AddLines {
        snapshot: usize,
        lines: Vec<ResourceLine>,
    },
    /// Moves a line before the previous (or after the next) line of its lever.
    MoveLine {
        snapshot: usize,
        line: u32,
        up: bool,
    },
    DuplicateLine {
        snapshot: usize,
        line: u32,
    },
    DeleteLine {
        snapshot: usize,
        line: u32,
    },
    Organisation(OrganisationField),
    Accompaniment(AccompanimentField),
    Valuation(ValuationField),
    /// The rounds of the autodiagnostic.
    Diagnostic(super::diagnostic::DiagnosticField),
    /// A new scenario on snapshot `base`, with no change yet.
    AddScenario {
        base: usize,
    },
    DeleteScenario(usize),
    Scenario {
        index: usize,
        field: ScenarioField,
    },
    /// « Enregistrer comme cible »: the scenario's result as a new « cible » snapshot.
    ScenarioAsTarget(usize),
}

/// What the window does after an edit: nothing more, select a snapshot, or put the focus in
/// a new line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applied {
    Done,
    SelectSnapshot(usize),
    NewLine(u32),
}

/// Why an edit was refused; the case is then unchanged. Worded by the text floor
/// (`text::edit_refusal`), in French — also its `Display` — or English.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum EditError {
    NoSnapshot,
    NoLine,
    /// The session, action, rate, scenario, change or round edited is no longer there.
    Gone(Gone),
    EmptyLabel,
    /// Another snapshot already has this name.
    LabelTaken(String),
    LastSnapshot,
    /// A scenario's name left empty.
    UnnamedScenario,
    /// Another scenario already has this name.
    ScenarioNameTaken(String),
    /// No line id left in the case for the lines added.
    NoLineId,
    /// Line `line` (1-based) of those added has a text longer than `most` characters.
    LineTextTooLong {
        line: usize,
        most: usize,
    },
    /// `adding` lines more would pass the `most` lines of a snapshot.
    TooManyLines {
        adding: usize,
        most: usize,
    },
    /// A round of autodiagnostic more than `most`, or dated in more than `chars` characters.
    RoundRefused {
        most: usize,
        chars: usize,
    },
    /// A value or a case the model refuses (`text::problem` words it).
    Problem(crate::model::Problem),
    Scenario(crate::model::scenario::ScenarioError),
}

/// What an edit names and is no longer in the case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gone {
    Session,
    Action,
    Rate,
    Scenario,
    Change,
    Round,
}

impl Edit {
    /// Applies the edit to `case`, or refuses it and leaves `case` as it was.
    pub fn apply(&self, case: &mut Case) -> Result<Applied, EditError> {
        match self {
            Edit::AddSnapshot { from, as_target } => Ok(add_snapshot(case, *from, *as_target)),
            Edit::DeleteSnapshot(index) => {
                if *index >= case.snapshots.len() {
                    return Err(EditError::NoSnapshot);
                }
                if case.snapshots.len() <= 1 {
                    return Err(EditError::LastSnapshot);
                }
                case.snapshots.remove(*index);
                Ok(Applied::SelectSnapshot(
                    (*index).min(case.snapshots.len().saturating_sub(1)),
                ))
            }
            Edit::MoveSnapshot { index, up } => {
                let other = if *up {
                    index.checked_sub(1)
                } else {
                    Some(index + 1).filter(|i| *i < case.snapshots.len())
                };
                match other {
                    Some(other) if *index < case.snapshots.len() => {
                        case.snapshots.swap(*index, other);
                        Ok(Applied::SelectSnapshot(other))
                    }
                    _ => Err(EditError::NoSnapshot),
                }
            }
            Edit::Snapshot { index, field } => set_snapshot(case, *index, field),
            Edit::AddScenario { base } => {
                let base = case
                    .snapshots
                    .get(*base)
                    .ok_or(EditError::NoSnapshot)?
                    .label
                    .clone();
                let mut n = case.scenarios.len() + 1;
                while case
                    .scenarios
                    .iter()
                    .any(|s| s.name == format!("Scénario {n}"))
                {
                    n += 1;
                }
                case.scenarios.push(Scenario {
                    name: format!("Scénario {n}"),
                    base,
                    changes: Vec::new(),
                });
                Ok(Applied::Done)
            }
            Edit::DeleteScenario(index) => {
                if *index >= case.scenarios.len() {
                    return Err(gone_scenario());
                }
                case.scenarios.remove(*index);
                Ok(Applied::Done)
            }
            Edit::Scenario { index, field } => set_scenario(case, *index, field),
            Edit::ScenarioAsTarget(index) => scenario_as_target(case, *index),
            Edit::AddLine { snapshot, kind } => {
                let id = case.next_line_id();
                snapshot_mut(case, *snapshot)?
                    .lines
                    .push(ResourceLine::new(id, kind.clone()));
                Ok(Applied::NewLine(id))
            }
            Edit::AddLines { snapshot, lines } => add_lines(case, *snapshot, lines),
            Edit::InsertLine { snapshot, after } => {
                let id = case.next_line_id();
                let (s, at) = line_at(case, *snapshot, *after)?;
                let kind = s
                    .lines
                    .get(at)
                    .map(|l| l.kind.clone())
                    .ok_or(EditError::NoLine)?;
                s.lines.insert(at + 1, ResourceLine::new(id, kind));
                Ok(Applied::NewLine(id))
            }
            Edit::Line {
                snapshot,
                line,
                field,
            } => {
                check_line_field(field)?;
                let target = line_mut(case, *snapshot, *line)?;
                set_line(target, field);
                Ok(Applied::Done)
            }
            Edit::MoveLine { snapshot, line, up } => move_line(case, *snapshot, *line, *up),
            Edit::DuplicateLine { snapshot, line } => {
                let id = case.next_line_id();
                let (s, at) = line_at(case, *snapshot, *line)?;
                let copy = s.lines.get(at).cloned().ok_or(EditError::NoLine)?;
                s.lines.insert(at + 1, ResourceLine { id, ..copy });
                Ok(Applied::NewLine(id))
            }
            Edit::DeleteLine { snapshot, line } => {
                let (s, at) = line_at(case, *snapshot, *line)?;
                s.lines.remove(at);
                // A link to a deleted alliance would point nowhere.
                for other in &mut s.lines {
                    if other.alliance == Some(*line) {
                        other.alliance = None;
                    }
                }
                Ok(Applied::Done)
            }
            Edit::Organisation(field) => {
                set_organisation(case, field);
                Ok(Applied::Done)
            }
            Edit::Accompaniment(field) => set_accompaniment(case, field),
            Edit::Valuation(field) => set_valuation(case, field),
            Edit::Diagnostic(super::diagnostic::DiagnosticField::AddRound { date, .. })
                if case.diagnostics.len() >= super::limits::MAX_ROUNDS
                    || date.chars().count() > super::limits::MAX_TEXT_CHARS =>
            {
                Err(EditError::RoundRefused {
                    most: super::limits::MAX_ROUNDS,
                    chars: super::limits::MAX_TEXT_CHARS,
                })
            }
            Edit::Diagnostic(field) => {
                if super::diagnostic::set_diagnostic(&mut case.diagnostics, field) {
                    Ok(Applied::Done)
                } else {
                    Err(EditError::Gone(Gone::Round))
                }
            }
        }
    }

    /// Whether `next`, coming right after this edit, continues it (the same field of the same
    /// thing, typed or dragged on): the two then make one undo step.
    pub fn continued_by(&self, next: &Edit) -> bool {
        use std::mem::discriminant;
        match (self, next) {
            (
                Edit::Line {
                    snapshot: a,
                    line: la,
                    field: fa,
                },
                Edit::Line {
                    snapshot: b,
                    line: lb,
                    field: fb,
                },
            ) => a == b && la == lb && discriminant(fa) == discriminant(fb),
            (
                Edit::Snapshot {
                    index: a,
                    field: fa,
                },
                Edit::Snapshot {
                    index: b,
                    field: fb,
                },
            ) => a == b && discriminant(fa) == discriminant(fb),
            (Edit::Organisation(a), Edit::Organisation(b)) => discriminant(a) == discriminant(b),
            (Edit::Valuation(a), Edit::Valuation(b)) => discriminant(a) == discriminant(b),
            (Edit::Accompaniment(a), Edit::Accompaniment(b)) => match (a, b) {
                (AccompanimentField::Action(i, fa), AccompanimentField::Action(j, fb)) => {
                    i == j && discriminant(fa) == discriminant(fb)
                }
                (AccompanimentField::AddSession | AccompanimentField::AddAction, _)
                | (AccompanimentField::RemoveAction(_), _) => false,
                _ => discriminant(a) == discriminant(b) && same_item(a, b),
            },
            _ => false,
        }
    }
}

fn check_number(value: Option<f64>) -> Result<(), EditError> {
    match value.and_then(number_problem) {
        Some(problem) => Err(EditError::Problem(problem)),
        None => Ok(()),
    }
}

fn snapshot_mut(case: &mut Case, index: usize) -> Result<&mut Snapshot, EditError> {
    case.snapshots.get_mut(index).ok_or(EditError::NoSnapshot)
}

/// The kind a new line of `lever` starts with: the first of the catalogue.
pub fn first_kind(lever: Lever) -> Option<KindId> {
    super::Catalogue::builtin()
        .kinds_of(lever)
        .next()
        .and_then(|k| KindId::new(&k.id))
}
