//! « Fichier › Exporter… »: format, content (with the session report), orientation and another
//! snapshot to set beside it, then where to write. The files
//! come from the same report renderer as the command line.

use crate::app::command::Command;
use crate::app::view::CaseView;
pub use crate::report::Format;
use crate::report::{Content, Options};

/// The choices of the export window, kept between two exports.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExportChoice {
    pub format: Format,
    pub options: Options,
}

#[derive(Default)]
pub struct ExportDialog {
    pub open: bool,
    pub choice: ExportChoice,
}

impl ExportDialog {
    pub fn ui(&mut self, ctx: &egui::Context, view: &CaseView<'_>, commands: &mut Vec<Command>) {
        let lang = view.lang;
        let mut open = self.open;
        let choice = &mut self.choice;
        egui::Window::new(lang.t("Exporter"))
            .open(&mut open)
            .resizable(false)
            .collapsible(false)
            .show(ctx, |ui| {
                let label = view.snapshot().map_or(String::new(), |s| s.label.clone());
                ui.label(lang.f("Rapport de l'instantané « {} », pour le conseil d'administration ou une présentation.", &[&label]));
                ui.add_space(6.0);
                egui::Grid::new("export-choices").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
                    ui.label(lang.t("Format"));
                    ui.horizontal(|ui| {
                        ui.radio_value(&mut choice.format, Format::Pdf, lang.t("PDF (document imprimable)"));
                        ui.radio_value(&mut choice.format, Format::Png, lang.t("PNG (image pour diaporama)"));
                        ui.radio_value(&mut choice.format, Format::Slide, lang.t("Diapositive 16:9"))
                            .on_hover_text(lang.t("Image 1920 × 1080 en grands caractères : le positionnement, les scénarios, ou la comparaison avec l'instantané choisi"));
                        ui.radio_value(&mut choice.format, Format::Xlsx, lang.t("Classeur Excel"))
                            .on_hover_text(lang.t("Tout le dossier : une feuille par instantané, sous-totaux en formules, chiffres clés, scénarios"));
                    });
                    ui.end_row();
                    ui.label(lang.t("Contenu"));
                    ui.horizontal(|ui| {
                        ui.radio_value(&mut choice.options.content, Content::All, lang.t("Tout"));
                        ui.radio_value(&mut choice.options.content, Content::Position, lang.t("Positionnement"));
                        ui.radio_value(&mut choice.options.content, Content::Matrix, lang.t("Matrice"));
                        ui.radio_value(&mut choice.options.content, Content::Report, lang.t("Compte rendu de séance"));
                        ui.radio_value(&mut choice.options.content, Content::Scenarios, lang.t("Scénarios"));
                        ui.radio_value(&mut choice.options.content, Content::Autodiagnostic, lang.t("Autodiagnostic"));
                    });
                    ui.end_row();
                    // Another snapshot side by side: figures, change per line, both on the maps.
                    let against = ui.label(lang.t("Comparer avec"));
                    let none = lang.t("aucun autre instantané");
                    if choice.options.against.as_deref().is_some_and(|a| view.case.snapshot(a).is_none() || a == label) {
                        choice.options.against = None;
                    }
                    let shown = choice.options.against.clone().unwrap_or_else(|| none.to_owned());
                    egui::ComboBox::from_id_salt("export-against")
                        .selected_text(shown)
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut choice.options.against, None, none);
                            for s in view.case.snapshots.iter().filter(|s| s.label != label) {
                                ui.selectable_value(&mut choice.options.against, Some(s.label.clone()), &s.label);
                            }
                        })
                        .response
                        .labelled_by(against.id);
                    ui.end_row();
                    ui.label(lang.t("Orientation"));
                    ui.horizontal(|ui| {
                        ui.radio_value(&mut choice.options.landscape, false, lang.t("Portrait (A4)"));
                        ui.radio_value(&mut choice.options.landscape, true, lang.t("Paysage (A4)"));
                    });
                    ui.end_row();
                });
                ui.add_space(6.0);
                if ui.button(lang.t("Choisir le fichier et exporter…")).clicked() {
                    // The reference chosen in the side panel goes into the document too.
                    let mut choice = choice.clone();
                    choice.options.reference = view.reference.cloned();
                    commands.push(Command::ExportWith(choice));
                }
            });
        self.open = open;
    }
}
