//! Headless commands of the command line; each returns the process exit code.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};

use super::{Usage, terminal};
use crate::analysis::{Analysis, Typology, analyse as analyse_snapshot};
use crate::format::{euros_whole, one_line, percent};
use crate::model::{Case, Lever, Snapshot};
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

/// `analyse FILE`: the French summary, or the JSON document.
pub fn analyse(
    file: &Path,
    (snapshot, reference): (Option<&str>, Option<&str>),
    json: bool,
    typology_path: Option<&Path>,
) -> Result<ExitCode> {
    let reference = match reference {
        Some(r) => Some(storage::find_reference(r)?),
        None => None,
    };
    let Some(case) = load_or_report(file) else {
        return Ok(ExitCode::FAILURE);
    };
    let typology = typology(typology_path)?;
    let snapshot = pick_snapshot(&case, snapshot)?;
    let analysis = analyse_snapshot(&case, snapshot, &typology);
    let mut out = terminal::stdout();
    if json {
        let mut doc = serde_json::to_value(crate::report::json::document(&case, &analysis))?;
        if let (Some(r), Some(object)) = (&reference, doc.as_object_mut()) {
            object.insert("reference".to_owned(), reference_json(r, &analysis)?);
        }
        out.json(&doc)?;
    } else {
        out.write_all(summary(&case, &analysis, &typology).as_bytes())?;
        if let Some(r) = &reference {
            out.write_all(reference_text(r, &analysis).as_bytes())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The case's shares against each mix of the reference, in words.
fn reference_text(r: &crate::analysis::reference::Reference, analysis: &Analysis) -> String {
    let mut text = format!(
        "\nRéférence : {}\n  Source : {}\n",
        one_line(&r.title),
        one_line(&r.source)
    );
    let Some(shares) = &analysis.shares else {
        text.push_str("  Pas de ressources monétaires : rien à comparer.\n");
        return text;
    };
    for mix in &r.mixes {
        text.push_str(&format!("  {}\n", one_line(&mix.label)));
        for reading in mix.read(shares) {
            let spread = match (reading.q1, reading.q3) {
                (Some(q1), Some(q3)) => format!(" (quartiles {} – {})", percent(q1), percent(q3)),
                _ => String::new(),
            };
            text.push_str(&format!(
                "    {:<32} {:>6}   référence {}{spread} : {}\n",
                reading.group.label(),
                percent(reading.share),
                percent(reading.median),
                reading.standing.label()
            ));
        }
    }
    text
}

fn reference_json(
    r: &crate::analysis::reference::Reference,
    analysis: &Analysis,
) -> Result<serde_json::Value> {
    let mixes: Vec<serde_json::Value> = r
        .mixes
        .iter()
        .map(|mix| {
            serde_json::json!({
                "label": mix.label,
                "readings": analysis.shares.as_ref().map_or(Vec::new(), |s| mix.read(s)),
            })
        })
        .collect();
    Ok(serde_json::json!({
        "id": r.id,
        "title": r.title,
        "source": r.source,
        "mixes": mixes,
    }))
}

/// The readable French summary of an analysis.
pub fn summary(case: &Case, analysis: &Analysis, typology: &Typology) -> String {
    let t = &analysis.totals;
    let c = &analysis.classification;
    let mut text = format!(
        "{} — {}\n\nPosition : {}{}\n",
        one_line(&case.organisation.name),
        one_line(&analysis.snapshot),
        one_line(&c.label),
        c.confidence.map_or(String::new(), |conf| format!(
            " (confiance {})",
            conf.label()
        ))
    );
    text.push_str("\nPourquoi :\n");
    for fact in &c.explanation {
        text.push_str(&format!("  • {}\n", one_line(fact)));
    }
    if !analysis.weights.is_empty() {
        text.push_str("\nProximité aux sept modèles :\n");
        for w in &analysis.weights {
            let name = typology.model(&w.model).map_or("", |m| m.name.as_str());
            text.push_str(&format!(
                "  {} {:<50} {}\n",
                one_line(&w.model),
                one_line(name),
                percent(w.weight)
            ));
        }
    }
    text.push_str("\nChiffres clés :\n");
    for figure in crate::analysis::key_figures(t) {
        text.push_str(&format!("  {:<36} {}\n", figure.label, figure.value));
    }
    text.push_str("\nPar levier (valorisé) :\n");
    for (lever, value) in [
        (Lever::RichessesHumaines, t.human),
        (Lever::RessourcesFinancieres, t.financial),
        (Lever::AlliancesStrategiques, t.alliances),
    ] {
        text.push_str(&format!("  {:<36} {}\n", lever.label(), euros_whole(value)));
    }
    if !analysis.qualifiers.is_empty() {
        text.push_str("\nQualificatifs :\n");
        for q in &analysis.qualifiers {
            text.push_str(&format!("  [{}] {}\n", q.label, one_line(&q.detail)));
        }
    }
    for w in &analysis.warnings {
        text.push_str(&format!("\nAttention : {}\n", one_line(w)));
    }
    if let Some(d) = crate::report::autodiagnostic::latest(case, None) {
        text.push_str(&format!(
            "\nAutodiagnostic du {} :\n",
            one_line(&d.round.date)
        ));
        for s in &d.result.sections {
            let line = crate::report::autodiagnostic::score_line(&s.name, &s.score);
            text.push_str(&format!("  {}\n", one_line(&line)));
        }
        let overall = crate::report::autodiagnostic::score_line("Ensemble", &d.result.overall);
        text.push_str(&format!("  {}\n", one_line(&overall)));
        for advice in &d.result.formats {
            let line = crate::report::autodiagnostic::format_line(d.questionnaire, advice);
            text.push_str(&format!("  • {}\n", one_line(&line)));
        }
    }
    text.push_str(&format!(
        "\n{}\n{}\n",
        one_line(&typology.caveat),
        one_line(&typology.source)
    ));
    text
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

/// Where `portfolio` writes, and how the report looks.
pub struct PortfolioOutputs {
    pub pdf: Option<PathBuf>,
    pub png: Option<PathBuf>,
    pub csv: Option<PathBuf>,
    pub xlsx: Option<PathBuf>,
    /// `--reference-out`: a reference made of the cases shown.
    pub reference: Option<PathBuf>,
    pub options: crate::report::portfolio::PortfolioOptions,
    /// Whether an output may replace an existing case file.
    pub force: bool,
}

/// `portfolio DIR`: the table on stdout, the unreadable files on stderr, and the chosen
/// exports; exit 1 if any file could not be read.
pub fn portfolio(
    dir: &Path,
    mut outputs: PortfolioOutputs,
    filter: crate::portfolio::Filter,
    typology_path: Option<&Path>,
) -> Result<ExitCode> {
    // The cases of the folder and the typology are read: no output may replace them, not even
    // with --force, and a reference written into the folder would be read as a case next time.
    let cases = storage::case_files(dir).unwrap_or_default();
    let read: Vec<&Path> = cases
        .iter()
        .map(PathBuf::as_path)
        .chain(typology_path)
        .collect();
    for output in [
        &outputs.pdf,
        &outputs.png,
        &outputs.csv,
        &outputs.xlsx,
        &outputs.reference,
    ]
    .into_iter()
    .flatten()
    {
        storage::check_output(output, &read, outputs.force).map_err(|e| Usage(e.to_string()))?;
    }
    if let Some(reference) = &outputs.reference {
        storage::check_outside(reference, dir).map_err(|e| Usage(e.to_string()))?;
    }
    let typology = typology(typology_path)?;
    let portfolio = crate::portfolio::Portfolio::load(dir, &typology)?;
    let anonymised = outputs.options.anonymised;
    let rows = portfolio.rows(
        &filter,
        crate::portfolio::Sort::default().applied(anonymised),
    );
    outputs.options.filters = filter.describe();
    let mut out = terminal::stdout();
    for e in rows.iter().filter_map(|&i| portfolio.entries.get(i)) {
        writeln!(
            out,
            "{:>3}  {:<40} {:<14} {:>16}  {}{}",
            e.number,
            one_line(&e.display_name(anonymised))
                .chars()
                .take(40)
                .collect::<String>(),
            one_line(&e.snapshot),
            euros_whole(e.monetary_budget),
            one_line(&e.position),
            e.confidence
                .map_or(String::new(), |c| format!(" (confiance {})", c.label()))
        )?;
    }
    writeln!(
        out,
        "\n{} dossier(s) affiché(s) sur {} ; {} fichier(s) non chargé(s).",
        rows.len(),
        portfolio.entries.len(),
        portfolio.failures.len()
    )?;
    for failure in &portfolio.failures {
        terminal::error(&one_line(&failure.error.to_string()));
    }
    if outputs.pdf.is_some() || outputs.png.is_some() {
        let doc = crate::report::portfolio::portfolio_layout(
            &portfolio,
            &rows,
            &typology,
            &outputs.options,
        );
        for (path, format) in [
            (&outputs.pdf, crate::report::Format::Pdf),
            (&outputs.png, crate::report::Format::Png),
        ] {
            if let Some(path) = path {
                crate::report::write(&doc, format, path)
                    .map_err(|e| anyhow::anyhow!("export vers « {} » : {e}", path.display()))?;
                writeln!(out, "{} : écrit", one_line(&path.display().to_string()))?;
            }
        }
    }
    if let Some(path) = &outputs.csv {
        let bytes =
            crate::portfolio::csv(&portfolio, &rows, anonymised).map_err(anyhow::Error::msg)?;
        storage::write_atomic(path, &bytes, false)?;
        writeln!(out, "{} : écrit", one_line(&path.display().to_string()))?;
    }
    if let Some(path) = &outputs.xlsx {
        let bytes = crate::report::workbook::portfolio_workbook(&portfolio, &rows, anonymised)
            .map_err(anyhow::Error::msg)?;
        storage::write_atomic(path, &bytes, false)?;
        writeln!(out, "{} : écrit", one_line(&path.display().to_string()))?;
    }
    if let Some(path) = &outputs.reference {
        let reference = crate::portfolio::reference(&portfolio, &rows, &outputs.options.filters)
            .map_err(|e| Usage(format!("--reference-out : {e}")))?;
        storage::write_atomic(
            path,
            crate::analysis::reference::to_text(&reference)
                .map_err(anyhow::Error::msg)?
                .as_bytes(),
            false,
        )?;
        writeln!(
            out,
            "{} : référence écrite ({} dossiers)",
            one_line(&path.display().to_string()),
            rows.len()
        )?;
    }
    Ok(if portfolio.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
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
        out.json(&comparison)?;
    } else {
        out.write_all(crate::compare::summary(&comparison).as_bytes())?;
    }
    Ok(ExitCode::SUCCESS)
}

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
    let mut plan = crate::import::Plan::new(&balance, &mapping, &case.account_rules);
    plan.take_reserves = options.reserves_from_accounts;
    let mut out = terminal::stdout();
    if options.accept_proposals {
        let accepted = plan.accept_proposals();
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
    out.write_all(import_review(&balance, &plan).as_bytes())?;
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
    match crate::import::apply(&mut case, (&options.snapshot, year), &plan, options.replace) {
        Ok(count) => {
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
