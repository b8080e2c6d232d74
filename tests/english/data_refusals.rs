//! The refusals of the data files a consultant may choose besides cases (a reference, a
//! typology, a questionnaire, an answer sheet), worded by the text floor: each kind in French as
//! the window and the command line have always said it, and in English.

use atelier_mse::analysis::reference::{MixFault, ReferenceError, ReferenceProblem as P};
use atelier_mse::model::Group;
use atelier_mse::storage::{ReadError, ReferenceLoadError};
use atelier_mse::text::{Lang, reference_load_refusal, reference_refusal};

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
            "format 9: this version of the atelier reads format 1; update Atelier MSE",
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
            "mix “Ensemble”: the shares make 92% instead of about 100%",
        ),
        (
            mix(MixFault::KnownSharesOver { percent: 130.0 }),
            "répartition « Ensemble » : les parts connues font déjà 130 %, plus que 100 %",
            "mix “Ensemble”: the known shares already make 130%, more than 100%",
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
