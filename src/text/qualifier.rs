//! The fact behind a qualifier (« dépendance », « employeur »…), as the position, the strip's
//! hover, the PDF and `analyse` say it. The qualifiers' names are the field's own words.

use super::Lang;
use crate::analysis::Detail;
use crate::format::{euros, number, percent, quantity};

/// The fact behind a qualifier, in `lang`.
pub fn qualifier_detail(detail: &Detail, lang: Lang) -> String {
    match (detail, lang) {
        (
            Detail::Dependence {
                funder,
                share,
                threshold,
            },
            Lang::Fr,
        ) => format!(
            "{funder} apporte {} des ressources monétaires (seuil : {})",
            percent(*share),
            percent(*threshold)
        ),
        (
            Detail::Dependence {
                funder,
                share,
                threshold,
            },
            Lang::En,
        ) => format!(
            "{funder} brings {} of monetary resources (threshold: {})",
            percent(*share),
            percent(*threshold)
        ),
        (Detail::VolunteerHeavy { share, threshold }, Lang::Fr) => format!(
            "Contributions valorisées : {} du budget valorisé (seuil : {})",
            percent(*share),
            percent(*threshold)
        ),
        (Detail::VolunteerHeavy { share, threshold }, Lang::En) => format!(
            "Valued contributions: {} of the budget valorisé (threshold: {})",
            percent(*share),
            percent(*threshold)
        ),
        (Detail::Employer { etp }, Lang::Fr) => format!("{} ETP salariés", quantity(*etp)),
        (Detail::Employer { etp }, Lang::En) => format!("{} salaried FTE", quantity(*etp)),
        (
            Detail::LowReserves {
                months,
                reserves,
                expenses,
                threshold,
            },
            Lang::Fr,
        ) => format!(
            "Réserves : {} mois de charges ({} pour {} de charges annuelles ; seuil : {} mois)",
            number(*months, 1),
            euros(*reserves),
            euros(*expenses),
            quantity(*threshold)
        ),
        (
            Detail::LowReserves {
                months,
                reserves,
                expenses,
                threshold,
            },
            Lang::En,
        ) => format!(
            "Reserves: {} months of expenses ({} for {} of annual expenses; threshold: {} months)",
            number(*months, 1),
            euros(*reserves),
            euros(*expenses),
            quantity(*threshold)
        ),
    }
}
