//! The valuation settings window: hourly rates per category with their method, year and source,
//! the coefficient, and the hours of an ETP, a day and a month. Stored in the case file.

use egui::Id;

use super::matrix::optional_number;
use super::workbook::Workbook;

pub fn show(ctx: &egui::Context, wb: &mut Workbook) {
    let lang = wb.lang();
    let mut open = wb.valuation_open;
    egui::Window::new(lang.t("Réglages de valorisation"))
        .open(&mut open)
        .resizable(false)
        .collapsible(false)
        .show(ctx, |ui| {
            ui.label(lang.t("Contributions volontaires en nature : méthode, taux et sources, enregistrés dans le dossier."));
            ui.add_space(4.0);
            let v = &mut wb.doc.case.valuation;
            egui::Grid::new("rates").striped(true).spacing([8.0, 4.0]).show(ui, |ui| {
                for header in [lang.t("Catégorie"), "Taux horaire €", lang.t("Méthode"), lang.t("Année"), lang.t("Source")] {
                    ui.label(egui::RichText::new(header).strong());
                }
                ui.end_row();
                for (index, rate) in v.rates.iter_mut().enumerate() {
                    let category = rate.category.label();
                    ui.label(category);
                    let mut value = Some(rate.rate);
                    let name = format!("Taux horaire — {category}");
                    if optional_number(ui, &mut wb.edits, (Id::unique(("rate", index)), &name), &mut value, 70.0).changed()
                        && let Some(value) = value
                    {
                        rate.rate = value;
                    }
                    ui.add(egui::TextEdit::singleline(&mut rate.basis).desired_width(220.0))
                        .accessible_name(format!("Méthode — {category}"));
                    ui.add(egui::DragValue::new(&mut rate.year).range(1990..=2100))
                        .accessible_name(format!("Année — {category}"));
                    ui.add(egui::TextEdit::singleline(&mut rate.source).desired_width(200.0))
                        .accessible_name(format!("Source — {category}"));
                    ui.end_row();
                }
            });
            ui.add_space(6.0);
            egui::Grid::new("valuation-factors").spacing([8.0, 4.0]).show(ui, |ui| {
                for (index, (label, value)) in [
                    (lang.t("Coefficient"), &mut v.coefficient),
                    (lang.t("Heures par ETP"), &mut v.hours_per_etp),
                    (lang.t("Heures par jour"), &mut v.hours_per_day),
                    (lang.t("Heures par mois"), &mut v.hours_per_month),
                ]
                .into_iter()
                .enumerate()
                {
                    ui.label(label);
                    let mut current = Some(*value);
                    if optional_number(ui, &mut wb.edits, (Id::unique(("factor", index)), label), &mut current, 70.0).changed()
                        && let Some(current) = current
                    {
                        *value = current;
                    }
                    ui.end_row();
                }
            });
            ui.horizontal(|ui| {
                let label = ui.label(lang.t("Note sur le coefficient"));
                ui.text_edit_singleline(&mut v.coefficient_note).labelled_by(label.id);
            });
        });
    wb.valuation_open = open;
}
