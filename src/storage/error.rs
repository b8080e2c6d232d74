//! Typed errors of reading and writing case files: which file, where in it, what is wrong. The
//! text floor words them (`text::load_refusal`, `save_refusal`, `read_refusal`, `io_reason`), in
//! French — also their `Display`, for the command line — or English.

use std::io;
use std::path::PathBuf;

use thiserror::Error;

use crate::model::Problem;

#[derive(Debug, Error)]
pub enum LoadError {
    Io {
        path: PathBuf,
        source: io::Error,
    },
    NotAFile {
        path: PathBuf,
    },
    TooLarge {
        path: PathBuf,
        size: u64,
        max: u64,
    },
    NotUtf8 {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    /// Not RON; `message` is the model's wording of the RON error (French).
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    FutureVersion {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    /// No `format_version`: not a case file of the atelier.
    NoVersion {
        path: PathBuf,
    },
    /// Read, but the case may not hold what it holds.
    Invalid {
        path: PathBuf,
        problem: Problem,
    },
    /// The worker that read the file stopped (a portfolio's reading).
    Crashed {
        path: PathBuf,
    },
}

#[derive(Debug, Error)]
pub enum SaveError {
    Io {
        path: PathBuf,
        source: io::Error,
    },
    ReadOnly {
        path: PathBuf,
    },
    NotAFile {
        path: PathBuf,
    },
    /// A name Windows refuses (`files::forbidden_on_windows`).
    Forbidden {
        why: super::files::ForbiddenName,
    },
    /// The case could not be put in RON; the serialiser's own message.
    Format(String),
    /// The text to be written would not be read back.
    Refused {
        path: PathBuf,
        why: Box<LoadError>,
    },
}

/// Why a file other than a case (a typology, a mapping, a trial balance, a folder) was not read.
#[derive(Debug, Error)]
pub enum ReadError {
    Io { path: PathBuf, source: io::Error },
    NotAFile { path: PathBuf },
    TooLarge { path: PathBuf, size: u64, max: u64 },
    NotText { path: PathBuf },
}
