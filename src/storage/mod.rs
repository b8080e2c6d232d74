//! Every file-system call of the app: case files (loading with checks and migrations, atomic
//! saving), the other files it reads (typologies, mappings, balances, folders), and its own
//! preferences and recovery copy. Errors are typed and worded in French.

mod app_state;
mod error;
mod files;
mod limits;
mod load;
mod migrate;
mod ron_messages;
mod save;
mod validate;

pub use app_state::AppPaths;
pub use error::{LoadError, ReadError, SaveError, io_reason};
pub use files::{canonical, case_files, fingerprint, read_bytes, read_text};
pub use limits::{MAX_DEPTH, MAX_FILE_BYTES, MAX_LINES, MAX_SNAPSHOTS, MAX_TEXT_CHARS};
pub use load::{load, parse};
pub use save::{save, sibling, to_text, write_atomic};
