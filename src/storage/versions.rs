//! The versions a build writes and reads, as `--version` and « À propos » say them: the
//! program's, the case files' and the references'.

/// « 0.1.0 — dossiers au format 3 (lit les formats 1 à 3), références au format 1 ».
pub fn version_text() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| {
        format!(
            "{} — dossiers au format {} (lit les formats 1 à {}), références au format {}",
            env!("CARGO_PKG_VERSION"),
            crate::model::FORMAT_VERSION,
            crate::model::FORMAT_VERSION,
            crate::analysis::reference::REFERENCE_VERSION
        )
    })
}
