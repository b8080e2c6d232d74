//! The versions a build writes and reads, as numbers: the program's, the case files' and the
//! references'. `--version` and « À propos » say them through the text floor
//! (`text::version_text`).

/// What this build is and which formats it writes and reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Versions {
    /// The program's version, « 0.1.0 ».
    pub program: &'static str,
    /// The case files' format it writes; it reads every format from 1 to this one.
    pub case_format: u32,
    /// The references' format.
    pub reference_format: u32,
}

/// The versions of this build.
pub fn versions() -> Versions {
    Versions {
        program: env!("CARGO_PKG_VERSION"),
        case_format: crate::model::FORMAT_VERSION,
        reference_format: crate::analysis::reference::REFERENCE_VERSION,
    }
}
