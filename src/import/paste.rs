//! A block of rows copied from a spreadsheet (tab-separated: label, funder, amount, in any
//! order) read as new lines of one lever: the columns are recognised from a header row or from
//! the content, the kind proposed from the label by the rules of the accounts import. A cell
//! that should be an amount and is not names its row and column, and nothing is read.

use crate::format::NumberError;
use crate::model::{Catalogue, KindId, Lever, Problem, ResourceLine};

/// Why a pasted block gives no lines, as facts; worded by the text floor
/// (`text::paste_refusal`, French for `Display`).
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum PasteError {
    /// No row.
    Empty,
    /// No column of amounts.
    NoAmount,
    /// The cell at `row`, `column` (from 1) holds `text`, which is no amount for `reason`.
    Amount {
        row: usize,
        column: usize,
        text: String,
        reason: AmountRefused,
    },
}

/// Why a pasted cell is not an amount.
#[derive(Clone, Debug, PartialEq)]
pub enum AmountRefused {
    /// Not a number.
    Number(NumberError),
    /// A number the case could not hold (negative, too large).
    Problem(Problem),
}

/// One pasted row: the line it makes, and whether its kind was proposed by its label (else it
/// is the lever's first kind, to check).
#[derive(Clone, Debug, PartialEq)]
pub struct PastedLine {
    pub line: ResourceLine,
    pub proposed: bool,
}

/// Which column holds what.
struct Columns {
    label: Option<usize>,
    counterparty: Option<usize>,
    amount: usize,
}

/// Whether `text` is a multi-cell block (a cell's own paste stays a cell edit).
pub fn is_block(text: &str) -> bool {
    text.trim_end_matches(['\n', '\r']).contains(['\t', '\n'])
}

/// The lines of `text` for `lever`, with ids 0 (the edit gives them theirs).
pub fn read_block(text: &str, lever: Lever) -> Result<Vec<PastedLine>, PasteError> {
    let rows: Vec<(usize, Vec<&str>)> = text
        .lines()
        .enumerate()
        .map(|(n, l)| {
            (
                n + 1,
                l.trim_end_matches('\r')
                    .split('\t')
                    .map(str::trim)
                    .collect(),
            )
        })
        .filter(|(_, cells): &(usize, Vec<&str>)| cells.iter().any(|c| !c.is_empty()))
        .collect();
    let Some((_, first)) = rows.first() else {
        return Err(PasteError::Empty);
    };
    let (columns, body) = match header(first) {
        Some(columns) => (columns, rows.get(1..).unwrap_or_default()),
        None => (
            from_content(&rows).ok_or(PasteError::NoAmount)?,
            rows.as_slice(),
        ),
    };
    if body.is_empty() {
        return Err(PasteError::Empty);
    }
    let kinds: Vec<KindId> = Catalogue::builtin()
        .kinds_of(lever)
        .filter_map(|d| KindId::new(&d.id))
        .collect();
    let fallback = kinds.first().cloned().ok_or(PasteError::NoAmount)?;
    let cell = |cells: &[&str], column: Option<usize>| {
        column
            .and_then(|c| cells.get(c))
            .map_or(String::new(), |c| (*c).to_owned())
    };
    body.iter()
        .map(|(row, cells)| {
            let text = cell(cells, Some(columns.amount));
            // Read as a cell reads it, bounded by the model's rule (not negative, at most a
            // thousand billion): a pasted line is a line the case can save.
            let amount = crate::format::parse_amount(&text)
                .map_err(AmountRefused::Number)
                .and_then(|v| {
                    crate::model::number_problem(v)
                        .map_or(Ok(v), |p| Err(AmountRefused::Problem(p)))
                })
                .map_err(|reason| PasteError::Amount {
                    row: *row,
                    column: columns.amount + 1,
                    text: text.clone(),
                    reason,
                })?;
            let label = cell(cells, columns.label);
            let proposal = super::plan::propose(&label, &kinds);
            let mut line = ResourceLine::new(0, proposal.clone().unwrap_or(fallback.clone()));
            line.label = label;
            line.counterparty = cell(cells, columns.counterparty);
            line.amount = Some(amount);
            Ok(PastedLine {
                line,
                proposed: proposal.is_some(),
            })
        })
        .collect()
}

/// The columns named by a header row, if `cells` is one (a title is never a number: « 12 € »
/// is a first row of data).
fn header(cells: &[&str]) -> Option<Columns> {
    let find = |words: &[&str]| {
        cells.iter().position(|c| {
            let lower = c.to_lowercase();
            crate::format::parse_amount(c).is_err() && words.iter().any(|w| lower.contains(w))
        })
    };
    let amount = find(&["montant", "valeur", "€", "somme"])?;
    Some(Columns {
        label: find(&[
            "libellé",
            "libelle",
            "intitulé",
            "intitule",
            "ligne",
            "objet",
        ]),
        counterparty: find(&["financeur", "partenaire", "tiers", "organisme"]),
        amount,
    })
}

/// The columns guessed from the content: the amounts are the column where the most cells are
/// numbers; the label is the first other column, the funder the second.
fn from_content(rows: &[(usize, Vec<&str>)]) -> Option<Columns> {
    let width = rows.iter().map(|(_, c)| c.len()).max()?;
    let numbers = |column: usize| {
        rows.iter()
            .filter(|(_, cells)| {
                cells
                    .get(column)
                    .is_some_and(|c| crate::format::parse_amount(c).is_ok())
            })
            .count()
    };
    let amount = (0..width)
        .filter(|c| numbers(*c) > 0)
        .max_by_key(|c| (numbers(*c), *c))?;
    let mut others = (0..width).filter(|c| *c != amount);
    Some(Columns {
        label: others.next(),
        counterparty: others.next(),
        amount,
    })
}
