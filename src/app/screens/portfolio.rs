//! « Portefeuille »: every case of a folder on one ternary map and in a sortable table, with
//! filters, an anonymised view for third parties, and exports. Unreadable files are listed with
//! their error.

use std::path::PathBuf;

use egui::{Color32, RichText};
use egui_extras::{Column as TableColumn, TableBuilder};
use egui_plot::{Line, MarkerShape, Plot, PlotPoint, PlotPoints, Points};

use crate::analysis::Typology;

use crate::app::command::{Command, Pending};
use crate::app::i18n::Lang;
use crate::app::view::{CaseView, View};
use crate::app::widgets::colours::colour;
use crate::app::widgets::plot_kit::{
    Hovers, MapColours, anchor_hovers, point_tooltip, ternary_base, ternary_bounds, ternary_hover,
};
use crate::app::workspaces::{PortfolioExport, PortfolioState};
use crate::format::euros_whole;
use crate::model::Phase;
use crate::portfolio::{Column, Entry, Portfolio, Sort};

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
fn diagnostic_ui(ui: &mut egui::Ui, spread: &crate::portfolio::DiagnosticSpread) {
    if spread.members == 0 {
        return;
    }
    egui::CollapsingHeader::new(format!(
        "Autodiagnostic des membres (dernier tour) : {} dossier{}",
        spread.members,
        if spread.members > 1 { "s" } else { "" }
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
            .map(|(name, n)| format!("{name} : {n}"))
            .collect();
        if !advised.is_empty() {
            ui.label(format!(
                "Formats conseillés (membres) : {}",
                advised.join(" · ")
            ));
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
            "Portefeuille".to_owned()
        } else {
            format!("Portefeuille — {}", state.portfolio.folder.display())
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
        RichText::new(format!(
            "⚠ {} fichier(s) non chargé(s)",
            portfolio.failures.len()
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
            ui.colored_label(error, failure.error.to_string());
        }
    });
}

fn map_ui(
    ui: &mut egui::Ui,
    state: &mut PortfolioState,
    (rows, typology, lang): (&[usize], &Typology, Lang),
    width: f32,
    height: f32,
) {
    let colours = MapColours::of(ui);
    let entries = &state.portfolio.entries;
    let shown: Vec<(usize, [f64; 2])> = rows
        .iter()
        .filter_map(|&i| Some((i, entries.get(i)?.ternary?.to_xy())))
        .collect();
    let mut hovers: Hovers = shown
        .iter()
        .filter_map(|&(i, xy)| {
            let e = entries.get(i)?;
            let t = e.ternary?;
            let title = format!("{} — {}", e.display_name(state.anonymised), e.snapshot);
            Some((xy, ternary_hover(&title, &t, &e.position)))
        })
        .collect();
    hovers.extend(anchor_hovers(typology));
    let plot = Plot::new("portfolio-map")
        .width(width)
        .height(height.max(240.0))
        .data_aspect(1.0)
        .show_axes(false)
        .show_grid(false)
        .show_x(false)
        .show_y(false);
    let response = ternary_bounds(plot, width).show(ui, |plot| {
        ternary_base(plot, typology, colours);
        if state.paths {
            for &i in rows {
                let Some(e) = entries.get(i) else { continue };
                let points: Vec<[f64; 2]> = e
                    .path_points
                    .iter()
                    .filter_map(|p| p.ternary.map(|t| t.to_xy()))
                    .collect();
                if points.len() > 1 {
                    plot.line(
                        Line::new("trajectoire", PlotPoints::from(points))
                            .color(colour(e.model_rgb(typology)).gamma_multiply(0.6))
                            .width(1.2)
                            .allow_hover(false),
                    );
                }
            }
        }
        // One series per model: a few shapes, however many cases.
        let mut by_model: Vec<(Color32, Vec<[f64; 2]>)> = Vec::new();
        for &(i, xy) in &shown {
            let Some(e) = entries.get(i) else { continue };
            let c = colour(e.model_rgb(typology));
            match by_model.iter_mut().find(|(col, _)| *col == c) {
                Some((_, points)) => points.push(xy),
                None => by_model.push((c, vec![xy])),
            }
        }
        for (c, points) in by_model {
            plot.points(
                Points::new("dossiers", points)
                    .shape(MarkerShape::Circle)
                    .radius(5.0)
                    .filled(true)
                    .color(c)
                    .allow_hover(false),
            );
        }
        if let Some(xy) = state
            .selected
            .and_then(|i| entries.get(i))
            .and_then(|e| e.ternary)
            .map(|t| t.to_xy())
        {
            plot.points(
                Points::new("sélection", vec![xy])
                    .shape(MarkerShape::Circle)
                    .radius(9.0)
                    .filled(false)
                    .color(colours.ink)
                    .allow_hover(false),
            );
        }
    });
    point_tooltip(&response, &hovers);
    crate::app::widgets::copy::copy_image_menu(
        ui,
        (&response.response, response.response.rect),
        lang,
    );
    if response.response.clicked()
        && let Some(pointer) = response.response.interact_pointer_pos()
    {
        state.selected = shown
            .iter()
            .map(|&(i, xy)| {
                let at = response
                    .transform
                    .position_from_point(&PlotPoint::new(xy[0], xy[1]));
                (at.distance(pointer), i)
            })
            .filter(|(d, _)| *d <= 10.0)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, i)| i);
    }
}

fn table_ui(
    ui: &mut egui::Ui,
    state: &mut PortfolioState,
    (rows, typology, lang): (&[usize], &Typology, Lang),
    action: &mut Option<Action>,
) {
    ui.label(format!(
        "{} dossier(s) affiché(s) sur {} — cliquez un titre pour trier, double-cliquez une ligne pour ouvrir le dossier.",
        rows.len(),
        state.portfolio.entries.len()
    ));
    egui::ScrollArea::horizontal()
        .id_salt("portfolio-table-scroll")
        .show(ui, |ui| {
            let numeric = egui::Layout::right_to_left(egui::Align::Center);
            // Wide enough to read; on a narrow window the table scrolls sideways rather than cutting
            // every name. Long texts are cut, in full on hover.
            let w = (ui.available_width() - 30.0).max(600.0);
            let mut table = TableBuilder::new(ui)
                .id_salt("portfolio-table")
                .striped(true)
                .sense(egui::Sense::click())
                .resizable(true)
                .auto_shrink([false, false])
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .column(TableColumn::exact(44.0))
                .column(
                    TableColumn::initial((w * 0.2).max(190.0))
                        .at_least(100.0)
                        .clip(true),
                )
                .column(TableColumn::initial(90.0).clip(true))
                .column(TableColumn::initial(115.0))
                .column(TableColumn::initial(115.0))
                .column(TableColumn::initial((w * 0.18).max(170.0)).clip(true))
                .column(TableColumn::initial(80.0))
                .column(TableColumn::initial(200.0).clip(true));
            if let Some(row) = state
                .selected
                .and_then(|s| rows.iter().position(|&i| i == s))
            {
                table = table.scroll_to_row(row, None);
            }
            table
                .header(24.0, |mut header| {
                    for column in Column::ALL {
                        header.col(|ui| {
                            let arrow = match state.sort {
                                Sort {
                                    column: c,
                                    descending,
                                } if c == column => {
                                    if descending {
                                        " ▼"
                                    } else {
                                        " ▲"
                                    }
                                }
                                _ => "",
                            };
                            let button = egui::Button::new(
                                RichText::new(format!("{}{arrow}", lang.t(column.title())))
                                    .strong(),
                            )
                            .frame(false);
                            if ui.add(button).clicked() {
                                state.sort = Sort {
                                    column,
                                    descending: state.sort.column == column
                                        && !state.sort.descending,
                                };
                            }
                        });
                    }
                })
                .body(|body| {
                    body.rows(22.0, rows.len(), |mut row| {
                        let Some(&index) = rows.get(row.index()) else {
                            return;
                        };
                        let Some(e) = state.portfolio.entries.get(index) else {
                            return;
                        };
                        row.set_selected(state.selected == Some(index));
                        row.col(|ui| {
                            ui.with_layout(numeric, |ui| ui.label(e.number.to_string()));
                        });
                        row.col(|ui| {
                            // Cut names show in full on hover (egui does it for truncated labels).
                            ui.label(e.display_name(state.anonymised));
                        });
                        row.col(|ui| {
                            ui.label(&e.snapshot);
                        });
                        for value in [e.monetary_budget, e.valued_budget] {
                            row.col(|ui| {
                                ui.with_layout(numeric, |ui| ui.label(euros_whole(value)));
                            });
                        }
                        row.col(|ui| {
                            ui.label(RichText::new("●").color(colour(e.model_rgb(typology))));
                            ui.label(&e.position);
                        });
                        row.col(|ui| {
                            ui.label(e.confidence.map_or("—", |c| c.label()));
                        });
                        row.col(|ui| {
                            ui.label(e.qualifiers.join(", "));
                        });
                        let response = row.response();
                        if response.clicked() {
                            state.selected = Some(index);
                        }
                        if response.double_clicked() {
                            *action = Some(Action::Open(e.path.clone()));
                        }
                    });
                });
        });
}
