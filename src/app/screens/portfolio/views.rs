//! The portfolio's two views of its cases: the ternary map of every position and the table.

use egui::{Color32, RichText};
use egui_extras::{Column as TableColumn, TableBuilder};
use egui_plot::{Line, MarkerShape, Plot, PlotPoint, PlotPoints, Points};

use super::{Action, PortfolioState};
use crate::analysis::Typology;
use crate::app::i18n::Lang;
use crate::app::widgets::colours::colour;
use crate::app::widgets::plot_kit::{
    Hovers, MapColours, anchor_hovers, point_tooltip, ternary_base, ternary_bounds, ternary_hover,
};
use crate::format::euros_whole;
use crate::portfolio::{Column, Sort};

pub(super) fn map_ui(
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

pub(super) fn table_ui(
    ui: &mut egui::Ui,
    state: &mut PortfolioState,
    (rows, typology, lang): (&[usize], &Typology, Lang),
    action: &mut Option<Action>,
) {
    ui.label(lang.f(
        "{} dossier(s) affiché(s) sur {} — cliquez un titre pour trier, double-cliquez une ligne pour ouvrir le dossier.",
        &[&rows.len().to_string(), &state.portfolio.entries.len().to_string()],
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
                            ui.label(
                                e.confidence
                                    .map_or("—", |c| crate::text::confidence(c, lang)),
                            );
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
