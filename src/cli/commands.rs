//! Headless commands of the command line; each returns the process exit code.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};

use super::{Usage, terminal};
use crate::analysis::Typology;
use crate::format::one_line;
use crate::model::{Case, Snapshot};
use crate::storage;

/// `check FILE…`: one summary line per valid file on stdout, one French error per invalid file
/// on stderr; exit 1 if any is invalid.
pub fn check(files: &[PathBuf]) -> Result<ExitCode> {
    let mut all_valid = true;
    let mut out = terminal::stdout();
    for file in files {
        match storage::load(file) {
            Ok(case) => {
                let lines: usize = case.snapshots.iter().map(|s| s.lines.len()).sum();
                writeln!(
                    out,
                    "{} : {} — {} instantané(s), {} ligne(s)",
                    one_line(&file.display().to_string()),
                    one_line(&case.organisation.name),
                    case.snapshots.len(),
                    lines
                )?;
            }
            Err(err) => {
                all_valid = false;
                terminal::error(&one_line(&err.to_string()));
            }
        }
    }
    Ok(if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// The case in `file`, or `None` after printing why it cannot be read.
pub(super) fn load_or_report(file: &Path) -> Option<Case> {
    storage::load(file)
        .map_err(|err| terminal::error(&one_line(&err.to_string())))
        .ok()
}

/// Loads the typology given on the command line, or the built-in one.
pub fn typology(path: Option<&Path>) -> Result<Typology> {
    match path {
        Some(path) => Ok(storage::load_typology(path)?),
        None => Ok(Typology::builtin().clone()),
    }
}

/// The snapshot named `label`, or by default the last « réalisé » one, else the last one.
pub fn pick_snapshot<'a>(case: &'a Case, label: Option<&str>) -> Result<&'a Snapshot> {
    match label {
        Some(label) => case.snapshot(label).ok_or_else(|| {
            let names: Vec<_> = case.snapshots.iter().map(|s| s.label.as_str()).collect();
            Usage(format!(
                "aucun instantané « {label} » ; instantanés du dossier : {}",
                names.join(", ")
            ))
            .into()
        }),
        None => case
            .default_snapshot()
            .context("le dossier ne contient aucun instantané"),
    }
}

/// `export FILE --pdf OUT --png OUT [--slide] --xlsx OUT`: the report of one snapshot (or its
/// 16:9 slide) and the case's workbook, with no display needed.
pub fn export(
    file: &Path,
    snapshot: Option<&str>,
    ([pdf, png, xlsx], slide): ([Option<&Path>; 3], bool),
    options: crate::report::Options,
    (typology_path, force): (Option<&Path>, bool),
    reference_path: Option<&Path>,
) -> Result<ExitCode> {
    // Every file the command reads: none of them may be replaced by an output.
    let read: Vec<&Path> = [Some(file), typology_path, reference_path]
        .into_iter()
        .flatten()
        .collect();
    for output in [pdf, png, xlsx].into_iter().flatten() {
        storage::check_output(output, &read, force).map_err(|e| Usage(e.to_string()))?;
    }
    if pdf.is_none() && png.is_none() && xlsx.is_none() {
        return Err(Usage(
            "rien à exporter : indiquez --pdf FICHIER.pdf, --png FICHIER.png et/ou --xlsx FICHIER.xlsx"
                .to_owned(),
        )
        .into());
    }
    let Some(case) = load_or_report(file) else {
        return Ok(ExitCode::FAILURE);
    };
    let typology = typology(typology_path)?;
    let label = pick_snapshot(&case, snapshot)?.label.clone();
    for (path, format) in [
        (pdf, crate::report::Format::Pdf),
        (
            png,
            if slide {
                crate::report::Format::Slide
            } else {
                crate::report::Format::Png
            },
        ),
        (xlsx, crate::report::Format::Xlsx),
    ] {
        let Some(path) = path else { continue };
        let name = format.extension().to_uppercase();
        crate::report::export(&case, &label, &typology, (format, options.clone()), path)
            .map_err(|e| anyhow::anyhow!("export {name} vers « {} » : {e}", path.display()))?;
        writeln!(
            terminal::stdout(),
            "{} : {name} écrit ({})",
            one_line(&path.display().to_string()),
            one_line(&label)
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `anonymise FILE --out OUT`: a copy with neutral names for peer review; FILE is untouched.
pub fn anonymise(file: &Path, out: &Path, force: bool) -> Result<ExitCode> {
    storage::check_output(out, &[file], force).map_err(|e| Usage(e.to_string()))?;
    let Some(case) = load_or_report(file) else {
        return Ok(ExitCode::FAILURE);
    };
    storage::save(&crate::model::anonymise(&case), out)?;
    writeln!(
        terminal::stdout(),
        "{} : copie anonymisée écrite",
        one_line(&out.display().to_string())
    )?;
    Ok(ExitCode::SUCCESS)
}

/// `diff A B`: what changed from A to B, as a French summary or JSON.
pub fn diff(
    before: &Path,
    after: &Path,
    json: bool,
    typology_path: Option<&Path>,
) -> Result<ExitCode> {
    let (Some(a), Some(b)) = (load_or_report(before), load_or_report(after)) else {
        return Ok(ExitCode::FAILURE);
    };
    let typology = typology(typology_path)?;
    let name = |p: &Path| p.display().to_string();
    let comparison = crate::compare::compare(&a, &b, (&name(before), &name(after)), &typology);
    let mut out = terminal::stdout();
    if json {
        out.json(&crate::report::json::diff::document(&comparison))?;
    } else {
        out.write_all(crate::compare::summary(&comparison).as_bytes())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `rewrite FILE…`: loads each file (migrating it) and saves it in the current format.
pub fn rewrite(files: &[PathBuf]) -> Result<ExitCode> {
    let mut all_done = true;
    for file in files {
        // The whole read-modify-write under the case's lock: a second writer waits.
        let saved = storage::lock_case(file, storage::LOCK_WAIT)
            .map_err(anyhow::Error::from)
            .and_then(|_lock| {
                let case = storage::load(file)?;
                Ok(storage::save(&case, file)?)
            });
        match saved {
            Ok(()) => writeln!(
                terminal::stdout(),
                "{} : réécrit au format courant",
                one_line(&file.display().to_string())
            )?,
            Err(err) => {
                all_done = false;
                terminal::error(&one_line(&err.to_string()));
            }
        }
    }
    Ok(if all_done {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
