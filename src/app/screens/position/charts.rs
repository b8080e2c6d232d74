//! The position's charts: closeness to the models, composition per snapshot, the valued
//! budget and the people, with their legends.

use egui::{Align2, Color32, RichText};
use egui_plot::{Bar, BarChart, Plot, PlotPoint, Text};

use crate::analysis::{Analysis, retained};
use crate::app::i18n::Lang;
use crate::app::view::CaseView;
use crate::app::widgets::colours::colour;
use crate::app::widgets::plot_kit::LABEL_SIZE;
use crate::app::widgets::trajectory::Step;
use crate::format::{euros_whole, percent, quantity};
use crate::model::Group;
use crate::palette::{self, Rgb};

/// Returns the plot's response, for its context menu (`None` without money: no plot).
pub(super) fn closeness_ui(
    ui: &mut egui::Ui,
    view: &CaseView<'_>,
    analysis: &Analysis,
    width: f32,
) -> Option<egui::Response> {
    let lang = view.lang;
    if analysis.weights.is_empty() {
        ui.label(
            lang.t("Pas de ressources monétaires : la proximité aux modèles ne se calcule pas."),
        );
        return None;
    }
    // The model(s) the rules retain are marked; the others are drawn faint, whatever their
    // length: the bars show the blend, the rules decide (« Pourquoi ? » reconciles them).
    let kept: Vec<String> = retained(&analysis.classification)
        .into_iter()
        .map(str::to_owned)
        .collect();
    let count = analysis.weights.len();
    let bars: Vec<Bar> = analysis
        .weights
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let model = view.typology.model(&w.model);
            let mut c = model.map_or(Color32::GRAY, |m| colour(m.rgb()));
            if !kept.contains(&w.model) {
                c = c.gamma_multiply(0.45);
            }
            let name = model.map_or(String::new(), |m| format!("{} — {}", m.id, m.name));
            Bar::new((count - 1 - i) as f64, w.weight * 100.0)
                .fill(c)
                .stroke(egui::Stroke::new(1.0, colour(palette::INK)))
                .name(format!("{name} : {}", percent(w.weight)))
        })
        .collect();
    let ids: Vec<String> = analysis
        .weights
        .iter()
        .map(|w| {
            if kept.contains(&w.model) {
                format!("◆ {}", w.model)
            } else {
                w.model.clone()
            }
        })
        .collect();
    let weights: Vec<f64> = analysis.weights.iter().map(|w| w.weight).collect();
    let shown = Plot::new("closeness")
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
        // The axis stops at 100 %: the largest share is written inside its bar.
        .set_margin_fraction(egui::vec2(0.0, 0.05))
        .show(ui, |plot| {
            plot.bar_chart(
                BarChart::new("proximité", bars)
                    .horizontal()
                    .width(0.7)
                    .element_formatter(Box::new(|bar, _| bar.name.clone())),
            );
            for (i, w) in weights.iter().enumerate() {
                let y = (count - 1 - i) as f64;
                let (x, anchor, text) = if *w > 0.85 {
                    let text = RichText::new(percent(*w)).size(LABEL_SIZE).strong();
                    (w * 100.0 - 1.5, Align2::RIGHT_CENTER, text)
                } else {
                    let text = RichText::new(percent(*w)).size(LABEL_SIZE);
                    (w * 100.0 + 1.5, Align2::LEFT_CENTER, text)
                };
                plot.text(
                    Text::new(format!("valeur {i}"), PlotPoint::new(x, y), text)
                        .anchor(anchor)
                        .allow_hover(false),
                );
            }
        });
    Some(shown.response)
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
                // One label, with no-break spaces: the swatch and its name go to the next line
                // together, never apart.
                let mut job = egui::text::LayoutJob::default();
                RichText::new("■\u{a0}").color(*fill).size(16.0).append_to(
                    &mut job,
                    ui.style(),
                    egui::FontSelection::Default,
                    egui::Align::Center,
                );
                RichText::new(name.replace(' ', "\u{a0}"))
                    .small()
                    .append_to(
                        &mut job,
                        ui.style(),
                        egui::FontSelection::Default,
                        egui::Align::Center,
                    );
                ui.label(job);
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

pub(super) fn composition_ui(
    ui: &mut egui::Ui,
    (steps, lang): (&[Step<'_>], Lang),
    width: f32,
    reference: Option<&crate::analysis::reference::Reference>,
) -> egui::Response {
    let mut labels: Vec<String> = steps.iter().map(|s| s.label.to_owned()).collect();
    // A reference that gives every group stands as one more bar, its medians brought to 100 %.
    let complete: Vec<(&str, Vec<f64>)> = reference
        .iter()
        .flat_map(|r| r.mixes.iter())
        .filter_map(|mix| {
            let medians: Option<Vec<f64>> = Group::COUNTED
                .iter()
                .map(|g| mix.figure(*g).map(|f| f.median))
                .collect();
            let medians = medians?;
            let sum: f64 = medians.iter().sum();
            (sum > 0.0).then(|| {
                (
                    mix.label.as_str(),
                    medians.iter().map(|m| m / sum * 100.0).collect(),
                )
            })
        })
        .collect();
    for (n, _) in complete.iter().enumerate() {
        labels.push(lang.f("réf. {}", &[&(n + 1).to_string()]));
    }
    let series: Vec<(String, Color32, Vec<f64>)> = Group::COUNTED
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let values = steps
                .iter()
                .map(|s| s.analysis.shares.map_or(0.0, |sh| sh.get(*g) * 100.0))
                .chain(
                    complete
                        .iter()
                        .map(|(_, m)| m.get(i).copied().unwrap_or(0.0)),
                )
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
        .show(ui, |plot| stack(plot, series, |v| percent(v / 100.0)))
        .response
}

/// One stacked series across the snapshots: its name, colour, and a figure of each snapshot.
fn series(
    steps: &[Step<'_>],
    name: &'static str,
    rgb: Rgb,
    figure: fn(&crate::analysis::Totals) -> f64,
) -> (String, Color32, Vec<f64>) {
    let values = steps.iter().map(|s| figure(&s.analysis.totals)).collect();
    (name.to_owned(), colour(rgb), values)
}

pub(super) fn valued_ui(
    ui: &mut egui::Ui,
    (steps, lang): (&[Step<'_>], Lang),
    width: f32,
) -> egui::Response {
    let labels = steps.iter().map(|s| s.label.to_owned()).collect();
    let series = vec![
        series(steps, lang.t("Budget monétaire"), palette::MONEY, |t| {
            t.monetary_budget
        }),
        series(
            steps,
            lang.t("Contributions valorisées"),
            palette::VALUED,
            |t| t.valued_contributions,
        ),
    ];
    legend_ui(ui, &series);
    stacked_plot("valued", width, labels)
        .y_axis_formatter(|mark, _| compact_euros(mark.value))
        .show(ui, |plot| stack(plot, series, euros_whole))
        .response
}

pub(super) fn people_ui(
    ui: &mut egui::Ui,
    (steps, lang): (&[Step<'_>], Lang),
    width: f32,
) -> egui::Response {
    let labels = steps.iter().map(|s| s.label.to_owned()).collect();
    let series = vec![
        series(steps, lang.t("ETP salariés"), palette::STAFF, |t| {
            t.salaried_etp
        }),
        series(
            steps,
            lang.t("Bénévoles (équivalent ETP)"),
            palette::VOLUNTEERS,
            |t| t.volunteer_etp,
        ),
    ];
    legend_ui(ui, &series);
    stacked_plot("people", width, labels)
        .show(ui, |plot| {
            stack(plot, series, |v| format!("{} ETP", quantity(v)))
        })
        .response
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
