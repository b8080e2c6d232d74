//! The stress tests of a base (the loss of each funder, of public money) and
//! « Que faudrait-il pour atteindre » a model.

use egui::RichText;

use super::outcome::map_ui;
use super::{Cache, ScenariosScreen};
use crate::analysis::reach;
use crate::analysis::scenario::new_qualifiers;
use crate::app::command::Command;
use crate::app::view::CaseView;
use crate::app::widgets::copy::{copy_button, copy_table_button};
use crate::format::euros_whole;
use crate::model::Snapshot;

impl ScenariosScreen {
    /// The stress tests of `base`, a line each; with their own map when no scenario shows one.
    pub(super) fn stress_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &CaseView<'_>,
        (base, map): (&Snapshot, bool),
        commands: &mut Vec<Command>,
    ) {
        let lang = view.lang;
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(lang.f("Tests de résistance sur « {} »", &[&base.label])).strong(),
            );
            let table = || crate::report::table::stress_table(view.case, base, view.typology);
            copy_table_button(ui, view.lang, &table, commands);
        });
        ui.label(
            RichText::new(lang.t(if map {
                "À charges constantes, la perte de budget est prise sur les réserves. T1, T2… : leur point sur la carte ci-dessous."
            } else {
                "À charges constantes, la perte de budget est prise sur les réserves. T1, T2… : leur point sur la carte du scénario."
            }))
            .small()
            .weak(),
        );
        let Some(before) = Cache::before(view, base) else {
            return;
        };
        let results = &self.cache.stress;
        if results.is_empty() {
            ui.label(lang.t("Aucun financeur ni argent public : pas de test de résistance."));
            return;
        }
        for (n, (stress, o)) in results.iter().enumerate() {
            let name = crate::text::stress_name(stress, lang);
            let mut facts = vec![lang.f("budget monétaire perdu : {}", &[&euros_whole(o.lost())])];
            if let Some(drawn) = o.drawn(base) {
                facts.push(crate::text::drawn_words(&drawn, lang));
            }
            facts.push(lang.f(
                "après : {}",
                &[&crate::text::headline(&o.analysis.classification, lang)],
            ));
            let appear = new_qualifiers(before, &o.analysis);
            if !appear.is_empty() {
                facts.push(lang.f("apparaît : {}", &[&appear.join(", ")]));
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

    pub(super) fn reach_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &CaseView<'_>,
        base: &Snapshot,
        commands: &mut Vec<Command>,
    ) {
        let lang = view.lang;
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(RichText::new(lang.t("Que faudrait-il pour atteindre")).strong());
            let shown = self
                .target
                .clone()
                .unwrap_or_else(|| lang.t("choisir un modèle…").to_owned());
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
            ui.checkbox(&mut self.strong, lang.t("en confiance forte"));
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
                    ui.label(crate::text::reach_sentence(reach, view.typology, lang));
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
                        RichText::new(lang.f(
                            "ou {} (→ {})",
                            &[
                                &crate::text::way_words(way, lang),
                                &crate::text::short_label(&way.after, lang),
                            ],
                        ))
                        .weak(),
                    );
                }
            }
            Some(Err(e)) => {
                ui.label(crate::text::unknown_model(e, lang));
            }
        }
    }
}
