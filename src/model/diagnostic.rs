//! The rounds of an autodiagnostic of maturity kept in a case (format 4): when, with which
//! questionnaire, and the answers by question id, « je ne sais pas » apart from the choices. The
//! questionnaire itself is data (`assets/autodiagnostics/`); scoring is in the analysis.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One answer: a choice of the questionnaire's scale, by its id, or « je ne sais pas ».
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    Choice(String),
    DontKnow,
}

/// Which questionnaire (id and version of the data file) a round was answered with.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireRef {
    pub id: String,
    pub version: u32,
}

/// One round of answers, e.g. before the first session and again a year later.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[serde(deny_unknown_fields)]
pub struct DiagnosticRound {
    /// As typed or given by the app, e.g. « 2026-12-05 ».
    pub date: String,
    pub questionnaire: QuestionnaireRef,
    /// By question id; a question not yet answered is absent.
    pub answers: BTreeMap<String, Answer>,
}

/// A change to the rounds of a case.
#[derive(Clone, Debug, PartialEq)]
pub enum DiagnosticField {
    /// A new round, empty, after the others.
    AddRound {
        date: String,
        questionnaire: QuestionnaireRef,
    },
    DeleteRound(usize),
    /// Sets (or with `None` clears) the answer to question `question` of round `round`.
    Answer {
        round: usize,
        question: String,
        answer: Option<Answer>,
    },
}

/// Applies `field` to `rounds`; `false` when the round does not exist (nothing changed).
pub fn set_diagnostic(rounds: &mut Vec<DiagnosticRound>, field: &DiagnosticField) -> bool {
    match field {
        DiagnosticField::AddRound {
            date,
            questionnaire,
        } => {
            rounds.push(DiagnosticRound {
                date: date.clone(),
                questionnaire: questionnaire.clone(),
                answers: BTreeMap::new(),
            });
            true
        }
        DiagnosticField::DeleteRound(index) => {
            if *index >= rounds.len() {
                return false;
            }
            rounds.remove(*index);
            true
        }
        DiagnosticField::Answer {
            round,
            question,
            answer,
        } => {
            let Some(round) = rounds.get_mut(*round) else {
                return false;
            };
            match answer {
                Some(answer) => round.answers.insert(question.clone(), answer.clone()),
                None => round.answers.remove(question),
            };
            true
        }
    }
}
