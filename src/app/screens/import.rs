//! « Importer une balance comptable »: the review screen. Every account of the file is listed
//! with where it goes; accounts that match nothing and public money to split wait for the
//! consultant; the totals before and after are checked; nothing enters the case before
//! « Importer ».

use egui::{Color32, RichText};

use crate::app::command::Command;
use crate::app::i18n::Lang;
use crate::app::view::CaseView;
use crate::app::widgets::cells::{Cell, Drafts, number_cell};
use crate::app::widgets::colours::colour;
use crate::app::workspaces::ImportState;
use crate::format::euros;
use crate::import::{Action, Destination, Plan, Review};
use crate::model::{Case, Catalogue, KindId, Lever};

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
        RichText::new(format!(
            "Importer une balance comptable — {}",
            state.source.display()
        ))
        .heading(),
    );
    ui.label(format!("Lu : {}.", review.balance.detection.summary()));
    if !review.balance.detection.skipped.is_empty() {
        egui::CollapsingHeader::new(format!(
            "{} ligne(s) du fichier laissée(s) de côté",
            review.balance.detection.skipped.len()
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
        ui.label(format!("Table de correspondance : {}.", review.mapping.name));
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
            format!("À traiter ({pending} sur {listed})"),
        );
        ui.radio_value(
            &mut state.only_pending,
            false,
            format!("Tous les comptes ({})", review.plan.items.len()),
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
    let blocker = review.blocker(case);
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
        let button =
            egui::Button::new(RichText::new(format!("Importer {lines} ligne(s)")).strong());
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

/// What an account can be given to by hand: nothing, the expenses, or any kind.
fn choices() -> Vec<(String, Action)> {
    let mut choices = vec![
        (
            "Ignorer ce compte".to_owned(),
            Action::Ignore("écarté par l'accompagnateur".to_owned()),
        ),
        ("Charges annuelles".to_owned(), Action::Expenses),
    ];
    choices.extend(Catalogue::builtin().kinds.iter().filter_map(|k| {
        let id = KindId::new(&k.id)?;
        Some((
            format!("{} — {}", k.lever.label(), k.label),
            Action::Kind(id),
        ))
    }));
    choices
}

/// The kind's name without its examples: « Subventions publiques ».
fn kind_label(kind: &KindId) -> String {
    let label = kind.label();
    label.split(" (").next().unwrap_or(label).trim().to_owned()
}

fn accounts_ui(ui: &mut egui::Ui, (state, drafts): (&mut ImportState, &mut Drafts), lang: Lang) {
    let review = &mut state.review;
    let choices = choices();
    let mut assigned: Option<(usize, Action)> = None;
    egui::Grid::new("import-accounts-grid")
        .num_columns(5)
        .striped(true)
        .spacing([14.0, 6.0])
        .show(ui, |ui| {
            for title in ["Compte", "Libellé", "Montant", "Affectation", "État"] {
                ui.strong(lang.t(title));
            }
            ui.end_row();
            for index in 0..review.plan.items.len() {
                let Some(item) = review.plan.items.get(index) else {
                    continue;
                };
                if state.only_pending && !state.to_review.get(index).copied().unwrap_or(false) {
                    continue;
                }
                let name = format!("compte {}", item.row.account);
                let rule = match &item.rule {
                    Some(prefix) => format!("règle du préfixe {prefix}"),
                    None => "aucune règle".to_owned(),
                };
                ui.label(&item.row.account)
                    .on_hover_text(format!("ligne {} du fichier ; {rule}", item.row.line));
                // The account's label whole, on as many lines as it needs.
                ui.vertical(|ui| {
                    ui.set_max_width(240.0);
                    ui.add(egui::Label::new(&item.row.label).wrap());
                });
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(euros(item.row.credit_balance));
                });
                ui.vertical(|ui| {
                    destination_ui(
                        ui,
                        (review, &mut *drafts),
                        (index, lang),
                        &choices,
                        &mut assigned,
                        &name,
                    );
                });
                let Some(item) = review.plan.items.get(index) else {
                    continue;
                };
                match &item.destination {
                    Destination::Unassigned => {
                        ui.colored_label(ui.visuals().error_fg_color, lang.t("à affecter"))
                    }
                    Destination::Kinds {
                        confirmed: false, ..
                    } => match &item.proposal {
                        // Preselected from the account's label: confirming is one click.
                        Some(kind) => ui
                            .colored_label(PENDING, lang.t("à confirmer (proposé)"))
                            .on_hover_text(format!(
                                "Proposé d'après le libellé : {}",
                                kind.label()
                            )),
                        None => ui.colored_label(PENDING, lang.t("à confirmer")),
                    },
                    _ => ui.colored_label(DONE, "✓"),
                };
                ui.end_row();
            }
        });
    if let Some((index, action)) = assigned {
        review.assign(index, action);
    }
}

fn destination_ui(
    ui: &mut egui::Ui,
    (review, drafts): (&mut Review, &mut Drafts),
    (index, lang): (usize, Lang),
    choices: &[(String, Action)],
    assigned: &mut Option<(usize, Action)>,
    name: &str,
) {
    let Some(item) = review.plan.items.get(index) else {
        return;
    };
    let current = match &item.destination {
        Destination::Kinds { parts, .. } if parts.len() == 1 => parts
            .first()
            .map_or(String::new(), |(kind, _)| kind_label(kind)),
        Destination::Kinds { .. } => "réparti".to_owned(),
        Destination::Expenses => "Charges annuelles".to_owned(),
        Destination::Ignored(why) => format!("Ignoré : {why}"),
        Destination::Unassigned => lang.t("Choisir une affectation…").to_owned(),
    };
    let combo = egui::ComboBox::from_id_salt(("import-destination", index))
        .selected_text(current)
        .width(400.0)
        .show_ui(ui, |ui| {
            for (label, action) in choices {
                if ui.selectable_label(false, label).clicked() {
                    *assigned = Some((index, action.clone()));
                }
            }
        });
    combo
        .response
        .accessible_name(format!("Affectation — {name}"));
    // Public money and other accounts that do not say: split between the proposed kinds.
    let Destination::Kinds {
        parts,
        options,
        confirmed,
    } = &item.destination
    else {
        return;
    };
    if options.len() < 2 {
        return;
    }
    let (parts, options, confirmed) = (parts.clone(), options.clone(), *confirmed);
    let total = item.row.credit_balance;
    ui.label(RichText::new(lang.t("Répartir entre :")).small());
    egui::Grid::new(("import-split-grid", index))
        .num_columns(2)
        .spacing([10.0, 2.0])
        .show(ui, |ui| {
            for (n, kind) in options.iter().enumerate() {
                let amount = parts
                    .iter()
                    .find(|(k, _)| k == kind)
                    .map_or(0.0, |(_, a)| *a);
                let short = kind_label(kind);
                ui.label(&short);
                if n == 0 {
                    // The first kind takes what the others leave.
                    ui.label(format!("{} (le reste)", euros(amount)));
                } else {
                    let id = egui::Id::unique(("import-split", index, kind.as_str()));
                    let cell = format!("{short} — {name}");
                    match number_cell(ui, drafts, (id, &cell), Some(amount), 110.0).1 {
                        Cell::Commit(value) => {
                            if let Some(item) = review.plan.items.get_mut(index) {
                                item.split(kind, value.unwrap_or(0.0).min(total));
                            }
                        }
                        Cell::Refused(why) => {
                            ui.colored_label(ui.visuals().error_fg_color, why);
                        }
                        Cell::Unchanged => {}
                    }
                }
                ui.end_row();
            }
        });
    if !confirmed
        && ui
            .button(lang.t("Confirmer la répartition"))
            .on_hover_text(lang.t("Le compte ne dit pas s'il s'agit de subventions ou d'achats publics : confirmez la répartition."))
            .clicked()
        && let Some(item) = review.plan.items.get_mut(index)
        && let Some(first) = options.first()
    {
        let first_amount = parts.iter().find(|(k, _)| k == first).map_or(0.0, |(_, a)| *a);
        item.split(first, first_amount);
    }
}
