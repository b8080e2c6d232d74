//! `import-balance ACCOUNTS --into CASE`: the accounts an accountant sends (CSV or workbook
//! balance, FEC) put into a snapshot after the same review the window shows, said in the
//! terminal.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use super::{Usage, terminal};
use crate::format::{euros_whole, one_line};
use crate::model::Lever;
use crate::storage;

use super::commands::load_or_report;

/// `--assign 740=subventions`: a rule of the case.
fn assignment(text: &str) -> Result<crate::import::Rule> {
    let (prefix, kind) = text.split_once('=').ok_or_else(|| {
        Usage(format!(
            "--assign « {text} » : attendu PRÉFIXE=NATURE, par ex. 740=subventions"
        ))
    })?;
    let action = if kind.trim() == "ignorer" {
        crate::import::Action::Ignore("écarté par l'accompagnateur".to_owned())
    } else {
        crate::import::Action::Kind(crate::model::KindId::new(kind.trim()).ok_or_else(|| {
            let ids: Vec<&str> = crate::model::Catalogue::builtin()
                .kinds
                .iter()
                .map(|k| k.id.as_str())
                .collect();
            Usage(format!(
                "--assign « {text} » : nature inconnue « {} » ; natures possibles : ignorer, {}",
                kind.trim(),
                ids.join(", ")
            ))
        })?)
    };
    let rule = crate::import::Rule {
        prefix: prefix.trim().to_owned(),
        action,
    };
    if let Some(problem) = rule.problem() {
        return Err(Usage(format!("--assign « {text} » : {problem}")).into());
    }
    Ok(rule)
}

/// `import-balance FILE.csv --into CASE.ron --snapshot LABEL`: the review on stdout; the case is
/// rewritten only when every account has its place.
pub fn import_balance(file: &Path, into: &Path, options: super::ImportOptions) -> Result<ExitCode> {
    // Held until the case is written: another import or rewrite waits, none is lost.
    let _lock = storage::lock_case(into, storage::LOCK_WAIT)?;
    let Some(mut case) = load_or_report(into) else {
        return Ok(ExitCode::FAILURE);
    };
    let mapping = match &options.mapping {
        Some(path) => storage::load_mapping(path).map_err(anyhow::Error::msg)?,
        None => crate::import::Mapping::builtin().clone(),
    };
    let bytes = storage::read_bytes(file, crate::import::MAX_ACCOUNTS_BYTES)
        .map_err(|e| anyhow::anyhow!("balance : {e}"))?;
    let years = (options.year, crate::import::year_in(&options.snapshot));
    let name = file.display().to_string();
    if options.sheet.is_some() && !crate::import::is_workbook(&bytes, &name) {
        return Err(Usage(format!(
            "--sheet ne vaut que pour un classeur (.xlsx, .xlsm, .xls, .ods) ; « {name} » n'en est pas un"
        ))
        .into());
    }
    let balance = crate::import::read_accounts(&bytes, &name, years, options.sheet.as_deref())
        .map_err(anyhow::Error::msg)?;
    for text in &options.assign {
        crate::import::remember(&mut case, [assignment(text)?]);
    }
    // The window's review, with the command line's choices: one flow for both.
    let mut review = crate::import::Review::new(balance, &name, &case, storage::this_year());
    review.plan.take_reserves = options.reserves_from_accounts;
    review.use_mapping(mapping, &case);
    // The rules given here are kept by `remember` above, not again as assignments.
    review.remember = false;
    let mut out = terminal::stdout();
    if options.accept_proposals {
        let accepted = review.plan.accept_proposals();
        for rule in &accepted {
            if let crate::import::Action::Kind(kind) = &rule.action {
                writeln!(
                    out,
                    "Proposition acceptée : {} → {}",
                    one_line(&rule.prefix),
                    kind.label()
                )?;
            }
        }
        crate::import::remember(&mut case, accepted);
    }
    out.write_all(import_review(&review.balance, &review.plan).as_bytes())?;
    if options.dry_run {
        return Ok(ExitCode::SUCCESS);
    }
    let year = options
        .year
        .or_else(|| crate::import::year_in(&options.snapshot))
        .ok_or_else(|| {
            Usage(format!(
                "l'année de « {} » n'est pas dans son nom : indiquez --year",
                options.snapshot
            ))
        })?;
    review.label = options.snapshot.clone();
    review.year = year;
    review.replace = options.replace;
    match review.finish(&case) {
        Ok((case, count, _)) => {
            storage::save(&case, into)?;
            writeln!(
                out,
                "\n{} : {count} ligne(s) importée(s) dans « {} ».",
                one_line(&into.display().to_string()),
                one_line(&options.snapshot)
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Err(err) => {
            // The way out of accounts left unassigned; other refusals say their own.
            let hint = if matches!(err, crate::import::ImportError::Unfinished(_)) {
                "\nAffectez les comptes avec --assign PRÉFIXE=NATURE (par ex. --assign 740=subventions), ou utilisez la fenêtre (Fichier › Importer une balance comptable…)."
            } else {
                ""
            };
            terminal::error(&format!(
                "{} n'a pas été modifié : {err}{hint}",
                into.display()
            ));
            Ok(ExitCode::FAILURE)
        }
    }
}

/// The review of an import, as text: what was detected, every account and where it goes, and
/// the totals that must agree.
pub fn import_review(balance: &crate::import::Balance, plan: &crate::import::Plan) -> String {
    use crate::import::Destination;
    let mut text = format!("Balance lue : {}\n", balance.detection.summary());
    for skipped in &balance.detection.skipped {
        text.push_str(&format!("  (ignorée : {})\n", one_line(skipped)));
    }
    text.push('\n');
    for item in &plan.items {
        let place = match &item.destination {
            Destination::Kinds {
                parts, confirmed, ..
            } => {
                let parts: Vec<String> = parts
                    .iter()
                    .map(|(k, a)| {
                        if parts.len() > 1 {
                            format!("{} ({})", k.label().to_owned(), euros_whole(*a))
                        } else {
                            k.label().to_owned()
                        }
                    })
                    .collect();
                let pending = match (&item.proposal, *confirmed) {
                    (_, true) => String::new(),
                    (Some(kind), false) => format!(
                        "  [À CONFIRMER — proposé d'après le libellé : {} ; --accept-proposals]",
                        kind.label()
                    ),
                    (None, false) => "  [À CONFIRMER]".to_owned(),
                };
                format!("{}{pending}", parts.join(" + "))
            }
            Destination::Expenses => "charges annuelles".to_owned(),
            Destination::Ignored(why) => format!("ignoré : {why}"),
            Destination::Unassigned => "[À AFFECTER] aucune correspondance".to_owned(),
        };
        text.push_str(&format!(
            "  {:<8} {:<38} {:>16}  → {place}\n",
            one_line(&item.row.account),
            one_line(&item.row.label)
                .chars()
                .take(38)
                .collect::<String>(),
            crate::format::euros(item.row.credit_balance)
        ));
    }
    let t = plan.totals();
    text.push_str(&format!(
        "\nProduits du fichier (classes 7 et 87) : {}\n  importés : {} · ignorés : {} · à affecter : {} — {}\n",
        crate::format::euros(t.file_resources),
        crate::format::euros(t.imported),
        crate::format::euros(t.ignored_resources),
        crate::format::euros(t.unassigned),
        if t.balanced() {
            "les totaux concordent"
        } else {
            "LES TOTAUX NE CONCORDENT PAS"
        }
    ));
    text.push_str(&format!(
        "Après import : {} {} · {} {} · {} {}\n",
        Lever::RichessesHumaines.label(),
        crate::format::euros(t.human),
        Lever::RessourcesFinancieres.label(),
        crate::format::euros(t.financial),
        Lever::AlliancesStrategiques.label(),
        crate::format::euros(t.alliances)
    ));
    if let Some(expenses) = plan.expenses() {
        text.push_str(&format!(
            "Charges annuelles (classe 6) : {}\n",
            crate::format::euros(expenses)
        ));
    }
    if let Some(reserves) = &plan.reserves {
        text.push_str(&format!(
            "Réserves d'après les comptes, {} : {}{}\n",
            one_line(&reserves.convention),
            crate::format::euros(reserves.amount),
            if plan.take_reserves {
                " — reprises dans l'instantané".to_owned()
            } else {
                " — proposées (--reserves-from-accounts pour les reprendre ; sinon celles saisies restent)".to_owned()
            }
        ));
    }
    let problems = plan.problems();
    if !problems.is_empty() {
        text.push_str("\nÀ traiter avant l'import :\n");
        for p in problems {
            text.push_str(&format!("  • {}\n", one_line(&p)));
        }
    }
    text
}
