//! From the accounts of a balance to the lines of a snapshot, through the mapping: every account
//! lands in one place (a kind, the expenses, ignored with a reason, or waiting to be assigned),
//! and the totals before and after are checked to the cent. Nothing is imported while an
//! account waits for the consultant.

use serde::Serialize;

use super::balance::{Balance, Opening, Row};
use super::mapping::{Action, Mapping, Rule};
use crate::format::euros;
use crate::model::{Case, KindId, Lever, ResourceLine, Snapshot, SnapshotKind};

/// Where an account's amount goes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum Destination {
    /// Split between kinds (one part for a plain mapping); `confirmed` is false while a choice
    /// waits for the consultant.
    Kinds {
        parts: Vec<(KindId, f64)>,
        options: Vec<KindId>,
        confirmed: bool,
    },
    Expenses,
    Ignored(String),
    /// No rule matched: to assign by hand.
    Unassigned,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Item {
    pub row: Row,
    pub destination: Destination,
    /// The prefix of the rule applied, if any.
    pub rule: Option<String>,
    /// For an account that needs a decision, the kind its label suggests (preselected, still to
    /// confirm).
    pub proposal: Option<KindId>,
}

/// The kind among `options` that `label` names, by the hints of the built-in mapping, if one
/// does and only one.
pub fn propose(label: &str, options: &[KindId]) -> Option<KindId> {
    Mapping::builtin().propose("", label, options)
}

impl Item {
    pub fn needs_attention(&self) -> bool {
        matches!(
            self.destination,
            Destination::Unassigned
                | Destination::Kinds {
                    confirmed: false,
                    ..
                }
        )
    }

    /// Puts the whole amount on `kind`, confirmed.
    pub fn assign(&mut self, kind: KindId) {
        let options = match &self.destination {
            Destination::Kinds { options, .. } => options.clone(),
            _ => Vec::new(),
        };
        self.destination = Destination::Kinds {
            parts: vec![(kind, self.row.credit_balance)],
            options,
            confirmed: true,
        };
    }

    /// Sets the amount of the part of `kind` (clamped to the account), the first option taking
    /// what is left; confirms the split.
    pub fn split(&mut self, kind: &KindId, amount: f64) {
        let total = self.row.credit_balance;
        let Destination::Kinds {
            parts,
            options,
            confirmed,
        } = &mut self.destination
        else {
            return;
        };
        let amount = amount.clamp(0.0, total.max(0.0));
        let mut shares: Vec<(KindId, f64)> = options
            .iter()
            .map(|k| {
                let current = parts.iter().find(|(p, _)| p == k).map_or(0.0, |(_, a)| *a);
                (k.clone(), if k == kind { amount } else { current })
            })
            .collect();
        let others: f64 = shares.iter().skip(1).map(|(_, a)| *a).sum();
        if let Some(first) = shares.first_mut() {
            first.1 = total - others;
            if first.1 < 0.0 {
                // The edited part took more than was left: the others give way.
                first.1 = 0.0;
                for share in shares.iter_mut().skip(1).filter(|(k, _)| k != kind) {
                    share.1 = 0.0;
                }
            }
        }
        shares.retain(|(_, a)| *a > 0.0);
        *parts = shares;
        *confirmed = true;
    }
}

/// The import as the consultant reviews it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Plan {
    pub items: Vec<Item>,
    /// The snapshot's « réserves » from the balance sheet, under the mapping's convention.
    pub reserves: Option<ReservesProposal>,
    /// Whether the consultant takes them (else what was typed stays).
    pub take_reserves: bool,
}

/// « Réserves » read from the balance-sheet accounts.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReservesProposal {
    /// The sum of the accounts (negative: fonds propres négatifs).
    pub amount: f64,
    /// The convention, in words, from the mapping.
    pub convention: String,
    /// How many accounts it sums.
    pub accounts: usize,
}

impl ReservesProposal {
    /// The accounts of the convention at the end of the balance: its rows, plus for a FEC the
    /// « à nouveaux » it set aside (its rows are only the year's movements); none when what the
    /// accounts opened with is not known.
    fn of(balance: &Balance, rule: &super::mapping::ReservesRule) -> Option<ReservesProposal> {
        let opening = match &balance.opening {
            Opening::InRows => None,
            Opening::Entries(opening) => Some(opening),
            Opening::Unknown => return None,
        };
        let held = |account: &str| {
            rule.prefixes
                .iter()
                .any(|p| account.starts_with(p.as_str()))
        };
        let mut accounts: std::collections::BTreeMap<&str, f64> = std::collections::BTreeMap::new();
        for row in balance.rows.iter().filter(|r| held(&r.account)) {
            *accounts.entry(row.account.as_str()).or_insert(0.0) += row.credit_balance;
        }
        for (account, amount) in opening.into_iter().flatten() {
            if held(account) {
                *accounts.entry(account.as_str()).or_insert(0.0) += amount;
            }
        }
        if accounts.is_empty() {
            return None;
        }
        let sum: f64 = accounts.values().sum();
        let amount = if rule.credit { sum } else { -sum };
        Some(ReservesProposal {
            amount: (amount * 100.0).round() / 100.0,
            convention: rule.convention.clone(),
            accounts: accounts.len(),
        })
    }

    /// What the snapshot's « réserves » become: never below zero.
    pub fn taken(&self) -> f64 {
        self.amount.max(0.0)
    }
}

/// The totals that must agree: what the file holds, and where it went.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Totals {
    /// Resources in the file: classes 7 and 87, credit minus debit.
    pub file_resources: f64,
    pub imported: f64,
    pub ignored_resources: f64,
    pub unassigned: f64,
    pub expenses: f64,
    /// Imported per lever.
    pub human: f64,
    pub financial: f64,
    pub alliances: f64,
}

impl Totals {
    /// Whether every euro of resources of the file is accounted for (to the cent).
    pub fn balanced(&self) -> bool {
        (self.file_resources - self.imported - self.ignored_resources - self.unassigned).abs()
            < 0.01
    }
}

fn is_resource(account: &str) -> bool {
    account.starts_with('7') || account.starts_with("87")
}

impl Plan {
    /// Applies the mapping (and the case's own rules) to every account of the balance.
    pub fn new(balance: &Balance, mapping: &Mapping, overrides: &[Rule]) -> Plan {
        let items = balance
            .rows
            .iter()
            .map(|row| {
                let rule = mapping.rule_for(overrides, &row.account);
                let destination = match rule.map(|r| &r.action) {
                    Some(Action::Kind(kind)) => Destination::Kinds {
                        parts: vec![(kind.clone(), row.credit_balance)],
                        options: Vec::new(),
                        confirmed: true,
                    },
                    Some(Action::Choose(options)) => Destination::Kinds {
                        parts: mapping
                            .propose(&row.account, &row.label, options)
                            .or_else(|| options.first().cloned())
                            .map(|first| (first, row.credit_balance))
                            .into_iter()
                            .collect(),
                        options: options.clone(),
                        confirmed: false,
                    },
                    Some(Action::Expenses) => Destination::Expenses,
                    Some(Action::Ignore(why)) => Destination::Ignored(why.clone()),
                    None => Destination::Unassigned,
                };
                let proposal = match rule.map(|r| &r.action) {
                    Some(Action::Choose(options)) => {
                        mapping.propose(&row.account, &row.label, options)
                    }
                    _ => None,
                };
                Item {
                    row: row.clone(),
                    destination,
                    rule: rule.map(|r| r.prefix.clone()),
                    proposal,
                }
            })
            .collect();
        Plan {
            items,
            reserves: ReservesProposal::of(balance, &mapping.reserves),
            take_reserves: false,
        }
    }

    /// Confirms every proposal still waiting; returns the rules that remember them (the whole
    /// account number → its kind), for the case.
    pub fn accept_proposals(&mut self) -> Vec<Rule> {
        let mut rules = Vec::new();
        for item in &mut self.items {
            if let (Some(kind), true) = (item.proposal.clone(), item.needs_attention()) {
                item.assign(kind.clone());
                rules.push(Rule {
                    prefix: item.row.account.clone(),
                    action: Action::Kind(kind),
                });
            }
        }
        rules
    }

    pub fn totals(&self) -> Totals {
        let mut t = Totals::default();
        for item in &self.items {
            let amount = item.row.credit_balance;
            if is_resource(&item.row.account) {
                t.file_resources += amount;
            }
            match &item.destination {
                Destination::Kinds { parts, .. } => {
                    for (kind, part) in parts {
                        t.imported += part;
                        match kind.def().map(|d| d.lever) {
                            Some(Lever::RichessesHumaines) => t.human += part,
                            Some(Lever::AlliancesStrategiques) => t.alliances += part,
                            _ => t.financial += part,
                        }
                    }
                    if !is_resource(&item.row.account) {
                        // Assigned by hand from outside the resources: counted in the file too.
                        t.file_resources += amount;
                    }
                }
                Destination::Expenses => t.expenses -= amount,
                Destination::Ignored(_) if is_resource(&item.row.account) => {
                    t.ignored_resources += amount;
                }
                Destination::Ignored(_) => {}
                Destination::Unassigned => {
                    t.unassigned += amount;
                    if !is_resource(&item.row.account) {
                        t.file_resources += amount;
                    }
                }
            }
        }
        t
    }

    /// What still keeps the import from being done, in French; empty when it can be done.
    pub fn problems(&self) -> Vec<String> {
        let mut problems: Vec<String> = self
            .items
            .iter()
            .filter(|i| i.needs_attention())
            .map(|i| match i.destination {
                Destination::Unassigned => format!(
                    "compte {} « {} » (ligne {}) : aucune correspondance, à affecter",
                    i.row.account, i.row.label, i.row.line
                ),
                _ => format!(
                    "compte {} « {} » (ligne {}) : répartition à confirmer",
                    i.row.account, i.row.label, i.row.line
                ),
            })
            .collect();
        for (kind, total) in self.kind_totals() {
            if total < -0.005 {
                problems.push(format!(
                    "le total de « {} » est négatif ({}) : vérifiez les comptes qui y vont",
                    kind.label(),
                    euros(total)
                ));
            }
        }
        problems
    }

    /// The net amount per kind, in the order kinds first appear.
    pub fn kind_totals(&self) -> Vec<(KindId, f64)> {
        let mut totals: Vec<(KindId, f64)> = Vec::new();
        for item in &self.items {
            if let Destination::Kinds { parts, .. } = &item.destination {
                for (kind, amount) in parts {
                    match totals.iter_mut().find(|(k, _)| k == kind) {
                        Some((_, total)) => *total += amount,
                        None => totals.push((kind.clone(), *amount)),
                    }
                }
            }
        }
        totals
    }

    /// The lines to add: one per kind, its amount the net of its accounts, and a note listing
    /// them. Ids start at `first_id`.
    pub fn lines(&self, first_id: u32) -> Vec<ResourceLine> {
        self.kind_totals()
            .into_iter()
            .filter(|(_, total)| *total > 0.005)
            .zip(first_id..)
            .map(|((kind, total), id)| {
                let accounts: Vec<String> = self
                    .items
                    .iter()
                    .filter_map(|item| match &item.destination {
                        Destination::Kinds { parts, .. } => {
                            parts.iter().find(|(k, _)| *k == kind).map(|(_, a)| {
                                format!("{} {} : {}", item.row.account, item.row.label, euros(*a))
                            })
                        }
                        _ => None,
                    })
                    .collect();
                let mut line = ResourceLine::new(id, kind);
                line.amount = Some((total * 100.0).round() / 100.0);
                line.note = note(&accounts);
                line
            })
            .collect()
    }

    /// The annual expenses of the balance (class 6, debit minus credit), if it has any.
    pub fn expenses(&self) -> Option<f64> {
        let has = self
            .items
            .iter()
            .any(|i| i.destination == Destination::Expenses);
        has.then(|| (self.totals().expenses * 100.0).round() / 100.0)
    }
}

/// The note of an imported line: its accounts, as many as a case's text holds (100 000
/// characters), then how many more there are.
fn note(accounts: &[String]) -> String {
    let mut note = "Importé de la balance comptable — comptes ".to_owned();
    // Room for the closing words, however many accounts are left.
    let room = crate::model::limits::MAX_TEXT_CHARS - 200;
    let mut length = note.chars().count();
    for (index, account) in accounts.iter().enumerate() {
        let next = account.chars().count() + 3;
        if length + next > room {
            note.push_str(&format!(
                " … et {} autres comptes (leur détail est dans la balance)",
                accounts.len() - index
            ));
            return note;
        }
        if index > 0 {
            note.push_str(" ; ");
        }
        note.push_str(account);
        length += next;
    }
    note
}

/// Why an import into a case was refused. The command line says it as `Display` does (with
/// its options); the window words it with `text::import_refusal`.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    SnapshotExists(String),
    /// Accounts still « à affecter » or « à confirmer », each said.
    Unfinished(Vec<String>),
    /// The snapshot to import into has no name.
    NoLabel,
    /// The case with the accounts in it would break a rule of the case file (a 101st
    /// snapshot…).
    Unsound(crate::model::Problem),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::SnapshotExists(label) => write!(
                f,
                "l'instantané « {label} » existe déjà : choisissez un autre nom, ou demandez à remplacer ses ressources financières et contributions en nature (--replace)"
            ),
            ImportError::Unfinished(problems) => write!(
                f,
                "l'import n'est pas terminé :\n  • {}",
                problems.join("\n  • ")
            ),
            ImportError::NoLabel => write!(f, "l'instantané n'a pas de nom"),
            ImportError::Unsound(what) => write!(f, "{what}"),
        }
    }
}

/// Puts the plan into snapshot `label` of `case`: a new « réalisé » snapshot of `year`, or with
/// `replace` the existing one, whose money lines and lines of the imported kinds are replaced
/// (time and partnerships typed by hand stay). Returns the number of lines added.
pub fn apply(
    case: &mut Case,
    (label, year): (&str, i32),
    plan: &Plan,
    replace: bool,
) -> Result<usize, ImportError> {
    let problems = plan.problems();
    if !problems.is_empty() {
        return Err(ImportError::Unfinished(problems));
    }
    let exists = case.snapshot(label).is_some();
    if exists && !replace {
        return Err(ImportError::SnapshotExists(label.to_owned()));
    }
    let lines = plan.lines(case.next_line_id());
    let count = lines.len();
    let kinds: Vec<KindId> = lines.iter().map(|l| l.kind.clone()).collect();
    let expenses = plan.expenses();
    let reserves = plan
        .reserves
        .as_ref()
        .filter(|_| plan.take_reserves)
        .map(ReservesProposal::taken);
    match case.snapshots.iter_mut().find(|s| s.label == label) {
        Some(snapshot) => {
            snapshot
                .lines
                .retain(|l| l.lever() != Lever::RessourcesFinancieres && !kinds.contains(&l.kind));
            snapshot.lines.extend(lines);
            if expenses.is_some() {
                snapshot.annual_expenses = expenses;
            }
            if reserves.is_some() {
                snapshot.reserves = reserves;
            }
        }
        None => {
            // In the order of the years, so that the path reads from past to target.
            let at = case
                .snapshots
                .iter()
                .position(|s| s.year > year)
                .unwrap_or(case.snapshots.len());
            case.snapshots.insert(
                at,
                Snapshot {
                    label: label.to_owned(),
                    year,
                    kind: SnapshotKind::Realise,
                    annual_expenses: expenses,
                    reserves,
                    lines,
                },
            );
        }
    }
    Ok(count)
}

/// The year in a snapshot's label (« 2025 réalisé » → 2025), if any.
pub fn year_in(label: &str) -> Option<i32> {
    label
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse().ok())
        .find(|y| (1900..=2100).contains(y))
}
