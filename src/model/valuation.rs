//! Valuation settings of non-monetary contributions (« contributions volontaires en nature »),
//! stored in the case file so that a peer reopening it gets the same figures (DOMAIN.md §3).

use serde::{Deserialize, Serialize};

use super::catalogue::{RateCategory, Unit};

/// The hourly rate used for one category of volunteering, with where it comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HourlyRate {
    pub category: RateCategory,
    #[serde(deserialize_with = "super::checked::non_negative")]
    pub rate: f64,
    /// The method, e.g. « SMIC horaire brut » or « valeur de remplacement ».
    #[serde(default)]
    pub basis: String,
    #[serde(default)]
    pub year: i32,
    #[serde(default)]
    pub source: String,
}

/// The gross hourly SMIC in force on 1 January 2026, the default rate; every case can change it.
pub const SMIC_HOURLY_2026: f64 = 12.02;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[serde(deny_unknown_fields)]
pub struct ValuationSettings {
    pub rates: Vec<HourlyRate>,
    /// Multiplies every rate, e.g. to go from gross to « chargé » (employer charges included).
    #[serde(deserialize_with = "super::checked::non_negative")]
    pub coefficient: f64,
    pub coefficient_note: String,
    #[serde(deserialize_with = "super::checked::non_negative")]
    pub hours_per_etp: f64,
    #[serde(deserialize_with = "super::checked::non_negative")]
    pub hours_per_day: f64,
    /// Hours of one month of volunteering (Service Civique: 24 h a week, about 104 h a month).
    #[serde(deserialize_with = "super::checked::non_negative")]
    pub hours_per_month: f64,
}

impl Default for ValuationSettings {
    fn default() -> Self {
        let smic = |category| HourlyRate {
            category,
            rate: SMIC_HOURLY_2026,
            basis: "SMIC horaire brut".to_owned(),
            year: 2026,
            source: "SMIC au 1er janvier 2026".to_owned(),
        };
        ValuationSettings {
            rates: vec![
                smic(RateCategory::Gouvernance),
                smic(RateCategory::Activite),
                HourlyRate {
                    category: RateCategory::Competences,
                    rate: 35.0,
                    basis: "valeur de remplacement (expertise)".to_owned(),
                    year: 2026,
                    source: "convention de l'atelier, à ajuster".to_owned(),
                },
                smic(RateCategory::Volontariat),
            ],
            coefficient: 1.0,
            coefficient_note: "taux bruts, sans charges".to_owned(),
            hours_per_etp: 1607.0,
            hours_per_day: 7.0,
            hours_per_month: 104.0,
        }
    }
}

impl ValuationSettings {
    /// The hourly rate of a category, coefficient included (0 when the category has no rate).
    pub fn rate(&self, category: RateCategory) -> f64 {
        self.rates
            .iter()
            .find(|r| r.category == category)
            .map_or(0.0, |r| r.rate * self.coefficient)
    }

    /// A yearly quantity typed in `unit`, in hours.
    pub fn hours(&self, quantity: f64, unit: Unit) -> f64 {
        match unit {
            Unit::Heures => quantity,
            Unit::Jours => quantity * self.hours_per_day,
            Unit::Mois => quantity * self.hours_per_month,
            Unit::Etp => quantity * self.hours_per_etp,
        }
    }

    /// Why `hours` cannot be the hours of a full-time equivalent; `None` when it can. Fewer
    /// than one hour would make every ETP figure huge, or infinite.
    pub fn etp_hours_problem(hours: f64) -> Option<super::Problem> {
        (hours < 1.0).then_some(super::Problem::EtpHours(hours))
    }

    /// Hours expressed in full-time equivalents (0 when hours per ETP is not set).
    pub fn etp(&self, hours: f64) -> f64 {
        if self.hours_per_etp > 0.0 {
            hours / self.hours_per_etp
        } else {
            0.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_convert_to_hours_with_the_case_settings() {
        let v = ValuationSettings::default();
        assert_eq!(v.hours(10.0, Unit::Heures), 10.0);
        assert_eq!(v.hours(2.0, Unit::Jours), 14.0);
        assert_eq!(v.hours(1.0, Unit::Mois), 104.0);
        assert_eq!(v.hours(1.0, Unit::Etp), 1607.0);
        assert!((v.etp(1607.0) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn coefficient_applies_to_rates() {
        let v = ValuationSettings {
            coefficient: 1.5,
            ..ValuationSettings::default()
        };
        assert!((v.rate(RateCategory::Activite) - SMIC_HOURLY_2026 * 1.5).abs() < 1e-9);
    }

    #[test]
    fn zero_hours_per_etp_gives_zero_not_infinity() {
        let v = ValuationSettings {
            hours_per_etp: 0.0,
            ..ValuationSettings::default()
        };
        assert_eq!(v.etp(100.0), 0.0);
    }
}
