//! What a FEC's structure says about its entries: the exercice it covers (its first and last
//! dates — a FEC holds one exercice by law, whatever the calendar), its opening entries (the
//! « à nouveaux » journal) and its closing entries (those that zero classes 6 and 7 into the
//! result, account 12x) — read from journals and accounts, never from a word in a label.

use std::collections::{BTreeMap, HashSet};

use super::fold::fold;
use crate::format::euros;

use super::calendar::days;
pub use super::calendar::{Day, day};

/// The longest span of dates read as one exercice: a year, leap or not (01/01/2024 to
/// 31/12/2024 is 365 days apart, as is 01/09/2024 to 31/08/2025; 01/01/2024 to 01/01/2025 is
/// more than a year).
const MAX_EXERCICE_DAYS: i64 = 365;

/// The first and last dates of the file's entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exercice {
    pub first: Day,
    pub last: Day,
}

impl Exercice {
    pub fn widen(this: &mut Option<Exercice>, day: Day) {
        match this {
            None => {
                *this = Some(Exercice {
                    first: day,
                    last: day,
                })
            }
            Some(e) => {
                e.first = e.first.min(day);
                e.last = e.last.max(day);
            }
        }
    }

    /// Whether the dates fit in one exercice (a year at most).
    pub fn is_one(&self) -> bool {
        days(self.last) - days(self.first) <= MAX_EXERCICE_DAYS
    }

    /// The year the exercice is imported for: the year it closes in.
    pub fn year(&self) -> i32 {
        self.last.0
    }

    /// Whether `year` names this exercice: the year it opens or closes in.
    pub fn is_named_by(&self, year: i32) -> bool {
        year == self.first.0 || year == self.last.0
    }

    /// « exercice 2025 (écritures du 15/01/2025 au 02/07/2025) », « exercice du 01/09/2024 au
    /// 31/08/2025, importé pour 2025 ».
    pub fn said(&self) -> String {
        if self.first.0 == self.last.0 {
            format!(
                "exercice {} (écritures du {} au {})",
                self.year(),
                day(self.first),
                day(self.last)
            )
        } else {
            format!(
                "exercice du {} au {}, importé pour {}",
                day(self.first),
                day(self.last),
                self.year()
            )
        }
    }
}

/// An opening entry: the « à nouveaux » journal, by its code (AN, RAN, ANO) or its name
/// (« À nouveaux », « A-nouveaux », « Report à nouveau »).
pub fn is_opening(code: &str, name: &str) -> bool {
    let code = code.trim();
    let lower = fold(name);
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    ["AN", "RAN", "ANO"]
        .iter()
        .any(|c| code.eq_ignore_ascii_case(c))
        || words
            .windows(2)
            .any(|w| matches!(w, ["a", "nouveau" | "nouveaux"]))
        || words.iter().any(|w| matches!(*w, "anouveau" | "anouveaux"))
}

/// Whether an account is a charge or a product (classes 6 and 7), which closing entries zero.
pub fn is_charge_or_product(account: &str) -> bool {
    account.trim().starts_with(['6', '7'])
}

/// The entries (journal, EcritureNum) that touch a result account (12x), from the bytes of the
/// lines: the candidates for closing entries. The columns are in the order given.
pub fn result_entries(
    lines: &[u8],
    separator: u8,
    (journal, number, account): (usize, usize, usize),
    text: impl Fn(&[u8]) -> String,
) -> HashSet<(String, String)> {
    let mut found = HashSet::new();
    for raw in lines.split(|b| *b == b'\n').skip(1) {
        // The three cells in their order, without collecting the line's cells.
        let mut cells = raw.split(|b| *b == separator);
        let journal_cell = cells.nth(journal);
        let number_cell = cells.nth(number.saturating_sub(journal + 1));
        let account_cell = cells.nth(account.saturating_sub(number + 1));
        if account_cell.is_some_and(|a| a.trim_ascii_start().starts_with(b"12")) {
            let cell = |c: Option<&[u8]>| c.map_or(String::new(), |c| text(c).trim().to_owned());
            found.insert((cell(journal_cell), cell(number_cell)));
        }
    }
    found
}

/// Entries set aside, with what they held per account.
#[derive(Debug, Default)]
pub struct SetAside {
    entries: HashSet<(String, String)>,
    /// Account → (label, crédit − débit).
    accounts: BTreeMap<String, (String, f64)>,
}

impl SetAside {
    pub fn add(&mut self, entry: &(String, String), account: &str, label: &str, amount: f64) {
        if !self.entries.contains(entry) {
            self.entries.insert(entry.clone());
        }
        let slot = self
            .accounts
            .entry(account.to_owned())
            .or_insert_with(|| (label.to_owned(), 0.0));
        slot.1 += amount;
    }

    /// « 1 écriture d'« à nouveaux » mise de côté : 110000 Report à nouveau 4 000 € (crédit),
    /// 512000 Banque −4 000 € » (20 accounts at most).
    pub fn said(&self, what: &str) -> Option<String> {
        let count = self.entries.len();
        if count == 0 {
            return None;
        }
        let shown: Vec<String> = self
            .accounts
            .iter()
            .filter(|(_, (_, amount))| amount.abs() >= 0.005)
            .take(20)
            .map(|(account, (label, amount))| format!("{account} {label} {}", euros(*amount)))
            .collect();
        Some(format!(
            "{count} écriture{} {what} mise{} de côté (solde crédit − débit par compte) : {}{}",
            if count == 1 { "" } else { "s" },
            if count == 1 { "" } else { "s" },
            shown.join(" ; "),
            if self.accounts.len() > 20 {
                " ; …"
            } else {
                ""
            }
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_september_to_august_exercice_is_one() {
        let mut e = None;
        for day in [(2024, 9, 1), (2025, 8, 31), (2025, 1, 15)] {
            Exercice::widen(&mut e, day);
        }
        let e = e.unwrap();
        assert!(e.is_one());
        assert_eq!(e.year(), 2025);
        assert!(e.is_named_by(2024) && e.is_named_by(2025) && !e.is_named_by(2026));
        assert_eq!(
            e.said(),
            "exercice du 01/09/2024 au 31/08/2025, importé pour 2025"
        );
        let two = Exercice {
            first: (2024, 5, 10),
            last: (2025, 7, 2),
        };
        assert!(!two.is_one());
        let leap = |last| Exercice {
            first: (2024, 1, 1),
            last,
        };
        assert!(leap((2024, 12, 31)).is_one());
        assert!(!leap((2025, 1, 1)).is_one());
        assert!(
            Exercice {
                first: (2023, 3, 1),
                last: (2024, 2, 29)
            }
            .is_one()
        );
    }

    #[test]
    fn opening_journals_by_code_or_name_never_by_a_word() {
        assert!(is_opening("AN", "Journal"));
        assert!(is_opening("RAN", ""));
        assert!(is_opening("OD", "À nouveaux"));
        assert!(!is_opening("NV", "Nouveaux adhérents"));
        assert!(!is_opening("BQ", "Banque nouveau compte"));
        assert!(!is_opening("VT", "Prima nouveaux clients"));
        assert!(is_opening("RN", "Report à-nouveau"));
    }
}
