//! Reading a trial balance (« balance comptable ») exported as CSV by accounting software:
//! encoding (UTF-8, Windows-1252 or ISO-8859-15), separator (`;`, `,` or tab), header line or
//! not, and the amount columns (one signed balance, debit and credit, or the totals and balances
//! of Paheko) are detected, and what was detected is said. Every malformed line is refused with its number.

use serde::Serialize;

use super::amount::{Points, parse_amount_with};
use super::amount_columns::{Amounts, Parsed, layout};
use super::error::{AccountsError, AccountsProblem, Column, ColumnName, Place};
use super::header::{self, starts_with_digit};

/// One account of the balance.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    /// Line number in the file, from 1.
    pub line: usize,
    pub account: String,
    pub label: String,
    /// Credit minus debit: positive for a resource (class 7, 87), negative for a charge.
    pub credit_balance: f64,
}

/// What the reader found out about the file, in words for the review screen.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Detection {
    pub encoding: &'static str,
    pub separator: &'static str,
    pub decimal: &'static str,
    pub header: bool,
    /// The line of the header, and the title lines above it (0 when it is the first line).
    pub header_line: usize,
    pub title_lines: usize,
    pub columns: String,
    /// Total lines, blank account lines and lines of zero amount left out, with why.
    pub skipped: Vec<String>,
    /// For a FEC: the fiscal year read, and every year the file has entries for.
    pub year: Option<i32>,
    pub years: Vec<i32>,
    /// For a workbook: its kind and the sheet read, with the other sheets holding a balance
    /// (« classeur Excel (.xlsx), feuille « Balance » »).
    pub workbook: Option<String>,
    /// For a workbook: the sheet read, and every sheet holding a balance.
    pub sheet: Option<String>,
    pub sheets: Vec<String>,
    /// The fields read as amounts (0-based, the account's field being 0).
    #[serde(skip)]
    pub amount_fields: Vec<usize>,
}

impl Detection {
    /// One sentence: « UTF-8, séparateur « ; », virgule décimale, avec ligne d'en-tête, … ».
    pub fn summary(&self) -> String {
        let source = match &self.workbook {
            Some(workbook) => workbook.clone(),
            None => format!("{}, séparateur « {} »", self.encoding, self.separator),
        };
        format!(
            "{source}, {}, {}, {}",
            self.decimal,
            match (self.header, self.title_lines) {
                (false, _) => "sans ligne d'en-tête".to_owned(),
                (true, 0) => "avec ligne d'en-tête".to_owned(),
                (true, 1) => format!(
                    "en-tête trouvé ligne {} ; 1 ligne de titre ignorée",
                    self.header_line
                ),
                (true, n) => format!(
                    "en-tête trouvé ligne {} ; {n} lignes de titre ignorées",
                    self.header_line
                ),
            },
            self.columns
        )
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Balance {
    pub rows: Vec<Row>,
    pub detection: Detection,
    /// What the accounts held before the rows: nothing to add for a trial balance.
    pub opening: Opening,
}

/// What the accounts held before a balance's rows.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub enum Opening {
    /// A trial balance: its rows are the accounts' balances.
    #[default]
    InRows,
    /// A FEC: its rows are the year's movements; its « à nouveaux » (set aside from the rows),
    /// crédit − débit per account, are the balances it opened with.
    Entries(std::collections::BTreeMap<String, f64>),
    /// A FEC of several years with no « à nouveaux » for the year read: what the accounts held
    /// before its movements is not known.
    Unknown,
}

/// A line of the file: its number and its fields.
pub(super) type Record = (usize, Vec<String>);

/// The tab, as the detection and the refusals name a separator (« séparateur « tabulation » »).
pub const TAB_NAME: &str = "tabulation";

const MAX_BYTES: usize = 5 * 1024 * 1024;

/// Reads a balance from the bytes of a CSV file; `name` is used in the messages.
pub fn read(bytes: &[u8], name: &str) -> Result<Balance, AccountsError> {
    let place = Place::file(name);
    let refused = |problem: AccountsProblem| AccountsError::new(&place, problem);
    if bytes.len() > MAX_BYTES {
        return Err(refused(AccountsProblem::TooBig {
            megabytes: bytes.len() / (1024 * 1024),
            most: MAX_BYTES / (1024 * 1024),
        }));
    }
    let (text, encoding) = decode(bytes);
    // Windows and old Mac line ends, so that line numbers are the ones an editor shows.
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    if text.trim().is_empty() {
        return Err(refused(AccountsProblem::Empty));
    }
    if let Some(line) = unclosed_quote(&text) {
        return Err(refused(AccountsProblem::UnclosedQuote { line }));
    }
    let (separator, records) =
        split(&text).map_err(|line| refused(AccountsProblem::UnreadableLine { line }))?;
    if records.iter().all(|(_, r)| r.len() < 3) {
        return Err(refused(AccountsProblem::NotABalance { separators: true }));
    }
    let detection = Detection {
        encoding,
        separator,
        ..Detection::default()
    };
    from_records(&records, detection, &place)
}

/// Reads a balance from its lines (a CSV file's or a sheet's), each with its number; `place`
/// names the file (and sheet) in the refusals.
pub(super) fn from_records(
    records: &[Record],
    mut detection: Detection,
    place: &Place,
) -> Result<Balance, AccountsError> {
    let refused = |problem: AccountsProblem| AccountsError::new(place, problem);
    if records.iter().all(|(_, r)| r.len() < 3) {
        return Err(refused(AccountsProblem::NotABalance { separators: false }));
    }
    let found = header::find(records).map_err(refused)?;
    let header = found.index.is_some();
    let body: Vec<&Record> = records
        .iter()
        .skip(found.index.map_or(0, |i| i + 1))
        .collect();
    let header_fields = found
        .index
        .and_then(|i| records.get(i))
        .map_or_else(Vec::new, |(_, fields)| fields.clone());
    if let Some((line, _)) = found.index.and_then(|i| records.get(i)) {
        detection.header_line = *line;
    }
    detection.title_lines = found.title_lines;
    // Every line has the header's number of fields (or, without a header, the most common one):
    // a line with more or fewer has lost or gained a separator, and its amounts would be read
    // from the wrong columns.
    let expected = if header {
        header_fields.len()
    } else {
        most_common_width(&body)
    };
    if let Some((line, record)) = body
        .iter()
        .find(|(_, r)| r.len() != expected && !r.iter().all(|f| f.trim().is_empty()))
    {
        return Err(refused(AccountsProblem::FieldCount {
            line: *line,
            found: record.len(),
            expected,
            header,
        }));
    }
    let width = body.iter().map(|(_, r)| r.len()).max().unwrap_or(0);
    let (account_col, label_col) = (0, 1);
    // How the points of this file read, from all its amounts at once.
    let points = Points::of(
        body.iter()
            .flat_map(|(_, r)| r.iter().skip(label_col + 1).map(String::as_str)),
    );
    let mut decimal_comma = false;
    let mut decimal_point = false;
    // Parse every amount cell first: which columns are numeric decides the layout.
    let mut parsed: Vec<Parsed<'_>> = Vec::new();
    detection.header = header;
    for (line, record) in &body {
        let account = record.get(account_col).map_or("", |s| s.trim());
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let text = || {
            record
                .iter()
                .map(|f| f.trim())
                .filter(|f| !f.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        };
        // Totals and subtotals (« Total classe 6 », « Sous-total 70 ») are sums of the
        // accounts: read, they would count them twice.
        if header::is_total(record)
            || account.is_empty()
            || (!starts_with_digit(account) && text().to_lowercase().contains("total"))
        {
            detection.skipped.push(format!(
                "ligne {line} (« {} ») : ligne de total ou sans compte",
                text()
            ));
            continue;
        }
        if !starts_with_digit(account) {
            // A heading between the accounts (« Classe 6 — Charges ») holds no amount.
            if record
                .iter()
                .skip(label_col + 1)
                .all(|f| f.trim().is_empty())
            {
                detection.skipped.push(format!(
                    "ligne {line} (« {} ») : intitulé sans montant",
                    text()
                ));
                continue;
            }
            return Err(refused(AccountsProblem::NotAnAccount {
                line: *line,
                column: None,
                found: account.to_owned(),
            }));
        }
        let mut amounts = Vec::new();
        for (column, cell) in record.iter().enumerate().skip(label_col + 1) {
            let (value, comma, point) = parse_amount_with(cell, points).map_err(|why| {
                refused(AccountsProblem::NotAnAmount {
                    line: *line,
                    column: Column {
                        number: column + 1,
                        name: header_fields.get(column).map_or(ColumnName::Unnamed, |h| {
                            ColumnName::Header(h.trim().to_owned())
                        }),
                    },
                    found: cell.trim().to_owned(),
                    why,
                })
            })?;
            decimal_comma |= comma;
            decimal_point |= point;
            amounts.push(value);
        }
        parsed.push((*line, record, amounts));
    }
    if parsed.is_empty() {
        return Err(refused(AccountsProblem::NoAccountLine));
    }
    detection.decimal = match (decimal_comma, decimal_point) {
        _ if points == Points::Thousands => points.said(decimal_comma),
        (true, false) => "virgule décimale",
        (false, true) => "point décimal",
        (true, true) => "virgule et point décimaux mêlés",
        (false, false) => "montants entiers",
    };
    let (layout, inferred) = layout(&header_fields, width, &parsed).map_err(refused)?;
    detection.columns = match layout {
        Amounts::Signed {
            credit_negative: true,
            ..
        } => "une colonne de solde, produits en négatif (débit − crédit) : signes inversés"
            .to_owned(),
        Amounts::Signed { .. } => "une colonne de solde, produits en positif".to_owned(),
        Amounts::DebitCredit { debit, credit } => format!(
            "colonnes débit (n° {}) et crédit (n° {})",
            debit + 3,
            credit + 3
        ),
    };
    detection.amount_fields = match layout {
        Amounts::Signed { column, .. } => vec![column + label_col + 1],
        Amounts::DebitCredit { debit, credit } => {
            vec![debit + label_col + 1, credit + label_col + 1]
        }
    };
    if let Some(how) = inferred {
        detection.columns = format!("{} — colonnes déduites : {how}", detection.columns);
    }
    let mut rows = Vec::new();
    for (line, record, amounts) in parsed {
        let value = |i: usize| amounts.get(i).copied().flatten().unwrap_or(0.0);
        let credit_balance = match layout {
            Amounts::Signed {
                column,
                credit_negative,
            } => {
                if credit_negative {
                    -value(column)
                } else {
                    value(column)
                }
            }
            Amounts::DebitCredit { debit, credit } => value(credit) - value(debit),
        };
        let account: String = record.get(account_col).map_or("", |s| s.trim()).to_owned();
        let label = record.get(label_col).map_or("", |s| s.trim()).to_owned();
        if credit_balance.abs() < 0.005 {
            detection
                .skipped
                .push(format!("ligne {line} (compte {account}) : solde nul"));
            continue;
        }
        rows.push(Row {
            line,
            account,
            label,
            credit_balance: (credit_balance * 100.0).round() / 100.0,
        });
    }
    Ok(Balance {
        rows,
        detection,
        opening: Opening::InRows,
    })
}

/// UTF-8 (with or without BOM) when valid, else Windows-1252, the Latin-1 of spreadsheets.
fn decode(bytes: &[u8]) -> (String, &'static str) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), "UTF-8"),
        Err(_) => {
            let (encoding, name) = legacy_encoding(bytes);
            let (text, _, _) = encoding.decode(bytes);
            (text.into_owned(), name)
        }
    }
}

/// The 8-bit encoding of a file that is not UTF-8: ISO-8859-15 (Latin-9, « € » at A4) when the
/// bytes say so — an A4 and none of the bytes 80 to 9F, which Windows-1252 uses for « € », « œ »
/// and typographic quotes and Latin-9 never writes —, else Windows-1252, the Latin-1 of
/// spreadsheets.
pub(super) fn legacy_encoding(bytes: &[u8]) -> (&'static encoding_rs::Encoding, &'static str) {
    let windows_only = bytes.iter().any(|b| (0x80..=0x9F).contains(b));
    if !windows_only && bytes.contains(&0xA4) {
        (encoding_rs::ISO_8859_15, "Latin-9 (ISO-8859-15)")
    } else {
        (encoding_rs::WINDOWS_1252, "Latin-1 (Windows-1252)")
    }
}

/// Splits the text with the separator that gives the most regular records of three fields or
/// more; returns its name and the records with their line numbers.
/// The line where a quote opens that never closes, if any: the CSV reader would take the rest
/// of the file as one field.
fn unclosed_quote(text: &str) -> Option<usize> {
    let mut line = 1;
    let mut opened_at = None;
    let mut chars = text.chars().peekable();
    let mut field_start = true;
    while let Some(c) = chars.next() {
        match (opened_at, c) {
            (None, '"') if field_start => opened_at = Some(line),
            (Some(_), '"') if chars.peek() == Some(&'"') => {
                chars.next();
            }
            (Some(_), '"') => opened_at = None,
            _ => {}
        }
        if c == '\n' {
            line += 1;
        }
        field_start = opened_at.is_none() && matches!(c, ';' | ',' | '\t' | '\n');
    }
    opened_at
}

/// The number of fields most lines have.
fn most_common_width(records: &[&Record]) -> usize {
    let mut widths = std::collections::HashMap::new();
    for (_, r) in records {
        *widths.entry(r.len()).or_insert(0usize) += 1;
    }
    widths
        .into_iter()
        .max_by_key(|(w, n)| (*n, *w))
        .map_or(0, |(w, _)| w)
}

/// The line the CSV reader could not read.
type SplitError = usize;

fn split(text: &str) -> Result<(&'static str, Vec<Record>), SplitError> {
    // Spreadsheets may write the separator on a first line: « sep=; ».
    if let Some(first) = text.lines().next()
        && let Some(sep) = first.trim().strip_prefix("sep=")
    {
        let (byte, name) = match sep {
            "," => (b',', ","),
            "\t" | "" => (b'\t', TAB_NAME),
            _ => (b';', ";"),
        };
        let records = records(text, byte)?
            .into_iter()
            .filter(|(line, _)| *line > 1)
            .collect();
        return Ok((name, records));
    }
    let candidates: [(u8, &'static str); 3] = [(b';', ";"), (b'\t', TAB_NAME), (b',', ",")];
    let mut best: Option<(usize, &'static str, Vec<Record>)> = None;
    for (byte, name) in candidates {
        let records = records(text, byte)?;
        // Score: lines that have the most common width, if that width is at least 3.
        let mut widths = std::collections::HashMap::new();
        for (_, r) in &records {
            *widths.entry(r.len()).or_insert(0usize) += 1;
        }
        let score = widths
            .iter()
            .filter(|(w, _)| **w >= 3)
            .map(|(_, n)| *n)
            .max()
            .unwrap_or(0);
        if best.as_ref().is_none_or(|(s, _, _)| score > *s) {
            best = Some((score, name, records));
        }
    }
    Ok(best.map_or((";", Vec::new()), |(_, name, records)| (name, records)))
}

fn records(text: &str, separator: u8) -> Result<Vec<Record>, SplitError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    // A line the reader cannot read stops the import: dropping it would lose its amount.
    reader
        .records()
        .map(|r| match r {
            Ok(r) => Ok((
                r.position().map_or(0, |p| p.line() as usize),
                r.iter().map(str::to_owned).collect(),
            )),
            Err(err) => Err(err.position().map_or(0, |p| p.line() as usize)),
        })
        .collect()
}
