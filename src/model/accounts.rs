//! Rules from account numbers of a trial balance to resource kinds. The app ships a mapping
//! (`assets/balance-mapping.ron`); a case can hold its own rules, which win (see `import`).

use serde::{Deserialize, Serialize};

use super::checked::KindId;

/// What to do with an account.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum AccountAction {
    /// The amount goes to this kind.
    Kind(KindId),
    /// The account does not say: the consultant splits it between these kinds (the first is
    /// proposed) and confirms.
    Choose(Vec<KindId>),
    /// A charge: summed into the snapshot's annual expenses.
    Expenses,
    /// Not a yearly resource; the reason is shown.
    Ignore(String),
}

/// One rule: accounts whose number starts with `prefix`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccountRule {
    pub prefix: String,
    pub action: AccountAction,
}

impl AccountRule {
    /// What is wrong with the rule, if anything.
    pub fn problem(&self) -> Option<super::Problem> {
        use super::Problem;
        if self.prefix.is_empty()
            || self.prefix.len() > 20
            || !self.prefix.chars().all(|c| c.is_ascii_digit())
        {
            return Some(Problem::AccountPrefix(
                self.prefix.chars().take(40).collect(),
            ));
        }
        let prefix = self.prefix.clone();
        match &self.action {
            AccountAction::Choose(kinds) if kinds.is_empty() => {
                Some(Problem::EmptyChoice { prefix })
            }
            AccountAction::Ignore(why) if why.chars().count() > 500 => {
                Some(Problem::ReasonTooLong { prefix })
            }
            _ => None,
        }
    }
}
