//! The windows over the screens: export, valuation settings, and the questions that wait for
//! an answer (unsaved changes, deleting a snapshot, recovery, a file changed elsewhere).

pub mod about;
pub mod export;
pub mod path_prompt;
pub mod question;
pub mod valuation;
