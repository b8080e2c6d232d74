//! « Positionnement »: where the organisation stands on the typology, where it comes from and
//! where it wants to go. Ternary map with the path, barycentre heptagon, closeness bars,
//! composition per snapshot, and « Pourquoi ? ».

mod charts;

use egui::RichText;
use egui_plot::{MarkerShape, PlotPoint, PlotPoints, Polygon};

use crate::analysis::Analysis;
use crate::app::command::Command;
use crate::app::view::CaseView;
use crate::app::widgets::badge::model_badge_ui;
use crate::app::widgets::copy::{copy_image_menu, copy_menu};
use crate::app::widgets::plot_kit::{
    Hovers, MapColours, anchor_hovers, fixed_plot, point_tooltip, ternary_base, ternary_bounds,
    ternary_hover,
};
use crate::app::widgets::trajectory::{Step, heptagon_ui, path_items, ternary_room};
use crate::model::SnapshotKind;
use charts::{closeness_ui, composition_ui, people_ui, valued_ui};

/// « Positionnement »: reads the case, changes nothing.
#[derive(Default)]
pub struct PositionScreen;

impl PositionScreen {
    pub fn ui(&mut self, ui: &mut egui::Ui, view: &CaseView<'_>, commands: &mut Vec<Command>) {
        position_ui(ui, view, commands);
    }
}

fn position_ui(ui: &mut egui::Ui, view: &CaseView<'_>, commands: &mut Vec<Command>) {
    let lang = view.lang;
    let case = view.case;
    let steps: Vec<Step<'_>> = case
        .snapshots
        .iter()
        .zip(view.analyses)
        .map(|(s, analysis)| Step {
            label: &s.label,
            target: s.kind == SnapshotKind::Cible,
            analysis,
        })
        .collect();
    let Some(current) = steps.get(view.selected) else {
        ui.label(lang.t("Aucun instantané."));
        return;
    };
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            // The width is taken before anything is laid out: a long name never widens the
            // columns past the window.
            let width = ui.available_width();
            ui.add(
                egui::Label::new(
                    RichText::new(format!("{} — {}", case.organisation.name, current.label))
                        .heading(),
                )
                .wrap(),
            );
            ui.horizontal_wrapped(|ui| {
                model_badge_ui(ui, (view.typology, view.lang), &current.analysis.classification);
                // The key figures and positions of every snapshot, as a table.
                let table = || crate::report::table::key_figures_table(case, view.typology);
                crate::app::widgets::copy::copy_button(
                    ui,
                    (lang, "Copier les chiffres clés"),
                    &table,
                    commands,
                );
                crate::app::widgets::copy::copy_on_shortcut(ui, &table, commands);
            });
            let half = ((width - 16.0) / 2.0).max(260.0);
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(half);
                    ui.label(
                        RichText::new(lang.t("Carte ternaire des ressources monétaires")).strong(),
                    );
                    let map = ui.scope(|ui| ternary_ui(ui, view, &steps, half));
                    copy_menu(ui, (&map.inner, map.response.rect), lang, None, commands);
                    ui.label(
                        RichText::new(lang.t(crate::analysis::POLES))
                        .small()
                        .weak(),
                    );
                });
                ui.vertical(|ui| {
                    ui.set_width(half);
                    ui.label(RichText::new(lang.t("Barycentre des sept modèles")).strong());
                    let heptagon = ui.scope(|ui| heptagon_ui(ui, view.typology, &steps, half));
                    copy_menu(
                        ui,
                        (&heptagon.inner, heptagon.response.rect),
                        lang,
                        None,
                        commands,
                    );
                });
            });
            ui.add_space(8.0);
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(half);
                    ui.label(RichText::new(lang.t("Proximité aux sept modèles")).strong());
                    let bars = ui.scope(|ui| closeness_ui(ui, view, current.analysis, half));
                    if let Some(plot) = &bars.inner {
                        let table = || {
                            crate::report::table::closeness_table(
                                case,
                                current.analysis,
                                view.typology,
                            )
                        };
                        copy_menu(
                            ui,
                            (plot, bars.response.rect),
                            lang,
                            Some(&table),
                            commands,
                        );
                    }
                    ui.label(
                        RichText::new(lang.t(
                            "◆ : le ou les modèles que retiennent les règles de la typologie ; les barres montrent la proximité de la composition à chaque modèle.",
                        ))
                        .small()
                        .weak(),
                    );
                });
                ui.vertical(|ui| {
                    ui.set_width(half);
                    ui.label(
                        RichText::new(lang.t("Composition des ressources monétaires")).strong(),
                    );
                    let composition = ui.scope(|ui| composition_ui(ui, (&steps, lang), half, view.reference));
                    let table = || crate::report::table::composition_table(case, view.typology);
                    copy_menu(
                        ui,
                        (&composition.inner, composition.response.rect),
                        lang,
                        Some(&table),
                        commands,
                    );
                    if let Some(reference) = view.reference {
                        ui.add_space(6.0);
                        crate::app::widgets::reference::reference_ui(
                            ui,
                            reference,
                            current.analysis,
                            lang,
                        );
                    }
                });
            });
            ui.add_space(8.0);
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(half);
                    ui.label(
                        RichText::new(
                            lang.t("Budget valorisé : monnaie et contributions valorisées"),
                        )
                        .strong(),
                    );
                    let valued = ui.scope(|ui| valued_ui(ui, (&steps, lang), half));
                    copy_image_menu(ui, (&valued.inner, valued.response.rect), lang);
                });
                ui.vertical(|ui| {
                    ui.set_width(half);
                    ui.label(
                        RichText::new(lang.t("Richesses humaines : ETP salariés et bénévoles"))
                            .strong(),
                    );
                    let people = ui.scope(|ui| people_ui(ui, (&steps, lang), half));
                    copy_image_menu(ui, (&people.inner, people.response.rect), lang);
                });
            });
            ui.add_space(8.0);
            why_ui(ui, view, current.analysis);
        });
}

/// Returns the plot's response, for its context menu.
fn ternary_ui(
    ui: &mut egui::Ui,
    view: &CaseView<'_>,
    steps: &[Step<'_>],
    width: f32,
) -> egui::Response {
    let colours = MapColours::of(ui);
    let path: Vec<(usize, [f64; 2])> = steps
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.analysis.ternary.map(|t| (i, t.to_xy())))
        .collect();
    let mut hovers: Hovers = steps
        .iter()
        .filter_map(|step| {
            let t = step.analysis.ternary?;
            Some((
                t.to_xy(),
                ternary_hover(
                    step.label,
                    &t,
                    &crate::text::short_label(&step.analysis.classification, view.lang),
                ),
            ))
        })
        .collect();
    hovers.extend(anchor_hovers(view.typology));
    let height = width * 0.82;
    let painter = ui.painter().clone();
    let mut room = ternary_room(&painter, view.typology, width);
    // The case's points are taken before any label is placed.
    for (_, xy) in &path {
        room.take_point(*xy, 6.0);
    }
    let response = ternary_bounds(fixed_plot("ternary", width, height), width).show(ui, |plot| {
        ternary_base(plot, view.typology, colours);
        // The reference's medians, when it gives every group: where its population stands.
        for (n, mix) in view
            .reference
            .iter()
            .flat_map(|r| r.mixes.iter())
            .enumerate()
        {
            // Where the middle half of the network's cases lie.
            if let Some(area) = mix.area() {
                plot.polygon(
                    Polygon::new(format!("quartiles {}", mix.label), PlotPoints::from(area))
                        .fill_color(colours.text.gamma_multiply(0.12))
                        .stroke(egui::Stroke::new(1.0, colours.text.gamma_multiply(0.5)))
                        .allow_hover(false),
                );
            }
            if let Some(t) = mix.ternary() {
                let xy = t.to_xy();
                plot.points(
                    egui_plot::Points::new(format!("référence {}", mix.label), vec![xy])
                        .shape(MarkerShape::Square)
                        .radius(5.0)
                        .filled(false)
                        .color(colours.text),
                );
                room.take_point(xy, 5.0);
                let text = view.lang.f("réf. {}", &[&(n + 1).to_string()]);
                room.put((&painter, plot), xy, &[text], colours.text);
            }
        }
        path_items((&painter, plot), (steps, &path), &mut room, colours.ink);
    });
    point_tooltip(&response, &hovers);
    // Where each snapshot's point landed on screen, for hover checks and screen readers' tests.
    let screen: Vec<(usize, egui::Pos2)> = path
        .iter()
        .map(|(i, xy)| {
            (
                *i,
                response
                    .transform
                    .position_from_point(&PlotPoint::new(xy[0], xy[1])),
            )
        })
        .collect();
    ui.ctx()
        .data_mut(|d| d.insert_temp(egui::Id::unique("ternary-points"), screen));
    response.response
}

/// The screen position of snapshot `index`'s point on the ternary map, as last drawn.
pub fn ternary_screen_point(ctx: &egui::Context, index: usize) -> Option<egui::Pos2> {
    ctx.data(|d| d.get_temp::<Vec<(usize, egui::Pos2)>>(egui::Id::unique("ternary-points")))?
        .into_iter()
        .find(|(i, _)| *i == index)
        .map(|(_, p)| p)
}

fn why_ui(ui: &mut egui::Ui, view: &CaseView<'_>, analysis: &Analysis) {
    let lang = view.lang;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(lang.t("Pourquoi ?")).heading());
        for fact in crate::text::reasons(&analysis.classification, lang) {
            ui.label(format!("• {fact}"));
        }
        if !analysis.qualifiers.is_empty() {
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                for q in &analysis.qualifiers {
                    ui.label(
                        RichText::new(format!(" {} ", q.label))
                            .strong()
                            .background_color(ui.visuals().faint_bg_color),
                    );
                    ui.label(crate::text::qualifier_detail(&q.detail, lang));
                }
            });
        }
        for warning in &analysis.warnings {
            let warning = crate::text::warning(warning, lang);
            ui.colored_label(ui.visuals().warn_fg_color, format!("⚠ {warning}"));
        }
        ui.add_space(4.0);
        ui.label(RichText::new(&view.typology.caveat).italics());
        ui.label(RichText::new(&view.typology.source).small().weak());
    });
}
