//! The side panel: the list of snapshots with their indicators, the organisation's identity
//! and context, and the accompaniment. It reads the case and emits edits.

mod accompaniment;

use egui::{Id, RichText};

use crate::app::command::Command;
use crate::app::view::CaseView;
use crate::app::widgets::cells::{Cell, Drafts, combo_cell, number_cell, text_cell, year_cell};
use crate::model::edits::{OrganisationField, SnapshotField};
use crate::model::{Edit, LegalForm, Phase, SnapshotKind};

/// The width of a text field beside its name: what the panel leaves after the name (measured
/// before the grid), so that a narrow panel never grows to fit its fields.
fn field_width(ui: &egui::Ui) -> f32 {
    (ui.available_width() - 135.0).max(60.0)
}

/// How the panel's two-column grids lay out a name and its field: side by side, or in a
/// narrow panel (a small window, large text) the name above its field at the panel's full
/// width, so that no value is cut (« réalisé », « Association loi 1901 »).
#[derive(Clone, Copy)]
struct Fields {
    width: f32,
    stacked: bool,
}

/// Below this width (points) the names go above their fields.
const STACKED_BELOW: f32 = 300.0;

impl Fields {
    fn of(ui: &egui::Ui) -> Fields {
        let room = ui.available_width();
        let stacked = room < STACKED_BELOW;
        Fields {
            width: if stacked {
                (room - 12.0).max(60.0)
            } else {
                field_width(ui)
            },
            stacked,
        }
    }

    /// Writes a field's name; when stacked, its field goes on the next row.
    fn name(self, ui: &mut egui::Ui, text: &str) -> egui::Response {
        let response = ui.label(text);
        if self.stacked {
            ui.end_row();
        }
        response
    }
}

#[derive(Default)]
pub struct SidePanel {
    drafts: Drafts,
    /// The `drafts_epoch` of the view the drafts were typed in.
    drafts_epoch: u64,
    /// The session whose date takes the focus once drawn (the one just added).
    focus_session: Option<usize>,
}

impl SidePanel {
    pub fn ui(&mut self, ui: &mut egui::Ui, view: &CaseView<'_>, commands: &mut Vec<Command>) {
        if self.drafts_epoch != view.drafts_epoch {
            self.drafts.clear();
            self.drafts_epoch = view.drafts_epoch;
        }
        // As wide as the panel, never the width of its widest content: nothing runs past its edge.
        egui::ScrollArea::vertical()
            .auto_shrink([false, true])
            .show(ui, |ui| {
                self.snapshots_ui(ui, view, commands);
                reference_ui(ui, view, commands);
                ui.separator();
                self.organisation_ui(ui, view, commands);
                self.accompaniment_ui(ui, view, commands);
            });
    }

    fn snapshots_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &CaseView<'_>,
        commands: &mut Vec<Command>,
    ) {
        let lang = view.lang;
        ui.heading(lang.t("Instantanés"));
        let count = view.case.snapshots.len();
        for (index, snapshot) in view.case.snapshots.iter().enumerate() {
            let kind = snapshot.kind.label();
            let text = if snapshot.label.contains(kind) {
                snapshot.label.clone()
            } else {
                format!("{}  ·  {kind}", snapshot.label)
            };
            if ui.selectable_label(view.selected == index, text).clicked() {
                commands.push(Command::SelectSnapshot(index));
            }
        }
        let selected = view.selected;
        ui.horizontal_wrapped(|ui| {
            if ui.button(lang.t("Ajouter un instantané")).clicked() {
                commands.push(Command::Edit(Edit::AddSnapshot {
                    from: selected,
                    as_target: false,
                }));
            }
            if ui
                .button(lang.t("Créer une cible à partir de…"))
                .on_hover_text(
                    lang.t("Copie l'instantané sélectionné comme point de départ d'une cible"),
                )
                .clicked()
            {
                commands.push(Command::Edit(Edit::AddSnapshot {
                    from: selected,
                    as_target: true,
                }));
            }
        });
        ui.horizontal(|ui| {
            if ui
                .add_enabled(selected > 0, egui::Button::new("▲"))
                .on_hover_text(lang.t("Monter"))
                .clicked()
            {
                commands.push(Command::Edit(Edit::MoveSnapshot {
                    index: selected,
                    up: true,
                }));
            }
            if ui
                .add_enabled(selected + 1 < count, egui::Button::new("▼"))
                .on_hover_text(lang.t("Descendre"))
                .clicked()
            {
                commands.push(Command::Edit(Edit::MoveSnapshot {
                    index: selected,
                    up: false,
                }));
            }
            if ui
                .add_enabled(count > 1, egui::Button::new(lang.t("Supprimer")))
                .clicked()
            {
                commands.push(Command::AskDeleteSnapshot(selected));
            }
        });
        let Some(snapshot) = view.snapshot() else {
            return;
        };
        let edit = |field| {
            Command::Edit(Edit::Snapshot {
                index: selected,
                field,
            })
        };
        let fields = Fields::of(ui);
        let field = fields.width;
        egui::Grid::new("snapshot").num_columns(2).show(ui, |ui| {
            let name = fields.name(ui, lang.t("Nom"));
            let (response, label) = text_cell(
                ui,
                &mut self.drafts,
                Id::unique(("snapshot-label", selected)),
                (&snapshot.label, Some(field)),
                |t| egui::TextEdit::singleline(t),
            );
            response.labelled_by(name.id);
            if let Some(label) = label {
                commands.push(edit(SnapshotField::Label(label)));
            }
            ui.end_row();
            let year = fields.name(ui, lang.t("Année"));
            let mut value = snapshot.year;
            if ui
                .add(egui::DragValue::new(&mut value).range(1900..=2100))
                .labelled_by(year.id)
                .changed()
            {
                commands.push(edit(SnapshotField::Year(value)));
            }
            ui.end_row();
            let kind = fields.name(ui, lang.t("Type"));
            let mut chosen = snapshot.kind;
            let cell = (Id::unique("snapshot-kind"), field.min(160.0));
            combo_cell(ui, cell, snapshot.kind.label(), |ui| {
                for kind in SnapshotKind::ALL {
                    ui.selectable_value(&mut chosen, kind, kind.label());
                }
            })
            .labelled_by(kind.id);
            if chosen != snapshot.kind {
                commands.push(edit(SnapshotField::Kind(chosen)));
            }
            ui.end_row();
            for (name, value, to_field) in [
                (
                    lang.t("Charges annuelles"),
                    snapshot.annual_expenses,
                    SnapshotField::AnnualExpenses as fn(Option<f64>) -> SnapshotField,
                ),
                (
                    lang.t("Réserves"),
                    snapshot.reserves,
                    SnapshotField::Reserves,
                ),
            ] {
                fields.name(ui, name);
                let id = Id::unique((name, selected));
                match number_cell(
                    ui,
                    &mut self.drafts,
                    (id, name, lang),
                    value,
                    field.min(110.0),
                )
                .1
                {
                    Cell::Commit(value) => commands.push(edit(to_field(value))),
                    Cell::Refused(why) => commands.push(Command::Tell(why)),
                    Cell::Unchanged => {}
                }
                ui.end_row();
            }
        });
    }

    fn organisation_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &CaseView<'_>,
        commands: &mut Vec<Command>,
    ) {
        let lang = view.lang;
        let org = &view.case.organisation;
        let edit = |field| Command::Edit(Edit::Organisation(field));
        egui::CollapsingHeader::new(RichText::new(lang.t("Organisation")).heading())
            .default_open(true)
            .show(ui, |ui| {
                let fields = Fields::of(ui);
                let field = fields.width;
                egui::Grid::new("organisation")
                    .num_columns(2)
                    .show(ui, |ui| {
                        let name = fields.name(ui, lang.t("Nom"));
                        let (response, text) = text_cell(
                            ui,
                            &mut self.drafts,
                            Id::unique("organisation-name"),
                            (&org.name, Some(field)),
                            |t| egui::TextEdit::singleline(t),
                        );
                        response.labelled_by(name.id);
                        if let Some(text) = text {
                            commands.push(edit(OrganisationField::Name(text)));
                        }
                        ui.end_row();
                        let form_label = fields.name(ui, lang.t("Forme juridique"));
                        let mut form = org.legal_form;
                        let cell = (Id::unique("legal-form"), field);
                        combo_cell(ui, cell, org.legal_form.label(), |ui| {
                            for choice in LegalForm::ALL {
                                ui.selectable_value(&mut form, choice, choice.label());
                            }
                        })
                        .labelled_by(form_label.id);
                        if form != org.legal_form {
                            commands.push(edit(OrganisationField::LegalForm(form)));
                        }
                        ui.end_row();
                        let phase_label = fields.name(ui, lang.t("Phase du projet"));
                        let mut phase = org.phase;
                        let cell = (Id::unique("phase"), field);
                        combo_cell(ui, cell, org.phase.label(), |ui| {
                            for choice in Phase::ALL {
                                ui.selectable_value(&mut phase, choice, choice.label());
                            }
                        })
                        .labelled_by(phase_label.id);
                        if phase != org.phase {
                            commands.push(edit(OrganisationField::Phase(phase)));
                        }
                        ui.end_row();
                        for (label, text, to_field) in [
                            (
                                lang.t("Secteur"),
                                &org.sector,
                                OrganisationField::Sector as fn(String) -> OrganisationField,
                            ),
                            (
                                lang.t("Territoire"),
                                &org.territory,
                                OrganisationField::Territory,
                            ),
                            (
                                lang.t("Agréments"),
                                &org.approvals,
                                OrganisationField::Approvals,
                            ),
                        ] {
                            let label_response = fields.name(ui, label);
                            let (response, text) = text_cell(
                                ui,
                                &mut self.drafts,
                                Id::unique(("organisation", label)),
                                (text, Some(field)),
                                |t| egui::TextEdit::singleline(t),
                            );
                            response.labelled_by(label_response.id);
                            if let Some(text) = text {
                                commands.push(edit(to_field(text)));
                            }
                            ui.end_row();
                        }
                        let year_label = lang.t("Année de création");
                        fields.name(ui, year_label);
                        let id = Id::unique("creation-year");
                        match year_cell(
                            ui,
                            &mut self.drafts,
                            (id, year_label, lang),
                            org.creation_year,
                            70.0,
                        )
                        .1
                        {
                            Cell::Commit(year) => {
                                commands.push(edit(OrganisationField::CreationYear(year)))
                            }
                            Cell::Refused(why) => commands.push(Command::Tell(why)),
                            Cell::Unchanged => {}
                        }
                        ui.end_row();
                    });
                let mut general = org.general_interest;
                if ui
                    .checkbox(&mut general, lang.t("Intérêt général"))
                    .on_hover_text(lang.t("Éligible aux dons ouvrant droit à réduction d'impôt"))
                    .changed()
                {
                    commands.push(edit(OrganisationField::GeneralInterest(general)));
                }
                let mut utility = org.public_utility;
                if ui
                    .checkbox(&mut utility, lang.t("Reconnue d'utilité publique"))
                    .changed()
                {
                    commands.push(edit(OrganisationField::PublicUtility(utility)));
                }
                let project = ui.label(lang.t("Projet associatif"));
                let (response, text) = text_cell(
                    ui,
                    &mut self.drafts,
                    Id::unique("organisation-project"),
                    (&org.project, None),
                    |text| {
                        egui::TextEdit::multiline(text)
                            .desired_rows(3)
                            .desired_width(f32::INFINITY)
                    },
                );
                response.labelled_by(project.id);
                if let Some(text) = text {
                    commands.push(edit(OrganisationField::Project(text)));
                }
            });
    }
}

/// « Se situer »: the reference the position is read against — none, one shipped with the app,
/// or the one made from a portfolio or given with `--reference`.
fn reference_ui(ui: &mut egui::Ui, view: &CaseView<'_>, commands: &mut Vec<Command>) {
    use crate::analysis::reference::{Reference, builtin};
    let lang = view.lang;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(lang.t("Se situer par rapport à"));
        let none = lang.t("aucune référence");
        let shown = view.reference.map_or(none.to_owned(), |r| r.title.clone());
        let mut chosen: Option<Option<Reference>> = None;
        combo_cell(
            ui,
            (Id::unique("reference"), ui.available_width().max(160.0)),
            &shown,
            |ui| {
                if ui
                    .selectable_label(view.reference.is_none(), none)
                    .clicked()
                {
                    chosen = Some(None);
                }
                let mut all: Vec<&Reference> = builtin().iter().collect();
                if let Some(current) = view.reference
                    && !all.iter().any(|r| r.id == current.id)
                {
                    all.push(current);
                }
                for r in all {
                    let on = view.reference.is_some_and(|c| c.id == r.id);
                    if ui.selectable_label(on, &r.title).clicked() {
                        chosen = Some(Some(r.clone()));
                    }
                }
                ui.separator();
                if ui
                    .selectable_label(false, lang.t("Autre référence (fichier)…"))
                    .on_hover_text(lang.t(
                        "Une référence au format .ron, par exemple celle que votre réseau a faite de son portefeuille (Portefeuille › Enregistrer comme référence).",
                    ))
                    .clicked()
                {
                    commands.push(Command::ChooseReference);
                }
            },
        )
        .labelled_by(label.id);
        if let Some(choice) = chosen {
            commands.push(Command::SetReference(choice));
        }
    });
}
