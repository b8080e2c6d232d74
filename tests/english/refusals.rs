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
use atelier_mse::storage::{MappingLoadError, ReadError};
use atelier_mse::text::{
    Lang, accounts_refusal, mapping_load_refusal, mapping_refusal, number_refusal,
    scenario_refusal, too_few_cases, unknown_model,
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

/// Every kind of refusal of a file of accounts, with its French and its English sentence.
fn accounts_table() -> Vec<(AccountsError, &'static str, &'static str)> {
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
            "“fec.txt”, line 1: the FEC header has 17 column(s) instead of 18 (or 19, or 22 for BNC/BA): JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum, CompteLib, CompAuxNum, CompAuxLib, PieceRef, PieceDate, EcritureLib, Debit, Credit, EcritureLet, DateLet, ValidDate, Montantdevise, Idevise.",
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
            "“fec.txt”, line 1, column 12: “Somme” instead of “Debit” or “Montant” (FEC header).",
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
            "“fec.txt”, line 1, column 20: “X” instead of “ModeRglt” (FEC header for BNC/BA).",
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
            "“fec.txt”, line 4: 17 field(s) where the header has 18; a separator (“tab”) is missing or there is one too many.",
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
            "“fec.txt”, line 3, column 4 (EcritureDate): “mars” is not a date (YYYYMMDD or DD/MM/YYYY).",
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
            "“fec.txt”, line 3, column 13 (Sens): “X” instead of “D” or “C” (or “+1” or “-1”).",
        ),
        (
            at(&fec, P::NoEntry),
            "« fec.txt » ne contient aucune écriture.",
            "“fec.txt” contains no entries.",
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
            "“fec.txt” covers the fiscal year from 01/09/2024 to 31/08/2025, imported for 2025, not fiscal year 2023 (the snapshot's year or --year). Import it into a snapshot of 2025 (e.g. --snapshot “2025 réalisé”), or give --year 2025 if it is the right one.",
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
            "“fec.txt” has no entries dated 2031 (fiscal years in it: 2024, 2025).",
        ),
        (
            at(
                &fec,
                P::SeveralYears {
                    years: vec![2024, 2025],
                },
            ),
            "« fec.txt » couvre plusieurs exercices (2024, 2025) : choisissez celui à importer (--year, ou l'année de l'instantané).",
            "“fec.txt” spans several fiscal years (2024, 2025): choose the one to import (--year, or the snapshot's year).",
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
            "“fec.txt”, line 3, column 5 (CompteNum): “ABC” is not an account number (it must start with a digit).",
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
            "“b.csv”, line 3, column 4 (“Crédit”): “12,5,0” is not an amount.",
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
            "“fec.txt”, line 3, column 12 (Debit): “1e400” is outside the range of possible amounts.",
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
            "“b.csv” is too large for a balance (6 MB; 5 MB at most).",
        ),
        (
            at(&file, P::Empty),
            "« b.csv » est vide : aucune ligne de balance.",
            "“b.csv” is empty: no balance lines.",
        ),
        (
            at(&file, P::UnclosedQuote { line: 2 }),
            "« b.csv », ligne 2 : un guillemet ouvert n'est jamais fermé ; toutes les lignes suivantes seraient perdues. Corrigez le fichier (ou exportez-le de nouveau) puis recommencez.",
            "“b.csv”, line 2: a quote is opened and never closed; every following line would be lost. Fix the file (or export it again), then try again.",
        ),
        (
            at(&file, P::UnreadableLine { line: 7 }),
            "« b.csv », ligne 7 : ligne illisible en CSV.",
            "“b.csv”, line 7: the CSV reader cannot read this line.",
        ),
        (
            at(&file, P::NotABalance { separators: true }),
            "« b.csv » n'a pas la forme d'une balance : il faut au moins trois colonnes (compte, libellé, montant), séparées par « ; », « , » ou une tabulation.",
            "“b.csv” does not look like a balance: it needs at least three columns (account, label, amount), separated by “;”, “,” or a tab.",
        ),
        (
            at(&sheet, P::NotABalance { separators: false }),
            "« b.xlsx », feuille « Balance » n'a pas la forme d'une balance : il faut au moins trois colonnes (compte, libellé, montant).",
            "“b.xlsx”, sheet “Balance” does not look like a balance: it needs at least three columns (account, label, amount).",
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
            "“b.csv”, line 2: 5 field(s) where the header has 4; a separator is missing or there is one too many (an amount would be read from the wrong column).",
        ),
        (
            at(&file, P::NoAccountLine),
            "« b.csv » ne contient aucune ligne de compte.",
            "“b.csv” holds no account lines.",
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
            "“b.csv”: no header line found in the first 30 lines, and lines 1 to 3 are not accounts. The header line must name the columns (“Compte”, “Libellé”, then “Débit” and “Crédit”, or “Solde”); add or fix it above the accounts, then try again.",
        ),
        (
            at(&file, P::TwoUnnamedAmounts),
            "« b.csv » : deux colonnes de montants sans en-tête, et aucun compte de charges ou de produits pour dire laquelle est le débit : « débit, crédit » et « crédit, débit » restent possibles. Ajoutez une ligne d'en-tête (Compte;Libellé;Débit;Crédit) puis recommencez.",
            "“b.csv”: two amount columns without a header, and no expense or income account to tell which one is the debit: “débit, crédit” and “crédit, débit” are both possible. Add a header line (Compte;Libellé;Débit;Crédit), then try again.",
        ),
        (
            at(&file, P::ThreeUnnamedAmounts),
            "« b.csv » : trois colonnes de montants sans en-tête, mais la troisième n'est pas la différence des deux premières (débit − crédit = solde) sur toutes les lignes : les colonnes de montants ne sont pas reconnues. Ajoutez une ligne d'en-tête (Compte;Libellé;Débit;Crédit;Solde) puis recommencez.",
            "“b.csv”: three amount columns without a header, but the third is not the difference of the first two (debit − credit = balance) on every line: the amount columns are not recognised. Add a header line (Compte;Libellé;Débit;Crédit;Solde), then try again.",
        ),
        (
            at(&file, P::AmountColumns { count: 5 }),
            "« b.csv » : les colonnes de montants ne sont pas reconnues (5 colonnes après le compte et le libellé) : attendu une colonne de solde, ou débit et crédit, avec une ligne d'en-tête pour les nommer.",
            "“b.csv”: the amount columns are not recognised (5 columns after the account and the label): expected a balance column, or debit and credit, with a header line naming them.",
        ),
        (
            at(&Place::file("b.xlsx"), P::Damaged),
            "« b.xlsx » est un classeur endommagé que le lecteur de classeurs n'a pas pu lire. Ouvrez-le dans le tableur, enregistrez-le de nouveau, puis recommencez.",
            "“b.xlsx” is a damaged workbook the workbook reader could not read. Open it in the spreadsheet, save it again, then try again.",
        ),
        (
            at(&Place::file("b.xlsx"), P::EmptyWorkbook),
            "« b.xlsx » est vide (0 octet) : ce n'est pas un classeur. Enregistrez de nouveau la balance depuis le tableur, puis recommencez.",
            "“b.xlsx” is empty (0 bytes): it is not a workbook. Save the balance again from the spreadsheet, then try again.",
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
            "“b.xlsx” has no sheet “Bilan”; its sheets: “Balance”, “Notes”.",
        ),
        (
            at(&Place::file("b.xlsx"), P::NoSheet),
            "« b.xlsx » ne contient aucune feuille.",
            "“b.xlsx” contains no sheets.",
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
            "“b.xlsx”, sheet “Balance” has 1 048 576 rows, more than any balance (300 000 rows at most).",
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
            "“b.xlsx”, sheet “Balance”, row 1 048 576, column XFD: a cell beyond 300 000 rows and 64 columns, more than any balance. In the spreadsheet, delete the rows and columns after the balance (or copy the balance alone into a new workbook), save, then try again.",
        ),
        (
            at(&sheet, P::EmptySheet),
            "« b.xlsx », feuille « Balance » est vide.",
            "“b.xlsx”, sheet “Balance” is empty.",
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
            "“b.xlsx”, sheet “Balance”, row 12, column D: the formula “=-150000*2” has no calculated value (the workbook was written without being recalculated). Open it in the spreadsheet, save it (the formulas will be calculated), then try again.",
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
            "“b.xlsx”: no sheet holds a balance. “b.xlsx”, sheet “A” is empty. “b.xlsx”, sheet “B” is empty.",
        ),
        (
            at(&Place::file("b.xlsx"), P::Password),
            "« b.xlsx » est protégé par un mot de passe (chiffré) : ouvrez-le dans le tableur, retirez le mot de passe, enregistrez-le, puis recommencez.",
            "“b.xlsx” is password-protected (encrypted): open it in the spreadsheet, remove the password, save it, then try again.",
        ),
        (
            at(&Place::file("b.xlsx"), P::BadZip),
            "« b.xlsx » est une archive zip mais pas un classeur lisible (ni .xlsx, ni .ods) : il est peut-être tronqué ou endommagé. Ouvrez-le dans le tableur, enregistrez-le de nouveau, puis recommencez.",
            "“b.xlsx” is a zip archive but not a readable workbook (neither .xlsx nor .ods): it may be truncated or damaged. Open it in the spreadsheet, save it again, then try again.",
        ),
        (
            at(&Place::file("b.xls"), P::XlsTooManyRows { most: 65_536 }),
            "« b.xls » déclare une feuille de plus de 65536 lignes, plus que n'en permet le format Excel 97-2003 (.xls) : il est endommagé ou fabriqué. Ouvrez-le dans le tableur, enregistrez-le en .xlsx, puis recommencez.",
            "“b.xls” declares a sheet of more than 65536 rows, more than the Excel 97-2003 format (.xls) allows: it is damaged or crafted. Open it in the spreadsheet, save it as .xlsx, then try again.",
        ),
        (
            at(
                &Place::file("b.xls"),
                P::BadXls {
                    why: "Invalid OLE signature".to_owned(),
                },
            ),
            "« b.xls » est un classeur Excel 97-2003 (.xls) illisible (Invalid OLE signature) : peut-être protégé par un mot de passe ou endommagé. Ouvrez-le dans le tableur, enregistrez-le en .xlsx, puis recommencez.",
            "“b.xls” is an unreadable Excel 97-2003 workbook (.xls) (Invalid OLE signature): perhaps password-protected or damaged. Open it in the spreadsheet, save it as .xlsx, then try again.",
        ),
        (
            at(&Place::file("b.xlsx"), P::NotAWorkbook),
            "« b.xlsx » n'est pas un classeur : un .xlsx ou un .ods est une archive zip, un .xls un document OLE, et ce fichier ne commence comme aucun des deux (texte, fichier tronqué ?). Ouvrez-le dans le tableur et enregistrez-le de nouveau, ou donnez-lui l'extension de ce qu'il est (.csv), puis recommencez.",
            "“b.xlsx” is not a workbook: an .xlsx or an .ods file is a zip archive, an .xls file an OLE document, and this file starts like neither (text, a truncated file?). Open it in the spreadsheet and save it again, or give it the extension of what it is (.csv), then try again.",
        ),
        (
            at(
                &sheet,
                P::Unreadable {
                    why: "invalid xml".to_owned(),
                },
            ),
            "« b.xlsx », feuille « Balance » est illisible (invalid xml).",
            "“b.xlsx”, sheet “Balance” cannot be read (invalid xml).",
        ),
    ]
}

#[test]
fn every_refusal_of_a_file_of_accounts_is_the_known_french_and_english_in_the_english_window() {
    let table = accounts_table();
    assert!(table.len() >= 40, "{} kinds", table.len());
    for (err, french, english) in &table {
        assert_eq!(accounts_refusal(err, Lang::Fr), *french);
        // The command line and the documents say it as `Display` does.
        assert_eq!(err.to_string(), *french);
        assert_eq!(accounts_refusal(err, Lang::En), *english);
        assert_eq!(french_words(english), Vec::<&str>::new(), "{english}");
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
fn a_mapping_table_not_read_is_said_in_storage_words_in_each_language() {
    let err = MappingLoadError::Unread(ReadError::NotText {
        path: "m.ron".into(),
    });
    let french = "Table de correspondance : « m.ron » n'est pas un texte UTF-8.";
    let english = "Account mapping: “m.ron” is not UTF-8 text.";
    assert_eq!(mapping_load_refusal(&err, Lang::Fr), french);
    assert_eq!(err.to_string(), french);
    assert_eq!(mapping_load_refusal(&err, Lang::En), english);
    assert_eq!(french_words(english), Vec::<&str>::new(), "{english}");
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
            "the base snapshot “2024 réalisé” no longer exists: attach the scenario “Baisse” to another snapshot",
        ),
        (
            ScenarioError::NoLine {
                id: 99,
                snapshot: "2025 réalisé".to_owned(),
            },
            "aucune ligne d'identifiant 99 dans « 2025 réalisé »",
            "no line with the id 99 in “2025 réalisé”",
        ),
        (
            ScenarioError::BlankFunder,
            "la perte d'un financeur demande son nom : un nom vide désignerait toutes les lignes sans financeur",
            "the loss of a funder needs its name: a blank name would mean every line without a funder",
        ),
        (
            ScenarioError::NoFunder {
                name: "Personne".to_owned(),
                snapshot: "2025 réalisé".to_owned(),
                funders: vec!["Région".to_owned(), "Ville".to_owned()],
            },
            "aucun financeur ou partenaire « Personne » dans « 2025 réalisé » (il y a : Région, Ville)",
            "no funder or partner “Personne” in “2025 réalisé” (there are: Région, Ville)",
        ),
    ];
    for (err, french, english) in &table {
        assert_eq!(scenario_refusal(err, Lang::Fr), *french);
        assert_eq!(err.to_string(), *french);
        assert_eq!(scenario_refusal(err, Lang::En), *english);
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
    assert_eq!(
        too_few_cases(&few, Lang::En),
        "3 case file(s) with monetary resources: a reference takes at least 5, or a reader could recognise an association"
    );
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
            "no snapshot “2031” in the case file",
        ),
        (
            ReportError::SelfComparison {
                label: "2025 réalisé".to_owned(),
            },
            "« 2025 réalisé » ne se compare pas à lui-même : choisissez un autre instantané",
            "“2025 réalisé” cannot be compared with itself: choose another snapshot",
        ),
        (
            ReportError::NoOther {
                other: "2031".to_owned(),
                snapshots: vec!["2025 réalisé".to_owned(), "cible 2028".to_owned()],
            },
            "aucun instantané « 2031 » dans le dossier (instantanés : 2025 réalisé, cible 2028)",
            "no snapshot “2031” in the case file (snapshots: 2025 réalisé, cible 2028)",
        ),
        (
            ReportError::MatrixSlide,
            "une diapositive montre le positionnement ou les scénarios ; la matrice s'exporte en PDF, en PNG ou en classeur Excel",
            "a slide shows the position or the scenarios; the matrix can be exported as PDF, PNG or an Excel workbook",
        ),
        (
            ReportError::AutodiagnosticSlide,
            "une diapositive montre le positionnement ou les scénarios ; l'autodiagnostic s'exporte en PDF ou en PNG",
            "a slide shows the position or the scenarios; the autodiagnostic can be exported as PDF or PNG",
        ),
        (
            ReportError::LaidOutWorkbook,
            "un document mis en page ne s'écrit pas en classeur",
            "a laid-out document cannot be written as a workbook",
        ),
        (
            ReportError::TooManyPages { pages: 6, most: 4 },
            "le rapport fait 6 pages ; une image PNG en réunit au plus 4 (pour une diapositive) : exportez-le en PDF, ou seulement le positionnement",
            "the report has 6 pages; a PNG image holds at most 4 (for a slide): export it as PDF, or only the position",
        ),
        (
            ReportError::ImageTooLarge,
            "image trop grande",
            "image too large",
        ),
        (
            ReportError::Workbook("disque plein".to_owned()),
            "le classeur n'a pas pu être écrit (disque plein)",
            "the workbook could not be written (disque plein)",
        ),
        (
            ReportError::Save(atelier_mse::storage::SaveError::ReadOnly {
                path: "r.pdf".into(),
            }),
            "« r.pdf » est en lecture seule : il n'a pas été modifié. Retirez la lecture seule du fichier, ou enregistrez sous un autre nom.",
            "“r.pdf” is read-only: it was not changed. Make the file writable, or save under another name.",
        ),
    ];
    for (err, french, english) in &table {
        assert_eq!(err.to_string(), *french);
        assert_eq!(err.said(Lang::Fr), *french);
        assert_eq!(err.said(Lang::En), *english);
    }
}

#[test]
fn a_report_of_more_pages_than_an_image_holds_is_refused_as_too_many_pages() {
    use atelier_mse::report::{ReportError, document::Document, png};
    let case =
        atelier_mse::storage::load(&crate::common::repo_path("saves/club-randonnee.ron")).unwrap();
    let label = case.snapshots[0].label.clone();
    let mut doc: Document = atelier_mse::report::document(
        &case,
        &label,
        atelier_mse::analysis::Typology::builtin(),
        atelier_mse::report::Options::default(),
    )
    .unwrap();
    let page = doc.pages[0].clone();
    doc.pages = vec![page; png::MAX_PAGES + 1];
    match png::render(&doc, 100.0) {
        Err(ReportError::TooManyPages { pages, most }) => {
            assert_eq!((pages, most), (png::MAX_PAGES + 1, png::MAX_PAGES));
        }
        other => panic!("{:?}", other.map(|bytes| bytes.len())),
    }
}

#[test]
fn the_case_workbook_of_a_snapshot_the_case_has_not_is_refused_as_no_snapshot() {
    use atelier_mse::report::ReportError;
    let case =
        atelier_mse::storage::load(&crate::common::repo_path("saves/club-randonnee.ron")).unwrap();
    let refused = atelier_mse::report::workbook::case_workbook(
        &case,
        "2031",
        atelier_mse::analysis::Typology::builtin(),
    );
    match refused {
        Err(err @ ReportError::NoSnapshot { .. }) => {
            assert_eq!(err.to_string(), "aucun instantané « 2031 » dans le dossier");
            assert_eq!(err.said(Lang::En), "no snapshot “2031” in the case file");
        }
        other => panic!("{:?}", other.map(|bytes| bytes.len())),
    }
}

#[test]
fn a_pasted_block_refused_is_the_known_french_and_english() {
    use atelier_mse::import::paste::{PasteError, read_block};
    use atelier_mse::model::Lever;
    let read = |block: &str| read_block(block, Lever::RessourcesFinancieres).unwrap_err();
    let table = [
        (
            read("\n\n"),
            "rien à coller : le bloc copié n'a aucune ligne",
            "nothing to paste: the copied block has no rows",
        ),
        (
            read("Don\tRégion\nVente\tVille\n"),
            "aucune colonne de montants dans le bloc collé : copiez dans le tableur des lignes qui ont au moins un libellé et un montant",
            "no amount column in the pasted block: in the spreadsheet, copy rows that have at least a label and an amount",
        ),
        (
            read("Libellé\tMontant\nDon\tdouze\n"),
            "ligne 2, colonne 2 du bloc collé : « douze » n'est pas un montant (« douze » n'est pas un nombre). Rien n'a été ajouté : corrigez la cellule dans le tableur, ou laissez la ligne hors de la sélection, puis collez à nouveau.",
            "row 2, column 2 of the pasted block: “douze” is not an amount (“douze” is not a number). Nothing was added: correct the cell in the spreadsheet, or leave the row out of the selection, then paste again.",
        ),
        (
            read("Libellé\tMontant\nDon\t-5 000\n"),
            "ligne 2, colonne 2 du bloc collé : « -5 000 » n'est pas un montant (valeur négative (-5.000e3) : les montants et quantités sont positifs ou nuls). Rien n'a été ajouté : corrigez la cellule dans le tableur, ou laissez la ligne hors de la sélection, puis collez à nouveau.",
            "row 2, column 2 of the pasted block: “-5 000” is not an amount (negative value (-5.000e3): amounts and quantities are zero or more). Nothing was added: correct the cell in the spreadsheet, or leave the row out of the selection, then paste again.",
        ),
    ];
    for (err, french, english) in &table {
        assert!(matches!(
            err,
            PasteError::Empty | PasteError::NoAmount | PasteError::Amount { .. }
        ));
        assert_eq!(err.to_string(), *french);
        assert_eq!(atelier_mse::text::paste_refusal(err, Lang::Fr), *french);
        assert_eq!(atelier_mse::text::paste_refusal(err, Lang::En), *english);
    }
}
