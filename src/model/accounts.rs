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
    /// What is wrong with the rule, in French, if anything.
    pub fn problem(&self) -> Option<String> {
        if self.prefix.is_empty()
            || self.prefix.len() > 20
            || !self.prefix.chars().all(|c| c.is_ascii_digit())
        {
            return Some(format!(
                "préfixe de compte invalide « {} » (1 à 20 chiffres)",
                self.prefix.chars().take(40).collect::<String>()
            ));
        }
        match &self.action {
            AccountAction::Choose(kinds) if kinds.is_empty() => {
                Some(format!("choix vide pour le préfixe {}", self.prefix))
            }
            AccountAction::Ignore(why) if why.chars().count() > 500 => Some(format!(
                "raison trop longue pour le préfixe {}",
                self.prefix
            )),
            _ => None,
        }
    }
}
