//! The side panel's accompaniment: the consultant, the sessions and their notes, the
//! decisions, and the action plan below them.

use egui::{Id, RichText};

use crate::app::command::Command;
use crate::app::view::CaseView;
use crate::app::widgets::cells::text_cell;
use crate::model::Edit;
use crate::model::edits::AccompanimentField;

use super::{SidePanel, field_width};

impl SidePanel {
    pub(super) fn accompaniment_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &CaseView<'_>,
        commands: &mut Vec<Command>,
    ) {
        let lang = view.lang;
        let acc = &view.case.accompaniment;
        let edit = |field| Command::Edit(Edit::Accompaniment(field));
        egui::CollapsingHeader::new(RichText::new(lang.t("Accompagnement")).heading())
            .default_open(false)
            .show(ui, |ui| {
                let field = field_width(ui);
                ui.horizontal(|ui| {
                    let label = ui.label(lang.t("Accompagnateur"));
                    let (response, text) = text_cell(
                        ui,
                        &mut self.drafts,
                        Id::unique("consultant"),
                        (&acc.consultant, Some(field)),
                        |t| egui::TextEdit::singleline(t),
                    );
                    response.labelled_by(label.id);
                    if let Some(text) = text {
                        commands.push(edit(AccompanimentField::Consultant(text)));
                    }
                });
                for (index, session) in acc.sessions.iter().enumerate() {
                    ui.horizontal(|ui| {
                        let label = ui.label(
                            RichText::new(lang.f("Séance {}", &[&(index + 1).to_string()]))
                                .strong(),
                        );
                        let (response, text) = text_cell(
                            ui,
                            &mut self.drafts,
                            Id::unique(("session-date", index)),
                            (&session.date, None),
                            |text| {
                                egui::TextEdit::singleline(text)
                                    .desired_width(100.0)
                                    .hint_text(lang.t("date"))
                            },
                        );
                        let response = response.labelled_by(label.id);
                        if self.focus_session == Some(index) {
                            // What is typed right after « Ajouter une séance » goes to its date.
                            response.request_focus();
                            self.focus_session = None;
                        }
                        if let Some(text) = text {
                            commands.push(edit(AccompanimentField::SessionDate(index, text)));
                        }
                    });
                    let (response, text) = text_cell(
                        ui,
                        &mut self.drafts,
                        Id::unique(("session-notes", index)),
                        (&session.notes, None),
                        |text| {
                            egui::TextEdit::multiline(text)
                                .desired_rows(2)
                                .desired_width(f32::INFINITY)
                        },
                    );
                    response.accessible_name(
                        lang.f("Notes de la séance {}", &[&(index + 1).to_string()]),
                    );
                    if let Some(text) = text {
                        commands.push(edit(AccompanimentField::SessionNotes(index, text)));
                    }
                }
                if ui.button(lang.t("Ajouter une séance")).clicked() {
                    commands.push(edit(AccompanimentField::AddSession));
                    self.focus_session = Some(acc.sessions.len());
                }
                let label = ui.label(lang.t("Décisions"));
                let (response, text) = text_cell(
                    ui,
                    &mut self.drafts,
                    Id::unique("decisions"),
                    (&acc.decisions, None),
                    |text| {
                        egui::TextEdit::multiline(text)
                            .desired_rows(2)
                            .desired_width(f32::INFINITY)
                    },
                );
                response.labelled_by(label.id);
                if let Some(text) = text {
                    commands.push(edit(AccompanimentField::Decisions(text)));
                }
                ui.add_space(4.0);
                crate::app::panels::action_plan::ui(ui, &mut self.drafts, view, commands);
            });
    }
}
