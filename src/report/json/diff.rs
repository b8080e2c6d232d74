//! The `diff --json` document: what changed from one case file to another, as the comparison
//! finds it — the organisation's and the valuation's fields, then each snapshot, lever by lever
//! and line by line, and where each side stands on the typology.

use serde::Serialize;

use crate::compare::{
    Comparison, FieldChange, LeverComparison, LineComparison, Position as DomainPosition,
    SnapshotComparison,
};

#[derive(Serialize)]
pub struct Document<'a> {
    /// The two files as the command line named them.
    before: &'a str,
    after: &'a str,
    organisation: Vec<Field<'a>>,
    valuation: Vec<Field<'a>>,
    snapshots: Vec<Snapshot<'a>>,
}

/// A field that differs, both values as shown to a person.
#[derive(Serialize)]
struct Field<'a> {
    field: &'static str,
    before: &'a str,
    after: &'a str,
}

#[derive(Serialize)]
struct Snapshot<'a> {
    label: &'a str,
    /// `added` or `removed`; `null` for a snapshot in both files.
    status: Option<&'static str>,
    fields: Vec<Field<'a>>,
    levers: Vec<Lever<'a>>,
    before: Option<Position<'a>>,
    after: Option<Position<'a>>,
}

#[derive(Serialize)]
struct Lever<'a> {
    lever: &'static str,
    before: f64,
    after: f64,
    lines: Vec<Line<'a>>,
}

#[derive(Serialize)]
struct Line<'a> {
    status: &'static str,
    label: &'a str,
    before: Option<f64>,
    after: Option<f64>,
    fields: Vec<Field<'a>>,
}

#[derive(Serialize)]
struct Position<'a> {
    label: &'a str,
    model: Option<&'a str>,
    ternary: Option<Ternary>,
}

#[derive(Serialize)]
struct Ternary {
    subsidies: f64,
    private: f64,
    activity: f64,
}

/// The document of `comparison`.
pub fn document(comparison: &Comparison) -> Document<'_> {
    Document {
        before: &comparison.before,
        after: &comparison.after,
        organisation: fields(&comparison.organisation),
        valuation: fields(&comparison.valuation),
        snapshots: comparison.snapshots.iter().map(snapshot).collect(),
    }
}

fn fields(changes: &[FieldChange]) -> Vec<Field<'_>> {
    changes
        .iter()
        .map(|f| Field {
            field: f.field,
            before: &f.before,
            after: &f.after,
        })
        .collect()
}

fn snapshot(s: &SnapshotComparison) -> Snapshot<'_> {
    Snapshot {
        label: &s.label,
        status: s.status.map(super::status),
        fields: fields(&s.fields),
        levers: s.levers.iter().map(lever).collect(),
        before: s.before.as_ref().map(position),
        after: s.after.as_ref().map(position),
    }
}

fn lever(l: &LeverComparison) -> Lever<'_> {
    Lever {
        lever: super::lever(l.lever),
        before: l.before,
        after: l.after,
        lines: l.lines.iter().map(line).collect(),
    }
}

fn line(l: &LineComparison) -> Line<'_> {
    Line {
        status: super::status(l.status),
        label: &l.label,
        before: l.before,
        after: l.after,
        fields: fields(&l.fields),
    }
}

fn position(p: &DomainPosition) -> Position<'_> {
    Position {
        label: &p.label,
        model: p.model.as_deref(),
        ternary: p.ternary.map(|t| Ternary {
            subsidies: t.subsidies,
            private: t.private,
            activity: t.activity,
        }),
    }
}
