//! Qualifiers shown as badges beside the model (DOMAIN.md §4.1, rule 6), and warnings.

use std::collections::BTreeMap;

use super::classify::Classification;
use super::totals::Totals;
use super::typology::Typology;
use crate::model::{Case, Group, Nature, Snapshot};

#[derive(Clone, Debug, PartialEq)]
pub struct Qualifier {
    /// Stable id for scripts: `dependance`, `fortement_benevole`, `employeur`, `reserves_faibles`.
    pub id: &'static str,
    pub label: &'static str,
    /// The fact behind it (`text::qualifier_detail` says it).
    pub detail: Detail,
}

/// The fact behind a qualifier, as values: shares are fractions, amounts euros.
#[derive(Clone, Debug, PartialEq)]
pub enum Detail {
    /// One funder brings `share` of the monetary resources.
    Dependence {
        funder: String,
        share: f64,
        threshold: f64,
    },
    /// Valued contributions weigh `share` of the valued budget.
    VolunteerHeavy { share: f64, threshold: f64 },
    /// Salaried staff, in full-time equivalents.
    Employer { etp: f64 },
    /// Reserves of `months` of expenses.
    LowReserves {
        months: f64,
        reserves: f64,
        expenses: f64,
        threshold: f64,
    },
}

pub fn qualifiers(snapshot: &Snapshot, totals: &Totals, typology: &Typology) -> Vec<Qualifier> {
    let t = &typology.thresholds;
    let mut found = Vec::new();
    if let Some((funder, amount)) = largest_funder(snapshot)
        && totals.counted_monetary > 0.0
        && amount / totals.counted_monetary >= t.dependence
    {
        found.push(Qualifier {
            id: "dependance",
            label: "dépendance",
            detail: Detail::Dependence {
                funder,
                share: amount / totals.counted_monetary,
                threshold: t.dependence,
            },
        });
    }
    if totals.valued_budget > 0.0 && totals.valued_share >= t.volunteer_heavy {
        found.push(Qualifier {
            id: "fortement_benevole",
            label: "fortement bénévole",
            detail: Detail::VolunteerHeavy {
                share: totals.valued_share,
                threshold: t.volunteer_heavy,
            },
        });
    }
    if totals.salaried_etp > 0.0 {
        found.push(Qualifier {
            id: "employeur",
            label: "employeur",
            detail: Detail::Employer {
                etp: totals.salaried_etp,
            },
        });
    }
    if let (Some(reserves), Some(expenses), Some(months)) = (
        snapshot.reserves,
        snapshot.annual_expenses,
        snapshot.reserve_months(),
    ) && months < t.low_reserves_months
    {
        found.push(Qualifier {
            id: "reserves_faibles",
            label: "réserves faibles",
            detail: Detail::LowReserves {
                months,
                reserves,
                expenses,
                threshold: t.low_reserves_months,
            },
        });
    }
    found
}

/// The funder bringing the most money to T, by name (case and spaces ignored). Members and
/// private individuals are many people, not one funder: they are left out.
fn largest_funder(snapshot: &Snapshot) -> Option<(String, f64)> {
    let mut by_funder: BTreeMap<String, (String, f64)> = BTreeMap::new();
    for line in &snapshot.lines {
        let Some(Nature::Money { group, .. }) = line.kind.def().map(|d| d.nature) else {
            continue;
        };
        let name = line.counterparty.trim();
        let many_people = group == Group::C
            || line.counterparty_type == Some(crate::model::ActorType::Particuliers);
        if group == Group::O || name.is_empty() || many_people {
            continue;
        }
        let entry = by_funder
            .entry(name.to_lowercase())
            .or_insert_with(|| (name.to_owned(), 0.0));
        entry.1 += line.amount.unwrap_or(0.0);
    }
    by_funder.into_values().max_by(|a, b| a.1.total_cmp(&b.1))
}

/// Warnings the consultant should see with the result.
/// Above this part of the monetary resources outside the typology's groups, a notice says that
/// the position rests on the rest.
pub const OUTSIDE_SHARES_SAID: f64 = 0.10;

/// A warning to read with the result (`text::warning` says it).
#[derive(Clone, Debug, PartialEq)]
pub enum Warning {
    /// `outside` euros (`share` of the monetary resources) are financial income or other
    /// resources outside the typology's groups: the position rests on the rest.
    OutsideShares { outside: f64, share: f64 },
    /// A public-policy operator without salaried staff.
    OperatorWithoutStaff,
    /// Gifts or sponsorship to an organisation not of general interest.
    GiftsWithoutGeneralInterest,
}

pub fn warnings(
    case: &Case,
    snapshot: &Snapshot,
    totals: &Totals,
    classification: &Classification,
    typology: &Typology,
) -> Vec<Warning> {
    let mut warnings = Vec::new();
    // What leaves the shares (« produits financiers, autres »: group O) is said when it weighs:
    // the position rests on the rest.
    let outside = totals.monetary_budget - totals.counted_monetary;
    if totals.monetary_budget > 0.0 && outside / totals.monetary_budget > OUTSIDE_SHARES_SAID {
        let share = outside / totals.monetary_budget;
        warnings.push(Warning::OutsideShares {
            outside: outside.round(),
            share,
        });
    }
    let operator = typology
        .model_of_group(super::groups::RuleGroup::RAr)
        .map(|m| m.id.as_str());
    if classification.model.as_deref() == operator
        && classification.second_model.is_none()
        && totals.salaried_etp <= 0.0
    {
        warnings.push(Warning::OperatorWithoutStaff);
    }
    if !case.organisation.general_interest {
        let gifts = snapshot.lines.iter().any(|l| {
            matches!(l.kind.as_str(), "dons" | "mecenat_financier") && l.amount.unwrap_or(0.0) > 0.0
        });
        if gifts {
            warnings.push(Warning::GiftsWithoutGeneralInterest);
        }
    }
    warnings
}
