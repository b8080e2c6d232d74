//! The `simulate --json` document (docs/simulate-json.md): a scenario's changes on a snapshot,
//! the stress tests, and what it takes to reach a model — worked out here once, printed as JSON
//! or read by the command line's words.

use serde::Serialize;

use crate::analysis::reach::{self, UnknownModel};
use crate::analysis::scenario::{ScenarioError, new_qualifiers, outcome, stress_outcomes};
use crate::analysis::{Analysis, Typology, analyse};
use crate::model::{Case, Change, Snapshot};

/// Version of the JSON schema; raised on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
pub struct Document {
    pub schema_version: u32,
    pub organisation: String,
    pub snapshot: String,
    pub scenario: Option<Scenario>,
    pub stress: Vec<Stress>,
    pub reach: Option<Reach>,
}

/// A snapshot's standing, before or after a change.
#[derive(Serialize)]
pub struct State {
    pub budget_monetaire: f64,
    pub position: String,
    pub title: String,
    /// The title and the confidence, as the window's badge says them.
    pub headline: String,
    pub model: Option<String>,
    pub second_model: Option<String>,
    pub confidence: Option<&'static str>,
    pub reserve_months: Option<f64>,
    pub qualifiers: Vec<&'static str>,
}

#[derive(Serialize)]
pub struct Scenario {
    pub changes: Vec<String>,
    pub notices: Vec<String>,
    pub before: State,
    pub after: State,
    pub budget_change: f64,
    pub new_qualifiers: Vec<String>,
}

#[derive(Serialize)]
pub struct Stress {
    pub name: String,
    pub budget_lost: f64,
    /// Months of expenses taken from the reserves, never more than they hold.
    pub reserve_months_eaten: Option<f64>,
    /// Whether the loss is larger than the reserves.
    pub reserves_exhausted: bool,
    /// What the reserves cannot cover.
    pub reserves_missing: f64,
    /// The two above in words, as the window and the PDF say them.
    pub reserves_said: Option<String>,
    pub after: State,
    pub new_qualifiers: Vec<String>,
}

#[derive(Serialize)]
pub struct Reach {
    pub model: String,
    pub strong: bool,
    pub already: bool,
    pub sentence: String,
    pub ways: Vec<Way>,
    pub unreachable: Option<String>,
}

#[derive(Serialize)]
pub struct Way {
    pub group: &'static str,
    pub euros: f64,
    pub position_after: String,
}

/// What is asked besides the changes: the stress tests, and a model to reach (with whether in
/// « forte » confidence).
pub struct Asked<'a> {
    pub stress: bool,
    pub reach: Option<(&'a str, bool)>,
}

/// A change or a model that cannot be worked out; its `Display` is the text floor's French.
#[derive(Debug, thiserror::Error)]
pub enum SimulateError {
    #[error(transparent)]
    Scenario(#[from] ScenarioError),
    #[error(transparent)]
    Reach(#[from] UnknownModel),
}

/// The document of `changes` on `base`, and of what else is `asked`; the error says a change or
/// a model that cannot be worked out.
pub fn document(
    case: &Case,
    base: &Snapshot,
    (changes, asked): (&[Change], &Asked<'_>),
    typology: &Typology,
) -> Result<Document, SimulateError> {
    let before = analyse(case, base, typology);
    let scenario = if changes.is_empty() {
        None
    } else {
        let o = outcome(case, base, changes, typology)?;
        Some(Scenario {
            changes: changes
                .iter()
                .map(|c| crate::text::change_words(c, base, crate::text::Lang::Fr))
                .collect(),
            notices: o
                .applied
                .notices
                .iter()
                .map(|n| crate::text::notice(n, crate::text::Lang::Fr))
                .collect(),
            before: state(&before, base),
            after: state(&o.analysis, &o.applied.snapshot),
            budget_change: o.budget_change,
            new_qualifiers: new_qualifiers(&before, &o.analysis)
                .into_iter()
                .map(str::to_owned)
                .collect(),
        })
    };
    let mut stress = Vec::new();
    if asked.stress {
        for (test, o) in stress_outcomes(case, base, typology) {
            stress.push(Stress {
                name: crate::text::stress_name(&test, crate::text::Lang::Fr),
                budget_lost: o.lost(),
                reserve_months_eaten: o.drawn(base).map(|d| d.months),
                reserves_exhausted: o.drawn(base).is_some_and(|d| d.exhausted),
                reserves_missing: o.drawn(base).map_or(0.0, |d| d.missing),
                reserves_said: o
                    .drawn(base)
                    .map(|d| crate::text::drawn_words(&d, crate::text::Lang::Fr)),
                after: state(&o.analysis, &o.applied.snapshot),
                new_qualifiers: new_qualifiers(&before, &o.analysis)
                    .into_iter()
                    .map(str::to_owned)
                    .collect(),
            });
        }
    }
    let reach = match asked.reach {
        Some(model) => Some(reach_of(
            &reach::for_analysis(&before, typology, model)?,
            typology,
        )),
        None => None,
    };
    Ok(Document {
        schema_version: SCHEMA_VERSION,
        organisation: case.organisation.name.clone(),
        snapshot: base.label.clone(),
        scenario,
        stress,
        reach,
    })
}

fn state(a: &Analysis, snapshot: &Snapshot) -> State {
    let c = &a.classification;
    State {
        budget_monetaire: a.totals.monetary_budget,
        position: c.label.clone(),
        title: c.title.clone(),
        headline: crate::text::headline(c, crate::text::Lang::Fr),
        model: c.model.clone(),
        second_model: c.second_model.clone(),
        confidence: c.confidence.map(super::confidence),
        reserve_months: snapshot.reserve_months(),
        qualifiers: a.qualifiers.iter().map(|q| q.id).collect(),
    }
}

fn reach_of(reach: &reach::Reach, typology: &Typology) -> Reach {
    Reach {
        model: reach.model.clone(),
        strong: reach.strong,
        already: reach.already,
        sentence: crate::text::reach_sentence(reach, typology, crate::text::Lang::Fr),
        ways: reach
            .ways
            .iter()
            .map(|w| Way {
                group: w.group.code(),
                euros: w.euros,
                position_after: w.after.label.clone(),
            })
            .collect(),
        unreachable: reach
            .unreachable
            .as_ref()
            .map(|u| crate::text::unreachable(u, crate::text::Lang::Fr)),
    }
}
