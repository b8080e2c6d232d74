//! Edits of the snapshots: added (a target copies its source with the same line ids), renamed
//! (names unique and never empty, the scenarios following), their year, kind and stocks.

use super::*;

#[derive(Clone, Debug, PartialEq)]
pub enum SnapshotField {
    Label(String),
    Year(i32),
    Kind(SnapshotKind),
    AnnualExpenses(Option<f64>),
    Reserves(Option<f64>),
}

/// `base`, or « base (2) », « base (3) »… when a snapshot already has that name.
pub(super) fn unique_label(snapshots: &[Snapshot], base: &str) -> String {
    let mut label = base.to_owned();
    let mut n = 2;
    while snapshots.iter().any(|s| s.label == label) {
        label = format!("{base} ({n})");
        n += 1;
    }
    label
}

pub(super) fn add_snapshot(case: &mut Case, from: usize, as_target: bool) -> Applied {
    let snapshots = &case.snapshots;
    let source = snapshots.get(from).cloned().unwrap_or_default();
    let year = snapshots
        .iter()
        .map(|s| s.year)
        .max()
        .unwrap_or(source.year)
        + 1;
    let base = if as_target {
        format!("cible {year}")
    } else {
        format!("{year} prévisionnel")
    };
    let label = unique_label(snapshots, &base);
    let snapshot = if as_target {
        // The lines keep their ids, so that the change is traced line by line.
        Snapshot {
            label,
            year,
            kind: SnapshotKind::Cible,
            ..source
        }
    } else {
        Snapshot {
            label,
            year,
            kind: SnapshotKind::Previsionnel,
            ..Snapshot::default()
        }
    };
    case.snapshots.push(snapshot);
    Applied::SelectSnapshot(case.snapshots.len() - 1)
}

pub(super) fn set_snapshot(
    case: &mut Case,
    index: usize,
    field: &SnapshotField,
) -> Result<Applied, EditError> {
    if let SnapshotField::Label(label) = field {
        let label = label.trim();
        if label.is_empty() {
            return Err(EditError::EmptyLabel);
        }
        let taken = case
            .snapshots
            .iter()
            .enumerate()
            .any(|(i, s)| i != index && s.label == label);
        if taken {
            return Err(EditError::LabelTaken(label.to_owned()));
        }
    }
    if let SnapshotField::AnnualExpenses(v) | SnapshotField::Reserves(v) = field {
        check_number(*v)?;
    }
    let s = case.snapshots.get_mut(index).ok_or(EditError::NoSnapshot)?;
    if let SnapshotField::Label(v) = field {
        // The scenarios on the snapshot follow it under its new name.
        let (old, new) = (s.label.clone(), v.trim().to_owned());
        for scenario in case.scenarios.iter_mut().filter(|sc| sc.base == old) {
            scenario.base = new.clone();
        }
    }
    let s = case.snapshots.get_mut(index).ok_or(EditError::NoSnapshot)?;
    match field.clone() {
        SnapshotField::Label(v) => s.label = v.trim().to_owned(),
        SnapshotField::Year(v) => s.year = v,
        SnapshotField::Kind(v) => s.kind = v,
        SnapshotField::AnnualExpenses(v) => s.annual_expenses = v,
        SnapshotField::Reserves(v) => s.reserves = v,
    }
    Ok(Applied::Done)
}
