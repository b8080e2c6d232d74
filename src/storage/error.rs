//! Typed errors of reading and writing case files, worded in French for the consultant: which
//! file, where in it, what is wrong, and what to do.

use std::io;
use std::path::PathBuf;

use thiserror::Error;

#[derive(Debug, Error)]
pub enum LoadError {
    #[error("Impossible de lire « {} » : {}", path.display(), io_reason(source))]
    Io { path: PathBuf, source: io::Error },

    #[error(
        "« {} » n'est pas un fichier ordinaire (un dossier, un tube ou un périphérique) : ce n'est pas un dossier de l'atelier.",
        path.display()
    )]
    NotAFile { path: PathBuf },

    #[error(
        "« {} » est trop volumineux ({size} octets, au plus {max}) : ce n'est pas un dossier de l'atelier.",
        path.display()
    )]
    TooLarge { path: PathBuf, size: u64, max: u64 },

    #[error(
        "« {} », ligne {line}, colonne {column} : caractère illisible, le fichier n'est pas un texte UTF-8 (est-ce bien un dossier .ron de l'atelier ?).",
        path.display()
    )]
    NotUtf8 {
        path: PathBuf,
        line: usize,
        column: usize,
    },

    #[error("« {} », ligne {line}, colonne {column} : {message}.", path.display())]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },

    #[error(
        "« {} » a été enregistré au format {found} par une version plus récente de l'atelier ; cette version lit jusqu'au format {supported}. Mettez Atelier MSE à jour pour l'ouvrir (le fichier n'a pas été modifié).",
        path.display()
    )]
    FutureVersion {
        path: PathBuf,
        found: u32,
        supported: u32,
    },

    #[error("« {} » : {what}.", path.display())]
    Invalid { path: PathBuf, what: String },
}

#[derive(Debug, Error)]
pub enum SaveError {
    #[error(
        "Impossible d'enregistrer « {} » : {}. Le fichier sur le disque n'a pas été modifié.",
        path.display(), io_reason(source)
    )]
    Io { path: PathBuf, source: io::Error },

    #[error(
        "« {} » est en lecture seule : il n'a pas été modifié. Retirez la lecture seule du fichier, ou enregistrez sous un autre nom.",
        path.display()
    )]
    ReadOnly { path: PathBuf },

    #[error(
        "« {} » n'est pas un fichier ordinaire (un dossier, un tube ou un périphérique) : rien n'y a été écrit.",
        path.display()
    )]
    NotAFile { path: PathBuf },

    #[error("{why}. Rien n'a été écrit.")]
    Forbidden { why: String },

    #[error("Impossible de mettre le dossier en forme : {0}")]
    Format(String),

    #[error(
        "« {} » n'a pas été enregistré : {what}. Le fichier sur le disque n'a pas été modifié ; corrigez le dossier puis enregistrez de nouveau.",
        path.display()
    )]
    Refused { path: PathBuf, what: String },
}

impl LoadError {
    /// What is wrong, without the file's name (for a case not yet written).
    pub fn reason(&self) -> String {
        match self {
            LoadError::Invalid { what, .. } => what.clone(),
            LoadError::TooLarge { size, max, .. } => {
                format!("il ferait {size} octets, au plus {max} sont acceptés")
            }
            LoadError::Syntax {
                line,
                column,
                message,
                ..
            } => format!("ligne {line}, colonne {column} : {message}"),
            other => other.to_string(),
        }
    }
}

/// Why a file other than a case (a typology, a mapping, a trial balance, a folder) was not read.
#[derive(Debug, Error)]
pub enum ReadError {
    #[error("« {} » ne peut pas être lu : {}.", path.display(), io_reason(source))]
    Io { path: PathBuf, source: io::Error },

    #[error(
        "« {} » n'est pas un fichier ordinaire (un dossier, un tube ou un périphérique) : il n'a pas été lu.",
        path.display()
    )]
    NotAFile { path: PathBuf },

    #[error(
        "« {} » est trop volumineux ({size} octets, au plus {max}) : il n'a pas été lu.",
        path.display()
    )]
    TooLarge { path: PathBuf, size: u64, max: u64 },

    #[error("« {} » n'est pas un texte UTF-8.", path.display())]
    NotText { path: PathBuf },
}

/// The cause of an I/O failure in words a consultant understands.
pub fn io_reason(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "fichier ou dossier introuvable".to_owned(),
        io::ErrorKind::PermissionDenied => "permission refusée".to_owned(),
        io::ErrorKind::StorageFull => "le disque est plein".to_owned(),
        io::ErrorKind::ReadOnlyFilesystem => "le disque est en lecture seule".to_owned(),
        io::ErrorKind::IsADirectory => "c'est un dossier, pas un fichier".to_owned(),
        #[cfg(unix)]
        _ if err.raw_os_error() == Some(libc::ELOOP) => {
            "lien symbolique qui tourne en boucle".to_owned()
        }
        _ => format!("erreur du système ({err})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_errors_are_said_in_french() {
        let reason = |kind| io_reason(&io::Error::from(kind));
        assert_eq!(reason(io::ErrorKind::StorageFull), "le disque est plein");
        assert_eq!(
            reason(io::ErrorKind::PermissionDenied),
            "permission refusée"
        );
        assert_eq!(
            reason(io::ErrorKind::ReadOnlyFilesystem),
            "le disque est en lecture seule"
        );
        assert_eq!(
            reason(io::ErrorKind::NotFound),
            "fichier ou dossier introuvable"
        );
    }
}
