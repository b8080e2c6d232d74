//! The action plan of the accompaniment, in the side panel: each action with its lever, owner,
//! due date and status, and the « Validé par … le … » of the association's leaders.

use egui::{Id, RichText};

use crate::app::command::Command;
use crate::app::view::CaseView;
use crate::app::widgets::cells::{Drafts, combo_cell, text_cell};
use crate::model::edits::{AccompanimentField, ActionField};
use crate::model::{ActionStatus, Edit, Lever};

fn edit(field: AccompanimentField) -> Command {
    Command::Edit(Edit::Accompaniment(field))
}

/// The plan, then its validation; emits one edit per change.
pub fn ui(
    ui: &mut egui::Ui,
    drafts: &mut Drafts,
    view: &CaseView<'_>,
    commands: &mut Vec<Command>,
) {
    let lang = view.lang;
    let acc = &view.case.accompaniment;
    ui.label(RichText::new(lang.t("Plan d'action")).strong());
    for (index, action) in acc.actions.iter().enumerate() {
        let number = index + 1;
        ui.push_id(("action", index), |ui| {
            ui.group(|ui| {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(lang.f("Action {}", &[&number.to_string()])).strong());
                    let remove = ui
                        .small_button("✕")
                        .on_hover_text(lang.t("Supprimer cette action"));
                    let remove = remove
                        .accessible_name(lang.f("Supprimer l'action {}", &[&number.to_string()]));
                    if remove.clicked() {
                        commands.push(edit(AccompanimentField::RemoveAction(index)));
                    }
                });
                // The group's width, not « as wide as possible », which would push its frame
                // past the panel's edge.
                let full = ui.available_width() - 8.0;
                let (response, text) = text_cell(
                    ui,
                    drafts,
                    Id::unique(("action-text", index)),
                    (&action.action, Some(full)),
                    |text| egui::TextEdit::singleline(text).hint_text(lang.t("action")),
                );
                response.accessible_name(lang.f("Texte de l'action {}", &[&number.to_string()]));
                if let Some(text) = text {
                    commands.push(edit(AccompanimentField::Action(
                        index,
                        ActionField::Text(text),
                    )));
                }
                // Two fields a row within the group's own width: nothing runs past the panel.
                // (a list's button is a little wider than the width it is given).
                let half = ((ui.available_width() - ui.spacing().item_spacing.x) / 2.0 - 8.0)
                    .floor()
                    .max(60.0);
                ui.horizontal(|ui| {
                    let mut lever = action.lever;
                    let cell = (Id::unique(("action-lever", index)), half);
                    combo_cell(ui, cell, lang.t(action.lever_label()), |ui| {
                        ui.selectable_value(&mut lever, None, lang.t("Transversal"));
                        for choice in Lever::ALL {
                            ui.selectable_value(&mut lever, Some(choice), choice.label());
                        }
                    })
                    .accessible_name(lang.f("Levier de l'action {}", &[&number.to_string()]));
                    if lever != action.lever {
                        commands.push(edit(AccompanimentField::Action(
                            index,
                            ActionField::Lever(lever),
                        )));
                    }
                    let mut status = action.status;
                    let cell = (Id::unique(("action-status", index)), half);
                    combo_cell(ui, cell, action.status.label(), |ui| {
                        for choice in ActionStatus::ALL {
                            ui.selectable_value(&mut status, choice, choice.label());
                        }
                    })
                    .accessible_name(lang.f("Statut de l'action {}", &[&number.to_string()]));
                    if status != action.status {
                        commands.push(edit(AccompanimentField::Action(
                            index,
                            ActionField::Status(status),
                        )));
                    }
                });
                ui.horizontal(|ui| {
                    for (salt, value, hint, name, to_field) in [
                        (
                            "action-owner",
                            &action.owner,
                            lang.t("responsable"),
                            "Responsable de l'action {}",
                            ActionField::Owner as fn(String) -> ActionField,
                        ),
                        (
                            "action-due",
                            &action.due,
                            lang.t("échéance"),
                            "Échéance de l'action {}",
                            ActionField::Due,
                        ),
                    ] {
                        let (response, text) = text_cell(
                            ui,
                            drafts,
                            Id::unique((salt, index)),
                            (value, Some(half)),
                            |text| egui::TextEdit::singleline(text).hint_text(hint),
                        );
                        response.accessible_name(lang.f(name, &[&number.to_string()]));
                        if let Some(text) = text {
                            commands.push(edit(AccompanimentField::Action(index, to_field(text))));
                        }
                    }
                });
            });
        });
    }
    if ui.button(lang.t("Ajouter une action")).clicked() {
        commands.push(edit(AccompanimentField::AddAction));
    }
    ui.add_space(4.0);
    // « Validé par … le … », a field a row: the names fit a narrow panel.
    let field = (ui.available_width() - 90.0).max(80.0);
    egui::Grid::new("validation").num_columns(2).show(ui, |ui| {
        for (salt, value, label, to_field) in [
            (
                "validated-by",
                &acc.validated_by,
                lang.t("Validé par"),
                AccompanimentField::ValidatedBy as fn(String) -> AccompanimentField,
            ),
            (
                "validated-on",
                &acc.validated_on,
                lang.t("le"),
                AccompanimentField::ValidatedOn,
            ),
        ] {
            let label = ui.label(label);
            let (response, text) =
                text_cell(ui, drafts, Id::unique(salt), (value, Some(field)), |text| {
                    egui::TextEdit::singleline(text)
                });
            response.labelled_by(label.id);
            if let Some(text) = text {
                commands.push(edit(to_field(text)));
            }
            ui.end_row();
        }
    });
}
