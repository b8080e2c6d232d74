//! The shapes of FEC the tax administration's checker (DGFiP « Test-Compta-Demat ») accepts:
//! separator tab, `|`, `;` or `,` (a trailing one too); « Debit » and « Credit » or « Montant »
//! and « Sens »; 18 columns, a 19th some programs add, or the 22 of the BNC/BA regimes (DateRglt,
//! ModeRglt, NatOp, IdClient); header names in any case, with or without accents; dates
//! AAAAMMJJ or JJ/MM/AAAA (`/`, `-` or `.`), a time after; amounts with a trailing sign.

use super::error::AccountsProblem;
use super::fold::fold;

/// The 18 columns, in their order (« Debit » and « Credit » may be « Montant » and « Sens »).
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

/// The four columns the BNC and BA regimes add.
const REGIME_COLUMNS: [&str; 4] = ["DateRglt", "ModeRglt", "NatOp", "IdClient"];

/// Where the amounts of a line are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Amounts {
    /// « Debit » (column 12) and « Credit » (13).
    DebitCredit,
    /// « Montant » (column 12) and « Sens » (13): `D`/`C` or `+1`/`-1`.
    AmountSense,
}

/// What the header says of the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    pub separator: char,
    pub separator_name: &'static str,
    /// Columns of the header (a trailing separator not counted).
    pub columns: usize,
    /// Lines end with a separator.
    pub trailing: bool,
    pub amounts: Amounts,
}

impl Layout {
    /// « FEC (Montant/Sens), 22 colonnes (BNC/BA) ».
    pub fn said(&self) -> String {
        format!(
            "FEC ({}), {} colonnes{}{}",
            match self.amounts {
                Amounts::DebitCredit => "Débit/Crédit",
                Amounts::AmountSense => "Montant/Sens",
            },
            self.columns,
            if self.columns == 22 { " (BNC/BA)" } else { "" },
            if self.trailing {
                ", séparateur en fin de ligne"
            } else {
                ""
            }
        )
    }

    /// The fields of a line, or how many it has when they are not the header's.
    pub fn fields<'a>(&self, line: &'a str) -> Result<Vec<&'a str>, usize> {
        let mut fields: Vec<&str> = line.split(self.separator).collect();
        if fields.len() == self.columns + 1 && fields.last().is_some_and(|f| f.trim().is_empty()) {
            fields.pop();
        }
        if fields.len() == self.columns {
            Ok(fields)
        } else {
            Err(fields.len())
        }
    }
}

/// A header name as compared: lower case, no accents, letters and digits only.
fn plain(name: &str) -> String {
    fold(name)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// Reads the header line; a header that is none of the accepted ones is refused naming the
/// column and what was expected there.
pub fn layout(header: &str) -> Result<Layout, AccountsProblem> {
    let separator = ['\t', '|', ';', ',']
        .into_iter()
        .max_by_key(|s| header.matches(*s).count())
        .unwrap_or('\t');
    let separator_name = match separator {
        '\t' => super::TAB_NAME,
        '|' => "|",
        ';' => ";",
        _ => ",",
    };
    let mut fields: Vec<&str> = header.split(separator).map(str::trim).collect();
    let trailing = fields.len() > 1 && fields.last().is_some_and(|f| f.is_empty());
    if trailing {
        fields.pop();
    }
    if !(COLUMNS.len()..=COLUMNS.len() + REGIME_COLUMNS.len()).contains(&fields.len()) {
        return Err(AccountsProblem::FecHeaderWidth {
            found: fields.len(),
        });
    }
    let mut amounts = Amounts::DebitCredit;
    for (i, (found, expected)) in fields.iter().zip(COLUMNS).enumerate() {
        let plain_found = plain(found);
        let ok = match (i, plain_found.as_str()) {
            (11, "montant") => {
                amounts = Amounts::AmountSense;
                true
            }
            (12, "sens") => amounts == Amounts::AmountSense,
            (12, "credit") => amounts == Amounts::DebitCredit,
            _ => plain_found == plain(expected),
        };
        if !ok {
            let expected = match (i, amounts) {
                (11, _) => vec!["Debit", "Montant"],
                (12, Amounts::AmountSense) => vec!["Sens"],
                _ => vec![expected],
            };
            return Err(AccountsProblem::FecHeaderName {
                column: i + 1,
                found: (*found).to_owned(),
                expected,
                regime: false,
            });
        }
    }
    // The four columns of the BNC/BA regimes, when there are 22.
    if fields.len() == COLUMNS.len() + REGIME_COLUMNS.len() {
        for (i, (found, expected)) in fields
            .iter()
            .skip(COLUMNS.len())
            .zip(REGIME_COLUMNS)
            .enumerate()
        {
            if plain(found) != plain(expected) {
                return Err(AccountsProblem::FecHeaderName {
                    column: i + COLUMNS.len() + 1,
                    found: (*found).to_owned(),
                    expected: vec![expected],
                    regime: true,
                });
            }
        }
    }
    Ok(Layout {
        separator,
        separator_name,
        columns: fields.len(),
        trailing,
        amounts,
    })
}

/// The date of a FEC cell: AAAAMMJJ, or JJ/MM/AAAA, JJ-MM-AAAA, JJ.MM.AAAA, a time after it
/// ignored.
pub fn date(text: &str) -> Option<(i32, u32, u32)> {
    let day = text.trim().split([' ', 'T']).next()?;
    let (year, month, d) = if day.len() == 8 && day.bytes().all(|b| b.is_ascii_digit()) {
        (day.get(..4)?, day.get(4..6)?, day.get(6..)?)
    } else {
        let parts: Vec<&str> = day.split(['/', '-', '.']).collect();
        match parts.as_slice() {
            [d, m, y] if y.len() == 4 => (*y, *m, *d),
            _ => return None,
        }
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(year) && digits(month) && digits(d)) {
        return None;
    }
    let (year, month, d) = (
        year.parse::<i32>().ok()?,
        month.parse::<u32>().ok()?,
        d.parse::<u32>().ok()?,
    );
    ((1..=12).contains(&month) && (1..=31).contains(&d)).then_some((year, month, d))
}

/// « Sens »: whether the amount is a debit (`D`, `+1`) or a credit (`C`, `-1`).
pub fn is_debit(sense: &str) -> Option<bool> {
    match plain(sense).as_str() {
        "d" | "debit" | "1" if !sense.trim().starts_with('-') => Some(true),
        "c" | "credit" => Some(false),
        "1" => Some(false),
        _ => None,
    }
}

/// An amount cell with its sign written after it (« 150,00- ») or a leading « + », as the
/// amount reader reads it.
pub fn signed_first(cell: &str) -> std::borrow::Cow<'_, str> {
    let cell = cell.trim();
    let cell = cell.strip_prefix('+').unwrap_or(cell);
    if let Some(rest) = cell.strip_suffix('-') {
        format!("-{rest}").into()
    } else {
        cell.strip_suffix('+').unwrap_or(cell).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_every_accepted_writing() {
        for text in [
            "20250320",
            "20/03/2025",
            "20-03-2025",
            "20.03.2025",
            "20250320 00:00:00",
            "20/03/2025 14:05",
        ] {
            assert_eq!(date(text), Some((2025, 3, 20)), "{text}");
        }
        for text in [
            "2025320",
            "2025-03-20",
            "32/03/2025",
            "20/13/2025",
            "mars 2025",
            "",
        ] {
            assert_eq!(date(text), None, "{text}");
        }
    }

    #[test]
    fn senses_and_signs() {
        assert_eq!(is_debit("D"), Some(true));
        assert_eq!(is_debit("+1"), Some(true));
        assert_eq!(is_debit("c"), Some(false));
        assert_eq!(is_debit("-1"), Some(false));
        assert_eq!(is_debit("X"), None);
        assert_eq!(signed_first("150,00-"), "-150,00");
        assert_eq!(signed_first("+150,00"), "150,00");
    }

    #[test]
    fn header_names_in_any_case_and_accents() {
        let header = "journalcode;JOURNALLIB;EcritureNum;EcritureDate;CompteNum;CompteLib;CompAuxNum;CompAuxLib;PieceRef;PieceDate;EcritureLib;Montant;Sens;EcritureLet;DateLet;ValidDate;Montantdevise;Idevise;";
        let l = layout(header).unwrap();
        assert_eq!(
            (l.separator, l.columns, l.trailing, l.amounts),
            (';', 18, true, Amounts::AmountSense)
        );
        let accents = header.replace("Montant;Sens", "Débit;Crédit");
        assert_eq!(layout(&accents).unwrap().amounts, Amounts::DebitCredit);
    }
}
