//! « Fichier › Exporter… »: format, content and orientation, then where to write. The files
//! come from the same report renderer as the command line.

use std::path::{Path, PathBuf};

use super::workbook::Workbook;
pub use crate::report::Format;
use crate::report::{Content, Options};

/// The choices of the export window, kept between two exports.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExportChoice {
    pub format: Format,
    pub options: Options,
}

pub fn show(ctx: &egui::Context, wb: &mut Workbook) {
    let lang = wb.lang();
    let mut open = wb.export_open;
    let mut chosen = None;
    egui::Window::new(lang.t("Exporter"))
        .open(&mut open)
        .resizable(false)
        .collapsible(false)
        .show(ctx, |ui| {
            let label = wb
                .doc
                .case
                .snapshots
                .get(wb.selected)
                .map_or(String::new(), |s| s.label.clone());
            ui.label(format!("Rapport de l'instantané « {label} », pour le conseil d'administration ou une présentation."));
            ui.add_space(6.0);
            let choice = &mut wb.export_choice;
            egui::Grid::new("export-choices").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
                ui.label(lang.t("Format"));
                ui.horizontal(|ui| {
                    ui.radio_value(&mut choice.format, Format::Pdf, lang.t("PDF (document imprimable)"));
                    ui.radio_value(&mut choice.format, Format::Png, lang.t("PNG (image pour diaporama)"));
                });
                ui.end_row();
                ui.label(lang.t("Contenu"));
                ui.horizontal(|ui| {
                    ui.radio_value(&mut choice.options.content, Content::All, lang.t("Tout"));
                    ui.radio_value(&mut choice.options.content, Content::Position, "Positionnement");
                    ui.radio_value(&mut choice.options.content, Content::Matrix, "Matrice");
                });
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
                chosen = Some(*choice);
            }
        });
    wb.export_open = open;
    if let Some(choice) = chosen {
        let ext = choice.format.extension();
        let mut dialog = rfd::FileDialog::new()
            .add_filter(ext.to_uppercase(), &[ext])
            .set_file_name(format!("{}.{ext}", wb.export_stem()));
        if let Some(dir) = &wb.settings.last_export_dir {
            dialog = dialog.set_directory(dir);
        }
        if let Some(path) = dialog.save_file() {
            let path = with_extension(path, ext);
            if wb.export_to(&path, choice) {
                wb.export_open = false;
            }
        }
    }
}

fn with_extension(path: PathBuf, ext: &str) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
    {
        path
    } else {
        path.with_extension(ext)
    }
}

/// The folder of an exported file, remembered for the next export.
pub fn folder_of(path: &Path) -> Option<PathBuf> {
    path.parent().map(Path::to_path_buf)
}
