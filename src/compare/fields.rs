//! The fields of a case compared one by one — organisation, snapshot, line, valuation settings —
//! each said as a person reads it (old → new).

use crate::format::{euros, number};
use crate::model::{ResourceLine, Snapshot, ValuationSettings};

use super::FieldChange;

/// A field as shown to a person: its French name and how to write its value.
type Field<T> = (&'static str, fn(&T) -> String);

pub(super) fn field_changes<T>(before: &T, after: &T, fields: &[Field<T>]) -> Vec<FieldChange> {
    fields
        .iter()
        .filter_map(|(field, show)| {
            let (old, new) = (show(before), show(after));
            (old != new).then_some(FieldChange {
                field,
                before: old,
                after: new,
            })
        })
        .collect()
}

pub(super) fn text(value: &str) -> String {
    if value.trim().is_empty() {
        "—".to_owned()
    } else {
        format!("« {value} »")
    }
}

pub(super) fn yes_no(value: bool) -> String {
    if value { "oui" } else { "non" }.to_owned()
}

pub(super) fn optional<T>(value: Option<T>, show: impl Fn(T) -> String) -> String {
    value.map_or("—".to_owned(), show)
}

pub(super) fn line_fields() -> [Field<ResourceLine>; 14] {
    [
        ("nature", |l| l.kind.label().to_owned()),
        ("libellé", |l| text(&l.label)),
        ("financeur ou partenaire", |l| text(&l.counterparty)),
        ("type d'acteur", |l| {
            optional(l.counterparty_type, |t| t.label().to_owned())
        }),
        ("personnes", |l| optional(l.people, |p| p.to_string())),
        ("quantité", |l| {
            optional(l.quantity, |q| {
                format!("{} {}", number(q, 2), l.unit.label_for(l.per_person))
            })
        }),
        ("montant", |l| optional(l.amount, euros)),
        ("valorisé", |l| yes_no(l.is_valued())),
        ("pluriannuel (CPO)", |l| yes_no(l.multi_year)),
        ("fléché", |l| yes_no(l.earmarked)),
        ("forme du partenariat", |l| {
            optional(l.partnership, |p| p.label().to_owned())
        }),
        ("importance", |l| optional(l.importance, |i| i.to_string())),
        ("alliance liée", |l| {
            optional(l.alliance, |id| format!("ligne {id}"))
        }),
        ("note", |l| text(&l.note)),
    ]
}

pub(super) fn snapshot_fields() -> [Field<Snapshot>; 4] {
    [
        ("année", |s| s.year.to_string()),
        ("type", |s| s.kind.label().to_owned()),
        ("charges annuelles", |s| optional(s.annual_expenses, euros)),
        ("réserves", |s| optional(s.reserves, euros)),
    ]
}

pub(super) fn organisation_fields() -> [Field<crate::model::Organisation>; 10] {
    [
        ("nom", |o| text(&o.name)),
        ("forme juridique", |o| o.legal_form.label().to_owned()),
        ("intérêt général", |o| yes_no(o.general_interest)),
        ("utilité publique", |o| yes_no(o.public_utility)),
        ("agréments", |o| text(&o.approvals)),
        ("secteur", |o| text(&o.sector)),
        ("territoire", |o| text(&o.territory)),
        ("année de création", |o| {
            optional(o.creation_year, |y| y.to_string())
        }),
        ("phase", |o| o.phase.label().to_owned()),
        ("projet associatif", |o| text(&o.project)),
    ]
}

pub(super) fn valuation_changes(a: &ValuationSettings, b: &ValuationSettings) -> Vec<FieldChange> {
    let mut changes = field_changes(
        a,
        b,
        &[
            ("coefficient", |v: &ValuationSettings| {
                number(v.coefficient, 2)
            }),
            ("heures par ETP", |v| number(v.hours_per_etp, 0)),
            ("heures par jour", |v| number(v.hours_per_day, 1)),
            ("heures par mois", |v| number(v.hours_per_month, 0)),
        ],
    );
    for category in crate::model::RateCategory::ALL {
        let rate = |v: &ValuationSettings| {
            v.rates
                .iter()
                .find(|r| r.category == category)
                .map_or("—".to_owned(), |r| format!("{} €/h", number(r.rate, 2)))
        };
        let (before, after) = (rate(a), rate(b));
        if before != after {
            changes.push(FieldChange {
                field: category.label(),
                before,
                after,
            });
        }
    }
    changes
}
