//! The edits a consultant makes to a case, with their rules: snapshots keep unique, non-empty
//! names and there is always one; a new target copies its source with the same line ids; a
//! deleted alliance leaves no link behind; a line that changes kind takes the kind's unit.
//! The window and the command line apply the same edits, each checked before anything changes.

use thiserror::Error;

use super::{
    Action, ActionStatus, ActorType, Case, Change, KindId, LegalForm, Lever, Nature,
    PartnershipForm, Phase, ResourceLine, Scenario, Session, Snapshot, SnapshotKind, Unit,
    ValuationSettings, number_problem,
};

/// One change to a case. Lines are named by their id, snapshots by their index.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// A new snapshot after the others: an empty « prévisionnel » for the year after the last
    /// one, or with `as_target` a « cible » copied from snapshot `from`.
    AddSnapshot {
        from: usize,
        as_target: bool,
    },
    DeleteSnapshot(usize),
    MoveSnapshot {
        index: usize,
        up: bool,
    },
    Snapshot {
        index: usize,
        field: SnapshotField,
    },
    AddLine {
        snapshot: usize,
        kind: KindId,
    },
    /// A new line of the same kind right after line `after` (Enter on the last line).
    InsertLine {
        snapshot: usize,
        after: u32,
    },
    Line {
        snapshot: usize,
        line: u32,
        field: LineField,
    },
    /// Lines pasted from a spreadsheet, added after the others in one undo step; each gets a
    /// new id here.
    AddLines {
        snapshot: usize,
        lines: Vec<ResourceLine>,
    },
    /// Moves a line before the previous (or after the next) line of its lever.
    MoveLine {
        snapshot: usize,
        line: u32,
        up: bool,
    },
    DuplicateLine {
        snapshot: usize,
        line: u32,
    },
    DeleteLine {
        snapshot: usize,
        line: u32,
    },
    Organisation(OrganisationField),
    Accompaniment(AccompanimentField),
    Valuation(ValuationField),
    /// The rounds of the autodiagnostic.
    Diagnostic(super::diagnostic::DiagnosticField),
    /// A new scenario on snapshot `base`, with no change yet.
    AddScenario {
        base: usize,
    },
    DeleteScenario(usize),
    Scenario {
        index: usize,
        field: ScenarioField,
    },
    /// « Enregistrer comme cible »: the scenario's result as a new « cible » snapshot.
    ScenarioAsTarget(usize),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ScenarioField {
    Name(String),
    /// Attaches the scenario to another snapshot, by its label.
    Base(String),
    AddChange(Change),
    SetChange(usize, Change),
    RemoveChange(usize),
}

#[derive(Clone, Debug, PartialEq)]
pub enum SnapshotField {
    Label(String),
    Year(i32),
    Kind(SnapshotKind),
    AnnualExpenses(Option<f64>),
    Reserves(Option<f64>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum LineField {
    Kind(KindId),
    Label(String),
    Counterparty(String),
    ActorType(Option<ActorType>),
    People(Option<u32>),
    Quantity(Option<f64>),
    /// The unit of the time, and whether it is typed per person.
    Unit(Unit, bool),
    Amount(Option<f64>),
    Valued(bool),
    MultiYear(bool),
    Earmarked(bool),
    Partnership(Option<PartnershipForm>),
    Importance(Option<u8>),
    Alliance(Option<u32>),
    Note(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum OrganisationField {
    Name(String),
    LegalForm(LegalForm),
    Phase(Phase),
    Sector(String),
    Territory(String),
    Approvals(String),
    CreationYear(Option<i32>),
    GeneralInterest(bool),
    PublicUtility(bool),
    Project(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum AccompanimentField {
    Consultant(String),
    AddSession,
    SessionDate(usize, String),
    SessionNotes(usize, String),
    Decisions(String),
    AddAction,
    RemoveAction(usize),
    Action(usize, ActionField),
    ValidatedBy(String),
    ValidatedOn(String),
}

/// A field of an action of the plan.
#[derive(Clone, Debug, PartialEq)]
pub enum ActionField {
    Text(String),
    Lever(Option<Lever>),
    Owner(String),
    Due(String),
    Status(ActionStatus),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ValuationField {
    Rate(usize, f64),
    Basis(usize, String),
    Year(usize, i32),
    Source(usize, String),
    Coefficient(f64),
    CoefficientNote(String),
    HoursPerEtp(f64),
    HoursPerDay(f64),
    HoursPerMonth(f64),
}

/// What the window does after an edit: nothing more, select a snapshot, or put the focus in
/// a new line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applied {
    Done,
    SelectSnapshot(usize),
    NewLine(u32),
}

/// Why an edit was refused; the case is then unchanged.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum EditError {
    #[error("cet instantané n'existe plus")]
    NoSnapshot,
    #[error("cette ligne n'existe plus")]
    NoLine,
    #[error("le nom d'un instantané ne peut pas être vide")]
    EmptyLabel,
    #[error("un autre instantané s'appelle déjà « {0} »")]
    LabelTaken(String),
    #[error("un dossier garde au moins un instantané")]
    LastSnapshot,
    #[error("{0}")]
    Value(String),
}

impl Edit {
    /// Applies the edit to `case`, or refuses it and leaves `case` as it was.
    pub fn apply(&self, case: &mut Case) -> Result<Applied, EditError> {
        match self {
            Edit::AddSnapshot { from, as_target } => Ok(add_snapshot(case, *from, *as_target)),
            Edit::DeleteSnapshot(index) => {
                if *index >= case.snapshots.len() {
                    return Err(EditError::NoSnapshot);
                }
                if case.snapshots.len() <= 1 {
                    return Err(EditError::LastSnapshot);
                }
                case.snapshots.remove(*index);
                Ok(Applied::SelectSnapshot(
                    (*index).min(case.snapshots.len().saturating_sub(1)),
                ))
            }
            Edit::MoveSnapshot { index, up } => {
                let other = if *up {
                    index.checked_sub(1)
                } else {
                    Some(index + 1).filter(|i| *i < case.snapshots.len())
                };
                match other {
                    Some(other) if *index < case.snapshots.len() => {
                        case.snapshots.swap(*index, other);
                        Ok(Applied::SelectSnapshot(other))
                    }
                    _ => Err(EditError::NoSnapshot),
                }
            }
            Edit::Snapshot { index, field } => set_snapshot(case, *index, field),
            Edit::AddScenario { base } => {
                let base = case
                    .snapshots
                    .get(*base)
                    .ok_or(EditError::NoSnapshot)?
                    .label
                    .clone();
                let mut n = case.scenarios.len() + 1;
                while case
                    .scenarios
                    .iter()
                    .any(|s| s.name == format!("Scénario {n}"))
                {
                    n += 1;
                }
                case.scenarios.push(Scenario {
                    name: format!("Scénario {n}"),
                    base,
                    changes: Vec::new(),
                });
                Ok(Applied::Done)
            }
            Edit::DeleteScenario(index) => {
                if *index >= case.scenarios.len() {
                    return Err(gone_scenario());
                }
                case.scenarios.remove(*index);
                Ok(Applied::Done)
            }
            Edit::Scenario { index, field } => set_scenario(case, *index, field),
            Edit::ScenarioAsTarget(index) => scenario_as_target(case, *index),
            Edit::AddLine { snapshot, kind } => {
                let id = case.next_line_id();
                snapshot_mut(case, *snapshot)?
                    .lines
                    .push(ResourceLine::new(id, kind.clone()));
                Ok(Applied::NewLine(id))
            }
            Edit::AddLines { snapshot, lines } => add_lines(case, *snapshot, lines),
            Edit::InsertLine { snapshot, after } => {
                let id = case.next_line_id();
                let (s, at) = line_at(case, *snapshot, *after)?;
                let kind = s
                    .lines
                    .get(at)
                    .map(|l| l.kind.clone())
                    .ok_or(EditError::NoLine)?;
                s.lines.insert(at + 1, ResourceLine::new(id, kind));
                Ok(Applied::NewLine(id))
            }
            Edit::Line {
                snapshot,
                line,
                field,
            } => {
                check_line_field(field)?;
                let target = line_mut(case, *snapshot, *line)?;
                set_line(target, field);
                Ok(Applied::Done)
            }
            Edit::MoveLine { snapshot, line, up } => move_line(case, *snapshot, *line, *up),
            Edit::DuplicateLine { snapshot, line } => {
                let id = case.next_line_id();
                let (s, at) = line_at(case, *snapshot, *line)?;
                let copy = s.lines.get(at).cloned().ok_or(EditError::NoLine)?;
                s.lines.insert(at + 1, ResourceLine { id, ..copy });
                Ok(Applied::NewLine(id))
            }
            Edit::DeleteLine { snapshot, line } => {
                let (s, at) = line_at(case, *snapshot, *line)?;
                s.lines.remove(at);
                // A link to a deleted alliance would point nowhere.
                for other in &mut s.lines {
                    if other.alliance == Some(*line) {
                        other.alliance = None;
                    }
                }
                Ok(Applied::Done)
            }
            Edit::Organisation(field) => {
                set_organisation(case, field);
                Ok(Applied::Done)
            }
            Edit::Accompaniment(field) => set_accompaniment(case, field),
            Edit::Valuation(field) => set_valuation(case, field),
            Edit::Diagnostic(super::diagnostic::DiagnosticField::AddRound { date, .. })
                if case.diagnostics.len() >= super::limits::MAX_ROUNDS
                    || date.chars().count() > super::limits::MAX_TEXT_CHARS =>
            {
                Err(EditError::Value(format!(
                    "au plus {} tours d'autodiagnostic par dossier, datés en moins de {} caractères",
                    super::limits::MAX_ROUNDS,
                    super::limits::MAX_TEXT_CHARS
                )))
            }
            Edit::Diagnostic(field) => {
                if super::diagnostic::set_diagnostic(&mut case.diagnostics, field) {
                    Ok(Applied::Done)
                } else {
                    Err(EditError::Value(
                        "ce tour d'autodiagnostic n'existe plus".to_owned(),
                    ))
                }
            }
        }
    }

    /// Whether `next`, coming right after this edit, continues it (the same field of the same
    /// thing, typed or dragged on): the two then make one undo step.
    pub fn continued_by(&self, next: &Edit) -> bool {
        use std::mem::discriminant;
        match (self, next) {
            (
                Edit::Line {
                    snapshot: a,
                    line: la,
                    field: fa,
                },
                Edit::Line {
                    snapshot: b,
                    line: lb,
                    field: fb,
                },
            ) => a == b && la == lb && discriminant(fa) == discriminant(fb),
            (
                Edit::Snapshot {
                    index: a,
                    field: fa,
                },
                Edit::Snapshot {
                    index: b,
                    field: fb,
                },
            ) => a == b && discriminant(fa) == discriminant(fb),
            (Edit::Organisation(a), Edit::Organisation(b)) => discriminant(a) == discriminant(b),
            (Edit::Valuation(a), Edit::Valuation(b)) => discriminant(a) == discriminant(b),
            (Edit::Accompaniment(a), Edit::Accompaniment(b)) => match (a, b) {
                (AccompanimentField::Action(i, fa), AccompanimentField::Action(j, fb)) => {
                    i == j && discriminant(fa) == discriminant(fb)
                }
                (AccompanimentField::AddSession | AccompanimentField::AddAction, _)
                | (AccompanimentField::RemoveAction(_), _) => false,
                _ => discriminant(a) == discriminant(b) && same_item(a, b),
            },
            _ => false,
        }
    }

    /// What the edit did, for « Annuler : … » in the menu.
    pub fn describe(&self, case: &Case) -> String {
        let line_name = |snapshot: &usize, line: &u32| {
            case.snapshots
                .get(*snapshot)
                .and_then(|s| s.line(*line))
                .map_or(String::new(), |l| l.display_label().to_owned())
        };
        match self {
            Edit::AddSnapshot {
                as_target: true, ..
            } => "création d'une cible".to_owned(),
            Edit::AddSnapshot { .. } => "ajout d'un instantané".to_owned(),
            Edit::DeleteSnapshot(_) => "suppression d'un instantané".to_owned(),
            Edit::MoveSnapshot { .. } => "déplacement d'un instantané".to_owned(),
            Edit::Snapshot { field, .. } => match field {
                SnapshotField::Label(_) => "nom de l'instantané",
                SnapshotField::Year(_) => "année de l'instantané",
                SnapshotField::Kind(_) => "type de l'instantané",
                SnapshotField::AnnualExpenses(_) => "charges annuelles",
                SnapshotField::Reserves(_) => "réserves",
            }
            .to_owned(),
            Edit::AddLine { .. } | Edit::InsertLine { .. } => "ajout d'une ligne".to_owned(),
            Edit::AddLines { lines, .. } => {
                format!("collage de {} ligne(s) d'un tableur", lines.len())
            }
            Edit::Line {
                snapshot,
                line,
                field,
            } => format!("{} de « {} »", field.name(), line_name(snapshot, line)),
            Edit::MoveLine { snapshot, line, .. } => {
                format!("déplacement de « {} »", line_name(snapshot, line))
            }
            Edit::DuplicateLine { snapshot, line } => {
                format!("copie de « {} »", line_name(snapshot, line))
            }
            Edit::DeleteLine { snapshot, line } => {
                format!("suppression de « {} »", line_name(snapshot, line))
            }
            Edit::Organisation(_) => "organisation".to_owned(),
            Edit::Accompaniment(AccompanimentField::AddAction) => "ajout d'une action".to_owned(),
            Edit::Accompaniment(AccompanimentField::RemoveAction(_)) => {
                "suppression d'une action".to_owned()
            }
            Edit::Accompaniment(AccompanimentField::Action(..)) => "plan d'action".to_owned(),
            Edit::Accompaniment(
                AccompanimentField::ValidatedBy(_) | AccompanimentField::ValidatedOn(_),
            ) => "validation".to_owned(),
            Edit::Accompaniment(_) => "accompagnement".to_owned(),
            Edit::Valuation(_) => "réglages de valorisation".to_owned(),
            Edit::Diagnostic(super::diagnostic::DiagnosticField::AddRound { .. }) => {
                "nouvel autodiagnostic".to_owned()
            }
            Edit::Diagnostic(super::diagnostic::DiagnosticField::DeleteRound(_)) => {
                "suppression d'un autodiagnostic".to_owned()
            }
            Edit::Diagnostic(_) => "réponse à l'autodiagnostic".to_owned(),
            Edit::AddScenario { .. } => "nouveau scénario".to_owned(),
            Edit::DeleteScenario(_) => "suppression d'un scénario".to_owned(),
            Edit::Scenario { index, .. } => format!(
                "scénario « {} »",
                case.scenarios.get(*index).map_or("", |s| s.name.as_str())
            ),
            Edit::ScenarioAsTarget(_) => "scénario enregistré comme cible".to_owned(),
        }
    }
}

impl LineField {
    /// The field's name in the matrix, lower case.
    pub fn name(&self) -> &'static str {
        match self {
            LineField::Kind(_) => "type",
            LineField::Label(_) => "libellé",
            LineField::Counterparty(_) => "financeur ou partenaire",
            LineField::ActorType(_) => "type d'acteur",
            LineField::People(_) => "personnes",
            LineField::Quantity(_) => "quantité",
            LineField::Unit(..) => "unité",
            LineField::Amount(_) => "montant",
            LineField::Valued(_) => "valorisation",
            LineField::MultiYear(_) => "CPO",
            LineField::Earmarked(_) => "fléchage",
            LineField::Partnership(_) => "forme du partenariat",
            LineField::Importance(_) => "importance",
            LineField::Alliance(_) => "alliance liée",
            LineField::Note(_) => "note",
        }
    }
}

fn check_number(value: Option<f64>) -> Result<(), EditError> {
    match value.and_then(number_problem) {
        Some(problem) => Err(EditError::Value(problem)),
        None => Ok(()),
    }
}

fn check_line_field(field: &LineField) -> Result<(), EditError> {
    match field {
        LineField::Quantity(v) | LineField::Amount(v) => check_number(*v),
        _ => Ok(()),
    }
}

/// Lines added at once (pasted from a spreadsheet): all of them, or none when one breaks a rule
/// of the case (an amount, a text's length, the number of lines, the ids left).
fn add_lines(
    case: &mut Case,
    snapshot: usize,
    lines: &[ResourceLine],
) -> Result<Applied, EditError> {
    use super::limits::{MAX_LINES, MAX_TEXT_CHARS};
    for (n, line) in lines.iter().enumerate() {
        for value in [line.amount, line.quantity].into_iter().flatten() {
            if let Some(why) = super::number_problem(value) {
                return Err(EditError::Value(format!("ligne {} : {why}", n + 1)));
            }
        }
        if [&line.label, &line.counterparty, &line.note]
            .iter()
            .any(|t| t.chars().count() > MAX_TEXT_CHARS)
        {
            return Err(EditError::Value(format!(
                "ligne {} : un texte dépasse {MAX_TEXT_CHARS} caractères",
                n + 1
            )));
        }
    }
    // The next id saturates at the largest: taken already, there is no id left.
    let first = case.next_line_id();
    let taken = case
        .snapshots
        .iter()
        .flat_map(|s| &s.lines)
        .any(|l| l.id == first);
    let ids: Vec<u32> = (0..lines.len())
        .map(|n| u32::try_from(n).ok().and_then(|n| first.checked_add(n)))
        .collect::<Option<_>>()
        .filter(|_| !taken)
        .ok_or_else(|| {
            EditError::Value("plus de numéro de ligne libre dans ce dossier".to_owned())
        })?;
    let s = snapshot_mut(case, snapshot)?;
    if s.lines.len() + lines.len() > MAX_LINES {
        return Err(EditError::Value(format!(
            "{} lignes de plus dépasseraient les {MAX_LINES} lignes d'un instantané",
            lines.len()
        )));
    }
    for (id, line) in ids.into_iter().zip(lines) {
        s.lines.push(ResourceLine { id, ..line.clone() });
    }
    Ok(Applied::Done)
}

fn snapshot_mut(case: &mut Case, index: usize) -> Result<&mut Snapshot, EditError> {
    case.snapshots.get_mut(index).ok_or(EditError::NoSnapshot)
}

/// Snapshot `index` and the position in it of line `line`.
fn line_at(case: &mut Case, index: usize, line: u32) -> Result<(&mut Snapshot, usize), EditError> {
    let s = snapshot_mut(case, index)?;
    let at = s
        .lines
        .iter()
        .position(|l| l.id == line)
        .ok_or(EditError::NoLine)?;
    Ok((s, at))
}

fn line_mut(case: &mut Case, snapshot: usize, line: u32) -> Result<&mut ResourceLine, EditError> {
    case.snapshots
        .get_mut(snapshot)
        .ok_or(EditError::NoSnapshot)?
        .lines
        .iter_mut()
        .find(|l| l.id == line)
        .ok_or(EditError::NoLine)
}

fn set_line(line: &mut ResourceLine, field: &LineField) {
    match field.clone() {
        LineField::Kind(kind) => {
            if let Some(Nature::Human { unit, .. }) = kind.def().map(|d| d.nature) {
                line.unit = unit;
            }
            // The type of funder follows the kind while the consultant has not set it (it is
            // none, or still the old kind's usual one): a line that becomes a subsidy no longer
            // says « particuliers ».
            let usual_before = line.kind.def().and_then(|d| d.actor);
            if line.counterparty_type.is_none() || line.counterparty_type == usual_before {
                line.counterparty_type = kind.def().and_then(|d| d.actor);
            }
            line.kind = kind;
        }
        LineField::Label(v) => line.label = v,
        LineField::Counterparty(v) => line.counterparty = v,
        LineField::ActorType(v) => line.counterparty_type = v,
        LineField::People(v) => line.people = v,
        LineField::Quantity(v) => line.quantity = v,
        LineField::Unit(unit, per_person) => {
            line.unit = unit;
            line.per_person = per_person;
        }
        LineField::Amount(v) => line.amount = v,
        LineField::Valued(v) => line.valued = Some(v),
        LineField::MultiYear(v) => line.multi_year = v,
        LineField::Earmarked(v) => line.earmarked = v,
        LineField::Partnership(v) => line.partnership = v,
        LineField::Importance(v) => line.importance = v,
        LineField::Alliance(v) => line.alliance = v,
        LineField::Note(v) => line.note = v,
    }
}

fn move_line(case: &mut Case, snapshot: usize, line: u32, up: bool) -> Result<Applied, EditError> {
    let s = case
        .snapshots
        .get_mut(snapshot)
        .ok_or(EditError::NoSnapshot)?;
    let at = s
        .lines
        .iter()
        .position(|l| l.id == line)
        .ok_or(EditError::NoLine)?;
    let lever = s.lines.get(at).map(ResourceLine::lever);
    let same_lever = |i: &usize| s.lines.get(*i).map(ResourceLine::lever) == lever;
    let other = if up {
        (0..at).rev().find(same_lever)
    } else {
        (at + 1..s.lines.len()).find(same_lever)
    };
    if let Some(other) = other {
        s.lines.swap(at, other);
    }
    Ok(Applied::Done)
}

/// `base`, or « base (2) », « base (3) »… when a snapshot already has that name.
fn unique_label(snapshots: &[Snapshot], base: &str) -> String {
    let mut label = base.to_owned();
    let mut n = 2;
    while snapshots.iter().any(|s| s.label == label) {
        label = format!("{base} ({n})");
        n += 1;
    }
    label
}

/// `name` cut after its last whole word within `most` characters, with « … » when cut.
fn short_name(name: &str, most: usize) -> String {
    let name = name.trim();
    if name.chars().count() <= most {
        return name.to_owned();
    }
    let mut kept = String::new();
    for word in name.split_whitespace() {
        let longer = if kept.is_empty() {
            word.to_owned()
        } else {
            format!("{kept} {word}")
        };
        if longer.chars().count() > most {
            break;
        }
        kept = longer;
    }
    if kept.is_empty() {
        kept = name.chars().take(most).collect();
    }
    format!("{}…", kept.trim_end_matches([',', ';', ' ']))
}

fn gone_scenario() -> EditError {
    EditError::Value("ce scénario n'existe plus".to_owned())
}

fn set_scenario(
    case: &mut Case,
    index: usize,
    field: &ScenarioField,
) -> Result<Applied, EditError> {
    if let ScenarioField::Name(name) = field {
        let name = name.trim();
        if name.is_empty() {
            return Err(EditError::Value("un scénario a besoin d'un nom".to_owned()));
        }
        if case
            .scenarios
            .iter()
            .enumerate()
            .any(|(i, s)| i != index && s.name == name)
        {
            return Err(EditError::Value(format!(
                "un autre scénario s'appelle déjà « {name} »"
            )));
        }
    }
    if let ScenarioField::Base(label) = field
        && case.snapshot(label).is_none()
    {
        return Err(EditError::NoSnapshot);
    }
    let scenario = case.scenarios.get_mut(index).ok_or_else(gone_scenario)?;
    let gone_change = || EditError::Value("ce changement n'existe plus".to_owned());
    match field.clone() {
        ScenarioField::Name(v) => scenario.name = v.trim().to_owned(),
        ScenarioField::Base(v) => scenario.base = v,
        ScenarioField::AddChange(c) => scenario.changes.push(c),
        ScenarioField::SetChange(i, c) => *scenario.changes.get_mut(i).ok_or_else(gone_change)? = c,
        ScenarioField::RemoveChange(i) => {
            if i >= scenario.changes.len() {
                return Err(gone_change());
            }
            scenario.changes.remove(i);
        }
    }
    Ok(Applied::Done)
}

/// The scenario's result as a « cible » snapshot right after its base: the base's lines keep
/// their ids (the change is traced line by line), new lines get ids of their own.
fn scenario_as_target(case: &mut Case, index: usize) -> Result<Applied, EditError> {
    let scenario = case.scenarios.get(index).ok_or_else(gone_scenario)?;
    let at = case
        .snapshots
        .iter()
        .position(|s| s.label == scenario.base)
        .ok_or(EditError::NoSnapshot)?;
    let base = case.snapshots.get(at).ok_or(EditError::NoSnapshot)?;
    let applied = super::scenario::apply(base, &scenario.changes).map_err(EditError::Value)?;
    let mut snapshot = applied.snapshot;
    let mut next = case.next_line_id();
    for line in &mut snapshot.lines {
        if base.line(line.id).is_none() {
            line.id = next;
            next = next.saturating_add(1);
        }
    }
    // The horizon of the targets already set after the base, else the year after the last
    // snapshot (as « Créer une cible »): a target never keeps its base's year.
    let year = case
        .snapshots
        .iter()
        .filter(|s| s.kind == SnapshotKind::Cible && s.year > base.year)
        .map(|s| s.year)
        .max()
        .or_else(|| case.snapshots.iter().map(|s| s.year).max().map(|y| y + 1))
        .unwrap_or(base.year + 1);
    let name = short_name(&scenario.name, 28);
    snapshot.label = unique_label(&case.snapshots, &format!("cible {year} — {name}"));
    snapshot.year = year;
    snapshot.kind = SnapshotKind::Cible;
    case.snapshots.insert(at + 1, snapshot);
    Ok(Applied::SelectSnapshot(at + 1))
}

fn add_snapshot(case: &mut Case, from: usize, as_target: bool) -> Applied {
    let snapshots = &case.snapshots;
    let source = snapshots.get(from).cloned().unwrap_or_default();
    let year = snapshots
        .iter()
        .map(|s| s.year)
        .max()
        .unwrap_or(source.year)
        + 1;
    let base = if as_target {
        format!("cible {year}")
    } else {
        format!("{year} prévisionnel")
    };
    let label = unique_label(snapshots, &base);
    let snapshot = if as_target {
        // The lines keep their ids, so that the change is traced line by line.
        Snapshot {
            label,
            year,
            kind: SnapshotKind::Cible,
            ..source
        }
    } else {
        Snapshot {
            label,
            year,
            kind: SnapshotKind::Previsionnel,
            ..Snapshot::default()
        }
    };
    case.snapshots.push(snapshot);
    Applied::SelectSnapshot(case.snapshots.len() - 1)
}

fn set_snapshot(
    case: &mut Case,
    index: usize,
    field: &SnapshotField,
) -> Result<Applied, EditError> {
    if let SnapshotField::Label(label) = field {
        let label = label.trim();
        if label.is_empty() {
            return Err(EditError::EmptyLabel);
        }
        let taken = case
            .snapshots
            .iter()
            .enumerate()
            .any(|(i, s)| i != index && s.label == label);
        if taken {
            return Err(EditError::LabelTaken(label.to_owned()));
        }
    }
    if let SnapshotField::AnnualExpenses(v) | SnapshotField::Reserves(v) = field {
        check_number(*v)?;
    }
    let s = case.snapshots.get_mut(index).ok_or(EditError::NoSnapshot)?;
    if let SnapshotField::Label(v) = field {
        // The scenarios on the snapshot follow it under its new name.
        let (old, new) = (s.label.clone(), v.trim().to_owned());
        for scenario in case.scenarios.iter_mut().filter(|sc| sc.base == old) {
            scenario.base = new.clone();
        }
    }
    let s = case.snapshots.get_mut(index).ok_or(EditError::NoSnapshot)?;
    match field.clone() {
        SnapshotField::Label(v) => s.label = v.trim().to_owned(),
        SnapshotField::Year(v) => s.year = v,
        SnapshotField::Kind(v) => s.kind = v,
        SnapshotField::AnnualExpenses(v) => s.annual_expenses = v,
        SnapshotField::Reserves(v) => s.reserves = v,
    }
    Ok(Applied::Done)
}

fn set_organisation(case: &mut Case, field: &OrganisationField) {
    let o = &mut case.organisation;
    match field.clone() {
        OrganisationField::Name(v) => o.name = v,
        OrganisationField::LegalForm(v) => o.legal_form = v,
        OrganisationField::Phase(v) => o.phase = v,
        OrganisationField::Sector(v) => o.sector = v,
        OrganisationField::Territory(v) => o.territory = v,
        OrganisationField::Approvals(v) => o.approvals = v,
        OrganisationField::CreationYear(v) => o.creation_year = v,
        OrganisationField::GeneralInterest(v) => o.general_interest = v,
        OrganisationField::PublicUtility(v) => o.public_utility = v,
        OrganisationField::Project(v) => o.project = v,
    }
}

fn gone_action() -> EditError {
    EditError::Value("cette action n'existe plus".to_owned())
}

/// Two edits of the same accompaniment field touch the same session.
fn same_item(a: &AccompanimentField, b: &AccompanimentField) -> bool {
    match (a, b) {
        (AccompanimentField::SessionDate(i, _), AccompanimentField::SessionDate(j, _))
        | (AccompanimentField::SessionNotes(i, _), AccompanimentField::SessionNotes(j, _)) => {
            i == j
        }
        _ => true,
    }
}

fn set_accompaniment(case: &mut Case, field: &AccompanimentField) -> Result<Applied, EditError> {
    let a = &mut case.accompaniment;
    match field.clone() {
        AccompanimentField::Consultant(v) => a.consultant = v,
        AccompanimentField::AddSession => a.sessions.push(Session::default()),
        AccompanimentField::SessionDate(i, v) => {
            a.sessions
                .get_mut(i)
                .ok_or(EditError::Value("cette séance n'existe plus".to_owned()))?
                .date = v;
        }
        AccompanimentField::SessionNotes(i, v) => {
            a.sessions
                .get_mut(i)
                .ok_or(EditError::Value("cette séance n'existe plus".to_owned()))?
                .notes = v;
        }
        AccompanimentField::Decisions(v) => a.decisions = v,
        AccompanimentField::AddAction => a.actions.push(Action::default()),
        AccompanimentField::RemoveAction(i) => {
            if i >= a.actions.len() {
                return Err(gone_action());
            }
            a.actions.remove(i);
        }
        AccompanimentField::Action(i, field) => {
            let action = a.actions.get_mut(i).ok_or_else(gone_action)?;
            match field {
                ActionField::Text(v) => action.action = v,
                ActionField::Lever(v) => action.lever = v,
                ActionField::Owner(v) => action.owner = v,
                ActionField::Due(v) => action.due = v,
                ActionField::Status(v) => action.status = v,
            }
        }
        AccompanimentField::ValidatedBy(v) => a.validated_by = v,
        AccompanimentField::ValidatedOn(v) => a.validated_on = v,
    }
    Ok(Applied::Done)
}

fn set_valuation(case: &mut Case, field: &ValuationField) -> Result<Applied, EditError> {
    if let ValuationField::Rate(_, v)
    | ValuationField::Coefficient(v)
    | ValuationField::HoursPerEtp(v)
    | ValuationField::HoursPerDay(v)
    | ValuationField::HoursPerMonth(v) = field
    {
        check_number(Some(*v))?;
    }
    if let ValuationField::HoursPerEtp(hours) = field
        && let Some(problem) = ValuationSettings::etp_hours_problem(*hours)
    {
        return Err(EditError::Value(problem));
    }
    let v = &mut case.valuation;
    let no_rate = || EditError::Value("ce taux n'existe plus".to_owned());
    match field.clone() {
        ValuationField::Rate(i, x) => v.rates.get_mut(i).ok_or_else(no_rate)?.rate = x,
        ValuationField::Basis(i, x) => v.rates.get_mut(i).ok_or_else(no_rate)?.basis = x,
        ValuationField::Year(i, x) => v.rates.get_mut(i).ok_or_else(no_rate)?.year = x,
        ValuationField::Source(i, x) => v.rates.get_mut(i).ok_or_else(no_rate)?.source = x,
        ValuationField::Coefficient(x) => v.coefficient = x,
        ValuationField::CoefficientNote(x) => v.coefficient_note = x,
        ValuationField::HoursPerEtp(x) => v.hours_per_etp = x,
        ValuationField::HoursPerDay(x) => v.hours_per_day = x,
        ValuationField::HoursPerMonth(x) => v.hours_per_month = x,
    }
    Ok(Applied::Done)
}

/// The kind a new line of `lever` starts with: the first of the catalogue.
pub fn first_kind(lever: Lever) -> Option<KindId> {
    super::Catalogue::builtin()
        .kinds_of(lever)
        .next()
        .and_then(|k| KindId::new(&k.id))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn club() -> Case {
        let mut case = Case::new_blank(2025);
        let kind = KindId::new("cotisations").unwrap();
        case.snapshots[0].lines.push(ResourceLine::new(1, kind));
        case
    }

    #[test]
    fn the_last_snapshot_cannot_be_deleted() {
        let mut case = club();
        let before = case.clone();
        assert_eq!(
            Edit::DeleteSnapshot(0).apply(&mut case),
            Err(EditError::LastSnapshot)
        );
        assert_eq!(case, before);
    }

    #[test]
    fn a_target_copies_its_source_with_the_same_line_ids() {
        let mut case = club();
        let applied = Edit::AddSnapshot {
            from: 0,
            as_target: true,
        }
        .apply(&mut case)
        .unwrap();
        assert_eq!(applied, Applied::SelectSnapshot(1));
        assert_eq!(case.snapshots[1].label, "cible 2026");
        assert_eq!(case.snapshots[1].lines, case.snapshots[0].lines);
        Edit::AddSnapshot {
            from: 0,
            as_target: true,
        }
        .apply(&mut case)
        .unwrap();
        assert_eq!(case.snapshots[2].label, "cible 2027");
    }

    #[test]
    fn snapshot_names_stay_unique_and_not_empty() {
        let mut case = club();
        Edit::AddSnapshot {
            from: 0,
            as_target: false,
        }
        .apply(&mut case)
        .unwrap();
        let before = case.clone();
        let rename = |label: &str| Edit::Snapshot {
            index: 1,
            field: SnapshotField::Label(label.to_owned()),
        };
        assert_eq!(
            rename("2025 réalisé").apply(&mut case),
            Err(EditError::LabelTaken("2025 réalisé".to_owned()))
        );
        assert_eq!(rename("   ").apply(&mut case), Err(EditError::EmptyLabel));
        assert_eq!(case, before);
        rename(" cible 2030 ").apply(&mut case).unwrap();
        assert_eq!(case.snapshots[1].label, "cible 2030");
    }

    #[test]
    fn deleting_an_alliance_clears_the_links_to_it() {
        let mut case = club();
        let alliance = KindId::new("locaux_commodat").unwrap();
        case.snapshots[0].lines.push(ResourceLine::new(2, alliance));
        case.snapshots[0].lines[0].alliance = Some(2);
        Edit::DeleteLine {
            snapshot: 0,
            line: 2,
        }
        .apply(&mut case)
        .unwrap();
        assert_eq!(case.snapshots[0].lines.len(), 1);
        assert_eq!(case.snapshots[0].lines[0].alliance, None);
    }

    #[test]
    fn a_negative_amount_is_refused_and_changes_nothing() {
        let mut case = club();
        let before = case.clone();
        let edit = Edit::Line {
            snapshot: 0,
            line: 1,
            field: LineField::Amount(Some(-3.0)),
        };
        assert!(matches!(edit.apply(&mut case), Err(EditError::Value(_))));
        assert_eq!(case, before);
    }

    #[test]
    fn a_line_that_changes_kind_takes_its_unit() {
        let mut case = club();
        let kind = KindId::new("volontaires").unwrap();
        let unit = match kind.def().unwrap().nature {
            Nature::Human { unit, .. } => unit,
            _ => unreachable!(),
        };
        Edit::Line {
            snapshot: 0,
            line: 1,
            field: LineField::Kind(kind),
        }
        .apply(&mut case)
        .unwrap();
        assert_eq!(case.snapshots[0].lines[0].unit, unit);
    }

    #[test]
    fn the_funder_type_follows_the_kind_unless_the_consultant_set_it() {
        let mut case = club();
        let kind_to = |case: &mut Case, kind: &str| {
            Edit::Line {
                snapshot: 0,
                line: 1,
                field: LineField::Kind(KindId::new(kind).unwrap()),
            }
            .apply(case)
            .unwrap();
        };
        assert_eq!(
            case.snapshots[0].lines[0].counterparty_type,
            Some(ActorType::Particuliers)
        );
        kind_to(&mut case, "fondations");
        assert_eq!(
            case.snapshots[0].lines[0].counterparty_type,
            Some(ActorType::Fondation),
            "the usual type of the old kind follows the new kind"
        );
        case.snapshots[0].lines[0].counterparty_type = Some(ActorType::Entreprise);
        kind_to(&mut case, "cotisations");
        assert_eq!(
            case.snapshots[0].lines[0].counterparty_type,
            Some(ActorType::Entreprise),
            "a type the consultant chose stays"
        );
    }

    #[test]
    fn a_new_line_takes_the_usual_funder_type_of_its_kind() {
        let mut case = club();
        assert_eq!(
            case.snapshots[0].lines[0].counterparty_type,
            Some(ActorType::Particuliers),
            "cotisations come from members"
        );
        Edit::AddLine {
            snapshot: 0,
            kind: KindId::new("fondations").unwrap(),
        }
        .apply(&mut case)
        .unwrap();
        let line = case.snapshots[0].lines.last().unwrap();
        assert_eq!(line.counterparty_type, Some(ActorType::Fondation));
    }

    #[test]
    fn lines_move_among_the_lines_of_their_lever() {
        let mut case = club();
        let human = KindId::new("benevolat_activite").unwrap();
        let money = KindId::new("dons").unwrap();
        case.snapshots[0].lines.push(ResourceLine::new(2, human));
        case.snapshots[0].lines.push(ResourceLine::new(3, money));
        Edit::MoveLine {
            snapshot: 0,
            line: 3,
            up: true,
        }
        .apply(&mut case)
        .unwrap();
        let ids: Vec<u32> = case.snapshots[0].lines.iter().map(|l| l.id).collect();
        assert_eq!(ids, [3, 2, 1]);
    }

    #[test]
    fn typing_on_in_one_field_is_one_step() {
        let amount = |v| Edit::Line {
            snapshot: 0,
            line: 1,
            field: LineField::Amount(Some(v)),
        };
        assert!(amount(1.0).continued_by(&amount(2.0)));
        let label = Edit::Line {
            snapshot: 0,
            line: 1,
            field: LineField::Label("x".to_owned()),
        };
        assert!(!amount(1.0).continued_by(&label));
        assert_eq!(
            amount(1.0).describe(&club()),
            "montant de « Cotisations des membres »"
        );
    }

    #[test]
    fn a_scenario_follows_its_renamed_base_and_outlives_a_deleted_one() {
        let mut case = club();
        Edit::AddSnapshot {
            from: 0,
            as_target: true,
        }
        .apply(&mut case)
        .unwrap();
        Edit::AddScenario { base: 0 }.apply(&mut case).unwrap();
        assert_eq!(case.scenarios[0].name, "Scénario 1");
        Edit::Snapshot {
            index: 0,
            field: SnapshotField::Label("2025 définitif".to_owned()),
        }
        .apply(&mut case)
        .unwrap();
        assert_eq!(case.scenarios[0].base, "2025 définitif");
        Edit::DeleteSnapshot(0).apply(&mut case).unwrap();
        assert_eq!(case.scenarios.len(), 1, "kept, flagged by its missing base");
        assert_eq!(
            Edit::ScenarioAsTarget(0).apply(&mut case),
            Err(EditError::NoSnapshot)
        );
        let label = case.snapshots[0].label.clone();
        Edit::Scenario {
            index: 0,
            field: ScenarioField::Base(label.clone()),
        }
        .apply(&mut case)
        .unwrap();
        assert_eq!(case.scenarios[0].base, label);
    }

    #[test]
    fn a_case_keeps_at_most_its_limit_of_autodiagnostic_rounds() {
        use crate::model::diagnostic::{DiagnosticField, QuestionnaireRef};
        let mut case = club();
        let add = Edit::Diagnostic(DiagnosticField::AddRound {
            date: "2026-12-05".to_owned(),
            questionnaire: QuestionnaireRef {
                id: "mse-maturite".to_owned(),
                version: 1,
            },
        });
        for _ in 0..crate::model::limits::MAX_ROUNDS {
            add.apply(&mut case).unwrap();
        }
        let before = case.clone();
        assert!(add.apply(&mut case).is_err());
        assert_eq!(case, before);
    }
}
