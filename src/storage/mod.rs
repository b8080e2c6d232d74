//! Every file-system call of the app: case files (loading with checks and migrations, atomic
//! saving), the other files it reads (typologies, mappings, balances, folders), and its own
//! preferences and recovery copy. Errors are typed and worded in French.

mod app_state;
mod error;
mod files;
mod folder;
mod load;
mod lock;
mod migrate;
mod resources;
mod save;
mod versions;

pub use crate::model::limits::{
    MAX_DEPTH, MAX_FILE_BYTES, MAX_LINES, MAX_SNAPSHOTS, MAX_TEXT_CHARS,
};
pub use crate::model::ron_message;
pub use crate::model::validate::problem;
pub use app_state::{AppPaths, RecoveryError, this_year, today};
pub use error::{LoadError, ReadError, SaveError};
pub use files::{
    ForbiddenName, OutputError, canonical, case_files, check_output, check_outside, fingerprint,
    is_case_file, is_folder, read_bytes, read_text, working_folder,
};
pub use folder::ron_entries;
pub use load::{load, parse};
pub use lock::{CaseLock, LOCK_WAIT, LockError, lock_case, lock_path};
pub use resources::{
    MappingLoadError, QuestionnaireLoadError, ReferenceLoadError, TypologyLoadError,
    find_reference, load_mapping, load_questionnaire, load_reference, load_typology,
};
pub use save::{remove_stale_temporaries, save, sibling, to_text, write_atomic};
pub use versions::{Versions, versions};
