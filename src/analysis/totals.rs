//! What each line is worth and the snapshot's totals: « budget monétaire », valued
//! contributions, « budget valorisé », hours and ETP.

use super::groups::GroupAmounts;
use crate::model::{Lever, Nature, ResourceLine, Snapshot, ValuationSettings};

/// What one line brings, on the layer it belongs to.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LineValue {
    /// Money received in the year.
    pub money: f64,
    /// Valued non-monetary contribution added to the budget valorisé.
    pub valued: f64,
    /// Value shown for information only (payroll, avoided costs), never added.
    pub info: f64,
    /// Hours per year, for human resources.
    pub hours: f64,
}

impl LineValue {
    /// The euro figure shown on the line, whatever its layer.
    pub fn shown(&self) -> f64 {
        self.money + self.valued + self.info
    }
}

/// Values one line with the case's settings.
pub fn line_value(line: &ResourceLine, valuation: &ValuationSettings) -> LineValue {
    let amount = line.amount.unwrap_or(0.0);
    match line.kind.def().map(|d| d.nature) {
        Some(Nature::Money { .. }) => LineValue {
            money: amount,
            ..LineValue::default()
        },
        Some(Nature::Human { category, .. }) => {
            let hours = line
                .total_quantity()
                .map_or(0.0, |q| valuation.hours(q, line.unit));
            let valued = match category {
                // A declared value (cost to the lender, declared cost) wins over the rate.
                Some(category) if line.is_valued() => line
                    .amount
                    .unwrap_or_else(|| hours * valuation.rate(category)),
                _ => 0.0,
            };
            LineValue {
                valued,
                info: if line.is_valued() { 0.0 } else { amount },
                hours,
                ..LineValue::default()
            }
        }
        Some(Nature::InKind { counted: true }) => LineValue {
            valued: amount,
            ..LineValue::default()
        },
        Some(Nature::InKind { counted: false }) | None => LineValue {
            info: amount,
            ..LineValue::default()
        },
    }
}

/// The snapshot's figures. Never a single total alone: money and valued contributions are
/// kept apart, and each lever has its own subtotal.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Totals {
    /// « Budget monétaire »: every monetary resource of the year, O included.
    pub monetary_budget: f64,
    /// T: monetary resources counted in the shares (O left out).
    pub counted_monetary: f64,
    /// « Contributions valorisées » (CVN): valued volunteering, lent staff, goods in kind.
    pub valued_contributions: f64,
    /// « Budget valorisé » = budget monétaire + contributions valorisées.
    pub valued_budget: f64,
    /// Share of valued contributions in the budget valorisé (0 when it is 0).
    pub valued_share: f64,
    /// Subtotal of each lever, in the lever's own layer (valued time, money, value in kind).
    pub human: f64,
    pub financial: f64,
    pub alliances: f64,
    pub salaried_etp: f64,
    pub volunteer_hours: f64,
    pub volunteer_etp: f64,
    pub volunteers: u32,
    pub partners: usize,
    /// Avoided costs and other values shown for information (never added).
    pub information_only: f64,
    pub amounts: GroupAmounts,
}

impl Totals {
    /// The subtotal of `lever`.
    pub fn lever(&self, lever: Lever) -> f64 {
        match lever {
            Lever::RichessesHumaines => self.human,
            Lever::RessourcesFinancieres => self.financial,
            Lever::AlliancesStrategiques => self.alliances,
        }
    }
}

/// The kinds whose time is « heures bénévoles ». The Service Civique's « volontaires » are not
/// volunteers: they are paid an allowance under a contract (DOMAIN, richesses humaines).
const VOLUNTEER_KINDS: [&str; 3] = [
    "benevolat_gouvernance",
    "benevolat_activite",
    "benevolat_competences",
];

pub fn totals(snapshot: &Snapshot, valuation: &ValuationSettings) -> Totals {
    let mut t = Totals::default();
    let mut partners = std::collections::BTreeSet::new();
    for line in &snapshot.lines {
        let value = line_value(line, valuation);
        let Some(def) = line.kind.def() else { continue };
        match def.lever {
            Lever::RichessesHumaines => t.human += value.valued,
            Lever::RessourcesFinancieres => t.financial += value.money,
            Lever::AlliancesStrategiques => {
                t.alliances += value.valued;
                // A line just added and still empty is no partner yet.
                let name = line.counterparty.trim();
                if !line.is_blank() {
                    partners.insert(if name.is_empty() {
                        format!("#{}", line.id)
                    } else {
                        name.to_lowercase()
                    });
                }
            }
        }
        if let Some(group) = def.group() {
            t.amounts.add(group, value.money);
        }
        t.valued_contributions += value.valued;
        t.information_only += value.info;
        if def.id == "salaries" {
            t.salaried_etp += valuation.etp(value.hours);
        }
        if VOLUNTEER_KINDS.contains(&def.id.as_str()) {
            t.volunteer_hours += value.hours;
            t.volunteers += line.people.unwrap_or(0);
        }
    }
    t.monetary_budget = t.financial;
    t.counted_monetary = t.amounts.counted_total();
    t.valued_budget = t.monetary_budget + t.valued_contributions;
    t.valued_share = if t.valued_budget > 0.0 {
        t.valued_contributions / t.valued_budget
    } else {
        0.0
    };
    t.volunteer_etp = valuation.etp(t.volunteer_hours);
    t.partners = partners.len();
    t
}
