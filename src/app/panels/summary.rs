//! The summary strip: the key figures a consultant quotes, always in view and updated as one
//! types, then the model badge and the qualifiers. Money and valued contributions are shown
//! side by side, never a single total alone.

use egui::RichText;

use crate::analysis::key_figures;
use crate::app::view::CaseView;
use crate::app::widgets::badge::model_badge_ui;

pub fn summary_ui(ui: &mut egui::Ui, view: &CaseView<'_>) {
    let lang = view.lang;
    let Some(analysis) = view.analysis() else {
        ui.label(lang.t("Aucun instantané"));
        return;
    };
    ui.add_space(2.0);
    ui.horizontal_wrapped(|ui| {
        for figure in key_figures(&analysis.totals) {
            ui.vertical(|ui| {
                ui.label(RichText::new(lang.t(figure.label)).small().weak());
                ui.label(RichText::new(&figure.value).strong());
            });
            ui.add_space(10.0);
        }
        ui.separator();
        model_badge_ui(ui, (view.typology, view.lang), &analysis.classification);
        for q in &analysis.qualifiers {
            ui.label(
                RichText::new(q.label)
                    .small()
                    .background_color(ui.visuals().faint_bg_color),
            )
            .on_hover_text(crate::text::qualifier_detail(&q.detail, view.lang));
        }
    });
    ui.add_space(2.0);
}
