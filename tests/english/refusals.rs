//! The refusals the text floor words from typed errors: each kind in French as the command line
//! and the documents have always said it, and in English without a French word outside its
//! quotations.

use atelier_mse::analysis::reach::UnknownModel;
use atelier_mse::analysis::reference::TooFewCases;
use atelier_mse::analysis::scenario::ScenarioError;
use atelier_mse::format::NumberError;
use atelier_mse::import::{
    AccountsError, AccountsProblem as P, AmountProblem, Column, ColumnName, Exercice, MappingError,
    MappingProblem, Place,
};
use atelier_mse::text::{
    Lang, accounts_refusal, mapping_refusal, number_refusal, scenario_refusal, too_few_cases,
    unknown_model,
};

use super::FRENCH_WORDS;

/// The French words of `english` outside its “quotations”.
pub(super) fn french_words(english: &str) -> Vec<&'static str> {
    let mut rest = String::new();
    let mut quoted = false;
    for c in english.chars() {
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            _ if !quoted => rest.push(c),
            _ => {}
        }
    }
    let rest = rest.to_lowercase();
    let words: Vec<&str> = rest
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .collect();
    FRENCH_WORDS
        .iter()
        .copied()
        .filter(|w| words.contains(w))
        .collect()
}

/// Every kind of refusal of a file of accounts, with its French sentence.
fn accounts_table() -> Vec<(AccountsError, &'static str)> {
    let file = Place::file("b.csv");
    let fec = Place::file("fec.txt");
    let sheet = Place::sheet("b.xlsx", "Balance");
    let at = |place: &Place, problem: P| AccountsError {
        place: place.clone(),
        problem,
    };
    vec![
        (
            at(&fec, P::FecHeaderWidth { found: 17 }),
            "« fec.txt », ligne 1 : l'en-tête du FEC a 17 colonne(s) au lieu de 18 (ou 19, ou 22 pour les BNC/BA) : JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum, CompteLib, CompAuxNum, CompAuxLib, PieceRef, PieceDate, EcritureLib, Debit, Credit, EcritureLet, DateLet, ValidDate, Montantdevise, Idevise.",
        ),
        (
            at(
                &fec,
                P::FecHeaderName {
                    column: 12,
                    found: "Somme".to_owned(),
                    expected: vec!["Debit", "Montant"],
                    regime: false,
                },
            ),
            "« fec.txt », ligne 1, colonne 12 : « Somme » au lieu de « Debit » ou « Montant » (en-tête du FEC).",
        ),
        (
            at(
                &fec,
                P::FecHeaderName {
                    column: 20,
                    found: "X".to_owned(),
                    expected: vec!["ModeRglt"],
                    regime: true,
                },
            ),
            "« fec.txt », ligne 1, colonne 20 : « X » au lieu de « ModeRglt » (en-tête du FEC des BNC/BA).",
        ),
        (
            at(
                &fec,
                P::FecFieldCount {
                    line: 4,
                    found: 17,
                    expected: 18,
                    separator: '\t',
                },
            ),
            "« fec.txt », ligne 4 : 17 champ(s) au lieu de 18 comme l'en-tête ; un séparateur (« tabulation ») manque ou est en trop.",
        ),
        (
            at(
                &fec,
                P::FecDate {
                    line: 3,
                    found: "mars".to_owned(),
                },
            ),
            "« fec.txt », ligne 3, colonne 4 (EcritureDate) : « mars » n'est pas une date (AAAAMMJJ ou JJ/MM/AAAA).",
        ),
        (
            at(
                &fec,
                P::FecSense {
                    line: 3,
                    found: "X".to_owned(),
                },
            ),
            "« fec.txt », ligne 3, colonne 13 (Sens) : « X » au lieu de « D » ou « C » (ou « +1 » ou « -1 »).",
        ),
        (
            at(&fec, P::NoEntry),
            "« fec.txt » ne contient aucune écriture.",
        ),
        (
            at(
                &fec,
                P::OtherExercice {
                    exercice: Exercice {
                        first: (2024, 9, 1),
                        last: (2025, 8, 31),
                    },
                    asked: 2023,
                },
            ),
            "« fec.txt » tient l'exercice du 01/09/2024 au 31/08/2025, importé pour 2025, pas l'exercice 2023 (l'année de l'instantané ou --year). Importez-le dans un instantané de 2025 (par ex. --snapshot « 2025 réalisé »), ou indiquez --year 2025 si c'est bien lui.",
        ),
        (
            at(
                &fec,
                P::NoEntryIn {
                    year: 2031,
                    years: vec![2024, 2025],
                },
            ),
            "« fec.txt » n'a aucune écriture datée de 2031 (exercices présents : 2024, 2025).",
        ),
        (
            at(
                &fec,
                P::SeveralYears {
                    years: vec![2024, 2025],
                },
            ),
            "« fec.txt » couvre plusieurs exercices (2024, 2025) : choisissez celui à importer (--year, ou l'année de l'instantané).",
        ),
        (
            at(
                &fec,
                P::NotAnAccount {
                    line: 3,
                    column: Some(Column {
                        number: 5,
                        name: ColumnName::Fec("CompteNum"),
                    }),
                    found: "ABC".to_owned(),
                },
            ),
            "« fec.txt », ligne 3, colonne 5 (CompteNum) : « ABC » n'est pas un numéro de compte (il doit commencer par un chiffre).",
        ),
        (
            at(
                &file,
                P::NotAnAmount {
                    line: 3,
                    column: Column {
                        number: 4,
                        name: ColumnName::Header("Crédit".to_owned()),
                    },
                    found: "12,5,0".to_owned(),
                    why: AmountProblem::NotAnAmount,
                },
            ),
            "« b.csv », ligne 3, colonne 4 (« Crédit ») : « 12,5,0 » n'est pas un montant.",
        ),
        (
            at(
                &fec,
                P::NotAnAmount {
                    line: 3,
                    column: Column {
                        number: 12,
                        name: ColumnName::Fec("Debit"),
                    },
                    found: "1e400".to_owned(),
                    why: AmountProblem::OutOfRange,
                },
            ),
            "« fec.txt », ligne 3, colonne 12 (Debit) : « 1e400 » est hors des montants possibles.",
        ),
        (
            at(
                &file,
                P::TooBig {
                    megabytes: 6,
                    most: 5,
                },
            ),
            "« b.csv » est trop gros pour une balance (6 Mo ; 5 Mo au plus).",
        ),
        (
            at(&file, P::Empty),
            "« b.csv » est vide : aucune ligne de balance.",
        ),
        (
            at(&file, P::UnclosedQuote { line: 2 }),
            "« b.csv », ligne 2 : un guillemet ouvert n'est jamais fermé ; toutes les lignes suivantes seraient perdues. Corrigez le fichier (ou exportez-le de nouveau) puis recommencez.",
        ),
        (
            at(&file, P::UnreadableLine { line: 7 }),
            "« b.csv », ligne 7 : ligne illisible en CSV.",
        ),
        (
            at(&file, P::NotABalance { separators: true }),
            "« b.csv » n'a pas la forme d'une balance : il faut au moins trois colonnes (compte, libellé, montant), séparées par « ; », « , » ou une tabulation.",
        ),
        (
            at(&sheet, P::NotABalance { separators: false }),
            "« b.xlsx », feuille « Balance » n'a pas la forme d'une balance : il faut au moins trois colonnes (compte, libellé, montant).",
        ),
        (
            at(
                &file,
                P::FieldCount {
                    line: 2,
                    found: 5,
                    expected: 4,
                    header: true,
                },
            ),
            "« b.csv », ligne 2 : 5 champ(s) au lieu de 4 comme l'en-tête ; un séparateur manque ou est en trop (un montant serait lu dans la mauvaise colonne).",
        ),
        (
            at(&file, P::NoAccountLine),
            "« b.csv » ne contient aucune ligne de compte.",
        ),
        (
            at(
                &file,
                P::NoHeader {
                    within: 30,
                    last: 3,
                },
            ),
            "« b.csv » : aucune ligne d'en-tête reconnue dans les 30 premières lignes, et les lignes 1 à 3 ne sont pas des comptes. La ligne d'en-tête doit nommer les colonnes (« Compte », « Libellé », puis « Débit » et « Crédit », ou « Solde ») ; ajoutez-la ou corrigez-la au-dessus des comptes, puis recommencez.",
        ),
        (
            at(&file, P::TwoUnnamedAmounts),
            "« b.csv » : deux colonnes de montants sans en-tête, et aucun compte de charges ou de produits pour dire laquelle est le débit : « débit, crédit » et « crédit, débit » restent possibles. Ajoutez une ligne d'en-tête (Compte;Libellé;Débit;Crédit) puis recommencez.",
        ),
        (
            at(&file, P::ThreeUnnamedAmounts),
            "« b.csv » : trois colonnes de montants sans en-tête, mais la troisième n'est pas la différence des deux premières (débit − crédit = solde) sur toutes les lignes : les colonnes de montants ne sont pas reconnues. Ajoutez une ligne d'en-tête (Compte;Libellé;Débit;Crédit;Solde) puis recommencez.",
        ),
        (
            at(&file, P::AmountColumns { count: 5 }),
            "« b.csv » : les colonnes de montants ne sont pas reconnues (5 colonnes après le compte et le libellé) : attendu une colonne de solde, ou débit et crédit, avec une ligne d'en-tête pour les nommer.",
        ),
        (
            at(&Place::file("b.xlsx"), P::Damaged),
            "« b.xlsx » est un classeur endommagé que le lecteur de classeurs n'a pas pu lire. Ouvrez-le dans le tableur, enregistrez-le de nouveau, puis recommencez.",
        ),
        (
            at(&Place::file("b.xlsx"), P::EmptyWorkbook),
            "« b.xlsx » est vide (0 octet) : ce n'est pas un classeur. Enregistrez de nouveau la balance depuis le tableur, puis recommencez.",
        ),
        (
            at(
                &Place::file("b.xlsx"),
                P::NoSuchSheet {
                    wanted: "Bilan".to_owned(),
                    sheets: vec!["Balance".to_owned(), "Notes".to_owned()],
                },
            ),
            "« b.xlsx » n'a pas de feuille « Bilan » ; ses feuilles : « Balance », « Notes ».",
        ),
        (
            at(&Place::file("b.xlsx"), P::NoSheet),
            "« b.xlsx » ne contient aucune feuille.",
        ),
        (
            at(
                &sheet,
                P::TooManyRows {
                    rows: 1_048_576,
                    most: 300_000,
                },
            ),
            "« b.xlsx », feuille « Balance » a 1\u{a0}048\u{a0}576 lignes : c'est plus qu'une balance (300\u{a0}000 lignes au plus).",
        ),
        (
            at(
                &sheet,
                P::CellBeyond {
                    row: 1_048_576,
                    column: "XFD".to_owned(),
                    rows: 300_000,
                    columns: 64,
                },
            ),
            "« b.xlsx », feuille « Balance », ligne 1\u{a0}048\u{a0}576, colonne XFD : une cellule au-delà de 300\u{a0}000 lignes et 64 colonnes, c'est plus qu'une balance. Supprimez dans le tableur les lignes et colonnes après la balance (ou copiez la balance seule dans un nouveau classeur), enregistrez, puis recommencez.",
        ),
        (
            at(&sheet, P::EmptySheet),
            "« b.xlsx », feuille « Balance » est vide.",
        ),
        (
            at(
                &sheet,
                P::Uncalculated {
                    row: 12,
                    column: "D".to_owned(),
                    formula: "-150000*2".to_owned(),
                },
            ),
            "« b.xlsx », feuille « Balance », ligne 12, colonne D : la formule « =-150000*2 » n'a pas de valeur calculée (le classeur a été écrit sans être recalculé). Ouvrez-le dans le tableur, enregistrez-le (les formules seront calculées), puis recommencez.",
        ),
        (
            at(
                &Place::file("b.xlsx"),
                P::NoSheetHolds {
                    refused: vec![
                        at(&Place::sheet("b.xlsx", "A"), P::EmptySheet),
                        at(&Place::sheet("b.xlsx", "B"), P::EmptySheet),
                    ],
                },
            ),
            "« b.xlsx » : aucune feuille ne tient une balance. « b.xlsx », feuille « A » est vide. « b.xlsx », feuille « B » est vide.",
        ),
        (
            at(&Place::file("b.xlsx"), P::Password),
            "« b.xlsx » est protégé par un mot de passe (chiffré) : ouvrez-le dans le tableur, retirez le mot de passe, enregistrez-le, puis recommencez.",
        ),
        (
            at(&Place::file("b.xlsx"), P::BadZip),
            "« b.xlsx » est une archive zip mais pas un classeur lisible (ni .xlsx, ni .ods) : il est peut-être tronqué ou endommagé. Ouvrez-le dans le tableur, enregistrez-le de nouveau, puis recommencez.",
        ),
        (
            at(&Place::file("b.xls"), P::XlsTooManyRows { most: 65_536 }),
            "« b.xls » déclare une feuille de plus de 65536 lignes, plus que n'en permet le format Excel 97-2003 (.xls) : il est endommagé ou fabriqué. Ouvrez-le dans le tableur, enregistrez-le en .xlsx, puis recommencez.",
        ),
        (
            at(
                &Place::file("b.xls"),
                P::BadXls {
                    why: "Invalid OLE signature".to_owned(),
                },
            ),
            "« b.xls » est un classeur Excel 97-2003 (.xls) illisible (Invalid OLE signature) : peut-être protégé par un mot de passe ou endommagé. Ouvrez-le dans le tableur, enregistrez-le en .xlsx, puis recommencez.",
        ),
        (
            at(&Place::file("b.xlsx"), P::NotAWorkbook),
            "« b.xlsx » n'est pas un classeur : un .xlsx ou un .ods est une archive zip, un .xls un document OLE, et ce fichier ne commence comme aucun des deux (texte, fichier tronqué ?). Ouvrez-le dans le tableur et enregistrez-le de nouveau, ou donnez-lui l'extension de ce qu'il est (.csv), puis recommencez.",
        ),
        (
            at(
                &sheet,
                P::Unreadable {
                    why: "invalid xml".to_owned(),
                },
            ),
            "« b.xlsx », feuille « Balance » est illisible (invalid xml).",
        ),
    ]
}

#[test]
fn every_refusal_of_a_file_of_accounts_is_the_known_french_and_english_in_the_english_window() {
    let table = accounts_table();
    assert!(table.len() >= 40, "{} kinds", table.len());
    for (err, french) in &table {
        assert_eq!(accounts_refusal(err, Lang::Fr), *french);
        // The command line and the documents say it as `Display` does.
        assert_eq!(err.to_string(), *french);
        let english = accounts_refusal(err, Lang::En);
        assert_ne!(english, *french);
        assert!(english.starts_with('“'), "{english}");
        assert_eq!(french_words(&english), Vec::<&str>::new(), "{english}");
    }
}

#[test]
fn a_refused_mapping_table_is_the_known_french_and_english_in_the_english_window() {
    let err = |problem| MappingError {
        name: "m.ron".to_owned(),
        problem,
    };
    let table = [
        (
            err(MappingProblem::Syntax {
                line: 2,
                column: 5,
                message: "« ) » attendu".to_owned(),
            }),
            "La table de correspondance « m.ron » est mal formée (ligne 2, colonne 5) : « ) » attendu",
            "The account mapping “m.ron” is malformed (line 2, column 5): « ) » attendu",
        ),
        (
            err(MappingProblem::Rule(
                atelier_mse::model::Problem::EmptyChoice {
                    prefix: "7".to_owned(),
                },
            )),
            "La table de correspondance « m.ron » : choix vide pour le préfixe 7.",
            "The account mapping “m.ron”: empty choice for the prefix 7.",
        ),
    ];
    for (err, french, english) in table {
        assert_eq!(mapping_refusal(&err, Lang::Fr), french);
        assert_eq!(err.to_string(), french);
        assert_eq!(mapping_refusal(&err, Lang::En), english);
    }
}

#[test]
fn a_scenario_or_a_model_that_cannot_be_worked_out_is_the_known_french_and_english() {
    let table = [
        (
            ScenarioError::NoBase {
                base: "2024 réalisé".to_owned(),
                scenario: "Baisse".to_owned(),
            },
            "l'instantané de base « 2024 réalisé » n'existe plus : rattachez le scénario « Baisse » à un autre instantané",
        ),
        (
            ScenarioError::NoLine {
                id: 99,
                snapshot: "2025 réalisé".to_owned(),
            },
            "aucune ligne d'identifiant 99 dans « 2025 réalisé »",
        ),
        (
            ScenarioError::BlankFunder,
            "la perte d'un financeur demande son nom : un nom vide désignerait toutes les lignes sans financeur",
        ),
        (
            ScenarioError::NoFunder {
                name: "Personne".to_owned(),
                snapshot: "2025 réalisé".to_owned(),
                funders: vec!["Région".to_owned(), "Ville".to_owned()],
            },
            "aucun financeur ou partenaire « Personne » dans « 2025 réalisé » (il y a : Région, Ville)",
        ),
    ];
    for (err, french) in &table {
        assert_eq!(scenario_refusal(err, Lang::Fr), *french);
        assert_eq!(err.to_string(), *french);
        let english = scenario_refusal(err, Lang::En);
        assert_ne!(english, *french);
        assert_eq!(french_words(&english), Vec::<&str>::new(), "{english}");
    }
    let err = UnknownModel {
        model: "M9".to_owned(),
        models: vec!["M1".to_owned(), "M2".to_owned()],
    };
    assert_eq!(
        err.to_string(),
        "modèle « M9 » inconnu de la typologie (modèles : M1, M2)"
    );
    assert_eq!(
        unknown_model(&err, Lang::En),
        "model “M9” unknown to the typology (models: M1, M2)"
    );
}

#[test]
fn a_number_typed_and_a_reference_of_too_few_cases_are_the_known_french_and_english() {
    let empty = NumberError::Empty;
    assert_eq!(empty.to_string(), "valeur vide");
    assert_eq!(number_refusal(&empty, Lang::En), "empty value");
    let words = NumberError::NotANumber("douze".to_owned());
    assert_eq!(words.to_string(), "« douze » n'est pas un nombre");
    assert_eq!(number_refusal(&words, Lang::En), "“douze” is not a number");
    let few = TooFewCases { count: 3, least: 5 };
    assert_eq!(
        few.to_string(),
        "3 dossier(s) avec des ressources monétaires : il en faut au moins 5 pour une référence, sans quoi un lecteur pourrait reconnaître une association"
    );
    let english = too_few_cases(&few, Lang::En);
    assert_eq!(french_words(&english), Vec::<&str>::new(), "{english}");
}

#[test]
fn a_report_that_cannot_be_made_is_the_known_french_and_english() {
    use atelier_mse::report::ReportError;
    let table = [
        (
            ReportError::NoSnapshot {
                label: "2031".to_owned(),
            },
            "aucun instantané « 2031 » dans le dossier",
        ),
        (
            ReportError::SelfComparison {
                label: "2025 réalisé".to_owned(),
            },
            "« 2025 réalisé » ne se compare pas à lui-même : choisissez un autre instantané",
        ),
        (
            ReportError::NoOther {
                other: "2031".to_owned(),
                snapshots: vec!["2025 réalisé".to_owned(), "cible 2028".to_owned()],
            },
            "aucun instantané « 2031 » dans le dossier (instantanés : 2025 réalisé, cible 2028)",
        ),
        (
            ReportError::MatrixSlide,
            "une diapositive montre le positionnement ou les scénarios ; la matrice s'exporte en PDF, en PNG ou en classeur Excel",
        ),
        (
            ReportError::AutodiagnosticSlide,
            "une diapositive montre le positionnement ou les scénarios ; l'autodiagnostic s'exporte en PDF ou en PNG",
        ),
        (
            ReportError::LaidOutWorkbook,
            "un document mis en page ne s'écrit pas en classeur",
        ),
    ];
    for (err, french) in &table {
        assert_eq!(err.to_string(), *french);
        let english = err.said(Lang::En);
        assert_ne!(english, *french);
        assert_eq!(french_words(&english), Vec::<&str>::new(), "{english}");
    }
}
