//! « Importer une balance comptable »: the review screen. Every account of the file is listed
//! with where it goes; accounts that match nothing and public money to split wait for the
//! consultant; the totals before and after are checked; nothing enters the case before
//! « Importer ».

mod accounts;

use egui::{Color32, RichText};

use crate::app::command::Command;
use crate::app::i18n::Lang;
use crate::app::view::CaseView;
use crate::app::widgets::cells::Drafts;
use crate::app::widgets::colours::colour;
use crate::app::workspaces::ImportState;
use crate::format::euros;
use crate::import::{Plan, Review};
use crate::model::{Case, Lever};
use accounts::accounts_ui;

/// « Import de balance »: draws the review (`workspaces::ImportState`) until « Importer » or
/// « Annuler l'import »; owns the amounts being typed.
#[derive(Default)]
pub struct ImportScreen {
    drafts: Drafts,
}

const PENDING: Color32 = Color32::from_rgb(200, 110, 0);
const DONE: Color32 = colour(crate::palette::INCREASE);

impl ImportScreen {
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        state: Option<&mut ImportState>,
        view: &CaseView<'_>,
        commands: &mut Vec<Command>,
    ) {
        let lang = view.lang;
        let Some(state) = state else {
            ui.label(lang.t("Aucun import en cours."));
            return;
        };
        review_ui(ui, (state, &mut self.drafts), view.case, lang, commands);
    }
}

fn review_ui(
    ui: &mut egui::Ui,
    (state, drafts): (&mut ImportState, &mut Drafts),
    case: &Case,
    lang: Lang,
    commands: &mut Vec<Command>,
) {
    let review = &mut state.review;
    ui.label(
        RichText::new(lang.f(
            "Importer une balance comptable — {}",
            &[&state.source.display().to_string()],
        ))
        .heading(),
    );
    ui.label(lang.f("Lu : {}.", &[&review.balance.detection.summary()]));
    if !review.balance.detection.skipped.is_empty() {
        egui::CollapsingHeader::new(lang.f(
            "{} ligne(s) du fichier laissée(s) de côté",
            &[&review.balance.detection.skipped.len().to_string()],
        ))
        .id_salt("import-skipped")
        .show(ui, |ui| {
            for s in &review.balance.detection.skipped {
                ui.label(s);
            }
        });
    }
    year_ui(ui, review, lang, commands);
    sheet_ui(ui, review, lang, commands);
    ui.horizontal_wrapped(|ui| {
        ui.label(lang.f("Table de correspondance : {}.", &[&review.mapping.name]));
        if ui
            .small_button(lang.t("Autre table…"))
            .on_hover_text(lang.t("Une table au format de assets/balance-mapping.ron, par exemple adaptée au plan comptable de votre réseau."))
            .clicked()
        {
            commands.push(Command::ChooseMapping);
        }
    });
    ui.add_space(4.0);
    target_ui(ui, review, case, lang);
    ui.add_space(4.0);
    totals_ui(ui, &review.plan, lang);
    reserves_ui(ui, &mut review.plan, lang);
    ui.separator();
    let pending = review
        .plan
        .items
        .iter()
        .filter(|i| i.needs_attention())
        .count();
    let listed = state.to_review.iter().filter(|t| **t).count();
    ui.horizontal(|ui| {
        ui.radio_value(
            &mut state.only_pending,
            true,
            lang.f(
                "À traiter ({} sur {})",
                &[&pending.to_string(), &listed.to_string()],
            ),
        );
        ui.radio_value(
            &mut state.only_pending,
            false,
            lang.f(
                "Tous les comptes ({})",
                &[&review.plan.items.len().to_string()],
            ),
        );
    });
    let bottom = 64.0;
    egui::ScrollArea::vertical()
        .id_salt("import-accounts")
        .max_height((ui.available_height() - bottom).max(120.0))
        .auto_shrink([false, true])
        .show(ui, |ui| accounts_ui(ui, (state, drafts), lang));
    ui.separator();
    let review = &mut state.review;
    let blocker = review
        .blocker(case)
        .map(|b| crate::text::import_refusal(&b, lang));
    ui.horizontal(|ui| {
        ui.checkbox(
            &mut review.remember,
            lang.t("Mémoriser mes affectations dans ce dossier (pour l'import de l'an prochain)"),
        );
    });
    ui.horizontal(|ui| {
        let lines = review
            .plan
            .kind_totals()
            .iter()
            .filter(|(_, a)| *a > 0.005)
            .count();
        let button = egui::Button::new(
            RichText::new(lang.f("Importer {} ligne(s)", &[&lines.to_string()])).strong(),
        );
        if ui.add_enabled(blocker.is_none(), button).clicked() {
            commands.push(Command::FinishImport);
        }
        if ui.button(lang.t("Annuler l'import")).clicked() {
            commands.push(Command::CancelImport);
        }
        match &blocker {
            Some(why) => ui.colored_label(PENDING, why),
            None => ui.colored_label(
                DONE,
                lang.t("✓ Prêt : chaque compte a sa place et les totaux concordent."),
            ),
        };
    });
}

/// A FEC of several fiscal years: which one to import, asked — never guessed silently.
fn year_ui(ui: &mut egui::Ui, review: &Review, lang: Lang, commands: &mut Vec<Command>) {
    let detection = &review.balance.detection;
    let (Some(read), [_, _, ..]) = (detection.year, detection.years.as_slice()) else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.colored_label(
            PENDING,
            format!(
                "{} {} :",
                lang.t("Le fichier couvre les exercices"),
                detection
                    .years
                    .iter()
                    .map(i32::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
        let label = ui.label(lang.t("exercice à importer"));
        let mut chosen = read;
        egui::ComboBox::from_id_salt("import-year")
            .selected_text(chosen.to_string())
            .show_ui(ui, |ui| {
                for year in &detection.years {
                    ui.selectable_value(&mut chosen, *year, year.to_string());
                }
            })
            .response
            .labelled_by(label.id);
        if chosen != read {
            commands.push(Command::ImportYear(chosen));
        }
    });
}

/// A workbook of several sheets holding a balance: which one to import, asked.
fn sheet_ui(ui: &mut egui::Ui, review: &Review, lang: Lang, commands: &mut Vec<Command>) {
    let detection = &review.balance.detection;
    let (Some(read), [_, _, ..]) = (&detection.sheet, detection.sheets.as_slice()) else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.colored_label(
            PENDING,
            format!(
                "{} : {}.",
                lang.t("Plusieurs feuilles du classeur tiennent une balance"),
                detection
                    .sheets
                    .iter()
                    .map(|s| format!("« {s} »"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
        let label = ui.label(lang.t("feuille à importer"));
        let mut chosen = read.clone();
        egui::ComboBox::from_id_salt("import-sheet")
            .selected_text(chosen.clone())
            .show_ui(ui, |ui| {
                for sheet in &detection.sheets {
                    ui.selectable_value(&mut chosen, sheet.clone(), sheet);
                }
            })
            .response
            .labelled_by(label.id);
        if chosen != *read {
            commands.push(Command::ImportSheet(chosen));
        }
    });
}

fn target_ui(ui: &mut egui::Ui, review: &mut Review, case: &Case, lang: Lang) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(lang.t("Instantané à créer :"));
        ui.add(egui::TextEdit::singleline(&mut review.label).desired_width(160.0))
            .labelled_by(label.id);
        let year = ui.label(lang.t("Année :"));
        ui.add(egui::DragValue::new(&mut review.year).range(1900..=2100))
            .labelled_by(year.id);
        if case.snapshot(review.label.trim()).is_some() {
            ui.checkbox(
                &mut review.replace,
                lang.t("remplacer ses ressources financières et contributions en nature"),
            )
            .on_hover_text(
                lang.t("Les lignes de temps et de partenariats saisies à la main restent."),
            );
        }
    });
}

fn totals_ui(ui: &mut egui::Ui, plan: &Plan, lang: Lang) {
    let t = plan.totals();
    egui::Grid::new("import-totals")
        .num_columns(2)
        .spacing([24.0, 2.0])
        .show(ui, |ui| {
            ui.label(lang.t("Produits du fichier (classes 7 et 87)"));
            ui.label(RichText::new(euros(t.file_resources)).strong());
            ui.end_row();
            ui.label(lang.t("  importés"));
            ui.label(euros(t.imported));
            ui.end_row();
            ui.label(lang.t("  ignorés (reprises, fonds dédiés…)"));
            ui.label(euros(t.ignored_resources));
            ui.end_row();
            ui.label(lang.t("  à affecter"));
            ui.label(euros(t.unassigned));
            ui.end_row();
            ui.label(lang.t("Contrôle"));
            if t.balanced() {
                ui.colored_label(DONE, lang.t("✓ les totaux concordent avec le fichier"));
            } else {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    lang.t("✗ les totaux ne concordent pas"),
                );
            }
            ui.end_row();
            ui.label(lang.t("Après import"));
            ui.label(format!(
                "{} {} · {} {} · {} {}",
                Lever::RichessesHumaines.label(),
                euros(t.human),
                Lever::RessourcesFinancieres.label(),
                euros(t.financial),
                Lever::AlliancesStrategiques.label(),
                euros(t.alliances)
            ));
            ui.end_row();
            if let Some(expenses) = plan.expenses() {
                ui.label(lang.t("Charges annuelles (classe 6)"));
                ui.label(euros(expenses));
                ui.end_row();
            }
        });
}

/// The « réserves » the balance sheet proposes, under the mapping's convention: taken when the
/// consultant ticks them, else what was typed stays.
fn reserves_ui(ui: &mut egui::Ui, plan: &mut Plan, lang: Lang) {
    let Some(proposal) = plan.reserves.clone() else {
        return;
    };
    ui.checkbox(
        &mut plan.take_reserves,
        format!(
            "{} {} ({})",
            lang.t("Reprendre les réserves des comptes :"),
            euros(proposal.taken()),
            proposal.convention
        ),
    )
    .on_hover_text(lang.t("Sinon, les réserves saisies dans l'instantané restent."));
}
