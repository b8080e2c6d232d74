//! What each command does: `App::apply` routes it to the document, a workspace, a dialog or
//! the settings, and the file requests (a system dialog, else a path typed in the app).

use super::action::Action;
use super::command::{Command, Pending};
use super::dialogs::question::Question;
use super::document::Document;
use super::view::View;

use super::App;
use super::dialogs::path_prompt::{PathFor, PathPrompt};
use super::file_dialogs::Picked;
use super::{file_dialogs, files};
use crate::model::{Edit, Lever};

impl App {
    /// Asks the system's dialog for a file to read, or the app's own path field where there is
    /// no dialog.
    pub(super) fn pick(&mut self, wanted: PathFor) {
        let picked = wanted
            .wanted()
            .map_or(Picked::Cancelled, file_dialogs::pick);
        self.chosen(wanted, picked, "");
    }

    /// Asks in the app's own window for the path of `wanted`, as where no system dialog exists.
    pub fn ask_path(&mut self, wanted: PathFor, name: &str) {
        self.chosen(wanted, Picked::Unavailable, name);
    }

    /// Carries out what a dialog was for; where none could be shown, asks for the path in the
    /// app, starting from `name` in the current folder.
    pub(super) fn chosen(&mut self, wanted: PathFor, picked: Picked, name: &str) {
        match picked {
            Picked::File(path) => self.apply(wanted.command(path)),
            Picked::Cancelled => {}
            Picked::Unavailable => {
                let folder = crate::storage::working_folder();
                let suggestion = folder.join(name).display().to_string();
                self.path_prompt = Some(PathPrompt::new(wanted, suggestion));
            }
        }
    }

    /// Carries out a menu action.
    fn act(&mut self, action: Action) {
        if let Some(purpose) = action.file_request() {
            self.pick(purpose);
            return;
        }
        match action {
            Action::New => self.request(Pending::New),
            Action::CompareWithSaved => self.compare_with_saved(),
            Action::Save => {
                self.save();
            }
            Action::SaveAs => {
                self.save_as();
            }
            Action::Export => self.export.open = true,
            Action::ExportAnonymised => {
                let name = format!("{}-anonyme.ron", files::file_stem(self.document.case()));
                let picked = file_dialogs::save_as("ron", &name, None);
                self.chosen(PathFor::Anonymised, picked, &name);
            }
            Action::Quit => self.request(Pending::Quit),
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::AddSnapshot | Action::AddTarget => self.edit(Edit::AddSnapshot {
                from: self.selected,
                as_target: action == Action::AddTarget,
            }),
            Action::AddHumanLine | Action::AddMoneyLine | Action::AddAllianceLine => {
                let lever = match action {
                    Action::AddHumanLine => Lever::RichessesHumaines,
                    Action::AddMoneyLine => Lever::RessourcesFinancieres,
                    _ => Lever::AlliancesStrategiques,
                };
                if let Some(kind) = crate::model::edits::first_kind(lever) {
                    self.view = View::Matrix;
                    self.edit(Edit::AddLine {
                        snapshot: self.selected,
                        kind,
                    });
                }
            }
            Action::ValuationSettings => self.valuation.open = true,
            Action::About => self.about.open = true,
            Action::BuiltinTypology => self.set_typology(None),
            Action::BuiltinQuestionnaire => self.set_questionnaire(None),
            Action::Open
            | Action::OpenPortfolio
            | Action::CompareWithFile
            | Action::ImportBalance
            | Action::ChooseTypology
            | Action::ChooseQuestionnaire => {}
        }
    }

    /// Carries out one command.
    pub fn apply(&mut self, command: Command) {
        if !matches!(command, Command::Edit(_)) {
            self.last_edit = None;
        }
        match command {
            Command::Action(action) => self.act(action),
            Command::UseQuestionnaire(path) => self.set_questionnaire(Some(path)),
            Command::Edit(edit) => self.edit(edit),
            Command::SelectSnapshot(index) => self.select(index),
            Command::SetReference(reference) => self.set_reference(reference),
            Command::ChooseReference => self.pick(PathFor::Reference),
            Command::UseReference(path) => self.use_reference(&path),
            Command::ShowView(view) => self.view = view,
            Command::AskDeleteSnapshot(index) => {
                if let Some(s) = self.document.case().snapshots.get(index) {
                    self.question = Some(Question::DeleteSnapshot {
                        index,
                        label: s.label.clone(),
                    });
                }
            }
            Command::Request(pending) => self.request(pending),
            Command::Perform(pending) => self.perform(pending),
            Command::SaveThen(next) => {
                self.save_then(next);
            }
            Command::Overwrite(next) => {
                if let Some(path) = self.document.path.clone()
                    && self.save_to(&path)
                    && let Some(next) = next
                {
                    self.perform(next);
                }
            }
            Command::SaveAsThen(next) => {
                self.save_as_then(next);
            }
            Command::SaveToThen(path, next) => {
                if self.save_to(&path)
                    && let Some(next) = next
                {
                    self.perform(next);
                }
            }
            Command::Restore(case, source) => {
                self.paths.restored();
                self.document = Document::unsaved(*case, source);
                self.selected = self.document.case().default_snapshot_index();
                self.clear_drafts();
            }
            Command::DiscardRecovery => self.paths.discard_recovery(),
            Command::CloseDialog => self.question = None,
            Command::OpenExample(index) => self.open_example(index),
            Command::OpenPortfolioAt(dir) => self.open_portfolio(&dir),
            Command::ReloadPortfolio => self.reload_portfolio(),
            Command::ClosePortfolio => {
                self.workspaces.portfolio = None;
                self.view = View::Matrix;
            }
            Command::ExportPortfolio(path, what) => {
                self.export_portfolio(&path, what);
            }
            Command::ExportPortfolioDialog(what) => {
                let name = format!("portefeuille.{}", what.extension());
                let picked = file_dialogs::save_as(what.extension(), &name, None);
                self.chosen(PathFor::ExportPortfolio(what), picked, &name);
            }
            Command::CompareWith(path) => self.compare_with(&path),
            Command::CloseComparison => {
                self.workspaces.comparison = None;
                self.view = View::Matrix;
            }
            Command::StartImport(path) => self.start_import(&path),
            Command::ImportYear(year) => self.import_year(year),
            Command::ImportSheet(sheet) => self.import_sheet(&sheet),
            Command::FinishImport => {
                self.finish_import();
            }
            Command::CancelImport => {
                self.workspaces.import = None;
                self.view = View::Matrix;
            }
            Command::ChooseMapping => self.pick(PathFor::Mapping),
            Command::UseMapping(path) => self.use_mapping(&path),
            Command::ExportTo(path, choice) => {
                if self.export_to(&path, choice) {
                    self.export.open = false;
                }
            }
            Command::ExportWith(choice) => {
                let ext = choice.format.extension();
                let name = format!("{}.{ext}", self.export_stem());
                let folder = self.settings.last_export_dir.clone();
                let picked = file_dialogs::save_as(ext, &name, folder.as_deref());
                self.chosen(PathFor::Export(choice), picked, &name);
            }
            Command::SaveAnonymisedTo(path) => {
                self.save_anonymised_copy(&path);
            }
            Command::UseTypology(path) => self.set_typology(path),
            Command::Tell(message) => self.toasts.error(message),
            Command::CopyTable(table) => match self.clipboard.copy_table(table) {
                Ok(()) => {
                    self.toasts.notice = Some(
                        "Tableau copié : collez-le dans un tableur, un traitement de texte ou une présentation."
                            .to_owned(),
                    );
                }
                Err(err) => self.toasts.error(err.said(self.settings.lang)),
            },
        }
    }
}
