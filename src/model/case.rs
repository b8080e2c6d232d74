//! A case: the organisation, the accompaniment, the valuation settings and the snapshots of
//! its matrix (DOMAIN.md §5).

use serde::{Deserialize, Serialize};

use super::snapshot::Snapshot;
use super::valuation::ValuationSettings;

/// The format version this build writes; older ones are migrated on load. Format 3 adds the
/// action plan and the « Validé par … le … » of the accompaniment, and the scenarios; format 4
/// the rounds of the autodiagnostic.
pub const FORMAT_VERSION: u32 = 4;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum LegalForm {
    #[default]
    Association1901,
    Fondation,
    FondsDeDotation,
    Autre,
}

impl LegalForm {
    pub const ALL: [LegalForm; 4] = [
        LegalForm::Association1901,
        LegalForm::Fondation,
        LegalForm::FondsDeDotation,
        LegalForm::Autre,
    ];

    pub fn label(self) -> &'static str {
        match self {
            LegalForm::Association1901 => "Association loi 1901",
            LegalForm::Fondation => "Fondation",
            LegalForm::FondsDeDotation => "Fonds de dotation",
            LegalForm::Autre => "Autre",
        }
    }
}

/// The phase of the « projet associatif ».
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    Emergence,
    Experimentation,
    #[default]
    Consolidation,
    Essaimage,
    Maturite,
}

impl Phase {
    pub const ALL: [Phase; 5] = [
        Phase::Emergence,
        Phase::Experimentation,
        Phase::Consolidation,
        Phase::Essaimage,
        Phase::Maturite,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Phase::Emergence => "émergence",
            Phase::Experimentation => "expérimentation",
            Phase::Consolidation => "consolidation",
            Phase::Essaimage => "essaimage / changement d'échelle",
            Phase::Maturite => "maturité",
        }
    }
}

/// Identity and context of the organisation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub name: String,
    pub legal_form: LegalForm,
    /// « Intérêt général »: eligible to tax-deductible gifts.
    pub general_interest: bool,
    /// « Reconnue d'utilité publique ».
    pub public_utility: bool,
    pub approvals: String,
    pub sector: String,
    pub territory: String,
    pub creation_year: Option<i32>,
    pub phase: Phase,
    /// Free text: the « projet associatif ».
    pub project: String,
}

/// One accompaniment session.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// As typed by the consultant, e.g. « 2026-11-22 ».
    pub date: String,
    pub notes: String,
}

/// The consultant's side of the case.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[serde(deny_unknown_fields)]
pub struct Accompaniment {
    pub consultant: String,
    pub sessions: Vec<Session>,
    pub decisions: String,
    /// The action plan decided with the association.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    /// Who validated the « diagnostic partagé » on the association's side, and when (as typed).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub validated_by: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub validated_on: String,
}

/// Where an action of the plan stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActionStatus {
    #[default]
    AFaire,
    EnCours,
    Fait,
    Abandonne,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::AFaire,
        ActionStatus::EnCours,
        ActionStatus::Fait,
        ActionStatus::Abandonne,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ActionStatus::AFaire => "à faire",
            ActionStatus::EnCours => "en cours",
            ActionStatus::Fait => "fait",
            ActionStatus::Abandonne => "abandonné",
        }
    }
}

/// One action of the plan: what, on which lever (none: the whole model), who, by when.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub action: String,
    pub lever: Option<super::catalogue::Lever>,
    pub owner: String,
    /// As typed, e.g. « juin 2027 ».
    pub due: String,
    pub status: ActionStatus,
}

impl Action {
    /// The lever's name, or « transversal » for an action on the whole model.
    pub fn lever_label(&self) -> &'static str {
        self.lever
            .map_or("Transversal", super::catalogue::Lever::label)
    }
}

/// Which typology (id and version of the data file) the case's results were computed with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[serde(deny_unknown_fields)]
pub struct TypologyRef {
    pub id: String,
    pub version: u32,
}

impl Default for TypologyRef {
    fn default() -> Self {
        TypologyRef {
            id: "cpca-2014".to_owned(),
            version: 1,
        }
    }
}

/// A whole case file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub format_version: u32,
    pub organisation: Organisation,
    pub accompaniment: Accompaniment,
    pub valuation: ValuationSettings,
    pub typology: TypologyRef,
    pub snapshots: Vec<Snapshot>,
    /// The case's own rules for importing a trial balance; they win over the app's mapping.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub account_rules: Vec<super::accounts::AccountRule>,
    /// « Et si… ? »: changes tried on a snapshot, never applied to it (format 3).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub scenarios: Vec<super::scenario::Scenario>,
    /// The rounds of the autodiagnostic of maturity, oldest first (format 4).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub diagnostics: Vec<super::diagnostic::DiagnosticRound>,
}

impl Default for Case {
    fn default() -> Self {
        Case {
            format_version: FORMAT_VERSION,
            organisation: Organisation::default(),
            accompaniment: Accompaniment::default(),
            valuation: ValuationSettings::default(),
            typology: TypologyRef::default(),
            snapshots: Vec::new(),
            account_rules: Vec::new(),
            scenarios: Vec::new(),
            diagnostics: Vec::new(),
        }
    }
}

impl Case {
    /// A new case with one empty snapshot of the current year, ready to be filled.
    pub fn new_blank(year: i32) -> Case {
        Case {
            organisation: Organisation {
                name: "Nouvelle association".to_owned(),
                ..Organisation::default()
            },
            snapshots: vec![Snapshot {
                label: format!("{year} réalisé"),
                year,
                ..Snapshot::default()
            }],
            ..Case::default()
        }
    }

    pub fn snapshot(&self, label: &str) -> Option<&Snapshot> {
        self.snapshots.iter().find(|s| s.label == label)
    }

    /// The snapshot shown by default: the last « réalisé » one, else the last one (0 when
    /// there is none).
    pub fn default_snapshot_index(&self) -> usize {
        self.snapshots
            .iter()
            .rposition(|s| s.kind == super::snapshot::SnapshotKind::Realise)
            .unwrap_or(self.snapshots.len().saturating_sub(1))
    }

    pub fn default_snapshot(&self) -> Option<&Snapshot> {
        self.snapshots.get(self.default_snapshot_index())
    }

    /// The next free line id across all snapshots.
    pub fn next_line_id(&self) -> u32 {
        self.snapshots
            .iter()
            .flat_map(|s| s.lines.iter().map(|l| l.id))
            .max()
            .map_or(1, |id| id.saturating_add(1))
    }
}
