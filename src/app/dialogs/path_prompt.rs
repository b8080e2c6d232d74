//! Where no system file dialog can be shown (no desktop portal, as on a bare X server), the
//! path is typed here instead, with a message that says why. Enter or « Valider » carries out
//! the action the dialog was for.

use std::path::PathBuf;

use crate::app::command::{Command, Pending};
use crate::app::dialogs::export::ExportChoice;
use crate::app::file_dialogs::Wanted;
use crate::app::i18n::Lang;
use crate::app::workspaces::PortfolioExport;

/// What the path is for.
#[derive(Clone, Debug, PartialEq)]
pub enum PathFor {
    Open,
    OpenPortfolio,
    Compare,
    ImportBalance,
    Mapping,
    Reference,
    Typology,
    Questionnaire,
    SaveAs(Option<Pending>),
    Anonymised,
    Export(ExportChoice),
    ExportPortfolio(PortfolioExport),
}

impl PathFor {
    /// The files the system's dialog shows when the path is of a file to read; `None` for a
    /// file to write.
    pub fn wanted(&self) -> Option<Wanted> {
        match self {
            PathFor::Open | PathFor::Compare => Some(Wanted::Case),
            PathFor::OpenPortfolio => Some(Wanted::Folder),
            PathFor::ImportBalance => Some(Wanted::Balance),
            PathFor::Mapping => Some(Wanted::Mapping),
            PathFor::Reference => Some(Wanted::Reference),
            PathFor::Typology => Some(Wanted::Typology),
            PathFor::Questionnaire => Some(Wanted::Questionnaire),
            PathFor::SaveAs(_)
            | PathFor::Anonymised
            | PathFor::Export(_)
            | PathFor::ExportPortfolio(_) => None,
        }
    }

    fn title(&self) -> &'static str {
        match self {
            PathFor::Open => "Ouvrir un dossier",
            PathFor::OpenPortfolio => "Ouvrir un portefeuille (répertoire)",
            PathFor::Compare => "Comparer avec un autre dossier",
            PathFor::ImportBalance => "Importer une balance comptable",
            PathFor::Mapping => "Autre table de correspondance",
            PathFor::Reference => "Référence (fichier .ron)",
            PathFor::Typology => "Typologie",
            PathFor::Questionnaire => "Questionnaire d'autodiagnostic",
            PathFor::SaveAs(_) => "Enregistrer sous",
            PathFor::Anonymised => "Exporter une copie anonymisée",
            PathFor::Export(_) | PathFor::ExportPortfolio(_) => "Exporter",
        }
    }

    /// The extension a written file gets when the path has none.
    fn extension(&self) -> Option<&'static str> {
        match self {
            PathFor::SaveAs(_) | PathFor::Anonymised => Some("ron"),
            PathFor::Export(choice) => Some(choice.format.extension()),
            PathFor::ExportPortfolio(what) => Some(what.extension()),
            _ => None,
        }
    }

    /// The command that does the action with `path`.
    pub fn command(self, path: PathBuf) -> Command {
        let path = match self.extension() {
            Some(ext) => crate::app::file_dialogs::with_extension(path, ext),
            None => path,
        };
        match self {
            PathFor::Open => Command::Request(Pending::Open(path)),
            PathFor::OpenPortfolio => Command::OpenPortfolioAt(path),
            PathFor::Compare => Command::CompareWith(path),
            PathFor::ImportBalance => Command::StartImport(path),
            PathFor::Mapping => Command::UseMapping(path),
            PathFor::Reference => Command::UseReference(path),
            PathFor::Typology => Command::UseTypology(Some(path)),
            PathFor::Questionnaire => Command::UseQuestionnaire(path),
            PathFor::SaveAs(next) => Command::SaveToThen(path, next),
            PathFor::Anonymised => Command::SaveAnonymisedTo(path),
            PathFor::Export(choice) => Command::ExportTo(path, choice),
            PathFor::ExportPortfolio(what) => Command::ExportPortfolio(path, what),
        }
    }
}

/// The path being typed, and what it is for.
#[derive(Clone, Debug, PartialEq)]
pub struct PathPrompt {
    pub wanted: PathFor,
    pub text: String,
}

impl PathPrompt {
    pub fn new(wanted: PathFor, suggestion: String) -> PathPrompt {
        PathPrompt {
            wanted,
            text: suggestion,
        }
    }

    /// Shows the window; returns whether it is done (validated or cancelled).
    pub fn ui(&mut self, ctx: &egui::Context, lang: Lang, commands: &mut Vec<Command>) -> bool {
        let mut done = false;
        egui::Modal::new(egui::Id::unique("path-prompt")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(lang.t(self.wanted.title()));
            ui.label(lang.t(
                "Aucune fenêtre de choix de fichier n'est disponible sur ce poste : saisissez le chemin complet.",
            ));
            let response = ui.add(
                egui::TextEdit::singleline(&mut self.text)
                    .desired_width(500.0)
                    .hint_text("/home/…/dossier.ron"),
            )
            .accessible_name(lang.t("Chemin du fichier"));
            response.request_focus();
            let enter = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.horizontal(|ui| {
                let path = self.text.trim();
                if (ui.button(lang.t("Valider")).clicked() || enter) && !path.is_empty() {
                    commands.push(self.wanted.clone().command(PathBuf::from(path)));
                    done = true;
                }
                if ui.button(lang.t("Annuler l'action")).clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    done = true;
                }
            });
        });
        done
    }
}
