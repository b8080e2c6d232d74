//! The colours of the window: the palette shared with the report, and each model's colour
//! from the typology file.

use egui::Color32;

use crate::analysis::Typology;
use crate::palette::Rgb;

pub const fn colour(rgb: Rgb) -> Color32 {
    Color32::from_rgb(rgb[0], rgb[1], rgb[2])
}

/// The colour of model `id` in `typology`; grey for none.
pub fn model_colour(typology: &Typology, id: Option<&str>) -> Color32 {
    id.and_then(|id| typology.model(id))
        .map_or(Color32::GRAY, |m| colour(m.rgb()))
}

/// Black or white, whichever reads better on `background`.
pub fn text_on(background: Color32) -> Color32 {
    let luminance = 0.299 * f32::from(background.r())
        + 0.587 * f32::from(background.g())
        + 0.114 * f32::from(background.b());
    if luminance > 150.0 {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}
