//! The fact behind a qualifier (« dépendance », « employeur »…), as the position, the strip's
//! hover, the PDF and `analyse` say it. The qualifiers' names are the field's own words.

use super::Lang;
use crate::analysis::{Detail, Warning};
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

/// A warning to read with the result, in `lang`.
pub fn warning(w: &Warning, lang: Lang) -> String {
    match (w, lang) {
        (Warning::OutsideShares { outside, share }, Lang::Fr) => format!(
            "{} ({} des ressources monétaires) sont des produits financiers ou autres, hors des parts de la typologie : la position repose sur les {} restants.",
            euros(*outside),
            percent(*share),
            percent(1.0 - share)
        ),
        (Warning::OutsideShares { outside, share }, Lang::En) => format!(
            "{} ({} of monetary resources) are financial income or other resources, outside the typology's shares: the position rests on the remaining {}.",
            euros(*outside),
            percent(*share),
            percent(1.0 - share)
        ),
        (Warning::OperatorWithoutStaff, Lang::Fr) => "Opératrice de politique publique sans salarié : vérifiez les lignes « Salariés » (un service tarifé suppose du personnel).".to_owned(),
        (Warning::OperatorWithoutStaff, Lang::En) => "A public-policy operator without salaried staff: check the « Salariés » lines (a priced service takes staff).".to_owned(),
        (Warning::GiftsWithoutGeneralInterest, Lang::Fr) => "L'organisation n'est pas déclarée d'intérêt général : ses donateurs et mécènes ne peuvent pas bénéficier de la réduction d'impôt. Vérifiez les lignes de dons et de mécénat.".to_owned(),
        (Warning::GiftsWithoutGeneralInterest, Lang::En) => "The organisation is not declared of general interest: its donors and sponsors cannot have the tax reduction. Check the lines of dons and mécénat.".to_owned(),
    }
}
