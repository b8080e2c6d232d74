//! Why a file of accounts cannot be read (`import::AccountsError`: a FEC, a balance in CSV or
//! in a workbook's sheet, a workbook), in French — its `Display`, which the command line and
//! the documents say — and in English for the English window; one match, every problem worded.
//! The reader's own words (calamine's, for a workbook it cannot open) are quoted as they are.

use std::fmt;

use super::Lang;
use super::accounts_words::{
    amount_problem, column_words, count, exercice_words, place_words, two, years_list,
};
use crate::import::fec::COLUMNS;
use crate::import::{AccountsError, AccountsProblem as P, TAB_NAME};

impl fmt::Display for AccountsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&accounts_refusal(self, Lang::Fr))
    }
}

/// Why the file of accounts `err` names is refused, in `lang`.
pub fn accounts_refusal(err: &AccountsError, lang: Lang) -> String {
    let place = place_words(&err.place, lang);
    let q = |text: &str| lang.quoted(text);
    match &err.problem {
        P::FecHeaderWidth { found } => {
            let columns = COLUMNS.join(", ");
            two(
                lang,
                format!(
                    "{place}, ligne 1 : l'en-tête du FEC a {found} colonne(s) au lieu de 18 (ou 19, ou 22 pour les BNC/BA) : {columns}."
                ),
                format!(
                    "{place}, line 1: the FEC header has {found} column(s) instead of 18 (or 19, or 22 for BNC/BA): {columns}."
                ),
            )
        }
        P::FecHeaderName {
            column,
            found,
            expected,
            regime,
        } => {
            let found = q(found);
            let quoted: Vec<String> = expected.iter().map(|e| q(e)).collect();
            let (fr_regime, en_regime) = if *regime {
                (" des BNC/BA", " for BNC/BA")
            } else {
                ("", "")
            };
            two(
                lang,
                format!(
                    "{place}, ligne 1, colonne {column} : {found} au lieu de {} (en-tête du FEC{fr_regime}).",
                    quoted.join(" ou ")
                ),
                format!(
                    "{place}, line 1, column {column}: {found} instead of {} (FEC header{en_regime}).",
                    quoted.join(" or ")
                ),
            )
        }
        P::FecFieldCount {
            line,
            found,
            expected,
            separator,
        } => {
            let separator = match separator {
                '\t' => lang.pick(TAB_NAME, "tab").to_owned(),
                other => other.to_string(),
            };
            let separator = q(&separator);
            two(
                lang,
                format!(
                    "{place}, ligne {line} : {found} champ(s) au lieu de {expected} comme l'en-tête ; un séparateur ({separator}) manque ou est en trop."
                ),
                format!(
                    "{place}, line {line}: {found} field(s) where the header has {expected}; a separator ({separator}) is missing or there is one too many."
                ),
            )
        }
        P::FecDate { line, found } => {
            let found = q(found);
            two(
                lang,
                format!(
                    "{place}, ligne {line}, colonne 4 (EcritureDate) : {found} n'est pas une date (AAAAMMJJ ou JJ/MM/AAAA)."
                ),
                format!(
                    "{place}, line {line}, column 4 (EcritureDate): {found} is not a date (YYYYMMDD or DD/MM/YYYY)."
                ),
            )
        }
        P::FecSense { line, found } => {
            let found = q(found);
            let (d, c, plus, minus) = (q("D"), q("C"), q("+1"), q("-1"));
            two(
                lang,
                format!(
                    "{place}, ligne {line}, colonne 13 (Sens) : {found} au lieu de {d} ou {c} (ou {plus} ou {minus})."
                ),
                format!(
                    "{place}, line {line}, column 13 (Sens): {found} instead of {d} or {c} (or {plus} or {minus})."
                ),
            )
        }
        P::NoEntry => two(
            lang,
            format!("{place} ne contient aucune écriture."),
            format!("{place} contains no entries."),
        ),
        P::OtherExercice { exercice, asked } => {
            let said = exercice_words(exercice, lang);
            let year = exercice.year();
            let snapshot = q(&format!("{year} réalisé"));
            two(
                lang,
                format!(
                    "{place} tient l'{said}, pas l'exercice {asked} (l'année de l'instantané ou --year). Importez-le dans un instantané de {year} (par ex. --snapshot {snapshot}), ou indiquez --year {year} si c'est bien lui."
                ),
                format!(
                    "{place} covers the {said}, not fiscal year {asked} (the snapshot's year or --year). Import it into a snapshot of {year} (e.g. --snapshot {snapshot}), or give --year {year} if it is the right one."
                ),
            )
        }
        P::NoEntryIn { year, years } => {
            let years = years_list(years);
            two(
                lang,
                format!(
                    "{place} n'a aucune écriture datée de {year} (exercices présents : {years})."
                ),
                format!("{place} has no entries dated {year} (fiscal years in it: {years})."),
            )
        }
        P::SeveralYears { years } => {
            let years = years_list(years);
            two(
                lang,
                format!(
                    "{place} couvre plusieurs exercices ({years}) : choisissez celui à importer (--year, ou l'année de l'instantané)."
                ),
                format!(
                    "{place} spans several fiscal years ({years}): choose the one to import (--year, or the snapshot's year)."
                ),
            )
        }
        P::NotAnAccount {
            line,
            column,
            found,
        } => {
            let column = column
                .as_ref()
                .map_or(String::new(), |c| column_words(c, lang));
            let found = q(found);
            two(
                lang,
                format!(
                    "{place}, ligne {line}{column} : {found} n'est pas un numéro de compte (il doit commencer par un chiffre)."
                ),
                format!(
                    "{place}, line {line}{column}: {found} is not an account number (it must start with a digit)."
                ),
            )
        }
        P::NotAnAmount {
            line,
            column,
            found,
            why,
        } => {
            let column = column_words(column, lang);
            let found = q(found);
            let why = amount_problem(*why, lang);
            two(
                lang,
                format!("{place}, ligne {line}{column} : {found} {why}."),
                format!("{place}, line {line}{column}: {found} {why}."),
            )
        }
        // Balances (CSV and sheets) and workbooks.
        P::TooBig { megabytes, most } => two(
            lang,
            format!("{place} est trop gros pour une balance ({megabytes} Mo ; {most} Mo au plus)."),
            format!("{place} is too large for a balance ({megabytes} MB; {most} MB at most)."),
        ),
        P::Empty => two(
            lang,
            format!("{place} est vide : aucune ligne de balance."),
            format!("{place} is empty: no balance lines."),
        ),
        P::UnclosedQuote { line } => two(
            lang,
            format!(
                "{place}, ligne {line} : un guillemet ouvert n'est jamais fermé ; toutes les lignes suivantes seraient perdues. Corrigez le fichier (ou exportez-le de nouveau) puis recommencez."
            ),
            format!(
                "{place}, line {line}: a quote is opened and never closed; every following line would be lost. Fix the file (or export it again), then try again."
            ),
        ),
        P::UnreadableLine { line } => two(
            lang,
            format!("{place}, ligne {line} : ligne illisible en CSV."),
            format!("{place}, line {line}: the CSV reader cannot read this line."),
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
                    "{place} does not look like a balance: it needs at least three columns (account, label, amount){en}."
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
                (" comme l'en-tête", "where the header has")
            } else {
                ("", "instead of")
            };
            two(
                lang,
                format!(
                    "{place}, ligne {line} : {found} champ(s) au lieu de {expected}{fr} ; un séparateur manque ou est en trop (un montant serait lu dans la mauvaise colonne)."
                ),
                format!(
                    "{place}, line {line}: {found} field(s) {en} {expected}; a separator is missing or there is one too many (an amount would be read from the wrong column)."
                ),
            )
        }
        P::NoAccountLine => two(
            lang,
            format!("{place} ne contient aucune ligne de compte."),
            format!("{place} holds no account lines."),
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
                    "{place}: no header line found in the first {within} lines, and lines 1 to {last} are not accounts. The header line must name the columns ({account}, {label}, then {debit} and {credit}, or {balance}); add or fix it above the accounts, then try again."
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
                    "{place}: two amount columns without a header, and no expense or income account to tell which one is the debit: {dc} and {cd} are both possible. Add a header line (Compte;Libellé;Débit;Crédit), then try again."
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
            format!("{place} contains no sheets."),
        ),
        P::TooManyRows { rows, most } => {
            let (rows, most) = (count(*rows), count(*most));
            two(
                lang,
                format!(
                    "{place} a {rows} lignes : c'est plus qu'une balance ({most} lignes au plus)."
                ),
                format!("{place} has {rows} rows, more than any balance ({most} rows at most)."),
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
                    "{place}, row {row}, column {column}: a cell beyond {rows} rows and {columns} columns, more than any balance. In the spreadsheet, delete the rows and columns after the balance (or copy the balance alone into a new workbook), save, then try again."
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
                "{place} is password-protected (encrypted): open it in the spreadsheet, remove the password, save it, then try again."
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
                "{place} declares a sheet of more than {most} rows, more than the Excel 97-2003 format (.xls) allows: it is damaged or crafted. Open it in the spreadsheet, save it as .xlsx, then try again."
            ),
        ),
        P::BadXls { why } => two(
            lang,
            format!(
                "{place} est un classeur Excel 97-2003 (.xls) illisible ({why}) : peut-être protégé par un mot de passe ou endommagé. Ouvrez-le dans le tableur, enregistrez-le en .xlsx, puis recommencez."
            ),
            format!(
                "{place} is an unreadable Excel 97-2003 workbook (.xls) ({why}): perhaps password-protected or damaged. Open it in the spreadsheet, save it as .xlsx, then try again."
            ),
        ),
        P::NotAWorkbook => two(
            lang,
            format!(
                "{place} n'est pas un classeur : un .xlsx ou un .ods est une archive zip, un .xls un document OLE, et ce fichier ne commence comme aucun des deux (texte, fichier tronqué ?). Ouvrez-le dans le tableur et enregistrez-le de nouveau, ou donnez-lui l'extension de ce qu'il est (.csv), puis recommencez."
            ),
            format!(
                "{place} is not a workbook: an .xlsx or an .ods file is a zip archive, an .xls file an OLE document, and this file starts like neither (text, a truncated file?). Open it in the spreadsheet and save it again, or give it the extension of what it is (.csv), then try again."
            ),
        ),
        P::Unreadable { why } => two(
            lang,
            format!("{place} est illisible ({why})."),
            format!("{place} cannot be read ({why})."),
        ),
    }
}
