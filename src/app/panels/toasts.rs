//! The message lines at the bottom of the window: errors in French, what the last action did,
//! and where the last export went. Each line can be dismissed; none moves the screen above it.

use std::path::PathBuf;

use crate::app::i18n::Lang;

#[derive(Default)]
pub struct Toasts {
    /// Errors and refusals, newest last.
    pub errors: Vec<String>,
    /// What the last action did, when it is worth saying (not an error).
    pub notice: Option<String>,
    /// What the last export wrote, shown until the next one.
    pub last_export: Option<PathBuf>,
}

impl Toasts {
    pub fn error(&mut self, message: impl Into<String>) {
        self.errors.push(message.into());
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty() && self.notice.is_none() && self.last_export.is_none()
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang) {
        let plain = ui.visuals().text_color();
        if let Some(notice) = &self.notice
            && dismissible_ui(ui, lang, notice, plain)
        {
            self.notice = None;
        }
        if let Some(path) = &self.last_export
            && dismissible_ui(
                ui,
                lang,
                &lang.f("Exporté : {}", &[&path.display().to_string()]),
                plain,
            )
        {
            self.last_export = None;
        }
        let error = ui.visuals().error_fg_color;
        let dismissed = self
            .errors
            .iter()
            .enumerate()
            .fold(None, |dismissed, (index, message)| {
                dismissible_ui(ui, lang, message, error)
                    .then_some(index)
                    .or(dismissed)
            });
        if let Some(index) = dismissed {
            self.errors.remove(index);
        }
    }
}

/// A line with its close button; returns whether it was closed.
fn dismissible_ui(ui: &mut egui::Ui, lang: Lang, text: &str, colour: egui::Color32) -> bool {
    ui.horizontal_wrapped(|ui| {
        let close = ui
            .small_button("✖")
            .on_hover_text(lang.t("Fermer"))
            .clicked();
        ui.colored_label(colour, text);
        close
    })
    .inner
}
