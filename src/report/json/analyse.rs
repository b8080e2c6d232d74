//! The `analyse --json` document: a stable schema for scripts (docs/analyse-json.md).
//!
//! Every object's fields are declared in alphabetical order: the document has always been
//! written with its keys sorted (it went through a `serde_json::Value`, whose map sorts them),
//! and scripts that compare outputs byte for byte must not see it move.

use serde::Serialize;

use crate::analysis::autodiagnostic::{
    FormatAdvice, NextLevel, RoundResult, Score as DomainScore, SectionResult,
};
use crate::analysis::{self, Analysis, GroupAmounts, reference};
use crate::model::Case;

/// Version of the JSON schema; raised on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
pub struct Document<'a> {
    autodiagnostic: Option<Autodiagnostic>,
    barycentre: Option<[f64; 2]>,
    classification: Classification<'a>,
    organisation: &'a str,
    qualifiers: Vec<Qualifier>,
    /// Only with `--reference`: absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    reference: Option<Reference<'a>>,
    schema_version: u32,
    shares: Option<Groups>,
    snapshot: &'a str,
    ternary: Option<Ternary>,
    totals: Totals,
    typology: Versioned<'a>,
    warnings: Vec<String>,
    weights: Vec<Weight<'a>>,
}

/// The typology that produced the figures: its data file's id and version.
#[derive(Serialize)]
struct Versioned<'a> {
    id: &'a str,
    version: u32,
}

#[derive(Serialize)]
struct Totals {
    alliances: f64,
    amounts: Groups,
    counted_monetary: f64,
    financial: f64,
    human: f64,
    information_only: f64,
    monetary_budget: f64,
    partners: usize,
    salaried_etp: f64,
    valued_budget: f64,
    valued_contributions: f64,
    valued_share: f64,
    volunteer_etp: f64,
    volunteer_hours: f64,
    volunteers: u32,
}

/// Amounts or shares by typology group.
#[derive(Serialize)]
#[allow(non_snake_case)] // the groups' own codes
struct Groups {
    C: f64,
    D: f64,
    M: f64,
    N: f64,
    O: f64,
    RAm: f64,
    RAp: f64,
    RAr: f64,
    S: f64,
}

#[derive(Serialize)]
struct Ternary {
    activity: f64,
    private: f64,
    subsidies: f64,
}

#[derive(Serialize)]
struct Weight<'a> {
    model: &'a str,
    weight: f64,
}

#[derive(Serialize)]
struct Classification<'a> {
    confidence: Option<&'static str>,
    explanation: Vec<String>,
    label: &'a str,
    model: Option<&'a str>,
    rule: &'static str,
    second_model: Option<&'a str>,
    title: &'a str,
}

#[derive(Serialize)]
struct Qualifier {
    detail: String,
    id: &'static str,
    label: &'static str,
}

#[derive(Serialize)]
struct Reference<'a> {
    id: &'a str,
    mixes: Vec<Mix<'a>>,
    source: &'a str,
    title: &'a str,
}

#[derive(Serialize)]
struct Mix<'a> {
    label: &'a str,
    /// Empty without monetary resources.
    readings: Vec<Reading>,
}

#[derive(Serialize)]
struct Reading {
    group: &'static str,
    median: f64,
    q1: Option<f64>,
    q3: Option<f64>,
    share: f64,
    standing: &'static str,
}

#[derive(Serialize)]
struct Autodiagnostic {
    date: String,
    formats: Vec<Format>,
    overall: Score,
    questionnaire: Questionnaire,
    sections: Vec<Section>,
}

/// The questionnaire a round was answered with.
#[derive(Serialize)]
struct Questionnaire {
    id: String,
    version: u32,
}

#[derive(Serialize)]
struct Format {
    format: String,
    sections: Vec<String>,
}

#[derive(Serialize)]
struct Section {
    name: String,
    score: Score,
    section: String,
    weighing: Vec<Weighing>,
}

#[derive(Serialize)]
struct Score {
    actifs: u32,
    answered: usize,
    dont_know: usize,
    full_max: u32,
    level: Option<&'static str>,
    max: u32,
    next: Option<Next>,
    pionniers: u32,
    points: u32,
    unanswered: usize,
}

#[derive(Serialize)]
struct Next {
    level: &'static str,
    missing: u32,
    threshold: u32,
}

#[derive(Serialize)]
struct Weighing {
    gain: u32,
    points: u32,
    question: String,
}

/// The document of `analysis` (a snapshot of `case`), with the case's latest round of the
/// autodiagnostic and, when one is given, where the case stands against `reference`.
pub fn document<'a>(
    case: &'a Case,
    analysis: &'a Analysis,
    reference: Option<&'a reference::Reference>,
) -> Document<'a> {
    let c = &analysis.classification;
    Document {
        autodiagnostic: super::super::autodiagnostic::latest(case, None)
            .map(|d| autodiagnostic(d.result)),
        barycentre: analysis.barycentre,
        classification: Classification {
            confidence: c.confidence.map(super::confidence),
            explanation: crate::text::reasons(c, crate::text::Lang::Fr),
            label: &c.label,
            model: c.model.as_deref(),
            rule: super::rule(c.rule),
            second_model: c.second_model.as_deref(),
            title: &c.title,
        },
        organisation: &case.organisation.name,
        qualifiers: analysis
            .qualifiers
            .iter()
            .map(|q| Qualifier {
                detail: crate::text::qualifier_detail(&q.detail, crate::text::Lang::Fr),
                id: q.id,
                label: q.label,
            })
            .collect(),
        reference: reference.map(|r| standing_against(r, analysis)),
        schema_version: SCHEMA_VERSION,
        shares: analysis.shares.as_ref().map(groups),
        snapshot: &analysis.snapshot,
        ternary: analysis.ternary.map(|t| Ternary {
            activity: t.activity,
            private: t.private,
            subsidies: t.subsidies,
        }),
        totals: totals(&analysis.totals),
        typology: Versioned {
            id: &analysis.typology.id,
            version: analysis.typology.version,
        },
        warnings: analysis
            .warnings
            .iter()
            .map(|w| crate::text::warning(w, crate::text::Lang::Fr))
            .collect(),
        weights: analysis
            .weights
            .iter()
            .map(|w| Weight {
                model: &w.model,
                weight: w.weight,
            })
            .collect(),
    }
}

fn totals(t: &analysis::Totals) -> Totals {
    Totals {
        alliances: t.alliances,
        amounts: groups(&t.amounts),
        counted_monetary: t.counted_monetary,
        financial: t.financial,
        human: t.human,
        information_only: t.information_only,
        monetary_budget: t.monetary_budget,
        partners: t.partners,
        salaried_etp: t.salaried_etp,
        valued_budget: t.valued_budget,
        valued_contributions: t.valued_contributions,
        valued_share: t.valued_share,
        volunteer_etp: t.volunteer_etp,
        volunteer_hours: t.volunteer_hours,
        volunteers: t.volunteers,
    }
}

fn groups(g: &GroupAmounts) -> Groups {
    Groups {
        C: g.c,
        D: g.d,
        M: g.m,
        N: g.n,
        O: g.o,
        RAm: g.ram,
        RAp: g.rap,
        RAr: g.rar,
        S: g.s,
    }
}

/// The case's shares against each mix of `r`; no reading without monetary resources.
fn standing_against<'a>(r: &'a reference::Reference, analysis: &Analysis) -> Reference<'a> {
    Reference {
        id: &r.id,
        mixes: r
            .mixes
            .iter()
            .map(|mix| Mix {
                label: &mix.label,
                readings: analysis.shares.as_ref().map_or(Vec::new(), |s| {
                    mix.read(s)
                        .into_iter()
                        .map(|reading| Reading {
                            group: reading.group.code(),
                            median: reading.median,
                            q1: reading.q1,
                            q3: reading.q3,
                            share: reading.share,
                            standing: super::standing(reading.standing),
                        })
                        .collect()
                }),
            })
            .collect(),
        source: &r.source,
        title: &r.title,
    }
}

fn autodiagnostic(r: RoundResult) -> Autodiagnostic {
    Autodiagnostic {
        date: r.date,
        formats: r.formats.into_iter().map(format).collect(),
        overall: score(r.overall),
        questionnaire: Questionnaire {
            id: r.questionnaire.id,
            version: r.questionnaire.version,
        },
        sections: r.sections.into_iter().map(section).collect(),
    }
}

fn format(f: FormatAdvice) -> Format {
    Format {
        format: f.format,
        sections: f.sections,
    }
}

fn section(s: SectionResult) -> Section {
    Section {
        name: s.name,
        score: score(s.score),
        section: s.section,
        weighing: s
            .weighing
            .into_iter()
            .map(|w| Weighing {
                gain: w.gain,
                points: w.points,
                question: w.question,
            })
            .collect(),
    }
}

fn score(s: DomainScore) -> Score {
    Score {
        actifs: s.actifs,
        answered: s.answered,
        dont_know: s.dont_know,
        full_max: s.full_max,
        level: s.level.map(super::level),
        max: s.max,
        next: s.next.map(|n: NextLevel| Next {
            level: super::level(n.level),
            missing: n.missing,
            threshold: n.threshold,
        }),
        pionniers: s.pionniers,
        points: s.points,
        unanswered: s.unanswered,
    }
}
