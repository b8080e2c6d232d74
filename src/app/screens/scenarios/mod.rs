//! « Scénarios »: « et si… ? » on a snapshot, live. A scenario's changes (a kind or a group
//! ± %, a line ± %, the loss of a funder) are moved with sliders or typed; the position, the
//! totals and the reserves follow at once, the base shown as a ghost point and the scenario as a
//! second one with an arrow. Beside it: the stress tests, and « Que faudrait-il pour… ? ».
//! « Enregistrer comme cible » turns the scenario into a « cible » snapshot (one undo step).

mod changes;
mod outcome;
mod stress;

use egui::RichText;

use crate::analysis::Analysis;
use crate::analysis::reach::{Reach, UnknownModel};
use crate::analysis::scenario::{Outcome, ScenarioError, Stress, simulate, stress_outcomes};
use crate::app::command::Command;
use crate::app::view::CaseView;
use crate::app::widgets::copy::{copy_on_shortcut, copy_table_button};
use crate::format::{euros_change, euros_whole, quantity};
use crate::model::edits::ScenarioField;
use crate::model::{Edit, Group, Snapshot};

use outcome::result_ui;

/// What the « Ajouter » list offers.
#[derive(Clone, Debug, PartialEq)]
enum Adding {
    Group(Group),
    Kind(String),
    /// One line of the base, by its id.
    Line(u32),
    Funder(String),
    /// A line the base does not have, of this kind.
    NewLine(String),
}

/// What the view shows, computed again only when it may have changed: the scenario when the
/// case changes, the stress tests when their base does, « que faudrait-il » when asked.
#[derive(Default)]
struct Cache {
    key: Option<(u64, usize)>,
    outcome: Option<Result<Outcome, ScenarioError>>,
    /// Every scenario on the same base, with its result, for the comparison.
    siblings: Vec<(usize, String, Outcome)>,
    stress_base: Option<Snapshot>,
    stress: Vec<(Stress, Outcome)>,
    reach_key: Option<(u64, String, bool, String)>,
    reach: Option<Result<Reach, UnknownModel>>,
}

#[derive(Default)]
pub struct ScenariosScreen {
    cache: Cache,
    /// The scenario shown, by index in the case.
    pub selected: usize,
    adding: Option<Adding>,
    /// What is typed in the « Ajouter » list to find a choice.
    search: String,
    /// « Que faudrait-il pour… ? »: the model asked and whether « forte ».
    target: Option<String>,
    strong: bool,
    /// A scenario just created or chosen opens at the top of its editor, not where the last
    /// one was scrolled to.
    to_top: bool,
}

fn edit(index: usize, field: ScenarioField) -> Command {
    Command::Edit(Edit::Scenario { index, field })
}

impl ScenariosScreen {
    pub fn ui(&mut self, ui: &mut egui::Ui, view: &CaseView<'_>, commands: &mut Vec<Command>) {
        let case = view.case;
        let lang = view.lang;
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(lang.t("Scénarios")).heading());
            for (i, s) in case.scenarios.iter().enumerate() {
                let flag = if case.snapshot(&s.base).is_none() {
                    " ⚠"
                } else {
                    ""
                };
                if ui
                    .selectable_label(self.selected == i, format!("{}{flag}", s.name))
                    .clicked()
                {
                    self.selected = i;
                    self.to_top = true;
                }
            }
            if ui
                .button(lang.f(
                    "Nouveau scénario sur « {} »",
                    &[view.snapshot().map_or("", |s| s.label.as_str())],
                ))
                .clicked()
            {
                commands.push(Command::Edit(Edit::AddScenario {
                    base: view.selected,
                }));
                self.selected = case.scenarios.len();
                self.to_top = true;
            }
        });
        ui.separator();
        let Some(scenario) = case.scenarios.get(self.selected) else {
            ui.label(lang.t(
                "Un scénario essaie des changements sur un instantané sans le modifier : « et si la subvention baissait de 30 % ? ». Créez-en un sur l'instantané choisi à gauche.",
            ));
            if let Some(base) = view.snapshot() {
                ui.add_space(8.0);
                self.cache.refresh(view, self.selected, base);
                egui::ScrollArea::vertical().show(ui, |ui| {
                    self.stress_ui(ui, view, (base, true), commands);
                    self.reach_ui(ui, view, base, commands);
                });
            }
            return;
        };
        let index = self.selected;
        let Some(base) = case.snapshot(&scenario.base) else {
            // Never lost: flagged, and attached again in one click.
            ui.colored_label(
                ui.visuals().warn_fg_color,
                lang.f(
                    "L'instantané de base « {} » n'existe plus. Rattachez le scénario à un autre instantané :",
                    &[&scenario.base],
                ),
            );
            ui.horizontal_wrapped(|ui| {
                for s in &case.snapshots {
                    if ui.button(&s.label).clicked() {
                        commands.push(edit(index, ScenarioField::Base(s.label.clone())));
                    }
                }
            });
            return;
        };
        self.cache.refresh(view, index, base);
        let mut area = egui::ScrollArea::vertical();
        if std::mem::take(&mut self.to_top) {
            area = area.vertical_scroll_offset(0.0);
        }
        area.show(ui, |ui| {
            self.header_ui(ui, view, index, commands);
            // Changes and result side by side where there is room, one above the other
            // otherwise (a narrow window, large text): the map keeps a readable size.
            if ui.available_width() >= 900.0 {
                ui.columns(2, |columns| {
                    if let [left, right] = columns {
                        self.changes_ui(left, view, (index, base), commands);
                        self.result_ui(right, view, (index, base));
                    }
                });
            } else {
                self.changes_ui(ui, view, (index, base), commands);
                ui.separator();
                self.result_ui(ui, view, (index, base));
            }
            if self.cache.siblings.len() > 1 {
                ui.separator();
                self.siblings_ui(ui, view, base, commands);
            }
            ui.separator();
            self.stress_ui(ui, view, (base, false), commands);
            self.reach_ui(ui, view, base, commands);
        });
    }

    /// Every scenario on the same base, side by side; a click shows one.
    fn siblings_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &CaseView<'_>,
        base: &Snapshot,
        commands: &mut Vec<Command>,
    ) {
        let lang = view.lang;
        ui.horizontal(|ui| {
            ui.label(RichText::new(lang.f("Les scénarios sur « {} »", &[&base.label])).strong());
            let table = || crate::report::table::scenarios_table(view.case, base, view.typology);
            copy_table_button(ui, view.lang, &table, commands);
            copy_on_shortcut(ui, &table, commands);
        });
        let mut chosen = None;
        egui::Grid::new("siblings")
            .striped(true)
            .num_columns(4)
            .show(ui, |ui| {
                for title in ["Scénario", "Budget monétaire", "Position", "Réserves"] {
                    ui.label(RichText::new(lang.t(title)).small().strong());
                }
                ui.end_row();
                for (i, name, o) in &self.cache.siblings {
                    if ui.selectable_label(*i == self.selected, name).clicked() {
                        chosen = Some(*i);
                    }
                    ui.label(format!(
                        "{} ({})",
                        euros_whole(o.analysis.totals.monetary_budget),
                        euros_change(o.budget_change.round())
                    ));
                    ui.label(crate::text::headline(&o.analysis.classification, lang));
                    ui.label(
                        o.reserve_months
                            .map_or("—".to_owned(), |m| lang.f("{} mois", &[&quantity(m)])),
                    );
                    ui.end_row();
                }
            });
        if let Some(i) = chosen {
            self.selected = i;
            self.to_top = true;
        }
    }

    /// The scenario's result, or why it has none.
    fn result_ui(&self, ui: &mut egui::Ui, view: &CaseView<'_>, (index, base): (usize, &Snapshot)) {
        match (&self.cache.outcome, Cache::before(view, base)) {
            (Some(Ok(result)), Some(before)) => {
                let others: Vec<NamedPoint> = self
                    .cache
                    .siblings
                    .iter()
                    .filter(|(i, _, _)| *i != index)
                    .filter_map(|(_, name, o)| {
                        o.analysis.ternary.map(|t| (name.clone(), t.to_xy()))
                    })
                    .collect();
                let name = view
                    .case
                    .scenarios
                    .get(index)
                    .map_or("", |s| s.name.as_str());
                result_ui(
                    ui,
                    view,
                    (base, before, name),
                    result,
                    (&self.cache.stress, &others),
                );
            }
            (Some(Err(e)), _) => {
                let said = crate::text::scenario_refusal(e, view.lang);
                ui.colored_label(ui.visuals().error_fg_color, said);
            }
            _ => {}
        }
    }

    fn header_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &CaseView<'_>,
        index: usize,
        commands: &mut Vec<Command>,
    ) {
        let Some(scenario) = view.case.scenarios.get(index) else {
            return;
        };
        let lang = view.lang;
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(lang.t("Nom"));
            let mut name = scenario.name.clone();
            let response = ui.add(egui::TextEdit::singleline(&mut name).desired_width(200.0));
            let response = response.labelled_by(label.id);
            if response.changed() && !name.trim().is_empty() {
                commands.push(edit(index, ScenarioField::Name(name)));
            }
            ui.label(lang.f("sur « {} »", &[&scenario.base]));
            if ui
                .button(lang.t("Enregistrer comme cible"))
                .on_hover_text(lang.t(
                    "Ajoute un instantané « cible » avec le résultat du scénario (Annuler le retire).",
                ))
                .clicked()
            {
                commands.push(Command::Edit(Edit::ScenarioAsTarget(index)));
            }
            if ui.button(lang.t("Supprimer le scénario")).clicked() {
                commands.push(Command::Edit(Edit::DeleteScenario(index)));
                self.selected = index.saturating_sub(1);
            }
        });
    }
}

impl Cache {
    /// The analysis of `base` among the view's, without computing it again.
    fn before<'a>(view: &CaseView<'a>, base: &Snapshot) -> Option<&'a Analysis> {
        let index = view
            .case
            .snapshots
            .iter()
            .position(|s| s.label == base.label)?;
        view.analyses.get(index)
    }

    fn refresh(&mut self, view: &CaseView<'_>, selected: usize, base: &Snapshot) {
        if self.key != Some((view.revision, selected)) {
            self.key = Some((view.revision, selected));
            self.outcome = view
                .case
                .scenarios
                .get(selected)
                .map(|s| simulate(view.case, s, view.typology));
            self.siblings = view
                .case
                .scenarios
                .iter()
                .enumerate()
                .filter(|(_, s)| s.base == base.label)
                .filter_map(|(i, s)| {
                    simulate(view.case, s, view.typology)
                        .ok()
                        .map(|o| (i, s.name.clone(), o))
                })
                .collect();
        }
        if self.stress_base.as_ref() != Some(base) {
            self.stress = stress_outcomes(view.case, base, view.typology);
            self.stress_base = Some(base.clone());
        }
    }
}

/// A scenario's name and its point on the ternary map.
pub(super) type NamedPoint = (String, [f64; 2]);
