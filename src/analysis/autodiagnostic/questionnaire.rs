//! A questionnaire of autodiagnostic, as data: its sections (the three levers and « projet et
//! gouvernance »), questions with their help and source, the scale of answers with their points,
//! the thresholds of the three levels and the rule from levels to formats. The built-in one is
//! `assets/autodiagnostics/mse-maturite.ron`; a network can write its own variant.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::Level;

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
const MAX_POINTS: u32 = 100;

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

/// Why a questionnaire file cannot be used, in French, naming the file.
#[derive(Debug, thiserror::Error)]
pub enum QuestionnaireError {
    #[error("Questionnaire « {path} » illisible : {what}")]
    Read { path: String, what: String },
    #[error("Questionnaire « {path} » mal formé, ligne {line}, colonne {column} : {what}")]
    Syntax {
        path: String,
        line: usize,
        column: usize,
        what: String,
    },
    #[error(
        "Questionnaire « {path} » écrit pour une version plus récente de l'atelier (format {found}, cette version lit le format {supported}) : mettez Atelier MSE à jour"
    )]
    Newer {
        path: String,
        found: u32,
        supported: u32,
    },
    #[error("Questionnaire « {path} » inutilisable : {what}")]
    Invalid { path: String, what: String },
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
        let syntax = |e: ron::error::SpannedError| QuestionnaireError::Syntax {
            path: name.to_owned(),
            line: e.span.start.line,
            column: e.span.start.col,
            what: crate::model::ron_message(&e.code),
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
            return Err(QuestionnaireError::Newer {
                path: name.to_owned(),
                found: probe.format,
                supported: QUESTIONNAIRE_FORMAT,
            });
        }
        let questionnaire: Questionnaire = options.from_str(text).map_err(syntax)?;
        match questionnaire.problem() {
            Some(what) => Err(QuestionnaireError::Invalid {
                path: name.to_owned(),
                what,
            }),
            None => Ok(questionnaire),
        }
    }

    /// The first inconsistency of the data, or `None`.
    fn problem(&self) -> Option<String> {
        if self.format == 0 {
            return Some("le champ « format » manque ou vaut 0".to_owned());
        }
        if self.id.trim().is_empty() {
            return Some("le questionnaire n'a pas d'identifiant (id)".to_owned());
        }
        let max_chars = crate::model::limits::MAX_TEXT_CHARS;
        if self.texts().any(|t| t.chars().count() > max_chars) {
            return Some(format!("un texte dépasse {max_chars} caractères"));
        }
        // One key per answer in the window: 1 to 9.
        if !(2..=9).contains(&self.scale.len()) {
            return Some(format!(
                "l'échelle a {} réponses : il en faut de 2 à 9",
                self.scale.len()
            ));
        }
        if let Some(id) = first_duplicate(self.scale.iter().map(|c| c.id.as_str())) {
            return Some(format!("deux réponses de l'échelle s'appellent « {id} »"));
        }
        // Bounded so that no sum of points can overflow (at most 200 questions × 100 points).
        if let Some(c) = self.scale.iter().find(|c| c.points > MAX_POINTS) {
            return Some(format!(
                "la réponse « {} » donne {} points : au plus {MAX_POINTS}",
                c.id, c.points
            ));
        }
        if self.sections.is_empty() || self.sections.len() > 12 {
            return Some(format!(
                "{} parties : il en faut de 1 à 12",
                self.sections.len()
            ));
        }
        if let Some(id) = first_duplicate(self.sections.iter().map(|s| s.id.as_str())) {
            return Some(format!("deux parties s'appellent « {id} »"));
        }
        let questions = self.questions().map(|(_, q)| q.id.as_str());
        if let Some(id) = first_duplicate(questions) {
            return Some(format!("deux questions s'appellent « {id} »"));
        }
        if self.questions().count() > 200 {
            return Some("plus de 200 questions".to_owned());
        }
        for (section, question) in self.questions() {
            if question.id.trim().is_empty() || question.text.trim().is_empty() {
                return Some(format!(
                    "une question de « {} » n'a pas d'identifiant ou de texte",
                    section.name
                ));
            }
            if question.source.trim().is_empty() {
                return Some(format!(
                    "la question « {} » ne cite pas sa source (champ source ; « notre convention » si aucune source ne la fixe)",
                    question.id
                ));
            }
        }
        for section in &self.sections {
            if section.questions.is_empty() {
                return Some(format!(
                    "la partie « {} » n'a aucune question",
                    section.name
                ));
            }
            let max = self.max_points() * section.questions.len() as u32;
            if let Some(p) = threshold_problem(&section.thresholds, max) {
                return Some(format!(
                    "les seuils de la partie « {} » : {p}",
                    section.name
                ));
            }
        }
        let total = self.max_points() * self.questions().count() as u32;
        if let Some(p) = threshold_problem(&self.overall, total) {
            return Some(format!("les seuils d'ensemble (overall) : {p}"));
        }
        if let Some(id) = first_duplicate(self.formats.iter().map(|f| f.id.as_str())) {
            return Some(format!("deux formats s'appellent « {id} »"));
        }
        for level in Level::ALL {
            let rules = self.recommendations.iter().filter(|r| r.level == level);
            if rules.count() != 1 {
                return Some(format!(
                    "il faut une recommandation et une seule pour le niveau « {} »",
                    level.label()
                ));
            }
        }
        for format in self.recommendations.iter().flat_map(|r| &r.formats) {
            if self.format_def(format).is_none() {
                return Some(format!(
                    "la recommandation cite le format « {format} », absent de la liste formats"
                ));
            }
        }
        None
    }

    fn texts(&self) -> impl Iterator<Item = &String> {
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

/// What is wrong with thresholds over `max` points, if anything.
fn threshold_problem(t: &LevelThresholds, max: u32) -> Option<String> {
    if t.actifs == 0 || t.actifs >= t.pionniers {
        return Some(format!(
            "« actifs » ({}) doit être au moins 1 et inférieur à « pionniers » ({})",
            t.actifs, t.pionniers
        ));
    }
    if t.pionniers > max {
        return Some(format!(
            "« pionniers » ({}) dépasse le maximum de points ({max})",
            t.pionniers
        ));
    }
    if t.source.trim().is_empty() {
        return Some("la source des seuils manque (« notre convention » si aucune)".to_owned());
    }
    None
}

fn first_duplicate<'a>(ids: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let mut seen = std::collections::BTreeSet::new();
    ids.into_iter().find(|id| !seen.insert(*id))
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
