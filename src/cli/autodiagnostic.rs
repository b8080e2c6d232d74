//! `autodiagnostic`: the questionnaire as a blank workbook the association fills before the
//! session (`--blank OUT.xlsx`) or a PDF it prints and fills by hand (`--blank OUT.pdf`), and that workbook read back into a case as a new round
//! (`CASE --fill FILLED.xlsx`).

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use super::commands::load_or_report;
use super::{Usage, terminal};
use crate::analysis::autodiagnostic::{Questionnaire, score};
use crate::format::one_line;
use crate::model::DiagnosticRound;
use crate::report::autodiagnostic::{format_line, score_line};
use crate::storage;
use crate::text::Lang;

/// What `autodiagnostic` is asked.
pub struct Request<'a> {
    pub case: Option<&'a Path>,
    pub blank: Option<&'a Path>,
    pub fill: Option<&'a Path>,
    pub date: Option<&'a str>,
    pub questionnaire: Option<&'a Path>,
    pub force: bool,
}

/// The largest workbook read: far more than 200 questions need.
const MAX_WORKBOOK_BYTES: u64 = 16 * 1024 * 1024;

pub fn autodiagnostic(request: Request<'_>) -> Result<ExitCode> {
    let Request {
        case,
        blank,
        fill,
        date,
        questionnaire,
        force,
    } = request;
    if blank.is_none() && fill.is_none() {
        return Err(Usage(
            "rien à faire : indiquez --blank OUT.xlsx (ou OUT.pdf), ou DOSSIER.ron --fill REMPLI.xlsx"
                .to_owned(),
        )
        .into());
    }
    let questionnaire = match questionnaire {
        Some(path) => crate::storage::load_questionnaire(path)?,
        None => Questionnaire::builtin().clone(),
    };
    let mut out = terminal::stdout();
    if let Some(blank) = blank {
        let read: Vec<&Path> = [case, fill, request.questionnaire]
            .into_iter()
            .flatten()
            .collect();
        storage::check_output(blank, &read, force).map_err(|e| Usage(e.to_string()))?;
        let extension = blank
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_lowercase);
        match extension.as_deref() {
            Some("pdf") => crate::report::write(
                &crate::report::blank_questionnaire::blank_document(&questionnaire),
                crate::report::Format::Pdf,
                blank,
            )?,
            Some("xlsx") => {
                let bytes = crate::report::answer_sheet::blank(&questionnaire)?;
                storage::write_atomic(blank, &bytes, false)?;
            }
            _ => {
                return Err(Usage(format!(
                    "{} : --blank écrit un classeur (.xlsx) à remplir à l'écran ou un PDF (.pdf) à imprimer ; donnez un nom qui finit par l'un ou l'autre",
                    one_line(&blank.display().to_string())
                ))
                .into());
            }
        }
        writeln!(
            out,
            "{} : questionnaire vierge écrit ({} questions)",
            one_line(&blank.display().to_string()),
            questionnaire.questions().count()
        )?;
    }
    let Some(fill) = fill else {
        return Ok(ExitCode::SUCCESS);
    };
    let Some(case_path) = case else {
        return Err(Usage("--fill demande le dossier (.ron) à compléter".to_owned()).into());
    };
    let bytes = storage::read_bytes(fill, MAX_WORKBOOK_BYTES)?;
    let answers = crate::import::answer_sheet::read_answers(
        &bytes,
        &fill.display().to_string(),
        &questionnaire,
    )?;
    // Held until the case is written: another writer waits, none is lost.
    let _lock = storage::lock_case(case_path, storage::LOCK_WAIT)?;
    let Some(mut case) = load_or_report(case_path) else {
        return Ok(ExitCode::FAILURE);
    };
    let round = DiagnosticRound {
        date: date.map_or_else(storage::today, str::to_owned),
        questionnaire: questionnaire.reference(),
        answers,
    };
    let result = score(&questionnaire, &round);
    if case.diagnostics.len() >= crate::model::limits::MAX_ROUNDS {
        anyhow::bail!(
            "{} a déjà {} tours d'autodiagnostic, le plus qu'un dossier garde : supprimez-en un dans la fenêtre (Autodiagnostic) puis recommencez",
            case_path.display(),
            case.diagnostics.len()
        );
    }
    case.diagnostics.push(round);
    storage::save(&case, case_path)?;
    writeln!(
        out,
        "{} : autodiagnostic du {} ajouté ({} réponses)",
        one_line(&case_path.display().to_string()),
        one_line(&result.date),
        result.overall.answered + result.overall.dont_know
    )?;
    for s in &result.sections {
        writeln!(
            out,
            "  {}",
            one_line(&score_line(&s.name, &s.score, Lang::Fr))
        )?;
    }
    writeln!(
        out,
        "  {}",
        one_line(&score_line("Ensemble", &result.overall, Lang::Fr))
    )?;
    for advice in &result.formats {
        writeln!(
            out,
            "  • {}",
            one_line(&format_line(&questionnaire, advice, Lang::Fr))
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
