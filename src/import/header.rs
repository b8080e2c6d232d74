//! Where a balance's header row is: found by its column names among the first lines, below the
//! title block spreadsheets and accounting programs write above it (« Association … / Balance
//! générale au 31/12/2024 / … »); and which lines are totals and subtotals rather than accounts.

use super::balance::Record;
use super::error::AccountsProblem;
use super::fold::fold;

/// How far down the header row is looked for.
pub const MAX_HEADER_LINE: usize = 30;

/// Words naming an amount column.
const AMOUNT_WORDS: [&str; 5] = ["débit", "crédit", "solde", "montant", "mouvement"];
/// Words naming the account or label column.
const ACCOUNT_WORDS: [&str; 8] = [
    "compte",
    "n°",
    "numéro",
    "libellé",
    "intitulé",
    "désignation",
    "nom",
    "code",
];

/// The header row of a balance, when it has one, and the lines of title above it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Header {
    /// Index of the header among the records.
    pub index: Option<usize>,
    /// Title lines above the header (not counting blank ones).
    pub title_lines: usize,
}

/// Finds the header: the first of the first 30 lines naming an amount column and an account or
/// label column; else, a first line that is not an account (its names unknown), as programs
/// write one. Several lines of text before the first account and none of them a header is
/// refused: the accounts' columns could not be told.
pub fn find(records: &[Record]) -> Result<Header, AccountsProblem> {
    let named = records
        .iter()
        .take_while(|(line, _)| *line <= MAX_HEADER_LINE)
        .position(|(_, fields)| names_columns(fields));
    if let Some(index) = named {
        let title_lines = records
            .iter()
            .take(index)
            .filter(|(_, fields)| !blank(fields))
            .count();
        return Ok(Header {
            index: Some(index),
            title_lines,
        });
    }
    let leading: Vec<&Record> = records
        .iter()
        .filter(|(_, fields)| !blank(fields))
        .take_while(|(_, fields)| !starts_with_digit(fields.first().map_or("", String::as_str)))
        .collect();
    match leading.as_slice() {
        [] => Ok(Header::default()),
        [(line, fields)] if !is_total(fields) => Ok(Header {
            index: records.iter().position(|(l, _)| l == line),
            title_lines: 0,
        }),
        [_] => Ok(Header::default()),
        [.., (last, _)] => Err(AccountsProblem::NoHeader {
            within: MAX_HEADER_LINE,
            last: *last,
        }),
    }
}

/// Whether the fields name an amount column and, in another field, the account or label.
fn names_columns(fields: &[String]) -> bool {
    let has = |words: &[&str], field: &str| {
        let field = fold(field.trim());
        !field.is_empty() && field.len() < 60 && words.iter().any(|w| field.contains(&fold(w)))
    };
    let amount = fields.iter().position(|f| has(&AMOUNT_WORDS, f));
    amount.is_some_and(|a| {
        fields
            .iter()
            .enumerate()
            .any(|(i, f)| i != a && has(&ACCOUNT_WORDS, f))
    })
}

fn blank(fields: &[String]) -> bool {
    fields.iter().all(|f| f.trim().is_empty())
}

pub fn starts_with_digit(text: &str) -> bool {
    text.trim()
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit())
}

/// A total or subtotal line: its account or label says « Total … », « Sous-total … »,
/// « Totaux … » (« Total classe 6 », « Sous-total 70 »), whatever its account column holds.
pub fn is_total(fields: &[String]) -> bool {
    fields.iter().take(2).any(|field| {
        let field = field.trim().to_lowercase();
        ["total", "sous-total", "sous total", "s/total", "totaux"]
            .iter()
            .any(|w| field.starts_with(w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(line: usize, fields: &[&str]) -> Record {
        (line, fields.iter().map(|f| (*f).to_owned()).collect())
    }

    #[test]
    fn the_header_is_found_below_a_title_block() {
        let records = [
            record(1, &["Association Vélo Solidaire", "", ""]),
            record(2, &["Balance générale au 31/12/2024", "", ""]),
            record(4, &["Edité le 15/01/2025", "", ""]),
            record(5, &["N° compte", "Intitulé", "Solde"]),
            record(6, &["706", "Ventes", "-100"]),
        ];
        assert_eq!(
            find(&records),
            Ok(Header {
                index: Some(3),
                title_lines: 3
            })
        );
    }

    #[test]
    fn subtotals_are_told_by_their_words_not_their_account() {
        let total = |a: &str, l: &str| is_total(&[a.to_owned(), l.to_owned()]);
        assert!(total("70", "Sous-total 70"));
        assert!(total("Total classe 6", ""));
        assert!(total("", "TOTAL GÉNÉRAL"));
        assert!(!total("7541", "Dons manuels (total des collectes)"));
    }
}
