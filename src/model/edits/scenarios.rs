//! Edits of the scenarios: their name, base and changes, and a scenario saved as a target.

use super::*;

#[derive(Clone, Debug, PartialEq)]
pub enum ScenarioField {
    Name(String),
    /// Attaches the scenario to another snapshot, by its label.
    Base(String),
    AddChange(Change),
    SetChange(usize, Change),
    RemoveChange(usize),
}

pub(super) fn gone_scenario() -> EditError {
    EditError::Gone(Gone::Scenario)
}

pub(super) fn set_scenario(
    case: &mut Case,
    index: usize,
    field: &ScenarioField,
) -> Result<Applied, EditError> {
    if let ScenarioField::Name(name) = field {
        let name = name.trim();
        if name.is_empty() {
            return Err(EditError::UnnamedScenario);
        }
        if case
            .scenarios
            .iter()
            .enumerate()
            .any(|(i, s)| i != index && s.name == name)
        {
            return Err(EditError::ScenarioNameTaken(name.to_owned()));
        }
    }
    if let ScenarioField::Base(label) = field
        && case.snapshot(label).is_none()
    {
        return Err(EditError::NoSnapshot);
    }
    let scenario = case.scenarios.get_mut(index).ok_or_else(gone_scenario)?;
    let gone_change = || EditError::Gone(Gone::Change);
    match field.clone() {
        ScenarioField::Name(v) => scenario.name = v.trim().to_owned(),
        ScenarioField::Base(v) => scenario.base = v,
        ScenarioField::AddChange(c) => scenario.changes.push(c),
        ScenarioField::SetChange(i, c) => *scenario.changes.get_mut(i).ok_or_else(gone_change)? = c,
        ScenarioField::RemoveChange(i) => {
            if i >= scenario.changes.len() {
                return Err(gone_change());
            }
            scenario.changes.remove(i);
        }
    }
    Ok(Applied::Done)
}

/// The scenario's result as a « cible » snapshot right after its base: the base's lines keep
/// their ids (the change is traced line by line), new lines get ids of their own.
pub(super) fn scenario_as_target(case: &mut Case, index: usize) -> Result<Applied, EditError> {
    let scenario = case.scenarios.get(index).ok_or_else(gone_scenario)?;
    let at = case
        .snapshots
        .iter()
        .position(|s| s.label == scenario.base)
        .ok_or(EditError::NoSnapshot)?;
    let base = case.snapshots.get(at).ok_or(EditError::NoSnapshot)?;
    let applied =
        crate::model::scenario::apply(base, &scenario.changes).map_err(EditError::Scenario)?;
    let mut snapshot = applied.snapshot;
    let mut next = case.next_line_id();
    for line in &mut snapshot.lines {
        if base.line(line.id).is_none() {
            line.id = next;
            next = next.saturating_add(1);
        }
    }
    // The horizon of the targets already set after the base, else the year after the last
    // snapshot (as « Créer une cible »): a target never keeps its base's year.
    let year = case
        .snapshots
        .iter()
        .filter(|s| s.kind == SnapshotKind::Cible && s.year > base.year)
        .map(|s| s.year)
        .max()
        .or_else(|| case.snapshots.iter().map(|s| s.year).max().map(|y| y + 1))
        .unwrap_or(base.year + 1);
    let name = crate::model::short_name(&scenario.name, 28);
    snapshot.label = unique_label(&case.snapshots, &format!("cible {year} — {name}"));
    snapshot.year = year;
    snapshot.kind = SnapshotKind::Cible;
    case.snapshots.insert(at + 1, snapshot);
    Ok(Applied::SelectSnapshot(at + 1))
}
