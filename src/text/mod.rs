//! The words of the facts: what the model and the analysis return as values, said in French or
//! English, once, for the window, the command line and the documents. This floor stands above
//! `storage` and below `report` (README « Layout of the code »); it is being filled: the undo
//! names, « Pourquoi ? » (the facts of a classification), « que faudrait-il », and the typed
//! errors of the floors below (a file of accounts or a mapping table refused, a scenario that
//! cannot be worked out, a model unknown, too few cases for a reference, a number that is not
//! one, a block pasted from a spreadsheet that gives no lines, a file not read or written, an
//! edit refused, a reference, a typology, a questionnaire or an answer sheet refused), whose
//! French is their `Display` (see the README), and the versions a build writes and reads.

mod accounts;
mod accounts_words;
mod answer_sheet;
mod edits;
mod import;
mod lang;
mod mapping;
mod problem;
mod qualifier;
mod questionnaire;
mod reach;
mod reason;
mod reference;
mod scenario;
mod storage;
mod typology;
mod undo;
mod version;

pub use accounts::accounts_refusal;
pub use accounts_words::number_refusal;
pub use answer_sheet::answer_sheet_refusal;
pub use edits::edit_refusal;
pub use import::{import_refusal, paste_refusal};
pub use lang::{Lang, Said};
pub use mapping::{mapping_load_refusal, mapping_refusal};
pub use problem::problem;
pub use qualifier::{qualifier_detail, warning};
pub use questionnaire::{questionnaire_load_refusal, questionnaire_refusal};
pub use reach::{reach_sentence, too_few_cases, unknown_model, unreachable, way_words};
pub use reason::{confidence, headline, reason, reasons, short_label};
pub use reference::{reference_load_refusal, reference_refusal};
pub use scenario::{change_words, drawn_words, notice, scenario_refusal, stress_name};
pub use storage::{
    forbidden_name, io_reason, load_reason, load_refusal, lock_refusal, output_refusal,
    read_refusal, recovery_refusal, save_refusal,
};
pub use typology::{typology_load_refusal, typology_refusal};
pub use undo::{deleted_line, undo_name, undo_said};
pub use version::version_text;
