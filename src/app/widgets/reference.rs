//! « Se situer »: the case's share of each group against the chosen reference's median and
//! quartiles, with « au-dessus / dans la moyenne / en dessous », and the reference's source.

use egui::RichText;

use crate::analysis::Analysis;
use crate::analysis::reference::{Reference, SPREAD_WITHOUT_QUARTILES, Standing};
use crate::app::i18n::Lang;
use crate::format::percent;

pub fn reference_ui(ui: &mut egui::Ui, reference: &Reference, analysis: &Analysis, lang: Lang) {
    ui.label(RichText::new(lang.f("Se situer : {}", &[&reference.title])).strong());
    let Some(shares) = &analysis.shares else {
        ui.label(lang.t("Pas de ressources monétaires : rien à comparer."));
        return;
    };
    for (n, mix) in reference.mixes.iter().enumerate() {
        let population = mix.population.map_or(String::new(), |p| {
            lang.f(" ({} organisations)", &[&p.to_string()])
        });
        ui.label(RichText::new(format!("{}{population}", mix.label)).italics());
        egui::Grid::new(("reference", n))
            .num_columns(4)
            .striped(true)
            .show(ui, |ui| {
                for title in ["Groupe", "Dossier", "Référence", "Lecture"] {
                    ui.label(RichText::new(lang.t(title)).small().strong());
                }
                ui.end_row();
                for reading in mix.read(shares) {
                    ui.label(reading.group.label());
                    ui.label(percent(reading.share));
                    let spread = match (reading.q1, reading.q3) {
                        (Some(q1), Some(q3)) => {
                            format!(
                                "{} ({} – {})",
                                percent(reading.median),
                                percent(q1),
                                percent(q3)
                            )
                        }
                        _ => percent(reading.median),
                    };
                    ui.label(spread);
                    let text = RichText::new(reading.standing.label());
                    ui.label(match reading.standing {
                        Standing::DansLaMoyenne => text,
                        _ => text.strong(),
                    });
                    ui.end_row();
                }
            });
    }
    ui.label(
        RichText::new(lang.f("Source : {}", &[&reference.source]))
            .small()
            .weak(),
    );
    ui.label(
        RichText::new(lang.f(
            "Les groupes que la source ne donne pas ne sont pas comparés. Sans quartiles, « dans la moyenne » veut dire à {} points du chiffre publié.",
            &[&crate::format::quantity(SPREAD_WITHOUT_QUARTILES * 100.0)],
        ))
        .small()
        .weak(),
    );
}
