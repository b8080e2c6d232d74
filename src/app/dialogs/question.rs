//! The questions that stop everything until answered: unsaved changes before new, open or
//! quit; deleting a snapshot; taking back the recovery copy; saving over a file another
//! program changed. Each answer is a command.

use std::path::PathBuf;

use crate::app::command::{Command, Pending};
use crate::app::i18n::Lang;
use crate::format::french_spacing;
use crate::model::{Case, Edit};

/// The question currently asked, if any.
#[derive(Clone, Debug, PartialEq)]
pub enum Question {
    Unsaved(Pending),
    DeleteSnapshot {
        index: usize,
        label: String,
    },
    Recovery {
        case: Box<Case>,
        source: Option<PathBuf>,
    },
    /// The file changed on disk since it was opened; the action waits for the answer.
    ChangedOnDisk(Option<Pending>),
}

impl Question {
    /// Asks the question; an answer closes it and emits its command. `title` names the open
    /// case's file.
    pub fn ui(&self, ctx: &egui::Context, lang: Lang, title: &str, commands: &mut Vec<Command>) {
        let mut answers: Vec<(&'static str, Command)> = Vec::new();
        let mut cancellable = false;
        let modal = egui::Modal::new(egui::Id::unique("question")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            match self {
                Question::Unsaved(action) => {
                    ui.heading(lang.t("Modifications non enregistrées"));
                    ui.label(french_spacing(&lang.f(
                        "« {} » a des modifications non enregistrées. Voulez-vous les enregistrer ?",
                        &[title],
                    )));
                    answers = vec![
                        ("Enregistrer", Command::SaveThen(Some(action.clone()))),
                        ("Ne pas enregistrer", Command::Perform(action.clone())),
                        ("Annuler l'action", Command::CloseDialog),
                    ];
                }
                Question::ChangedOnDisk(next) => {
                    ui.heading(lang.t("Fichier modifié ailleurs"));
                    ui.label(french_spacing(&lang.f(
                        "« {} » a été modifié sur le disque depuis son ouverture (par un autre programme ou un dossier synchronisé). L'enregistrer ici effacerait ces modifications.",
                        &[title],
                    )));
                    answers = vec![
                        ("Enregistrer sous…", Command::SaveAsThen(next.clone())),
                        ("Écraser quand même", Command::Overwrite(next.clone())),
                        ("Annuler l'action", Command::CloseDialog),
                    ];
                }
                Question::DeleteSnapshot { index, label } => {
                    ui.heading(lang.t("Supprimer l'instantané ?"));
                    ui.label(french_spacing(&lang.f(
                        "L'instantané « {} » et toutes ses lignes seront supprimés (Ctrl+Z pour revenir en arrière).",
                        &[label],
                    )));
                    answers = vec![
                        ("Supprimer", Command::Edit(Edit::DeleteSnapshot(*index))),
                        ("Annuler l'action", Command::CloseDialog),
                    ];
                }
                Question::Recovery { case, source } => {
                    ui.heading(lang.t("Récupération"));
                    let from = source.as_ref().map_or(lang.t("un dossier sans titre").to_owned(), |p| {
                        format!("« {} »", p.display())
                    });
                    ui.label(french_spacing(&lang.f(
                        "L'atelier ne s'est pas fermé normalement. Des modifications non enregistrées de {} ({}) ont été conservées. Voulez-vous les restaurer ?",
                        &[&from, &case.organisation.name],
                    )));
                    answers = vec![
                        ("Restaurer", Command::Restore(case.clone(), source.clone())),
                        ("Ignorer", Command::DiscardRecovery),
                    ];
                }
            }
            // A question with « Annuler l'action » is closed by Escape too; the recovery copy
            // must be answered.
            cancellable = answers.iter().any(|(_, c)| *c == Command::CloseDialog);
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                for (label, command) in answers.drain(..) {
                    if ui.button(lang.t(label)).clicked() {
                        commands.push(Command::CloseDialog);
                        if command != Command::CloseDialog {
                            commands.push(command);
                        }
                    }
                }
            });
        });
        if cancellable && modal.should_close() && !commands.contains(&Command::CloseDialog) {
            commands.push(Command::CloseDialog);
        }
    }
}
