//! Case files on disk: loading with checks and migrations, atomic saving.

mod error;
mod limits;
mod load;
mod migrate;
mod ron_messages;
mod save;
mod validate;

pub use error::{LoadError, SaveError, io_reason};
pub use limits::{MAX_DEPTH, MAX_FILE_BYTES, MAX_LINES, MAX_SNAPSHOTS, MAX_TEXT_CHARS};
pub use load::{load, parse};
pub use save::{save, sibling, to_text, write_atomic};
