//! A snapshot of the matrix at one moment (« 2023 réalisé », « cible 2027 »): lines under the
//! three levers, plus the indicators that are stocks rather than yearly resources.

use serde::{Deserialize, Serialize};

use super::catalogue::{Lever, Nature, Unit};
use super::checked::{KindId, MAX_NUMBER, opt_non_negative};

/// Whether a snapshot records the past, plans the current year or sets a target.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SnapshotKind {
    #[default]
    Realise,
    Previsionnel,
    Cible,
}

impl SnapshotKind {
    pub const ALL: [SnapshotKind; 3] = [
        SnapshotKind::Realise,
        SnapshotKind::Previsionnel,
        SnapshotKind::Cible,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SnapshotKind::Realise => "réalisé",
            SnapshotKind::Previsionnel => "prévisionnel",
            SnapshotKind::Cible => "cible",
        }
    }
}

/// Who funds or partners with the association.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ActorType {
    Etat,
    Region,
    Departement,
    CommuneEpci,
    UnionEuropeenne,
    OrganismeSocial,
    Collectivite,
    Entreprise,
    Fondation,
    Association,
    Reseau,
    Enseignement,
    Particuliers,
    Autre,
}

impl ActorType {
    pub const ALL: [ActorType; 14] = [
        ActorType::Etat,
        ActorType::Region,
        ActorType::Departement,
        ActorType::CommuneEpci,
        ActorType::UnionEuropeenne,
        ActorType::OrganismeSocial,
        ActorType::Collectivite,
        ActorType::Entreprise,
        ActorType::Fondation,
        ActorType::Association,
        ActorType::Reseau,
        ActorType::Enseignement,
        ActorType::Particuliers,
        ActorType::Autre,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ActorType::Etat => "État",
            ActorType::Region => "Région",
            ActorType::Departement => "Département",
            ActorType::CommuneEpci => "Commune / EPCI",
            ActorType::UnionEuropeenne => "Union européenne",
            ActorType::OrganismeSocial => "Organisme social",
            ActorType::Collectivite => "Collectivité",
            ActorType::Entreprise => "Entreprise",
            ActorType::Fondation => "Fondation",
            ActorType::Association => "Association",
            ActorType::Reseau => "Réseau / fédération",
            ActorType::Enseignement => "Établissement d'enseignement ou de recherche",
            ActorType::Particuliers => "Particuliers",
            ActorType::Autre => "Autre",
        }
    }
}

/// The form of a strategic alliance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PartnershipForm {
    Mecenat,
    PratiquesResponsables,
    CooperationEconomique,
    InnovationSocietale,
    Mutualisation,
    CoConstructionTerritoriale,
}

impl PartnershipForm {
    pub const ALL: [PartnershipForm; 6] = [
        PartnershipForm::Mecenat,
        PartnershipForm::PratiquesResponsables,
        PartnershipForm::CooperationEconomique,
        PartnershipForm::InnovationSocietale,
        PartnershipForm::Mutualisation,
        PartnershipForm::CoConstructionTerritoriale,
    ];

    pub fn label(self) -> &'static str {
        match self {
            PartnershipForm::Mecenat => "mécénat",
            PartnershipForm::PratiquesResponsables => "pratiques responsables",
            PartnershipForm::CooperationEconomique => "coopération économique",
            PartnershipForm::InnovationSocietale => "innovation sociétale",
            PartnershipForm::Mutualisation => "mutualisation",
            PartnershipForm::CoConstructionTerritoriale => "co-construction territoriale",
        }
    }
}

/// One line of the matrix. Which fields matter depends on the kind's lever: people and hours
/// for « richesses humaines », the funder and the amount for « ressources financières », the
/// partner, the form and the value in kind for « alliances stratégiques ».
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResourceLine {
    /// Stable within a case: a line keeps its id when a snapshot is copied, which is how the
    /// change between snapshots is traced line by line.
    pub id: u32,
    pub kind: KindId,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// Funder (money) or partner (alliance, lent staff).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub counterparty: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counterparty_type: Option<ActorType>,
    /// Number of people (volunteers, employees…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub people: Option<u32>,
    /// Yearly quantity of time, in `unit`: the whole line's, or each person's when
    /// `per_person` (as a board says it: « 14 bénévoles, 90 heures chacun »).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "opt_non_negative"
    )]
    pub quantity: Option<f64>,
    #[serde(default)]
    pub unit: Unit,
    /// `quantity` is typed per person: the line's time is people × quantity. The file keeps
    /// what was typed.
    #[serde(default, skip_serializing_if = "is_false")]
    pub per_person: bool,
    /// Euros per year: the money received, or the declared value of time or goods in kind.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "opt_non_negative"
    )]
    pub amount: Option<f64>,
    /// Whether time is valued; `None` follows the catalogue's default for the kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valued: Option<bool>,
    /// Multi-year agreement (« CPO »).
    #[serde(default, skip_serializing_if = "is_false")]
    pub multi_year: bool,
    /// Earmarked (« fléché ») money.
    #[serde(default, skip_serializing_if = "is_false")]
    pub earmarked: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partnership: Option<PartnershipForm>,
    /// Strategic importance of an alliance, 1 to 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub importance: Option<u8>,
    /// The alliance line (same snapshot) this money or time comes from: the amount lives here
    /// once, the alliance only refers to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alliance: Option<u32>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

fn is_false(value: &bool) -> bool {
    !*value
}

impl ResourceLine {
    /// A new, empty line of `kind`, with the kind's default unit.
    pub fn new(id: u32, kind: KindId) -> ResourceLine {
        let unit = match kind.def().map(|d| d.nature) {
            Some(Nature::Human { unit, .. }) => unit,
            _ => Unit::Heures,
        };
        let counterparty_type = kind.def().and_then(|d| d.actor);
        ResourceLine {
            id,
            kind,
            label: String::new(),
            counterparty: String::new(),
            counterparty_type,
            people: None,
            quantity: None,
            unit,
            per_person: false,
            amount: None,
            valued: None,
            multi_year: false,
            earmarked: false,
            partnership: None,
            importance: None,
            alliance: None,
            note: String::new(),
        }
    }

    pub fn lever(&self) -> Lever {
        self.kind
            .def()
            .map_or(Lever::RessourcesFinancieres, |d| d.lever)
    }

    /// Whether the line's time is valued, following the kind's default unless set.
    pub fn is_valued(&self) -> bool {
        match self.kind.def().map(|d| d.nature) {
            Some(Nature::Human {
                category: Some(_),
                valued_by_default,
                ..
            }) => self.valued.unwrap_or(valued_by_default),
            _ => false,
        }
    }

    /// The line's yearly time in `unit`, for all its people: the quantity, times the people
    /// when it is typed per person (`None` then without a number of people).
    pub fn total_quantity(&self) -> Option<f64> {
        let quantity = self.quantity?;
        if self.per_person {
            self.people.map(|p| quantity * f64::from(p))
        } else {
            Some(quantity)
        }
    }

    /// Whether the consultant typed nothing on the line yet: no label, funder or partner,
    /// amount, people or time.
    pub fn is_blank(&self) -> bool {
        self.label.trim().is_empty()
            && self.counterparty.trim().is_empty()
            && self.amount.is_none()
            && self.people.is_none()
            && self.quantity.is_none()
    }

    /// The name shown for the line: its own label, or the kind's.
    pub fn display_label(&self) -> &str {
        if self.label.is_empty() {
            self.kind.def().map_or("", |d| d.label.as_str())
        } else {
            &self.label
        }
    }
}

/// The matrix at one moment.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub label: String,
    pub year: i32,
    pub kind: SnapshotKind,
    /// Yearly expenses, a case indicator (not a resource).
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "opt_non_negative"
    )]
    pub annual_expenses: Option<f64>,
    /// Reserves (« fonds propres » available), a stock, kept out of the shares.
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "opt_non_negative"
    )]
    pub reserves: Option<f64>,
    pub lines: Vec<ResourceLine>,
}

impl Snapshot {
    /// `amount` in months of the annual expenses; `None` without expenses. At most a thousand
    /// billion months, as any figure of a case (expenses of a fraction of a cent would make it
    /// infinite).
    pub fn months_of_expenses(&self, amount: f64) -> Option<f64> {
        self.annual_expenses
            .filter(|e| *e > 0.0)
            .map(|e| (amount * 12.0 / e).min(MAX_NUMBER))
    }

    /// The reserves in months of expenses; `None` without reserves or expenses.
    pub fn reserve_months(&self) -> Option<f64> {
        self.reserves.and_then(|r| self.months_of_expenses(r))
    }

    pub fn lines_of(&self, lever: Lever) -> impl Iterator<Item = &ResourceLine> {
        self.lines.iter().filter(move |l| l.lever() == lever)
    }

    pub fn line(&self, id: u32) -> Option<&ResourceLine> {
        self.lines.iter().find(|l| l.id == id)
    }
}
