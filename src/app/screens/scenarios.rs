//! « Scénarios »: « et si… ? » on a snapshot, live. A scenario's changes (a kind or a group
//! ± %, a line ± %, the loss of a funder) are moved with sliders or typed; the position, the
//! totals and the reserves follow at once, the base shown as a ghost point and the scenario as a
//! second one with an arrow. Beside it: the stress tests, and « Que faudrait-il pour… ? ».
//! « Enregistrer comme cible » turns the scenario into a « cible » snapshot (one undo step).

use egui::{Color32, RichText};
use egui_plot::{Arrows, MarkerShape, Points};

use crate::analysis::reach::{self, Reach};
use crate::analysis::scenario::{
    Outcome, describe, funders, new_qualifiers, simulate, stress_outcomes,
};
use crate::analysis::{Analysis, label_groups};
use crate::app::command::Command;
use crate::app::view::CaseView;
use crate::app::widgets::badge::model_badge_ui;
use crate::app::widgets::cells::euros_value;
use crate::app::widgets::copy::{
    copy_button, copy_image_menu, copy_on_shortcut, copy_table_button,
};
use crate::app::widgets::plot_kit::{MapColours, fixed_plot, ternary_base, ternary_bounds};
use crate::app::widgets::trajectory::{Step, heptagon_ui, ternary_room};
use crate::format::{euros_change, euros_whole, quantity};
use crate::model::edits::ScenarioField;
use crate::model::{Catalogue, Change, Delta, Edit, Group, KindId, Nature, Snapshot};

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
    outcome: Option<Result<Outcome, String>>,
    /// Every scenario on the same base, with its result, for the comparison.
    siblings: Vec<(usize, String, Outcome)>,
    stress_base: Option<Snapshot>,
    stress: Vec<(String, Outcome)>,
    reach_key: Option<(u64, String, bool, String)>,
    reach: Option<Result<Reach, String>>,
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
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("Scénarios").heading());
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
                .button(format!(
                    "Nouveau scénario sur « {} »",
                    view.snapshot().map_or("", |s| s.label.as_str())
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
            ui.label(
                "Un scénario essaie des changements sur un instantané sans le modifier : « et si la subvention baissait de 30 % ? ». Créez-en un sur l'instantané choisi à gauche.",
            );
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
                format!(
                    "L'instantané de base « {} » n'existe plus. Rattachez le scénario à un autre instantané :",
                    scenario.base
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
        ui.horizontal(|ui| {
            ui.label(RichText::new(format!("Les scénarios sur « {} »", base.label)).strong());
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
                    ui.label(RichText::new(title).small().strong());
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
                    ui.label(o.analysis.classification.headline());
                    ui.label(
                        o.reserve_months
                            .map_or("—".to_owned(), |m| format!("{} mois", quantity(m))),
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
                ui.colored_label(ui.visuals().error_fg_color, e);
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
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("Nom");
            let mut name = scenario.name.clone();
            let response = ui.add(egui::TextEdit::singleline(&mut name).desired_width(200.0));
            let response = response.labelled_by(label.id);
            if response.changed() && !name.trim().is_empty() {
                commands.push(edit(index, ScenarioField::Name(name)));
            }
            ui.label(format!("sur « {} »", scenario.base));
            if ui
                .button("Enregistrer comme cible")
                .on_hover_text("Ajoute un instantané « cible » avec le résultat du scénario (Annuler le retire).")
                .clicked()
            {
                commands.push(Command::Edit(Edit::ScenarioAsTarget(index)));
            }
            if ui.button("Supprimer le scénario").clicked() {
                commands.push(Command::Edit(Edit::DeleteScenario(index)));
                self.selected = index.saturating_sub(1);
            }
        });
    }

    fn changes_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &CaseView<'_>,
        (index, base): (usize, &Snapshot),
        commands: &mut Vec<Command>,
    ) {
        let Some(scenario) = view.case.scenarios.get(index) else {
            return;
        };
        ui.label(RichText::new("Changements").strong());
        if scenario.changes.is_empty() {
            ui.label("Aucun changement : ajoutez-en un ci-dessous.");
        }
        for (i, change) in scenario.changes.iter().enumerate() {
            ui.push_id(("change", i), |ui| {
                ui.horizontal(|ui| {
                    let name = describe(change, base);
                    let what = match change {
                        Change::Line { by, .. }
                        | Change::Kind { by, .. }
                        | Change::Group { by, .. } => Some(*by),
                        _ => None,
                    };
                    if let Some(by) = what {
                        // How the change is said: ± %, ± € or « à » an amount, as a
                        // consultant says it (« les ventes à 160 000 € »).
                        let mut chosen = by;
                        let current = crate::model::scenario::moved_total(change, base);
                        egui::ComboBox::from_id_salt("how")
                            .width(58.0)
                            .selected_text(how_label(by))
                            .show_ui(ui, |ui| {
                                for other in [
                                    Delta::Percent(0.0),
                                    Delta::Euros(0.0),
                                    Delta::SetTo(current),
                                ] {
                                    let same = std::mem::discriminant(&other)
                                        == std::mem::discriminant(&by);
                                    if ui.selectable_label(same, how_label(other)).clicked()
                                        && !same
                                    {
                                        chosen = other;
                                    }
                                }
                            })
                            .response
                            .accessible_name(format!("Forme du changement {}", i + 1))
                            .on_hover_text("± %, ± € ou « à » un montant");
                        let mut value = chosen.value();
                        let response = match chosen {
                            Delta::Percent(_) => ui.add(
                                egui::Slider::new(&mut value, -100.0..=100.0)
                                    .suffix(" %")
                                    .step_by(1.0),
                            ),
                            Delta::Euros(_) => ui.add(euros_value(&mut value, true)),
                            Delta::SetTo(_) => {
                                ui.add(euros_value(&mut value, false).range(0.0..=1e12))
                            }
                        };
                        let response = response.on_hover_text(&name);
                        response.widget_info(|| {
                            egui::WidgetInfo::slider(true, value, format!("Changement {}", i + 1))
                        });
                        if response.changed() || chosen != by {
                            let by = match chosen {
                                Delta::Percent(_) => Delta::Percent(value),
                                Delta::Euros(_) => Delta::Euros(value),
                                Delta::SetTo(_) => Delta::SetTo(value),
                            };
                            let changed = match change.clone() {
                                Change::Line { id, .. } => Change::Line { id, by },
                                Change::Kind { kind, .. } => Change::Kind { kind, by },
                                Change::Group { group, .. } => Change::Group { group, by },
                                other => other,
                            };
                            commands.push(edit(index, ScenarioField::SetChange(i, changed)));
                        }
                    }
                    // A new line: its amount, typed.
                    if let Change::NewLine { line } = change {
                        let mut amount = line.amount.unwrap_or(0.0);
                        let response = ui
                            .add(euros_value(&mut amount, false).range(0.0..=1e12))
                            .on_hover_text(&name);
                        if response.changed() {
                            let mut line = line.clone();
                            line.amount = Some(amount);
                            commands.push(edit(
                                index,
                                ScenarioField::SetChange(i, Change::NewLine { line }),
                            ));
                        }
                    }
                    ui.label(name);
                    if ui
                        .small_button("✕")
                        .on_hover_text("Retirer ce changement")
                        .clicked()
                    {
                        commands.push(edit(index, ScenarioField::RemoveChange(i)));
                    }
                });
            });
        }
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            let text = match &self.adding {
                Some(Adding::Group(g)) => format!("{} ({})", g.label(), g.code()),
                Some(Adding::Kind(k)) => KindId::new(k)
                    .and_then(|k| k.def().map(|d| d.label.clone()))
                    .unwrap_or_default(),
                Some(Adding::Funder(f)) => format!("perte de « {f} »"),
                Some(Adding::Line(id)) => base.line(*id).map_or(String::new(), |l| {
                    format!("ligne « {} »", l.display_label())
                }),
                Some(Adding::NewLine(k)) => KindId::new(k)
                    .and_then(|k| k.def().map(|d| format!("nouvelle ligne : {}", d.label)))
                    .unwrap_or_default(),
                None => "choisir…".to_owned(),
            };
            let label = ui.label("Ajouter");
            egui::ComboBox::from_id_salt("scenario-add")
                .selected_text(text)
                .width((ui.available_width() - 80.0).clamp(160.0, 320.0))
                .show_ui(ui, |ui| {
                    // Searchable: a case has dozens of lines and funders.
                    let search = ui.add(
                        egui::TextEdit::singleline(&mut self.search)
                            .hint_text("rechercher…")
                            .desired_width(f32::INFINITY),
                    );
                    if !search.has_focus() && !search.lost_focus() {
                        search.request_focus();
                    }
                    let found: Vec<(Adding, String)> = choices(base)
                        .into_iter()
                        .filter(|(_, label)| {
                            crate::app::widgets::choice::found(label, &self.search)
                        })
                        .collect();
                    if found.is_empty() {
                        ui.weak("Aucun choix ne contient ce texte.");
                    }
                    for (choice, label) in found {
                        ui.selectable_value(&mut self.adding, Some(choice), label);
                    }
                })
                .response
                .labelled_by(label.id);
            let change = match &self.adding {
                Some(Adding::Group(group)) => Some(Change::Group {
                    group: *group,
                    by: Delta::Percent(0.0),
                }),
                Some(Adding::Kind(k)) => KindId::new(k).map(|kind| Change::Kind {
                    kind,
                    by: Delta::Percent(0.0),
                }),
                Some(Adding::Funder(name)) => Some(Change::LoseFunder { name: name.clone() }),
                Some(Adding::Line(id)) => Some(Change::Line {
                    id: *id,
                    by: Delta::Percent(0.0),
                }),
                Some(Adding::NewLine(k)) => KindId::new(k).map(|kind| {
                    let mut line = crate::model::ResourceLine::new(0, kind);
                    line.label = "Nouvelle ressource".to_owned();
                    line.amount = Some(0.0);
                    Change::NewLine { line }
                }),
                None => None,
            };
            if ui
                .add_enabled(change.is_some(), egui::Button::new("Ajouter le changement"))
                .clicked()
                && let Some(change) = change
            {
                commands.push(edit(index, ScenarioField::AddChange(change)));
                self.adding = None;
                self.search.clear();
            }
        });
    }

    /// The stress tests of `base`, a line each; with their own map when no scenario shows one.
    fn stress_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &CaseView<'_>,
        (base, map): (&Snapshot, bool),
        commands: &mut Vec<Command>,
    ) {
        ui.horizontal(|ui| {
            ui.label(RichText::new(format!("Tests de résistance sur « {} »", base.label)).strong());
            let table = || crate::report::table::stress_table(view.case, base, view.typology);
            copy_table_button(ui, view.lang, &table, commands);
        });
        ui.label(
            RichText::new(if map {
                "À charges constantes, la perte de budget est prise sur les réserves. T1, T2… : leur point sur la carte ci-dessous."
            } else {
                "À charges constantes, la perte de budget est prise sur les réserves. T1, T2… : leur point sur la carte du scénario."
            })
            .small()
            .weak(),
        );
        let Some(before) = Cache::before(view, base) else {
            return;
        };
        let results = &self.cache.stress;
        if results.is_empty() {
            ui.label("Aucun financeur ni argent public : pas de test de résistance.");
            return;
        }
        for (n, (name, o)) in results.iter().enumerate() {
            let mut facts = vec![format!(
                "budget monétaire perdu : {}",
                euros_whole(o.lost())
            )];
            if let Some(drawn) = o.drawn(base) {
                facts.push(drawn.said());
            }
            facts.push(format!("après : {}", o.analysis.classification.headline()));
            let appear = new_qualifiers(before, &o.analysis);
            if !appear.is_empty() {
                facts.push(format!("apparaît : {}", appear.join(", ")));
            }
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(format!("T{} · {name}", n + 1)).strong());
                ui.label(facts.join(" · "));
            });
        }
        if map {
            let width = ui.available_width().clamp(300.0, 460.0);
            ui.add_space(6.0);
            map_ui(ui, view, (base, before, None), (results, &[]), width);
        }
    }

    fn reach_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &CaseView<'_>,
        base: &Snapshot,
        commands: &mut Vec<Command>,
    ) {
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(RichText::new("Que faudrait-il pour atteindre").strong());
            let shown = self
                .target
                .clone()
                .unwrap_or_else(|| "choisir un modèle…".to_owned());
            egui::ComboBox::from_id_salt("reach-model")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    for m in &view.typology.models {
                        ui.selectable_value(
                            &mut self.target,
                            Some(m.id.clone()),
                            format!("{} — {}", m.id, m.name),
                        );
                    }
                })
                .response
                .labelled_by(label.id);
            ui.checkbox(&mut self.strong, "en confiance forte");
        });
        let Some(model) = &self.target else {
            return;
        };
        let key = (
            view.revision,
            model.clone(),
            self.strong,
            base.label.clone(),
        );
        if self.cache.reach_key.as_ref() != Some(&key) {
            self.cache.reach = Cache::before(view, base)
                .map(|a| reach::for_analysis(a, view.typology, (model, self.strong)));
            self.cache.reach_key = Some(key);
        }
        match &self.cache.reach {
            None => {}
            Some(Ok(reach)) => {
                ui.horizontal_wrapped(|ui| {
                    ui.label(reach.sentence(view.typology));
                    let table =
                        || crate::report::table::reach_table(view.case, base, reach, view.typology);
                    copy_button(
                        ui,
                        (view.lang, "Copier ce qu'il faudrait"),
                        &table,
                        commands,
                    );
                });
                // The sentence names the first two ways; the others follow.
                for way in reach.ways.iter().skip(2).take(3) {
                    ui.label(
                        RichText::new(format!("ou {} (→ {})", way.words(), way.after.label)).weak(),
                    );
                }
            }
            Some(Err(e)) => {
                ui.label(e);
            }
        }
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
type NamedPoint = (String, [f64; 2]);

/// The result: the badge, the totals and reserves from base to scenario, the qualifiers that
/// appear, the map with the base (ghost) and the scenario point, and the barycentre heptagon
/// from the one to the other — side by side where the column has room.
fn result_ui(
    ui: &mut egui::Ui,
    view: &CaseView<'_>,
    (base, before, name): (&Snapshot, &Analysis, &str),
    result: &Outcome,
    (stress, others): (&[(String, Outcome)], &[NamedPoint]),
) {
    let after = &result.analysis;
    ui.label(RichText::new("Résultat").strong());
    model_badge_ui(ui, view.typology, &after.classification);
    ui.label(format!(
        "Budget monétaire : {} → {} ({})",
        euros_whole(before.totals.monetary_budget),
        euros_whole(after.totals.monetary_budget),
        euros_change(result.budget_change.round())
    ));
    ui.label(format!(
        "Budget valorisé : {} → {}",
        euros_whole(before.totals.valued_budget),
        euros_whole(after.totals.valued_budget)
    ));
    if let Some(months) = result.reserve_months {
        ui.label(format!("Réserves : {} mois de charges", quantity(months)));
    }
    // The closeness to the models, the largest first: the position's other lens.
    let mut weights: Vec<_> = after.weights.iter().filter(|w| w.weight >= 0.05).collect();
    weights.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    let closeness: Vec<String> = weights
        .iter()
        .map(|w| format!("{} {}", w.model, crate::format::percent(w.weight)))
        .collect();
    if !closeness.is_empty() {
        ui.label(format!("Proximité : {}", closeness.join(" · ")));
    }
    let appear = new_qualifiers(before, after);
    if !appear.is_empty() {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            format!("Apparaît : {}", appear.join(", ")),
        );
    }
    for notice in &result.applied.notices {
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
        ui.label(RichText::new("Carte ternaire des ressources monétaires").strong());
        map_ui(
            ui,
            view,
            (base, before, Some(after)),
            (stress, others),
            width,
        );
    };
    let heptagon = |ui: &mut egui::Ui, width: f32| {
        ui.label(RichText::new("Barycentre des sept modèles").strong());
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
fn map_ui(
    ui: &mut egui::Ui,
    view: &CaseView<'_>,
    (base, before, after): (&Snapshot, &Analysis, Option<&Analysis>),
    (stress, others): (&[(String, Outcome)], &[NamedPoint]),
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
                        Arrows::new("vers le scénario", vec![f], vec![p])
                            .color(colours.ink)
                            .tip_length(8.0),
                    );
                }
                plot.points(
                    Points::new("scénario", vec![p])
                        .shape(MarkerShape::Circle)
                        .radius(5.0)
                        .filled(true)
                        .color(orange),
                );
            }
            // The other scenarios on the same base, hollow, for comparison.
            for (name, p) in others {
                plot.points(
                    Points::new(format!("scénario {name}"), vec![*p])
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
            RichText::new(format!(
                "Point du scénario : subventions {}, ressources privées {}, revenus d'activité {}",
                crate::format::percent(t.subsidies),
                crate::format::percent(t.private),
                crate::format::percent(t.activity),
            ))
            .small()
            .weak(),
        )
        .on_hover_text(format!("{:.3}, {:.3}", p[0], p[1]));
    }
}

/// The three ways a change is said, shown in its list.
fn how_label(by: Delta) -> &'static str {
    match by {
        Delta::Percent(_) => "± %",
        Delta::Euros(_) => "± €",
        Delta::SetTo(_) => "à €",
    }
}

/// Every change that can be added to a scenario on `base`, with its words in the list.
fn choices(base: &Snapshot) -> Vec<(Adding, String)> {
    let mut all: Vec<(Adding, String)> = Group::COUNTED
        .iter()
        .map(|g| {
            (
                Adding::Group(*g),
                format!("Groupe : {} ({})", g.label(), g.code()),
            )
        })
        .collect();
    for k in &Catalogue::builtin().kinds {
        if base.lines.iter().any(|l| l.kind.as_str() == k.id)
            && !matches!(k.nature, Nature::InKind { .. })
        {
            all.push((Adding::Kind(k.id.clone()), format!("Type : {}", k.label)));
        }
    }
    for f in funders(base) {
        let shown = format!("Perte de « {f} »");
        all.push((Adding::Funder(f), shown));
    }
    for line in &base.lines {
        all.push((
            Adding::Line(line.id),
            format!("Ligne : {}", line.display_label()),
        ));
    }
    for k in &Catalogue::builtin().kinds {
        if matches!(k.nature, Nature::Money { .. }) {
            all.push((
                Adding::NewLine(k.id.clone()),
                format!("Nouvelle ligne : {}", k.label),
            ));
        }
    }
    all
}
