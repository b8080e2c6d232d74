//! Starting from the accounts: a trial balance (« balance comptable ») read from CSV, its
//! accounts mapped to resource kinds, reviewed, and put into a snapshot.

mod balance;
mod mapping;
mod plan;
mod review;

pub use balance::{Balance, Detection, Row, parse_amount, read};
pub use mapping::{Action, Mapping, Rule};
pub use plan::{Destination, ImportError, Item, Plan, Totals, apply, year_in};
pub use review::{Review, remember};
