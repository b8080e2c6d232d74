//! The system's file dialogs (`rfd`). Each returns `None` when the user cancels, or when no
//! dialog can be shown here; every action behind a dialog also has a path-taking command.

use std::path::{Path, PathBuf};

const CASE_FILTER: (&str, &[&str]) = ("Dossier Atelier MSE", &["ron"]);

pub fn pick_case() -> Option<PathBuf> {
    rfd::FileDialog::new()
        .add_filter(CASE_FILTER.0, CASE_FILTER.1)
        .pick_file()
}

pub fn pick_folder() -> Option<PathBuf> {
    rfd::FileDialog::new().pick_folder()
}

pub fn pick_balance() -> Option<PathBuf> {
    rfd::FileDialog::new()
        .add_filter("Balance comptable (CSV)", &["csv", "txt"])
        .pick_file()
}

pub fn pick_typology() -> Option<PathBuf> {
    rfd::FileDialog::new()
        .add_filter("Typologie", &["ron"])
        .pick_file()
}

pub fn pick_mapping() -> Option<PathBuf> {
    rfd::FileDialog::new()
        .add_filter("Table de correspondance", &["ron"])
        .pick_file()
}

/// Where to save a case file named `name` by default; the `.ron` extension is added if missing.
pub fn save_case(name: &str) -> Option<PathBuf> {
    save_as("ron", name, None)
}

/// Where to write a file of extension `ext`, named `name` by default, in `folder` if given;
/// the extension is added if the user left it out.
pub fn save_as(ext: &str, name: &str, folder: Option<&Path>) -> Option<PathBuf> {
    let filter = if ext == "ron" {
        CASE_FILTER.0.to_owned()
    } else {
        ext.to_uppercase()
    };
    let mut dialog = rfd::FileDialog::new()
        .add_filter(filter, &[ext])
        .set_file_name(name);
    if let Some(folder) = folder {
        dialog = dialog.set_directory(folder);
    }
    dialog.save_file().map(|path| with_extension(path, ext))
}

fn with_extension(path: PathBuf, ext: &str) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
    {
        path
    } else {
        path.with_extension(ext)
    }
}
