//! Numbers as French readers expect them: « 12 500,50 € », « 45 % », « 1,5 ETP ».
//! Thousands are separated by a no-break space so that a figure never breaks across lines.

/// The thousands separator (no-break space).
pub const THOUSANDS: char = '\u{a0}';

/// `value` with `decimals` digits, French separators.
pub fn number(value: f64, decimals: usize) -> String {
    let value = if value.is_finite() { value } else { 0.0 };
    let text = format!("{:.*}", decimals, value.abs());
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let mut grouped = String::new();
    for (i, digit) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            grouped.push(THOUSANDS);
        }
        grouped.push(digit);
    }
    let negative = value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0');
    let sign = if negative { "-" } else { "" };
    if frac_part.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{frac_part}")
    }
}

/// An amount in euros: cents only when there are some (« 12 500 € », « 12 500,50 € »).
pub fn euros(value: f64) -> String {
    let cents = (value * 100.0).round() as i64;
    let decimals = if cents % 100 == 0 { 0 } else { 2 };
    format!("{}{THOUSANDS}€", number(value, decimals))
}

/// A computed total, rounded to the euro (« 67 385 € »): cents of a valuation are noise.
pub fn euros_whole(value: f64) -> String {
    format!("{}{THOUSANDS}€", number(value, 0))
}

/// The minus sign of a change read by people (« −300 € » beside « −20 % »), not the hyphen.
pub const MINUS: char = '\u{2212}';

/// A signed change in euros (« +1 200 € », « −300 € »).
pub fn euros_change(value: f64) -> String {
    let text = euros(value);
    if value > 0.0 {
        format!("+{text}")
    } else if let Some(magnitude) = text.strip_prefix('-') {
        format!("{MINUS}{magnitude}")
    } else {
        text
    }
}

/// A share in [0, 1] as a whole percentage (« 45 % »).
pub fn percent(share: f64) -> String {
    format!("{}{THOUSANDS}%", number(share * 100.0, 0))
}

/// A quantity with at most one decimal (« 1 607 », « 2,5 »).
pub fn quantity(value: f64) -> String {
    if (value - value.round()).abs() < 0.05 {
        number(value, 0)
    } else {
        number(value, 1)
    }
}

/// `text` with no-break spaces where French typography wants them (before « ? ! : ; » and
/// inside « »), so that a line never starts with an orphan « ? » or « ».
pub fn french_spacing(text: &str) -> String {
    let mut out = text.to_owned();
    for (from, to) in [
        (" ?", "\u{a0}?"),
        (" !", "\u{a0}!"),
        (" :", "\u{a0}:"),
        (" ;", "\u{a0};"),
        (" »", "\u{a0}»"),
        ("« ", "«\u{a0}"),
    ] {
        out = out.replace(from, to);
    }
    out
}

/// Why a typed text is not a number: empty, or the text (trimmed) that is not one. Worded by
/// the text floor (`text::number_refusal`, French for `Display`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NumberError {
    Empty,
    NotANumber(String),
}

/// Reads a number typed the French or the English way: « 12 500,50 », « 12500.5 »,
/// « 12 500 € »; why not when it is not a finite number. Whether it is a usable amount (not
/// negative, not too large) is the model's rule (`model::number_problem`).
pub fn parse_amount(text: &str) -> Result<f64, NumberError> {
    if cleaned(text).is_empty() {
        return Err(NumberError::Empty);
    }
    parse_number(text).ok_or_else(|| NumberError::NotANumber(text.trim().to_owned()))
}

/// A change typed the French or the English way, either sign: « -12 000 », « +1 234,5 € »;
/// `None` when it is not a finite number within a thousand billion.
pub fn parse_change(text: &str) -> Option<f64> {
    parse_number(text).filter(|v| v.abs() <= 1e12)
}

/// Any finite number typed the French or the English way, either sign, whatever its size: the
/// caller bounds it and says why.
pub fn parse_number(text: &str) -> Option<f64> {
    let value: f64 = cleaned(text).parse().ok()?;
    value.is_finite().then_some(value)
}

/// `text` on one line: its line breaks (line feed, carriage return, vertical tab, form feed,
/// NEL, the Unicode line and paragraph separators) written as escapes (`\u{a}`), so that a name
/// can never start a line of its own in an output read line by line (`check`, `analyse`…).
pub fn one_line(text: &str) -> std::borrow::Cow<'_, str> {
    let breaks = |c: char| {
        matches!(
            c,
            '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
        )
    };
    if !text.chars().any(breaks) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        text.chars()
            .map(|c| {
                if breaks(c) {
                    c.escape_unicode().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

/// `text` without spaces or the euro sign, its decimal comma a point.
fn cleaned(text: &str) -> String {
    text.trim()
        .trim_end_matches('€')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}')
        .map(|c| match c {
            ',' => '.',
            // A change as the app shows it (« −12 000 ») reads back.
            MINUS => '-',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn euros_use_french_separators() {
        assert_eq!(euros(12500.5), "12\u{a0}500,50\u{a0}€");
        assert_eq!(euros(8000.0), "8\u{a0}000\u{a0}€");
        assert_eq!(euros(0.0), "0\u{a0}€");
        assert_eq!(
            euros(1_400_000_000.0),
            "1\u{a0}400\u{a0}000\u{a0}000\u{a0}€"
        );
        assert_eq!(euros(999.0), "999\u{a0}€");
        assert_eq!(euros_whole(67_384.93), "67\u{a0}385\u{a0}€");
        assert_eq!(euros_change(-300.0), "\u{2212}300\u{a0}€");
        assert_eq!(parse_change("\u{2212}300 €"), Some(-300.0));
        assert_eq!(euros_change(-0.001), "0\u{a0}€");
        assert_eq!(euros_change(1200.0), "+1\u{a0}200\u{a0}€");
    }

    #[test]
    fn punctuation_never_starts_a_line() {
        assert_eq!(
            french_spacing("« Club » : les enregistrer ?"),
            "«\u{a0}Club\u{a0}»\u{a0}: les enregistrer\u{a0}?"
        );
    }

    #[test]
    fn percent_and_quantities() {
        assert_eq!(percent(0.45), "45\u{a0}%");
        assert_eq!(percent(1.0), "100\u{a0}%");
        assert_eq!(quantity(1607.0), "1\u{a0}607");
        assert_eq!(quantity(2.5), "2,5");
        assert_eq!(number(-0.0001, 2), "0,00");
    }

    #[test]
    fn line_breaks_in_a_name_are_written_as_escapes() {
        assert_eq!(one_line("Club"), "Club");
        assert_eq!(
            one_line("a\nb\rc\u{2028}d\u{85}e"),
            "a\\u{a}b\\u{d}c\\u{2028}d\\u{85}e"
        );
    }

    #[test]
    fn amounts_typed_either_way_parse() {
        assert_eq!(parse_amount("12 500,50"), Ok(12500.5));
        assert_eq!(parse_amount("12500.5"), Ok(12500.5));
        assert_eq!(parse_amount("12\u{a0}500 €"), Ok(12500.0));
        assert_eq!(
            parse_amount(" douze "),
            Err(NumberError::NotANumber("douze".to_owned()))
        );
        assert_eq!(parse_amount("-5"), Ok(-5.0));
        assert!(parse_amount("").is_err());
        assert!(parse_amount("NaN").is_err());
    }
}
