//! A scenario's change said in a few words (« perte de « Région » », « Subventions −20 % »), as
//! its list, its documents and `simulate` show it. The kinds' and groups' names are the field's
//! own words, French in both languages.

use super::Lang;
use crate::analysis::scenario::{Drawn, Stress};
use crate::format::{euros_whole, quantity};
use crate::model::scenario::{Notice, ScenarioError, kind_label};
use crate::model::{Change, Delta, Snapshot};

/// A stress test's name: « Perte du premier financeur (Région) ».
pub fn stress_name(stress: &Stress, lang: Lang) -> String {
    match (stress, lang) {
        (Stress::LargestFunder(name), Lang::Fr) => format!("Perte du premier financeur ({name})"),
        (Stress::LargestFunder(name), Lang::En) => format!("Loss of the largest funder ({name})"),
        (Stress::PublicMoney(cut), Lang::Fr) => format!("Argent public −{cut} %"),
        (Stress::PublicMoney(cut), Lang::En) => format!("Public money −{cut} %"),
        (Stress::YearlyAgreements, Lang::Fr) => "Fin des conventions non pluriannuelles".to_owned(),
        (Stress::YearlyAgreements, Lang::En) => {
            "End of the agreements that are not multi-year".to_owned()
        }
        (Stress::LargestCompany(name), Lang::Fr) => {
            format!("Perte du premier partenaire entreprise ({name})")
        }
        (Stress::LargestCompany(name), Lang::En) => {
            format!("Loss of the largest company partner ({name})")
        }
    }
}

/// What a loss takes from the reserves, the same in the window, `simulate` and the PDF:
/// « 1,5 mois de réserves consommés », or « réserves épuisées (1,7 mois) : il manque 116 000 € ».
pub fn drawn_words(drawn: &Drawn, lang: Lang) -> String {
    let months = quantity(drawn.months);
    match (drawn.exhausted, lang) {
        (true, Lang::Fr) => format!(
            "réserves épuisées ({months} mois) : il manque {}",
            euros_whole(drawn.missing)
        ),
        (true, Lang::En) => format!(
            "reserves exhausted ({months} months): {} missing",
            euros_whole(drawn.missing)
        ),
        (false, Lang::Fr) => format!("{months} mois de réserves consommés"),
        (false, Lang::En) => format!("{months} months of reserves used"),
    }
}

/// `change` on `base`, in `lang`.
pub fn change_words(change: &Change, base: &Snapshot, lang: Lang) -> String {
    let sign = |v: f64| if v < 0.0 { "−" } else { "+" };
    let by = |by: &Delta| match *by {
        Delta::Percent(p) => format!("{}{} %", sign(p), quantity(p.abs())),
        Delta::Euros(e) => format!("{}{}", sign(e), euros_whole(e.abs())),
        Delta::SetTo(t) => match lang {
            Lang::Fr => format!("à {}", euros_whole(t)),
            Lang::En => format!("to {}", euros_whole(t)),
        },
    };
    match change {
        Change::Line { id, by: d } => {
            let name = base.line(*id).map_or_else(
                || format!("{} {id}", lang.pick("ligne", "line")),
                |l| l.display_label().to_owned(),
            );
            format!("{} {}", lang.quoted(&name), by(d))
        }
        Change::Kind { kind, by: d } => format!("{} {}", kind_label(kind), by(d)),
        Change::Group { group, by: d } => {
            format!("{} ({}) {}", group.label(), group.code(), by(d))
        }
        Change::LoseFunder { name } => match lang {
            Lang::Fr => format!("perte de {}", lang.quoted(name)),
            Lang::En => format!("loss of {}", lang.quoted(name)),
        },
        Change::NewLine { line } => match lang {
            Lang::Fr => format!("nouvelle ligne {}", lang.quoted(line.display_label())),
            Lang::En => format!("new line {}", lang.quoted(line.display_label())),
        },
    }
}

/// What applying a scenario said on the way, in `lang`.
pub fn notice(n: &Notice, lang: Lang) -> String {
    // The first three labels, quoted, and how many more.
    let some_of = |labels: &[String]| {
        let shown: Vec<String> = labels.iter().take(3).map(|l| lang.quoted(l)).collect();
        let more = labels.len() - shown.len();
        match (more, lang) {
            (0, _) => shown.join(", "),
            (_, Lang::Fr) => format!("{} et {more} autre(s)", shown.join(", ")),
            (_, Lang::En) => format!("{} and {more} more", shown.join(", ")),
        }
    };
    match (n, lang) {
        (Notice::NoLineOfKind { kind, snapshot }, Lang::Fr) => format!(
            "aucune ligne de type {} dans {} : rien à changer",
            lang.quoted(kind),
            lang.quoted(snapshot)
        ),
        (Notice::NoLineOfKind { kind, snapshot }, Lang::En) => format!(
            "no line of type {} in {}: nothing to change",
            lang.quoted(kind),
            lang.quoted(snapshot)
        ),
        (Notice::NoLineOfGroup { group, snapshot }, Lang::Fr) => format!(
            "aucune ligne {} dans {} : rien à changer",
            lang.quoted(group),
            lang.quoted(snapshot)
        ),
        (Notice::NoLineOfGroup { group, snapshot }, Lang::En) => format!(
            "no line {} in {}: nothing to change",
            lang.quoted(group),
            lang.quoted(snapshot)
        ),
        (Notice::BelowZero { labels, missing }, _) if labels.len() == 1 => {
            let label = lang.quoted(labels.first().map_or("", String::as_str));
            let missing = euros_whole(*missing);
            match lang {
                Lang::Fr => format!(
                    "{label} ne descend pas sous zéro : ramené à 0 (il aurait fallu {missing} de moins)"
                ),
                Lang::En => format!(
                    "{label} does not go below zero: brought back to 0 ({missing} would have been missing)"
                ),
            }
        }
        (Notice::BelowZero { labels, .. }, Lang::Fr) => format!(
            "{} lignes ne descendent pas sous zéro ({}) : ramenées à 0",
            labels.len(),
            some_of(labels)
        ),
        (Notice::BelowZero { labels, .. }, Lang::En) => format!(
            "{} lines do not go below zero ({}): brought back to 0",
            labels.len(),
            some_of(labels)
        ),
        (Notice::AboveLimit { labels }, _) if labels.len() == 1 => {
            let label = lang.quoted(labels.first().map_or("", String::as_str));
            match lang {
                Lang::Fr => format!(
                    "{label} ne dépasse pas 1 000 milliards, le plus grand montant qu'un dossier accepte : ramené à 1 000 milliards"
                ),
                Lang::En => format!(
                    "{label} does not go above 1 000 milliards, the largest amount a case file accepts: brought back to 1 000 milliards"
                ),
            }
        }
        (Notice::AboveLimit { labels }, Lang::Fr) => format!(
            "{} lignes ne dépassent pas 1 000 milliards, le plus grand montant qu'un dossier accepte ({}) : ramenées à 1 000 milliards",
            labels.len(),
            some_of(labels)
        ),
        (Notice::AboveLimit { labels }, Lang::En) => format!(
            "{} lines do not go above 1 000 milliards, the largest amount a case file accepts ({}): brought back to 1 000 milliards",
            labels.len(),
            some_of(labels)
        ),
        (Notice::MonthsCapped, Lang::Fr) => "les réserves dépassent 1 000 milliards de mois de charges (des charges annuelles presque nulles) : le nombre de mois est plafonné".to_owned(),
        (Notice::MonthsCapped, Lang::En) => "the reserves exceed 1 000 milliards months of expenses (annual expenses close to nothing): the number of months is capped".to_owned(),
    }
}

impl std::fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&scenario_refusal(self, Lang::Fr))
    }
}

/// Why a scenario cannot be worked out: « aucun financeur ou partenaire « Région » dans
/// « 2025 réalisé » (il y a : …) ».
pub fn scenario_refusal(err: &ScenarioError, lang: Lang) -> String {
    let q = |text: &str| lang.quoted(text);
    match err {
        ScenarioError::NoBase { base, scenario } => {
            let (base, scenario) = (q(base), q(scenario));
            match lang {
                Lang::Fr => format!(
                    "l'instantané de base {base} n'existe plus : rattachez le scénario {scenario} à un autre instantané"
                ),
                Lang::En => format!(
                    "the base snapshot {base} no longer exists: attach the scenario {scenario} to another snapshot"
                ),
            }
        }
        ScenarioError::NoLine { id, snapshot } => {
            let snapshot = q(snapshot);
            match lang {
                Lang::Fr => format!("aucune ligne d'identifiant {id} dans {snapshot}"),
                Lang::En => format!("no line with the id {id} in {snapshot}"),
            }
        }
        ScenarioError::BlankFunder => lang
            .pick(
                "la perte d'un financeur demande son nom : un nom vide désignerait toutes les lignes sans financeur",
                "the loss of a funder needs its name: a blank name would mean every line without a funder",
            )
            .to_owned(),
        ScenarioError::NoFunder {
            name,
            snapshot,
            funders,
        } => {
            let (name, snapshot, funders) = (q(name), q(snapshot), funders.join(", "));
            match lang {
                Lang::Fr => format!(
                    "aucun financeur ou partenaire {name} dans {snapshot} (il y a : {funders})"
                ),
                Lang::En => format!(
                    "no funder or partner {name} in {snapshot} (there are: {funders})"
                ),
            }
        }
    }
}
