//! The pieces the refusals of files are worded with, in French and English: the place (file
//! and sheet), a column, an exercice, a list of years, a count; why an amount cell, or a number
//! typed, is not read.

use std::fmt;

use super::Lang;
use crate::format::{NumberError, number};
use crate::import::calendar::day;
use crate::import::{AmountProblem, Column, ColumnName, Exercice, Place};

/// The French or the English sentence, as `lang` asks.
pub(super) fn two(lang: Lang, fr: String, en: String) -> String {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

/// « « balance.xlsx », feuille « Balance » », “balance.xlsx”, sheet “Balance”.
pub(super) fn place_words(place: &Place, lang: Lang) -> String {
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
pub(super) fn column_words(column: &Column, lang: Lang) -> String {
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
pub(super) fn exercice_words(exercice: &Exercice, lang: Lang) -> String {
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

pub(super) fn years_list(years: &[i32]) -> String {
    years
        .iter()
        .map(i32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Why an amount cell is not read: « n'est pas un montant », “is not an amount”.
pub(super) fn amount_problem(why: AmountProblem, lang: Lang) -> &'static str {
    match why {
        AmountProblem::NotAnAmount => lang.pick("n'est pas un montant", "is not an amount"),
        AmountProblem::OutOfRange => lang.pick(
            "est hors des montants possibles",
            "is outside the range of possible amounts",
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
