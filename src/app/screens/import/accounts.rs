//! The accounts of the import, one row each, and the destination chosen for each.

use egui::RichText;

use super::{DONE, ImportState, PENDING};
use crate::app::i18n::Lang;
use crate::app::widgets::cells::{Cell, Drafts, number_cell};
use crate::format::euros;
use crate::import::{Action, Destination, Review};
use crate::model::{Catalogue, KindId};

/// What an account can be given to by hand: nothing, the expenses, or any kind.
fn choices(lang: Lang) -> Vec<(String, Action)> {
    let mut choices = vec![
        (
            lang.t("Ignorer ce compte").to_owned(),
            Action::Ignore(lang.t("écarté par l'accompagnateur").to_owned()),
        ),
        (lang.t("Charges annuelles").to_owned(), Action::Expenses),
    ];
    choices.extend(Catalogue::builtin().kinds.iter().filter_map(|k| {
        let id = KindId::new(&k.id)?;
        Some((
            format!("{} — {}", k.lever.label(), k.label),
            Action::Kind(id),
        ))
    }));
    choices
}

/// The kind's name without its examples: « Subventions publiques ».
fn kind_label(kind: &KindId) -> String {
    let label = kind.label();
    label.split(" (").next().unwrap_or(label).trim().to_owned()
}

pub(super) fn accounts_ui(
    ui: &mut egui::Ui,
    (state, drafts): (&mut ImportState, &mut Drafts),
    lang: Lang,
) {
    let review = &mut state.review;
    let choices = choices(lang);
    let mut assigned: Option<(usize, Action)> = None;
    egui::Grid::new("import-accounts-grid")
        .num_columns(5)
        .striped(true)
        .spacing([14.0, 6.0])
        .show(ui, |ui| {
            for title in ["Compte", "Libellé", "Montant", "Affectation", "État"] {
                ui.strong(lang.t(title));
            }
            ui.end_row();
            for index in 0..review.plan.items.len() {
                let Some(item) = review.plan.items.get(index) else {
                    continue;
                };
                if state.only_pending && !state.to_review.get(index).copied().unwrap_or(false) {
                    continue;
                }
                let name = lang.f("compte {}", &[&item.row.account]);
                let rule = match &item.rule {
                    Some(prefix) => lang.f("règle du préfixe {}", &[prefix]),
                    None => lang.t("aucune règle").to_owned(),
                };
                ui.label(&item.row.account).on_hover_text(lang.f(
                    "ligne {} du fichier ; {}",
                    &[&item.row.line.to_string(), &rule],
                ));
                // The account's label whole, on as many lines as it needs.
                ui.vertical(|ui| {
                    ui.set_max_width(240.0);
                    ui.add(egui::Label::new(&item.row.label).wrap());
                });
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(euros(item.row.credit_balance));
                });
                ui.vertical(|ui| {
                    destination_ui(
                        ui,
                        (review, &mut *drafts),
                        (index, lang),
                        &choices,
                        &mut assigned,
                        &name,
                    );
                });
                let Some(item) = review.plan.items.get(index) else {
                    continue;
                };
                match &item.destination {
                    Destination::Unassigned => {
                        ui.colored_label(ui.visuals().error_fg_color, lang.t("à affecter"))
                    }
                    Destination::Kinds {
                        confirmed: false, ..
                    } => match &item.proposal {
                        // Preselected from the account's label: confirming is one click.
                        Some(kind) => ui
                            .colored_label(PENDING, lang.t("à confirmer (proposé)"))
                            .on_hover_text(
                                lang.f("Proposé d'après le libellé : {}", &[kind.label()]),
                            ),
                        None => ui.colored_label(PENDING, lang.t("à confirmer")),
                    },
                    _ => ui.colored_label(DONE, "✓"),
                };
                ui.end_row();
            }
        });
    if let Some((index, action)) = assigned {
        review.assign(index, action);
    }
}

fn destination_ui(
    ui: &mut egui::Ui,
    (review, drafts): (&mut Review, &mut Drafts),
    (index, lang): (usize, Lang),
    choices: &[(String, Action)],
    assigned: &mut Option<(usize, Action)>,
    name: &str,
) {
    let Some(item) = review.plan.items.get(index) else {
        return;
    };
    let current = match &item.destination {
        Destination::Kinds { parts, .. } if parts.len() == 1 => parts
            .first()
            .map_or(String::new(), |(kind, _)| kind_label(kind)),
        Destination::Kinds { .. } => lang.t("réparti").to_owned(),
        Destination::Expenses => lang.t("Charges annuelles").to_owned(),
        Destination::Ignored(why) => lang.f("Ignoré : {}", &[why]),
        Destination::Unassigned => lang.t("Choisir une affectation…").to_owned(),
    };
    let combo = egui::ComboBox::from_id_salt(("import-destination", index))
        .selected_text(current)
        .width(400.0)
        .show_ui(ui, |ui| {
            for (label, action) in choices {
                if ui.selectable_label(false, label).clicked() {
                    *assigned = Some((index, action.clone()));
                }
            }
        });
    combo
        .response
        .accessible_name(lang.f("Affectation — {}", &[name]));
    // Public money and other accounts that do not say: split between the proposed kinds.
    let Destination::Kinds {
        parts,
        options,
        confirmed,
    } = &item.destination
    else {
        return;
    };
    if options.len() < 2 {
        return;
    }
    let (parts, options, confirmed) = (parts.clone(), options.clone(), *confirmed);
    let total = item.row.credit_balance;
    ui.label(RichText::new(lang.t("Répartir entre :")).small());
    egui::Grid::new(("import-split-grid", index))
        .num_columns(2)
        .spacing([10.0, 2.0])
        .show(ui, |ui| {
            for (n, kind) in options.iter().enumerate() {
                let amount = parts
                    .iter()
                    .find(|(k, _)| k == kind)
                    .map_or(0.0, |(_, a)| *a);
                let short = kind_label(kind);
                ui.label(&short);
                if n == 0 {
                    // The first kind takes what the others leave.
                    ui.label(lang.f("{} (le reste)", &[&euros(amount)]));
                } else {
                    let id = egui::Id::unique(("import-split", index, kind.as_str()));
                    let cell = format!("{short} — {name}");
                    match number_cell(ui, drafts, (id, &cell, lang), Some(amount), 110.0).1 {
                        Cell::Commit(value) => {
                            if let Some(item) = review.plan.items.get_mut(index) {
                                item.split(kind, value.unwrap_or(0.0).min(total));
                            }
                        }
                        Cell::Refused(why) => {
                            ui.colored_label(ui.visuals().error_fg_color, why);
                        }
                        Cell::Unchanged => {}
                    }
                }
                ui.end_row();
            }
        });
    if !confirmed
        && ui
            .button(lang.t("Confirmer la répartition"))
            .on_hover_text(lang.t("Le compte ne dit pas s'il s'agit de subventions ou d'achats publics : confirmez la répartition."))
            .clicked()
        && let Some(item) = review.plan.items.get_mut(index)
        && let Some(first) = options.first()
    {
        let first_amount = parts.iter().find(|(k, _)| k == first).map_or(0.0, |(_, a)| *a);
        item.split(first, first_amount);
    }
}
