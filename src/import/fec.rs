//! The « Fichier des écritures comptables » (FEC), the export every French accounting program
//! must produce (article A47 A-1 of the « Livre des procédures fiscales »): 18 columns, tab or
//! « | » separated, dates AAAAMMJJ, decimal comma. Its entries are summed per account
//! (débit − crédit) over one fiscal year and read as a balance; « à nouveaux » and closing
//! entries are set aside and said; unbalanced entries are reported by their number.

use std::borrow::Cow;
use std::collections::HashMap;

use super::amount::{Points, parse_amount_with};
use super::balance::{Balance, Detection, Row};

/// The 18 columns, in their order.
pub const COLUMNS: [&str; 18] = [
    "JournalCode",
    "JournalLib",
    "EcritureNum",
    "EcritureDate",
    "CompteNum",
    "CompteLib",
    "CompAuxNum",
    "CompAuxLib",
    "PieceRef",
    "PieceDate",
    "EcritureLib",
    "Debit",
    "Credit",
    "EcritureLet",
    "DateLet",
    "ValidDate",
    "Montantdevise",
    "Idevise",
];

const DATE: usize = 3;
const ACCOUNT: usize = 4;
const ACCOUNT_LABEL: usize = 5;
const DEBIT: usize = 11;
const CREDIT: usize = 12;

/// Whether `bytes` start like a FEC: its header's first column.
pub fn is_fec(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    bytes
        .get(..11)
        .is_some_and(|start| start.eq_ignore_ascii_case(b"JournalCode"))
}

struct Account {
    line: usize,
    label: String,
    balance: f64,
}

/// Reads a FEC for fiscal year `year` (the year of EcritureDate); without one, the only year
/// the file holds, or when it holds several, `hint` (the year of the snapshot imported into)
/// if it is one of them. `name` is used in the messages.
pub fn read(
    bytes: &[u8],
    name: &str,
    years: (Option<i32>, Option<i32>),
) -> Result<Balance, String> {
    read_choosing(bytes, name, years, false)
}

/// As [`read`] without a year, for the window: a file of several years not holding `hint` is
/// read for its latest year, and the review asks which one to import (`Detection::years`).
pub fn read_else_latest(bytes: &[u8], name: &str, hint: Option<i32>) -> Result<Balance, String> {
    read_choosing(bytes, name, (None, hint), true)
}

fn read_choosing(
    bytes: &[u8],
    name: &str,
    (year, hint): (Option<i32>, Option<i32>),
    else_latest: bool,
) -> Result<Balance, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let (utf8, encoding) = match std::str::from_utf8(bytes) {
        Ok(_) => (true, "UTF-8"),
        Err(_) => (false, "Latin-1 (Windows-1252)"),
    };
    // Each line decoded on its own: a file of a million entries is never copied whole.
    let line_text = |raw: &[u8]| -> String {
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if utf8 {
            String::from_utf8_lossy(raw).into_owned()
        } else {
            let (text, _, _): (Cow<'_, str>, _, _) = encoding_rs::WINDOWS_1252.decode(raw);
            text.into_owned()
        }
    };
    let mut lines = bytes.split(|b| *b == b'\n').enumerate();
    let header = lines.next().map(|(_, l)| line_text(l)).unwrap_or_default();
    let (separator, sep_name) = if header.contains('\t') {
        ('\t', "tabulation")
    } else {
        ('|', "|")
    };
    let fields: Vec<&str> = header.split(separator).map(str::trim).collect();
    if fields.len() != COLUMNS.len() {
        return Err(format!(
            "« {name} », ligne 1 : l'en-tête du FEC a {} colonne(s) au lieu de 18 ({}).",
            fields.len(),
            COLUMNS.join(", ")
        ));
    }
    for (i, (found, expected)) in fields.iter().zip(COLUMNS).enumerate() {
        if !found.eq_ignore_ascii_case(expected) {
            return Err(format!(
                "« {name} », ligne 1, colonne {} : « {found} » au lieu de « {expected} » (en-tête du FEC).",
                i + 1
            ));
        }
    }

    // How the points of the amounts read, from every amount of the file: digits, points and
    // separators are the same bytes in UTF-8 and Latin-1.
    let sep = u8::try_from(separator).unwrap_or(b'|');
    let amount_cells = bytes.split(|b| *b == b'\n').skip(1).flat_map(|raw| {
        let cells: Vec<&[u8]> = raw.split(|b| *b == sep).collect();
        [DEBIT, CREDIT]
            .into_iter()
            .filter_map(|i| cells.get(i).and_then(|c| std::str::from_utf8(c).ok()))
            .collect::<Vec<&str>>()
    });
    let points = Points::of(amount_cells);

    // First pass: per (year, account) sums, entries set aside, balance of each entry.
    let mut accounts: HashMap<(i32, String), Account> = HashMap::new();
    let mut entries: HashMap<(String, String), f64> = HashMap::new();
    let mut counted: HashMap<i32, usize> = HashMap::new();
    let (mut opening, mut closing) = (0usize, 0usize);
    let mut decimal_point = false;
    for (index, raw) in lines {
        let number = index + 1;
        let text = line_text(raw);
        if text.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = text.split(separator).collect();
        if cells.len() != COLUMNS.len() {
            return Err(format!(
                "« {name} », ligne {number} : {} champ(s) au lieu de 18 ; un séparateur manque ou est en trop.",
                cells.len()
            ));
        }
        let cell = |i: usize| cells.get(i).map_or("", |c| c.trim());
        let date = cell(DATE);
        let entry_year = fec_year(date).ok_or_else(|| {
            format!(
                "« {name} », ligne {number}, colonne 4 (EcritureDate) : « {date} » n'est pas une date AAAAMMJJ."
            )
        })?;
        let account = cell(ACCOUNT);
        if !account.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(format!(
                "« {name} », ligne {number}, colonne 5 (CompteNum) : « {account} » n'est pas un numéro de compte (il doit commencer par un chiffre)."
            ));
        }
        let mut amount = |i: usize, column: &str| -> Result<f64, String> {
            let (value, _, point) = parse_amount_with(cell(i), points).map_err(|why| {
                format!(
                    "« {name} », ligne {number}, colonne {} ({column}) : « {} » {why}.",
                    i + 1,
                    cell(i)
                )
            })?;
            decimal_point |= point;
            Ok(value.unwrap_or(0.0))
        };
        let (debit, credit) = (amount(DEBIT, "Debit")?, amount(CREDIT, "Credit")?);
        *entries
            .entry((cell(0).to_owned(), cell(2).to_owned()))
            .or_insert(0.0) += debit - credit;
        let journal = format!("{} {}", cell(0), cell(1)).to_lowercase();
        if cell(0).eq_ignore_ascii_case("AN") || journal.contains("nouveau") {
            opening += 1;
            continue;
        }
        let label = format!("{} {}", cell(10), cell(1)).to_lowercase();
        if label.contains("clôture") || label.contains("cloture") {
            closing += 1;
            continue;
        }
        *counted.entry(entry_year).or_insert(0) += 1;
        let account = accounts
            .entry((entry_year, cell(ACCOUNT).to_owned()))
            .or_insert_with(|| Account {
                line: number,
                label: cell(ACCOUNT_LABEL).to_owned(),
                balance: 0.0,
            });
        account.balance += credit - debit;
    }
    let mut years: Vec<i32> = counted.keys().copied().collect();
    years.sort_unstable();
    let chosen = match (year, years.as_slice()) {
        (_, []) => return Err(format!("« {name} » ne contient aucune écriture.")),
        (Some(y), _) if years.contains(&y) => y,
        (Some(y), _) => {
            return Err(format!(
                "« {name} » n'a aucune écriture datée de {y} (exercices présents : {}).",
                list(&years)
            ));
        }
        (None, [only]) => *only,
        (None, _) if hint.is_some_and(|h| years.contains(&h)) => hint.unwrap_or_default(),
        (None, [.., latest]) if else_latest => *latest,
        (None, _) => {
            return Err(format!(
                "« {name} » couvre plusieurs exercices ({}) : choisissez celui à importer (--year, ou l'année de l'instantané).",
                list(&years)
            ));
        }
    };
    let mut unbalanced: Vec<String> = entries
        .into_iter()
        .filter(|(_, sum)| sum.abs() >= 0.005)
        .map(|((journal, number), _)| format!("{journal} {number}"))
        .collect();
    unbalanced.sort();
    let count = counted.get(&chosen).copied().unwrap_or(0);
    let mut skipped = Vec::new();
    if opening > 0 {
        skipped.push(format!(
            "{opening} écriture(s) d'« à nouveaux » mises de côté"
        ));
    }
    if closing > 0 {
        skipped.push(format!("{closing} écriture(s) de clôture mises de côté"));
    }
    let other: usize = counted
        .iter()
        .filter(|(y, _)| **y != chosen)
        .map(|(_, n)| n)
        .sum();
    if other > 0 {
        skipped.push(format!(
            "{other} écriture(s) d'un autre exercice mises de côté"
        ));
    }
    if !unbalanced.is_empty() {
        let shown: Vec<&str> = unbalanced.iter().take(10).map(String::as_str).collect();
        skipped.push(format!(
            "attention : {} écriture(s) déséquilibrée(s) (Σ débit ≠ Σ crédit) : {}{}",
            unbalanced.len(),
            shown.join(", "),
            if unbalanced.len() > 10 { "…" } else { "" }
        ));
    }
    let mut rows: Vec<Row> = accounts
        .into_iter()
        .filter(|((y, _), a)| *y == chosen && a.balance.abs() >= 0.005)
        .map(|((_, account), a)| Row {
            line: a.line,
            account,
            label: a.label,
            credit_balance: (a.balance * 100.0).round() / 100.0,
        })
        .collect();
    rows.sort_by(|a, b| a.account.cmp(&b.account));
    Ok(Balance {
        rows,
        detection: Detection {
            encoding,
            separator: sep_name,
            decimal: match (points, decimal_point) {
                (Points::Thousands, _) => points.said(false),
                (Points::Decimal, true) => "point décimal",
                (Points::Decimal, false) => "virgule décimale",
            },
            header: true,
            columns: format!("FEC, {count} écritures, exercice {chosen}"),
            skipped,
            year: Some(chosen),
            years,
            ..Detection::default()
        },
    })
}

fn list(years: &[i32]) -> String {
    years
        .iter()
        .map(i32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The year of an AAAAMMJJ date, when it is one.
fn fec_year(date: &str) -> Option<i32> {
    if date.len() != 8 || !date.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (year, month, day) = (
        date.get(..4)?.parse::<i32>().ok()?,
        date.get(4..6)?.parse::<u32>().ok()?,
        date.get(6..)?.parse::<u32>().ok()?,
    );
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(year)
}
