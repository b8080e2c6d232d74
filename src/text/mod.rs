//! The words of the facts: what the model and the analysis return as values, said in French or
//! English, once, for the window, the command line and the documents. This floor stands above
//! `storage` and below `report` (README « Layout of the code »); it is being filled: the undo
//! names, « Pourquoi ? » (the facts of a classification) and « que faudrait-il » are here; the
//! analysis still words some of its facts itself (qualifiers, stress tests, a scenario's
//! changes: see the README).

mod import;
mod lang;
mod problem;
mod qualifier;
mod reach;
mod reason;
mod scenario;
mod undo;

pub use import::import_refusal;
pub use lang::{Lang, Said};
pub use problem::problem;
pub use qualifier::{qualifier_detail, warning};
pub use reach::{reach_sentence, unreachable, way_words};
pub use reason::{confidence, headline, reason, reasons, short_label};
pub use scenario::{change_words, drawn_words, notice, stress_name};
pub use undo::{deleted_line, undo_name, undo_said};
