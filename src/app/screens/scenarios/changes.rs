//! The scenario's changes: each moved with its slider or typed (± %, ± € or « à » an amount),
//! and the searchable « Ajouter » list of what can change on the base.

use egui::RichText;

use super::{Adding, ScenariosScreen, edit};
use crate::analysis::scenario::funders;
use crate::app::command::Command;
use crate::app::i18n::Lang;
use crate::app::view::CaseView;
use crate::app::widgets::cells::euros_value;
use crate::model::edits::ScenarioField;
use crate::model::{Catalogue, Change, Delta, Group, KindId, Nature, Snapshot};

impl ScenariosScreen {
    pub(super) fn changes_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &CaseView<'_>,
        (index, base): (usize, &Snapshot),
        commands: &mut Vec<Command>,
    ) {
        let Some(scenario) = view.case.scenarios.get(index) else {
            return;
        };
        let lang = view.lang;
        ui.label(RichText::new(lang.t("Changements")).strong());
        if scenario.changes.is_empty() {
            ui.label(lang.t("Aucun changement : ajoutez-en un ci-dessous."));
        }
        for (i, change) in scenario.changes.iter().enumerate() {
            ui.push_id(("change", i), |ui| {
                ui.horizontal(|ui| {
                    let name = crate::text::change_words(change, base, lang);
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
                            .selected_text(how_label(by, lang))
                            .show_ui(ui, |ui| {
                                for other in [
                                    Delta::Percent(0.0),
                                    Delta::Euros(0.0),
                                    Delta::SetTo(current),
                                ] {
                                    let same = std::mem::discriminant(&other)
                                        == std::mem::discriminant(&by);
                                    if ui.selectable_label(same, how_label(other, lang)).clicked()
                                        && !same
                                    {
                                        chosen = other;
                                    }
                                }
                            })
                            .response
                            .accessible_name(
                                lang.f("Forme du changement {}", &[&(i + 1).to_string()]),
                            )
                            .on_hover_text(lang.t("± %, ± € ou « à » un montant"));
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
                            egui::WidgetInfo::slider(
                                true,
                                value,
                                lang.f("Changement {}", &[&(i + 1).to_string()]),
                            )
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
                        .on_hover_text(lang.t("Retirer ce changement"))
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
                Some(Adding::Funder(f)) => lang.f("perte de « {} »", &[f]),
                Some(Adding::Line(id)) => base.line(*id).map_or(String::new(), |l| {
                    lang.f("ligne « {} »", &[l.display_label()])
                }),
                Some(Adding::NewLine(k)) => KindId::new(k)
                    .and_then(|k| k.def().map(|d| lang.f("nouvelle ligne : {}", &[&d.label])))
                    .unwrap_or_default(),
                None => lang.t("choisir…").to_owned(),
            };
            let label = ui.label(lang.t("Ajouter"));
            egui::ComboBox::from_id_salt("scenario-add")
                .selected_text(text)
                .width((ui.available_width() - 80.0).clamp(160.0, 320.0))
                .show_ui(ui, |ui| {
                    // Searchable: a case has dozens of lines and funders.
                    let search = ui.add(
                        egui::TextEdit::singleline(&mut self.search)
                            .hint_text(lang.t("rechercher…"))
                            .desired_width(f32::INFINITY),
                    );
                    if !search.has_focus() && !search.lost_focus() {
                        search.request_focus();
                    }
                    let found: Vec<(Adding, String)> = choices(base, lang)
                        .into_iter()
                        .filter(|(_, label)| {
                            crate::app::widgets::choice::found(label, &self.search)
                        })
                        .collect();
                    if found.is_empty() {
                        ui.weak(lang.t("Aucun choix ne contient ce texte."));
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
                    line.label = lang.t("Nouvelle ressource").to_owned();
                    line.amount = Some(0.0);
                    Change::NewLine { line }
                }),
                None => None,
            };
            if ui
                .add_enabled(
                    change.is_some(),
                    egui::Button::new(lang.t("Ajouter le changement")),
                )
                .clicked()
                && let Some(change) = change
            {
                commands.push(edit(index, ScenarioField::AddChange(change)));
                self.adding = None;
                self.search.clear();
            }
        });
    }
}

/// The three ways a change is said, shown in its list.
fn how_label(by: Delta, lang: Lang) -> &'static str {
    match by {
        Delta::Percent(_) => "± %",
        Delta::Euros(_) => "± €",
        Delta::SetTo(_) => lang.t("à €"),
    }
}

/// Every change that can be added to a scenario on `base`, with its words in the list.
fn choices(base: &Snapshot, lang: Lang) -> Vec<(Adding, String)> {
    let mut all: Vec<(Adding, String)> = Group::COUNTED
        .iter()
        .map(|g| {
            (
                Adding::Group(*g),
                lang.f("Groupe : {} ({})", &[g.label(), g.code()]),
            )
        })
        .collect();
    for k in &Catalogue::builtin().kinds {
        if base.lines.iter().any(|l| l.kind.as_str() == k.id)
            && !matches!(k.nature, Nature::InKind { .. })
        {
            all.push((Adding::Kind(k.id.clone()), lang.f("Type : {}", &[&k.label])));
        }
    }
    for f in funders(base) {
        let shown = lang.f("Perte de « {} »", &[&f]);
        all.push((Adding::Funder(f), shown));
    }
    for line in &base.lines {
        all.push((
            Adding::Line(line.id),
            lang.f("Ligne : {}", &[line.display_label()]),
        ));
    }
    for k in &Catalogue::builtin().kinds {
        if matches!(k.nature, Nature::Money { .. }) {
            all.push((
                Adding::NewLine(k.id.clone()),
                lang.f("Nouvelle ligne : {}", &[&k.label]),
            ));
        }
    }
    all
}
