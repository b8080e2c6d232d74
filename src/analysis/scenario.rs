//! « Et si… ? »: a scenario's changes applied to a copy of its base snapshot, the stress tests a
//! board asks for, and the result of each as the same analysis as any snapshot. At constant
//! expenses, a fall of the budget monétaire is taken from the reserves.

use super::{Analysis, Typology, analyse, line_value};
pub use crate::model::scenario::{Applied, ScenarioError, apply, funders};
use crate::model::scenario::{group_of, same_name};
use crate::model::{ActorType, Case, Change, Delta, Group, Scenario, Snapshot};

/// A scenario's result: its snapshot, its analysis, what changed from the base.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub applied: Applied,
    pub analysis: Analysis,
    /// Budget monétaire of the scenario minus the base's (negative: lost).
    pub budget_change: f64,
    /// Reserves in months of expenses, after the change; `None` without reserves or expenses.
    pub reserve_months: Option<f64>,
}

/// The groups of « argent public »: subventions, commande publique and tarification publique.
pub const PUBLIC_MONEY: [Group; 3] = [Group::S, Group::RAm, Group::RAr];

/// Applies the scenario to its base and analyses the result.
pub fn simulate(
    case: &Case,
    scenario: &Scenario,
    typology: &Typology,
) -> Result<Outcome, ScenarioError> {
    let base = case
        .snapshot(&scenario.base)
        .ok_or_else(|| ScenarioError::NoBase {
            base: scenario.base.clone(),
            scenario: scenario.name.clone(),
        })?;
    outcome(case, base, &scenario.changes, typology)
}

/// The result of `changes` on `base`.
pub fn outcome(
    case: &Case,
    base: &Snapshot,
    changes: &[Change],
    typology: &Typology,
) -> Result<Outcome, ScenarioError> {
    let mut applied = apply(base, changes)?;
    let before = super::totals(base, &case.valuation).monetary_budget;
    let after = super::totals(&applied.snapshot, &case.valuation).monetary_budget;
    let budget_change = after - before;
    // At constant expenses, what the budget loses comes out of the reserves.
    if budget_change < 0.0
        && let Some(reserves) = applied.snapshot.reserves
    {
        applied.snapshot.reserves = Some((reserves + budget_change).max(0.0));
    }
    let analysis = analyse(case, &applied.snapshot, typology);
    let reserve_months = applied.snapshot.reserve_months();
    if reserve_months == Some(crate::model::MAX_NUMBER) {
        applied
            .notices
            .push(crate::model::scenario::Notice::MonthsCapped);
    }
    Ok(Outcome {
        applied,
        analysis,
        budget_change,
        reserve_months,
    })
}

impl Outcome {
    /// The budget monétaire lost (0 when it grows).
    pub fn lost(&self) -> f64 {
        -self.budget_change.min(0.0)
    }

    /// What the loss takes from `base`'s reserves at constant expenses; `None` without reserves
    /// or annual expenses stated.
    pub fn drawn(&self, base: &Snapshot) -> Option<Drawn> {
        let reserves = base.reserves?;
        let lost = self.lost();
        let taken = lost.min(reserves);
        Some(Drawn {
            months: base.months_of_expenses(taken)?,
            exhausted: lost > reserves,
            missing: (lost - reserves).max(0.0),
        })
    }
}

/// What a loss takes from the reserves, at constant expenses.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Drawn {
    /// Months of expenses taken from the reserves: never more than the reserves hold.
    pub months: f64,
    /// Whether the loss is larger than the reserves: they run out.
    pub exhausted: bool,
    /// What the reserves cannot cover (0 when they can).
    pub missing: f64,
}

/// The stress tests that apply to `base`, each with its result.
pub fn stress_outcomes(
    case: &Case,
    base: &Snapshot,
    typology: &Typology,
) -> Vec<(Stress, Outcome)> {
    stress_tests(case, base)
        .into_iter()
        .filter_map(|t| {
            outcome(case, base, &t.changes, typology)
                .ok()
                .map(|o| (t.stress, o))
        })
        .collect()
}

/// One stress test: its name and the changes it makes.
#[derive(Clone, Debug, PartialEq)]
pub struct StressTest {
    pub stress: Stress,
    pub changes: Vec<Change>,
}

/// Which stress test (`text::stress_name` says it).
#[derive(Clone, Debug, PartialEq)]
pub enum Stress {
    /// The loss of the funder bringing the most money.
    LargestFunder(String),
    /// Public money cut by this percentage.
    PublicMoney(f64),
    /// The end of every agreement that is not multi-year.
    YearlyAgreements,
    /// The loss of the company bringing the most.
    LargestCompany(String),
}

/// The counterparty bringing the most (money, or for `company` the most money and valued
/// contributions among companies); members and private people are not one funder.
fn largest(case: &Case, snapshot: &Snapshot, company: bool) -> Option<String> {
    let mut sums: Vec<(String, f64)> = Vec::new();
    for line in &snapshot.lines {
        let name = line.counterparty.trim();
        if name.is_empty() || (company && line.counterparty_type != Some(ActorType::Entreprise)) {
            continue;
        }
        // Members' dues and private people's gifts are not one funder that can leave.
        if line.counterparty_type == Some(ActorType::Particuliers)
            || group_of(line) == Some(Group::C)
        {
            continue;
        }
        let value = line_value(line, &case.valuation);
        let weight = if company {
            value.money + value.valued + value.info
        } else {
            value.money
        };
        match sums.iter_mut().find(|(n, _)| same_name(n, name)) {
            Some((_, sum)) => *sum += weight,
            None => sums.push((name.to_owned(), weight)),
        }
    }
    sums.into_iter()
        .filter(|(_, sum)| *sum > 0.0)
        .fold(None, |best: Option<(String, f64)>, (n, s)| match best {
            Some((_, b)) if b >= s => best,
            _ => Some((n, s)),
        })
        .map(|(n, _)| n)
}

/// The stress tests that apply to `snapshot`: loss of the largest funder, public money −10 %
/// and −30 %, end of every agreement that is not multi-year, loss of the largest company.
pub fn stress_tests(case: &Case, snapshot: &Snapshot) -> Vec<StressTest> {
    let mut tests = Vec::new();
    if let Some(name) = largest(case, snapshot, false) {
        tests.push(StressTest {
            stress: Stress::LargestFunder(name.clone()),
            changes: vec![Change::LoseFunder { name }],
        });
    }
    let public = snapshot
        .lines
        .iter()
        .any(|l| group_of(l).is_some_and(|g| PUBLIC_MONEY.contains(&g)));
    if public {
        for cut in [10.0, 30.0] {
            tests.push(StressTest {
                stress: Stress::PublicMoney(cut),
                changes: PUBLIC_MONEY
                    .iter()
                    .map(|&group| Change::Group {
                        group,
                        by: Delta::Percent(-cut),
                    })
                    .collect(),
            });
        }
    }
    let yearly: Vec<Change> = snapshot
        .lines
        .iter()
        .filter(|l| group_of(l) == Some(Group::S) && !l.multi_year)
        .map(|l| Change::Line {
            id: l.id,
            by: Delta::Percent(-100.0),
        })
        .collect();
    if !yearly.is_empty() {
        tests.push(StressTest {
            stress: Stress::YearlyAgreements,
            changes: yearly,
        });
    }
    if let Some(name) = largest(case, snapshot, true) {
        tests.push(StressTest {
            stress: Stress::LargestCompany(name.clone()),
            changes: vec![Change::LoseFunder { name }],
        });
    }
    tests
}

/// Qualifiers present after and not before: what a change makes appear.
pub fn new_qualifiers<'a>(before: &Analysis, after: &'a Analysis) -> Vec<&'a str> {
    after
        .qualifiers
        .iter()
        .filter(|q| !before.qualifiers.iter().any(|b| b.id == q.id))
        .map(|q| q.label)
        .collect()
}
