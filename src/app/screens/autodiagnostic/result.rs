//! The result of a round: the level per lever, its radar, what weighs most, the formats.

use egui::{Color32, Key, RichText};
use egui_plot::{Line, PlotPoint, PlotPoints, Polygon, Text};

use super::{AutodiagnosticScreen, edit, keys_free};
use crate::analysis::autodiagnostic::{Questionnaire, RoundResult};
use crate::app::command::Command;
use crate::app::view::CaseView;
use crate::app::widgets::colours::colour;
use crate::model::DiagnosticField;
use crate::palette;
use crate::report::autodiagnostic::{
    answer_words, diagnosed, format_line, movement_line, score_line, weighing_line,
};

impl AutodiagnosticScreen {
    pub(super) fn result_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &CaseView<'_>,
        questionnaire: &Questionnaire,
        commands: &mut Vec<Command>,
    ) {
        let lang = view.lang;
        let case = view.case;
        let last = case.diagnostics.len().saturating_sub(1);
        let Some(now) = diagnosed(case, last, view.questionnaire) else {
            return;
        };
        if keys_free(ui)
            && ui.input_mut(|i| {
                i.consume_key(egui::Modifiers::NONE, Key::Backspace)
                    || i.consume_key(egui::Modifiers::SHIFT, Key::Tab)
            })
        {
            self.result = false;
            self.question = questionnaire.questions().count().saturating_sub(1);
        }
        let before = last
            .checked_sub(1)
            .and_then(|i| diagnosed(case, i, view.questionnaire));
        let width = ui.available_width();
        let side = (width * 0.45).clamp(260.0, 420.0);
        let wide = width >= 2.0 * side + 40.0;
        let texts = |ui: &mut egui::Ui| {
            ui.label(RichText::new(lang.t("Niveau par levier")).strong());
            for s in &now.result.sections {
                ui.add(egui::Label::new(score_line(&s.name, &s.score, lang)).wrap());
            }
            ui.add(
                egui::Label::new(
                    RichText::new(score_line(lang.t("Ensemble"), &now.result.overall, lang))
                        .strong(),
                )
                .wrap(),
            );
            if let Some(before) = &before {
                ui.add_space(6.0);
                ui.label(
                    RichText::new(
                        lang.f("Depuis le tour du {}", &[&before.round.date.to_string()]),
                    )
                    .strong(),
                );
                for (b, a) in now.result.since(&before.result) {
                    ui.add(
                        egui::Label::new(movement_line(&a.name, &b.score, &a.score, lang)).wrap(),
                    );
                }
            }
        };
        let radar = |ui: &mut egui::Ui| {
            ui.vertical(|ui| {
                radar_ui(
                    ui,
                    side,
                    &now.result,
                    before.as_ref().map(|b| &b.result),
                    (
                        &now.round.date,
                        before.as_ref().map(|b| b.round.date.as_str()),
                    ),
                );
            });
        };
        if wide {
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(width - side - 24.0);
                    texts(ui);
                });
                radar(ui);
            });
        } else {
            texts(ui);
            radar(ui);
        }
        ui.add_space(8.0);
        let weighing: Vec<String> = now
            .result
            .sections
            .iter()
            .flat_map(|s| s.weighing.iter().map(move |w| (s, w)))
            .map(|(s, w)| {
                format!(
                    "{} · {}",
                    s.name,
                    weighing_line(questionnaire, now.round, w, lang)
                )
            })
            .collect();
        if !weighing.is_empty() {
            ui.label(
                RichText::new(lang.t("Ce qui pèse le plus pour passer au niveau suivant")).strong(),
            );
            for line in weighing {
                ui.add(egui::Label::new(format!("• {line}")).wrap());
            }
            ui.add_space(8.0);
        }
        ui.label(RichText::new(lang.t("Formats recommandés")).strong());
        if now.result.formats.is_empty() {
            ui.label(lang.t("Pas encore de réponse."));
        }
        for advice in &now.result.formats {
            ui.add(
                egui::Label::new(format!("• {}", format_line(questionnaire, advice, lang))).wrap(),
            );
        }
        ui.add_space(8.0);
        ui.add(egui::Label::new(RichText::new(&questionnaire.caveat).small().weak()).wrap());
        ui.add(egui::Label::new(RichText::new(&questionnaire.source).small().weak()).wrap());
        ui.add_space(8.0);
        ui.collapsing(lang.t("Réponses de ce tour"), |ui| {
            for (i, (section, question)) in questionnaire.questions().enumerate() {
                let words = now
                    .round
                    .answers
                    .get(&question.id)
                    .map_or("—", |a| answer_words(questionnaire, a));
                let text = format!("{}. {} · {} : {words}", i + 1, section.name, question.text);
                if ui
                    .add(egui::Label::new(text).wrap().sense(egui::Sense::click()))
                    .clicked()
                {
                    self.question = i;
                    self.result = false;
                }
            }
        });
        if ui.button(lang.t("Supprimer ce tour")).clicked() {
            commands.push(edit(DiagnosticField::DeleteRound(last)));
        }
    }
}

/// The radar of the parts: each axis the share of the best points reached, the latest round
/// filled, the one before in outline.
fn radar_ui(
    ui: &mut egui::Ui,
    side: f32,
    now: &RoundResult,
    before: Option<&RoundResult>,
    (now_date, before_date): (&str, Option<&str>),
) {
    use crate::analysis::autodiagnostic::radar::{self, LabelSide, share};
    let count = radar::axes(now.sections.len());
    let axis = |i: usize, r: f64| radar::axis(i, count, r);
    let ink = ui.visuals().text_color();
    let grid = ui.visuals().weak_text_color().gamma_multiply(0.5);
    let plot = crate::app::widgets::plot_kit::fixed_plot("autodiagnostic-radar", side, side * 0.8)
        .include_x(-2.1)
        .include_x(2.1)
        .include_y(-1.45)
        .include_y(1.45);
    plot.show(ui, |plot| {
        for ring in radar::RINGS {
            let points: Vec<[f64; 2]> = (0..=count).map(|i| axis(i % count, ring)).collect();
            plot.line(
                Line::new("grille", PlotPoints::from(points))
                    .color(grid)
                    .allow_hover(false),
            );
        }
        for (i, s) in now.sections.iter().enumerate() {
            plot.line(
                Line::new("axe", PlotPoints::from(vec![[0.0, 0.0], axis(i, 1.0)]))
                    .color(grid)
                    .allow_hover(false),
            );
            let [x, y] = axis(i, radar::LABEL_AT);
            let anchor = match radar::label_side([x, y]) {
                LabelSide::Right => egui::Align2::LEFT_CENTER,
                LabelSide::Left => egui::Align2::RIGHT_CENTER,
                LabelSide::Above => egui::Align2::CENTER_BOTTOM,
                LabelSide::Below => egui::Align2::CENTER_TOP,
            };
            // Short lines beside the radar, one text per line: the names stay inside the plot.
            let most = if anchor.x() == egui::Align::Center {
                24
            } else {
                11
            };
            let lines = short_lines(&s.name, most);
            let leading = 15.0 * plot.transform().dvalue_dpos()[1].abs();
            let count = lines.len() as f64;
            for (k, line) in lines.iter().enumerate() {
                let dy = match anchor.y() {
                    egui::Align::Max => (count - 1.0 - k as f64) * leading,
                    egui::Align::Min => -(k as f64) * leading,
                    egui::Align::Center => ((count - 1.0) / 2.0 - k as f64) * leading,
                };
                plot.text(
                    Text::new(
                        &s.name,
                        PlotPoint::new(x, y + dy),
                        RichText::new(line).size(12.0).color(ink),
                    )
                    .anchor(anchor)
                    .allow_hover(false),
                );
            }
        }
        if let (Some(before), Some(date)) = (before, before_date) {
            let points: Vec<[f64; 2]> = before
                .sections
                .iter()
                .enumerate()
                .map(|(i, s)| axis(i, share(&s.score)))
                .collect();
            plot.polygon(
                Polygon::new(date, PlotPoints::from(points))
                    .fill_color(Color32::TRANSPARENT)
                    .stroke(egui::Stroke::new(2.0, colour(palette::MUTED))),
            );
        }
        let points: Vec<[f64; 2]> = now
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| axis(i, share(&s.score)))
            .collect();
        plot.polygon(
            Polygon::new(now_date, PlotPoints::from(points))
                .fill_color(colour(palette::MONEY).gamma_multiply(0.25))
                .stroke(egui::Stroke::new(2.5, colour(palette::MONEY))),
        );
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("■ {now_date}")).color(colour(palette::MONEY)));
        if let Some(date) = before_date {
            ui.label(RichText::new(format!("□ {date}")).color(colour(palette::MUTED)));
        }
    });
}

/// `text` in lines of at most `most` characters, cut between words.
fn short_lines(text: &str, most: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= most => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}
