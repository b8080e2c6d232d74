//! The fonts of the exported documents (DejaVu Sans, regular and bold, in `assets/fonts/`):
//! the same bytes measure the text for the layout, draw it in the PNG and are embedded, subset,
//! in the PDF, so that both show the same lines in the same places.

use std::sync::OnceLock;

use ab_glyph::{Font, FontRef, PxScale, ScaleFont};

pub const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
pub const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// The parsed font; `None` only if the embedded file were broken (caught by the tests).
pub fn font(bold: bool) -> Option<&'static FontRef<'static>> {
    static FONTS: OnceLock<(Option<FontRef<'static>>, Option<FontRef<'static>>)> = OnceLock::new();
    let (regular, bold_font) = FONTS.get_or_init(|| {
        (
            FontRef::try_from_slice(REGULAR).ok(),
            FontRef::try_from_slice(BOLD).ok(),
        )
    });
    if bold {
        bold_font.as_ref()
    } else {
        regular.as_ref()
    }
}

/// The ab_glyph scale of a font size: ab_glyph scales the font's height (ascent to descent),
/// PDF and print scale its em square.
pub fn scale(font: &FontRef<'_>, size: f32) -> PxScale {
    let em = font.units_per_em().unwrap_or(2048.0);
    PxScale::from(size * font.height_unscaled() / em)
}

/// Width of `text` at `size` points.
pub fn width(text: &str, size: f32, bold: bool) -> f32 {
    let Some(font) = font(bold) else {
        return text.chars().count() as f32 * size * 0.55;
    };
    let scaled = font.as_scaled(scale(font, size));
    text.chars()
        .map(|c| scaled.h_advance(font.glyph_id(c)))
        .sum()
}

/// `text` cut with « … » so that it fits in `max` points. Each character is measured once,
/// so that a text of 100 000 characters costs what it weighs.
pub fn fit(text: &str, size: f32, bold: bool, max: f32) -> String {
    if width(text, size, bold) <= max {
        return text.to_owned();
    }
    let room = max - width("…", size, bold);
    let mut used = 0.0;
    let mut end = 0;
    for (at, c) in text.char_indices() {
        let mut buf = [0u8; 4];
        used += width(c.encode_utf8(&mut buf), size, bold);
        if used > room {
            break;
        }
        end = at + c.len_utf8();
    }
    format!("{}…", text.get(..end).unwrap_or_default().trim_end())
}

/// `text` broken into lines of at most `max` points: at spaces where it can (never at the
/// no-break spaces inside « 1 260 h » or « 100 % »), after a hyphen inside a compound word
/// (« Saint-Michel- / sur-Orge »), and inside a word longer than a line only where it must,
/// with a hyphen to show the cut. Nothing is lost: the lines hold every character.
pub fn wrap(text: &str, size: f32, bold: bool, max: f32) -> Vec<String> {
    let measure = |t: &str| width(t, size, bold);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0.0;
    let space = measure(" ");
    for word in text.split(breaking_space).filter(|w| !w.is_empty()) {
        // The parts a compound word may be broken into, each ending with its hyphen.
        for (index, part) in word.split_inclusive('-').enumerate() {
            let part_width = measure(part);
            let gap = if index == 0 && !line.is_empty() {
                space
            } else {
                0.0
            };
            if !line.is_empty() && used + gap + part_width <= max {
                if gap > 0.0 {
                    line.push(' ');
                }
                line.push_str(part);
                used += gap + part_width;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                used = 0.0;
            }
            if part_width <= max {
                line.push_str(part);
                used = part_width;
                continue;
            }
            // Longer than a line: cut where it reaches the edge, the cut shown by a hyphen.
            let mark = measure("-");
            let mut chars = part.chars().peekable();
            while let Some(c) = chars.next() {
                let mut buf = [0u8; 4];
                let w = measure(c.encode_utf8(&mut buf));
                let last = chars.peek().is_none();
                let room = if last { max } else { max - mark };
                if used + w > room && !line.is_empty() {
                    line.push('-');
                    lines.push(std::mem::take(&mut line));
                    used = 0.0;
                }
                line.push(c);
                used += w;
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// A space a line may break at: not the no-break spaces of numbers and units.
fn breaking_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_fonts_parse_and_cover_french_text() {
        for bold in [false, true] {
            let f = font(bold).expect("font parses");
            for c in "éèêàçôûœÉ«»€…–—’".chars() {
                assert_ne!(
                    f.glyph_id(c).0,
                    0,
                    "{c} in {}",
                    if bold { "bold" } else { "regular" }
                );
            }
        }
    }

    #[test]
    fn wrapped_text_keeps_every_word_within_the_width() {
        let text = "Subventions publiques (fonctionnement, projet, aides à l'emploi) Anticonstitutionnellementextraordinaire";
        let lines = wrap(text, 9.0, false, 80.0);
        assert!(lines.len() > 2);
        for line in &lines {
            assert!(width(line, 9.0, false) <= 80.0 + 0.01, "{line}");
        }
        // Every character kept; the only ones added are the hyphens that show a cut.
        let kept = |t: &str| -> String {
            t.chars()
                .filter(|c| !c.is_whitespace() && *c != '-')
                .collect()
        };
        assert_eq!(kept(&lines.concat()), kept(text), "nothing lost");
        assert_eq!(wrap("Dons", 9.0, false, 80.0), ["Dons"]);
    }

    #[test]
    fn long_text_is_cut_to_fit() {
        let text = "Subventions publiques (fonctionnement, projet, aides à l'emploi)";
        let cut = fit(text, 9.0, false, 80.0);
        assert!(cut.ends_with('…') && width(&cut, 9.0, false) <= 80.0);
        assert_eq!(fit("Dons", 9.0, false, 80.0), "Dons");
    }

    #[test]
    fn numbers_and_compound_words_are_never_broken_inside_themselves() {
        let number = "1\u{a0}260\u{a0}h";
        let width_of = |t: &str| width(t, 9.0, false);
        // Room for the number and a little more: it stays whole.
        let lines = wrap(
            &format!("Animateurs {number} et 100\u{a0}%"),
            9.0,
            false,
            width_of(number) + 2.0,
        );
        assert!(lines.iter().any(|l| l.contains(number)), "{lines:?}");
        assert!(lines.iter().any(|l| l.contains("100\u{a0}%")), "{lines:?}");
        // A compound word breaks after its hyphens.
        let town = "Saint-Michel-sur-Orge";
        let lines = wrap(town, 9.0, false, width_of("Saint-Michel-"));
        assert_eq!(lines, vec!["Saint-Michel-", "sur-Orge"]);
        // A word longer than a line is cut with a hyphen, and nothing is lost.
        let word = "Adhérents-consommateurs";
        let lines = wrap(word, 9.0, false, width_of("consom"));
        assert!(
            lines.iter().take(lines.len() - 1).all(|l| l.ends_with('-')),
            "{lines:?}"
        );
        let joined: String = lines.iter().map(|l| l.trim_end_matches('-')).collect();
        assert_eq!(joined.replace('-', ""), word.replace('-', ""));
        assert!(
            lines
                .iter()
                .all(|l| width_of(l) <= width_of("consom") + 0.01),
            "{lines:?}"
        );
    }
}
