//! Why a questionnaire of autodiagnostic cannot be used, as facts: the checks of its data, and
//! the error that names the file. Worded by the text floor (`text::questionnaire_refusal`).

use super::Level;
use super::questionnaire::{LevelThresholds, MAX_POINTS, Questionnaire};

/// A questionnaire file that cannot be used: the file, and what is wrong with it; its French is
/// its `Display`.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub struct QuestionnaireError {
    pub path: String,
    pub problem: QuestionnaireProblem,
}

/// What is wrong with a questionnaire; answers, parts, questions and formats by their ids or
/// names in the file.
#[derive(Debug, Clone, PartialEq)]
pub enum QuestionnaireProblem {
    /// Not RON as a questionnaire is written; `message` is the model's wording of the RON error.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// Written for a newer atelier, in format `found`; this one reads `supported`.
    Newer {
        found: u32,
        supported: u32,
    },
    /// The field « format » missing or 0.
    NoFormat,
    NoId,
    /// A text longer than `max` characters.
    TextTooLong {
        max: usize,
    },
    /// A scale of `count` answers, not 2 to 9.
    Scale {
        count: usize,
    },
    SameAnswer(String),
    /// An answer giving more than `most` points.
    TooManyPoints {
        answer: String,
        points: u32,
        most: u32,
    },
    /// `count` parts, not 1 to 12.
    Parts {
        count: usize,
    },
    SamePart(String),
    SameQuestion(String),
    /// More than `most` questions.
    TooManyQuestions {
        most: usize,
    },
    /// A question of the part `part` without an id or a text.
    QuestionIncomplete {
        part: String,
    },
    /// A question that does not cite its source.
    NoQuestionSource {
        question: String,
    },
    /// A part without a question.
    EmptyPart {
        part: String,
    },
    /// The thresholds of a part, and what is wrong with them.
    PartThresholds {
        part: String,
        fault: ThresholdFault,
    },
    /// The overall thresholds, and what is wrong with them.
    OverallThresholds(ThresholdFault),
    SameFormat(String),
    /// Not exactly one recommendation for a level.
    Recommendations(Level),
    /// A recommendation citing a format the list has not.
    UnknownFormat(String),
}

/// What is wrong with the thresholds of the levels.
#[derive(Debug, Clone, PartialEq)]
pub enum ThresholdFault {
    /// « actifs » 0, or not below « pionniers ».
    Actifs {
        actifs: u32,
        pionniers: u32,
    },
    /// « pionniers » beyond the most points there are.
    Pionniers {
        pionniers: u32,
        max: u32,
    },
    NoSource,
}

/// Parts a questionnaire holds at most; questions, in all.
const MAX_PARTS: usize = 12;
const MAX_QUESTIONS: usize = 200;

impl Questionnaire {
    /// The first inconsistency of the data, or `None`.
    pub(super) fn problem(&self) -> Option<QuestionnaireProblem> {
        use QuestionnaireProblem as P;
        if self.format == 0 {
            return Some(P::NoFormat);
        }
        if self.id.trim().is_empty() {
            return Some(P::NoId);
        }
        let max_chars = crate::model::limits::MAX_TEXT_CHARS;
        if self.texts().any(|t| t.chars().count() > max_chars) {
            return Some(P::TextTooLong { max: max_chars });
        }
        // One key per answer in the window: 1 to 9.
        if !(2..=9).contains(&self.scale.len()) {
            return Some(P::Scale {
                count: self.scale.len(),
            });
        }
        if let Some(id) = first_duplicate(self.scale.iter().map(|c| c.id.as_str())) {
            return Some(P::SameAnswer(id.to_owned()));
        }
        // Bounded so that no sum of points can overflow (at most 200 questions × 100 points).
        if let Some(c) = self.scale.iter().find(|c| c.points > MAX_POINTS) {
            return Some(P::TooManyPoints {
                answer: c.id.clone(),
                points: c.points,
                most: MAX_POINTS,
            });
        }
        if self.sections.is_empty() || self.sections.len() > MAX_PARTS {
            return Some(P::Parts {
                count: self.sections.len(),
            });
        }
        if let Some(id) = first_duplicate(self.sections.iter().map(|s| s.id.as_str())) {
            return Some(P::SamePart(id.to_owned()));
        }
        let questions = self.questions().map(|(_, q)| q.id.as_str());
        if let Some(id) = first_duplicate(questions) {
            return Some(P::SameQuestion(id.to_owned()));
        }
        if self.questions().count() > MAX_QUESTIONS {
            return Some(P::TooManyQuestions {
                most: MAX_QUESTIONS,
            });
        }
        for (section, question) in self.questions() {
            if question.id.trim().is_empty() || question.text.trim().is_empty() {
                return Some(P::QuestionIncomplete {
                    part: section.name.clone(),
                });
            }
            if question.source.trim().is_empty() {
                return Some(P::NoQuestionSource {
                    question: question.id.clone(),
                });
            }
        }
        for section in &self.sections {
            if section.questions.is_empty() {
                return Some(P::EmptyPart {
                    part: section.name.clone(),
                });
            }
            let max = self.max_points() * section.questions.len() as u32;
            if let Some(fault) = threshold_fault(&section.thresholds, max) {
                return Some(P::PartThresholds {
                    part: section.name.clone(),
                    fault,
                });
            }
        }
        let total = self.max_points() * self.questions().count() as u32;
        if let Some(fault) = threshold_fault(&self.overall, total) {
            return Some(P::OverallThresholds(fault));
        }
        if let Some(id) = first_duplicate(self.formats.iter().map(|f| f.id.as_str())) {
            return Some(P::SameFormat(id.to_owned()));
        }
        for level in Level::ALL {
            let rules = self.recommendations.iter().filter(|r| r.level == level);
            if rules.count() != 1 {
                return Some(P::Recommendations(level));
            }
        }
        for format in self.recommendations.iter().flat_map(|r| &r.formats) {
            if self.format_def(format).is_none() {
                return Some(P::UnknownFormat(format.clone()));
            }
        }
        None
    }
}

/// What is wrong with thresholds over `max` points, if anything.
fn threshold_fault(t: &LevelThresholds, max: u32) -> Option<ThresholdFault> {
    if t.actifs == 0 || t.actifs >= t.pionniers {
        return Some(ThresholdFault::Actifs {
            actifs: t.actifs,
            pionniers: t.pionniers,
        });
    }
    if t.pionniers > max {
        return Some(ThresholdFault::Pionniers {
            pionniers: t.pionniers,
            max,
        });
    }
    if t.source.trim().is_empty() {
        return Some(ThresholdFault::NoSource);
    }
    None
}

fn first_duplicate<'a>(ids: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let mut seen = std::collections::BTreeSet::new();
    ids.into_iter().find(|id| !seen.insert(*id))
}
