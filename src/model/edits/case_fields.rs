//! Edits of what the case says besides its matrix: the organisation, the accompaniment (sessions,
//! decisions, the action plan) and the valuation settings.

use super::*;

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

pub(super) fn set_organisation(case: &mut Case, field: &OrganisationField) {
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

pub(super) fn gone_action() -> EditError {
    EditError::Gone(Gone::Action)
}

/// Two edits of the same accompaniment field touch the same session.
pub(super) fn same_item(a: &AccompanimentField, b: &AccompanimentField) -> bool {
    match (a, b) {
        (AccompanimentField::SessionDate(i, _), AccompanimentField::SessionDate(j, _))
        | (AccompanimentField::SessionNotes(i, _), AccompanimentField::SessionNotes(j, _)) => {
            i == j
        }
        _ => true,
    }
}

pub(super) fn set_accompaniment(
    case: &mut Case,
    field: &AccompanimentField,
) -> Result<Applied, EditError> {
    let a = &mut case.accompaniment;
    match field.clone() {
        AccompanimentField::Consultant(v) => a.consultant = v,
        AccompanimentField::AddSession => a.sessions.push(Session::default()),
        AccompanimentField::SessionDate(i, v) => {
            a.sessions
                .get_mut(i)
                .ok_or(EditError::Gone(Gone::Session))?
                .date = v;
        }
        AccompanimentField::SessionNotes(i, v) => {
            a.sessions
                .get_mut(i)
                .ok_or(EditError::Gone(Gone::Session))?
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

pub(super) fn set_valuation(case: &mut Case, field: &ValuationField) -> Result<Applied, EditError> {
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
        return Err(EditError::Problem(problem));
    }
    let v = &mut case.valuation;
    let no_rate = || EditError::Gone(Gone::Rate);
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
