//! The refusals of the data files a consultant may choose besides cases (a reference, a
//! typology, a questionnaire, an answer sheet), worded by the text floor: each kind in French as
//! the window and the command line have always said it, and in English.

use atelier_mse::analysis::autodiagnostic::{
    Level, QuestionnaireError, QuestionnaireProblem as Q, ThresholdFault,
};
use atelier_mse::analysis::reference::{MixFault, ReferenceError, ReferenceProblem as P};
use atelier_mse::analysis::{RuleGroup, TypologyError, TypologyProblem as T};
use atelier_mse::model::{Group, Problem};
use atelier_mse::storage::{
    QuestionnaireLoadError, ReadError, ReferenceLoadError, TypologyLoadError,
};
use atelier_mse::text::{
    Lang, questionnaire_load_refusal, questionnaire_refusal, reference_load_refusal,
    reference_refusal, typology_load_refusal, typology_refusal,
};

use super::refusals::french_words;

#[test]
fn a_reference_refused_is_the_known_french_and_english() {
    let mix = |fault| P::Mix {
        label: "Ensemble".to_owned(),
        fault,
    };
    let table = [
        (
            P::Syntax {
                line: 2,
                column: 5,
                message: "« ) » attendu".to_owned(),
            },
            "ligne 2, colonne 5 : « ) » attendu",
            "line 2, column 5: « ) » attendu",
        ),
        (
            P::Newer { found: 9, read: 1 },
            "format 9 : cette version de l'atelier lit le format 1 ; mettez Atelier MSE à jour",
            "format 9: this version of Atelier MSE reads format 1; update Atelier MSE",
        ),
        (
            P::Format {
                found: 0,
                expected: 1,
            },
            "format 0 inconnu (attendu : 1)",
            "unknown format 0 (expected: 1)",
        ),
        (
            P::TextTooLong { max: 100000 },
            "un texte dépasse 100000 caractères",
            "a text is longer than 100000 characters",
        ),
        (
            P::TooManyMixes {
                count: 101,
                most: 100,
            },
            "101 répartitions, au plus 100",
            "101 mixes, at most 100",
        ),
        (
            P::NoSource,
            "la source manque : une référence cite toujours d'où viennent ses chiffres",
            "the source is missing: a reference always cites where its figures come from",
        ),
        (
            P::NoMix,
            "aucune répartition (« mixes » est vide)",
            "no mix (“mixes” is empty)",
        ),
        (
            mix(MixFault::GroupTwice(Group::S)),
            "répartition « Ensemble » : le groupe S apparaît deux fois",
            "mix “Ensemble”: the group S appears twice",
        ),
        (
            mix(MixFault::GroupNotFraction(Group::D)),
            "répartition « Ensemble » : groupe D : les parts sont des fractions entre 0 et 1",
            "mix “Ensemble”: group D: the shares are fractions between 0 and 1",
        ),
        (
            mix(MixFault::GroupQuartiles(Group::RAp)),
            "répartition « Ensemble » : groupe RAp : il faut premier quartile ≤ médiane ≤ troisième quartile",
            "mix “Ensemble”: group RAp: first quartile ≤ median ≤ third quartile is needed",
        ),
        (
            mix(MixFault::PoleNotFraction("ressources privées")),
            "répartition « Ensemble » : pôle « ressources privées » : les quartiles sont des fractions entre 0 et 1",
            "mix “Ensemble”: pole “ressources privées”: the quartiles are fractions between 0 and 1",
        ),
        (
            mix(MixFault::PoleQuartiles("revenus d'activité")),
            "répartition « Ensemble » : pôle « revenus d'activité » : il faut premier quartile ≤ médiane ≤ troisième quartile",
            "mix “Ensemble”: pole “revenus d'activité”: first quartile ≤ median ≤ third quartile is needed",
        ),
        (
            mix(MixFault::SharesSum { percent: 92.4 }),
            "répartition « Ensemble » : les parts font 92 % au lieu d'environ 100 %",
            "mix “Ensemble”: the shares add up to 92% instead of about 100%",
        ),
        (
            mix(MixFault::KnownSharesOver { percent: 130.0 }),
            "répartition « Ensemble » : les parts connues font déjà 130 %, plus que 100 %",
            "mix “Ensemble”: the known shares already add up to 130%, more than 100%",
        ),
    ];
    for (problem, french, english) in table {
        let err = ReferenceError {
            path: "r.ron".to_owned(),
            problem,
        };
        let french = format!("référence « r.ron » : {french}");
        let english = format!("reference “r.ron”: {english}");
        assert_eq!(reference_refusal(&err, Lang::Fr), french);
        assert_eq!(err.to_string(), french, "Display is the French");
        assert_eq!(reference_refusal(&err, Lang::En), english);
        // The model's wording of a RON error is quoted as it is, in French.
        if !english.contains("attendu") {
            assert_eq!(french_words(&english), Vec::<&str>::new(), "{english}");
        }
        let loaded = ReferenceLoadError::Invalid(err);
        assert_eq!(loaded.to_string(), french);
        assert_eq!(reference_load_refusal(&loaded, Lang::En), english);
    }
    let unread = ReferenceLoadError::Unread {
        path: "r.ron".to_owned(),
        error: ReadError::NotText {
            path: "r.ron".into(),
        },
    };
    assert_eq!(
        unread.to_string(),
        "référence « r.ron » : « r.ron » n'est pas un texte UTF-8."
    );
    assert_eq!(
        reference_load_refusal(&unread, Lang::En),
        "reference “r.ron”: “r.ron” is not UTF-8 text."
    );
}

#[test]
fn a_typology_refused_is_the_known_french_and_english() {
    let table = [
        (
            T::Syntax {
                line: 3,
                column: 1,
                message: "« ) » attendu".to_owned(),
            },
            "ligne 3, colonne 1 : « ) » attendu",
            "line 3, column 1: « ) » attendu",
        ),
        (
            T::Share {
                name: "dominant",
                value: 1.5,
            },
            "le seuil « dominant » (1.5) doit être entre 0 et 1",
            "the threshold “dominant” (1.5) must be between 0 and 1",
        ),
        (
            T::StrongBelowDominant,
            "le seuil « strong » doit être au moins égal à « dominant »",
            "the threshold “strong” must be at least “dominant”",
        ),
        (
            T::Amount {
                name: "small_budget",
                problem: Problem::NotFinite,
            },
            "le seuil « small_budget » : valeur non finie (NaN ou infini) : un nombre est attendu",
            "the threshold “small_budget”: value not finite (NaN or infinity): a number is expected",
        ),
        (
            T::Sigma(20.0),
            "σ (20) doit être entre 0,01 et 10 (0,4 dans la typologie intégrée)",
            "σ (20) must be between 0.01 and 10 (0.4 in the built-in typology)",
        ),
        (T::NoModel, "aucun modèle", "no model"),
        (
            T::TooManyModels {
                count: 51,
                most: 50,
            },
            "51 modèles, au plus 50",
            "51 models, at most 50",
        ),
        (
            T::TextTooLong { max: 100000 },
            "un texte dépasse 100000 caractères",
            "a text is longer than 100000 characters",
        ),
        (
            T::NoId { number: 2 },
            "le modèle n° 2 n'a pas d'identifiant (id)",
            "the model no. 2 has no identifier (id)",
        ),
        (
            T::SameId("M1".to_owned()),
            "deux modèles ont le même identifiant « M1 »",
            "two models have the same identifier “M1”",
        ),
        (
            T::PrototypeSum {
                model: "M3".to_owned(),
                sum: 0.9,
            },
            "le mélange type de M3 fait 0.9 au lieu de 1",
            "the prototype mix of M3 sums to 0.9 instead of 1",
        ),
        (
            T::NegativeShare {
                model: "M3".to_owned(),
            },
            "le mélange type de M3 a une part négative",
            "the prototype mix of M3 has a negative share",
        ),
        (
            T::Colour {
                model: "M4".to_owned(),
                colour: "rouge".to_owned(),
            },
            "la couleur de M4 (« rouge ») doit s'écrire #RRGGBB",
            "the colour of M4 (“rouge”) must be written #RRGGBB",
        ),
        (
            T::UnknownModel("M9".to_owned()),
            "le modèle « M9 » n'existe pas",
            "the model “M9” does not exist",
        ),
        (
            T::NoModelForGroup(RuleGroup::C),
            "aucun modèle pour le groupe C (champ rule_group)",
            "no model for the group C (field rule_group)",
        ),
        (
            T::Ring,
            "l'anneau (ring) doit citer chaque modèle une fois",
            "the ring must name each model once",
        ),
    ];
    for (problem, french, english) in table {
        let err = TypologyError {
            path: "t.ron".to_owned(),
            problem,
        };
        let french = format!("Typologie « t.ron » inutilisable : {french}");
        let english = format!("The typology “t.ron” cannot be used: {english}");
        assert_eq!(typology_refusal(&err, Lang::Fr), french);
        assert_eq!(err.to_string(), french, "Display is the French");
        assert_eq!(typology_refusal(&err, Lang::En), english);
        if !english.contains("attendu") {
            assert_eq!(french_words(&english), Vec::<&str>::new(), "{english}");
        }
        let loaded = TypologyLoadError::Invalid(err);
        assert_eq!(loaded.to_string(), french);
        assert_eq!(typology_load_refusal(&loaded, Lang::En), english);
    }
    let unread = TypologyLoadError::Unread {
        path: "t.ron".to_owned(),
        error: ReadError::NotText {
            path: "t.ron".into(),
        },
    };
    assert_eq!(
        unread.to_string(),
        "Typologie « t.ron » inutilisable : « t.ron » n'est pas un texte UTF-8."
    );
    assert_eq!(
        typology_load_refusal(&unread, Lang::En),
        "The typology “t.ron” cannot be used: “t.ron” is not UTF-8 text."
    );
}

#[test]
fn a_typology_not_used_is_said_in_the_windows_language() {
    let dir = tempfile::tempdir().unwrap();
    let doc = atelier_mse::app::Document::new(atelier_mse::model::Case::new_blank(2026), None);
    let mut app = atelier_mse::app::App::new(doc, atelier_mse::app::AppPaths::in_dir(dir.path()));
    app.settings.lang = Lang::En;
    let absent = dir.path().join("absent.ron");
    app.set_typology(Some(absent.clone()));
    let said = app.toasts.errors.last().unwrap();
    let name = absent.display().to_string();
    assert_eq!(
        *said,
        format!(
            "The typology “{name}” cannot be used: “{name}” cannot be read: file or folder not found."
        )
    );
}

#[test]
fn a_questionnaire_refused_is_the_known_french_and_english() {
    let unusable = |fr: &str, en: &str| {
        (
            format!("Questionnaire « q.ron » inutilisable : {fr}"),
            format!("The questionnaire “q.ron” cannot be used: {en}"),
        )
    };
    let actifs = ThresholdFault::Actifs {
        actifs: 15,
        pionniers: 14,
    };
    let table = [
        (
            Q::Syntax {
                line: 17,
                column: 57,
                message: "un nombre est attendu".to_owned(),
            },
            (
                "Questionnaire « q.ron » mal formé, ligne 17, colonne 57 : un nombre est attendu".to_owned(),
                "The questionnaire “q.ron” is malformed, line 17, column 57: un nombre est attendu".to_owned(),
            ),
        ),
        (
            Q::Newer {
                found: 2,
                supported: 1,
            },
            (
                "Questionnaire « q.ron » écrit pour une version plus récente de l'atelier (format 2, cette version lit le format 1) : mettez Atelier MSE à jour".to_owned(),
                "The questionnaire “q.ron” was written for a newer version of Atelier MSE (format 2, this version reads format 1): update Atelier MSE".to_owned(),
            ),
        ),
        (
            Q::NoFormat,
            unusable(
                "le champ « format » manque ou vaut 0",
                "the field “format” is missing or 0",
            ),
        ),
        (
            Q::NoId,
            unusable(
                "le questionnaire n'a pas d'identifiant (id)",
                "the questionnaire has no identifier (id)",
            ),
        ),
        (
            Q::TextTooLong { max: 100000 },
            unusable(
                "un texte dépasse 100000 caractères",
                "a text is longer than 100000 characters",
            ),
        ),
        (
            Q::Scale { count: 10 },
            unusable(
                "l'échelle a 10 réponses : il en faut de 2 à 9",
                "the scale has 10 answers: 2 to 9 are needed",
            ),
        ),
        (
            Q::SameAnswer("oui".to_owned()),
            unusable(
                "deux réponses de l'échelle s'appellent « oui »",
                "two answers of the scale are named “oui”",
            ),
        ),
        (
            Q::TooManyPoints {
                answer: "oui".to_owned(),
                points: 4000,
                most: 100,
            },
            unusable(
                "la réponse « oui » donne 4000 points : au plus 100",
                "the answer “oui” gives 4000 points: at most 100",
            ),
        ),
        (
            Q::Parts { count: 13 },
            unusable(
                "13 parties : il en faut de 1 à 12",
                "13 parts: 1 to 12 are needed",
            ),
        ),
        (
            Q::SamePart("rh".to_owned()),
            unusable(
                "deux parties s'appellent « rh »",
                "two parts are named “rh”",
            ),
        ),
        (
            Q::SameQuestion("rh_1".to_owned()),
            unusable(
                "deux questions s'appellent « rh_1 »",
                "two questions are named “rh_1”",
            ),
        ),
        (
            Q::TooManyQuestions { most: 200 },
            unusable("plus de 200 questions", "more than 200 questions"),
        ),
        (
            Q::QuestionIncomplete {
                part: "Richesses humaines".to_owned(),
            },
            unusable(
                "une question de « Richesses humaines » n'a pas d'identifiant ou de texte",
                "a question of “Richesses humaines” has no identifier or no text",
            ),
        ),
        (
            Q::NoQuestionSource {
                question: "pg_positionnement".to_owned(),
            },
            unusable(
                "la question « pg_positionnement » ne cite pas sa source (champ source ; « notre convention » si aucune source ne la fixe)",
                "the question “pg_positionnement” does not cite its source (field source; “notre convention” if no source sets it)",
            ),
        ),
        (
            Q::EmptyPart {
                part: "Richesses humaines".to_owned(),
            },
            unusable(
                "la partie « Richesses humaines » n'a aucune question",
                "the part “Richesses humaines” has no question",
            ),
        ),
        (
            Q::PartThresholds {
                part: "Richesses humaines".to_owned(),
                fault: actifs.clone(),
            },
            unusable(
                "les seuils de la partie « Richesses humaines » : « actifs » (15) doit être au moins 1 et inférieur à « pionniers » (14)",
                "the thresholds of the part “Richesses humaines”: “actifs” (15) must be at least 1 and below “pionniers” (14)",
            ),
        ),
        (
            Q::OverallThresholds(ThresholdFault::Pionniers {
                pionniers: 19,
                max: 18,
            }),
            unusable(
                "les seuils d'ensemble (overall) : « pionniers » (19) dépasse le maximum de points (18)",
                "the overall thresholds (field overall): “pionniers” (19) exceeds the maximum score (18)",
            ),
        ),
        (
            Q::OverallThresholds(ThresholdFault::NoSource),
            unusable(
                "les seuils d'ensemble (overall) : la source des seuils manque (« notre convention » si aucune)",
                "the overall thresholds (field overall): the source of the thresholds is missing (“notre convention” if none)",
            ),
        ),
        (
            Q::SameFormat("atelier".to_owned()),
            unusable(
                "deux formats s'appellent « atelier »",
                "two formats are named “atelier”",
            ),
        ),
        (
            Q::Recommendations(Level::Actifs),
            unusable(
                "il faut une recommandation et une seule pour le niveau « actifs »",
                "one recommendation, and only one, is needed for the level “actifs”",
            ),
        ),
        (
            Q::UnknownFormat("visite".to_owned()),
            unusable(
                "la recommandation cite le format « visite », absent de la liste formats",
                "the recommendation cites the format “visite”, which is not in the list “formats”",
            ),
        ),
    ];
    for (problem, (french, english)) in table {
        let err = QuestionnaireError {
            path: "q.ron".to_owned(),
            problem,
        };
        assert_eq!(questionnaire_refusal(&err, Lang::Fr), french);
        assert_eq!(err.to_string(), french, "Display is the French");
        assert_eq!(questionnaire_refusal(&err, Lang::En), english);
        if !english.contains("attendu") {
            assert_eq!(french_words(&english), Vec::<&str>::new(), "{english}");
        }
        let loaded = QuestionnaireLoadError::Invalid(err);
        assert_eq!(loaded.to_string(), french);
        assert_eq!(questionnaire_load_refusal(&loaded, Lang::En), english);
    }
    let unread = QuestionnaireLoadError::Unread {
        path: "q.ron".to_owned(),
        error: ReadError::NotText {
            path: "q.ron".into(),
        },
    };
    assert_eq!(
        unread.to_string(),
        "Questionnaire « q.ron » illisible : « q.ron » n'est pas un texte UTF-8."
    );
    assert_eq!(
        questionnaire_load_refusal(&unread, Lang::En),
        "The questionnaire “q.ron” is unreadable: “q.ron” is not UTF-8 text."
    );
}
