//! The figures a consultant quotes, in one list: the summary strip of the window, the
//! `analyse` command and the report all show these, with these words, in this order.
//! Money and valued contributions always come side by side, never a single total alone.

use super::Totals;
use crate::format::{euros_whole, percent, quantity};

/// One key figure: its name and its value, formatted the French way.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyFigure {
    pub label: &'static str,
    pub value: String,
}

/// The key figures of a snapshot's totals.
pub fn key_figures(t: &Totals) -> Vec<KeyFigure> {
    let figure = |label, value| KeyFigure { label, value };
    vec![
        figure("Budget monétaire", euros_whole(t.monetary_budget)),
        figure(
            "Contributions valorisées",
            euros_whole(t.valued_contributions),
        ),
        figure("Budget valorisé", euros_whole(t.valued_budget)),
        figure("Part des contributions valorisées", percent(t.valued_share)),
        figure("ETP salariés", quantity(t.salaried_etp)),
        figure("Heures bénévoles", quantity(t.volunteer_hours)),
        figure("Bénévoles", quantity(f64::from(t.volunteers))),
        figure("Partenaires", t.partners.to_string()),
    ]
}
