//! A block of rows pasted from a spreadsheet into the matrix (Ctrl+V with no cell taking it as
//! its own): read into new lines of a lever, shown for confirmation, applied as one undo step.
//! A row whose amount is not a number is named and nothing is applied.

use egui::{Event, RichText};

use crate::app::command::Command;
use crate::app::i18n::Lang;
use crate::format::euros;
use crate::import::paste::{PasteError, PastedLine, is_block, read_block};
use crate::model::{Edit, Lever};

/// A block waiting for confirmation.
pub struct PendingPaste {
    text: String,
    pub lever: Lever,
    pub read: Result<Vec<PastedLine>, PasteError>,
}

impl PendingPaste {
    fn new(text: String, lever: Lever) -> PendingPaste {
        let read = read_block(&text, lever);
        PendingPaste { text, lever, read }
    }
}

/// Takes a pasted block out of this frame's events (so that no cell types it in) and reads it
/// for the financial lever, the one a budget comes from; the window lets the lever change.
pub fn take_block(ui: &egui::Ui) -> Option<PendingPaste> {
    // In a text being typed (a note), lines without tabs stay its text: only a spreadsheet's
    // rows (tab-separated) become lines of the matrix.
    let typing = ui.ctx().egui_wants_keyboard_input();
    let text = ui.input_mut(|i| {
        let at = i.events.iter().position(
            |e| matches!(e, Event::Paste(t) if is_block(t) && (!typing || t.contains('\t'))),
        )?;
        match i.events.remove(at) {
            Event::Paste(text) => Some(text),
            _ => None,
        }
    })?;
    Some(PendingPaste::new(text, Lever::RessourcesFinancieres))
}

/// The confirmation window; returns whether it stays open.
pub fn confirm_ui(
    ctx: &egui::Context,
    pending: &mut PendingPaste,
    (snapshot, lang): (usize, Lang),
    commands: &mut Vec<Command>,
) -> bool {
    let mut keep = true;
    egui::Window::new(lang.t("Coller des lignes d'un tableur"))
        .collapsible(false)
        .resizable(true)
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                ui.label(lang.t("Dans le levier"));
                let before = pending.lever;
                for lever in Lever::ALL {
                    ui.selectable_value(&mut pending.lever, lever, lever.label());
                }
                if pending.lever != before {
                    *pending = PendingPaste::new(std::mem::take(&mut pending.text), pending.lever);
                }
            });
            match &pending.read {
                Err(err) => {
                    let said = crate::text::paste_refusal(err, lang);
                    ui.colored_label(ui.visuals().error_fg_color, said);
                    if ui.button(lang.t("Fermer")).clicked() {
                        keep = false;
                    }
                }
                Ok(lines) => {
                    egui::ScrollArea::vertical()
                        .max_height(320.0)
                        .show(ui, |ui| {
                            egui::Grid::new("pasted-lines")
                                .striped(true)
                                .show(ui, |ui| {
                                    for title in
                                        ["Type", "Libellé", "Financeur ou partenaire", "Montant"]
                                    {
                                        ui.label(RichText::new(lang.t(title)).strong());
                                    }
                                    ui.end_row();
                                    for pasted in lines {
                                        let kind = pasted
                                            .line
                                            .kind
                                            .def()
                                            .map_or(String::new(), |d| d.label.clone());
                                        if pasted.proposed {
                                            ui.label(kind);
                                        } else {
                                            ui.label(format!("{kind} {}", lang.t("(à vérifier)")));
                                        }
                                        ui.label(&pasted.line.label);
                                        ui.label(&pasted.line.counterparty);
                                        ui.label(euros(pasted.line.amount.unwrap_or(0.0)));
                                        ui.end_row();
                                    }
                                });
                        });
                    ui.horizontal(|ui| {
                        let add = format!("{} ({})", lang.t("Ajouter ces lignes"), lines.len());
                        if ui.button(add).clicked() {
                            commands.push(Command::Edit(Edit::AddLines {
                                snapshot,
                                lines: lines.iter().map(|p| p.line.clone()).collect(),
                            }));
                            keep = false;
                        }
                        if ui.button(lang.t("Annuler l'action")).clicked() {
                            keep = false;
                        }
                    });
                }
            }
        });
    keep
}
