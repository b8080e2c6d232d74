//! « Aide › À propos »: the version and the case-file format it writes and reads (as
//! `--version` says them), the typology in use and its source, and the licence of the bundled
//! font.

use egui::RichText;

use crate::app::view::CaseView;

const FONT_LICENCE: &str = include_str!("../../../assets/fonts/DejaVu-LICENSE.txt");

#[derive(Default)]
pub struct AboutDialog {
    pub open: bool,
}

impl AboutDialog {
    pub fn ui(&mut self, ctx: &egui::Context, view: &CaseView<'_>) {
        let lang = view.lang;
        let mut open = self.open;
        egui::Window::new(view.lang.t("À propos d'Atelier MSE"))
            .open(&mut open)
            .collapsible(false)
            .default_width(520.0)
            .show(ctx, |ui| {
                ui.label(RichText::new("Atelier MSE").heading());
                ui.label(format!("atelier-mse {}", crate::text::version_text(lang)));
                ui.add_space(6.0);
                ui.label(RichText::new(lang.t("Typologie utilisée")).strong());
                ui.label(lang.f(
                    "{} (« {} », version {})",
                    &[
                        &view.typology.name,
                        &view.typology.id,
                        &view.typology.version.to_string(),
                    ],
                ));
                ui.label(RichText::new(lang.f("Source : {}", &[&view.typology.source])).small());
                ui.add_space(6.0);
                ui.label(RichText::new(lang.t("Police des documents exportés")).strong());
                ui.label(lang.t("DejaVu Sans (normale et grasse), sous la licence libre de Bitstream Vera et des polices DejaVu (texte de la licence, en anglais) :"));
                egui::ScrollArea::vertical()
                    .max_height(180.0)
                    .show(ui, |ui| {
                        ui.label(RichText::new(FONT_LICENCE).monospace().small());
                    });
            });
        self.open = open;
    }
}
