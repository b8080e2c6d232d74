//! The summary strip: the figures a consultant quotes, always in view and updated as one types.
//! Money and valued contributions are shown side by side, never a single total alone.

use egui::{Color32, RichText};

use super::workbook::Workbook;
use crate::format::{euros_whole, percent, quantity};

pub fn ui(ui: &mut egui::Ui, wb: &Workbook) {
    let lang = wb.lang();
    let Some(analysis) = wb.analysis() else {
        ui.label(lang.t("Aucun instantané"));
        return;
    };
    let t = &analysis.totals;
    ui.add_space(2.0);
    ui.horizontal_wrapped(|ui| {
        figure(ui, "Budget monétaire", &euros_whole(t.monetary_budget));
        figure(
            ui,
            "Contributions valorisées",
            &euros_whole(t.valued_contributions),
        );
        figure(
            ui,
            "Budget valorisé",
            &format!(
                "{} (dont {} valorisées)",
                euros_whole(t.valued_budget),
                percent(t.valued_share)
            ),
        );
        figure(ui, lang.t("ETP salariés"), &quantity(t.salaried_etp));
        figure(ui, lang.t("Heures bénévoles"), &quantity(t.volunteer_hours));
        figure(ui, lang.t("Partenaires"), &t.partners.to_string());
        ui.separator();
        model_badge(ui, wb, &analysis.classification);
        for q in &analysis.qualifiers {
            ui.label(
                RichText::new(q.label)
                    .small()
                    .background_color(ui.visuals().faint_bg_color),
            )
            .on_hover_text(&q.detail);
        }
    });
    ui.add_space(2.0);
}

fn figure(ui: &mut egui::Ui, label: &str, value: &str) {
    ui.vertical(|ui| {
        ui.label(RichText::new(label).small().weak());
        ui.label(RichText::new(value).strong());
    });
    ui.add_space(10.0);
}

/// The current model as a coloured badge with its confidence.
pub fn model_badge(ui: &mut egui::Ui, wb: &Workbook, c: &crate::analysis::Classification) {
    let colour = c
        .model
        .as_deref()
        .and_then(|id| wb.typology.model(id))
        .map_or(Color32::GRAY, |m| {
            let [r, g, b] = m.rgb();
            Color32::from_rgb(r, g, b)
        });
    let confidence = c.confidence.map_or(String::new(), |conf| {
        format!(" · confiance {}", conf.label())
    });
    let text = RichText::new(format!(" {}{confidence} ", c.label))
        .strong()
        .color(text_on(colour))
        .background_color(colour);
    ui.label(text).on_hover_text(c.explanation.join("\n"));
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
