//! References (« se situer dans son écosystème »): the resource mix of a population of
//! associations, as data — a figure published by a cited source, or the median and quartiles of
//! a network's own cases (made from a portfolio, with no names). A case is read against one:
//! its share of each group against the reference's median and quartiles.

use serde::{Deserialize, Serialize};

use super::GroupAmounts;
use crate::model::Group;

/// The reference file format this build writes and reads.
pub const REFERENCE_VERSION: u32 = 1;

/// A group's share in the population: the median (or the published figure) and, where known,
/// the quartiles.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupFigure {
    pub group: Group,
    pub median: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q1: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q3: Option<f64>,
}

/// One mix of the reference (« ensemble des associations », a sector, a budget band); the groups
/// the source does not give are absent: unknown, never filled in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferenceMix {
    pub label: String,
    /// How many organisations the mix describes, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population: Option<u32>,
    pub groups: Vec<GroupFigure>,
    /// Where the figures are in the source (page, table), when it differs by mix.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub citation: String,
    /// Quartiles of the three poles of the ternary map (subventions publiques, ressources
    /// privées, revenus d'activité), each `[q1, median, q3]`: a network's cases give them, a
    /// published figure does not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub poles: Option<[[f64; 3]; 3]>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub format_version: u32,
    pub id: String,
    pub title: String,
    /// The source: title, author, year, page or table; for a portfolio, which cases.
    pub source: String,
    pub year: i32,
    pub mixes: Vec<ReferenceMix>,
}

/// The references shipped with the app (`assets/references/`), each from a cited source.
pub fn builtin() -> &'static [Reference] {
    static BUILTIN: std::sync::OnceLock<Vec<Reference>> = std::sync::OnceLock::new();
    BUILTIN.get_or_init(|| {
        [(
            "paysage-associatif-2019.ron",
            include_str!("../../assets/references/paysage-associatif-2019.ron"),
        )]
        .iter()
        .filter_map(|(name, text)| Reference::parse(text, name).ok())
        .collect()
    })
}

/// The shipped reference of id `id`, if any (a file is read by `storage::find_reference`).
pub fn shipped(id: &str) -> Option<&'static Reference> {
    builtin().iter().find(|r| r.id == id)
}

/// Where a case's share stands against a reference's group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    AuDessus,
    DansLaMoyenne,
    EnDessous,
}

impl Standing {
    pub fn label(self) -> &'static str {
        match self {
            Standing::AuDessus => "au-dessus",
            Standing::DansLaMoyenne => "dans la moyenne",
            Standing::EnDessous => "en dessous",
        }
    }
}

/// Without quartiles (a single published figure), within this many points of it is « dans la
/// moyenne ».
pub const SPREAD_WITHOUT_QUARTILES: f64 = 0.05;

/// One line of the reading: the case's share of a group against the reference.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub group: Group,
    pub share: f64,
    pub median: f64,
    pub q1: Option<f64>,
    pub q3: Option<f64>,
    pub standing: Standing,
}

impl GroupFigure {
    pub fn standing(&self, share: f64) -> Standing {
        let (low, high) = match (self.q1, self.q3) {
            (Some(q1), Some(q3)) => (q1, q3),
            _ => (
                self.median - SPREAD_WITHOUT_QUARTILES,
                self.median + SPREAD_WITHOUT_QUARTILES,
            ),
        };
        if share > high + 1e-9 {
            Standing::AuDessus
        } else if share < low - 1e-9 {
            Standing::EnDessous
        } else {
            Standing::DansLaMoyenne
        }
    }
}

impl ReferenceMix {
    /// The case's shares (of T, by typology group) read against this mix, group by group.
    pub fn read(&self, shares: &GroupAmounts) -> Vec<Reading> {
        self.groups
            .iter()
            .map(|g| {
                let share = shares.get(g.group);
                Reading {
                    group: g.group,
                    share,
                    median: g.median,
                    q1: g.q1,
                    q3: g.q3,
                    standing: g.standing(share),
                }
            })
            .collect()
    }

    /// The medians' point on the ternary map, when the mix gives every group (a source that
    /// leaves groups unknown cannot be placed).
    pub fn ternary(&self) -> Option<super::Ternary> {
        // The poles' own medians when the mix has them: the centre of its area.
        if let Some([[_, s, _], [_, p, _], [_, a, _]]) = self.poles {
            let sum = s + p + a;
            return (sum > 0.0).then(|| super::Ternary {
                subsidies: s / sum,
                private: p / sum,
                activity: a / sum,
            });
        }
        let mut amounts = GroupAmounts::default();
        for group in Group::COUNTED {
            amounts.add(group, self.figure(group)?.median);
        }
        super::Ternary::from_mix(&amounts.rule_mix())
    }

    /// The interquartile area of the poles on the ternary map, as a polygon in map units: the
    /// mixes whose three poles all lie between their quartiles.
    pub fn area(&self) -> Option<Vec<[f64; 2]>> {
        let [[s1, _, s3], [p1, _, p3], [a1, _, a3]] = self.poles?;
        let inside = |[s, p, a]: [f64; 3]| {
            [(s, s1, s3), (p, p1, p3), (a, a1, a3)]
                .iter()
                .all(|(v, low, high)| *v >= low - 1e-9 && *v <= high + 1e-9)
        };
        // The corners: two poles at one of their quartiles, the third what is left.
        let mut corners = Vec::new();
        for (xs, ys, place) in [
            ([s1, s3], [p1, p3], 0),
            ([s1, s3], [a1, a3], 1),
            ([p1, p3], [a1, a3], 2),
        ] {
            for x in xs {
                for y in ys {
                    let rest = 1.0 - x - y;
                    let v = match place {
                        0 => [x, y, rest],
                        1 => [x, rest, y],
                        _ => [rest, x, y],
                    };
                    if inside(v) {
                        let [subsidies, private, activity] = v;
                        corners.push(
                            super::Ternary {
                                subsidies,
                                private,
                                activity,
                            }
                            .to_xy(),
                        );
                    }
                }
            }
        }
        if corners.len() < 3 {
            return None;
        }
        let n = corners.len() as f64;
        let centre = corners
            .iter()
            .fold([0.0, 0.0], |c, p| [c[0] + p[0] / n, c[1] + p[1] / n]);
        corners.sort_by(|a, b| {
            let angle = |p: &[f64; 2]| (p[1] - centre[1]).atan2(p[0] - centre[0]);
            angle(a).total_cmp(&angle(b))
        });
        corners.dedup_by(|a, b| (a[0] - b[0]).hypot(a[1] - b[1]) < 1e-9);
        Some(corners)
    }

    pub fn figure(&self, group: Group) -> Option<&GroupFigure> {
        self.groups.iter().find(|g| g.group == group)
    }
}

/// Why a reference file cannot be used: the file, and what is wrong with it. Worded by the text
/// floor (`text::reference_refusal`); its French is its `Display`.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub struct ReferenceError {
    pub path: String,
    pub problem: ReferenceProblem,
}

/// What is wrong with a reference, as facts.
#[derive(Debug, Clone, PartialEq)]
pub enum ReferenceProblem {
    /// Not RON as a reference is written; `message` is the model's wording of the RON error.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// Written by a newer atelier, in format `found`; this one reads `read`.
    Newer { found: u32, read: u32 },
    /// A format this atelier does not know.
    Format { found: u32, expected: u32 },
    /// A text longer than `max` characters.
    TextTooLong { max: usize },
    /// `count` mixes, more than `most`.
    TooManyMixes { count: usize, most: usize },
    /// No source cited.
    NoSource,
    /// No mix.
    NoMix,
    /// A mix, by its label, and what is wrong with it.
    Mix { label: String, fault: MixFault },
}

/// What is wrong with one mix of a reference.
#[derive(Debug, Clone, PartialEq)]
pub enum MixFault {
    GroupTwice(Group),
    /// A group's share or quartile is not a fraction between 0 and 1.
    GroupNotFraction(Group),
    /// A group's quartiles do not frame its median.
    GroupQuartiles(Group),
    /// A pole's quartiles (the pole by its French name, the domain's) are not fractions.
    PoleNotFraction(&'static str),
    /// A pole's quartiles do not frame its median.
    PoleQuartiles(&'static str),
    /// Every group known, the shares make `percent` % instead of about 100 %.
    SharesSum {
        percent: f64,
    },
    /// The known shares already make `percent` %, more than 100 %.
    KnownSharesOver {
        percent: f64,
    },
}

/// Mixes a reference holds at most.
const MAX_MIXES: usize = 100;

impl Reference {
    pub fn parse(text: &str, name: &str) -> Result<Reference, ReferenceError> {
        let error = |problem: ReferenceProblem| ReferenceError {
            path: name.to_owned(),
            problem,
        };
        #[derive(Deserialize)]
        struct Probe {
            #[serde(default)]
            format_version: u32,
        }
        let options = ron::Options::default().with_recursion_limit(16);
        let syntax = |e: ron::error::SpannedError| {
            error(ReferenceProblem::Syntax {
                line: e.span.start.line,
                column: e.span.start.col,
                message: crate::model::ron_message(&e.code),
            })
        };
        // A newer file is said so, before its fields are refused one by one.
        if let Ok(probe) = options.from_str::<Probe>(text)
            && probe.format_version > REFERENCE_VERSION
        {
            return Err(error(ReferenceProblem::Newer {
                found: probe.format_version,
                read: REFERENCE_VERSION,
            }));
        }
        let reference: Reference = options.from_str(text).map_err(syntax)?;
        reference.problem().map_or(Ok(reference), |p| Err(error(p)))
    }

    /// The first inconsistency, or `None`: shares are fractions, quartiles frame the median, a
    /// mix whose groups are all known sums to about 1, a partly known one to at most 1.
    pub fn problem(&self) -> Option<ReferenceProblem> {
        if self.format_version != REFERENCE_VERSION {
            return Some(ReferenceProblem::Format {
                found: self.format_version,
                expected: REFERENCE_VERSION,
            });
        }
        let max = crate::model::limits::MAX_TEXT_CHARS;
        let texts = [&self.id, &self.title, &self.source]
            .into_iter()
            .chain(self.mixes.iter().flat_map(|m| [&m.label, &m.citation]));
        if texts.into_iter().any(|t| t.chars().count() > max) {
            return Some(ReferenceProblem::TextTooLong { max });
        }
        if self.mixes.len() > MAX_MIXES {
            return Some(ReferenceProblem::TooManyMixes {
                count: self.mixes.len(),
                most: MAX_MIXES,
            });
        }
        if self.source.trim().is_empty() {
            return Some(ReferenceProblem::NoSource);
        }
        if self.mixes.is_empty() {
            return Some(ReferenceProblem::NoMix);
        }
        for mix in &self.mixes {
            let at = |fault: MixFault| ReferenceProblem::Mix {
                label: mix.label.clone(),
                fault,
            };
            let mut seen = Vec::new();
            for g in &mix.groups {
                if seen.contains(&g.group) {
                    return Some(at(MixFault::GroupTwice(g.group)));
                }
                seen.push(g.group);
                let values = [Some(g.median), g.q1, g.q3];
                if values
                    .iter()
                    .flatten()
                    .any(|v| !v.is_finite() || !(0.0..=1.0).contains(v))
                {
                    return Some(at(MixFault::GroupNotFraction(g.group)));
                }
                if let (Some(q1), Some(q3)) = (g.q1, g.q3)
                    && !(q1 <= g.median && g.median <= q3)
                {
                    return Some(at(MixFault::GroupQuartiles(g.group)));
                }
            }
            let poles = mix.poles.iter().flat_map(|p| {
                [
                    "subventions publiques",
                    "ressources privées",
                    "revenus d'activité",
                ]
                .into_iter()
                .zip(p)
            });
            for (pole, &[q1, median, q3]) in poles {
                if [q1, median, q3]
                    .iter()
                    .any(|v| !v.is_finite() || !(0.0..=1.0).contains(v))
                {
                    return Some(at(MixFault::PoleNotFraction(pole)));
                }
                if !(q1 <= median && median <= q3) {
                    return Some(at(MixFault::PoleQuartiles(pole)));
                }
            }
            let sum: f64 = mix.groups.iter().map(|g| g.median).sum();
            let complete = Group::COUNTED.iter().all(|g| seen.contains(g));
            // Medians of a network's cases need not sum to 1; published shares do.
            let quartiles = mix.groups.iter().all(|g| g.q1.is_some());
            if !quartiles && complete && (sum - 1.0).abs() > 0.02 {
                return Some(at(MixFault::SharesSum {
                    percent: sum * 100.0,
                }));
            }
            if !quartiles && sum > 1.02 {
                return Some(at(MixFault::KnownSharesOver {
                    percent: sum * 100.0,
                }));
            }
        }
        None
    }
}

/// The median and quartiles of `values` (sorted here), by linear interpolation.
pub fn quartiles(values: &mut [f64]) -> Option<(f64, f64, f64)> {
    values.sort_by(f64::total_cmp);
    let at = |p: f64| {
        let n = values.len();
        let pos = p * (n.saturating_sub(1)) as f64;
        let (lo, hi) = (pos.floor() as usize, pos.ceil() as usize);
        let (a, b) = (values.get(lo)?, values.get(hi)?);
        Some(a + (b - a) * (pos - lo as f64))
    };
    Some((at(0.25)?, at(0.5)?, at(0.75)?))
}

/// The fewest cases a reference is made from: fewer would let a reader recognise one.
pub const MIN_CASES: usize = 5;

/// Too few cases with monetary resources for a reference: `count`, at least `least` (a reader
/// could recognise one). Worded by the text floor (`text::too_few_cases`, French for `Display`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub struct TooFewCases {
    pub count: usize,
    pub least: usize,
}

/// A reference from the shares of a network's own cases (each case's shares of T by group),
/// with no names: the median and quartiles of each group.
pub fn from_shares(
    shares: &[GroupAmounts],
    (id, title, source): (&str, &str, &str),
    (year, label): (i32, &str),
) -> Result<Reference, TooFewCases> {
    if shares.len() < MIN_CASES {
        return Err(TooFewCases {
            count: shares.len(),
            least: MIN_CASES,
        });
    }
    // The poles of each case, for the area on the map.
    let mut poles: [Vec<f64>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    for t in shares
        .iter()
        .filter_map(|s| super::Ternary::from_mix(&s.rule_mix()))
    {
        for (values, v) in poles.iter_mut().zip([t.subsidies, t.private, t.activity]) {
            values.push(v);
        }
    }
    let [mut ps, mut pp, mut pa] = poles;
    let pole_quartiles = match (quartiles(&mut ps), quartiles(&mut pp), quartiles(&mut pa)) {
        (Some(s), Some(p), Some(a)) => Some([[s.0, s.1, s.2], [p.0, p.1, p.2], [a.0, a.1, a.2]]),
        _ => None,
    };
    let groups = Group::COUNTED
        .iter()
        .filter_map(|&group| {
            let mut values: Vec<f64> = shares.iter().map(|s| s.get(group)).collect();
            let (q1, median, q3) = quartiles(&mut values)?;
            Some(GroupFigure {
                group,
                median,
                q1: Some(q1),
                q3: Some(q3),
            })
        })
        .collect();
    Ok(Reference {
        format_version: REFERENCE_VERSION,
        id: id.to_owned(),
        title: title.to_owned(),
        source: source.to_owned(),
        year,
        mixes: vec![ReferenceMix {
            label: label.to_owned(),
            population: u32::try_from(shares.len()).ok(),
            groups,
            citation: String::new(),
            poles: pole_quartiles,
        }],
    })
}

/// The reference as the file it is shared as, with its first-line comment.
pub fn to_text(reference: &Reference) -> Result<String, ron::Error> {
    let body = ron::ser::to_string_pretty(reference, ron::ser::PrettyConfig::default())?;
    Ok(format!(
        "// Référence Atelier MSE (répartition des ressources). Format {REFERENCE_VERSION}.\n{body}\n"
    ))
}
