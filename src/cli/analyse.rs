//! `analyse FILE [--json]`: the position of a snapshot said in the terminal (the summary the
//! window's strip and the report tell), or as the stable JSON document; with a reference, where
//! the case stands against it.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use super::terminal;
use crate::analysis::{Analysis, Typology, analyse as analyse_snapshot};
use crate::format::{euros_whole, one_line, percent};
use crate::model::{Case, Lever};
use crate::storage;

use super::commands::{load_or_report, pick_snapshot, typology};

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
        out.json(&crate::report::json::analyse::document(
            &case,
            &analysis,
            reference.as_ref(),
        ))?;
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
            crate::text::confidence(conf, crate::text::Lang::Fr)
        ))
    );
    text.push_str("\nPourquoi :\n");
    for fact in crate::text::reasons(c, crate::text::Lang::Fr) {
        text.push_str(&format!("  • {}\n", one_line(&fact)));
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
            text.push_str(&format!(
                "  [{}] {}\n",
                q.label,
                one_line(&crate::text::qualifier_detail(
                    &q.detail,
                    crate::text::Lang::Fr
                ))
            ));
        }
    }
    for w in &analysis.warnings {
        let w = crate::text::warning(w, crate::text::Lang::Fr);
        text.push_str(&format!("\nAttention : {}\n", one_line(&w)));
    }
    if let Some(d) = crate::report::autodiagnostic::latest(case, None) {
        text.push_str(&format!(
            "\nAutodiagnostic du {} :\n",
            one_line(&d.round.date)
        ));
        for s in &d.result.sections {
            let line =
                crate::report::autodiagnostic::score_line(&s.name, &s.score, crate::text::Lang::Fr);
            text.push_str(&format!("  {}\n", one_line(&line)));
        }
        let overall = crate::report::autodiagnostic::score_line(
            "Ensemble",
            &d.result.overall,
            crate::text::Lang::Fr,
        );
        text.push_str(&format!("  {}\n", one_line(&overall)));
        for advice in &d.result.formats {
            let line = crate::report::autodiagnostic::format_line(
                d.questionnaire,
                advice,
                crate::text::Lang::Fr,
            );
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
