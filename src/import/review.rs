//! An import under review: the balance read, its plan, the snapshot it goes to, and the
//! consultant's assignments. The rules of the review (the default snapshot, what blocks the
//! import, remembering the assignments in the case) live here, for the window and the command
//! line alike.

use super::{Action, Balance, Destination, ImportError, Mapping, Plan, Rule, apply, year_in};
use crate::model::{Case, SnapshotKind};

pub struct Review {
    /// The mapping in use: the app's, or one the consultant chose.
    pub mapping: Mapping,
    pub balance: Balance,
    pub plan: Plan,
    pub label: String,
    pub year: i32,
    pub replace: bool,
    /// Keep the consultant's assignments as rules of the case, for next year's import.
    pub remember: bool,
    /// Accounts assigned by hand: (account, action), for `remember`.
    pub assignments: Vec<(String, Action)>,
}

impl Review {
    /// The review of `balance` (read from the file `name`) for `case`, with the built-in
    /// mapping; the snapshot is named after the year in the file's name, else the year after
    /// the last « réalisé », else `this_year`.
    pub fn new(balance: Balance, name: &str, case: &Case, this_year: i32) -> Review {
        let mapping = Mapping::builtin().clone();
        let plan = Plan::new(&balance, &mapping, &case.account_rules);
        let year = balance
            .detection
            .year
            .or_else(|| year_in(name))
            .unwrap_or_else(|| {
                case.snapshots
                    .iter()
                    .filter(|s| s.kind == SnapshotKind::Realise)
                    .map(|s| s.year + 1)
                    .max()
                    .unwrap_or(this_year)
            });
        Review {
            mapping,
            balance,
            plan,
            label: format!("{year} réalisé"),
            year,
            replace: false,
            remember: true,
            assignments: Vec::new(),
        }
    }

    /// Whether the import can be done now, else why not.
    pub fn blocker(&self, case: &Case) -> Option<ImportError> {
        let problems = self.plan.problems();
        if !problems.is_empty() {
            return Some(ImportError::Unfinished(problems));
        }
        if self.label.trim().is_empty() {
            return Some(ImportError::NoLabel);
        }
        if case.snapshot(self.label.trim()).is_some() && !self.replace {
            return Some(ImportError::SnapshotExists(self.label.trim().to_owned()));
        }
        None
    }

    /// The import carried out on a copy of `case`, for the window and the command line alike:
    /// refused while something blocks it, and when the case would no longer be one its file
    /// can hold. Returns the new case, how many lines were imported and into which snapshot.
    pub fn finish(&self, case: &Case) -> Result<(Case, usize, String), ImportError> {
        if let Some(blocked) = self.blocker(case) {
            return Err(blocked);
        }
        let mut case = case.clone();
        let (count, label) = self.import_into(&mut case)?;
        match crate::model::validate::problem(&case) {
            Some(what) => Err(ImportError::Unsound(what)),
            None => Ok((case, count, label)),
        }
    }

    /// The same file read for another fiscal year (a FEC of several): the accounts are mapped
    /// again, the assignments made by hand stay, and a snapshot still named after the year
    /// read follows the new one.
    pub fn use_balance(&mut self, balance: Balance, case: &Case) {
        if let Some(year) = balance.detection.year {
            if self.label.trim() == format!("{} réalisé", self.year) && year != self.year {
                // Another snapshot: « remplacer » was said of the one before, not of this one.
                self.label = format!("{year} réalisé");
                self.replace = false;
            }
            self.year = year;
        }
        self.balance = balance;
        self.use_mapping(self.mapping.clone(), case);
    }

    /// Maps the accounts again with another table; the assignments made by hand stay.
    pub fn use_mapping(&mut self, mapping: Mapping, case: &Case) {
        let take_reserves = self.plan.take_reserves;
        self.plan = Plan::new(&self.balance, &mapping, &case.account_rules);
        self.plan.take_reserves = take_reserves;
        self.mapping = mapping;
        for (account, action) in self.assignments.clone() {
            if let Some(index) = self
                .plan
                .items
                .iter()
                .position(|i| i.row.account == account)
            {
                self.assign(index, action);
            }
        }
    }

    /// Puts the account of item `index` under `action`, by hand.
    pub fn assign(&mut self, index: usize, action: Action) {
        let Some(item) = self.plan.items.get_mut(index) else {
            return;
        };
        match &action {
            Action::Kind(kind) => item.assign(kind.clone()),
            Action::Expenses => item.destination = Destination::Expenses,
            Action::Ignore(why) => item.destination = Destination::Ignored(why.clone()),
            Action::Choose(_) => return,
        }
        let account = item.row.account.clone();
        self.assignments.retain(|(a, _)| *a != account);
        self.assignments.push((account, action));
    }

    /// Puts the reviewed accounts into `case` (and remembers the assignments when asked);
    /// returns how many lines were imported and into which snapshot.
    pub fn import_into(&self, case: &mut Case) -> Result<(usize, String), ImportError> {
        let label = self.label.trim().to_owned();
        let count = apply(case, (&label, self.year), &self.plan, self.replace)?;
        if self.remember {
            remember(
                case,
                self.assignments.iter().map(|(account, action)| Rule {
                    prefix: account.clone(),
                    action: action.clone(),
                }),
            );
        }
        Ok((count, label))
    }
}

/// Keeps `rules` in the case, each replacing an older rule of the same prefix.
pub fn remember(case: &mut Case, rules: impl IntoIterator<Item = Rule>) {
    for rule in rules {
        case.account_rules.retain(|r| r.prefix != rule.prefix);
        case.account_rules.push(rule);
    }
}
