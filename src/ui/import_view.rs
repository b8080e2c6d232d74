//! « Importer une balance comptable »: the review screen. Every account of the file is listed
//! with where it goes; accounts that match nothing and public money to split wait for the
//! consultant; the totals before and after are checked; nothing enters the case before
//! « Importer ».

use std::path::{Path, PathBuf};

use egui::{Color32, RichText};

use super::i18n::Lang;
use super::matrix::{CellEdits, optional_number};
use super::position::colour;
use super::workbook::Workbook;
use crate::cli::View;
use crate::format::euros;
use crate::import::{Action, Balance, Destination, Mapping, Plan, Rule, apply, year_in};
use crate::model::{Catalogue, KindId, Lever};

/// The import under review.
pub struct ImportReview {
    pub source: PathBuf,
    /// The mapping in use: the app's, or one the consultant chose.
    pub mapping: Mapping,
    pub balance: Balance,
    pub plan: Plan,
    pub label: String,
    pub year: i32,
    pub replace: bool,
    /// Keep the consultant's assignments as rules of the case, for next year's import.
    pub remember: bool,
    /// Show only the accounts that waited for the consultant when the file was read (they stay
    /// listed once handled, so that a row never vanishes under the pointer).
    pub only_pending: bool,
    to_review: Vec<bool>,
    /// Accounts assigned by hand: (account, action), for `remember`.
    pub assignments: Vec<(String, Action)>,
    edits: CellEdits,
}

impl ImportReview {
    /// Reads `path` and maps its accounts; the error says what and where, in French.
    pub fn open(path: &Path, case: &crate::model::Case) -> Result<ImportReview, String> {
        let bytes = std::fs::read(path).map_err(|e| {
            format!(
                "La balance « {} » ne peut pas être lue : {}.",
                path.display(),
                crate::storage::io_reason(&e)
            )
        })?;
        let name = path
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned());
        let balance = crate::import::read(&bytes, &name)?;
        let mapping = Mapping::builtin().clone();
        let plan = Plan::new(&balance, &mapping, &case.account_rules);
        // The year in the file's name, else the year after the last snapshot.
        let year = year_in(&name).unwrap_or_else(|| {
            case.snapshots
                .iter()
                .filter(|s| s.kind == crate::model::SnapshotKind::Realise)
                .map(|s| s.year + 1)
                .max()
                .unwrap_or(2025)
        });
        let to_review: Vec<bool> = plan.items.iter().map(|i| i.needs_attention()).collect();
        let only_pending = to_review.contains(&true);
        Ok(ImportReview {
            to_review,
            mapping,
            source: path.to_owned(),
            balance,
            plan,
            label: format!("{year} réalisé"),
            year,
            replace: false,
            remember: true,
            only_pending,
            assignments: Vec::new(),
            edits: CellEdits::default(),
        })
    }

    /// Whether the import can be done now, else why not.
    pub fn blocker(&self, case: &crate::model::Case) -> Option<String> {
        let problems = self.plan.problems();
        if !problems.is_empty() {
            return Some(format!(
                "{} point(s) à traiter avant l'import (comptes « à affecter » ou « à confirmer »).",
                problems.len()
            ));
        }
        if self.label.trim().is_empty() {
            return Some("Donnez un nom à l'instantané.".to_owned());
        }
        if case.snapshot(self.label.trim()).is_some() && !self.replace {
            return Some(format!(
                "L'instantané « {} » existe déjà : changez son nom ou cochez « remplacer ».",
                self.label.trim()
            ));
        }
        None
    }

    /// Maps the accounts again with another table; the assignments made by hand stay.
    pub fn use_mapping(&mut self, mapping: Mapping, case: &crate::model::Case) {
        self.plan = Plan::new(&self.balance, &mapping, &case.account_rules);
        self.mapping = mapping;
        for (account, action) in self.assignments.clone() {
            if let Some(index) = self
                .plan
                .items
                .iter()
                .position(|i| i.row.account == account)
            {
                self.assign(index, action);
            }
        }
        self.to_review = self
            .plan
            .items
            .iter()
            .map(|i| i.needs_attention())
            .collect();
    }

    /// Puts the account on `line` under `action`, by hand.
    pub fn assign(&mut self, index: usize, action: Action) {
        let Some(item) = self.plan.items.get_mut(index) else {
            return;
        };
        match &action {
            Action::Kind(kind) => item.assign(kind.clone()),
            Action::Expenses => item.destination = Destination::Expenses,
            Action::Ignore(why) => item.destination = Destination::Ignored(why.clone()),
            Action::Choose(_) => return,
        }
        let account = item.row.account.clone();
        self.assignments.retain(|(a, _)| *a != account);
        self.assignments.push((account, action));
    }
}

impl Workbook {
    /// Reads the balance at `path` and shows the review; says why when it cannot be read.
    pub fn start_import(&mut self, path: &Path) {
        match ImportReview::open(path, &self.doc.case) {
            Ok(review) => {
                self.import = Some(review);
                self.view = View::Import;
            }
            Err(err) => self
                .messages
                .push(format!("{err} Le dossier n'a pas changé.")),
        }
    }

    pub fn import_dialog(&mut self) {
        if let Some(path) = rfd::FileDialog::new()
            .add_filter("Balance comptable (CSV)", &["csv", "txt"])
            .pick_file()
        {
            self.start_import(&path);
        }
    }

    /// Carries out the reviewed import into the open case (one undo step); returns whether it
    /// was done.
    pub fn finish_import(&mut self) -> bool {
        let Some(review) = self.import.as_ref() else {
            return false;
        };
        if let Some(why) = review.blocker(&self.doc.case) {
            self.messages.push(why);
            return false;
        }
        self.doc.checkpoint();
        let label = review.label.trim().to_owned();
        match apply(
            &mut self.doc.case,
            (&label, review.year),
            &review.plan,
            review.replace,
        ) {
            Ok(count) => {
                if review.remember {
                    for (account, action) in &review.assignments {
                        let rules = &mut self.doc.case.account_rules;
                        rules.retain(|r| r.prefix != *account);
                        rules.push(Rule {
                            prefix: account.clone(),
                            action: action.clone(),
                        });
                    }
                }
                self.notice = Some(format!(
                    "{count} ligne(s) importée(s) de « {} » dans « {label} ». Ctrl+Z pour annuler.",
                    review
                        .source
                        .file_name()
                        .map_or(String::new(), |n| n.to_string_lossy().into_owned())
                ));
                self.import = None;
                self.select_snapshot(&label);
                self.view = View::Matrix;
                true
            }
            Err(err) => {
                self.messages.push(format!("Import impossible : {err}."));
                false
            }
        }
    }
}

const PENDING: Color32 = Color32::from_rgb(200, 110, 0);
const DONE: Color32 = colour(crate::palette::INCREASE);

pub fn ui(ui: &mut egui::Ui, wb: &mut Workbook) {
    let lang = wb.lang();
    let Some(review) = wb.import.as_mut() else {
        ui.label(lang.t("Aucun import en cours."));
        return;
    };
    let mut finish = false;
    let mut cancel = false;
    ui.label(
        RichText::new(format!(
            "Importer une balance comptable — {}",
            review.source.display()
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
    let mut other_mapping = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("Table de correspondance : {}.", review.mapping.name));
        if ui
            .small_button(lang.t("Autre table…"))
            .on_hover_text(lang.t("Une table au format de assets/balance-mapping.ron, par exemple adaptée au plan comptable de votre réseau."))
            .clicked()
            && let Some(path) = rfd::FileDialog::new()
                .add_filter("Table de correspondance", &["ron"])
                .pick_file()
        {
            other_mapping = Some(Mapping::load(&path));
        }
    });
    match other_mapping {
        Some(Ok(mapping)) => review.use_mapping(mapping, &wb.doc.case),
        Some(Err(err)) => wb.messages.push(err),
        None => {}
    }
    ui.add_space(4.0);
    target_ui(ui, review, &wb.doc.case, lang);
    ui.add_space(4.0);
    totals_ui(ui, &review.plan, lang);
    ui.separator();
    let pending = review
        .plan
        .items
        .iter()
        .filter(|i| i.needs_attention())
        .count();
    let listed = review.to_review.iter().filter(|t| **t).count();
    ui.horizontal(|ui| {
        ui.radio_value(
            &mut review.only_pending,
            true,
            format!("À traiter ({pending} sur {listed})"),
        );
        ui.radio_value(
            &mut review.only_pending,
            false,
            format!("Tous les comptes ({})", review.plan.items.len()),
        );
    });
    let bottom = 64.0;
    egui::ScrollArea::vertical()
        .id_salt("import-accounts")
        .max_height((ui.available_height() - bottom).max(120.0))
        .auto_shrink([false, true])
        .show(ui, |ui| accounts_ui(ui, review, lang));
    ui.separator();
    let blocker = review.blocker(&wb.doc.case);
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
            finish = true;
        }
        if ui.button(lang.t("Annuler l'import")).clicked() {
            cancel = true;
        }
        match &blocker {
            Some(why) => ui.colored_label(PENDING, why),
            None => ui.colored_label(
                DONE,
                lang.t("✓ Prêt : chaque compte a sa place et les totaux concordent."),
            ),
        };
    });
    if finish {
        wb.finish_import();
    }
    if cancel {
        wb.import = None;
        wb.view = View::Matrix;
    }
}

fn target_ui(ui: &mut egui::Ui, review: &mut ImportReview, case: &crate::model::Case, lang: Lang) {
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

fn accounts_ui(ui: &mut egui::Ui, review: &mut ImportReview, lang: Lang) {
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
                let item = &review.plan.items[index];
                if review.only_pending && !review.to_review.get(index).copied().unwrap_or(false) {
                    continue;
                }
                let name = format!("compte {}", item.row.account);
                let rule = match &item.rule {
                    Some(prefix) => format!("règle du préfixe {prefix}"),
                    None => "aucune règle".to_owned(),
                };
                ui.label(&item.row.account)
                    .on_hover_text(format!("ligne {} du fichier ; {rule}", item.row.line));
                ui.allocate_ui_with_layout(
                    egui::vec2(240.0, 18.0),
                    egui::Layout::left_to_right(egui::Align::Center),
                    |ui| ui.add(egui::Label::new(&item.row.label).truncate()),
                );
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(euros(item.row.credit_balance));
                });
                ui.vertical(|ui| {
                    destination_ui(ui, review, (index, lang), &choices, &mut assigned, &name);
                });
                let item = &review.plan.items[index];
                match &item.destination {
                    Destination::Unassigned => {
                        ui.colored_label(ui.visuals().error_fg_color, lang.t("à affecter"))
                    }
                    Destination::Kinds {
                        confirmed: false, ..
                    } => ui.colored_label(PENDING, lang.t("à confirmer")),
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
    review: &mut ImportReview,
    (index, lang): (usize, Lang),
    choices: &[(String, Action)],
    assigned: &mut Option<(usize, Action)>,
    name: &str,
) {
    let item = &review.plan.items[index];
    let current = match &item.destination {
        Destination::Kinds { parts, .. } if parts.len() == 1 => kind_label(&parts[0].0),
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
                    let mut value = Some(amount);
                    if optional_number(ui, &mut review.edits, (id, &cell), &mut value, 110.0)
                        .changed()
                        && let Some(item) = review.plan.items.get_mut(index)
                    {
                        item.split(kind, value.unwrap_or(0.0).min(total));
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
