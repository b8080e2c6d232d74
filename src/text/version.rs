//! The versions of this build said: « 0.1.0 — dossiers au format 4 (lit les formats 1 à 4),
//! références au format 1 » — `--version` (French) and « À propos » (the window's language).

use super::Lang;
use crate::storage::versions;

/// The program's version and the formats it writes and reads, in `lang`.
pub fn version_text(lang: Lang) -> String {
    let v = versions();
    match lang {
        Lang::Fr => format!(
            "{} — dossiers au format {} (lit les formats 1 à {}), références au format {}",
            v.program, v.case_format, v.case_format, v.reference_format
        ),
        Lang::En => format!(
            "{} — case files in format {} (reads formats 1 to {}), references in format {}",
            v.program, v.case_format, v.case_format, v.reference_format
        ),
    }
}
