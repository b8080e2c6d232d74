//! Why a file of accounts cannot be read (`import::AccountsError`), in French — its `Display`,
//! which the command line and the documents say — and in English for the English window. The
//! reader's own words (calamine's, for a workbook it cannot open) are quoted as they are. Also
//! why an amount cell, or a number typed, is not read.

use std::fmt;

use super::Lang;
use crate::format::{NumberError, number};
use crate::import::calendar::day;
use crate::import::fec::COLUMNS;
use crate::import::{
    AccountsError, AccountsProblem as P, AmountProblem, Column, ColumnName, Exercice, Place,
};

impl fmt::Display for AccountsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&accounts_refusal(self, Lang::Fr))
    }
}

/// The French or the English sentence, as `lang` asks.
pub(super) fn two(lang: Lang, fr: String, en: String) -> String {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

/// « « balance.xlsx », feuille « Balance » », “balance.xlsx”, sheet “Balance”.
fn place_words(place: &Place, lang: Lang) -> String {
    let file = lang.quoted(&place.file);
    match &place.sheet {
        None => file,
        Some(sheet) => {
            let sheet = lang.quoted(sheet);
            two(
                lang,
                format!("{file}, feuille {sheet}"),
                format!("{file}, sheet {sheet}"),
            )
        }
    }
}

/// « , colonne 12 (Debit) », « , colonne 3 (« Solde ») ».
fn column_words(column: &Column, lang: Lang) -> String {
    let name = match &column.name {
        ColumnName::Unnamed => String::new(),
        ColumnName::Fec(name) => format!(" ({name})"),
        ColumnName::Header(header) => format!(" ({})", lang.quoted(header)),
    };
    let n = column.number;
    two(
        lang,
        format!(", colonne {n}{name}"),
        format!(", column {n}{name}"),
    )
}

/// « exercice 2025 (écritures du 15/01/2025 au 02/07/2025) », “fiscal year 2025 (entries from
/// 15/01/2025 to 02/07/2025)”.
fn exercice_words(exercice: &Exercice, lang: Lang) -> String {
    match lang {
        Lang::Fr => exercice.said(),
        Lang::En if exercice.first.0 == exercice.last.0 => format!(
            "fiscal year {} (entries from {} to {})",
            exercice.year(),
            day(exercice.first),
            day(exercice.last)
        ),
        Lang::En => format!(
            "fiscal year from {} to {}, imported for {}",
            day(exercice.first),
            day(exercice.last),
            exercice.year()
        ),
    }
}

fn years_list(years: &[i32]) -> String {
    years
        .iter()
        .map(i32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Why the file of accounts `err` names is refused, in `lang`.
pub fn accounts_refusal(err: &AccountsError, lang: Lang) -> String {
    let place = place_words(&err.place, lang);
    let q = |text: &str| lang.quoted(text);
    match &err.problem {
        P::FecHeaderWidth { found } => {
            let columns = COLUMNS.join(", ");
            two(
                lang,
                format!(
                    "{place}, ligne 1 : l'en-tête du FEC a {found} colonne(s) au lieu de 18 (ou 19, ou 22 pour les BNC/BA) : {columns}."
                ),
                format!(
                    "{place}, line 1: the FEC header has {found} column(s) instead of 18 (or 19, or 22 for BNC/BA): {columns}."
                ),
            )
        }
        P::FecHeaderName {
            column,
            found,
            expected,
            regime,
        } => {
            let found = q(found);
            let quoted: Vec<String> = expected.iter().map(|e| q(e)).collect();
            let (fr_regime, en_regime) = if *regime {
                (" des BNC/BA", " of BNC/BA")
            } else {
                ("", "")
            };
            two(
                lang,
                format!(
                    "{place}, ligne 1, colonne {column} : {found} au lieu de {} (en-tête du FEC{fr_regime}).",
                    quoted.join(" ou ")
                ),
                format!(
                    "{place}, line 1, column {column}: {found} instead of {} (FEC header{en_regime}).",
                    quoted.join(" or ")
                ),
            )
        }
        P::FecFieldCount {
            line,
            found,
            expected,
            separator,
        } => {
            let separator = match separator {
                '\t' => lang.pick("tabulation", "tab").to_owned(),
                other => other.to_string(),
            };
            let separator = q(&separator);
            two(
                lang,
                format!(
                    "{place}, ligne {line} : {found} champ(s) au lieu de {expected} comme l'en-tête ; un séparateur ({separator}) manque ou est en trop."
                ),
                format!(
                    "{place}, line {line}: {found} field(s) instead of {expected} as in the header; a separator ({separator}) is missing or one too many."
                ),
            )
        }
        P::FecDate { line, found } => {
            let found = q(found);
            two(
                lang,
                format!(
                    "{place}, ligne {line}, colonne 4 (EcritureDate) : {found} n'est pas une date (AAAAMMJJ ou JJ/MM/AAAA)."
                ),
                format!(
                    "{place}, line {line}, column 4 (EcritureDate): {found} is not a date (YYYYMMDD or DD/MM/YYYY)."
                ),
            )
        }
        P::FecSense { line, found } => {
            let found = q(found);
            let (d, c, plus, minus) = (q("D"), q("C"), q("+1"), q("-1"));
            two(
                lang,
                format!(
                    "{place}, ligne {line}, colonne 13 (Sens) : {found} au lieu de {d} ou {c} (ou {plus} ou {minus})."
                ),
                format!(
                    "{place}, line {line}, column 13 (Sens): {found} instead of {d} or {c} (or {plus} or {minus})."
                ),
            )
        }
        P::NoEntry => two(
            lang,
            format!("{place} ne contient aucune écriture."),
            format!("{place} holds no entry."),
        ),
        P::OtherExercice { exercice, asked } => {
            let said = exercice_words(exercice, lang);
            let year = exercice.year();
            let snapshot = q(&format!("{year} réalisé"));
            two(
                lang,
                format!(
                    "{place} tient l'{said}, pas l'exercice {asked} (l'année de l'instantané ou --year). Importez-le dans un instantané de {year} (par ex. --snapshot {snapshot}), ou indiquez --year {year} si c'est bien lui."
                ),
                format!(
                    "{place} holds the {said}, not fiscal year {asked} (the snapshot's year or --year). Import it into a snapshot of {year} (e.g. --snapshot {snapshot}), or give --year {year} if it is the right one."
                ),
            )
        }
        P::NoEntryIn { year, years } => {
            let years = years_list(years);
            two(
                lang,
                format!(
                    "{place} n'a aucune écriture datée de {year} (exercices présents : {years})."
                ),
                format!("{place} has no entry dated {year} (fiscal years in it: {years})."),
            )
        }
        P::SeveralYears { years } => {
            let years = years_list(years);
            two(
                lang,
                format!(
                    "{place} couvre plusieurs exercices ({years}) : choisissez celui à importer (--year, ou l'année de l'instantané)."
                ),
                format!(
                    "{place} spans several fiscal years ({years}): choose the one to import (--year, or the snapshot's year)."
                ),
            )
        }
        P::NotAnAccount {
            line,
            column,
            found,
        } => {
            let column = column
                .as_ref()
                .map_or(String::new(), |c| column_words(c, lang));
            let found = q(found);
            two(
                lang,
                format!(
                    "{place}, ligne {line}{column} : {found} n'est pas un numéro de compte (il doit commencer par un chiffre)."
                ),
                format!(
                    "{place}, line {line}{column}: {found} is not an account number (it must start with a digit)."
                ),
            )
        }
        P::NotAnAmount {
            line,
            column,
            found,
            why,
        } => {
            let column = column_words(column, lang);
            let found = q(found);
            let why = amount_problem(*why, lang);
            two(
                lang,
                format!("{place}, ligne {line}{column} : {found} {why}."),
                format!("{place}, line {line}{column}: {found} {why}."),
            )
        }
        other => super::workbook_errors::refusal(&place, other, lang),
    }
}

/// Why an amount cell is not read: « n'est pas un montant », “is not an amount”.
pub fn amount_problem(why: AmountProblem, lang: Lang) -> &'static str {
    match why {
        AmountProblem::NotAnAmount => lang.pick("n'est pas un montant", "is not an amount"),
        AmountProblem::OutOfRange => lang.pick(
            "est hors des montants possibles",
            "is beyond the possible amounts",
        ),
    }
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&number_refusal(self, Lang::Fr))
    }
}

/// Why a typed text is not a number: « valeur vide », « « douze » n'est pas un nombre ».
pub fn number_refusal(err: &NumberError, lang: Lang) -> String {
    match err {
        NumberError::Empty => lang.pick("valeur vide", "empty value").to_owned(),
        NumberError::NotANumber(text) => {
            let text = lang.quoted(text);
            match lang {
                Lang::Fr => format!("{text} n'est pas un nombre"),
                Lang::En => format!("{text} is not a number"),
            }
        }
    }
}

/// The number of rows or cells, grouped as the window shows numbers.
pub(super) fn count(n: usize) -> String {
    number(n as f64, 0)
}
