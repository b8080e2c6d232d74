//! A questionnaire of autodiagnostic, as data: its sections (the three levers and « projet et
//! gouvernance »), questions with their help and source, the scale of answers with their points,
//! the thresholds of the three levels and the rule from levels to formats. The built-in one is
//! `assets/autodiagnostics/mse-maturite.ron`; a network can write its own variant.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::Level;
use super::checks::{QuestionnaireError, QuestionnaireProblem};

/// The file format of a questionnaire this build reads.
pub const QUESTIONNAIRE_FORMAT: u32 = 1;

const BUILTIN: &str = include_str!("../../../assets/autodiagnostics/mse-maturite.ron");

/// An answer of the scale: its words and the points it gives.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub text: String,
    pub points: u32,
}

/// The most points one answer may give.
pub(super) const MAX_POINTS: u32 = 100;

/// Points from which a part is « actifs », then « pionniers »; below, « premiers pas ».
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelThresholds {
    pub actifs: u32,
    pub pionniers: u32,
    /// Where the numbers come from (« notre convention » when no source fixes them).
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub text: String,
    pub help: String,
    /// What the question comes from: a principle of the state of the art, a « repère » of the
    /// Boussole stratégique, a lever.
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub name: String,
    pub thresholds: LevelThresholds,
    pub questions: Vec<Question>,
}

/// A format of appropriation (« form'actions »…) and the words that say what it is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormatDef {
    pub id: String,
    pub name: String,
    pub words: String,
}

/// The formats a part at `level` calls for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recommendation {
    pub level: Level,
    pub formats: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    pub format: u32,
    pub id: String,
    pub version: u32,
    pub title: String,
    pub source: String,
    pub caveat: String,
    pub scale: Vec<Choice>,
    /// The words of « je ne sais pas ».
    pub dont_know: String,
    pub sections: Vec<Section>,
    pub overall: LevelThresholds,
    pub formats: Vec<FormatDef>,
    pub recommendations: Vec<Recommendation>,
}

impl Questionnaire {
    /// The questionnaire shipped with the app.
    pub fn builtin() -> &'static Questionnaire {
        static QUESTIONNAIRE: OnceLock<Questionnaire> = OnceLock::new();
        QUESTIONNAIRE.get_or_init(|| {
            Questionnaire::parse(BUILTIN, "intégré").unwrap_or_else(|_| Questionnaire::empty())
        })
    }

    /// Parses and checks the text of a questionnaire; `name` names the file in errors.
    pub fn parse(text: &str, name: &str) -> Result<Questionnaire, QuestionnaireError> {
        let error = |problem: QuestionnaireProblem| QuestionnaireError {
            path: name.to_owned(),
            problem,
        };
        let syntax = |e: ron::error::SpannedError| {
            error(QuestionnaireProblem::Syntax {
                line: e.span.start.line,
                column: e.span.start.col,
                message: crate::model::ron_message(&e.code),
            })
        };
        let options = ron::Options::default().with_recursion_limit(16);
        // The format first, whatever else the file holds: a newer file is refused as newer.
        #[derive(Deserialize)]
        struct FormatProbe {
            #[serde(default)]
            format: u32,
        }
        let probe: FormatProbe = options.from_str(text).map_err(syntax)?;
        if probe.format > QUESTIONNAIRE_FORMAT {
            return Err(error(QuestionnaireProblem::Newer {
                found: probe.format,
                supported: QUESTIONNAIRE_FORMAT,
            }));
        }
        let questionnaire: Questionnaire = options.from_str(text).map_err(syntax)?;
        questionnaire
            .problem()
            .map_or(Ok(questionnaire), |p| Err(error(p)))
    }

    pub(super) fn texts(&self) -> impl Iterator<Item = &String> {
        [
            &self.id,
            &self.title,
            &self.source,
            &self.caveat,
            &self.dont_know,
        ]
        .into_iter()
        .chain(self.scale.iter().flat_map(|c| [&c.id, &c.text]))
        .chain(self.sections.iter().flat_map(|s| [&s.id, &s.name]))
        .chain(
            self.questions()
                .flat_map(|(_, q)| [&q.id, &q.text, &q.help, &q.source]),
        )
        .chain(self.formats.iter().flat_map(|f| [&f.id, &f.name, &f.words]))
    }

    fn empty() -> Questionnaire {
        let none = || LevelThresholds {
            actifs: 0,
            pionniers: 0,
            source: String::new(),
        };
        Questionnaire {
            format: QUESTIONNAIRE_FORMAT,
            id: String::new(),
            version: 0,
            title: String::new(),
            source: String::new(),
            caveat: String::new(),
            scale: Vec::new(),
            dont_know: String::new(),
            sections: Vec::new(),
            overall: none(),
            formats: Vec::new(),
            recommendations: Vec::new(),
        }
    }

    pub fn reference(&self) -> crate::model::QuestionnaireRef {
        crate::model::QuestionnaireRef {
            id: self.id.clone(),
            version: self.version,
        }
    }

    /// Every question with its section, in order.
    pub fn questions(&self) -> impl Iterator<Item = (&Section, &Question)> {
        self.sections
            .iter()
            .flat_map(|s| s.questions.iter().map(move |q| (s, q)))
    }

    pub fn choice(&self, id: &str) -> Option<&Choice> {
        self.scale.iter().find(|c| c.id == id)
    }

    pub fn format_def(&self, id: &str) -> Option<&FormatDef> {
        self.formats.iter().find(|f| f.id == id)
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// The points of the best answer of the scale.
    pub fn max_points(&self) -> u32 {
        self.scale.iter().map(|c| c.points).max().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_questionnaire_loads_and_cites_its_sources() {
        let q = Questionnaire::parse(BUILTIN, "intégré").expect("built-in questionnaire");
        assert_eq!(Questionnaire::builtin().id, "mse-maturite");
        let names: Vec<&str> = q.sections.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Richesses humaines",
                "Ressources financières",
                "Alliances stratégiques",
                "Projet et gouvernance"
            ]
        );
        assert_eq!(q.questions().count(), 24);
        for (_, question) in q.questions() {
            let cited = ["principe", "repère", "levier"]
                .iter()
                .any(|w| question.source.contains(w));
            assert!(cited, "{}: {}", question.id, question.source);
            assert!(!question.help.is_empty(), "{}", question.id);
        }
        assert!(q.caveat.contains("Notre convention"));
        for section in &q.sections {
            assert_eq!(section.thresholds.source, "notre convention");
        }
        let scale: Vec<&str> = q.scale.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            scale,
            ["pas du tout", "un peu", "en bonne partie", "tout à fait"]
        );
        assert_eq!(q.format_def("formaction").unwrap().name, "form'actions");
    }

    #[test]
    fn a_malformed_questionnaire_is_refused_in_french_naming_the_file() {
        let broken = BUILTIN.replacen("points: 0)", "points: \"zéro\")", 1);
        let err = Questionnaire::parse(&broken, "reseau.ron").unwrap_err();
        let message = err.to_string();
        assert!(
            message.contains("« reseau.ron » mal formé, ligne"),
            "{message}"
        );
        assert!(message.contains("un nombre est attendu"), "{message}");
        assert!(message.contains("ligne 17, colonne 57"), "{message}");
    }

    #[test]
    fn a_newer_questionnaire_asks_to_update_the_app() {
        let newer = BUILTIN.replacen("format: 1,", "format: 2, futur: true,", 1);
        let message = Questionnaire::parse(&newer, "reseau.ron")
            .unwrap_err()
            .to_string();
        assert!(message.contains("« reseau.ron »"), "{message}");
        assert!(message.contains("format 2"), "{message}");
        assert!(message.contains("mettez Atelier MSE à jour"), "{message}");
    }

    #[test]
    fn points_that_could_overflow_a_sum_are_refused() {
        let huge = BUILTIN.replacen("points: 3", "points: 4000000000", 1);
        let message = Questionnaire::parse(&huge, "reseau.ron")
            .unwrap_err()
            .to_string();
        assert!(message.contains("au plus 100"), "{message}");
    }

    #[test]
    fn thresholds_that_do_not_order_are_refused() {
        let broken = BUILTIN.replacen("actifs: 7, pionniers: 14", "actifs: 15, pionniers: 14", 1);
        let message = Questionnaire::parse(&broken, "reseau.ron")
            .unwrap_err()
            .to_string();
        assert!(message.contains("« reseau.ron » inutilisable"), "{message}");
        assert!(message.contains("Richesses humaines"), "{message}");
        assert!(message.contains("inférieur à « pionniers »"), "{message}");
        let beyond = BUILTIN.replacen("actifs: 7, pionniers: 14", "actifs: 7, pionniers: 19", 1);
        let message = Questionnaire::parse(&beyond, "x").unwrap_err().to_string();
        assert!(message.contains("maximum de points (18)"), "{message}");
    }

    #[test]
    fn a_question_without_a_source_is_refused() {
        let broken = BUILTIN.replacen(
            "source: \"Boussole stratégique, repère « positionnement ».\"",
            "source: \" \"",
            1,
        );
        assert_ne!(broken, BUILTIN);
        let message = Questionnaire::parse(&broken, "x").unwrap_err().to_string();
        assert!(message.contains("pg_positionnement"), "{message}");
    }
}
