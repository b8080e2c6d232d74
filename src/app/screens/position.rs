//! « Positionnement »: where the organisation stands on the typology, where it comes from and
//! where it wants to go. Ternary map with the path, barycentre heptagon, closeness bars,
//! composition per snapshot, and « Pourquoi ? ».

use egui::{Align2, Color32, RichText};
use egui_plot::{
    Arrows, Bar, BarChart, MarkerShape, Plot, PlotPoint, PlotPoints, Points, Polygon, Text,
};

use crate::analysis::{Analysis, label_groups, ring_vertex};
use crate::app::command::Command;
use crate::app::view::CaseView;
use crate::app::widgets::badge::model_badge_ui;
use crate::app::widgets::colours::colour;
use crate::app::widgets::plot_kit::{
    Hovers, LABEL_SIZE, MapColours, anchor_hovers, fixed_plot, point_tooltip, ternary_base,
    ternary_bounds, ternary_hover,
};
use crate::format::{euros_whole, percent, quantity};
use crate::model::{Group, SnapshotKind};
use crate::palette::{self, Rgb};

/// One snapshot's analysis, with what the plots need to draw it.
struct Step<'a> {
    label: &'a str,
    target: bool,
    analysis: &'a Analysis,
}

/// « Positionnement »: reads the case, changes nothing.
#[derive(Default)]
pub struct PositionScreen;

impl PositionScreen {
    pub fn ui(&mut self, ui: &mut egui::Ui, view: &CaseView<'_>, _commands: &mut Vec<Command>) {
        position_ui(ui, view);
    }
}

fn position_ui(ui: &mut egui::Ui, view: &CaseView<'_>) {
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
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(format!("{} — {}", case.organisation.name, current.label))
                        .heading(),
                );
                model_badge_ui(ui, view.typology, &current.analysis.classification);
            });
            let width = ui.available_width();
            let half = ((width - 16.0) / 2.0).max(260.0);
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(half);
                    ui.label(
                        RichText::new(lang.t("Carte ternaire des ressources monétaires")).strong(),
                    );
                    ternary_ui(ui, view, &steps, half);
                });
                ui.vertical(|ui| {
                    ui.set_width(half);
                    ui.label(RichText::new(lang.t("Barycentre des sept modèles")).strong());
                    heptagon_ui(ui, view, &steps, half);
                });
            });
            ui.add_space(8.0);
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(half);
                    ui.label(RichText::new(lang.t("Proximité aux sept modèles")).strong());
                    closeness_ui(ui, view, current.analysis, half);
                });
                ui.vertical(|ui| {
                    ui.set_width(half);
                    ui.label(
                        RichText::new(lang.t("Composition des ressources monétaires")).strong(),
                    );
                    composition_ui(ui, &steps, half);
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
                    valued_ui(ui, &steps, half);
                });
                ui.vertical(|ui| {
                    ui.set_width(half);
                    ui.label(
                        RichText::new(lang.t("Richesses humaines : ETP salariés et bénévoles"))
                            .strong(),
                    );
                    people_ui(ui, &steps, half);
                });
            });
            ui.add_space(8.0);
            why_ui(ui, view, current.analysis);
        });
}

fn ternary_ui(ui: &mut egui::Ui, view: &CaseView<'_>, steps: &[Step<'_>], width: f32) {
    let h = 3f64.sqrt() / 2.0;
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
                ternary_hover(step.label, &t, &step.analysis.classification.label),
            ))
        })
        .collect();
    hovers.extend(anchor_hovers(view.typology));
    let response = ternary_bounds(fixed_plot("ternary", width, width * 0.82)).show(ui, |plot| {
        ternary_base(plot, view.typology, colours);
        path_items(
            plot,
            (steps, &path),
            ([0.5, h / 3.0], [-0.18, 1.18]),
            0.07,
            colours.ink,
        );
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
}

/// The screen position of snapshot `index`'s point on the ternary map, as last drawn.
pub fn ternary_screen_point(ctx: &egui::Context, index: usize) -> Option<egui::Pos2> {
    ctx.data(|d| d.get_temp::<Vec<(usize, egui::Pos2)>>(egui::Id::unique("ternary-points")))?
        .into_iter()
        .find(|(i, _)| *i == index)
        .map(|(_, p)| p)
}

/// The organisation's path: arrows from snapshot to snapshot, a point for each, targets hollow.
/// Snapshots close to each other share one label; labels sit on the side of `centre`, away from
/// the model anchors drawn on the outside.
fn path_items(
    plot: &mut egui_plot::PlotUi<'_>,
    (steps, path): (&[Step], &[(usize, [f64; 2])]),
    (centre, x_range): ([f64; 2], [f64; 2]),
    same_spot: f64,
    ink: Color32,
) {
    if path.len() > 1 {
        let origins: Vec<[f64; 2]> = path.iter().take(path.len() - 1).map(|(_, p)| *p).collect();
        let tips: Vec<[f64; 2]> = path.iter().skip(1).map(|(_, p)| *p).collect();
        plot.arrows(
            Arrows::new("trajectoire", origins, tips)
                .color(ink)
                .tip_length(10.0)
                .allow_hover(false),
        );
    }
    for (i, xy) in path {
        let Some(step) = steps.get(*i) else { continue };
        let (fill, col) = if step.target {
            (false, colour(palette::TARGET))
        } else {
            (true, ink)
        };
        plot.points(
            Points::new(step.label.to_owned(), vec![*xy])
                .shape(MarkerShape::Circle)
                .radius(6.0)
                .filled(fill)
                .color(col),
        );
    }
    let labels = label_groups(path, same_spot)
        .into_iter()
        .map(|(xy, members)| {
            let names: Vec<String> = members
                .iter()
                .filter_map(|i| steps.get(*i))
                .map(|s| s.label.to_owned())
                .collect();
            let target = members
                .iter()
                .filter_map(|i| steps.get(*i))
                .all(|s| s.target);
            (xy, names, target)
        });
    for (xy, names, target) in labels {
        let col = if target { colour(palette::TARGET) } else { ink };
        // Above the point when it lies below the centre, below it otherwise: towards the
        // middle of the plot, away from the anchors and their labels on the outside.
        let gap = same_spot * 0.5;
        // Near a side of the plot the label grows inwards so that it is never cut.
        let across = (xy[0] - x_range[0]) / (x_range[1] - x_range[0]);
        let column = if across < 0.3 {
            egui::Align::Min
        } else if across > 0.7 {
            egui::Align::Max
        } else {
            egui::Align::Center
        };
        let (dy, row) = if xy[1] <= centre[1] {
            (gap, egui::Align::Max)
        } else {
            (-gap, egui::Align::Min)
        };
        let anchor = Align2([column, row]);
        let text = names.join(" · ");
        plot.text(
            Text::new(
                format!("étiquette {text}"),
                PlotPoint::new(xy[0], xy[1] + dy),
                RichText::new(&text).color(col).size(LABEL_SIZE),
            )
            .anchor(anchor)
            .allow_hover(false),
        );
    }
}

fn heptagon_ui(ui: &mut egui::Ui, view: &CaseView<'_>, steps: &[Step<'_>], width: f32) {
    let count = view.typology.ring.len();
    let mut hovers = Hovers::new();
    for step in steps {
        let Some(xy) = step.analysis.barycentre else {
            continue;
        };
        let best: Vec<String> = step
            .analysis
            .weights
            .iter()
            .filter(|w| w.weight >= 0.05)
            .map(|w| format!("{} {}", w.model, percent(w.weight)))
            .collect();
        hovers.push((xy, format!("{}\n{}", step.label, best.join(" · "))));
    }
    for (i, id) in view.typology.ring.iter().enumerate() {
        if let Some(model) = view.typology.model(id) {
            hovers.push((
                ring_vertex(i, count),
                format!("{} — {}\n{}", model.id, model.name, model.description),
            ));
        }
    }
    let path: Vec<(usize, [f64; 2])> = steps
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.analysis.barycentre.map(|p| (i, p)))
        .collect();
    let outline_colour = ui.visuals().weak_text_color();
    let ink = ui.visuals().strong_text_color();
    let response = fixed_plot("heptagon", width, width * 0.82)
        .include_x(-1.5)
        .include_x(1.5)
        .include_y(-1.25)
        .include_y(1.25)
        .show(ui, |plot| {
            let outline: Vec<[f64; 2]> = (0..count).map(|i| ring_vertex(i, count)).collect();
            plot.polygon(
                Polygon::new("heptagone", PlotPoints::from(outline))
                    .fill_color(Color32::TRANSPARENT)
                    .stroke(egui::Stroke::new(1.0, outline_colour))
                    .allow_hover(false),
            );
            for (i, id) in view.typology.ring.iter().enumerate() {
                let Some(model) = view.typology.model(id) else {
                    continue;
                };
                let v = ring_vertex(i, count);
                let fill = colour(model.rgb());
                plot.points(
                    Points::new(format!("modèle {id}"), vec![v])
                        .shape(MarkerShape::Diamond)
                        .radius(7.0)
                        .color(fill),
                );
                let anchor = if v[0] > 0.2 {
                    Align2::LEFT_CENTER
                } else if v[0] < -0.2 {
                    Align2::RIGHT_CENTER
                } else if v[1] > 0.0 {
                    Align2::CENTER_BOTTOM
                } else {
                    Align2::CENTER_TOP
                };
                let pos = [v[0] * 1.1, v[1] * 1.1];
                plot.text(
                    Text::new(
                        format!("étiquette {id}"),
                        PlotPoint::new(pos[0], pos[1]),
                        RichText::new(id).color(fill).strong().size(LABEL_SIZE),
                    )
                    .anchor(anchor)
                    .allow_hover(false),
                );
            }
            path_items(plot, (steps, &path), ([0.0, 0.0], [-1.5, 1.5]), 0.14, ink);
        });
    point_tooltip(&response, &hovers);
}

fn closeness_ui(ui: &mut egui::Ui, view: &CaseView<'_>, analysis: &Analysis, width: f32) {
    let lang = view.lang;
    if analysis.weights.is_empty() {
        ui.label(
            lang.t("Pas de ressources monétaires : la proximité aux modèles ne se calcule pas."),
        );
        return;
    }
    let best = analysis
        .weights
        .iter()
        .max_by(|a, b| a.weight.total_cmp(&b.weight))
        .map(|w| w.model.clone());
    let count = analysis.weights.len();
    let bars: Vec<Bar> = analysis
        .weights
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let model = view.typology.model(&w.model);
            let mut c = model.map_or(Color32::GRAY, |m| colour(m.rgb()));
            if best.as_deref() != Some(w.model.as_str()) {
                c = c.gamma_multiply(0.45);
            }
            let name = model.map_or(String::new(), |m| format!("{} — {}", m.id, m.name));
            Bar::new((count - 1 - i) as f64, w.weight * 100.0)
                .fill(c)
                .stroke(egui::Stroke::new(1.0, colour(palette::INK)))
                .name(format!("{name} : {}", percent(w.weight)))
        })
        .collect();
    let ids: Vec<String> = analysis.weights.iter().map(|w| w.model.clone()).collect();
    let weights: Vec<f64> = analysis.weights.iter().map(|w| w.weight).collect();
    Plot::new("closeness")
        .width(width)
        .height(210.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .show_grid([true, false])
        .include_x(0.0)
        .include_x(100.0)
        .x_axis_formatter(|mark, _| format!("{}\u{a0}%", mark.value))
        .y_axis_formatter(move |mark, _| {
            let index = count as f64 - 1.0 - mark.value;
            if mark.value.fract() == 0.0 && index >= 0.0 {
                ids.get(index as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .include_x(112.0)
        .show(ui, |plot| {
            plot.bar_chart(
                BarChart::new("proximité", bars)
                    .horizontal()
                    .width(0.7)
                    .element_formatter(Box::new(|bar, _| bar.name.clone())),
            );
            for (i, w) in weights.iter().enumerate() {
                let y = (count - 1 - i) as f64;
                plot.text(
                    Text::new(
                        format!("valeur {i}"),
                        PlotPoint::new(w * 100.0 + 1.5, y),
                        RichText::new(percent(*w)).size(LABEL_SIZE),
                    )
                    .anchor(Align2::LEFT_CENTER)
                    .allow_hover(false),
                );
            }
        });
}

fn snapshot_axis(
    labels: Vec<String>,
) -> impl Fn(egui_plot::GridMark, &std::ops::RangeInclusive<f64>) -> String {
    move |mark, _| {
        if mark.value.fract() == 0.0 && mark.value >= 0.0 {
            labels.get(mark.value as usize).cloned().unwrap_or_default()
        } else {
            String::new()
        }
    }
}

fn stacked_plot(id: &str, width: f32, labels: Vec<String>) -> Plot<'static> {
    Plot::new(id.to_owned())
        .width(width)
        .height(220.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .show_grid([false, true])
        .include_y(0.0)
        .x_axis_formatter(snapshot_axis(labels))
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 1.0, 1.0]))
}

/// A legend under a chart: a coloured square and the name of each series that has a value.
fn legend_ui(ui: &mut egui::Ui, series: &[(String, Color32, Vec<f64>)]) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        for (name, fill, values) in series {
            if values.iter().any(|v| *v > 0.0) {
                ui.label(RichText::new("■").color(*fill).size(16.0));
                ui.label(RichText::new(name).small());
                ui.add_space(8.0);
            }
        }
    });
}

fn stack(
    plot: &mut egui_plot::PlotUi<'_>,
    series: Vec<(String, Color32, Vec<f64>)>,
    unit: fn(f64) -> String,
) {
    let mut below: Vec<BarChart> = Vec::new();
    for (name, fill, values) in series {
        let bars = values
            .iter()
            .enumerate()
            .map(|(i, v)| {
                Bar::new(i as f64, *v)
                    .fill(fill)
                    .stroke(egui::Stroke::new(0.5, colour(palette::INK)))
                    .name(format!("{name} : {}", unit(*v)))
            })
            .collect();
        let refs: Vec<&BarChart> = below.iter().collect();
        let chart = BarChart::new(name, bars)
            .width(0.6)
            .color(fill)
            .element_formatter(Box::new(|bar, _| bar.name.clone()))
            .stack_on(&refs);
        below.push(chart);
    }
    for chart in below {
        plot.bar_chart(chart);
    }
}

fn composition_ui(ui: &mut egui::Ui, steps: &[Step<'_>], width: f32) {
    let labels = steps.iter().map(|s| s.label.to_owned()).collect();
    let series: Vec<(String, Color32, Vec<f64>)> = Group::COUNTED
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let values = steps
                .iter()
                .map(|s| s.analysis.shares.map_or(0.0, |sh| sh.get(*g) * 100.0))
                .collect();
            (
                format!("{} ({})", g.label(), g.code()),
                colour(palette::group(i)),
                values,
            )
        })
        .collect();
    legend_ui(ui, &series);
    stacked_plot("composition", width, labels)
        .include_y(100.0)
        .y_axis_formatter(|mark, _| format!("{}\u{a0}%", mark.value))
        .show(ui, |plot| stack(plot, series, |v| percent(v / 100.0)));
}

/// One stacked series across the snapshots: its name, colour, and a figure of each snapshot.
fn series(
    steps: &[Step<'_>],
    name: &str,
    rgb: Rgb,
    figure: fn(&crate::analysis::Totals) -> f64,
) -> (String, Color32, Vec<f64>) {
    let values = steps.iter().map(|s| figure(&s.analysis.totals)).collect();
    (name.to_owned(), colour(rgb), values)
}

fn valued_ui(ui: &mut egui::Ui, steps: &[Step<'_>], width: f32) {
    let labels = steps.iter().map(|s| s.label.to_owned()).collect();
    let series = vec![
        series(steps, "Budget monétaire", palette::MONEY, |t| {
            t.monetary_budget
        }),
        series(steps, "Contributions valorisées", palette::VALUED, |t| {
            t.valued_contributions
        }),
    ];
    legend_ui(ui, &series);
    stacked_plot("valued", width, labels)
        .y_axis_formatter(|mark, _| compact_euros(mark.value))
        .show(ui, |plot| stack(plot, series, euros_whole));
}

fn people_ui(ui: &mut egui::Ui, steps: &[Step<'_>], width: f32) {
    let labels = steps.iter().map(|s| s.label.to_owned()).collect();
    let series = vec![
        series(steps, "ETP salariés", palette::STAFF, |t| t.salaried_etp),
        series(
            steps,
            "Bénévoles et volontaires (équivalent ETP)",
            palette::VOLUNTEERS,
            |t| t.volunteer_etp,
        ),
    ];
    legend_ui(ui, &series);
    stacked_plot("people", width, labels).show(ui, |plot| {
        stack(plot, series, |v| format!("{} ETP", quantity(v)))
    });
}

/// Axis labels for euro amounts: « 600 k€ », « 1,4 Md€ ».
fn compact_euros(value: f64) -> String {
    let abs = value.abs();
    if abs >= 1e9 {
        format!("{}\u{a0}Md€", crate::format::number(value / 1e9, 1))
    } else if abs >= 1e6 {
        format!("{}\u{a0}M€", crate::format::number(value / 1e6, 1))
    } else if abs >= 1e3 {
        format!("{}\u{a0}k€", crate::format::number(value / 1e3, 0))
    } else {
        format!("{}\u{a0}€", crate::format::number(value, 0))
    }
}

fn why_ui(ui: &mut egui::Ui, view: &CaseView<'_>, analysis: &Analysis) {
    let lang = view.lang;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(lang.t("Pourquoi ?")).heading());
        for fact in &analysis.classification.explanation {
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
                    ui.label(&q.detail);
                }
            });
        }
        for warning in &analysis.warnings {
            ui.colored_label(ui.visuals().warn_fg_color, format!("⚠ {warning}"));
        }
        ui.add_space(4.0);
        ui.label(RichText::new(&view.typology.caveat).italics());
        ui.label(RichText::new(&view.typology.source).small().weak());
    });
}
