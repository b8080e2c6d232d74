//! The start screen, when the app opens without a file: a new case, a case file to open, the
//! recent files, and the sample cases, clearly marked as examples (one opens as an unsaved
//! copy, so that it is never saved over).

use egui::RichText;

use crate::app::action::Action;
use crate::app::command::{Command, Pending};
use crate::app::view::CaseView;

/// The sample cases shipped inside the app: (file name, what it shows, content).
pub const EXAMPLES: [(&str, &str, &str); 4] = [
    (
        "club-randonnee.ron",
        "Un petit club de membres, ~8 000 € : modèle des membres (M1)",
        include_str!("../../../saves/club-randonnee.ron"),
    ),
    (
        "cpie-vallee-verte.ron",
        "Un centre d'éducation à l'environnement, ~600 000 €, 10 ETP : entre M4 et M2",
        include_str!("../../../saves/cpie-vallee-verte.ron"),
    ),
    (
        "operateur-solidarites.ron",
        "Un opérateur national du sanitaire et social, ~1,4 Md€ : M3",
        include_str!("../../../saves/operateur-solidarites.ron"),
    ),
    (
        "recherche-telethon.ron",
        "Une association de recherche financée par un téléthon, ~140 M€ : M6",
        include_str!("../../../saves/recherche-telethon.ron"),
    ),
];

#[derive(Default)]
pub struct StartScreen;

impl StartScreen {
    pub fn ui(&mut self, ui: &mut egui::Ui, view: &CaseView<'_>, commands: &mut Vec<Command>) {
        let lang = view.lang;
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.add_space(12.0);
            ui.heading(RichText::new("Atelier MSE").size(28.0));
            ui.label(lang.t(
                "La matrice et la position du modèle socio-économique d'une association.",
            ));
            ui.add_space(16.0);
            ui.horizontal_wrapped(|ui| {
                if ui
                    .button(RichText::new(lang.t("Nouveau dossier")).size(16.0))
                    .clicked()
                {
                    commands.push(Command::Request(Pending::New));
                }
                if ui
                    .button(RichText::new(lang.t("Ouvrir…")).size(16.0))
                    .clicked()
                {
                    commands.push(Command::Action(Action::Open));
                }
                if ui.button(lang.t("Ouvrir un portefeuille…")).clicked() {
                    commands.push(Command::Action(Action::OpenPortfolio));
                }
            });
            ui.add_space(16.0);
            ui.label(RichText::new(lang.t("Fichiers récents")).strong());
            if view.recent.is_empty() {
                ui.label(RichText::new(lang.t("Aucun fichier récent")).weak());
            }
            for path in view.recent {
                if ui.link(path.display().to_string()).clicked() {
                    commands.push(Command::Request(Pending::Open(path.clone())));
                }
            }
            ui.add_space(16.0);
            ui.label(RichText::new(lang.t("Exemples")).strong());
            ui.label(
                RichText::new(lang.t(
                    "Des associations fictives aux chiffres plausibles. Un exemple s'ouvre comme une copie sans titre : « Enregistrer » demande où l'enregistrer, l'exemple n'est jamais modifié.",
                ))
                .weak(),
            );
            for (index, (file, what, _)) in EXAMPLES.iter().enumerate() {
                ui.horizontal_wrapped(|ui| {
                    if ui
                        .button(format!("{} {file}", lang.t("Exemple :")))
                        .clicked()
                    {
                        commands.push(Command::OpenExample(index));
                    }
                    ui.label(lang.t(what));
                });
            }
        });
    }
}
