//! The refusals of a balance (CSV or a workbook's sheet) and of a workbook, in French and
//! English; `accounts.rs` words the FEC's and the place, and calls here for the rest. Also the
//! refusals of a mapping table.

use std::fmt;

use super::Lang;
use super::accounts::{accounts_refusal, count, two};
use crate::import::{AccountsProblem as P, MappingError, MappingProblem};
use crate::storage::MappingLoadError;

/// `problem` at `place` (already worded), for the problems of balances and workbooks.
pub(super) fn refusal(place: &str, problem: &P, lang: Lang) -> String {
    let q = |text: &str| lang.quoted(text);
    match problem {
        P::TooBig { megabytes, most } => two(
            lang,
            format!("{place} est trop gros pour une balance ({megabytes} Mo ; {most} Mo au plus)."),
            format!("{place} is too large for a balance ({megabytes} MB; {most} MB at most)."),
        ),
        P::Empty => two(
            lang,
            format!("{place} est vide : aucune ligne de balance."),
            format!("{place} is empty: no line of a balance."),
        ),
        P::UnclosedQuote { line } => two(
            lang,
            format!(
                "{place}, ligne {line} : un guillemet ouvert n'est jamais fermé ; toutes les lignes suivantes seraient perdues. Corrigez le fichier (ou exportez-le de nouveau) puis recommencez."
            ),
            format!(
                "{place}, line {line}: a quote opened is never closed; every following line would be lost. Correct the file (or export it again), then try again."
            ),
        ),
        P::UnreadableLine { line } => two(
            lang,
            format!("{place}, ligne {line} : ligne illisible en CSV."),
            format!("{place}, line {line}: a line the CSV reader cannot read."),
        ),
        P::NotABalance { separators } => {
            let (fr, en) = if *separators {
                let (semicolon, comma) = (q(";"), q(","));
                (
                    format!(", séparées par {semicolon}, {comma} ou une tabulation"),
                    format!(", separated by {semicolon}, {comma} or a tab"),
                )
            } else {
                (String::new(), String::new())
            };
            two(
                lang,
                format!(
                    "{place} n'a pas la forme d'une balance : il faut au moins trois colonnes (compte, libellé, montant){fr}."
                ),
                format!(
                    "{place} is not shaped like a balance: it takes at least three columns (account, label, amount){en}."
                ),
            )
        }
        P::FieldCount {
            line,
            found,
            expected,
            header,
        } => {
            let (fr, en) = if *header {
                (" comme l'en-tête", " as in the header")
            } else {
                ("", "")
            };
            two(
                lang,
                format!(
                    "{place}, ligne {line} : {found} champ(s) au lieu de {expected}{fr} ; un séparateur manque ou est en trop (un montant serait lu dans la mauvaise colonne)."
                ),
                format!(
                    "{place}, line {line}: {found} field(s) instead of {expected}{en}; a separator is missing or one too many (an amount would be read from the wrong column)."
                ),
            )
        }
        P::NoAccountLine => two(
            lang,
            format!("{place} ne contient aucune ligne de compte."),
            format!("{place} holds no line of accounts."),
        ),
        P::NoHeader { within, last } => {
            let (account, label) = (q("Compte"), q("Libellé"));
            let (debit, credit, balance) = (q("Débit"), q("Crédit"), q("Solde"));
            two(
                lang,
                format!(
                    "{place} : aucune ligne d'en-tête reconnue dans les {within} premières lignes, et les lignes 1 à {last} ne sont pas des comptes. La ligne d'en-tête doit nommer les colonnes ({account}, {label}, puis {debit} et {credit}, ou {balance}) ; ajoutez-la ou corrigez-la au-dessus des comptes, puis recommencez."
                ),
                format!(
                    "{place}: no header line found in the first {within} lines, and lines 1 to {last} are not accounts. The header line must name the columns ({account}, {label}, then {debit} and {credit}, or {balance}); add it or correct it above the accounts, then try again."
                ),
            )
        }
        P::TwoUnnamedAmounts => {
            let (dc, cd) = (q("débit, crédit"), q("crédit, débit"));
            two(
                lang,
                format!(
                    "{place} : deux colonnes de montants sans en-tête, et aucun compte de charges ou de produits pour dire laquelle est le débit : {dc} et {cd} restent possibles. Ajoutez une ligne d'en-tête (Compte;Libellé;Débit;Crédit) puis recommencez."
                ),
                format!(
                    "{place}: two amount columns without a header, and no charge or product account to tell which one is the debit: {dc} and {cd} are both possible. Add a header line (Compte;Libellé;Débit;Crédit), then try again."
                ),
            )
        }
        P::ThreeUnnamedAmounts => two(
            lang,
            format!(
                "{place} : trois colonnes de montants sans en-tête, mais la troisième n'est pas la différence des deux premières (débit − crédit = solde) sur toutes les lignes : les colonnes de montants ne sont pas reconnues. Ajoutez une ligne d'en-tête (Compte;Libellé;Débit;Crédit;Solde) puis recommencez."
            ),
            format!(
                "{place}: three amount columns without a header, but the third is not the difference of the first two (debit − credit = balance) on every line: the amount columns are not recognised. Add a header line (Compte;Libellé;Débit;Crédit;Solde), then try again."
            ),
        ),
        P::AmountColumns { count } => two(
            lang,
            format!(
                "{place} : les colonnes de montants ne sont pas reconnues ({count} colonnes après le compte et le libellé) : attendu une colonne de solde, ou débit et crédit, avec une ligne d'en-tête pour les nommer."
            ),
            format!(
                "{place}: the amount columns are not recognised ({count} columns after the account and the label): expected a balance column, or debit and credit, with a header line naming them."
            ),
        ),
        P::Damaged => two(
            lang,
            format!(
                "{place} est un classeur endommagé que le lecteur de classeurs n'a pas pu lire. Ouvrez-le dans le tableur, enregistrez-le de nouveau, puis recommencez."
            ),
            format!(
                "{place} is a damaged workbook the workbook reader could not read. Open it in the spreadsheet, save it again, then try again."
            ),
        ),
        P::EmptyWorkbook => two(
            lang,
            format!(
                "{place} est vide (0 octet) : ce n'est pas un classeur. Enregistrez de nouveau la balance depuis le tableur, puis recommencez."
            ),
            format!(
                "{place} is empty (0 bytes): it is not a workbook. Save the balance again from the spreadsheet, then try again."
            ),
        ),
        P::NoSuchSheet { wanted, sheets } => {
            let wanted = q(wanted);
            let sheets: Vec<String> = sheets.iter().map(|s| q(s)).collect();
            let sheets = sheets.join(", ");
            two(
                lang,
                format!("{place} n'a pas de feuille {wanted} ; ses feuilles : {sheets}."),
                format!("{place} has no sheet {wanted}; its sheets: {sheets}."),
            )
        }
        P::NoSheet => two(
            lang,
            format!("{place} ne contient aucune feuille."),
            format!("{place} holds no sheet."),
        ),
        P::TooManyRows { rows, most } => {
            let (rows, most) = (count(*rows), count(*most));
            two(
                lang,
                format!(
                    "{place} a {rows} lignes : c'est plus qu'une balance ({most} lignes au plus)."
                ),
                format!("{place} has {rows} rows: more than a balance ({most} rows at most)."),
            )
        }
        P::CellBeyond {
            row,
            column,
            rows,
            columns,
        } => {
            let (row, rows) = (count(*row as usize), count(*rows));
            two(
                lang,
                format!(
                    "{place}, ligne {row}, colonne {column} : une cellule au-delà de {rows} lignes et {columns} colonnes, c'est plus qu'une balance. Supprimez dans le tableur les lignes et colonnes après la balance (ou copiez la balance seule dans un nouveau classeur), enregistrez, puis recommencez."
                ),
                format!(
                    "{place}, row {row}, column {column}: a cell beyond {rows} rows and {columns} columns, more than a balance. Delete in the spreadsheet the rows and columns after the balance (or copy the balance alone into a new workbook), save, then try again."
                ),
            )
        }
        P::EmptySheet => two(
            lang,
            format!("{place} est vide."),
            format!("{place} is empty."),
        ),
        P::Uncalculated {
            row,
            column,
            formula,
        } => {
            let formula = q(&format!("={formula}"));
            two(
                lang,
                format!(
                    "{place}, ligne {row}, colonne {column} : la formule {formula} n'a pas de valeur calculée (le classeur a été écrit sans être recalculé). Ouvrez-le dans le tableur, enregistrez-le (les formules seront calculées), puis recommencez."
                ),
                format!(
                    "{place}, row {row}, column {column}: the formula {formula} has no calculated value (the workbook was written without being recalculated). Open it in the spreadsheet, save it (the formulas will be calculated), then try again."
                ),
            )
        }
        P::NoSheetHolds { refused } => {
            let each: Vec<String> = refused.iter().map(|r| accounts_refusal(r, lang)).collect();
            let each = each.join(" ");
            two(
                lang,
                format!("{place} : aucune feuille ne tient une balance. {each}"),
                format!("{place}: no sheet holds a balance. {each}"),
            )
        }
        P::Password => two(
            lang,
            format!(
                "{place} est protégé par un mot de passe (chiffré) : ouvrez-le dans le tableur, retirez le mot de passe, enregistrez-le, puis recommencez."
            ),
            format!(
                "{place} is protected by a password (encrypted): open it in the spreadsheet, remove the password, save it, then try again."
            ),
        ),
        P::BadZip => two(
            lang,
            format!(
                "{place} est une archive zip mais pas un classeur lisible (ni .xlsx, ni .ods) : il est peut-être tronqué ou endommagé. Ouvrez-le dans le tableur, enregistrez-le de nouveau, puis recommencez."
            ),
            format!(
                "{place} is a zip archive but not a readable workbook (neither .xlsx nor .ods): it may be truncated or damaged. Open it in the spreadsheet, save it again, then try again."
            ),
        ),
        P::XlsTooManyRows { most } => two(
            lang,
            format!(
                "{place} déclare une feuille de plus de {most} lignes, plus que n'en permet le format Excel 97-2003 (.xls) : il est endommagé ou fabriqué. Ouvrez-le dans le tableur, enregistrez-le en .xlsx, puis recommencez."
            ),
            format!(
                "{place} declares a sheet of more than {most} rows, more than the Excel 97-2003 format (.xls) allows: it is damaged or forged. Open it in the spreadsheet, save it as .xlsx, then try again."
            ),
        ),
        P::BadXls { why } => two(
            lang,
            format!(
                "{place} est un classeur Excel 97-2003 (.xls) illisible ({why}) : peut-être protégé par un mot de passe ou endommagé. Ouvrez-le dans le tableur, enregistrez-le en .xlsx, puis recommencez."
            ),
            format!(
                "{place} is an unreadable Excel 97-2003 workbook (.xls) ({why}): perhaps protected by a password or damaged. Open it in the spreadsheet, save it as .xlsx, then try again."
            ),
        ),
        P::NotAWorkbook => two(
            lang,
            format!(
                "{place} n'est pas un classeur : un .xlsx ou un .ods est une archive zip, un .xls un document OLE, et ce fichier ne commence comme aucun des deux (texte, fichier tronqué ?). Ouvrez-le dans le tableur et enregistrez-le de nouveau, ou donnez-lui l'extension de ce qu'il est (.csv), puis recommencez."
            ),
            format!(
                "{place} is not a workbook: a .xlsx or a .ods is a zip archive, a .xls an OLE document, and this file starts like neither (text, a truncated file?). Open it in the spreadsheet and save it again, or give it the extension of what it is (.csv), then try again."
            ),
        ),
        P::Unreadable { why } => two(
            lang,
            format!("{place} est illisible ({why})."),
            format!("{place} cannot be read ({why})."),
        ),
        // Worded by `accounts_refusal` before it calls here.
        P::FecHeaderWidth { .. }
        | P::FecHeaderName { .. }
        | P::FecFieldCount { .. }
        | P::FecDate { .. }
        | P::FecSense { .. }
        | P::NoEntry
        | P::OtherExercice { .. }
        | P::NoEntryIn { .. }
        | P::SeveralYears { .. }
        | P::NotAnAccount { .. }
        | P::NotAnAmount { .. } => String::new(),
    }
}

impl fmt::Display for MappingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&mapping_refusal(self, Lang::Fr))
    }
}

/// Why a mapping table is refused, in `lang`; what the model says of a rule or of the RON
/// stays French.
pub fn mapping_refusal(err: &MappingError, lang: Lang) -> String {
    let name = lang.quoted(&err.name);
    match &err.problem {
        MappingProblem::Syntax {
            line,
            column,
            message,
        } => two(
            lang,
            format!(
                "La table de correspondance {name} est mal formée (ligne {line}, colonne {column}) : {message}"
            ),
            format!(
                "The account mapping {name} is malformed (line {line}, column {column}): {message}"
            ),
        ),
        MappingProblem::Rule(problem) => two(
            lang,
            format!("La table de correspondance {name} : {problem}."),
            format!(
                "The account mapping {name}: {}.",
                super::problem(problem, Lang::En)
            ),
        ),
    }
}

impl fmt::Display for MappingLoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&mapping_load_refusal(self, Lang::Fr))
    }
}

/// Why the mapping table chosen cannot be used, in `lang`; a file that cannot be read is said
/// in storage's words (French).
pub fn mapping_load_refusal(err: &MappingLoadError, lang: Lang) -> String {
    match err {
        MappingLoadError::Unread(e) => two(
            lang,
            format!("Table de correspondance : {e}"),
            format!("Account mapping: {e}"),
        ),
        MappingLoadError::Invalid(e) => mapping_refusal(e, lang),
    }
}
