//! The words of storage's refusals: a case file that cannot be read or written, another file not
//! read, a case's lock not taken, and the system's reason — in French (also their `Display`, for
//! the command line) or English, with the name Windows refuses. What storage quotes from
//! elsewhere stays as it came: the model's wording of a RON error, the serialiser's message.

use std::fmt;
use std::io;
use std::path::Path;

use super::{Lang, problem};
use crate::storage::{
    ForbiddenName, LoadError, LockError, OutputError, ReadError, RecoveryError, SaveError,
};

/// `path` quoted as `lang` quotes.
fn quoted(path: &Path, lang: Lang) -> String {
    lang.quoted(&path.display().to_string())
}

/// Why the case file was not read, in `lang`.
pub fn load_refusal(err: &LoadError, lang: Lang) -> String {
    let path = |path: &Path| quoted(path, lang);
    match (err, lang) {
        (LoadError::Io { path: p, source }, Lang::Fr) => {
            format!(
                "Impossible de lire {} : {}.",
                path(p),
                io_reason(source, lang)
            )
        }
        (LoadError::Io { path: p, source }, Lang::En) => {
            format!("{} cannot be read: {}.", path(p), io_reason(source, lang))
        }
        (LoadError::NotAFile { path: p }, Lang::Fr) => format!(
            "{} n'est pas un fichier ordinaire (un dossier, un tube ou un périphérique) : ce n'est pas un dossier de l'atelier.",
            path(p)
        ),
        (LoadError::NotAFile { path: p }, Lang::En) => format!(
            "{} is not a regular file (a folder, a pipe or a device): it is not an Atelier MSE case file.",
            path(p)
        ),
        (LoadError::TooLarge { path: p, size, max }, Lang::Fr) => format!(
            "{} est trop volumineux ({size} octets, au plus {max}) : ce n'est pas un dossier de l'atelier.",
            path(p)
        ),
        (LoadError::TooLarge { path: p, size, max }, Lang::En) => format!(
            "{} is too large ({size} bytes, at most {max}): it is not an Atelier MSE case file.",
            path(p)
        ),
        (
            LoadError::NotUtf8 {
                path: p,
                line,
                column,
            },
            Lang::Fr,
        ) => format!(
            "{}, ligne {line}, colonne {column} : caractère illisible, le fichier n'est pas un texte UTF-8 (est-ce bien un dossier .ron de l'atelier ?).",
            path(p)
        ),
        (
            LoadError::NotUtf8 {
                path: p,
                line,
                column,
            },
            Lang::En,
        ) => format!(
            "{}, line {line}, column {column}: unreadable character, the file is not UTF-8 text (is it really a .ron Atelier MSE case file?).",
            path(p)
        ),
        (LoadError::Syntax { path: p, .. }, _) => {
            format!("{}, {}.", path(p), load_reason(err, lang))
        }
        (
            LoadError::FutureVersion {
                path: p,
                found,
                supported,
            },
            Lang::Fr,
        ) => format!(
            "{} a été enregistré au format {found} par une version plus récente de l'atelier ; cette version lit jusqu'au format {supported}. Mettez Atelier MSE à jour pour l'ouvrir (le fichier n'a pas été modifié).",
            path(p)
        ),
        (
            LoadError::FutureVersion {
                path: p,
                found,
                supported,
            },
            Lang::En,
        ) => format!(
            "{} was saved in format {found} by a newer version of Atelier MSE; this version reads up to format {supported}. Update Atelier MSE to open it (the file was not changed).",
            path(p)
        ),
        (
            LoadError::NoVersion { path: p }
            | LoadError::Invalid { path: p, .. }
            | LoadError::Crashed { path: p },
            Lang::Fr,
        ) => format!("{} : {}.", path(p), load_reason(err, lang)),
        (
            LoadError::NoVersion { path: p }
            | LoadError::Invalid { path: p, .. }
            | LoadError::Crashed { path: p },
            Lang::En,
        ) => format!("{}: {}.", path(p), load_reason(err, lang)),
    }
}

/// What is wrong with a case's text, without the file's name (for a case not yet written).
pub fn load_reason(err: &LoadError, lang: Lang) -> String {
    match (err, lang) {
        (LoadError::Invalid { problem: p, .. }, _) => problem(p, lang),
        (LoadError::NoVersion { .. }, Lang::Fr) => {
            "le champ « format_version » manque : ce n'est pas un dossier de l'atelier".to_owned()
        }
        (LoadError::NoVersion { .. }, Lang::En) => {
            "the field “format_version” is missing: it is not an Atelier MSE case file".to_owned()
        }
        (LoadError::Crashed { .. }, Lang::Fr) => {
            "l'analyse de ce dossier a échoué (erreur interne) ; le fichier n'a pas été modifié"
                .to_owned()
        }
        (LoadError::Crashed { .. }, Lang::En) => {
            "the analysis of this case failed (internal error); the file was not changed".to_owned()
        }
        (LoadError::TooLarge { size, max, .. }, Lang::Fr) => {
            format!("il ferait {size} octets, au plus {max} sont acceptés")
        }
        (LoadError::TooLarge { size, max, .. }, Lang::En) => {
            format!("it would be {size} bytes, at most {max} are accepted")
        }
        // The message is the model's wording of the RON error, in French.
        (
            LoadError::Syntax {
                line,
                column,
                message,
                ..
            },
            _,
        ) => lang.at_position(*line, *column, message),
        // Said of the file itself, with its name.
        (
            LoadError::Io { .. }
            | LoadError::NotAFile { .. }
            | LoadError::NotUtf8 { .. }
            | LoadError::FutureVersion { .. },
            _,
        ) => load_refusal(err, lang),
    }
}

/// Why the case was not written, in `lang`.
pub fn save_refusal(err: &SaveError, lang: Lang) -> String {
    let path = |path: &Path| quoted(path, lang);
    match (err, lang) {
        (SaveError::Io { path: p, source }, Lang::Fr) => format!(
            "Impossible d'enregistrer {} : {}. Le fichier sur le disque n'a pas été modifié.",
            path(p),
            io_reason(source, lang)
        ),
        (SaveError::Io { path: p, source }, Lang::En) => format!(
            "{} cannot be saved: {}. The file on disk was not changed.",
            path(p),
            io_reason(source, lang)
        ),
        (SaveError::ReadOnly { path: p }, Lang::Fr) => format!(
            "{} est en lecture seule : il n'a pas été modifié. Retirez la lecture seule du fichier, ou enregistrez sous un autre nom.",
            path(p)
        ),
        (SaveError::ReadOnly { path: p }, Lang::En) => format!(
            "{} is read-only: it was not changed. Make the file writable, or save under another name.",
            path(p)
        ),
        (SaveError::NotAFile { path: p }, Lang::Fr) => format!(
            "{} n'est pas un fichier ordinaire (un dossier, un tube ou un périphérique) : rien n'y a été écrit.",
            path(p)
        ),
        (SaveError::NotAFile { path: p }, Lang::En) => format!(
            "{} is not a regular file (a folder, a pipe or a device): nothing was written to it.",
            path(p)
        ),
        (SaveError::Forbidden { why }, Lang::Fr) => {
            format!("{}. Rien n'a été écrit.", forbidden_name(why, lang))
        }
        (SaveError::Forbidden { why }, Lang::En) => {
            format!("{}. Nothing was written.", forbidden_name(why, lang))
        }
        (SaveError::Format(message), Lang::Fr) => {
            format!("Impossible de mettre le dossier en forme : {message}.")
        }
        (SaveError::Format(message), Lang::En) => {
            format!("The case could not be converted to text: {message}.")
        }
        (SaveError::Refused { path: p, why }, Lang::Fr) => format!(
            "{} n'a pas été enregistré : {}. Le fichier sur le disque n'a pas été modifié ; corrigez le dossier puis enregistrez de nouveau.",
            path(p),
            load_reason(why, lang)
        ),
        (SaveError::Refused { path: p, why }, Lang::En) => format!(
            "{} was not saved: {}. The file on disk was not changed; correct the case, then save again.",
            path(p),
            load_reason(why, lang)
        ),
    }
}

/// Why a file other than a case was not read, in `lang`.
pub fn read_refusal(err: &ReadError, lang: Lang) -> String {
    let path = |path: &Path| quoted(path, lang);
    match (err, lang) {
        (ReadError::Io { path: p, source }, Lang::Fr) => {
            format!(
                "{} ne peut pas être lu : {}.",
                path(p),
                io_reason(source, lang)
            )
        }
        (ReadError::Io { path: p, source }, Lang::En) => {
            format!("{} cannot be read: {}.", path(p), io_reason(source, lang))
        }
        (ReadError::NotAFile { path: p }, Lang::Fr) => format!(
            "{} n'est pas un fichier ordinaire (un dossier, un tube ou un périphérique) : il n'a pas été lu.",
            path(p)
        ),
        (ReadError::NotAFile { path: p }, Lang::En) => format!(
            "{} is not a regular file (a folder, a pipe or a device): it was not read.",
            path(p)
        ),
        (ReadError::TooLarge { path: p, size, max }, Lang::Fr) => format!(
            "{} est trop volumineux ({size} octets, au plus {max}) : il n'a pas été lu.",
            path(p)
        ),
        (ReadError::TooLarge { path: p, size, max }, Lang::En) => format!(
            "{} is too large ({size} bytes, at most {max}): it was not read.",
            path(p)
        ),
        (ReadError::NotText { path: p }, Lang::Fr) => {
            format!("{} n'est pas un texte UTF-8.", path(p))
        }
        (ReadError::NotText { path: p }, Lang::En) => format!("{} is not UTF-8 text.", path(p)),
    }
}

/// Why the lock of a case was not taken (nothing written), in `lang`.
pub fn lock_refusal(err: &LockError, lang: Lang) -> String {
    let path = |path: &Path| quoted(path, lang);
    match (err, lang) {
        (LockError::Busy { path: p }, Lang::Fr) => format!(
            "{} est ouvert ailleurs : un autre programme ou une autre fenêtre l'enregistre en ce moment. Rien n'a été écrit ; réessayez dans un instant.",
            path(p)
        ),
        (LockError::Busy { path: p }, Lang::En) => format!(
            "{} is open elsewhere: another program or another window is saving it right now. Nothing was written; try again in a moment.",
            path(p)
        ),
        (LockError::Io { path: p, source }, Lang::Fr) => format!(
            "Le verrou de {} ne peut pas être pris : {}. Le fichier sur le disque n'a pas été modifié.",
            path(p),
            io_reason(source, lang)
        ),
        (LockError::Io { path: p, source }, Lang::En) => format!(
            "The lock on {} could not be taken: {}. The file on disk was not changed.",
            path(p),
            io_reason(source, lang)
        ),
        (LockError::NotALock { path: p, lock }, Lang::Fr) => format!(
            "{}, à côté de {}, n'est pas un verrou de l'atelier (un lien, un tube ou un dossier) : rien n'a été écrit. Supprimez-le, puis réessayez.",
            path(lock),
            path(p)
        ),
        (LockError::NotALock { path: p, lock }, Lang::En) => format!(
            "{}, beside {}, is not an Atelier MSE lock (a link, a pipe or a folder): nothing was written. Delete it, then try again.",
            path(lock),
            path(p)
        ),
    }
}

/// Why a file cannot be written where asked (nothing written), in `lang`.
pub fn output_refusal(err: &OutputError, lang: Lang) -> String {
    let path = |path: &Path| quoted(path, lang);
    match (err, lang) {
        (OutputError::IsTheInput { path: p }, Lang::Fr) => format!(
            "{} est un fichier lu : il ne peut pas être aussi le fichier écrit",
            path(p)
        ),
        (OutputError::IsTheInput { path: p }, Lang::En) => format!(
            "{} is one of the files being read: it cannot also be the file written",
            path(p)
        ),
        (OutputError::IsACase { path: p }, Lang::Fr) => format!(
            "{} est un dossier de l'atelier : l'écraser effacerait un dossier (ajoutez --force si c'est voulu)",
            path(p)
        ),
        (OutputError::IsACase { path: p }, Lang::En) => format!(
            "{} is an Atelier MSE case file: overwriting it would erase a case (add --force if that is intended)",
            path(p)
        ),
        (OutputError::ReadOnly { path: p }, Lang::Fr) => format!(
            "{} est en lecture seule : il n'a pas été remplacé (retirez la lecture seule, ou choisissez un autre nom)",
            path(p)
        ),
        (OutputError::ReadOnly { path: p }, Lang::En) => format!(
            "{} is read-only: it was not replaced (make it writable, or choose another name)",
            path(p)
        ),
        (OutputError::NotAFile { path: p }, Lang::Fr) => format!(
            "{} n'est pas un fichier ordinaire (un dossier, un tube ou un périphérique) : rien n'y sera écrit",
            path(p)
        ),
        (OutputError::NotAFile { path: p }, Lang::En) => format!(
            "{} is not a regular file (a folder, a pipe or a device): nothing will be written to it",
            path(p)
        ),
        (OutputError::InsideTheFolder { path: p }, Lang::Fr) => format!(
            "{} est dans le dossier lu comme portefeuille : un fichier .ron écrit là serait lu comme un dossier aux prochains passages ; choisissez un autre dossier",
            path(p)
        ),
        (OutputError::InsideTheFolder { path: p }, Lang::En) => format!(
            "{} is in the folder read as a portfolio: a .ron file written there would be read as a case on later runs; choose another folder",
            path(p)
        ),
        (OutputError::Forbidden { why }, _) => forbidden_name(why, lang),
    }
}

/// Why Windows refuses a file name, in `lang`.
pub fn forbidden_name(why: &ForbiddenName, lang: Lang) -> String {
    let q = |name: &str| lang.quoted(name);
    match (why, lang) {
        (ForbiddenName::Device { name, device }, Lang::Fr) => format!(
            "{} porte un nom que Windows réserve à un périphérique ({device}) : choisissez un autre nom",
            q(name)
        ),
        (ForbiddenName::Device { name, device }, Lang::En) => format!(
            "{} has a name Windows reserves for a device ({device}): choose another name",
            q(name)
        ),
        (ForbiddenName::TrailingDotOrSpace { name }, Lang::Fr) => format!(
            "{} finit par un point ou une espace, ce que Windows n'accepte pas : choisissez un autre nom",
            q(name)
        ),
        (ForbiddenName::TrailingDotOrSpace { name }, Lang::En) => format!(
            "{} ends with a dot or a space, which Windows does not accept: choose another name",
            q(name)
        ),
        (ForbiddenName::Character { name, character }, Lang::Fr) => format!(
            "{} contient {}, que Windows n'accepte pas dans un nom de fichier : choisissez un autre nom",
            q(name),
            q(&character.escape_debug().to_string())
        ),
        (ForbiddenName::Character { name, character }, Lang::En) => format!(
            "{} contains {}, which Windows does not accept in a file name: choose another name",
            q(name),
            q(&character.escape_debug().to_string())
        ),
    }
}

/// Why the recovery copy was not read, and where it was set aside, in `lang`.
pub fn recovery_refusal(err: &RecoveryError, lang: Lang) -> String {
    let aside = match (&err.set_aside, lang) {
        (Some(path), Lang::Fr) => format!(
            "Elle a été mise de côté, sans rien en effacer, sous {}.",
            quoted(path, lang)
        ),
        (Some(path), Lang::En) => format!(
            "It was set aside as {}, with nothing deleted.",
            quoted(path, lang)
        ),
        (None, _) => lang
            .pick(
                "Elle a été laissée en place, sans rien en effacer.",
                "It was left in place, with nothing deleted.",
            )
            .to_owned(),
    };
    format!("{} {aside}", load_refusal(&err.error, lang))
}

/// The cause of an I/O failure in words a consultant understands, in `lang`.
pub fn io_reason(err: &io::Error, lang: Lang) -> String {
    let said = |fr: &str, en: &str| lang.pick(fr, en).to_owned();
    match err.kind() {
        io::ErrorKind::NotFound => {
            said("fichier ou dossier introuvable", "file or folder not found")
        }
        io::ErrorKind::PermissionDenied => said("permission refusée", "permission denied"),
        io::ErrorKind::StorageFull => said("le disque est plein", "the disk is full"),
        io::ErrorKind::ReadOnlyFilesystem => {
            said("le disque est en lecture seule", "the disk is read-only")
        }
        io::ErrorKind::IsADirectory => said(
            "c'est un dossier, pas un fichier",
            "it is a folder, not a file",
        ),
        #[cfg(unix)]
        _ if err.raw_os_error() == Some(libc::ELOOP) => said(
            "lien symbolique qui tourne en boucle",
            "symbolic link that loops",
        ),
        _ => match lang {
            Lang::Fr => format!("erreur du système ({err})"),
            Lang::En => format!("system error ({err})"),
        },
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&load_refusal(self, Lang::Fr))
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&save_refusal(self, Lang::Fr))
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&read_refusal(self, Lang::Fr))
    }
}

impl fmt::Display for RecoveryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&recovery_refusal(self, Lang::Fr))
    }
}

impl fmt::Display for OutputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&output_refusal(self, Lang::Fr))
    }
}

impl fmt::Display for LockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&lock_refusal(self, Lang::Fr))
    }
}
