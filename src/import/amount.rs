//! Amounts as accounting programs and spreadsheets write them: French or English decimal sign,
//! spaces or points between thousands (decided once per file), signs, parentheses, D/C suffixes.

use super::error::AmountProblem;

/// How the points of a file's amounts read, decided once for the whole file: as decimal points,
/// or as thousands separators when every amount written with a point (and no comma) has groups
/// of exactly three digits after it (« 2.500 », « 1.250.000 ») — one « 12.50 » says the points
/// are decimal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Points {
    Decimal,
    Thousands,
}

impl Points {
    /// The reading of the amount cells `cells` of one file.
    pub fn of(cells: impl IntoIterator<Item = impl AsRef<str>>) -> Points {
        let mut grouped = false;
        for cell in cells {
            match Points::grouped(cell.as_ref()) {
                Some(false) => return Points::Decimal,
                Some(true) => grouped = true,
                None => {}
            }
        }
        if grouped {
            Points::Thousands
        } else {
            Points::Decimal
        }
    }

    /// Whether the points of `cell` separate groups of three digits (`None` when it has no
    /// point). With a comma too, the last of the two is the decimal sign (« 1.234,56 »,
    /// « 1,234.56 »).
    fn grouped(cell: &str) -> Option<bool> {
        let text = bare(cell);
        let point = text.rfind('.')?;
        if let Some(comma) = text.rfind(',') {
            return Some(point < comma);
        }
        let mut parts = text.split('.');
        let first = parts.next().unwrap_or_default();
        let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
        Some(
            digits(first)
                && first.len() <= 3
                && !first.starts_with('0')
                && parts.all(|p| p.len() == 3 && digits(p)),
        )
    }

    /// The decimal sign of the file in words, when its points separate thousands.
    pub(super) fn said(self, decimal_comma: bool) -> &'static str {
        if decimal_comma {
            "virgule décimale, point séparateur de milliers (« 2.500,00 » = 2 500 €)"
        } else {
            "point séparateur de milliers (tous les montants à point ont trois chiffres après : « 2.500 » = 2 500 €)"
        }
    }
}

/// The figures of an amount cell: no spaces, apostrophes or euro sign, no sign, parentheses or
/// D/C suffix.
fn bare(cell: &str) -> String {
    let text: String = cell
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '€'))
        .collect();
    text.trim_end_matches(['C', 'c', 'D', 'd'])
        .trim_start_matches('(')
        .trim_end_matches(')')
        .trim_start_matches(['-', '\u{2212}'])
        .to_owned()
}

/// A French or English amount: spaces (also non-breaking) between thousands, decimal comma or
/// point, a minus sign or parentheses for negatives, or a D (debit) or C (credit, negative)
/// suffix. Empty is `None`. Also says whether a
/// decimal comma or point was seen.
pub fn parse_amount(cell: &str) -> Result<(Option<f64>, bool, bool), AmountProblem> {
    parse_amount_with(cell, Points::Decimal)
}

/// As [`parse_amount`], the points read as the file's `points` say.
pub fn parse_amount_with(
    cell: &str,
    points: Points,
) -> Result<(Option<f64>, bool, bool), AmountProblem> {
    let mut text: String = cell
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '€'))
        .collect();
    if points == Points::Thousands && !text.contains(',') {
        text.retain(|c| c != '.');
    }
    if text.is_empty() || text == "-" {
        return Ok((None, false, false));
    }
    let mut negative = false;
    // « 1 200,00 D » and « 1 200,00 C »: debit positive, credit negative.
    if let Some(rest) = text.strip_suffix(['C', 'c']) {
        negative = true;
        text = rest.to_owned();
    } else if let Some(rest) = text.strip_suffix(['D', 'd']) {
        text = rest.to_owned();
    }
    if text.starts_with('(') && text.ends_with(')') {
        negative = true;
        text = text[1..text.len() - 1].to_owned();
    }
    for minus in ['-', '\u{2212}'] {
        if let Some(rest) = text.strip_prefix(minus) {
            negative = !negative;
            text = rest.to_owned();
        }
    }
    let (comma, point) = (text.rfind(','), text.rfind('.'));
    let (decimal_comma, decimal_point, normalised) = match (comma, point) {
        (Some(c), Some(p)) if c > p => (true, false, text.replace('.', "").replace(',', ".")),
        (Some(_), Some(_)) => (false, true, text.replace(',', "")),
        (Some(_), None) => (true, false, text.replace(',', ".")),
        (None, Some(_)) => (false, true, text),
        (None, None) => (false, false, text),
    };
    if normalised.matches('.').count() > 1
        || !normalised.chars().all(|c| c.is_ascii_digit() || c == '.')
    {
        return Err(AmountProblem::NotAnAmount);
    }
    let value: f64 = normalised.parse().map_err(|_| AmountProblem::NotAnAmount)?;
    if !value.is_finite() || value > 1e13 {
        return Err(AmountProblem::OutOfRange);
    }
    Ok((
        Some(if negative { -value } else { value }),
        decimal_comma,
        decimal_point,
    ))
}
