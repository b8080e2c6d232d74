//! Fonts: egui's own font lacks a few symbols the interface uses (▲ ▼ ★ ✎ ⚠ ■). DejaVu Sans
//! (free licence, `assets/fonts/DejaVu-LICENSE.txt`) is added as a fallback, so that they
//! show on every machine, with or without system fonts.

use egui::{FontData, FontFamily, FontInsert, FontPriority, InsertFontFamily};

pub const DEJAVU_SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// Adds the fallback font; cheap to call again (egui ignores a font it already has).
pub fn install(ctx: &egui::Context) {
    ctx.add_font(FontInsert {
        name: "DejaVuSans".to_owned(),
        data: FontData::from_static(DEJAVU_SANS),
        families: [FontFamily::Proportional, FontFamily::Monospace]
            .into_iter()
            .map(|family| InsertFontFamily {
                family,
                priority: FontPriority::Lowest,
            })
            .collect(),
    });
}
