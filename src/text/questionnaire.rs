//! Why a questionnaire of autodiagnostic cannot be used, in French — its `Display` — and
//! English. The levels (« actifs », « pionniers »…) are the domain's words, quoted as they are.

use std::fmt;

use super::Lang;
use crate::analysis::autodiagnostic::{QuestionnaireError, QuestionnaireProblem, ThresholdFault};
use crate::storage::QuestionnaireLoadError;

impl fmt::Display for QuestionnaireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&questionnaire_refusal(self, Lang::Fr))
    }
}

/// Why a questionnaire is refused, in `lang`; the model's wording of a RON error stays French.
pub fn questionnaire_refusal(err: &QuestionnaireError, lang: Lang) -> String {
    use QuestionnaireProblem as P;
    let name = lang.quoted(&err.path);
    match (&err.problem, lang) {
        (
            P::Syntax {
                line,
                column,
                message,
            },
            Lang::Fr,
        ) => format!("Questionnaire {name} mal formé, ligne {line}, colonne {column} : {message}"),
        (
            P::Syntax {
                line,
                column,
                message,
            },
            Lang::En,
        ) => format!(
            "The questionnaire {name} is malformed, line {line}, column {column}: {message}"
        ),
        (P::Newer { found, supported }, Lang::Fr) => format!(
            "Questionnaire {name} écrit pour une version plus récente de l'atelier (format {found}, cette version lit le format {supported}) : mettez Atelier MSE à jour"
        ),
        (P::Newer { found, supported }, Lang::En) => format!(
            "The questionnaire {name} was written for a newer version of Atelier MSE (format {found}, this version reads format {supported}): update Atelier MSE"
        ),
        (problem, Lang::Fr) => {
            format!(
                "Questionnaire {name} inutilisable : {}",
                problem_words(problem, lang)
            )
        }
        (problem, Lang::En) => format!(
            "The questionnaire {name} cannot be used: {}",
            problem_words(problem, lang)
        ),
    }
}

/// What is wrong with the data, in `lang` (the syntax and a newer format are said whole above).
fn problem_words(problem: &QuestionnaireProblem, lang: Lang) -> String {
    use QuestionnaireProblem as P;
    let q = |text: &str| lang.quoted(text);
    match (problem, lang) {
        (P::Syntax { .. } | P::Newer { .. }, _) => String::new(),
        (P::NoFormat, Lang::Fr) => "le champ « format » manque ou vaut 0".to_owned(),
        (P::NoFormat, Lang::En) => "the field “format” is missing or 0".to_owned(),
        (P::NoId, Lang::Fr) => "le questionnaire n'a pas d'identifiant (id)".to_owned(),
        (P::NoId, Lang::En) => "the questionnaire has no identifier (id)".to_owned(),
        (P::TextTooLong { max }, Lang::Fr) => format!("un texte dépasse {max} caractères"),
        (P::TextTooLong { max }, Lang::En) => {
            format!("a text is longer than {max} characters")
        }
        (P::Scale { count }, Lang::Fr) => {
            format!("l'échelle a {count} réponses : il en faut de 2 à 9")
        }
        (P::Scale { count }, Lang::En) => {
            format!("the scale has {count} answers: 2 to 9 are needed")
        }
        (P::SameAnswer(id), Lang::Fr) => {
            format!("deux réponses de l'échelle s'appellent {}", q(id))
        }
        (P::SameAnswer(id), Lang::En) => format!("two answers of the scale are named {}", q(id)),
        (
            P::TooManyPoints {
                answer,
                points,
                most,
            },
            Lang::Fr,
        ) => format!(
            "la réponse {} donne {points} points : au plus {most}",
            q(answer)
        ),
        (
            P::TooManyPoints {
                answer,
                points,
                most,
            },
            Lang::En,
        ) => format!(
            "the answer {} gives {points} points: at most {most}",
            q(answer)
        ),
        (P::Parts { count }, Lang::Fr) => format!("{count} parties : il en faut de 1 à 12"),
        (P::Parts { count }, Lang::En) => format!("{count} parts: 1 to 12 are needed"),
        (P::SamePart(id), Lang::Fr) => format!("deux parties s'appellent {}", q(id)),
        (P::SamePart(id), Lang::En) => format!("two parts are named {}", q(id)),
        (P::SameQuestion(id), Lang::Fr) => format!("deux questions s'appellent {}", q(id)),
        (P::SameQuestion(id), Lang::En) => format!("two questions are named {}", q(id)),
        (P::TooManyQuestions { most }, Lang::Fr) => format!("plus de {most} questions"),
        (P::TooManyQuestions { most }, Lang::En) => format!("more than {most} questions"),
        (P::QuestionIncomplete { part }, Lang::Fr) => format!(
            "une question de {} n'a pas d'identifiant ou de texte",
            q(part)
        ),
        (P::QuestionIncomplete { part }, Lang::En) => {
            format!("a question of {} has no identifier or no text", q(part))
        }
        (P::NoQuestionSource { question }, Lang::Fr) => format!(
            "la question {} ne cite pas sa source (champ source ; « notre convention » si aucune source ne la fixe)",
            q(question)
        ),
        (P::NoQuestionSource { question }, Lang::En) => format!(
            "the question {} does not cite its source (field source; “notre convention” if no source sets it)",
            q(question)
        ),
        (P::EmptyPart { part }, Lang::Fr) => format!("la partie {} n'a aucune question", q(part)),
        (P::EmptyPart { part }, Lang::En) => format!("the part {} has no question", q(part)),
        (P::PartThresholds { part, fault }, Lang::Fr) => format!(
            "les seuils de la partie {} : {}",
            q(part),
            fault_words(fault, lang)
        ),
        (P::PartThresholds { part, fault }, Lang::En) => format!(
            "the thresholds of the part {}: {}",
            q(part),
            fault_words(fault, lang)
        ),
        (P::OverallThresholds(fault), Lang::Fr) => format!(
            "les seuils d'ensemble (overall) : {}",
            fault_words(fault, lang)
        ),
        (P::OverallThresholds(fault), Lang::En) => format!(
            "the overall thresholds (field overall): {}",
            fault_words(fault, lang)
        ),
        (P::SameFormat(id), Lang::Fr) => format!("deux formats s'appellent {}", q(id)),
        (P::SameFormat(id), Lang::En) => format!("two formats are named {}", q(id)),
        (P::Recommendations(level), Lang::Fr) => format!(
            "il faut une recommandation et une seule pour le niveau {}",
            q(level.label())
        ),
        (P::Recommendations(level), Lang::En) => format!(
            "one recommendation, and only one, is needed for the level {}",
            q(level.label())
        ),
        (P::UnknownFormat(format), Lang::Fr) => format!(
            "la recommandation cite le format {}, absent de la liste formats",
            q(format)
        ),
        (P::UnknownFormat(format), Lang::En) => format!(
            "the recommendation cites the format {}, which is not in the list “formats”",
            q(format)
        ),
    }
}

fn fault_words(fault: &ThresholdFault, lang: Lang) -> String {
    match (fault, lang) {
        (ThresholdFault::Actifs { actifs, pionniers }, Lang::Fr) => format!(
            "« actifs » ({actifs}) doit être au moins 1 et inférieur à « pionniers » ({pionniers})"
        ),
        (ThresholdFault::Actifs { actifs, pionniers }, Lang::En) => {
            format!("“actifs” ({actifs}) must be at least 1 and below “pionniers” ({pionniers})")
        }
        (ThresholdFault::Pionniers { pionniers, max }, Lang::Fr) => {
            format!("« pionniers » ({pionniers}) dépasse le maximum de points ({max})")
        }
        (ThresholdFault::Pionniers { pionniers, max }, Lang::En) => {
            format!("“pionniers” ({pionniers}) exceeds the maximum score ({max})")
        }
        (ThresholdFault::NoSource, Lang::Fr) => {
            "la source des seuils manque (« notre convention » si aucune)".to_owned()
        }
        (ThresholdFault::NoSource, Lang::En) => {
            "the source of the thresholds is missing (“notre convention” if none)".to_owned()
        }
    }
}

impl fmt::Display for QuestionnaireLoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&questionnaire_load_refusal(self, Lang::Fr))
    }
}

/// Why the questionnaire chosen cannot be used, in `lang`: not read (storage's refusal), or
/// refused.
pub fn questionnaire_load_refusal(err: &QuestionnaireLoadError, lang: Lang) -> String {
    match err {
        QuestionnaireLoadError::Unread { path, error } => {
            let why = super::read_refusal(error, lang);
            let name = lang.quoted(path);
            match lang {
                Lang::Fr => format!("Questionnaire {name} illisible : {why}"),
                Lang::En => format!("The questionnaire {name} is unreadable: {why}"),
            }
        }
        QuestionnaireLoadError::Invalid(e) => questionnaire_refusal(e, lang),
    }
}
