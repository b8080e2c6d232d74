//! The JSON documents the command line prints, one file each: `analyse --json`
//! (docs/analyse-json.md), `simulate --json` (docs/simulate-json.md) and `diff --json`. Each is a
//! tree of its own structs, filled from the domain types by one function, so that a rename inside
//! the analysis or the comparison never moves a field that scripts read; the words that name a
//! value (`forte`, `au_dessus`, `added`…) are written here once.

pub mod analyse;
pub mod diff;
pub mod simulate;

use crate::analysis::autodiagnostic::Level;
use crate::analysis::reference::Standing;
use crate::analysis::{Confidence, Rule};
use crate::compare::Status;
use crate::model::Lever;

fn confidence(c: Confidence) -> &'static str {
    match c {
        Confidence::Forte => "forte",
        Confidence::Moyenne => "moyenne",
        Confidence::Faible => "faible",
    }
}

fn rule(r: Rule) -> &'static str {
    match r {
        Rule::Dominant => "dominant",
        Rule::SmallStructure => "small_structure",
        Rule::Cofinancing => "cofinancing",
        Rule::Hybrid => "hybrid",
        Rule::NoMonetary => "no_monetary",
    }
}

fn level(l: Level) -> &'static str {
    match l {
        Level::PremiersPas => "premiers_pas",
        Level::Actifs => "actifs",
        Level::Pionniers => "pionniers",
    }
}

fn standing(s: Standing) -> &'static str {
    match s {
        Standing::AuDessus => "au_dessus",
        Standing::DansLaMoyenne => "dans_la_moyenne",
        Standing::EnDessous => "en_dessous",
    }
}

fn status(s: Status) -> &'static str {
    match s {
        Status::Added => "added",
        Status::Removed => "removed",
        Status::Changed => "changed",
    }
}

fn lever(l: Lever) -> &'static str {
    match l {
        Lever::RichessesHumaines => "RichessesHumaines",
        Lever::RessourcesFinancieres => "RessourcesFinancieres",
        Lever::AlliancesStrategiques => "AlliancesStrategiques",
    }
}
