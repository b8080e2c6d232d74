//! Which columns of a balance hold its amounts: named by its header (« Débit », « Crédit »,
//! « Solde », « Montant »), or, without one, inferred from the numbers (class 7 in the credit
//! column, débit − crédit = solde on every line, Paheko's totals then balances), and said.

use super::error::AccountsProblem;

/// Where the amounts are, once the columns are known.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Amounts {
    /// One signed column; `credit_negative` when credits are written negative (débit − crédit).
    Signed {
        column: usize,
        credit_negative: bool,
    },
    /// A debit and a credit column (totals or balances).
    DebitCredit { debit: usize, credit: usize },
}

/// A line of accounts: its number, its fields, and its amount cells (`None` when empty).
pub(super) type Parsed<'a> = (usize, &'a Vec<String>, Vec<Option<f64>>);

/// Which columns hold the amounts, from the header's names when there is one, else from the
/// numbers themselves; with what was inferred, in words, when there was no name to go by.
pub(super) fn layout(
    header: &[String],
    width: usize,
    parsed: &[Parsed<'_>],
) -> Result<(Amounts, Option<String>), AccountsProblem> {
    // Amount columns are numbered from 0 after the account and label columns.
    let named = |words: &[&str]| {
        header.iter().skip(2).position(|h| {
            let h = h.to_lowercase();
            words.iter().all(|w| h.contains(w))
        })
    };
    let count = width.saturating_sub(2);
    if !header.is_empty() {
        let pairs = [
            (named(&["solde", "débit"]), named(&["solde", "crédit"])),
            (named(&["solde", "debit"]), named(&["solde", "credit"])),
            (named(&["débit"]), named(&["crédit"])),
            (named(&["debit"]), named(&["credit"])),
        ];
        if let Some((Some(debit), Some(credit))) =
            pairs.into_iter().find(|(d, c)| d.is_some() && c.is_some())
        {
            return Ok((Amounts::DebitCredit { debit, credit }, None));
        }
        if let Some(column) = named(&["solde"]).or(named(&["montant"])) {
            return Ok((signed(column, parsed), None));
        }
    }
    let value =
        |amounts: &[Option<f64>], i: usize| amounts.get(i).copied().flatten().unwrap_or(0.0);
    let lines = parsed.len();
    match count {
        1 => Ok((signed(0, parsed), None)),
        2 => {
            // Resources (class 7) are credits, charges (class 6) debits: where they are says
            // which column is which.
            let sum = |class: char, column: usize| -> f64 {
                parsed
                    .iter()
                    .filter(|(_, r, _)| r.first().is_some_and(|a| a.trim().starts_with(class)))
                    .map(|(_, _, a)| value(a, column).abs())
                    .sum()
            };
            let (first, second) = (sum('7', 0) + sum('6', 1), sum('7', 1) + sum('6', 0));
            if second > first {
                Ok((
                    Amounts::DebitCredit {
                        debit: 0,
                        credit: 1,
                    },
                    Some("les comptes de produits (classe 7) sont dans la seconde colonne : débit puis crédit".to_owned()),
                ))
            } else if first > second {
                Ok((
                    Amounts::DebitCredit {
                        debit: 1,
                        credit: 0,
                    },
                    Some("les comptes de produits (classe 7) sont dans la première colonne : crédit puis débit".to_owned()),
                ))
            } else {
                Err(AccountsProblem::TwoUnnamedAmounts)
            }
        }
        3 => {
            // Débit, crédit, solde: the third is the difference of the first two on every line.
            let holds = |d: usize, c: usize, s: usize| {
                parsed.iter().all(|(_, _, a)| {
                    (value(a, d) - value(a, c) - value(a, s)).abs() < 0.005
                })
            };
            if holds(0, 1, 2) {
                Ok((
                    Amounts::DebitCredit {
                        debit: 0,
                        credit: 1,
                    },
                    Some(format!("débit − crédit = solde sur les {lines} lignes")),
                ))
            } else if holds(1, 0, 2) {
                Ok((
                    Amounts::DebitCredit {
                        debit: 1,
                        credit: 0,
                    },
                    Some(format!("colonne 2 − colonne 1 = colonne 3 sur les {lines} lignes : crédit, débit, solde")),
                ))
            } else {
                Err(AccountsProblem::ThreeUnnamedAmounts)
            }
        }
        // Totals then balances (Paheko and most software): the balances are the last two.
        4 => Ok((
            Amounts::DebitCredit {
                debit: 2,
                credit: 3,
            },
            Some("quatre colonnes : totaux débit et crédit, puis soldes débit et crédit (les deux dernières)".to_owned()),
        )),
        count => Err(AccountsProblem::AmountColumns { count }),
    }
}

/// A single signed column: credits are negative when the resources (class 7) mostly are.
fn signed(column: usize, parsed: &[Parsed<'_>]) -> Amounts {
    let products: f64 = parsed
        .iter()
        .filter(|(_, r, _)| r.first().is_some_and(|a| a.trim().starts_with('7')))
        .filter_map(|(_, _, a)| a.get(column).copied().flatten())
        .sum();
    Amounts::Signed {
        column,
        credit_negative: products < 0.0,
    }
}
