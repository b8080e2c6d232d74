//! The side panel: the organisation's identity and context, the accompaniment, and the list of
//! snapshots with their indicators.

use egui::RichText;

use super::matrix::optional_number;
use super::workbook::{Dialog, Workbook};
use crate::model::{LegalForm, Phase, Snapshot, SnapshotKind};

pub fn ui(ui: &mut egui::Ui, wb: &mut Workbook) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        snapshots_ui(ui, wb);
        ui.separator();
        organisation_ui(ui, wb);
        accompaniment_ui(ui, wb);
    });
}

fn snapshots_ui(ui: &mut egui::Ui, wb: &mut Workbook) {
    let lang = wb.lang();
    ui.heading(lang.t("Instantanés"));
    let count = wb.doc.case.snapshots.len();
    for index in 0..count {
        let Some(snapshot) = wb.doc.case.snapshots.get(index) else {
            break;
        };
        let kind = snapshot.kind.label();
        let text = if snapshot.label.contains(kind) {
            snapshot.label.clone()
        } else {
            format!("{}  ·  {kind}", snapshot.label)
        };
        if ui.selectable_label(wb.selected == index, text).clicked() {
            wb.selected = index;
            wb.edits.clear();
        }
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(lang.t("Ajouter un instantané")).clicked() {
            add_snapshot(wb, false);
        }
        if ui
            .button(lang.t("Créer une cible à partir de…"))
            .on_hover_text("Copie l'instantané sélectionné comme point de départ d'une cible")
            .clicked()
        {
            add_snapshot(wb, true);
        }
    });
    ui.horizontal(|ui| {
        let selected = wb.selected;
        if ui
            .add_enabled(selected > 0, egui::Button::new("▲"))
            .on_hover_text(lang.t("Monter"))
            .clicked()
        {
            wb.doc.checkpoint();
            wb.doc.case.snapshots.swap(selected, selected - 1);
            wb.selected -= 1;
        }
        if ui
            .add_enabled(selected + 1 < count, egui::Button::new("▼"))
            .on_hover_text(lang.t("Descendre"))
            .clicked()
        {
            wb.doc.checkpoint();
            wb.doc.case.snapshots.swap(selected, selected + 1);
            wb.selected += 1;
        }
        if ui
            .add_enabled(count > 1, egui::Button::new(lang.t("Supprimer")))
            .clicked()
        {
            wb.dialog = Some(Dialog::DeleteSnapshot(selected));
        }
    });
    let labels: Vec<String> = wb
        .doc
        .case
        .snapshots
        .iter()
        .map(|s| s.label.clone())
        .collect();
    let selected = wb.selected;
    let Some(snapshot) = wb.doc.case.snapshots.get_mut(selected) else {
        return;
    };
    egui::Grid::new("snapshot").num_columns(2).show(ui, |ui| {
        let name = ui.label(lang.t("Nom"));
        let mut label = snapshot.label.clone();
        let response = ui.text_edit_singleline(&mut label).labelled_by(name.id);
        let taken = labels
            .iter()
            .enumerate()
            .any(|(i, l)| i != selected && *l == label);
        if response.changed() && !label.trim().is_empty() && !taken {
            snapshot.label = label;
        } else if response.changed() {
            response.on_hover_text("Nom vide ou déjà pris : non appliqué");
        }
        ui.end_row();
        let year = ui.label(lang.t("Année"));
        ui.add(egui::DragValue::new(&mut snapshot.year).range(1900..=2100))
            .labelled_by(year.id);
        ui.end_row();
        let kind = ui.label(lang.t("Type"));
        egui::ComboBox::from_id_salt("snapshot-kind")
            .selected_text(snapshot.kind.label())
            .show_ui(ui, |ui| {
                for kind in SnapshotKind::ALL {
                    ui.selectable_value(&mut snapshot.kind, kind, kind.label());
                }
            })
            .response
            .labelled_by(kind.id);
        ui.end_row();
        let expenses = lang.t("Charges annuelles");
        ui.label(expenses);
        optional_number(
            ui,
            &mut wb.edits,
            (egui::Id::unique(("expenses", selected)), expenses),
            &mut snapshot.annual_expenses,
            110.0,
        );
        ui.end_row();
        let reserves = lang.t("Réserves");
        ui.label(reserves);
        optional_number(
            ui,
            &mut wb.edits,
            (egui::Id::unique(("reserves", selected)), reserves),
            &mut snapshot.reserves,
            110.0,
        );
        ui.end_row();
    });
}

/// Adds a snapshot: an empty one for the next year, or a target copied from the selected one
/// (its lines keep their ids so that the change is traced line by line).
pub fn add_snapshot(wb: &mut Workbook, as_target: bool) {
    wb.doc.checkpoint();
    let snapshots = &wb.doc.case.snapshots;
    let source = snapshots.get(wb.selected).cloned().unwrap_or_default();
    let year = snapshots
        .iter()
        .map(|s| s.year)
        .max()
        .unwrap_or(source.year)
        + 1;
    let base = if as_target {
        format!("cible {year}")
    } else {
        format!("{year} prévisionnel")
    };
    let mut label = base.clone();
    let mut n = 2;
    while snapshots.iter().any(|s| s.label == label) {
        label = format!("{base} ({n})");
        n += 1;
    }
    let snapshot = if as_target {
        Snapshot {
            label,
            year,
            kind: SnapshotKind::Cible,
            ..source
        }
    } else {
        Snapshot {
            label,
            year,
            kind: SnapshotKind::Previsionnel,
            ..Snapshot::default()
        }
    };
    wb.doc.case.snapshots.push(snapshot);
    wb.selected = wb.doc.case.snapshots.len() - 1;
    wb.edits.clear();
}

pub fn delete_snapshot(wb: &mut Workbook, index: usize) {
    if wb.doc.case.snapshots.len() <= 1 || index >= wb.doc.case.snapshots.len() {
        return;
    }
    wb.doc.checkpoint();
    wb.doc.case.snapshots.remove(index);
    wb.selected = wb.selected.min(wb.doc.case.snapshots.len() - 1);
    wb.edits.clear();
}

fn organisation_ui(ui: &mut egui::Ui, wb: &mut Workbook) {
    let lang = wb.lang();
    let org = &mut wb.doc.case.organisation;
    egui::CollapsingHeader::new(RichText::new(lang.t("Organisation")).heading())
        .default_open(true)
        .show(ui, |ui| {
            egui::Grid::new("organisation")
                .num_columns(2)
                .show(ui, |ui| {
                    let name = ui.label(lang.t("Nom"));
                    ui.text_edit_singleline(&mut org.name).labelled_by(name.id);
                    ui.end_row();
                    let form_label = ui.label(lang.t("Forme juridique"));
                    egui::ComboBox::from_id_salt("legal-form")
                        .selected_text(org.legal_form.label())
                        .show_ui(ui, |ui| {
                            for form in LegalForm::ALL {
                                ui.selectable_value(&mut org.legal_form, form, form.label());
                            }
                        })
                        .response
                        .labelled_by(form_label.id);
                    ui.end_row();
                    let phase_label = ui.label(lang.t("Phase du projet"));
                    egui::ComboBox::from_id_salt("phase")
                        .selected_text(org.phase.label())
                        .show_ui(ui, |ui| {
                            for phase in Phase::ALL {
                                ui.selectable_value(&mut org.phase, phase, phase.label());
                            }
                        })
                        .response
                        .labelled_by(phase_label.id);
                    ui.end_row();
                    for (label, text) in [
                        (lang.t("Secteur"), &mut org.sector),
                        (lang.t("Territoire"), &mut org.territory),
                        (lang.t("Agréments"), &mut org.approvals),
                    ] {
                        let label = ui.label(label);
                        ui.text_edit_singleline(text).labelled_by(label.id);
                        ui.end_row();
                    }
                    let year_label = ui.label(lang.t("Année de création"));
                    let mut year = org.creation_year.unwrap_or(0);
                    if ui
                        .add(egui::DragValue::new(&mut year).range(0..=2100))
                        .labelled_by(year_label.id)
                        .changed()
                    {
                        org.creation_year = (year > 0).then_some(year);
                    }
                    ui.end_row();
                });
            ui.checkbox(&mut org.general_interest, lang.t("Intérêt général"))
                .on_hover_text("Éligible aux dons ouvrant droit à réduction d'impôt");
            ui.checkbox(
                &mut org.public_utility,
                lang.t("Reconnue d'utilité publique"),
            );
            let project = ui.label(lang.t("Projet associatif"));
            ui.add(
                egui::TextEdit::multiline(&mut org.project)
                    .desired_rows(3)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(project.id);
        });
}

fn accompaniment_ui(ui: &mut egui::Ui, wb: &mut Workbook) {
    let lang = wb.lang();
    let acc = &mut wb.doc.case.accompaniment;
    egui::CollapsingHeader::new(RichText::new(lang.t("Accompagnement")).heading())
        .default_open(false)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                let label = ui.label(lang.t("Accompagnateur"));
                ui.text_edit_singleline(&mut acc.consultant)
                    .labelled_by(label.id);
            });
            for (index, session) in acc.sessions.iter_mut().enumerate() {
                ui.horizontal(|ui| {
                    let label = ui.label(RichText::new(format!("Séance {}", index + 1)).strong());
                    ui.add(
                        egui::TextEdit::singleline(&mut session.date)
                            .desired_width(100.0)
                            .hint_text("date"),
                    )
                    .labelled_by(label.id);
                });
                ui.add(
                    egui::TextEdit::multiline(&mut session.notes)
                        .desired_rows(2)
                        .desired_width(f32::INFINITY),
                )
                .accessible_name(format!("Notes de la séance {}", index + 1));
            }
            if ui.button(lang.t("Ajouter une séance")).clicked() {
                acc.sessions.push(crate::model::Session::default());
            }
            let label = ui.label(lang.t("Décisions"));
            ui.add(
                egui::TextEdit::multiline(&mut acc.decisions)
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        });
}
