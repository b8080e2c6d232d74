//! « Autodiagnostic »: the questionnaire of maturity answered with the keyboard, one question at
//! a time (1–4 choose, 0 or ? « je ne sais pas », Enter goes on, Backspace or Shift+Tab goes
//! back), then the result: per lever and overall the level with its points and thresholds, a
//! radar of the levers (the two latest rounds), what weighs most, the recommended formats.

mod result;

use egui::{Key, RichText};

use crate::analysis::autodiagnostic::Questionnaire;
use crate::app::command::Command;
use crate::app::view::CaseView;
use crate::model::{Answer, DiagnosticField, Edit};
use crate::report::autodiagnostic::questionnaire_of;

/// Where the consultant is: a question of the latest round, or its result.
#[derive(Default)]
pub struct AutodiagnosticScreen {
    /// The question shown, in the questionnaire's order.
    pub question: usize,
    /// The result rather than the questions.
    pub result: bool,
}

fn edit(field: DiagnosticField) -> Command {
    Command::Edit(Edit::Diagnostic(field))
}

/// What a key asks of the questionnaire.
enum Asked {
    Choose(usize),
    DontKnow,
    Next,
    Back,
}

/// Whether the view may take this frame's keys: not while a text field has the keyboard or a
/// question (a modal) waits for an answer.
fn keys_free(ui: &egui::Ui) -> bool {
    let ctx = ui.ctx();
    !ctx.text_edit_focused() && ctx.memory(|m| m.top_modal_layer()).is_none()
}

/// Every key of this frame that answers or moves, in the order typed, taken from the input
/// (a slow frame gathers several: none is lost); none when the keys are not the view's. Shift is
/// allowed with the digits (a French keyboard types them with it); Ctrl, Alt or Cmd make a
/// shortcut, not an answer.
fn asked(ui: &egui::Ui, choices: usize) -> Vec<Asked> {
    if !keys_free(ui) {
        return Vec::new();
    }
    const DIGITS: [Key; 9] = [
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
        Key::Num7,
        Key::Num8,
        Key::Num9,
    ];
    ui.input_mut(|i| {
        let mut keys = Vec::new();
        i.events.retain(|event| {
            let egui::Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } = event
            else {
                return true;
            };
            if modifiers.ctrl || modifiers.alt || modifiers.command || modifiers.mac_cmd {
                return true;
            }
            let one = match key {
                Key::Tab if modifiers.shift => Some(Asked::Back),
                Key::Backspace => Some(Asked::Back),
                Key::Enter => Some(Asked::Next),
                Key::Num0 | Key::Questionmark => Some(Asked::DontKnow),
                digit => DIGITS
                    .iter()
                    .position(|d| d == digit)
                    .filter(|index| *index < choices)
                    .map(Asked::Choose),
            };
            match one {
                Some(one) => {
                    keys.push(one);
                    false
                }
                None => true,
            }
        });
        keys
    })
}

impl AutodiagnosticScreen {
    pub fn ui(&mut self, ui: &mut egui::Ui, view: &CaseView<'_>, commands: &mut Vec<Command>) {
        let lang = view.lang;
        let case = view.case;
        let Some(last) = case.diagnostics.len().checked_sub(1) else {
            self.start_ui(ui, view, commands);
            return;
        };
        let Some(round) = case.diagnostics.get(last) else {
            return;
        };
        let Some(questionnaire) = questionnaire_of(round, view.questionnaire) else {
            ui.label(view.lang.f(
                "Le questionnaire « {} » (version {}) de ce tour n'est pas celui de cette version de l'atelier.",
                &[&round.questionnaire.id, &round.questionnaire.version.to_string()],
            ));
            return;
        };
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.heading(format!("{} — {}", lang.t("Autodiagnostic"), round.date));
                    if ui
                        .selectable_label(!self.result, lang.t("Questions"))
                        .clicked()
                    {
                        self.result = false;
                    }
                    if ui
                        .selectable_label(self.result, lang.t("Résultat"))
                        .clicked()
                    {
                        self.result = true;
                    }
                    if ui.button(lang.t("Nouveau tour")).clicked() {
                        commands.push(edit(DiagnosticField::AddRound {
                            date: crate::storage::today(),
                            questionnaire: questionnaire.reference(),
                        }));
                        self.question = 0;
                        self.result = false;
                    }
                });
                ui.label(RichText::new(&questionnaire.title).weak());
                ui.separator();
                if self.result {
                    self.result_ui(ui, view, questionnaire, commands);
                } else {
                    self.question_ui(ui, view, (last, questionnaire), commands);
                }
            });
    }

    fn start_ui(&mut self, ui: &mut egui::Ui, view: &CaseView<'_>, commands: &mut Vec<Command>) {
        let lang = view.lang;
        // A network's questionnaire when one is chosen, else the built-in one.
        let questionnaire = view.questionnaire.unwrap_or(Questionnaire::builtin());
        ui.heading(lang.t("Autodiagnostic"));
        ui.add(egui::Label::new(&questionnaire.title).wrap());
        ui.add_space(6.0);
        ui.add(
            egui::Label::new(lang.f(
                "{} questions sur les trois leviers et le projet, une à la fois : la maturité de l'association, pour choisir le parcours qui lui convient (« premiers pas », « actifs », « pionniers »).",
                &[&questionnaire.questions().count().to_string()],
            ))
            .wrap(),
        );
        ui.add(egui::Label::new(RichText::new(&questionnaire.caveat).weak()).wrap());
        ui.add_space(6.0);
        let start = ui.button(lang.t("Commencer l'autodiagnostic (Entrée)"));
        let enter =
            keys_free(ui) && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Enter));
        if start.clicked() || enter {
            commands.push(edit(DiagnosticField::AddRound {
                date: crate::storage::today(),
                questionnaire: questionnaire.reference(),
            }));
            self.question = 0;
            self.result = false;
        }
    }

    fn question_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &CaseView<'_>,
        (round_index, questionnaire): (usize, &Questionnaire),
        commands: &mut Vec<Command>,
    ) {
        let lang = view.lang;
        let total = questionnaire.questions().count();
        self.question = self.question.min(total.saturating_sub(1));
        // Each key in turn, on the question it was typed for.
        for key in asked(ui, questionnaire.scale.len()) {
            let Some((_, question)) = questionnaire.questions().nth(self.question) else {
                break;
            };
            let answer = match key {
                Asked::Choose(i) => questionnaire
                    .scale
                    .get(i)
                    .map(|choice| Answer::Choice(choice.id.clone())),
                Asked::DontKnow => Some(Answer::DontKnow),
                Asked::Next => {
                    self.next(total);
                    None
                }
                Asked::Back => {
                    self.question = self.question.saturating_sub(1);
                    None
                }
            };
            if let Some(answer) = answer {
                commands.push(edit(DiagnosticField::Answer {
                    round: round_index,
                    question: question.id.clone(),
                    answer: Some(answer),
                }));
                self.next(total);
            }
        }
        let Some((section, question)) = questionnaire.questions().nth(self.question) else {
            return;
        };
        let Some(round) = view.case.diagnostics.get(round_index) else {
            return;
        };
        let current = round.answers.get(&question.id);
        let answer = |answer: Answer, this: &mut Self, commands: &mut Vec<Command>| {
            commands.push(edit(DiagnosticField::Answer {
                round: round_index,
                question: question.id.clone(),
                answer: Some(answer),
            }));
            this.next(total);
        };
        let answered = round.answers.len();
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(format!("{} / {total}", self.question + 1))
                    .strong()
                    .size(16.0),
            );
            ui.label(RichText::new(&section.name).strong());
            ui.label(RichText::new(format!("({answered} {})", lang.t("réponses données"))).weak());
        });
        ui.add(egui::ProgressBar::new(
            (self.question + 1) as f32 / total.max(1) as f32,
        ));
        ui.add_space(8.0);
        ui.add(egui::Label::new(RichText::new(&question.text).size(18.0)).wrap());
        ui.add_space(4.0);
        ui.add(egui::Label::new(RichText::new(&question.help).italics()).wrap());
        ui.add(
            egui::Label::new(
                RichText::new(lang.f("Source : {}", &[&question.source]))
                    .small()
                    .weak(),
            )
            .wrap(),
        );
        ui.add_space(8.0);
        for (i, choice) in questionnaire.scale.iter().enumerate() {
            let chosen = current == Some(&Answer::Choice(choice.id.clone()));
            let text = RichText::new(format!("{}   {}", i + 1, choice.text)).size(16.0);
            if ui.selectable_label(chosen, text).clicked() {
                answer(Answer::Choice(choice.id.clone()), self, commands);
            }
        }
        let text = RichText::new(lang.f("0 ou ?   {}", &[&questionnaire.dont_know])).size(16.0);
        if ui
            .selectable_label(current == Some(&Answer::DontKnow), text)
            .clicked()
        {
            answer(Answer::DontKnow, self, commands);
        }
        ui.add_space(8.0);
        ui.add(
            egui::Label::new(
                RichText::new(lang.t(
                    "Touches 1 à 4 : répondre · 0 ou ? : je ne sais pas · Entrée : question suivante · Retour arrière ou Maj+Tab : question précédente",
                ))
                .small()
                .weak(),
            )
            .wrap(),
        );
    }

    /// The next question, or the result after the last one.
    fn next(&mut self, total: usize) {
        if self.question + 1 >= total {
            self.result = true;
        } else {
            self.question += 1;
        }
    }
}
