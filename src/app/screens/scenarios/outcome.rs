//! A scenario's result: the badge, the totals and reserves from base to scenario, and its
//! ternary map and barycentre heptagon.

use egui::{Color32, RichText};
use egui_plot::{Arrows, MarkerShape, Points};

use super::NamedPoint;
use crate::analysis::scenario::{Outcome, Stress, new_qualifiers};
use crate::analysis::{Analysis, label_groups};
use crate::app::view::CaseView;
use crate::app::widgets::badge::model_badge_ui;
use crate::app::widgets::copy::copy_image_menu;
use crate::app::widgets::plot_kit::{MapColours, fixed_plot, ternary_base, ternary_bounds};
use crate::app::widgets::trajectory::{Step, heptagon_ui, ternary_room};
use crate::format::{euros_change, euros_whole, quantity};
use crate::model::Snapshot;

/// The result: the badge, the totals and reserves from base to scenario, the qualifiers that
/// appear, the map with the base (ghost) and the scenario point, and the barycentre heptagon
/// from the one to the other — side by side where the column has room.
pub(super) fn result_ui(
    ui: &mut egui::Ui,
    view: &CaseView<'_>,
    (base, before, name): (&Snapshot, &Analysis, &str),
    result: &Outcome,
    (stress, others): (&[(Stress, Outcome)], &[NamedPoint]),
) {
    let after = &result.analysis;
    let lang = view.lang;
    ui.label(RichText::new(lang.t("Résultat")).strong());
    model_badge_ui(ui, (view.typology, view.lang), &after.classification);
    ui.label(lang.f(
        "Budget monétaire : {} → {} ({})",
        &[
            &euros_whole(before.totals.monetary_budget),
            &euros_whole(after.totals.monetary_budget),
            &euros_change(result.budget_change.round()),
        ],
    ));
    ui.label(lang.f(
        "Budget valorisé : {} → {}",
        &[
            &euros_whole(before.totals.valued_budget),
            &euros_whole(after.totals.valued_budget),
        ],
    ));
    if let Some(months) = result.reserve_months {
        ui.label(lang.f("Réserves : {} mois de charges", &[&quantity(months)]));
    }
    // The closeness to the models, the largest first: the position's other lens.
    let mut weights: Vec<_> = after.weights.iter().filter(|w| w.weight >= 0.05).collect();
    weights.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    let closeness: Vec<String> = weights
        .iter()
        .map(|w| format!("{} {}", w.model, crate::format::percent(w.weight)))
        .collect();
    if !closeness.is_empty() {
        ui.label(lang.f("Proximité : {}", &[&closeness.join(" · ")]));
    }
    let appear = new_qualifiers(before, after);
    if !appear.is_empty() {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            lang.f("Apparaît : {}", &[&appear.join(", ")]),
        );
    }
    for notice in &result.applied.notices {
        let notice = crate::text::notice(notice, lang);
        ui.colored_label(ui.visuals().warn_fg_color, notice);
    }
    let steps = [
        Step {
            label: &base.label,
            target: false,
            analysis: before,
        },
        Step {
            label: name,
            target: true,
            analysis: after,
        },
    ];
    let room = ui.available_width();
    let map = |ui: &mut egui::Ui, width: f32| {
        ui.label(RichText::new(lang.t("Carte ternaire des ressources monétaires")).strong());
        map_ui(
            ui,
            view,
            (base, before, Some(after)),
            (stress, others),
            width,
        );
    };
    let heptagon = |ui: &mut egui::Ui, width: f32| {
        ui.label(RichText::new(lang.t("Barycentre des sept modèles")).strong());
        let shown = ui.scope(|ui| heptagon_ui(ui, view.typology, &steps, width));
        copy_image_menu(ui, (&shown.inner, shown.response.rect), view.lang);
    };
    if room >= 2.0 * 300.0 + 8.0 {
        let half = ((room - 8.0) / 2.0).min(460.0);
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                ui.set_width(half);
                map(ui, half);
            });
            ui.vertical(|ui| {
                ui.set_width(half);
                heptagon(ui, half);
            });
        });
    } else {
        let width = room.clamp(300.0, 460.0);
        map(ui, width);
        heptagon(ui, width);
    }
}

/// The ternary map of the scenario: the base (ghost), the scenario and the arrow between them,
/// the other scenarios on the same base (hollow) and the stress tests (T1, T2…).
pub(super) fn map_ui(
    ui: &mut egui::Ui,
    view: &CaseView<'_>,
    (base, before, after): (&Snapshot, &Analysis, Option<&Analysis>),
    (stress, others): (&[(Stress, Outcome)], &[NamedPoint]),
    width: f32,
) {
    let colours = MapColours::of(ui);
    let from = before.ternary.map(|t| t.to_xy());
    let to = after.and_then(|a| a.ternary).map(|t| t.to_xy());
    // Numbered as listed (T1, T2…), even when one has no point (no money left).
    let stress: Vec<(usize, [f64; 2])> = stress
        .iter()
        .enumerate()
        .filter_map(|(n, (_, o))| o.analysis.ternary.map(|t| (n, t.to_xy())))
        .collect();
    let orange = Color32::from_rgb(214, 96, 30);
    let painter = ui.painter().clone();
    // Every label finds a free place around its point, never over a model's name or another
    // label: a leader line when it must stand away.
    let mut room = ternary_room(&painter, view.typology, width);
    let points = from.iter().chain(&to);
    for p in points
        .chain(stress.iter().map(|(_, p)| p))
        .chain(others.iter().map(|(_, p)| p))
    {
        room.take_point(*p, 5.0);
    }
    let shown =
        ternary_bounds(fixed_plot("scenario-map", width, width * 0.82), width).show(ui, |plot| {
            ternary_base(plot, view.typology, colours);
            if let Some(p) = from {
                plot.points(
                    Points::new("base", vec![p])
                        .shape(MarkerShape::Circle)
                        .radius(5.0)
                        .color(colours.text.gamma_multiply(0.35)),
                );
            }
            if let Some(p) = to {
                if let Some(f) = from {
                    plot.arrows(
                        Arrows::new(view.lang.t("vers le scénario"), vec![f], vec![p])
                            .color(colours.ink)
                            .tip_length(8.0),
                    );
                }
                plot.points(
                    Points::new(view.lang.t("scénario"), vec![p])
                        .shape(MarkerShape::Circle)
                        .radius(5.0)
                        .filled(true)
                        .color(orange),
                );
            }
            // The other scenarios on the same base, hollow, for comparison.
            for (name, p) in others {
                plot.points(
                    Points::new(view.lang.f("scénario {}", &[name]), vec![*p])
                        .shape(MarkerShape::Circle)
                        .radius(4.0)
                        .filled(false)
                        .color(orange.gamma_multiply(0.6)),
                );
            }
            for (n, p) in &stress {
                plot.points(
                    Points::new(format!("test T{}", n + 1), vec![*p])
                        .shape(MarkerShape::Square)
                        .radius(3.0)
                        .color(colours.text.gamma_multiply(0.5)),
                );
            }
            if let Some(p) = from {
                let ghost = colours.text.gamma_multiply(0.6);
                room.put(
                    (&painter, plot),
                    p,
                    std::slice::from_ref(&base.label),
                    ghost,
                );
            }
            for (name, p) in others {
                room.put(
                    (&painter, plot),
                    *p,
                    std::slice::from_ref(name),
                    orange.gamma_multiply(0.8),
                );
            }
            // Tests that land on one spot share one label (« T1 · T2 · T5 »).
            for (p, members) in label_groups(&stress, room.scale * 10.0) {
                let names: Vec<String> = members.iter().map(|n| format!("T{}", n + 1)).collect();
                let col = colours.text.gamma_multiply(0.7);
                room.put(
                    (&painter, plot),
                    p,
                    &[names.join(" · "), names.join("\n")],
                    col,
                );
            }
        });
    copy_image_menu(ui, (&shown.response, shown.response.rect), view.lang);
    // Where the points stand, for screen readers and tests.
    if let (Some(p), Some(t)) = (to, after.and_then(|a| a.ternary)) {
        ui.label(
            RichText::new(view.lang.f(
                "Point du scénario : subventions {}, ressources privées {}, revenus d'activité {}",
                &[
                    &crate::format::percent(t.subsidies),
                    &crate::format::percent(t.private),
                    &crate::format::percent(t.activity),
                ],
            ))
            .small()
            .weak(),
        )
        .on_hover_text(format!("{:.3}, {:.3}", p[0], p[1]));
    }
}
