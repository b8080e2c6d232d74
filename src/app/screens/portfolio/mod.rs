//! « Portefeuille »: every case of a folder on one ternary map and in a sortable table, with
//! filters, an anonymised view for third parties, and exports. Unreadable files are listed with
//! their error.

mod views;

use std::path::PathBuf;

use egui::RichText;

use crate::app::command::{Command, Pending};
use crate::app::i18n::Lang;
use crate::app::view::{CaseView, View};
use crate::app::workspaces::{PortfolioExport, PortfolioState};
use crate::model::Phase;
use crate::portfolio::{Entry, Portfolio};
use views::{map_ui, table_ui};

/// « Portefeuille »: draws the open portfolio (`workspaces::PortfolioState`) and how it is
/// shown.
#[derive(Default)]
pub struct PortfolioScreen;

impl PortfolioScreen {
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        state: Option<&mut PortfolioState>,
        view: &CaseView<'_>,
        commands: &mut Vec<Command>,
    ) {
        let lang = view.lang;
        let Some(state) = state else {
            ui.label(lang.t("Aucun portefeuille ouvert."));
            if ui.button(lang.t("Ouvrir un portefeuille…")).clicked() {
                commands.push(Command::Action(crate::app::action::Action::OpenPortfolio));
            }
            return;
        };
        let mut action = None;
        toolbar(ui, state, lang, &mut action);
        filters(ui, state, lang);
        failures(ui, &state.portfolio, state.anonymised, lang);
        ui.add_space(4.0);
        let rows = state.rows();
        diagnostic_ui(
            ui,
            &crate::portfolio::diagnostic_spread(&state.portfolio, &rows),
            lang,
        );
        let height = ui.available_height();
        let map_width = (ui.available_width() * 0.3).clamp(360.0, 620.0);
        ui.horizontal_top(|ui| {
            ui.allocate_ui(egui::vec2(map_width, height), |ui| {
                map_ui(ui, state, (&rows, view.typology, lang), map_width, height);
            });
            ui.separator();
            ui.vertical(|ui| table_ui(ui, state, (&rows, view.typology, lang), &mut action));
        });
        match action {
            Some(Action::Reload) => commands.push(Command::ReloadPortfolio),
            Some(Action::Close) => commands.push(Command::ClosePortfolio),
            // The table as shown (filters, sort, anonymisation).
            Some(Action::Copy) => commands.push(Command::CopyTable(
                crate::report::table::portfolio_table(&state.portfolio, &rows, state.anonymised),
            )),
            Some(Action::Export(what)) => commands.push(Command::ExportPortfolioDialog(what)),
            Some(Action::Open(path)) => {
                commands.push(Command::ShowView(View::Matrix));
                commands.push(Command::Request(Pending::Open(path)));
            }
            None => {}
        }
    }
}

/// For a « tête de réseau »: the members' levels part by part and the formats they are
/// advised, from their latest autodiagnostic (the cases shown).
fn diagnostic_ui(ui: &mut egui::Ui, spread: &crate::portfolio::DiagnosticSpread, lang: Lang) {
    if spread.members == 0 {
        return;
    }
    egui::CollapsingHeader::new(lang.f(
        if spread.members > 1 {
            "Autodiagnostic des membres (dernier tour) : {} dossiers"
        } else {
            "Autodiagnostic des membres (dernier tour) : {} dossier"
        },
        &[&spread.members.to_string()],
    ))
    .id_salt("portfolio-diagnostic")
    .show(ui, |ui| {
        egui::Grid::new("portfolio-levels")
            .striped(true)
            .show(ui, |ui| {
                ui.label("");
                for level in crate::analysis::autodiagnostic::Level::ALL {
                    ui.label(RichText::new(level.label()).strong());
                }
                ui.end_row();
                for (part, counts) in &spread.levels {
                    ui.label(part);
                    for count in counts {
                        ui.label(count.to_string());
                    }
                    ui.end_row();
                }
            });
        let advised: Vec<String> = spread
            .formats
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(name, n)| lang.f("{} : {}", &[name, &n.to_string()]))
            .collect();
        if !advised.is_empty() {
            ui.label(lang.f("Formats conseillés (membres) : {}", &[&advised.join(" · ")]));
        }
    });
}

enum Action {
    Reload,
    Close,
    Copy,
    Export(PortfolioExport),
    Open(PathBuf),
}

fn toolbar(ui: &mut egui::Ui, state: &PortfolioState, lang: Lang, action: &mut Option<Action>) {
    ui.horizontal_wrapped(|ui| {
        let folder = if state.anonymised {
            lang.t("Portefeuille").to_owned()
        } else {
            lang.f(
                "Portefeuille — {}",
                &[&state.portfolio.folder.display().to_string()],
            )
        };
        ui.label(RichText::new(folder).heading());
        ui.add_space(12.0);
        if ui
            .button(lang.t("⟳ Actualiser"))
            .on_hover_text(lang.t("Relit les fichiers du dossier"))
            .clicked()
        {
            *action = Some(Action::Reload);
        }
        for (label, what) in [
            (lang.t("Exporter en PDF…"), PortfolioExport::Pdf),
            (lang.t("Exporter en PNG…"), PortfolioExport::Png),
            (lang.t("Exporter le tableau en CSV…"), PortfolioExport::Csv),
            (
                lang.t("Exporter le tableau en classeur Excel…"),
                PortfolioExport::Xlsx,
            ),
            (
                lang.t("Enregistrer comme référence…"),
                PortfolioExport::Reference,
            ),
        ] {
            if ui.button(label).clicked() {
                *action = Some(Action::Export(what));
            }
        }
        if ui
            .button(lang.t("Copier le tableau"))
            .on_hover_text(lang.t(
                "Les chiffres en tableau (HTML et texte tabulé), à coller dans un tableur, un traitement de texte ou une présentation",
            ))
            .clicked()
        {
            *action = Some(Action::Copy);
        }
        if ui.button(lang.t("Fermer le portefeuille")).clicked() {
            *action = Some(Action::Close);
        }
    });
}

/// A drop-down of `values` bound to `choice`; « tous » keeps every value.
fn choice_box<T: Clone + PartialEq>(
    ui: &mut egui::Ui,
    (label, lang): (&str, Lang),
    choice: &mut Option<T>,
    values: &[(T, String)],
) {
    let label_id = ui.label(label).id;
    let shown = choice
        .as_ref()
        .and_then(|c| values.iter().find(|(v, _)| v == c))
        .map_or(lang.t("tous").to_owned(), |(_, text)| text.clone());
    egui::ComboBox::from_id_salt(label)
        .selected_text(shown)
        .width(150.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(choice, None, lang.t("tous"));
            for (value, text) in values {
                ui.selectable_value(choice, Some(value.clone()), text);
            }
        })
        .response
        .labelled_by(label_id);
}

fn filters(ui: &mut egui::Ui, state: &mut PortfolioState, lang: Lang) {
    let p = &state.portfolio;
    let text_values = |field: fn(&Entry) -> &str| -> Vec<(String, String)> {
        p.values(field)
            .into_iter()
            .map(|v| (v.clone(), v))
            .collect()
    };
    let sectors = text_values(|e| &e.sector);
    let territories = text_values(|e| &e.territory);
    let phases: Vec<(Phase, String)> = Phase::ALL
        .iter()
        .map(|&ph| (ph, ph.label().to_owned()))
        .collect();
    let models: Vec<(String, String)> = p
        .values(|e| e.model.as_deref().unwrap_or(""))
        .into_iter()
        .map(|m| (m.clone(), m))
        .collect();
    ui.horizontal_wrapped(|ui| {
        choice_box(ui, (lang.t("Secteur"), lang), &mut state.filter.sector, &sectors);
        if !state.anonymised {
            choice_box(ui, (lang.t("Territoire"), lang), &mut state.filter.territory, &territories);
        }
        choice_box(ui, (lang.t("Phase"), lang), &mut state.filter.phase, &phases);
        choice_box(ui, (lang.t("Modèle"), lang), &mut state.filter.model, &models);
        ui.separator();
        if ui
            .checkbox(&mut state.anonymised, lang.t("Anonymiser"))
            .on_hover_text(
                lang.t("Pour montrer le portefeuille à un tiers : organisations numérotées, territoires et noms de fichiers masqués"),
            )
            .changed()
            && state.anonymised
        {
            state.filter.territory = None;
        }
        ui.checkbox(&mut state.paths, lang.t("Trajectoires"));
    });
}

fn failures(ui: &mut egui::Ui, portfolio: &Portfolio, anonymised: bool, lang: Lang) {
    if portfolio.failures.is_empty() {
        return;
    }
    let error = ui.visuals().error_fg_color;
    egui::CollapsingHeader::new(
        RichText::new(lang.f(
            "⚠ {} fichier(s) non chargé(s)",
            &[&portfolio.failures.len().to_string()],
        ))
        .color(error),
    )
    .id_salt("portfolio-failures")
    .default_open(true)
    .show(ui, |ui| {
        if anonymised {
            ui.label(lang.t("Détails masqués dans la vue anonymisée."));
            return;
        }
        for failure in &portfolio.failures {
            ui.colored_label(error, crate::text::load_refusal(&failure.error, lang));
        }
    });
}
