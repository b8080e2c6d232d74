//! The system's file dialogs (`rfd`), and what replaces them where none can be shown (no
//! desktop portal, no zenity): a path typed in the app's own window. Every action behind a
//! dialog also has a path-taking command.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What a file dialog gave.
#[derive(Debug, PartialEq)]
pub enum Picked {
    File(PathBuf),
    Cancelled,
    /// No dialog could be shown on this machine.
    Unavailable,
}

/// Faster than anyone can cancel a dialog: it was never shown.
const NOT_SHOWN: Duration = Duration::from_millis(150);

fn run(dialog: impl FnOnce() -> Option<PathBuf>) -> Picked {
    let start = Instant::now();
    match dialog() {
        Some(path) => Picked::File(path),
        None if start.elapsed() < NOT_SHOWN => Picked::Unavailable,
        None => Picked::Cancelled,
    }
}

/// What a file is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wanted {
    Case,
    Folder,
    Balance,
    Typology,
    Mapping,
    Reference,
    Questionnaire,
}

pub fn pick(wanted: Wanted) -> Picked {
    let dialog = rfd::FileDialog::new();
    run(|| match wanted {
        Wanted::Case => dialog
            .add_filter("Dossier Atelier MSE", &["ron"])
            .pick_file(),
        Wanted::Folder => dialog.pick_folder(),
        Wanted::Balance => dialog
            .add_filter(
                "Balance comptable (CSV ou classeur) ou FEC",
                &crate::import::ACCOUNT_EXTENSIONS,
            )
            .pick_file(),
        Wanted::Typology => dialog.add_filter("Typologie", &["ron"]).pick_file(),
        Wanted::Mapping => dialog
            .add_filter("Table de correspondance", &["ron"])
            .pick_file(),
        Wanted::Reference => dialog.add_filter("Référence (.ron)", &["ron"]).pick_file(),
        Wanted::Questionnaire => dialog
            .add_filter("Questionnaire d'autodiagnostic (.ron)", &["ron"])
            .pick_file(),
    })
}

/// Where to write a file of extension `ext`, named `name` by default, in `folder` if given;
/// the extension is added if the user left it out.
pub fn save_as(ext: &str, name: &str, folder: Option<&Path>) -> Picked {
    let filter = if ext == "ron" {
        "Dossier Atelier MSE".to_owned()
    } else {
        ext.to_uppercase()
    };
    let mut dialog = rfd::FileDialog::new()
        .add_filter(filter, &[ext])
        .set_file_name(name);
    if let Some(folder) = folder {
        dialog = dialog.set_directory(folder);
    }
    match run(|| dialog.save_file()) {
        Picked::File(path) => Picked::File(with_extension(path, ext)),
        other => other,
    }
}

pub fn with_extension(path: PathBuf, ext: &str) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
    {
        path
    } else {
        path.with_extension(ext)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dialog_that_answers_at_once_was_never_shown() {
        assert_eq!(run(|| None), Picked::Unavailable);
        let slow = run(|| {
            std::thread::sleep(NOT_SHOWN + Duration::from_millis(50));
            None
        });
        assert_eq!(slow, Picked::Cancelled, "a person closed it");
        let path = PathBuf::from("/tmp/cas.ron");
        assert_eq!(run(|| Some(path.clone())), Picked::File(path));
    }
}
