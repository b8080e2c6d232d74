//! The resource catalogue (« l'arbre des leviers »): which resource kinds exist, under which lever,
//! and how a line of each kind counts. The catalogue is data (`assets/catalogue.ron`), embedded
//! in the binary.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// The three levers of a socio-economic model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Lever {
    RichessesHumaines,
    RessourcesFinancieres,
    AlliancesStrategiques,
}

impl Lever {
    pub const ALL: [Lever; 3] = [
        Lever::RichessesHumaines,
        Lever::RessourcesFinancieres,
        Lever::AlliancesStrategiques,
    ];

    /// The users' own name of the lever, kept in French in every language.
    pub fn label(self) -> &'static str {
        match self {
            Lever::RichessesHumaines => "Richesses humaines",
            Lever::RessourcesFinancieres => "Ressources financières",
            Lever::AlliancesStrategiques => "Alliances stratégiques",
        }
    }
}

/// Typology groups of monetary resources (DOMAIN.md §2.2). `O` is left out of the shares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Group {
    C,
    RAp,
    RAm,
    RAr,
    S,
    D,
    M,
    N,
    O,
}

impl Group {
    /// The groups counted in the monetary total T, in display order.
    pub const COUNTED: [Group; 8] = [
        Group::C,
        Group::RAp,
        Group::RAm,
        Group::RAr,
        Group::S,
        Group::D,
        Group::M,
        Group::N,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Group::C => "C",
            Group::RAp => "RAp",
            Group::RAm => "RAm",
            Group::RAr => "RAr",
            Group::S => "S",
            Group::D => "D",
            Group::M => "M",
            Group::N => "N",
            Group::O => "O",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Group::C => "Cotisations",
            Group::RAp => "Ventes et prestations privées",
            Group::RAm => "Commande publique",
            Group::RAr => "Tarification publique",
            Group::S => "Subventions publiques",
            Group::D => "Dons",
            Group::M => "Mécénat et fondations",
            Group::N => "Ressources mutualisées",
            Group::O => "Produits financiers, autres",
        }
    }
}

/// Where a monetary resource comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Origin {
    Membres,
    Prive,
    Public,
    Mutualise,
    Propre,
}

impl Origin {
    pub fn label(self) -> &'static str {
        match self {
            Origin::Membres => "membres",
            Origin::Prive => "privé",
            Origin::Public => "public",
            Origin::Mutualise => "mutualisé",
            Origin::Propre => "propre",
        }
    }
}

/// Categories of hourly rates used to value volunteering and lent staff (DOMAIN.md §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RateCategory {
    Gouvernance,
    Activite,
    Competences,
    Volontariat,
}

impl RateCategory {
    pub const ALL: [RateCategory; 4] = [
        RateCategory::Gouvernance,
        RateCategory::Activite,
        RateCategory::Competences,
        RateCategory::Volontariat,
    ];

    pub fn label(self) -> &'static str {
        match self {
            RateCategory::Gouvernance => "Gouvernance",
            RateCategory::Activite => "Activité",
            RateCategory::Competences => "Compétences / expertise",
            RateCategory::Volontariat => "Volontariat",
        }
    }
}

/// The unit in which a human resource's yearly quantity is typed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unit {
    #[default]
    Heures,
    Jours,
    Mois,
    Etp,
}

impl Unit {
    pub const ALL: [Unit; 4] = [Unit::Heures, Unit::Jours, Unit::Mois, Unit::Etp];

    pub fn label(self) -> &'static str {
        match self {
            Unit::Heures => "heures/an",
            Unit::Jours => "jours/an",
            Unit::Mois => "mois/an",
            Unit::Etp => "ETP",
        }
    }

    /// The label of the unit typed for each person of a line (« heures/an chacun »).
    pub fn label_each(self) -> &'static str {
        match self {
            Unit::Heures => "heures/an chacun",
            Unit::Jours => "jours/an chacun",
            Unit::Mois => "mois/an chacun",
            Unit::Etp => "ETP chacun",
        }
    }

    /// The unit in few letters, where its label does not fit (« h/an chacun »).
    pub fn short_for(self, per_person: bool) -> &'static str {
        match (self, per_person) {
            (Unit::Heures, false) => "h/an",
            (Unit::Jours, false) => "j/an",
            (Unit::Mois, false) => "mois/an",
            (Unit::Etp, false) => "ETP",
            (Unit::Heures, true) => "h/an chacun",
            (Unit::Jours, true) => "j/an chacun",
            (Unit::Mois, true) => "mois/an chacun",
            (Unit::Etp, true) => "ETP chacun",
        }
    }

    /// The label of the unit, for the whole line or for each person.
    pub fn label_for(self, per_person: bool) -> &'static str {
        if per_person {
            self.label_each()
        } else {
            self.label()
        }
    }
}

/// How a line of a kind counts in the analysis.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Nature {
    /// People's time; valued at the rate of `category` when the line is valued.
    Human {
        category: Option<RateCategory>,
        valued_by_default: bool,
        unit: Unit,
    },
    /// A yearly monetary resource.
    Money {
        group: Group,
        origin: Origin,
        counterpart: Option<bool>,
    },
    /// What an alliance brings in kind; `counted` adds it to the valued contributions.
    InKind { counted: bool },
}

/// One resource kind of the catalogue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KindDef {
    pub id: String,
    pub lever: Lever,
    pub label: String,
    /// The name shown where the whole label does not fit; distinct from the other kinds'.
    pub short: String,
    pub label_en: String,
    pub nature: Nature,
    /// The type of funder or partner a new line of this kind starts with (cotisations →
    /// particuliers), when one is usual.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<super::ActorType>,
}

impl KindDef {
    pub fn group(&self) -> Option<Group> {
        match self.nature {
            Nature::Money { group, .. } => Some(group),
            _ => None,
        }
    }
}

/// The whole catalogue of resource kinds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Catalogue {
    pub version: u32,
    pub kinds: Vec<KindDef>,
}

const BUILTIN: &str = include_str!("../../assets/catalogue.ron");

impl Catalogue {
    /// The catalogue shipped in `assets/catalogue.ron`. A broken embedded catalogue is a build
    /// defect that `builtin_catalogue_parses` catches; it then degrades to an empty catalogue.
    pub fn builtin() -> &'static Catalogue {
        static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
        CATALOGUE.get_or_init(|| {
            ron::from_str(BUILTIN).unwrap_or_else(|_| Catalogue {
                version: 0,
                kinds: Vec::new(),
            })
        })
    }

    pub fn get(&self, id: &str) -> Option<&KindDef> {
        self.kinds.iter().find(|k| k.id == id)
    }

    pub fn kinds_of(&self, lever: Lever) -> impl Iterator<Item = &KindDef> {
        self.kinds.iter().filter(move |k| k.lever == lever)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_catalogue_parses() {
        let parsed: Catalogue = ron::from_str(BUILTIN).expect("assets/catalogue.ron parses");
        assert_eq!(parsed.kinds.len(), Catalogue::builtin().kinds.len());
        for lever in Lever::ALL {
            assert!(parsed.kinds_of(lever).count() >= 5, "{lever:?}");
        }
    }

    #[test]
    fn every_domain_kind_is_in_the_catalogue() {
        let catalogue = Catalogue::builtin();
        for id in [
            "benevolat_gouvernance",
            "benevolat_activite",
            "benevolat_competences",
            "salaries",
            "volontaires",
            "mecenat_competences",
            "mise_a_disposition",
            "stagiaires",
            "cotisations",
            "ventes_privees",
            "commande_publique",
            "tarification_publique",
            "subventions",
            "dons",
            "mecenat_financier",
            "fondations",
            "ressources_mutualisees",
            "produits_financiers",
        ] {
            assert!(catalogue.get(id).is_some(), "{id}");
        }
    }

    #[test]
    fn short_names_are_short_and_tell_the_kinds_of_a_lever_apart() {
        for lever in Lever::ALL {
            let shorts: Vec<&str> = Catalogue::builtin()
                .kinds_of(lever)
                .map(|k| k.short.as_str())
                .collect();
            for (i, short) in shorts.iter().enumerate() {
                assert!((1..=12).contains(&short.chars().count()), "{short}");
                // Distinct within their first nine letters: what a cell cut at 1 024 px shows.
                let start = |s: &str| s.chars().take(9).collect::<String>();
                for other in shorts.iter().skip(i + 1) {
                    assert_ne!(start(short), start(other), "{lever:?}");
                }
            }
        }
    }

    #[test]
    fn kind_ids_are_unique() {
        let catalogue = Catalogue::builtin();
        let mut ids: Vec<_> = catalogue.kinds.iter().map(|k| &k.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), catalogue.kinds.len());
    }
}
