//! The autodiagnostic of maturity (DOMAIN.md §8): the questionnaire as data, and the scoring of
//! a round of answers as facts — per part and overall, the level, the points, the maximum, the
//! thresholds in effect, the next threshold, the questions that weigh most to reach it, and the
//! recommended formats. « Je ne sais pas » is counted apart: no point, and out of the maximum.

mod checks;
mod questionnaire;
pub mod radar;
mod scoring;

pub use checks::{QuestionnaireError, QuestionnaireProblem, ThresholdFault};
pub use questionnaire::{
    Choice, FormatDef, LevelThresholds, QUESTIONNAIRE_FORMAT, Question, Questionnaire,
    Recommendation, Section,
};
pub use scoring::{FormatAdvice, NextLevel, RoundResult, Score, SectionResult, Weighing, score};

use serde::{Deserialize, Serialize};

/// The three levels of practitioners of the programme (`premiers_pas`, `actifs`, `pionniers` in
/// files and JSON).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    PremiersPas,
    Actifs,
    Pionniers,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::PremiersPas, Level::Actifs, Level::Pionniers];

    /// The programme's own words.
    pub fn label(self) -> &'static str {
        match self {
            Level::PremiersPas => "premiers pas",
            Level::Actifs => "actifs",
            Level::Pionniers => "pionniers",
        }
    }
}
