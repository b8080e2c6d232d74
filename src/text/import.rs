//! Why an import of accounts cannot be done yet, as the window says it beside « Importer » and
//! when it is asked anyway (the command line says `ImportError` with its own options).

use super::Lang;
use crate::import::ImportError;

/// What blocks the import, in the window's words.
pub fn import_refusal(err: &ImportError, lang: Lang) -> String {
    match (err, lang) {
        (ImportError::Unfinished(problems), Lang::Fr) => format!(
            "{} point(s) à traiter avant l'import (comptes « à affecter » ou « à confirmer »).",
            problems.len()
        ),
        (ImportError::Unfinished(problems), Lang::En) => format!(
            "{} point(s) to handle before the import (accounts “to assign” or “to confirm”).",
            problems.len()
        ),
        (ImportError::NoLabel, Lang::Fr) => "Donnez un nom à l'instantané.".to_owned(),
        (ImportError::NoLabel, Lang::En) => "Give the snapshot a name.".to_owned(),
        (ImportError::SnapshotExists(label), Lang::Fr) => format!(
            "L'instantané « {label} » existe déjà : changez son nom ou cochez « remplacer »."
        ),
        (ImportError::SnapshotExists(label), Lang::En) => {
            format!("Snapshot “{label}” already exists: change its name or tick “replace”.")
        }
        (ImportError::Unsound(what), Lang::Fr) => format!("Import impossible : {what}."),
        (ImportError::Unsound(what), Lang::En) => {
            format!("Import impossible: {}.", super::problem(what, Lang::En))
        }
    }
}
