//! The « Fichier des écritures comptables » (FEC), the export every French accounting program
//! must produce (article A47 A-1 of the « Livre des procédures fiscales »), in every shape the
//! DGFiP's checker accepts (`fec_layout`). Its entries are summed per account
//! (débit − crédit) over one fiscal year and read as a balance; « à nouveaux » and closing
//! entries are set aside and said; unbalanced entries are reported by their number.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use super::amount::{Points, parse_amount_with};
use super::balance::{Balance, Detection, Opening, Row, legacy_encoding};
use super::error::{AccountsError, AccountsProblem, Column, ColumnName, Place};

use super::fec_exercice::{self, Exercice, SetAside};
pub use super::fec_layout::COLUMNS;
use super::fec_layout::{self, Amounts};

const DATE: usize = 3;
const ACCOUNT: usize = 4;
const ACCOUNT_LABEL: usize = 5;
const JOURNAL: usize = 0;
const JOURNAL_LABEL: usize = 1;
const NUMBER: usize = 2;
/// « Debit », or « Montant ».
const DEBIT: usize = 11;
/// « Credit », or « Sens ».
const CREDIT: usize = 12;

/// Whether `bytes` start like a FEC: its header's first column.
pub fn is_fec(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    bytes
        .get(..11)
        .is_some_and(|start| start.eq_ignore_ascii_case(b"JournalCode"))
}

/// Per (year, account): its first line, label and crédit − débit.
type Accounts = HashMap<(i32, String), Account>;

struct Account {
    line: usize,
    label: String,
    balance: f64,
}

/// A line counted in its account once its entry is known not to be set aside.
struct Pending {
    number: usize,
    year: i32,
    account: String,
    label: String,
    /// Crédit − débit.
    amount: f64,
}

/// Adds a line's crédit − débit to its account for `year`.
fn count(
    (accounts, counted): (&mut Accounts, &mut HashMap<i32, usize>),
    (number, year): (usize, i32),
    (account, label): (&str, &str),
    amount: f64,
) {
    *counted.entry(year).or_insert(0) += 1;
    let slot = accounts
        .entry((year, account.to_owned()))
        .or_insert_with(|| Account {
            line: number,
            label: label.to_owned(),
            balance: 0.0,
        });
    slot.balance += amount;
}

/// Reads a FEC. One whose dates fit in a year is one exercice, read whole for the year it
/// closes in, and refused when `year` (`--year`) or `hint` (the snapshot's year) names another.
/// One whose dates span more is read per calendar year: `year`, else the only year it holds, or
/// `hint` when it is one of them. `name` is used in the messages.
pub fn read(
    bytes: &[u8],
    name: &str,
    years: (Option<i32>, Option<i32>),
) -> Result<Balance, AccountsError> {
    read_choosing(bytes, name, years, false)
}

/// As [`read`] without a year, for the window: one exercice that is not `hint`'s is read and
/// said in the review; a file of several years not holding `hint` is read for its latest year,
/// and the review asks which one to import (`Detection::years`).
pub fn read_else_latest(
    bytes: &[u8],
    name: &str,
    hint: Option<i32>,
) -> Result<Balance, AccountsError> {
    read_choosing(bytes, name, (None, hint), true)
}

fn read_choosing(
    bytes: &[u8],
    name: &str,
    (year, hint): (Option<i32>, Option<i32>),
    else_latest: bool,
) -> Result<Balance, AccountsError> {
    let place = Place::file(name);
    let refused = |problem: AccountsProblem| AccountsError::new(&place, problem);
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let (utf8, (legacy, encoding)) = match std::str::from_utf8(bytes) {
        Ok(_) => (true, (encoding_rs::UTF_8, "UTF-8")),
        Err(_) => (false, legacy_encoding(bytes)),
    };
    // Each line decoded on its own: a file of a million entries is never copied whole.
    let line_text = |raw: &[u8]| -> String {
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if utf8 {
            String::from_utf8_lossy(raw).into_owned()
        } else {
            let (text, _, _): (Cow<'_, str>, _, _) = legacy.decode(raw);
            text.into_owned()
        }
    };
    let mut lines = bytes.split(|b| *b == b'\n').enumerate();
    let header = lines.next().map(|(_, l)| line_text(l)).unwrap_or_default();
    let layout = fec_layout::layout(&header).map_err(refused)?;
    let separator = layout.separator;
    // How the points of the amounts read, from every amount of the file: digits, points and
    // separators are the same bytes in UTF-8 and Latin-1.
    let sep = u8::try_from(separator).unwrap_or(b'|');
    let amount_columns: &[usize] = match layout.amounts {
        Amounts::DebitCredit => &[DEBIT, CREDIT],
        Amounts::AmountSense => &[DEBIT],
    };
    let amount_cells = bytes.split(|b| *b == b'\n').skip(1).flat_map(|raw| {
        let cells: Vec<&[u8]> = raw.split(|b| *b == sep).collect();
        amount_columns
            .iter()
            .copied()
            .filter_map(|i| cells.get(i).and_then(|c| std::str::from_utf8(c).ok()))
            // The sign moved first, as the amounts are read: « 2.000- » is « -2.000 ».
            .map(fec_layout::signed_first)
            .collect::<Vec<_>>()
    });
    let points = Points::of(amount_cells);
    // Entries that touch the result (12x): closing entries when they zero classes 6 and 7.
    let result_entries =
        fec_exercice::result_entries(bytes, sep, (JOURNAL, NUMBER, ACCOUNT), |raw| line_text(raw));

    // First pass: per (year, account) sums, entries set aside, balance of each entry.
    let mut accounts: Accounts = HashMap::new();
    // Per entry (journal, EcritureNum): débit − crédit, and the year it was counted in.
    let mut entries: HashMap<(String, String), (f64, Option<i32>)> = HashMap::new();
    let mut counted: HashMap<i32, usize> = HashMap::new();
    let (mut opening, mut closing) = (SetAside::default(), SetAside::default());
    // The « à nouveaux » per year of their date: account → crédit − débit.
    let mut opened: HashMap<i32, BTreeMap<String, f64>> = HashMap::new();
    // The lines of the entries touching 12x, kept until their entry is known whole.
    let mut pending: HashMap<(String, String), Vec<Pending>> = HashMap::new();
    let mut exercice: Option<Exercice> = None;
    let mut decimal_point = false;
    for (index, raw) in lines {
        let number = index + 1;
        let text = line_text(raw);
        if text.trim().is_empty() {
            continue;
        }
        let cells = layout.fields(&text).map_err(|found| {
            refused(AccountsProblem::FecFieldCount {
                line: number,
                found,
                expected: layout.columns,
                separator,
            })
        })?;
        let cell = |i: usize| cells.get(i).map_or("", |c| c.trim());
        let date = cell(DATE);
        let entry_day = fec_layout::date(date).ok_or_else(|| {
            refused(AccountsProblem::FecDate {
                line: number,
                found: date.to_owned(),
            })
        })?;
        let entry_year = entry_day.0;
        Exercice::widen(&mut exercice, entry_day);
        let account = cell(ACCOUNT);
        if !account.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(refused(AccountsProblem::NotAnAccount {
                line: number,
                column: Some(Column {
                    number: ACCOUNT + 1,
                    name: ColumnName::Fec("CompteNum"),
                }),
                found: account.to_owned(),
            }));
        }
        let mut amount = |i: usize, column: &'static str| -> Result<f64, AccountsError> {
            let written = fec_layout::signed_first(cell(i));
            let (value, _, point) = parse_amount_with(&written, points).map_err(|why| {
                refused(AccountsProblem::NotAnAmount {
                    line: number,
                    column: Column {
                        number: i + 1,
                        name: ColumnName::Fec(column),
                    },
                    found: cell(i).to_owned(),
                    why,
                })
            })?;
            decimal_point |= point;
            Ok(value.unwrap_or(0.0))
        };
        let (debit, credit) = match layout.amounts {
            Amounts::DebitCredit => (amount(DEBIT, "Debit")?, amount(CREDIT, "Credit")?),
            Amounts::AmountSense => {
                let value = amount(DEBIT, "Montant")?;
                let sense = cell(CREDIT);
                match fec_layout::is_debit(sense) {
                    Some(true) => (value, 0.0),
                    Some(false) => (0.0, value),
                    None => {
                        return Err(refused(AccountsProblem::FecSense {
                            line: number,
                            found: sense.to_owned(),
                        }));
                    }
                }
            }
        };
        let key = (cell(JOURNAL).to_owned(), cell(NUMBER).to_owned());
        let entry = entries.entry(key.clone()).or_insert((0.0, None));
        entry.0 += debit - credit;
        if fec_exercice::is_opening(cell(JOURNAL), cell(JOURNAL_LABEL)) {
            opening.add(&key, cell(ACCOUNT), cell(ACCOUNT_LABEL), credit - debit);
            *opened
                .entry(entry_year)
                .or_default()
                .entry(cell(ACCOUNT).to_owned())
                .or_insert(0.0) += credit - debit;
            continue;
        }
        if result_entries.contains(&key) {
            pending.entry(key).or_default().push(Pending {
                number,
                year: entry_year,
                account: cell(ACCOUNT).to_owned(),
                label: cell(ACCOUNT_LABEL).to_owned(),
                amount: credit - debit,
            });
            continue;
        }
        entry.1 = Some(entry_year);
        count(
            (&mut accounts, &mut counted),
            (number, entry_year),
            (cell(ACCOUNT), cell(ACCOUNT_LABEL)),
            credit - debit,
        );
    }
    // An entry touching the result and classes 6 or 7 zeroes them: the closing, set aside.
    for (key, lines) in pending {
        if lines
            .iter()
            .any(|l| fec_exercice::is_charge_or_product(&l.account))
        {
            for l in &lines {
                closing.add(&key, &l.account, &l.label, l.amount);
            }
        } else {
            if let (Some(entry), Some(first)) = (entries.get_mut(&key), lines.first()) {
                entry.1 = Some(first.year);
            }
            for l in lines {
                count(
                    (&mut accounts, &mut counted),
                    (l.number, l.year),
                    (&l.account, &l.label),
                    l.amount,
                );
            }
        }
    }
    let Some(exercice) = exercice else {
        return Err(refused(AccountsProblem::NoEntry));
    };
    let mut warnings = Vec::new();
    if exercice.is_one() {
        // One exercice, whatever the calendar: imported whole, for the year it closes in.
        let year_of = exercice.year();
        if let Some(asked) = year.or(hint.filter(|_| !else_latest))
            && !exercice.is_named_by(asked)
        {
            return Err(refused(AccountsProblem::OtherExercice { exercice, asked }));
        }
        if let Some(shown) = hint.filter(|h| else_latest && !exercice.is_named_by(*h)) {
            warnings.push(format!(
                "attention : le fichier tient l'{}, pas l'exercice {shown} de l'instantané affiché ; l'instantané à créer porte son année",
                exercice.said()
            ));
        }
        let mut merged: Accounts = HashMap::new();
        for ((_, account), a) in accounts {
            let slot = merged.entry((year_of, account)).or_insert(Account {
                line: a.line,
                label: a.label.clone(),
                balance: 0.0,
            });
            if a.line < slot.line {
                slot.line = a.line;
                slot.label = a.label;
            }
            slot.balance += a.balance;
        }
        accounts = merged;
        for entry in entries.values_mut() {
            if entry.1.is_some() {
                entry.1 = Some(year_of);
            }
        }
        let lines = counted.values().sum();
        counted = HashMap::from([(year_of, lines)]);
    }
    // The year asked names the one exercice by the year it opens in as well as the year it
    // closes in: either is the exercice's year.
    let year = year.map(|y| {
        if exercice.is_one() && exercice.is_named_by(y) {
            exercice.year()
        } else {
            y
        }
    });
    let mut years: Vec<i32> = counted.keys().copied().collect();
    years.sort_unstable();
    let chosen = match (year, years.as_slice()) {
        (_, []) => return Err(refused(AccountsProblem::NoEntry)),
        (Some(y), _) if years.contains(&y) => y,
        (Some(y), _) => {
            return Err(refused(AccountsProblem::NoEntryIn {
                year: y,
                years: years.clone(),
            }));
        }
        (None, [only]) => *only,
        (None, _) if hint.is_some_and(|h| years.contains(&h)) => hint.unwrap_or_default(),
        (None, [.., latest]) if else_latest => *latest,
        (None, _) => {
            return Err(refused(AccountsProblem::SeveralYears {
                years: years.clone(),
            }));
        }
    };
    let count = entries.values().filter(|(_, y)| *y == Some(chosen)).count();
    let said_exercice = if exercice.is_one() {
        exercice.said()
    } else {
        format!("exercice {chosen}")
    };
    let mut unbalanced: Vec<String> = entries
        .into_iter()
        .filter(|(_, (sum, _))| sum.abs() >= 0.005)
        .map(|((journal, number), _)| format!("{journal} {number}"))
        .collect();
    unbalanced.sort();
    let mut skipped = warnings;
    if !exercice.is_one() {
        skipped.push(format!(
            "attention : les écritures vont du {} au {}, plus d'un an, alors qu'un FEC tient un exercice : elles sont lues par année civile et seule l'année {chosen} est importée",
            fec_exercice::day(exercice.first),
            fec_exercice::day(exercice.last)
        ));
    }
    skipped.extend(opening.said("d'« à nouveaux » (journal d'ouverture)"));
    skipped.extend(closing.said("de clôture (classes 6 et 7 soldées dans le résultat, compte 12)"));
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
    let opening_balances = if exercice.is_one() {
        let mut all = BTreeMap::new();
        for (account, amount) in opened.into_values().flatten() {
            *all.entry(account).or_insert(0.0) += amount;
        }
        Opening::Entries(all)
    } else if let Some(chosen) = opened.remove(&chosen) {
        Opening::Entries(chosen)
    } else {
        skipped.push(format!(
            "pas de réserves proposées : le fichier couvre plusieurs années sans écriture d'« à nouveaux » en {chosen}, ses comptes 10 à 12 n'y donnent que les mouvements de l'année, pas les fonds propres"
        ));
        Opening::Unknown
    };
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
            separator: layout.separator_name,
            decimal: match (points, decimal_point) {
                (Points::Thousands, _) => points.said(false),
                (Points::Decimal, true) => "point décimal",
                (Points::Decimal, false) => "virgule décimale",
            },
            header: true,
            columns: format!(
                "{}, {count} écriture{}, {said_exercice}",
                layout.said(),
                if count == 1 { "" } else { "s" }
            ),
            skipped,
            year: Some(chosen),
            years,
            ..Detection::default()
        },
        opening: opening_balances,
    })
}
