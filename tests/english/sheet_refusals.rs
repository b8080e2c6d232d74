//! A filled autodiagnostic workbook not read, worded by the text floor: each kind in French as
//! the command line has always said it, and in English.

use atelier_mse::import::answer_sheet::AnswerSheetError as E;
use atelier_mse::text::{Lang, answer_sheet_refusal};

use super::refusals::french_words;

#[test]
fn an_answer_sheet_not_read_is_the_known_french_and_english() {
    let name = || "rempli.xlsx".to_owned();
    let table = [
        (
            E::NotAWorkbook {
                name: name(),
                why: "invalid zip header".to_owned(),
            },
            "« rempli.xlsx » n'est pas un classeur .xlsx lisible : invalid zip header",
            "“rempli.xlsx” is not a readable .xlsx workbook: invalid zip header",
        ),
        (
            E::NoSheet { name: name() },
            "« rempli.xlsx » n'a pas de feuille « Autodiagnostic » : écrivez le classeur vierge avec « autodiagnostic --blank »",
            "“rempli.xlsx” has no sheet “Autodiagnostic”: write the blank workbook with “autodiagnostic --blank”",
        ),
        (
            E::OtherQuestionnaire {
                name: name(),
                found: "autre".to_owned(),
                expected: "mse-maturite".to_owned(),
            },
            "« rempli.xlsx », feuille « Autodiagnostic », cellule C2 : le classeur est pour le questionnaire « autre », pas « mse-maturite »",
            "“rempli.xlsx”, sheet “Autodiagnostic”, cell C2: the workbook is for the questionnaire “autre”, not “mse-maturite”",
        ),
        (
            E::BadAnswer {
                name: name(),
                row: 6,
                column: 'E',
                found: "peut-être".to_owned(),
                choices: vec!["pas du tout".to_owned(), "un peu".to_owned()],
            },
            "« rempli.xlsx », feuille « Autodiagnostic », ligne 6, colonne E : « peut-être » n'est pas une des réponses (pas du tout, un peu)",
            "“rempli.xlsx”, sheet “Autodiagnostic”, row 6, column E: “peut-être” is not one of the answers (pas du tout, un peu)",
        ),
        (
            E::UnknownQuestion {
                name: name(),
                row: 7,
                column: 'F',
                found: "rh_99".to_owned(),
            },
            "« rempli.xlsx », feuille « Autodiagnostic », ligne 7, colonne F : la question « rh_99 » n'est pas dans le questionnaire (la colonne « Identifiant » a été changée ?)",
            "“rempli.xlsx”, sheet “Autodiagnostic”, row 7, column F: the question “rh_99” is not in the questionnaire (was the column “Identifiant” changed?)",
        ),
    ];
    for (err, french, english) in table {
        assert_eq!(answer_sheet_refusal(&err, Lang::Fr), french);
        assert_eq!(err.to_string(), french, "Display is the French");
        assert_eq!(answer_sheet_refusal(&err, Lang::En), english);
        // The answers offered are the questionnaire's words, French by design.
        if !english.contains("pas du tout") {
            assert_eq!(french_words(english), Vec::<&str>::new(), "{english}");
        }
    }
}
