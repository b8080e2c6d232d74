//! Edits of one line of the matrix: its fields (a kind that brings its unit and its usual
//! funder type, numbers checked), lines added at once, moved within their lever.

use super::*;

#[derive(Clone, Debug, PartialEq)]
pub enum LineField {
    Kind(KindId),
    Label(String),
    Counterparty(String),
    ActorType(Option<ActorType>),
    People(Option<u32>),
    Quantity(Option<f64>),
    /// The unit of the time, and whether it is typed per person.
    Unit(Unit, bool),
    Amount(Option<f64>),
    Valued(bool),
    MultiYear(bool),
    Earmarked(bool),
    Partnership(Option<PartnershipForm>),
    Importance(Option<u8>),
    Alliance(Option<u32>),
    Note(String),
}

pub(super) fn check_line_field(field: &LineField) -> Result<(), EditError> {
    match field {
        LineField::Quantity(v) | LineField::Amount(v) => check_number(*v),
        _ => Ok(()),
    }
}

/// Lines added at once (pasted from a spreadsheet): all of them, or none when one breaks a rule
/// of the case (an amount, a text's length, the number of lines, the ids left).
pub(super) fn add_lines(
    case: &mut Case,
    snapshot: usize,
    lines: &[ResourceLine],
) -> Result<Applied, EditError> {
    use crate::model::limits::{MAX_LINES, MAX_TEXT_CHARS};
    for (n, line) in lines.iter().enumerate() {
        for value in [line.amount, line.quantity].into_iter().flatten() {
            if let Some(why) = super::number_problem(value) {
                return Err(EditError::Problem(
                    why.at(crate::model::problem::Place::NewLine(n + 1)),
                ));
            }
        }
        if [&line.label, &line.counterparty, &line.note]
            .iter()
            .any(|t| t.chars().count() > MAX_TEXT_CHARS)
        {
            return Err(EditError::LineTextTooLong {
                line: n + 1,
                most: MAX_TEXT_CHARS,
            });
        }
    }
    // The next id saturates at the largest: taken already, there is no id left.
    let first = case.next_line_id();
    let taken = case
        .snapshots
        .iter()
        .flat_map(|s| &s.lines)
        .any(|l| l.id == first);
    let ids: Vec<u32> = (0..lines.len())
        .map(|n| u32::try_from(n).ok().and_then(|n| first.checked_add(n)))
        .collect::<Option<_>>()
        .filter(|_| !taken)
        .ok_or(EditError::NoLineId)?;
    let s = snapshot_mut(case, snapshot)?;
    if s.lines.len() + lines.len() > MAX_LINES {
        return Err(EditError::TooManyLines {
            adding: lines.len(),
            most: MAX_LINES,
        });
    }
    for (id, line) in ids.into_iter().zip(lines) {
        s.lines.push(ResourceLine { id, ..line.clone() });
    }
    Ok(Applied::Done)
}

/// Snapshot `index` and the position in it of line `line`.
pub(super) fn line_at(
    case: &mut Case,
    index: usize,
    line: u32,
) -> Result<(&mut Snapshot, usize), EditError> {
    let s = snapshot_mut(case, index)?;
    let at = s
        .lines
        .iter()
        .position(|l| l.id == line)
        .ok_or(EditError::NoLine)?;
    Ok((s, at))
}

pub(super) fn line_mut(
    case: &mut Case,
    snapshot: usize,
    line: u32,
) -> Result<&mut ResourceLine, EditError> {
    case.snapshots
        .get_mut(snapshot)
        .ok_or(EditError::NoSnapshot)?
        .lines
        .iter_mut()
        .find(|l| l.id == line)
        .ok_or(EditError::NoLine)
}

pub(super) fn set_line(line: &mut ResourceLine, field: &LineField) {
    match field.clone() {
        LineField::Kind(kind) => {
            if let Some(Nature::Human { unit, .. }) = kind.def().map(|d| d.nature) {
                line.unit = unit;
            }
            // The type of funder follows the kind while the consultant has not set it (it is
            // none, or still the old kind's usual one): a line that becomes a subsidy no longer
            // says « particuliers ».
            let usual_before = line.kind.def().and_then(|d| d.actor);
            if line.counterparty_type.is_none() || line.counterparty_type == usual_before {
                line.counterparty_type = kind.def().and_then(|d| d.actor);
            }
            line.kind = kind;
        }
        LineField::Label(v) => line.label = v,
        LineField::Counterparty(v) => line.counterparty = v,
        LineField::ActorType(v) => line.counterparty_type = v,
        LineField::People(v) => line.people = v,
        LineField::Quantity(v) => line.quantity = v,
        LineField::Unit(unit, per_person) => {
            line.unit = unit;
            line.per_person = per_person;
        }
        LineField::Amount(v) => line.amount = v,
        LineField::Valued(v) => line.valued = Some(v),
        LineField::MultiYear(v) => line.multi_year = v,
        LineField::Earmarked(v) => line.earmarked = v,
        LineField::Partnership(v) => line.partnership = v,
        LineField::Importance(v) => line.importance = v,
        LineField::Alliance(v) => line.alliance = v,
        LineField::Note(v) => line.note = v,
    }
}

pub(super) fn move_line(
    case: &mut Case,
    snapshot: usize,
    line: u32,
    up: bool,
) -> Result<Applied, EditError> {
    let s = case
        .snapshots
        .get_mut(snapshot)
        .ok_or(EditError::NoSnapshot)?;
    let at = s
        .lines
        .iter()
        .position(|l| l.id == line)
        .ok_or(EditError::NoLine)?;
    let lever = s.lines.get(at).map(ResourceLine::lever);
    let same_lever = |i: &usize| s.lines.get(*i).map(ResourceLine::lever) == lever;
    let other = if up {
        (0..at).rev().find(same_lever)
    } else {
        (at + 1..s.lines.len()).find(same_lever)
    };
    if let Some(other) = other {
        s.lines.swap(at, other);
    }
    Ok(Applied::Done)
}
