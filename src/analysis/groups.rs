//! Amounts by typology group, and the six rule groups the classification works on
//! (C, A = RAp + RAm, RAr, S, DM = D + M, N).

use serde::{Deserialize, Serialize};

use crate::model::Group;

/// Monetary amounts (or shares) per typology group.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct GroupAmounts {
    pub c: f64,
    pub rap: f64,
    pub ram: f64,
    pub rar: f64,
    pub s: f64,
    pub d: f64,
    pub m: f64,
    pub n: f64,
    /// Left out of T and of the shares.
    pub o: f64,
}

impl GroupAmounts {
    pub fn get(&self, group: Group) -> f64 {
        match group {
            Group::C => self.c,
            Group::RAp => self.rap,
            Group::RAm => self.ram,
            Group::RAr => self.rar,
            Group::S => self.s,
            Group::D => self.d,
            Group::M => self.m,
            Group::N => self.n,
            Group::O => self.o,
        }
    }

    pub fn add(&mut self, group: Group, amount: f64) {
        let slot = match group {
            Group::C => &mut self.c,
            Group::RAp => &mut self.rap,
            Group::RAm => &mut self.ram,
            Group::RAr => &mut self.rar,
            Group::S => &mut self.s,
            Group::D => &mut self.d,
            Group::M => &mut self.m,
            Group::N => &mut self.n,
            Group::O => &mut self.o,
        };
        *slot += amount;
    }

    /// T: every group but O.
    pub fn counted_total(&self) -> f64 {
        Group::COUNTED.iter().map(|&g| self.get(g)).sum()
    }

    /// Each counted group divided by T (O stays 0); `None` when T is 0.
    pub fn shares(&self) -> Option<GroupAmounts> {
        let total = self.counted_total();
        if total <= 0.0 {
            return None;
        }
        let mut shares = GroupAmounts::default();
        for group in Group::COUNTED {
            shares.add(group, self.get(group) / total);
        }
        Some(shares)
    }

    /// The six rule groups of the classification.
    pub fn rule_mix(&self) -> RuleMix {
        RuleMix {
            c: self.c,
            a: self.rap + self.ram,
            rar: self.rar,
            s: self.s,
            dm: self.d + self.m,
            n: self.n,
        }
    }
}

/// The six groups the typology's rules and prototypes are written on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RuleGroup {
    C,
    A,
    RAr,
    S,
    DM,
    N,
}

impl RuleGroup {
    /// Fixed order; ties between equal groups go to the first one here.
    pub const ALL: [RuleGroup; 6] = [
        RuleGroup::C,
        RuleGroup::A,
        RuleGroup::RAr,
        RuleGroup::S,
        RuleGroup::DM,
        RuleGroup::N,
    ];

    pub fn code(self) -> &'static str {
        match self {
            RuleGroup::C => "C",
            RuleGroup::A => "RAp + RAm",
            RuleGroup::RAr => "RAr",
            RuleGroup::S => "S",
            RuleGroup::DM => "D + M",
            RuleGroup::N => "N",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            RuleGroup::C => "Cotisations",
            RuleGroup::A => "Ventes et commande publique",
            RuleGroup::RAr => "Tarification publique",
            RuleGroup::S => "Subventions publiques",
            RuleGroup::DM => "Dons, mécénat et fondations",
            RuleGroup::N => "Ressources mutualisées",
        }
    }
}

/// Amounts or shares on the six rule groups.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RuleMix {
    pub c: f64,
    pub a: f64,
    pub rar: f64,
    pub s: f64,
    pub dm: f64,
    pub n: f64,
}

impl RuleMix {
    pub fn get(&self, group: RuleGroup) -> f64 {
        match group {
            RuleGroup::C => self.c,
            RuleGroup::A => self.a,
            RuleGroup::RAr => self.rar,
            RuleGroup::S => self.s,
            RuleGroup::DM => self.dm,
            RuleGroup::N => self.n,
        }
    }

    /// `euros` more (or, negative, less) in `group`, never below zero.
    pub fn add(&mut self, group: RuleGroup, euros: f64) {
        let slot = match group {
            RuleGroup::C => &mut self.c,
            RuleGroup::A => &mut self.a,
            RuleGroup::RAr => &mut self.rar,
            RuleGroup::S => &mut self.s,
            RuleGroup::DM => &mut self.dm,
            RuleGroup::N => &mut self.n,
        };
        *slot = (*slot + euros).max(0.0);
    }

    pub fn values(&self) -> [f64; 6] {
        RuleGroup::ALL.map(|g| self.get(g))
    }

    pub fn sum(&self) -> f64 {
        self.values().iter().sum()
    }

    /// The same mix scaled to sum to 1; `None` when it sums to 0.
    pub fn normalised(&self) -> Option<RuleMix> {
        let sum = self.sum();
        (sum > 0.0).then(|| RuleMix {
            c: self.c / sum,
            a: self.a / sum,
            rar: self.rar / sum,
            s: self.s / sum,
            dm: self.dm / sum,
            n: self.n / sum,
        })
    }

    /// Squared Euclidean distance to another mix.
    pub fn distance2(&self, other: &RuleMix) -> f64 {
        RuleGroup::ALL
            .iter()
            .map(|&g| (self.get(g) - other.get(g)).powi(2))
            .sum()
    }

    /// Groups from largest to smallest; ties keep the fixed order of `RuleGroup::ALL`.
    pub fn ranked(&self) -> [RuleGroup; 6] {
        let mut groups = RuleGroup::ALL;
        groups.sort_by(|a, b| self.get(*b).total_cmp(&self.get(*a)));
        groups
    }
}
