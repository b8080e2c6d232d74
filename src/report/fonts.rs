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

/// `text` broken into lines of at most `max` points: at spaces where it can, inside a word
/// longer than a line where it must. Nothing is cut: the lines hold every character.
pub fn wrap(text: &str, size: f32, bold: bool, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0.0;
    let space = width(" ", size, bold);
    for word in text.split_whitespace() {
        let word_width = width(word, size, bold);
        if !line.is_empty() && used + space + word_width <= max {
            line.push(' ');
            line.push_str(word);
            used += space + word_width;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
            used = 0.0;
        }
        if word_width <= max {
            line.push_str(word);
            used = word_width;
            continue;
        }
        // A word longer than a line: broken where it reaches the edge.
        for c in word.chars() {
            let mut buf = [0u8; 4];
            let w = width(c.encode_utf8(&mut buf), size, bold);
            if used + w > max && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                used = 0.0;
            }
            line.push(c);
            used += w;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
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
        let joined: String = lines
            .concat()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let original: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        assert_eq!(joined, original, "nothing lost");
        assert_eq!(wrap("Dons", 9.0, false, 80.0), ["Dons"]);
    }

    #[test]
    fn long_text_is_cut_to_fit() {
        let text = "Subventions publiques (fonctionnement, projet, aides à l'emploi)";
        let cut = fit(text, 9.0, false, 80.0);
        assert!(cut.ends_with('…') && width(&cut, 9.0, false) <= 80.0);
        assert_eq!(fit("Dons", 9.0, false, 80.0), "Dons");
    }
}
