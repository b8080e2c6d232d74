//! « Comparaison »: the open case against another case file (an earlier version, or a peer's
//! review): the two positions on one map, the change of model, and every added, removed or
//! changed line, lever by lever.

use egui::{Color32, RichText};
use egui_plot::{Arrows, MarkerShape, PlotPoint, Points, Text};

use crate::analysis::Typology;
use crate::app::action::Action;
use crate::app::command::Command;
use crate::app::i18n::Lang;
use crate::app::view::CaseView;
use crate::app::widgets::colours::colour;
use crate::app::widgets::copy::{copy_button, copy_on_shortcut};
use crate::app::widgets::plot_kit::{
    Hovers, LABEL_SIZE, MapColours, anchor_hovers, fixed_plot, point_tooltip, ternary_base,
    ternary_bounds, ternary_hover,
};
use crate::app::workspaces::ComparisonState;
use crate::compare::{Comparison, FieldChange, SnapshotComparison, Status, position_line};
use crate::format::{euros, euros_change};
use crate::palette;

/// « Comparaison »: draws the comparison of the open case with the other file
/// (`workspaces::ComparisonState`), recomputed only when the open case, the other file or the
/// direction changes.
#[derive(Default)]
pub struct CompareScreen {
    /// (revision of the open case, comparison opened, other first) → comparison.
    cached: Option<((u64, u64, bool), Comparison)>,
}

impl CompareScreen {
    fn comparison(&mut self, state: &ComparisonState, view: &CaseView<'_>) -> &Comparison {
        let key = (view.revision, state.opened, state.other_first);
        let comparison = match self.cached.take() {
            Some((k, comparison)) if k == key => comparison,
            _ => state.comparison(view.case, view.title, view.typology),
        };
        &self.cached.insert((key, comparison)).1
    }

    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        state: Option<&mut ComparisonState>,
        view: &CaseView<'_>,
        commands: &mut Vec<Command>,
    ) {
        let lang = view.lang;
        let Some(state) = state else {
            ui.label(lang.t("Aucune comparaison ouverte."));
            if ui
                .button(lang.t("Comparer avec un autre dossier…"))
                .clicked()
            {
                commands.push(Command::Action(Action::CompareWithFile));
            }
            return;
        };
        let comparison = self.comparison(state, view);
        if comparison_ui(ui, view, comparison, commands) {
            state.other_first = !state.other_first;
        }
    }
}

const ADDED: Color32 = colour(palette::INCREASE);
const REMOVED: Color32 = colour(palette::DECREASE);
const CHANGED: Color32 = colour(palette::MONEY);

fn status_colour(status: Status) -> Color32 {
    match status {
        Status::Added => ADDED,
        Status::Removed => REMOVED,
        Status::Changed => CHANGED,
    }
}

/// Draws the comparison; returns whether « Inverser » was clicked.
fn comparison_ui(
    ui: &mut egui::Ui,
    view: &CaseView<'_>,
    comparison: &Comparison,
    commands: &mut Vec<Command>,
) -> bool {
    let lang = view.lang;
    // The map shows the selected snapshot when it is on both sides, else the first common one.
    let selected_label = view.snapshot().map(|s| s.label.clone());
    let focus = selected_label
        .as_deref()
        .and_then(|l| comparison.snapshot(l))
        .filter(|s| s.status.is_none())
        .or_else(|| comparison.snapshots.iter().find(|s| s.status.is_none()));
    let mut swap = false;
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(lang.f(
                "Comparaison : {} → {}",
                &[&comparison.before, &comparison.after],
            ))
            .heading(),
        );
        ui.add_space(12.0);
        swap = ui
            .button(lang.t("⇄ Inverser"))
            .on_hover_text(lang.t("Échange l'avant et l'après"))
            .clicked();
        if ui
            .button(lang.t("Comparer avec un autre dossier…"))
            .clicked()
        {
            commands.push(Command::Action(Action::CompareWithFile));
        }
        if ui.button(lang.t("Fermer la comparaison")).clicked() {
            commands.push(Command::CloseComparison);
        }
        // Every change, as a table to paste into a spreadsheet or a report.
        let table = || crate::report::table::comparison_table(comparison);
        copy_button(ui, (lang, "Copier la comparaison"), &table, commands);
        copy_on_shortcut(ui, &table, commands);
    });
    ui.separator();
    let height = ui.available_height();
    let map_width = (ui.available_width() * 0.4).clamp(300.0, 560.0);
    ui.horizontal_top(|ui| {
        ui.allocate_ui(egui::vec2(map_width, height), |ui| {
            ui.vertical(|ui| {
                ui.set_width(map_width);
                match focus {
                    Some(s) => {
                        ui.label(
                            RichText::new(lang.f("Position — « {} »", &[&s.label])).strong(),
                        )
                        .on_hover_text(lang.t("L'instantané choisi dans le panneau de gauche, s'il est dans les deux dossiers."));
                        map_ui(ui, (view.typology, lang), s, map_width);
                        position_text(ui, s, lang);
                    }
                    None => {
                        ui.label(lang.t("Aucun instantané commun aux deux dossiers : pas de position à comparer."));
                    }
                }
            });
        });
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("comparison-list")
            .auto_shrink([false, false])
            .show(ui, |ui| ui.vertical(|ui| changes_ui(ui, comparison, lang)));
    });
    swap
}

fn position_text(ui: &mut egui::Ui, s: &SnapshotComparison, lang: Lang) {
    if s.model_changed() {
        ui.label(
            RichText::new(lang.t("Changement de modèle"))
                .strong()
                .color(Color32::WHITE)
                .background_color(CHANGED),
        );
    } else {
        ui.label(RichText::new(lang.t("Même modèle")).strong());
    }
    ui.label(position_line(s));
}

fn map_ui(
    ui: &mut egui::Ui,
    (typology, lang): (&Typology, Lang),
    s: &SnapshotComparison,
    width: f32,
) {
    let colours = MapColours::of(ui);
    // Each side: its name, whether it is the one before, its point and what hovering it says.
    let sides: Vec<(&str, bool, [f64; 2], String)> = [
        (lang.t("avant"), true, &s.before),
        (lang.t("après"), false, &s.after),
    ]
    .into_iter()
    .filter_map(|(name, before, p)| {
        let p = p.as_ref()?;
        let t = p.ternary?;
        Some((name, before, t.to_xy(), ternary_hover(name, &t, &p.label)))
    })
    .collect();
    let mut hovers: Hovers = sides
        .iter()
        .map(|(_, _, xy, text)| (*xy, text.clone()))
        .collect();
    hovers.extend(anchor_hovers(typology));
    let response =
        ternary_bounds(fixed_plot("comparison-map", width, width * 0.82), width).show(ui, |plot| {
            ternary_base(plot, typology, colours);
            if let [(_, _, a, _), (_, _, b, _)] = sides.as_slice()
                && (a[0] - b[0]).hypot(a[1] - b[1]) > 1e-3
            {
                plot.arrows(
                    Arrows::new("déplacement", vec![*a], vec![*b])
                        .color(colours.ink)
                        .tip_length(10.0)
                        .allow_hover(false),
                );
            }
            for (name, before, xy, _) in &sides {
                let before = *before;
                let c = if before {
                    Color32::GRAY
                } else {
                    colour(palette::TARGET)
                };
                plot.points(
                    Points::new(*name, vec![*xy])
                        .shape(MarkerShape::Circle)
                        .radius(6.0)
                        .filled(true)
                        .color(c),
                );
                plot.text(
                    Text::new(
                        format!("étiquette {name}"),
                        PlotPoint::new(xy[0], xy[1] + if before { -0.04 } else { 0.04 }),
                        RichText::new(*name).color(c).strong().size(LABEL_SIZE),
                    )
                    .anchor(if before {
                        egui::Align2::CENTER_TOP
                    } else {
                        egui::Align2::CENTER_BOTTOM
                    })
                    .allow_hover(false),
                );
            }
        });
    point_tooltip(&response, &hovers);
}

fn fields_ui(ui: &mut egui::Ui, fields: &[FieldChange]) {
    for f in fields {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("{} :", f.field)).strong());
            ui.label(&f.before);
            ui.label("→");
            ui.label(RichText::new(&f.after).color(CHANGED));
        });
    }
}

fn changes_ui(ui: &mut egui::Ui, c: &Comparison, lang: Lang) {
    if c.is_unchanged() {
        ui.label(RichText::new(lang.t("Aucune différence entre les deux dossiers.")).strong());
        return;
    }
    if !c.organisation.is_empty() {
        ui.label(RichText::new(lang.t("Organisation")).heading());
        fields_ui(ui, &c.organisation);
        ui.add_space(8.0);
    }
    if !c.valuation.is_empty() {
        ui.label(RichText::new(lang.t("Réglages de valorisation")).heading());
        fields_ui(ui, &c.valuation);
        ui.add_space(8.0);
    }
    for s in &c.snapshots {
        let title = match s.status {
            Some(Status::Added) => lang.f("Instantané « {} » — ajouté", &[&s.label]),
            Some(Status::Removed) => lang.f("Instantané « {} » — supprimé", &[&s.label]),
            _ if s.is_unchanged() => lang.f("Instantané « {} » — inchangé", &[&s.label]),
            _ => lang.f("Instantané « {} »", &[&s.label]),
        };
        egui::CollapsingHeader::new(RichText::new(title).strong().size(15.0))
            .id_salt(("comparison", &s.label))
            .default_open(!s.is_unchanged())
            .show(ui, |ui| snapshot_ui(ui, s, lang));
    }
}

fn snapshot_ui(ui: &mut egui::Ui, s: &SnapshotComparison, lang: Lang) {
    fields_ui(ui, &s.fields);
    ui.label(lang.f("Position : {}", &[&position_line(s)]));
    for lever in &s.levers {
        if lever.lines.is_empty() && lever.before == lever.after {
            continue;
        }
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(lever.lever.label()).strong());
            ui.label(format!(
                "{} → {} ({})",
                euros(lever.before),
                euros(lever.after),
                euros_change(lever.after - lever.before)
            ));
        });
        for line in &lever.lines {
            ui.indent(("line", &line.label, line.before.is_some()), |ui| {
                ui.horizontal_wrapped(|ui| {
                    let c = status_colour(line.status);
                    ui.label(
                        RichText::new(format!("{} {}", line.status.sign(), line.status.label()))
                            .color(c)
                            .strong(),
                    );
                    ui.label(format!("« {} »", line.label));
                    ui.label(line.values_text());
                });
                ui.indent("fields", |ui| fields_ui(ui, &line.fields));
            });
        }
    }
}
