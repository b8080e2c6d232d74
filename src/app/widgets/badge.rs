//! The model badge: the position on the typology as a coloured label with its confidence,
//! the same in the summary strip and the position view.

use egui::RichText;

use super::colours::{model_colour, text_on};
use crate::analysis::{Classification, Typology};
use crate::text::Lang;

pub fn model_badge_ui(ui: &mut egui::Ui, (typology, lang): (&Typology, Lang), c: &Classification) {
    let colour = model_colour(typology, c.model.as_deref());
    let text = RichText::new(format!(" {} ", crate::text::headline(c, lang)))
        .strong()
        .color(text_on(colour))
        .background_color(colour);
    // Whole or on the next line; wrapped only where it is wider than the room itself.
    let label = if ui.available_width() < 200.0 {
        egui::Label::new(text).wrap()
    } else {
        egui::Label::new(text).extend()
    };
    ui.add(label)
        .on_hover_text(crate::text::reasons(c, lang).join("\n"));
}
