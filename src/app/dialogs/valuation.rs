//! The valuation settings window: hourly rates per category with their method, year and source,
//! the coefficient, and the hours of an ETP, a day and a month. Stored in the case file.

use egui::Id;

use crate::app::command::Command;
use crate::app::i18n::Lang;
use crate::app::view::CaseView;
use crate::app::widgets::cells::{Cell, Drafts, number_cell, text_cell};
use crate::model::Edit;
use crate::model::edits::ValuationField;

#[derive(Default)]
pub struct ValuationDialog {
    pub open: bool,
    drafts: Drafts,
}

impl ValuationDialog {
    pub fn ui(&mut self, ctx: &egui::Context, view: &CaseView<'_>, commands: &mut Vec<Command>) {
        let lang = view.lang;
        let mut open = self.open;
        let drafts = &mut self.drafts;
        let v = &view.case.valuation;
        let mut out = Vec::new();
        egui::Window::new(lang.t("Réglages de valorisation"))
            .open(&mut open)
            .resizable(false)
            .collapsible(false)
            .show(ctx, |ui| {
                ui.label(lang.t("Contributions volontaires en nature : méthode, taux et sources, enregistrés dans le dossier."));
                ui.add_space(4.0);
                egui::Grid::new("rates").striped(true).spacing([8.0, 4.0]).show(ui, |ui| {
                    for header in [lang.t("Catégorie"), lang.t("Taux horaire €"), lang.t("Méthode"), lang.t("Année"), lang.t("Source")] {
                        ui.label(egui::RichText::new(header).strong());
                    }
                    ui.end_row();
                    for (index, rate) in v.rates.iter().enumerate() {
                        let category = rate.category.label();
                        ui.label(category);
                        let name = lang.f("Taux horaire — {}", &[category]);
                        let cell = number_cell(ui, drafts, (Id::unique(("rate", index)), &name, lang), Some(rate.rate), 70.0).1;
                        out.extend(number_edit(cell, lang, |value| ValuationField::Rate(index, value)));
                        let (response, basis) = text_cell(ui, drafts, Id::unique(("basis", index)), (&rate.basis, Some(220.0)), |t| egui::TextEdit::singleline(t));
                        response.accessible_name(lang.f("Méthode — {}", &[category]));
                        if let Some(basis) = basis {
                            out.push(edit(ValuationField::Basis(index, basis)));
                        }
                        let mut year = rate.year;
                        if ui.add(egui::DragValue::new(&mut year).range(1990..=2100))
                            .accessible_name(lang.f("Année — {}", &[category]))
                            .changed()
                        {
                            out.push(edit(ValuationField::Year(index, year)));
                        }
                        let (response, source) = text_cell(ui, drafts, Id::unique(("source", index)), (&rate.source, Some(200.0)), |t| egui::TextEdit::singleline(t));
                        response.accessible_name(lang.f("Source — {}", &[category]));
                        if let Some(source) = source {
                            out.push(edit(ValuationField::Source(index, source)));
                        }
                        ui.end_row();
                    }
                });
                ui.add_space(6.0);
                egui::Grid::new("valuation-factors").spacing([8.0, 4.0]).show(ui, |ui| {
                    for (index, (label, value, field)) in [
                        (lang.t("Coefficient"), v.coefficient, ValuationField::Coefficient as fn(f64) -> ValuationField),
                        (lang.t("Heures par ETP"), v.hours_per_etp, ValuationField::HoursPerEtp),
                        (lang.t("Heures par jour"), v.hours_per_day, ValuationField::HoursPerDay),
                        (lang.t("Heures par mois"), v.hours_per_month, ValuationField::HoursPerMonth),
                    ]
                    .into_iter()
                    .enumerate()
                    {
                        ui.label(label);
                        let cell = number_cell(ui, drafts, (Id::unique(("factor", index)), label, lang), Some(value), 70.0).1;
                        out.extend(number_edit(cell, lang, field));
                        ui.end_row();
                    }
                });
                ui.horizontal(|ui| {
                    let label = ui.label(lang.t("Note sur le coefficient"));
                    let (response, note) = text_cell(ui, drafts, Id::unique("coefficient-note"), (&v.coefficient_note, None), |t| egui::TextEdit::singleline(t));
                    response.labelled_by(label.id);
                    if let Some(note) = note {
                        out.push(edit(ValuationField::CoefficientNote(note)));
                    }
                });
            });
        commands.extend(out);
        self.open = open;
    }
}

fn edit(field: ValuationField) -> Command {
    Command::Edit(Edit::Valuation(field))
}

/// The command for a number cell of the window: a valuation setting always has a value.
fn number_edit(
    cell: Cell<Option<f64>>,
    lang: Lang,
    field: impl FnOnce(f64) -> ValuationField,
) -> Option<Command> {
    match cell {
        Cell::Commit(Some(value)) => Some(edit(field(value))),
        Cell::Commit(None) => Some(Command::Tell(
            lang.t("Un réglage de valorisation a toujours une valeur : saisie non appliquée.")
                .to_owned(),
        )),
        Cell::Refused(why) => Some(Command::Tell(why)),
        Cell::Unchanged => None,
    }
}
