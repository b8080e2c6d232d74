//! The domain model of a case: plain serde types, no egui, no file I/O.

mod accounts;
mod anonymise;
mod case;
mod catalogue;
mod checked;
pub mod diagnostic;
pub mod edits;
pub mod limits;
mod names;
pub mod problem;
mod ron_messages;
pub mod scenario;
mod snapshot;
pub mod validate;
mod valuation;

pub use accounts::{AccountAction, AccountRule};
pub use anonymise::anonymise;
pub use case::{
    Accompaniment, Action, ActionStatus, Case, FORMAT_VERSION, LegalForm, Organisation, Phase,
    Session, TypologyRef,
};
pub use catalogue::{Catalogue, Group, KindDef, Lever, Nature, Origin, RateCategory, Unit};
pub use checked::{KindId, MAX_NUMBER, non_negative, number_problem, opt_non_negative};
pub use diagnostic::{Answer, DiagnosticField, DiagnosticRound, QuestionnaireRef};
pub use edits::{Applied, Edit, EditError};
pub use names::short_name;
pub use problem::Problem;
pub use ron_messages::french as ron_message;
pub use scenario::{Change, Delta, Scenario};
pub use snapshot::{ActorType, PartnershipForm, ResourceLine, Snapshot, SnapshotKind};
pub use valuation::{HourlyRate, SMIC_HOURLY_2026, ValuationSettings};
