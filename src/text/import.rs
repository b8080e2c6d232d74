//! Why an import of accounts cannot be done yet, as the window says it beside « Importer » and
//! when it is asked anyway (the command line says `ImportError` with its own options); why a
//! block pasted from a spreadsheet gives no lines.

use std::fmt;

use super::Lang;
use crate::import::ImportError;
use crate::import::paste::{AmountRefused, PasteError};

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

impl fmt::Display for PasteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&paste_refusal(self, Lang::Fr))
    }
}

/// Why a pasted block gives no lines, in `lang`.
pub fn paste_refusal(err: &PasteError, lang: Lang) -> String {
    match err {
        PasteError::Empty => lang
            .pick(
                "rien à coller : le bloc copié n'a aucune ligne",
                "nothing to paste: the copied block has no rows",
            )
            .to_owned(),
        PasteError::NoAmount => lang
            .pick(
                "aucune colonne de montants dans le bloc collé : copiez dans le tableur des lignes qui ont au moins un libellé et un montant",
                "no amount column in the pasted block: in the spreadsheet, copy rows that have at least a label and an amount",
            )
            .to_owned(),
        PasteError::Amount {
            row,
            column,
            text,
            reason,
        } => {
            let text = lang.quoted(text);
            let reason = match reason {
                AmountRefused::Number(e) => super::number_refusal(e, lang),
                AmountRefused::Problem(p) => super::problem(p, lang),
            };
            match lang {
                Lang::Fr => format!(
                    "ligne {row}, colonne {column} du bloc collé : {text} n'est pas un montant ({reason}). Rien n'a été ajouté : corrigez la cellule dans le tableur, ou laissez la ligne hors de la sélection, puis collez à nouveau."
                ),
                Lang::En => format!(
                    "row {row}, column {column} of the pasted block: {text} is not an amount ({reason}). Nothing was added: correct the cell in the spreadsheet, or leave the row out of the selection, then paste again."
                ),
            }
        }
    }
}
